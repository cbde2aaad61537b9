//! `sosctl serve`'s Prometheus metrics: scraped over HTTP, parsed by the `prometheus_client` Python package's
//! strict OpenMetrics parser, and checked to move as objects replicate and fail; a signed `GET /metrics` is
//! still S3's; `--metrics-listen` moves them to a listener of their own.

use super::{CmdSrv, Srv, err};
use crate::support::in_process::Fault;
use crate::support::{ServeProcess, require_python_module, wait_until};
use serde_json::Value;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::Duration;

/// `GET path` on `host:port` (plain HTTP/1.1, unsigned): (status, content type, body).
fn get(addr: &str, path: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(addr).unwrap_or_else(|e| panic!("connect {addr}: {e}"));
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let ctype = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-type:")
                .map(|v| v.trim().to_string())
        })
        .unwrap_or_default();
    (status, ctype, body.to_string())
}

/// The exposition parsed by `prometheus_client.openmetrics.parser` (strict: a malformed line fails), as
/// one JSON object per sample: {name, labels, value}.
fn parse(text: &str) -> Vec<Value> {
    const SCRIPT: &str = r#"
import json, sys
from prometheus_client.openmetrics.parser import text_string_to_metric_families
out = []
for fam in text_string_to_metric_families(sys.stdin.read()):
    for s in fam.samples:
        out.append({'name': s.name, 'labels': s.labels, 'value': s.value, 'type': fam.type})
print(json.dumps(out))
"#;
    let mut child = Command::new("python3")
        .args(["-c", SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(
        o.status.success(),
        "the parser refused the exposition: {}\n{text}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice::<Value>(&o.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// The value of the sample `name` whose labels include `labels`; None when there is none.
fn value(samples: &[Value], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    samples
        .iter()
        .find(|s| s["name"] == name && labels.iter().all(|(k, v)| s["labels"][*k] == *v))
        .and_then(|s| s["value"].as_f64())
}

fn scrape(addr: &str) -> Vec<Value> {
    let (status, ctype, body) = get(addr, "/metrics");
    assert_eq!(status, 200, "{body}");
    assert!(ctype.starts_with("application/openmetrics-text"), "{ctype}");
    parse(&body)
}

const PAIR: [(&str, &str); 2] = [("bucket", "my-source"), ("target", "my-destination")];

/// Polls the metrics until `cond` holds on them.
fn until(addr: &str, what: &str, cond: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    let mut last = Vec::new();
    let ok = wait_until(Duration::from_secs(30), || {
        last = scrape(addr);
        cond(&last)
    });
    assert!(ok, "{what} never happened; last scrape:\n{last:#?}");
    last
}

#[test]
fn metrics_move_as_objects_replicate_and_fail() {
    if !require_python_module("prometheus_client") {
        return;
    }
    let s = Srv::start();
    let addr = s.h.addr().to_string();
    s.leader_follower();
    s.h.hooks().pause_replication();
    s.put("my-source", "a.txt", b"aaaa");
    s.put("my-source", "b.txt", b"bb");

    // Paused: two pending (6 bytes), their age growing.
    let m = until(&addr, "2 pending with an age", |m| {
        value(m, "sosctl_replication_pending_count", &PAIR) == Some(2.0)
            && value(m, "sosctl_replication_oldest_pending_age_seconds", &PAIR).is_some_and(|a| a > 0.0)
    });
    assert_eq!(value(&m, "sosctl_replication_pending_bytes", &PAIR), Some(6.0));
    assert_eq!(value(&m, "sosctl_replication_completed_count", &PAIR), Some(0.0));
    let puts = [("api", "PutObject"), ("status", "200")];
    assert!(value(&m, "sosctl_s3_requests_total", &puts).unwrap() >= 2.0);
    assert!(value(&m, "sosctl_s3_request_duration_seconds_count", &[("api", "PutObject")]).unwrap() >= 2.0);
    assert_eq!(value(&m, "sosctl_store_objects", &[]), Some(2.0));
    assert_eq!(value(&m, "sosctl_store_bytes", &[]), Some(6.0));

    // Resumed: completed, replicas written, the lag observed twice; the store holds the replicas too.
    s.h.hooks().resume_replication();
    let m = until(&addr, "2 completed", |m| {
        value(m, "sosctl_replication_completed_count", &PAIR) == Some(2.0)
    });
    assert_eq!(value(&m, "sosctl_replication_pending_count", &PAIR), Some(0.0));
    assert_eq!(
        value(&m, "sosctl_replication_oldest_pending_age_seconds", &PAIR),
        Some(0.0)
    );
    assert_eq!(value(&m, "sosctl_replication_completed_bytes", &PAIR), Some(6.0));
    assert_eq!(value(&m, "sosctl_replication_replicas_written_total", &PAIR), Some(2.0));
    assert_eq!(value(&m, "sosctl_replication_lag_seconds_count", &PAIR), Some(2.0));
    let inf = [PAIR[0], PAIR[1], ("le", "+Inf")];
    assert_eq!(value(&m, "sosctl_replication_lag_seconds_bucket", &inf), Some(2.0));
    assert_eq!(value(&m, "sosctl_store_objects", &[]), Some(4.0));

    // A permanent failure: counted by reason, and in the stored FAILED figures.
    s.h.hooks().inject_fault(
        "my-destination",
        Some(Fault::Permanent("DstPutObjectNotPermitted".into())),
    );
    s.put("my-source", "c.txt", b"c");
    let m = until(&addr, "1 failed", |m| {
        value(m, "sosctl_replication_failed_count", &PAIR) == Some(1.0)
    });
    assert_eq!(value(&m, "sosctl_replication_failed_bytes", &PAIR), Some(1.0));
    let reason = [PAIR[0], PAIR[1], ("reason", "DstPutObjectNotPermitted")];
    assert_eq!(value(&m, "sosctl_replication_failures_total", &reason), Some(1.0));
    assert_eq!(value(&m, "sosctl_replication_replicas_written_total", &PAIR), Some(2.0));

    // A signed GET /metrics is S3's: ListObjects of a bucket named `metrics`, which does not exist.
    let o = s.run(&["list", "sos://metrics"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("does not exist"), "{}", err(&o));
}

#[test]
fn metrics_listen_serves_them_on_a_listener_of_their_own() {
    if !require_python_module("prometheus_client") {
        return;
    }
    let srv = ServeProcess::start(&["--metrics-listen", "127.0.0.1:0"], &[]);
    let line = srv
        .banner
        .iter()
        .find_map(|l| l.strip_prefix("metrics:"))
        .unwrap_or_else(|| panic!("no metrics line: {:?}", srv.banner))
        .trim()
        .to_string();
    let at = line
        .strip_prefix("http://")
        .and_then(|r| r.strip_suffix("/metrics"))
        .unwrap_or_else(|| panic!("{line}"));
    let m = scrape(at);
    assert_eq!(value(&m, "sosctl_store_buckets", &[]), Some(0.0));
    let (status, _, _) = get(at, "/other");
    assert_eq!(status, 404);
    // The S3 listener no longer answers an unsigned GET /metrics with the metrics.
    let s3 = srv.endpoint.trim_start_matches("http://");
    let (status, ctype, _) = get(s3, "/metrics");
    assert_ne!(status, 200);
    assert!(!ctype.starts_with("application/openmetrics-text"), "{ctype}");
    // Without --metrics-listen, the banner says where they are and for whom.
    let plain = ServeProcess::start(&[], &[]);
    assert!(
        plain
            .banner
            .iter()
            .any(|l| l == &format!("metrics:    {}/metrics (loopback clients only)", plain.endpoint)),
        "{:?}",
        plain.banner
    );
    let m = scrape(plain.endpoint.trim_start_matches("http://"));
    assert!(value(&m, "sosctl_store_bytes", &[]).is_some());
}
