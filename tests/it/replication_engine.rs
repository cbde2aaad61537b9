//! The bundled server's replication engine end to end at the S3 level: the server runs in process
//! (`support::in_process`) and is driven by `sosctl::s3::Client`; `faults` adds failures, retries and
//! restarts, among them the real binary killed with SIGKILL in the middle of replication. Asynchronous
//! outcomes are awaited by polling with a deadline.

mod faults;

use crate::support::in_process::{self, DEFAULT_SECRET_KEY, Fault, RunningServer, ServerConfig};
use bytes::Bytes;
use reqwest::Method;
use serde_json::Value;
use sosctl::s3::Client;
use std::future::Future;
use std::time::Duration;

const DEADLINE: Duration = Duration::from_secs(20);

/// A client of the in-process server signing for `region` with `secret`, never retrying.
fn client(endpoint: &str, region: &str, secret: &str) -> Client {
    in_process::client(endpoint, region, secret, 0)
}

async fn start() -> (RunningServer, Client) {
    let s = in_process::start(ServerConfig::default()).await;
    let c = client(&s.endpoint(), "ch-dk-2", DEFAULT_SECRET_KEY);
    (s, c)
}

/// Polls `cond` until it holds; panics with `what` once `DEADLINE` has passed.
async fn wait_for<F, Fut>(what: &str, cond: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    crate::support::wait_for(what, DEADLINE, cond).await
}

async fn versioned_bucket(c: &Client, name: &str) {
    c.create_bucket(name, &Default::default()).await.unwrap();
    c.put_bucket_versioning(name, true).await.unwrap();
}

struct Rule<'a> {
    id: &'a str,
    priority: u32,
    prefix: &'a str,
    dest: &'a str,
    dmr: bool,
}

fn config_xml(rules: &[Rule]) -> String {
    let mut x = String::from(
        r#"<ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Role>test-role</Role>"#,
    );
    for r in rules {
        x.push_str(&format!(
            "<Rule><ID>{}</ID><Priority>{}</Priority><Status>Enabled</Status><Filter><Prefix>{}</Prefix></Filter>\
             <Destination><Bucket>arn:aws:s3:::{}</Bucket></Destination>\
             <DeleteMarkerReplication><Status>{}</Status></DeleteMarkerReplication></Rule>",
            r.id,
            r.priority,
            r.prefix,
            r.dest,
            if r.dmr { "Enabled" } else { "Disabled" }
        ));
    }
    x.push_str("</ReplicationConfiguration>");
    x
}

fn rule<'a>(id: &'a str, priority: u32, prefix: &'a str, dest: &'a str, dmr: bool) -> Rule<'a> {
    Rule {
        id,
        priority,
        prefix,
        dest,
        dmr,
    }
}

/// The one-rule config most tests use: every key of the source to `dest`.
fn all_to(dest: &str, dmr: bool) -> Rule<'_> {
    rule("all", 1, "", dest, dmr)
}

