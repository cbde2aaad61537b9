//! The bundled server's replication engine end to end at the S3 level: the server runs in process
//! (`server::start`) and is driven by `sosctl::s3::Client`; the last test runs the real binary and kills it
//! with SIGKILL in the middle of replication. Asynchronous outcomes are awaited by polling with a deadline.

use bytes::Bytes;
use reqwest::Method;
use serde_json::Value;
use sosctl::s3::{Client, ClientConfig};
use sosctl::server::{self, RunningServer, ServerConfig, replication::Fault};
use std::future::Future;
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(20);

fn client(endpoint: &str, region: &str, secret: &str) -> Client {
    Client::new(ClientConfig {
        endpoint: endpoint.to_string(),
        region: region.to_string(),
        access_key: server::DEFAULT_ACCESS_KEY.to_string(),
        secret_key: secret.to_string(),
        session_token: None,
        timeout: Duration::from_secs(30),
        retries: 0,
        trace: false,
    })
    .unwrap()
}

async fn start() -> (RunningServer, Client) {
    let s = server::start(ServerConfig::default()).await.unwrap();
    let c = client(&s.endpoint(), "ch-dk-2", server::DEFAULT_SECRET_KEY);
    (s, c)
}

/// Polls `cond` until it holds or `DEADLINE` passes; panics with `what` on timeout.
async fn wait_for<F, Fut>(what: &str, mut cond: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let t0 = Instant::now();
    loop {
        if cond().await {
            return;
        }
        if t0.elapsed() > DEADLINE {
            panic!("timed out after {DEADLINE:?} waiting for: {what}");
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
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
    let s = server::start(ServerConfig::default()).await.unwrap();
    let dk = client(&s.endpoint(), "ch-dk-2", server::DEFAULT_SECRET_KEY);
    let vie = client(&s.endpoint(), "at-vie-1", server::DEFAULT_SECRET_KEY);
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
        (
            "x-amz-server-side-encryption-customer-key-md5",
            "zZ5FnqcIqUjVwvWmyog4zw==",
        ),
    ];
    let secret = put_with(&c, "src", "secret", b"s", &sse).await;
    let plain = put(&c, "src", "plain", b"p").await;
    wait_status(&c, "src", "plain", &plain, "COMPLETED").await;
    wait_drained(&c, "src", "dst").await;
    assert_eq!(status(&c, "src", "secret", Some(&secret)).await, None);
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
async fn unversioned_destination_fails_with_reason() {
    let (_s, c) = start().await;
    replicating(&c, "src", &[all_to("dst", false)]).await;
    // The PUT check needs a versioned destination; suspending it afterwards is allowed (the destination
    // has no replication config of its own), and that is the state the engine meets.
    c.put_bucket_versioning("dst", false).await.unwrap();
    let vid = put(&c, "src", "k", b"12345").await;
    wait_status(&c, "src", "k", &vid, "FAILED").await;
    assert!(is_missing(&c, "dst", "k").await);
    let doc = operator(&c).await;
    let p = pair(&doc, "src", "dst");
    assert_eq!(p["failed"], 1, "{doc}");
    assert_eq!(p["failed_bytes"], 5, "{doc}");
    assert_eq!(p["last_failure_reason"], "DstBucketUnversioned", "{doc}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transient_fault_stays_pending_then_completes() {
    let (s, c) = start().await;
    let rules = [
        rule("main", 1, "", "dst", false),
        rule("canary", 2, "", "canary", false),
    ];
    replicating(&c, "src", &rules).await;
    s.hooks().inject_fault("dst", Some(Fault::Unavailable));
    let vid = put(&c, "src", "k", b"abc").await;
    // Once the canary destination has its replica the engine has tried dst too (same work item).
    wait_for("the canary replica", || async { !is_missing(&c, "canary", "k").await }).await;
    // Still PENDING after several retries (backoff: 50, 100, 200 ms ...), never FAILED.
    let t0 = Instant::now();
    wait_for("a few retries' worth of time", || async {
        t0.elapsed() > Duration::from_millis(400)
    })
    .await;
    assert_eq!(status(&c, "src", "k", Some(&vid)).await.as_deref(), Some("PENDING"));
    let doc = operator(&c).await;
    assert_eq!(pair(&doc, "src", "dst")["pending"], 1);
    assert_eq!(pair(&doc, "src", "dst")["failed"], 0);
    assert!(
        pair(&doc, "src", "dst")["oldest_pending_age_ms"].as_u64().unwrap() >= 400,
        "{doc}"
    );
    s.hooks().inject_fault("dst", None);
    wait_status(&c, "src", "k", &vid, "COMPLETED").await;
    assert_eq!(status(&c, "dst", "k", Some(&vid)).await.as_deref(), Some("REPLICA"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_failed_requeues_failed_versions() {
    let (s, c) = start().await;
    replicating(&c, "src", &[all_to("dst", false)]).await;
    s.hooks()
        .inject_fault("dst", Some(Fault::Permanent("DstPutObjectNotPermitted".into())));
    let v1 = put(&c, "src", "a", b"1").await;
    let v2 = put(&c, "src", "b", b"22").await;
    wait_status(&c, "src", "a", &v1, "FAILED").await;
    wait_status(&c, "src", "b", &v2, "FAILED").await;
    let doc = operator(&c).await;
    let p = pair(&doc, "src", "dst");
    assert_eq!(
        (p["failed"].as_u64(), p["failed_bytes"].as_u64()),
        (Some(2), Some(3)),
        "{doc}"
    );
    assert_eq!(p["last_failure_reason"], "DstPutObjectNotPermitted");
    s.hooks().inject_fault("dst", None);
    assert_eq!(operator_post(&c, "retry-failed").await["requeued"], 2);
    wait_status(&c, "src", "a", &v1, "COMPLETED").await;
    wait_status(&c, "src", "b", &v2, "COMPLETED").await;
    assert_eq!(status(&c, "dst", "b", Some(&v2)).await.as_deref(), Some("REPLICA"));
    let doc = operator(&c).await;
    let p = pair(&doc, "src", "dst");
    assert_eq!(
        (p["failed"].as_u64(), p["completed"].as_u64()),
        (Some(0), Some(2)),
        "{doc}"
    );
    // Nothing FAILED any more: a second retry re-queues nothing.
    assert_eq!(operator_post(&c, "retry-failed").await["requeued"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operator_figures_per_status_and_destination() {
    let (s, c) = start().await;
    let rules = [
        rule("main", 1, "", "dst", false),
        rule("broken", 2, "b/", "broken", false),
    ];
    replicating(&c, "src", &rules).await;
    let empty = operator(&c).await;
    assert_eq!(empty["paused"], false);
    assert_eq!(empty["workers"], 8);
    assert_eq!(pair(&empty, "src", "dst")["pending"], 0);
    assert_eq!(pair(&empty, "src", "dst")["oldest_pending_age_ms"], Value::Null);
    assert_eq!(pair(&empty, "src", "dst")["lag_ms"]["count"], 0);

    // Paused over HTTP: work is held, counted as pending, and its age grows.
    assert_eq!(operator_post(&c, "pause").await["paused"], true);
    assert!(s.hooks().replication_paused());
    s.hooks()
        .inject_fault("broken", Some(Fault::Permanent("DstBucketNotFound".into())));
    let mut vids = Vec::new();
    for (k, n) in [("a", 10), ("c", 20), ("b/x", 30)] {
        vids.push((k, put(&c, "src", k, &vec![b'x'; n]).await));
    }
    let held = operator(&c).await;
    assert_eq!(held["paused"], true);
    let p = pair(&held, "src", "dst");
    assert_eq!(
        (p["pending"].as_u64(), p["pending_bytes"].as_u64()),
        (Some(3), Some(60)),
        "{held}"
    );
    let p = pair(&held, "src", "broken");
    assert_eq!(
        (p["pending"].as_u64(), p["pending_bytes"].as_u64()),
        (Some(1), Some(30)),
        "{held}"
    );
    // Every PUT above was acknowledged before `last_put`, so each item is held at least this long.
    let last_put = Instant::now();
    wait_for("the held items to age past 200 ms", || async {
        last_put.elapsed() >= Duration::from_millis(200)
            && pair(&operator(&c).await, "src", "dst")["oldest_pending_age_ms"]
                .as_u64()
                .unwrap()
                >= 200
    })
    .await;
    assert!(is_missing(&c, "dst", "a").await, "paused replication wrote a replica");

    assert_eq!(operator_post(&c, "resume").await["paused"], false);
    for (k, v) in &vids {
        let want = if k.starts_with("b/") { "FAILED" } else { "COMPLETED" };
        wait_status(&c, "src", k, v, want).await;
    }
    wait_drained(&c, "src", "dst").await;
    let doc = operator(&c).await;
    let p = pair(&doc, "src", "dst");
    assert_eq!(
        (
            p["completed"].as_u64(),
            p["completed_bytes"].as_u64(),
            p["failed"].as_u64()
        ),
        (Some(3), Some(60), Some(0)),
        "{doc}"
    );
    assert_eq!(p["replicas_written"], 3);
    assert_eq!(p["oldest_pending_age_ms"], Value::Null);
    assert_eq!(p["last_failure_reason"], Value::Null);
    let lag = &p["lag_ms"];
    assert_eq!(lag["count"], 3);
    let (p50, p90, p99, max) = (
        lag["p50"].as_u64().unwrap(),
        lag["p90"].as_u64().unwrap(),
        lag["p99"].as_u64().unwrap(),
        lag["max"].as_u64().unwrap(),
    );
    // Each was held for at least 200 ms while paused: the lag says so.
    assert!(p50 >= 200 && p50 <= p90 && p90 <= p99 && p99 <= max, "{lag}");
    let b = pair(&doc, "src", "broken");
    assert_eq!(
        (
            b["failed"].as_u64(),
            b["failed_bytes"].as_u64(),
            b["completed"].as_u64(),
            b["pending"].as_u64()
        ),
        (Some(1), Some(30), Some(0), Some(0)),
        "{doc}"
    );
    assert_eq!(b["last_failure_reason"], "DstBucketNotFound");
    assert_eq!(b["lag_ms"]["count"], 0);

    let r = c
        .raw(Method::POST, "/_sosctl/replication?bogus", &[], Bytes::new())
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
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

/// `sosctl serve` as a child process (and its stdout, kept open so that it never writes to a closed pipe);
/// killed (its own pid) when dropped.
struct Serve(
    std::process::Child,
    #[allow(dead_code)] std::io::BufReader<std::process::ChildStdout>,
);

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the real binary on `data` and returns it with the endpoint from its start-up lines.
fn serve(data: &std::path::Path, home: &std::path::Path, extra_args: &[&str]) -> (Serve, String) {
    use std::io::BufRead;
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("sosctl"));
    for (k, _) in std::env::vars_os() {
        let k = k.to_string_lossy().into_owned();
        if k.starts_with("SOSCTL_") || k.starts_with("EXOSCALE_") || k.starts_with("AWS_") {
            c.env_remove(k);
        }
    }
    c.env("HOME", home);
    c.args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(data)
        .args(extra_args);
    c.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    let mut child = c.spawn().expect("sosctl serve starts");
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut seen = Vec::new();
    let mut endpoint = None;
    // The start-up lines end with the `export ...` line.
    while !seen.last().is_some_and(|l: &String| l.starts_with("export ")) {
        let mut l = String::new();
        if out.read_line(&mut l).unwrap() == 0 {
            let _ = child.kill();
            let _ = child.wait();
            panic!("sosctl serve exited before printing its start-up lines: {seen:?}");
        }
        if let Some(e) = l.strip_prefix("endpoint:") {
            endpoint = Some(e.trim().to_string());
        }
        seen.push(l);
    }
    (Serve(child, out), endpoint.expect("an endpoint line"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_during_replication_then_resume_after_restart() {
    const N: usize = 1000;
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    // Slow workers (test-only knob) so that the kill lands while part of the work is still PENDING.
    let (mut first, ep) = serve(&data, root.path(), &["--test-replication-delay-ms", "100"]);
    let c = client(&ep, "ch-dk-2", server::DEFAULT_SECRET_KEY);
    replicating(&c, "src", &[all_to("dst", false)]).await;
    let mut written = Vec::with_capacity(N);
    for chunk in (0..N).collect::<Vec<_>>().chunks(50) {
        let puts = chunk.iter().map(|i| {
            let c = c.clone();
            async move {
                let key = format!("obj-{i:04}");
                let vid = put(&c, "src", &key, key.as_bytes()).await;
                (key, vid)
            }
        });
        written.extend(futures_util::future::join_all(puts).await);
    }
    // Every PUT is acknowledged; kill as soon as replication is visibly under way and unfinished.
    let t0 = Instant::now();
    let at_kill = loop {
        let d = operator(&c).await;
        let p = pair(&d, "src", "dst").clone();
        if p["completed"].as_u64().unwrap() > 0 && p["pending"].as_u64().unwrap() > 0 {
            break p;
        }
        assert!(t0.elapsed() < DEADLINE, "replication never got under way: {p}");
        tokio::time::sleep(Duration::from_millis(5)).await;
    };
    first.0.kill().unwrap(); // SIGKILL
    first.0.wait().unwrap();
    assert!(
        at_kill["pending"].as_u64().unwrap() >= 100,
        "too little left to prove a resume: {at_kill}"
    );
    assert_eq!(
        at_kill["pending"].as_u64().unwrap() + at_kill["completed"].as_u64().unwrap(),
        N as u64
    );

    let (_second, ep) = serve(&data, root.path(), &[]);
    let c = client(&ep, "ch-dk-2", server::DEFAULT_SECRET_KEY);
    wait_for("all versions COMPLETED after the restart", || async {
        let d = operator(&c).await;
        let p = pair(&d, "src", "dst");
        p["completed"] == N && p["pending"] == 0 && p["failed"] == 0
    })
    .await;
    let mut want: Vec<(String, String, bool)> = written.into_iter().map(|(k, v)| (k, v, false)).collect();
    want.sort();
    let mut got = versions(&c, "dst").await;
    got.sort();
    // Each write exactly once on the destination (a retried replica is a no-op), all of them REPLICA.
    assert_eq!(got, want);
    for (k, v, _) in want.iter().step_by(97) {
        assert_eq!(status(&c, "src", k, Some(v)).await.as_deref(), Some("COMPLETED"));
        assert_eq!(status(&c, "dst", k, Some(v)).await.as_deref(), Some("REPLICA"));
    }
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleted_destination_fails_with_dst_bucket_not_found() {
    let (_s, c) = start().await;
    replicating(&c, "src", &[all_to("dst", false)]).await;
    c.delete_bucket("dst").await.unwrap();
    let vid = put(&c, "src", "k", b"x").await;
    wait_status(&c, "src", "k", &vid, "FAILED").await;
    let doc = operator(&c).await;
    assert_eq!(
        pair(&doc, "src", "dst")["last_failure_reason"],
        "DstBucketNotFound",
        "{doc}"
    );
    // A destination created again afterwards gets it on retry-failed.
    versioned_bucket(&c, "dst").await;
    assert_eq!(operator_post(&c, "retry-failed").await["requeued"], 1);
    wait_status(&c, "src", "k", &vid, "COMPLETED").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restart_resumes_a_pending_destination_of_a_failed_version() {
    let root = tempfile::tempdir().unwrap();
    let cfg = ServerConfig {
        data_dir: Some(root.path().join("data")),
        ..ServerConfig::default()
    };
    let s = server::start(cfg.clone()).await.unwrap();
    let c = client(&s.endpoint(), "ch-dk-2", server::DEFAULT_SECRET_KEY);
    let rules = [rule("one", 1, "", "gone", false), rule("two", 2, "", "later", false)];
    replicating(&c, "src", &rules).await;
    s.hooks()
        .inject_fault("gone", Some(Fault::Permanent("DstPutObjectNotPermitted".into())));
    s.hooks().inject_fault("later", Some(Fault::Unavailable));
    let vid = put(&c, "src", "k", b"abcd").await;
    // FAILED overall (one destination failed) while the other is still PENDING.
    wait_status(&c, "src", "k", &vid, "FAILED").await;
    let doc = operator(&c).await;
    assert_eq!(pair(&doc, "src", "later")["pending"], 1, "{doc}");
    s.shutdown().await;

    // A new process (same data dir, no faults): the PENDING destination is picked up again.
    let s = server::start(cfg).await.unwrap();
    let c = client(&s.endpoint(), "ch-dk-2", server::DEFAULT_SECRET_KEY);
    wait_for("the replica on the pending destination", || async {
        !is_missing(&c, "later", "k").await
    })
    .await;
    wait_drained(&c, "src", "later").await;
    let doc = operator(&c).await;
    assert_eq!(pair(&doc, "src", "later")["completed"], 1, "{doc}");
    assert_eq!(pair(&doc, "src", "gone")["failed"], 1, "{doc}");
    assert_eq!(
        pair(&doc, "src", "gone")["last_failure_reason"],
        "DstPutObjectNotPermitted"
    );
    assert_eq!(status(&c, "src", "k", Some(&vid)).await.as_deref(), Some("FAILED"));
    s.shutdown().await;
}
