//! The client's core against scripted HTTP servers: retries, timeouts, error documents, paging, and
//! where a bucket lives.

use super::*;
use crate::s3::scripted::{client_for, http, http_with, scripted, scripted_with_log, uploads_page};
use crate::s3::{CompletedPart, ErrorKind, GetObjectOptions, ListOptions, Missing, Presence};
use futures_util::TryStreamExt;

#[test]
fn paths_are_path_style_and_encoded() {
    assert_eq!(bucket_path("b"), "/b");
    assert_eq!(object_path("b", "dir/a b+c%.txt"), "/b/dir/a%20b%2Bc%25.txt");
    assert_eq!(object_path("b", "café"), "/b/caf%C3%A9");
}

#[test]
fn bodyless_errors_infer_a_code() {
    let h = HeaderMap::new();
    assert!(service_error(404, &h, b"", true, "ch-dk-2").is_code("NoSuchKey"));
    assert!(service_error(404, &h, b"", false, "ch-dk-2").is_code("NoSuchBucket"));
    let e = service_error(
        409,
        &h,
        b"<Error><Code>BucketNotEmpty</Code><Message>not empty</Message></Error>",
        false,
        "ch-dk-2",
    );
    assert_eq!(e.to_string(), "BucketNotEmpty: not empty (HTTP 409)");
}

fn test_client() -> Client {
    Client::new(ClientConfig {
        endpoint: "http://127.0.0.1:9".into(),
        region: "ch-dk-2".into(),
        access_key: "AKIATEST".into(),
        secret_key: "s3cr3t".into(),
        session_token: None,
        timeout: Duration::from_secs(1),
        retries: 0,
        trace: false,
    })
    .unwrap()
}

#[test]
fn presign_limits_and_shape() {
    let c = test_client();
    let url = c.presign(Method::GET, "b", "a b", Duration::from_secs(900)).unwrap();
    assert!(url.starts_with("http://127.0.0.1:9/b/a%20b?"), "{url}");
    assert!(url.contains("X-Amz-Expires=900"));
    assert!(url.contains("X-Amz-Signature="));
    assert!(!url.contains("s3cr3t"));
    assert!(
        c.presign(Method::GET, "b", "k", MAX_PRESIGN + Duration::from_secs(1))
            .is_err()
    );
    assert!(c.presign(Method::POST, "b", "k", Duration::from_secs(60)).is_err());
}

#[test]
fn config_debug_hides_secrets() {
    let c = test_client();
    let d = format!("{:?}", c.config());
    assert!(!d.contains("s3cr3t"), "{d}");
}

#[tokio::test]
async fn unreachable_server_is_a_transport_error() {
    // A port that was free a moment ago: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let c = client_for(format!("http://127.0.0.1:{port}"), 0, Duration::from_secs(2));
    let e = c.list_buckets().await.unwrap_err();
    assert!(matches!(e, S3Error::Transport(_) | S3Error::Timeout(_)), "{e:?}");
    assert!(!e.to_string().contains("X-Amz-Signature"), "{e}");
}

const BUCKETS: &str =
    "<ListAllMyBucketsResult><Buckets><Bucket><Name>b</Name></Bucket></Buckets></ListAllMyBucketsResult>";
const SLOW_DOWN: &str = "<Error><Code>SlowDown</Code><Message>Reduce your request rate.</Message></Error>";

#[tokio::test]
async fn idempotent_requests_are_retried_on_5xx() {
    let (ep, count) = scripted(vec![
        Some(http("503 Service Unavailable", SLOW_DOWN)),
        Some(http("500 Internal Server Error", "")),
        Some(http("200 OK", BUCKETS)),
    ])
    .await;
    let c = client_for(ep, 3, Duration::from_secs(5));
    let b = c.list_buckets().await.unwrap();
    assert_eq!(b[0].name, "b");
    assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 3);
}

#[tokio::test]
async fn retries_stop_at_the_configured_count() {
    let (ep, count) = scripted(vec![Some(http("503 Service Unavailable", SLOW_DOWN))]).await;
    let c = client_for(ep, 2, Duration::from_secs(5));
    let e = c.list_buckets().await.unwrap_err();
    assert!(e.is_code("SlowDown"), "{e}");
    assert_eq!(e.to_string(), "SlowDown: Reduce your request rate. (HTTP 503)");
    assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 3, "1 try + 2 retries");
}

