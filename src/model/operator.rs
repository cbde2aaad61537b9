//! The bundled server's operator report (`GET /_sosctl/replication`), typed once for the engine that writes
//! it and the CLI that reads it. Every figure is optional when read, so that an older or newer server's
//! report still reads (a figure it lacks is shown as absent, not as zero); the engine fills them all.

use serde::{Deserialize, Serialize};

/// The bundled server's response header on a FAILED source version (S3 has none): why each failed
/// destination failed, `DEST: REASON` joined with `; `. `bucket replication status` shows it per version.
pub const FAILURE_HEADER: &str = "x-sosctl-replication-failure";

/// The whole report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OperatorReport {
    /// One entry per (source bucket, destination bucket) pair.
    pub replication: Vec<PairReport>,
    /// Whether replication is paused (a test hook).
    pub paused: Option<bool>,
    /// Replication workers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workers: Option<u64>,
}

impl OperatorReport {
    /// The pairs whose source is `bucket`, with the pause flag; the workers count left out.
    pub fn for_source(&self, bucket: &str) -> OperatorReport {
        OperatorReport {
            replication: self
                .replication
                .iter()
                .filter(|p| p.source == bucket)
                .cloned()
                .collect(),
            paused: self.paused,
            workers: None,
        }
    }
}

/// The figures of one source → destination pair.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PairReport {
    pub source: String,
    pub destination: String,
    pub pending: Option<u64>,
    pub pending_bytes: Option<u64>,
    pub completed: Option<u64>,
    pub completed_bytes: Option<u64>,
    pub failed: Option<u64>,
    pub failed_bytes: Option<u64>,
    pub last_failure_reason: Option<String>,
    pub replicas_written: Option<u64>,
    pub oldest_pending_age_ms: Option<i64>,
    pub lag_ms: Option<LagReport>,
}

/// Replication lag (from the source write to the replica written), in milliseconds, over a sample.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LagReport {
    pub p50: Option<u64>,
    pub p90: Option<u64>,
    pub p99: Option<u64>,
    pub max: Option<u64>,
    pub count: Option<u64>,
}

/// The answer to `POST /_sosctl/replication?retry-failed`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requeued {
    pub requeued: u64,
}

/// The answer to `POST /_sosctl/replication?pause|?resume`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paused {
    pub paused: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sparse_report_reads_with_figures_absent() {
        let r: OperatorReport = serde_json::from_str(
            r#"{"paused": true, "replication": [{"source": "a", "destination": "b", "pending": 2,
                "lag_ms": {"p50": 3}}, {"source": "a", "destination": "c"}, {"source": "x", "destination": "y"}],
                "extra": 1}"#,
        )
        .unwrap();
        assert_eq!(r.paused, Some(true));
        assert_eq!(r.replication[0].pending, Some(2));
        assert_eq!(r.replication[0].completed, None);
        assert_eq!(r.replication[0].lag_ms.as_ref().unwrap().p50, Some(3));
        assert_eq!(
            r.replication[1],
            PairReport {
                source: "a".into(),
                destination: "c".into(),
                ..PairReport::default()
            }
        );
        let a = r.for_source("a");
        assert_eq!(a.replication.len(), 2);
        assert_eq!(a.paused, Some(true));
    }

    #[test]
    fn a_full_report_round_trips() {
        let r = OperatorReport {
            replication: vec![PairReport {
                source: "a".into(),
                destination: "b".into(),
                pending: Some(1),
                pending_bytes: Some(10),
                completed: Some(2),
                completed_bytes: Some(20),
                failed: Some(0),
                failed_bytes: Some(0),
                last_failure_reason: None,
                replicas_written: Some(2),
                oldest_pending_age_ms: Some(5),
                lag_ms: Some(LagReport {
                    p50: Some(1),
                    p90: Some(2),
                    p99: Some(3),
                    max: Some(4),
                    count: Some(2),
                }),
            }],
            paused: Some(false),
            workers: Some(8),
        };
        let text = serde_json::to_string(&r).unwrap();
        assert!(text.contains("\"last_failure_reason\":null"), "{text}");
        let back: OperatorReport = serde_json::from_str(&text).unwrap();
        assert_eq!(back, r);
    }
}
