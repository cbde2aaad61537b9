//! Prometheus metrics of `sosctl serve` on `GET /metrics`, in the text exposition format, with the
//! `prometheus-client` crate (no hand-written format).
//!
//! Where: on the S3 listener, an unsigned `GET /metrics` from a loopback client (127.0.0.0/8, ::1) is
//! answered with the metrics, unauthenticated (a signed one stays S3's ListObjects of a bucket `metrics`);
//! with `--metrics-listen ADDR`, a listener of its own serves them on ADDR to whoever reaches it, and the S3
//! listener no longer does.
//!
//! What (names modelled on MinIO's `minio_bucket_replication_*` and `minio_s3_requests_*`; labels `bucket`
//! and `target` name the source and destination buckets):
//! - from the stored version states at scrape time, per pair: `sosctl_replication_pending_count`,
//!   `_pending_bytes`, `_completed_count`, `_completed_bytes`, `_failed_count`, `_failed_bytes` (gauges),
//!   `sosctl_replication_oldest_pending_age_seconds`;
//! - from the engine since start, per pair: `sosctl_replication_replicas_written_total`,
//!   `sosctl_replication_failures_total` (with `reason`: the failure code, e.g. `DstBucketNotFound`),
//!   `sosctl_replication_lag_seconds` (histogram, source write → replica written);
//! - per request: `sosctl_s3_requests_total` (`api`: the S3 operation, `status`: the HTTP status) and
//!   `sosctl_s3_request_duration_seconds` (histogram by `api`);
//! - the store: `sosctl_store_buckets`, `sosctl_store_objects` (versions, delete markers apart:
//!   `sosctl_store_delete_markers`), `sosctl_store_bytes`.

use super::store::Store;
use crate::model::operator::OperatorReport;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