#[tokio::test]
async fn post_and_client_errors_are_not_retried() {
    let (ep, count) = scripted(vec![Some(http("503 Service Unavailable", SLOW_DOWN))]).await;
    let c = client_for(ep, 3, Duration::from_secs(5));
    let e = c.delete_objects("b", &[("k".into(), None)]).await.unwrap_err();
    assert!(e.is_code("SlowDown"), "{e}");
    assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 1);

    let (ep, count) = scripted(vec![Some(http("404 Not Found", ""))]).await;
    let c = client_for(ep, 3, Duration::from_secs(5));
    let e = c.head_object("b", "k", None).await.unwrap_err();
    assert!(e.is_code("NoSuchKey"), "{e}");
    assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_silent_server_times_out_per_request() {
    let (ep, count) = scripted(vec![None]).await;
    let c = client_for(ep, 1, Duration::from_millis(300));
    let started = Instant::now();
    let e = c.list_buckets().await.unwrap_err();
    assert!(matches!(e, S3Error::Timeout(_)), "{e:?}");
    assert_eq!(e.to_string(), "request timed out after 0.3s");
    assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 2);
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
}

#[tokio::test]
async fn raw_hands_back_any_status() {
    let (ep, count) = scripted(vec![Some(http("418 I'm a teapot", "short and stout"))]).await;
    let c = client_for(ep, 3, Duration::from_secs(5));
    let r = c
        .raw(Method::GET, "/_sosctl/status?verbose=1", &[], Bytes::new())
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 418);
    assert_eq!(r.text().await.unwrap(), "short and stout");
    assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 1);
}

#[tokio::test]
async fn complete_multipart_error_in_a_200_is_an_error() {
    let (ep, _) = scripted(vec![Some(http(
        "200 OK",
        "<Error><Code>InvalidPart</Code><Message>One or more of the specified parts could not be found.</Message></Error>",
    ))])
    .await;
    let c = client_for(ep, 0, Duration::from_secs(5));
    let parts = [CompletedPart {
        part_number: 1,
        etag: "\"x\"".into(),
    }];
    let e = c.complete_multipart_upload("b", "k", "u", &parts).await.unwrap_err();
    assert!(e.is_code("InvalidPart"), "{e}");
}

#[tokio::test]
async fn raw_goes_through_the_one_retry_loop() {
    // A request that gets no answer is retried on the raw path as on the typed one; a status is an answer.
    let (ep, count) = scripted(vec![None, Some(http("503 Service Unavailable", ""))]).await;
    let c = client_for(ep, 2, Duration::from_millis(300));
    let r = c
        .raw(Method::GET, "/_sosctl/replication", &[], Bytes::new())
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 503);
    assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 2);
}

#[tokio::test]
async fn get_object_streams_the_body_with_its_headers() {
    let (ep, _, log) = scripted_with_log(vec![Some(http_with(
        "206 Partial Content",
        "etag: \"e1\"\r\nx-amz-replication-status: PROCESSING\r\n",
        "tail",
    ))])
    .await;
    let c = client_for(ep, 0, Duration::from_secs(5));
    let opts = GetObjectOptions {
        version_id: Some("v1".into()),
        range: Some((4, None)),
    };
    let body = c.get_object("b", "k", &opts).await.unwrap();
    assert_eq!(body.status(), 206);
    assert_eq!(body.head.size, 4);
    assert_eq!(body.head.etag.as_deref(), Some("\"e1\""));
    // A status S3 does not define is no ReplicationStatus, and is kept as sent.
    assert_eq!(body.head.replication_status, None);
    assert_eq!(body.head.replication_status_raw(), Some("PROCESSING"));
    assert_eq!(&body.bytes().await.unwrap()[..], b"tail");
    assert!(
        log.lock().unwrap()[0].contains("versionId=v1"),
        "{:?}",
        log.lock().unwrap()
    );
}

