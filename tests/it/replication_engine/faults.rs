//! Failures, retries and restarts of the replication engine, and the operator figures that report them:
//! faults injected through the in-process server's hooks, a destination deleted or unversioned behind its
//! back, a restart on the same data directory, and the real binary killed with SIGKILL mid-replication.

use super::{
    DEADLINE, all_to, client, is_missing, operator, operator_post, pair, put, replicating, rule, start, status,
    versioned_bucket, versions, wait_drained, wait_for, wait_status,
};
use crate::support::ServeProcess;
use crate::support::in_process::{self, DEFAULT_SECRET_KEY, Fault, ServerConfig};
use bytes::Bytes;
use reqwest::Method;
use serde_json::Value;
use std::time::{Duration, Instant};

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
async fn kill_9_during_replication_then_resume_after_restart() {
    const N: usize = 1000;
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let serve_args = ["--data-dir", data.to_str().unwrap()];
    // Slow workers (test-only knob) so that the kill lands while part of the work is still PENDING.
    let slow_args = [&serve_args[..], &["--test-replication-delay-ms", "100"]].concat();
    let mut first = ServeProcess::start(&slow_args, &[]);
    let c = client(&first.endpoint, "ch-dk-2", DEFAULT_SECRET_KEY);
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
    first.kill(); // SIGKILL
    assert!(
        at_kill["pending"].as_u64().unwrap() >= 100,
        "too little left to prove a resume: {at_kill}"
    );
    assert_eq!(
        at_kill["pending"].as_u64().unwrap() + at_kill["completed"].as_u64().unwrap(),
        N as u64
    );

    let second = ServeProcess::start(&serve_args, &[]);
    let c = client(&second.endpoint, "ch-dk-2", DEFAULT_SECRET_KEY);
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
    let s = in_process::start(cfg.clone()).await;
    let c = client(&s.endpoint(), "ch-dk-2", DEFAULT_SECRET_KEY);
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
    let s = in_process::start(cfg).await;
    let c = client(&s.endpoint(), "ch-dk-2", DEFAULT_SECRET_KEY);
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