/// The content type of what the crate writes: the OpenMetrics text format (Prometheus's text exposition
/// format with `# EOF` and `_total` counters), which Prometheus scrapes as it is.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// Replication lag buckets, seconds: from a few milliseconds (in memory) to minutes (a paused engine).
const LAG_BUCKETS: [f64; 14] = [
    0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 60.0, 300.0,
];
/// Request latency buckets, seconds.
const LATENCY_BUCKETS: [f64; 12] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Pair {
    bucket: String,
    target: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Failure {
    bucket: String,
    target: String,
    reason: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Request {
    api: String,
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Api {
    api: String,
}

fn lag_histogram() -> Histogram {
    Histogram::new(LAG_BUCKETS)
}

fn latency_histogram() -> Histogram {
    Histogram::new(LATENCY_BUCKETS)
}

type HistogramFamily<L> = Family<L, Histogram, fn() -> Histogram>;
type FloatGauge = Gauge<f64, AtomicU64>;

/// Every metric of the server, registered once.
pub struct Metrics {
    registry: Registry,
    requests: Family<Request, Counter>,
    latency: HistogramFamily<Api>,
    replicas_written: Family<Pair, Counter>,
    failures: Family<Failure, Counter>,
    lag: HistogramFamily<Pair>,
    pending_count: Family<Pair, Gauge>,
    pending_bytes: Family<Pair, Gauge>,
    completed_count: Family<Pair, Gauge>,
    completed_bytes: Family<Pair, Gauge>,
    failed_count: Family<Pair, Gauge>,
    failed_bytes: Family<Pair, Gauge>,
    oldest_pending: Family<Pair, FloatGauge>,
    store_buckets: Gauge,
    store_objects: Gauge,
    store_delete_markers: Gauge,
    store_bytes: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

fn gauge(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

/// The code of a failure reason, for the `reason` label (bounded: `DstPutObjectNotPermitted: message` is
/// `DstPutObjectNotPermitted`).
fn reason_code(reason: &str) -> String {
    let code = reason.split([':', ' ']).next().unwrap_or("").trim();
    let code: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .take(64)
        .collect();
    if code.is_empty() { "Unknown".into() } else { code }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("sosctl");
        let m = Metrics {
            registry: Registry::default(),
            requests: Family::default(),
            latency: Family::new_with_constructor(latency_histogram as fn() -> Histogram),
            replicas_written: Family::default(),
            failures: Family::default(),
            lag: Family::new_with_constructor(lag_histogram as fn() -> Histogram),
            pending_count: Family::default(),
            pending_bytes: Family::default(),
            completed_count: Family::default(),
            completed_bytes: Family::default(),
            failed_count: Family::default(),
            failed_bytes: Family::default(),
            oldest_pending: Family::default(),
            store_buckets: Gauge::default(),
            store_objects: Gauge::default(),
            store_delete_markers: Gauge::default(),
            store_bytes: Gauge::default(),
        };
        registry.register(
            "s3_requests",
            "S3 requests answered, by operation and HTTP status",
            m.requests.clone(),
        );
        registry.register(
            "s3_request_duration_seconds",
            "Time to answer an S3 request (to the response head), by operation",
            m.latency.clone(),
        );
        let r = &mut registry;
        r.register(
            "replication_replicas_written",
            "Replicas written into the destination by this process since it started",
            m.replicas_written.clone(),
        );
        r.register(
            "replication_failures",
            "Replication attempts that failed permanently since start, by reason",
            m.failures.clone(),
        );
        r.register(
            "replication_lag_seconds",
            "Time from the source write to the replica written, per source and destination",
            m.lag.clone(),
        );
        r.register(
            "replication_pending_count",
            "Versions waiting to be replicated to the destination",
            m.pending_count.clone(),
        );
        r.register(
            "replication_pending_bytes",
            "Bytes waiting to be replicated to the destination",
            m.pending_bytes.clone(),
        );
        r.register(
            "replication_completed_count",
            "Source versions replicated to the destination (stored states)",
            m.completed_count.clone(),
        );
        r.register(
            "replication_completed_bytes",
            "Bytes of the source versions replicated to the destination",
            m.completed_bytes.clone(),
        );
        r.register(
            "replication_failed_count",
            "Source versions whose replication to the destination FAILED (stored states)",
            m.failed_count.clone(),
        );
        r.register(
            "replication_failed_bytes",
            "Bytes of the source versions whose replication FAILED",
            m.failed_bytes.clone(),
        );
        r.register(
            "replication_oldest_pending_age_seconds",
            "Age of the oldest version still pending for the destination (0 when none)",
            m.oldest_pending.clone(),
        );
        r.register("store_buckets", "Buckets", m.store_buckets.clone());
        r.register(
            "store_objects",
            "Object versions stored (delete markers apart)",
            m.store_objects.clone(),
        );
        r.register(
            "store_delete_markers",
            "Delete markers stored",
            m.store_delete_markers.clone(),
        );
        r.register(
            "store_bytes",
            "Bytes of the object versions stored",
            m.store_bytes.clone(),
        );
        Metrics { registry, ..m }
    }

    /// One request answered.
    pub fn request(&self, api: &str, status: u16, took: Duration) {
        self.requests
            .get_or_create(&Request {
                api: api.to_string(),
                status: status.to_string(),
            })
            .inc();
        self.latency
            .get_or_create(&Api { api: api.to_string() })
            .observe(took.as_secs_f64());
    }

    /// A replica written (or found there already: `written` false), `lag_ms` after the source write.
    pub fn replicated(&self, source: &str, dest: &str, written: bool, lag_ms: u64) {
        let pair = Pair {
            bucket: source.into(),
            target: dest.into(),
        };
        if written {
            self.replicas_written.get_or_create(&pair).inc();
        }
        self.lag.get_or_create(&pair).observe(lag_ms as f64 / 1000.0);
    }

    /// A permanent failure.
    pub fn failed(&self, source: &str, dest: &str, reason: &str) {
        self.failures
            .get_or_create(&Failure {
                bucket: source.into(),
                target: dest.into(),
                reason: reason_code(reason),
            })
            .inc();
    }

    /// The exposition text: the gauges refreshed from the store and the engine's report, then encoded.
    pub fn render(&self, store: &Store, report: &OperatorReport) -> String {
        for f in [
            &self.pending_count,
            &self.pending_bytes,
            &self.completed_count,
            &self.completed_bytes,
            &self.failed_count,
            &self.failed_bytes,
        ] {
            f.clear();
        }
        self.oldest_pending.clear();
        for p in &report.replication {
            let pair = Pair {
                bucket: p.source.clone(),
                target: p.destination.clone(),
            };
            let set = |f: &Family<Pair, Gauge>, v: Option<u64>| {
                f.get_or_create(&pair).set(gauge(v.unwrap_or(0)));
            };
            set(&self.pending_count, p.pending);
            set(&self.pending_bytes, p.pending_bytes);
            set(&self.completed_count, p.completed);
            set(&self.completed_bytes, p.completed_bytes);
            set(&self.failed_count, p.failed);
            set(&self.failed_bytes, p.failed_bytes);
            let age = p
                .oldest_pending_age_ms
                .filter(|_| p.pending.unwrap_or(0) > 0)
                .unwrap_or(0);
            self.oldest_pending.get_or_create(&pair).set(age as f64 / 1000.0);
        }
        let (mut buckets, mut objects, mut markers, mut bytes) = (0u64, 0u64, 0u64, 0u64);
        for b in store.list_buckets() {
            let Ok(cell) = store.bucket(&b.name) else { continue };
            buckets += 1;
            let st = cell.lock();
            for v in st.objects.values().flatten() {
                if v.meta.delete_marker {
                    markers += 1;
                } else {
                    objects += 1;
                    bytes += v.meta.size;
                }
            }
        }
        self.store_buckets.set(gauge(buckets));
        self.store_objects.set(gauge(objects));
        self.store_delete_markers.set(gauge(markers));
        self.store_bytes.set(gauge(bytes));
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry).expect("writing to a String never fails");
        out
    }
}

/// The S3 operation a request was routed to, as the `api` label: the endpoint's name without its
/// parameters (`UploadPart`), `NotImplemented`, or `Invalid` for a request that does not route.
pub fn api_name<E: std::fmt::Debug, X>(routed: &Result<E, X>) -> String {
    match routed {
        Ok(e) => format!("{e:?}")
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect(),
        Err(_) => "Invalid".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_reduced_to_their_code() {
        assert_eq!(
            reason_code("DstPutObjectNotPermitted: Access Denied"),
            "DstPutObjectNotPermitted"
        );
        assert_eq!(reason_code("DstBucketNotFound"), "DstBucketNotFound");
        assert_eq!(reason_code("  "), "Unknown");
        assert_eq!(reason_code("a\"b{c}"), "abc");
    }

    #[test]
    fn api_names_drop_the_parameters() {
        #[derive(Debug)]
        #[allow(dead_code)]
        enum E {
            UploadPart { n: u32 },
            NotImplemented(String),
            HeadObject,
        }
        let ok = |e: E| api_name::<E, ()>(&Ok(e));
        assert_eq!(ok(E::UploadPart { n: 1 }), "UploadPart");
        assert_eq!(ok(E::NotImplemented("x".into())), "NotImplemented");
        assert_eq!(ok(E::HeadObject), "HeadObject");
        assert_eq!(api_name::<E, ()>(&Err(())), "Invalid");
    }

    #[test]
    fn requests_and_replication_are_exposed() {
        let m = Metrics::new();
        m.request("HeadObject", 200, Duration::from_millis(2));
        m.replicated("a", "b", true, 30);
        m.failed("a", "b", "DstBucketNotFound");
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &m.registry).unwrap();
        assert!(
            out.contains("sosctl_s3_requests_total{api=\"HeadObject\",status=\"200\"} 1"),
            "{out}"
        );
        assert!(
            out.contains("sosctl_replication_replicas_written_total{bucket=\"a\",target=\"b\"} 1"),
            "{out}"
        );
        assert!(
            out.contains("sosctl_replication_failures_total{bucket=\"a\",target=\"b\",reason=\"DstBucketNotFound\"} 1"),
            "{out}"
        );
        assert!(
            out.contains("sosctl_replication_lag_seconds_bucket{le=\"0.05\",bucket=\"a\",target=\"b\"} 1"),
            "{out}"
        );
        assert!(out.ends_with("# EOF\n"), "{out}");
    }
}