#[tokio::test]
async fn upload_pages_follow_the_markers_to_the_last_page() {
    let (ep, count, log) = scripted_with_log(vec![
        Some(uploads_page(&[("a", "id-a"), ("b", "id-b")], Some(("b", "id-b")))),
        Some(uploads_page(&[("c", "id-c")], Some(("c", "id-c")))),
        Some(uploads_page(&[("d", "id-d")], None)),
    ])
    .await;
    let c = client_for(ep, 0, Duration::from_secs(5));
    let opts = ListOptions {
        page_size: Some(2),
        ..ListOptions::prefix("p/")
    };
    let pages: Vec<_> = c.upload_pages("b", &opts).try_collect().await.unwrap();
    let keys: Vec<&str> = pages
        .iter()
        .flat_map(|p| p.uploads.iter().map(|u| u.key.as_str()))
        .collect();
    assert_eq!(keys, ["a", "b", "c", "d"]);
    assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 3);
    let log = log.lock().unwrap();
    assert!(
        log[0].contains("max-uploads=2") && log[0].contains("prefix=p%2F"),
        "{log:?}"
    );
    assert!(!log[0].contains("key-marker"), "{log:?}");
    assert!(
        log[1].contains("key-marker=b") && log[1].contains("upload-id-marker=id-b"),
        "{log:?}"
    );
    assert!(log[2].contains("key-marker=c"), "{log:?}");
}

#[tokio::test]
async fn a_failing_page_ends_the_stream_with_its_error() {
    let (ep, count) = scripted(vec![
        Some(http(
            "200 OK",
            "<ListBucketResult><IsTruncated>true</IsTruncated><NextContinuationToken>t</NextContinuationToken>\
             <Contents><Key>a</Key><Size>1</Size></Contents></ListBucketResult>",
        )),
        Some(http("404 Not Found", "<Error><Code>NoSuchBucket</Code></Error>")),
    ])
    .await;
    let c = client_for(ep, 0, Duration::from_secs(5));
    let mut pages = c.object_pages("b", &ListOptions::default());
    assert_eq!(pages.try_next().await.unwrap().unwrap().objects[0].key, "a");
    let e = pages.try_next().await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound(Missing::Bucket));
    assert!(pages.try_next().await.unwrap().is_none());
    assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 2);
}

#[tokio::test]
async fn locate_bucket_reads_the_region_of_every_answer() {
    let region = |r: &str| -> &'static str { Box::leak(format!("x-amz-bucket-region: {r}\r\n").into_boxed_str()) };
    let (ep, _) = scripted(vec![
        Some(http_with("200 OK", region("at-vie-1"), "")),
        Some(http_with("301 Moved Permanently", region("de-fra-1"), "")),
        Some(http_with("400 Bad Request", region("de-fra-1"), "")),
        Some(http_with("400 Bad Request", region("ch-dk-2"), "")),
        Some(http_with("301 Moved Permanently", "", "")),
        Some(http("404 Not Found", "")),
        Some(http("403 Forbidden", "")),
        Some(http("418 I'm a teapot", "")),
    ])
    .await;
    let c = client_for(ep, 0, Duration::from_secs(5));
    let mut got = Vec::new();
    for _ in 0..8 {
        let l = c.locate_bucket("b").await.unwrap();
        got.push((l.presence, l.region, l.status));
    }
    let some = |r: &str| Some(r.to_string());
    assert_eq!(
        got,
        [
            (Presence::Here, some("at-vie-1"), 200),
            (Presence::Elsewhere, some("de-fra-1"), 301),
            (Presence::Elsewhere, some("de-fra-1"), 400),
            // The region it was signed for: not a redirect, a refusal.
            (Presence::Refused, None, 400),
            (Presence::Redirected, None, 301),
            (Presence::Missing, None, 404),
            (Presence::Denied, None, 403),
            (Presence::Refused, None, 418),
        ]
    );
    let other = c.for_region("de-fra-1", "http://127.0.0.1:1").unwrap();
    assert_eq!((other.region(), other.endpoint()), ("de-fra-1", "http://127.0.0.1:1"));
    assert_eq!(other.config().access_key, c.config().access_key);
}