/// Creates `src` and each destination of `rules` (in rule order, once each) as versioned buckets, then puts
/// the replication config made of `rules` on `src`.
async fn replicating(c: &Client, src: &str, rules: &[Rule<'_>]) {
    versioned_bucket(c, src).await;
    let mut made: Vec<&str> = Vec::new();
    for r in rules {
        if !made.contains(&r.dest) {
            versioned_bucket(c, r.dest).await;
            made.push(r.dest);
        }
    }
    c.put_bucket_replication(src, config_xml(rules)).await.unwrap();
}

/// The JSON example of the guide, converted to the XML a server receives.
fn example_xml(file: &str) -> String {
    let text = std::fs::read_to_string(format!("{}/examples/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let parsed = sosctl::model::parse(&text).unwrap_or_else(|e| panic!("{file}: {e:?}"));
    sosctl::model::to_xml(&parsed.config)
}

async fn put(c: &Client, bucket: &str, key: &str, body: &[u8]) -> String {
    put_with(c, bucket, key, body, &[]).await
}

async fn put_with(c: &Client, bucket: &str, key: &str, body: &[u8], headers: &[(&str, &str)]) -> String {
    let h: Vec<(String, String)> = headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    c.put_object(
        bucket,
        key,
        Bytes::copy_from_slice(body),
        &sosctl::s3::PutObjectOptions {
            headers: h,
            ..Default::default()
        },
    )
    .await
    .unwrap()
    .version_id
    .expect("a versioned bucket answers a version id")
}

async fn status(c: &Client, bucket: &str, key: &str, vid: Option<&str>) -> Option<String> {
    c.head_object(bucket, key, vid)
        .await
        .unwrap()
        .replication_status
        .map(|s| s.to_string())
}

async fn wait_status(c: &Client, bucket: &str, key: &str, vid: &str, want: &str) {
    wait_for(&format!("{bucket}/{key}?versionId={vid} to be {want}"), || async {
        status(c, bucket, key, Some(vid)).await.as_deref() == Some(want)
    })
    .await;
}

/// (key, version id, delete marker) of every version in the bucket, in listing order.
async fn versions(c: &Client, bucket: &str) -> Vec<(String, String, bool)> {
    let mut out = Vec::new();
    let (mut km, mut vm): (Option<String>, Option<String>) = (None, None);
    loop {
        let page = c
            .list_object_versions(
                bucket,
                &sosctl::s3::ListOptions {
                    page_size: Some(1000),
                    ..Default::default()
                },
                km.clone()
                    .map(|key| sosctl::s3::VersionMarker {
                        key,
                        version_id: vm.clone(),
                    })
                    .as_ref(),
            )
            .await
            .unwrap();
        out.extend(
            page.entries
                .iter()
                .map(|e| (e.key.clone(), e.version_id.clone(), e.delete_marker)),
        );
        if !page.is_truncated {
            return out;
        }
        km = page.next_key_marker;
        vm = page.next_version_id_marker;
    }
}

async fn operator(c: &Client) -> Value {
    let r = c
        .raw(Method::GET, "/_sosctl/replication", &[], Bytes::new())
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    serde_json::from_str(&r.text().await.unwrap()).unwrap()
}

async fn operator_post(c: &Client, query: &str) -> Value {
    let r = c
        .raw(
            Method::POST,
            &format!("/_sosctl/replication?{query}"),
            &[],
            Bytes::new(),
        )
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    serde_json::from_str(&r.text().await.unwrap()).unwrap()
}

fn pair<'a>(doc: &'a Value, src: &str, dst: &str) -> &'a Value {
    doc["replication"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["source"] == src && p["destination"] == dst)
        .unwrap_or_else(|| panic!("no pair {src} → {dst} in {doc}"))
}

/// Waits until the operator view shows nothing PENDING from `src` to `dst`.
async fn wait_drained(c: &Client, src: &str, dst: &str) {
    wait_for(&format!("{src} → {dst} to have nothing pending"), || async {
        pair(&operator(c).await, src, dst)["pending"] == 0
    })
    .await;
}

async fn is_missing(c: &Client, bucket: &str, key: &str) -> bool {
    match c.head_object(bucket, key, None).await {
        Err(e) => e.status() == Some(404),
        Ok(_) => false,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn leader_follower_walkthrough() {
    let s = in_process::start(ServerConfig::default()).await;
    let dk = client(&s.endpoint(), "ch-dk-2", DEFAULT_SECRET_KEY);
    let vie = client(&s.endpoint(), "at-vie-1", DEFAULT_SECRET_KEY);
    versioned_bucket(&dk, "my-source").await;
    versioned_bucket(&vie, "my-destination").await;
    assert_eq!(
        dk.get_bucket_location("my-destination").await.unwrap().as_deref(),
        Some("at-vie-1")
    );
    dk.put_bucket_replication("my-source", example_xml("leader-follower.json"))
        .await
        .unwrap();

    let meta = [("x-amz-meta-owner", "team-a"), ("content-type", "text/plain")];
    let mut written = Vec::new();
    for i in 0..5 {
        let key = format!("docs/file-{i}.txt");
        let vid = put_with(&dk, "my-source", &key, format!("body {i}").as_bytes(), &meta).await;
        written.push((key, vid));
    }
    for (key, vid) in &written {
        wait_status(&dk, "my-source", key, vid, "COMPLETED").await;
        let src = dk.head_object("my-source", key, Some(vid)).await.unwrap();
        let dst = vie.head_object("my-destination", key, Some(vid)).await.unwrap();
        assert_eq!(dst.replication_status_raw(), Some("REPLICA"));
        assert_eq!(dst.version_id, src.version_id);
        assert_eq!(dst.etag, src.etag);
        assert_eq!(dst.last_modified, src.last_modified);
        assert_eq!(dst.size, src.size);
        assert_eq!(dst.content_type.as_deref(), Some("text/plain"));
        assert_eq!(dst.metadata.get("owner").map(String::as_str), Some("team-a"));
        let body = vie
            .get_object("my-destination", key, &sosctl::s3::GetObjectOptions::version(Some(vid)))
            .await
            .unwrap();
        let _ = body;
    }
    // The example replicates delete markers: the follower hides the key too, with the same marker id.
    let dm = dk.delete_object("my-source", "docs/file-0.txt", None).await.unwrap();
    assert!(dm.delete_marker);
    let dm_id = dm.version_id.unwrap();
    wait_for("the delete marker on the follower", || async {
        versions(&vie, "my-destination")
            .await
            .contains(&("docs/file-0.txt".to_string(), dm_id.clone(), true))
    })
    .await;
    assert!(is_missing(&vie, "my-destination", "docs/file-0.txt").await);
    // The follower holds exactly what the leader holds.
    assert_eq!(versions(&dk, "my-source").await, versions(&vie, "my-destination").await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bidirectional_replicates_each_write_once() {
    let (_s, c) = start().await;
    versioned_bucket(&c, "bucket-a").await;
    versioned_bucket(&c, "bucket-b").await;
    c.put_bucket_replication("bucket-a", example_xml("conf-a.json"))
        .await
        .unwrap();
    c.put_bucket_replication("bucket-b", example_xml("conf-b.json"))
        .await
        .unwrap();
    let mut writes = Vec::new();
    for i in 0..10 {
        let (bucket, key) = if i % 2 == 0 {
            ("bucket-a", "from-a")
        } else {
            ("bucket-b", "from-b")
        };
        let key = format!("{key}/{i}");
        let vid = put(&c, bucket, &key, b"x").await;
        writes.push((bucket, key, vid));
    }
    for (bucket, key, vid) in &writes {
        wait_status(&c, bucket, key, vid, "COMPLETED").await;
        let other = if *bucket == "bucket-a" { "bucket-b" } else { "bucket-a" };
        assert_eq!(status(&c, other, key, Some(vid)).await.as_deref(), Some("REPLICA"));
    }
    wait_drained(&c, "bucket-a", "bucket-b").await;
    wait_drained(&c, "bucket-b", "bucket-a").await;
    let a = versions(&c, "bucket-a").await;
    let b = versions(&c, "bucket-b").await;
    // Exactly one version per write on each side: replicas did not bounce back.
    assert_eq!(a.len(), writes.len(), "{a:?}");
    assert_eq!(a, b);
    let doc = operator(&c).await;
    assert_eq!(pair(&doc, "bucket-a", "bucket-b")["completed"], 5);
    assert_eq!(pair(&doc, "bucket-b", "bucket-a")["completed"], 5);
    assert_eq!(pair(&doc, "bucket-a", "bucket-b")["replicas_written"], 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prefix_filter_decides_what_replicates() {
    let (_s, c) = start().await;
    replicating(&c, "src", &[rule("logs", 1, "logs/", "dst", false)]).await;
    let other = put(&c, "src", "data/x", b"no").await;
    let logs = put(&c, "src", "logs/x", b"yes").await;
    wait_status(&c, "src", "logs/x", &logs, "COMPLETED").await;
    assert_eq!(status(&c, "src", "data/x", Some(&other)).await, None);
    wait_drained(&c, "src", "dst").await;
    assert!(is_missing(&c, "dst", "data/x").await);
    assert_eq!(
        status(&c, "dst", "logs/x", Some(&logs)).await.as_deref(),
        Some("REPLICA")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn highest_priority_rule_wins_alone() {
    let (_s, c) = start().await;
    // Both rules match logs/x*; the priority-2 rule (no delete markers) wins alone there.
    let rules = [
        rule("broad", 1, "logs/", "dst", true),
        rule("narrow", 2, "logs/x", "dst", false),
    ];
    replicating(&c, "src", &rules).await;
    let a = put(&c, "src", "logs/a", b"1").await;
    let x = put(&c, "src", "logs/x1", b"2").await;
    wait_status(&c, "src", "logs/a", &a, "COMPLETED").await;
    wait_status(&c, "src", "logs/x1", &x, "COMPLETED").await;
    let dm_a = c
        .delete_object("src", "logs/a", None)
        .await
        .unwrap()
        .version_id
        .unwrap();
    let dm_x = c
        .delete_object("src", "logs/x1", None)
        .await
        .unwrap()
        .version_id
        .unwrap();
    // The marker under the broad rule replicates; the one under the narrow rule carries no status.
    wait_for("logs/a marker on dst", || async {
        versions(&c, "dst")
            .await
            .contains(&("logs/a".into(), dm_a.clone(), true))
    })
    .await;
    wait_drained(&c, "src", "dst").await;
    let dst = versions(&c, "dst").await;
    assert!(!dst.iter().any(|(_, v, _)| v == &dm_x), "{dst:?}");
    assert!(!is_missing(&c, "dst", "logs/x1").await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_destinations_complete_only_when_both_have_it() {
    let (s, c) = start().await;
    let rules = [rule("one", 1, "", "dst1", false), rule("two", 2, "", "dst2", false)];
    replicating(&c, "src", &rules).await;
    // dst1 is unavailable: dst2 gets its replica, the source stays PENDING until dst1 has one too.
    s.hooks().inject_fault("dst1", Some(Fault::Unavailable));
    let vid = put(&c, "src", "k", b"both").await;
    wait_for("the dst2 replica", || async { !is_missing(&c, "dst2", "k").await }).await;
    assert_eq!(status(&c, "src", "k", Some(&vid)).await.as_deref(), Some("PENDING"));
    assert!(is_missing(&c, "dst1", "k").await);
    let doc = operator(&c).await;
    assert_eq!(pair(&doc, "src", "dst1")["pending"], 1);
    assert_eq!(pair(&doc, "src", "dst2")["completed"], 1);
    s.hooks().inject_fault("dst1", None);
    wait_status(&c, "src", "k", &vid, "COMPLETED").await;
    for d in ["dst1", "dst2"] {
        assert_eq!(status(&c, d, "k", Some(&vid)).await.as_deref(), Some("REPLICA"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delete_marker_replication_on_and_off() {
    let (_s, c) = start().await;
    let rules = [rule("on", 1, "", "dm-on", true), rule("off", 2, "", "dm-off", false)];
    replicating(&c, "src", &rules).await;
    let vid = put(&c, "src", "k", b"v").await;
    let dm = c.delete_object("src", "k", None).await.unwrap().version_id.unwrap();
    wait_status(&c, "src", "k", &vid, "COMPLETED").await;
    wait_drained(&c, "src", "dm-on").await;
    wait_drained(&c, "src", "dm-off").await;
    // Enabled: the marker (same id) hides the key on dm-on, after the version it hides.
    assert_eq!(
        versions(&c, "dm-on").await,
        vec![
            ("k".to_string(), dm.clone(), true),
            ("k".to_string(), vid.clone(), false)
        ]
    );
    assert!(is_missing(&c, "dm-on", "k").await);
    // Disabled: dm-off keeps serving the object.
    assert_eq!(
        versions(&c, "dm-off").await,
        vec![("k".to_string(), vid.clone(), false)]
    );
    assert_eq!(status(&c, "dm-off", "k", None).await.as_deref(), Some("REPLICA"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn version_delete_is_not_replicated() {
    let (_s, c) = start().await;
    replicating(&c, "src", &[all_to("dst", true)]).await;
    let v1 = put(&c, "src", "k", b"one").await;
    wait_status(&c, "src", "k", &v1, "COMPLETED").await;
    c.delete_object("src", "k", Some(&v1)).await.unwrap();
    // A later write is a barrier: its replica lands after anything queued for this key before it.
    let v2 = put(&c, "src", "k", b"two").await;
    wait_status(&c, "src", "k", &v2, "COMPLETED").await;
    assert_eq!(
        versions(&c, "dst").await,
        vec![
            ("k".to_string(), v2.clone(), false),
            ("k".to_string(), v1.clone(), false)
        ]
    );
    assert_eq!(versions(&c, "src").await, vec![("k".to_string(), v2, false)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sse_c_objects_are_not_replicated() {
    let (_s, c) = start().await;
    replicating(&c, "src", &[all_to("dst", false)]).await;
    let sse = [
        ("x-amz-server-side-encryption-customer-algorithm", "AES256"),
        (
            "x-amz-server-side-encryption-customer-key",
            "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        ),
        // The MD5 of the key (S3 refuses a key whose MD5 does not match it).
        (
            "x-amz-server-side-encryption-customer-key-md5",
            "hRasmdxgYDKV3nvbahU1MA==",
        ),
    ];
    let secret = put_with(&c, "src", "secret", b"s", &sse).await;
    let plain = put(&c, "src", "plain", b"p").await;
    wait_status(&c, "src", "plain", &plain, "COMPLETED").await;
    wait_drained(&c, "src", "dst").await;
    // Reading an SSE-C object takes its key, as in S3.
    let key: Vec<(String, String)> = sse.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let head = c
        .raw(
            Method::HEAD,
            &format!("/src/secret?versionId={secret}"),
            &key,
            Bytes::new(),
        )
        .await
        .unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(
        head.headers()
            .get("x-amz-replication-status")
            .map(|v| v.to_str().unwrap().to_string()),
        None
    );
    assert!(is_missing(&c, "dst", "secret").await);
    let doc = operator(&c).await;
    assert_eq!(pair(&doc, "src", "dst")["completed"], 1, "{doc}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writes_before_the_config_are_not_replicated() {
    let (_s, c) = start().await;
    versioned_bucket(&c, "src").await;
    versioned_bucket(&c, "dst").await;
    let before = put(&c, "src", "old", b"o").await;
    c.put_bucket_replication("src", config_xml(&[all_to("dst", false)]))
        .await
        .unwrap();
    let after = put(&c, "src", "new", b"n").await;
    wait_status(&c, "src", "new", &after, "COMPLETED").await;
    wait_drained(&c, "src", "dst").await;
    assert_eq!(status(&c, "src", "old", Some(&before)).await, None);
    assert!(is_missing(&c, "dst", "old").await);
    assert_eq!(versions(&c, "dst").await, vec![("new".to_string(), after, false)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_key_write_order_is_kept() {
    let (s, c) = start().await;
    replicating(&c, "src", &[all_to("dst", true)]).await;
    // Queued while paused so that every key has a backlog when the workers start.
    s.hooks().pause_replication();
    for round in 0..6 {
        for k in 0..5 {
            let key = format!("k{k}");
            if round % 2 == 1 && k % 2 == 0 {
                c.delete_object("src", &key, None).await.unwrap();
            } else {
                put(&c, "src", &key, format!("{round}").as_bytes()).await;
            }
        }
    }
    s.hooks().resume_replication();
    wait_drained(&c, "src", "dst").await;
    assert_eq!(versions(&c, "src").await, versions(&c, "dst").await);
    for k in 0..5 {
        let key = format!("k{k}");
        // The last round deleted the even keys: the marker replicated after the versions it hides.
        assert_eq!(is_missing(&c, "src", &key).await, k % 2 == 0);
        assert_eq!(is_missing(&c, "dst", &key).await, k % 2 == 0);
    }
    // Replicas were written in the order of the source writes (ids of one key, oldest first).
    let store = s.store();
    let src = versions(&c, "src").await;
    for k in 0..5 {
        let key = format!("k{k}");
        let written: Vec<i64> = src
            .iter()
            .rev()
            .filter(|(kk, _, _)| kk == &key)
            .map(|(_, v, _)| {
                store
                    .version("dst", &key, v)
                    .unwrap()
                    .meta
                    .replication
                    .clone()
                    .unwrap()
                    .since
            })
            .collect();
        assert!(written.windows(2).all(|w| w[0] <= w[1]), "{key}: {written:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_signature_is_refused_for_every_operation_family() {
    let (s, c) = start().await;
    versioned_bucket(&c, "src").await;
    versioned_bucket(&c, "dst").await;
    put(&c, "src", "k", b"v").await;
    let up = c
        .create_multipart_upload("src", "mp", &Default::default())
        .await
        .unwrap();
    let bad = client(&s.endpoint(), "ch-dk-2", "not-the-secret");
    let refused = |what: &str, r: Result<(), sosctl::s3::S3Error>| {
        let e = r.expect_err(what);
        assert_eq!(e.status(), Some(403), "{what}: {e}");
        // A HEAD answer has no body to carry the code.
        if !what.starts_with("Head") {
            assert_eq!(e.code(), Some("SignatureDoesNotMatch"), "{what}: {e}");
        }
    };
    refused("ListBuckets", bad.list_buckets().await.map(drop));
    refused("CreateBucket", bad.create_bucket("evil", &Default::default()).await);
    refused("HeadBucket", bad.head_bucket("src").await.map(drop));
    refused("DeleteBucket", bad.delete_bucket("dst").await);
    refused(
        "ListObjectsV2",
        bad.list_objects_v2("src", &Default::default(), None).await.map(drop),
    );
    refused(
        "ListObjectVersions",
        bad.list_object_versions("src", &Default::default(), None)
            .await
            .map(drop),
    );
    refused(
        "PutObject",
        bad.put_object("src", "k2", Bytes::from_static(b"x"), &Default::default())
            .await
            .map(drop),
    );
    refused(
        "GetObject",
        bad.get_object("src", "k", &Default::default()).await.map(drop),
    );
    refused("HeadObject", bad.head_object("src", "k", None).await.map(drop));
    refused("DeleteObject", bad.delete_object("src", "k", None).await.map(drop));
    refused(
        "CreateMultipartUpload",
        bad.create_multipart_upload("src", "mp2", &Default::default())
            .await
            .map(drop),
    );
    refused(
        "UploadPart",
        bad.upload_part("src", "mp", &up, 1, Bytes::from_static(b"p"))
            .await
            .map(drop),
    );
    let part = sosctl::s3::CompletedPart {
        part_number: 1,
        etag: "\"x\"".into(),
    };
    refused(
        "CompleteMultipartUpload",
        bad.complete_multipart_upload("src", "mp", &up, &[part]).await.map(drop),
    );
    refused(
        "AbortMultipartUpload",
        bad.abort_multipart_upload("src", "mp", &up).await,
    );
    refused("GetBucketVersioning", bad.get_bucket_versioning("src").await.map(drop));
    refused("PutBucketVersioning", bad.put_bucket_versioning("src", false).await);
    refused(
        "GetObjectLockConfiguration",
        bad.get_object_lock_configuration("src").await.map(drop),
    );
    let rule = all_to("dst", false);
    refused(
        "PutBucketReplication",
        bad.put_bucket_replication("src", config_xml(&[rule])).await,
    );
    refused(
        "GetBucketReplication",
        bad.get_bucket_replication("src").await.map(drop),
    );
    refused("DeleteBucketReplication", bad.delete_bucket_replication("src").await);
    for (m, path) in [
        (Method::GET, "/_sosctl/replication"),
        (Method::POST, "/_sosctl/replication?retry-failed"),
        (Method::POST, "/_sosctl/replication?pause"),
    ] {
        let r = bad.raw(m.clone(), path, &[], Bytes::new()).await.unwrap();
        assert_eq!(r.status(), 403, "{m} {path}");
        assert!(r.text().await.unwrap().contains("SignatureDoesNotMatch"), "{m} {path}");
    }
    // Nothing changed.
    assert!(!s.hooks().replication_paused());
    assert!(c.head_bucket("evil").await.is_err());
    assert!(is_missing(&c, "src", "k2").await);
    assert_eq!(status(&c, "src", "k", None).await, None);
    assert_eq!(c.get_bucket_replication("src").await.unwrap(), None);
    assert_eq!(versions(&c, "src").await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multipart_and_copy_results_replicate() {
    let (_s, c) = start().await;
    replicating(&c, "src", &[all_to("dst", false)]).await;
    let up = c
        .create_multipart_upload(
            "src",
            "mp",
            &sosctl::s3::PutObjectOptions {
                content_type: Some("application/octet-stream".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let mut parts = Vec::new();
    for (n, body) in [(1u32, vec![b'a'; 5 * 1024 * 1024]), (2, vec![b'b'; 1024])] {
        let etag = c.upload_part("src", "mp", &up, n, Bytes::from(body)).await.unwrap();
        parts.push(sosctl::s3::CompletedPart { part_number: n, etag });
    }
    let done = c.complete_multipart_upload("src", "mp", &up, &parts).await.unwrap();
    let mp_vid = done.version_id.unwrap();
    let copy = c
        .copy_object(
            "src",
            "mp",
            "src",
            "copy",
            &sosctl::s3::CopyObjectOptions {
                source_version_id: Some(mp_vid.clone()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let copy_vid = copy.version_id.unwrap();
    for (key, vid) in [("mp", &mp_vid), ("copy", &copy_vid)] {
        wait_status(&c, "src", key, vid, "COMPLETED").await;
        let s = c.head_object("src", key, Some(vid)).await.unwrap();
        let d = c.head_object("dst", key, Some(vid)).await.unwrap();
        assert_eq!(d.replication_status_raw(), Some("REPLICA"));
        assert_eq!((d.etag, d.size), (s.etag, s.size));
    }
    assert!(done.etag.unwrap().contains("-2"));
}