#[tokio::test]
async fn a_region_named_only_in_the_error_document_is_a_redirect() {
    let doc = "<Error><Code>AuthorizationHeaderMalformed</Code><Message>m</Message><Region>hr-zag-1</Region></Error>";
    let own = "<Error><Code>AuthorizationHeaderMalformed</Code><Message>m</Message><Region>ch-dk-2</Region></Error>";
    let (ep, _) = scripted(vec![
        Some(http("400 Bad Request", doc)),
        Some(http("400 Bad Request", own)),
    ])
    .await;
    let c = client_for(ep, 0, Duration::from_secs(5));
    let e = c.get_bucket_versioning("b").await.unwrap_err();
    assert_eq!(
        e.kind(),
        ErrorKind::Redirect {
            region: Some("hr-zag-1".into())
        }
    );
    // The region it was signed for is no redirect.
    let e = c.get_bucket_versioning("b").await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidRequest);
}

#[tokio::test]
async fn operator_report_is_none_from_other_servers() {
    let (ep, _) = scripted(vec![
        Some(http(
            "200 OK",
            r#"{"replication": [{"source": "a", "destination": "b", "pending": 1}], "paused": false}"#,
        )),
        Some(http("200 OK", "{}")),
        Some(http("404 Not Found", "")),
    ])
    .await;
    let c = client_for(ep, 0, Duration::from_secs(5));
    let r = c.operator_report().await.unwrap().unwrap();
    assert_eq!(r.replication[0].pending, Some(1));
    assert_eq!(c.operator_report().await.unwrap(), None);
    assert_eq!(c.operator_report().await.unwrap(), None);
}

/// A server that answers every request `404 NoSuchBucket` after `delay` (on each of its connections).
async fn slow_server(delay: Duration) -> String {
    use tokio::io::AsyncWriteExt;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            tokio::spawn(async move {
                if crate::s3::scripted::read_head(&mut sock).await.is_none() {
                    return;
                }
                tokio::time::sleep(delay).await;
                let _ = sock.write_all(http("404 Not Found", "").as_bytes()).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    format!("http://{addr}")
}

#[tokio::test]
async fn a_limiter_starts_from_the_clients_first_answer() {
    use crate::s3::limiter::{Limiter, START};
    // Far: an answer after 40 ms (an error answer counts: it is an answer) starts a new limiter at 8 per ms.
    let c = client_for(slow_server(Duration::from_millis(40)).await, 0, Duration::from_secs(5));
    assert_eq!(c.first_answer(), None);
    let l = c.locate_bucket("b").await.unwrap();
    assert_eq!(l.presence, Presence::Missing);
    let took = c.first_answer().expect("the answer's time is kept");
    assert!(
        took >= Duration::from_millis(40) && took < Duration::from_secs(5),
        "{took:?}"
    );
    let lim = Arc::new(Limiter::adaptive());
    let limited = c.with_limiter(lim.clone());
    let want = crate::s3::limiter::Controller::start_for(took, lim.ceiling());
    assert!(want >= 320.min(lim.ceiling()), "{want}");
    assert_eq!(lim.limit(), want);
    // The first answer is the pool's: the limited and unlimited clients share it, and it is kept once.
    assert_eq!(limited.first_answer(), Some(took));
    assert_eq!(limited.without_limiter().first_answer(), Some(took));
    // Near: a loopback answer (well under 2 ms on a machine that is not overloaded) keeps the start.
    let (ep, _) = scripted(vec![Some(http("200 OK", ""))]).await;
    let near = client_for(ep, 0, Duration::from_secs(5));
    near.head_bucket("b").await.unwrap();
    let lim = Arc::new(Limiter::adaptive());
    let _ = near.with_limiter(lim.clone());
    let took = near.first_answer().unwrap();
    assert_eq!(
        lim.limit(),
        crate::s3::limiter::Controller::start_for(took, lim.ceiling())
    );
    assert!(lim.limit() < 320, "{took:?}: {}", lim.limit());
    assert!(START <= lim.limit());
    // Pinned: the flag wins.
    let pinned = Arc::new(Limiter::fixed(8));
    let _ = c.with_limiter(pinned.clone());
    assert_eq!(pinned.limit(), 8);
}
