//! The bundled server's replication figures (its operator report), as `status` shows them: per source →
//! destination pair, bucket-wide.

use crate::cli::output;
use crate::model::operator::OperatorReport;
use crate::s3::Client;
use serde_json::{Value, json};

/// The bundled server's replication figures for the bucket, when the endpoint serves its operator report;
/// None from any other server (or when asking fails: the figures are extra).
pub async fn server_figures(c: &Client, bucket: &str) -> Option<OperatorReport> {
    let report = c.operator_report().await.ok().flatten()?;
    Some(report.for_source(bucket))
}

/// The figures as `-O json` prints them under `server`; `scope` says they are the whole bucket's.
pub fn figures_json(fig: &OperatorReport) -> Value {
    json!({"scope": "bucket", "paused": fig.paused, "replication": fig.replication})
}

/// `1.5 s`, `250 ms`.
pub fn ms_text(ms: Option<f64>) -> Option<String> {
    let ms = ms?;
    Some(if ms >= 1000.0 {
        format!("{:.1} s", ms / 1000.0)
    } else {
        format!("{ms:.0} ms")
    })
}

/// One line per destination of the server's figures.
pub fn figures_lines(fig: &OperatorReport) -> Vec<String> {
    let mut out = Vec::new();
    if fig.paused == Some(true) {
        out.push("server: replication is paused".to_string());
    }
    for e in &fig.replication {
        let mut parts = Vec::new();
        if let Some(n) = e.pending {
            let bytes = e
                .pending_bytes
                .map(|b| format!(" ({})", output::size(b)))
                .unwrap_or_default();
            parts.push(format!("{n} pending{bytes}"));
        }
        for (k, n) in [("completed", e.completed), ("failed", e.failed)] {
            if let Some(n) = n {
                parts.push(format!("{n} {k}"));
            }
        }
        let oldest = ms_text(e.oldest_pending_age_ms.map(|ms| ms as f64));
        if let Some(t) = oldest.filter(|_| e.pending.unwrap_or(1) > 0) {
            parts.push(format!("oldest pending {t}"));
        }
        if let Some(lag) = &e.lag_ms {
            let pcts: Vec<String> = [("p50", lag.p50), ("p99", lag.p99)]
                .iter()
                .filter_map(|(p, ms)| ms_text(ms.map(|ms| ms as f64)).map(|t| format!("{p} {t}")))
                .collect();
            if !pcts.is_empty() {
                parts.push(format!("lag {}", pcts.join(", ")));
            }
        }
        if let Some(r) = e.last_failure_reason.as_ref().filter(|_| e.failed.unwrap_or(0) > 0) {
            parts.push(format!("last failure: {r}"));
        }
        let name = |b: &str| if b.is_empty() { "?".to_string() } else { b.to_string() };
        if parts.is_empty() {
            parts.push("no figures".to_string());
        }
        out.push(format!(
            "server: {} → {}: {}",
            name(&e.source),
            name(&e.destination),
            parts.join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_figures_are_read_leniently() {
        let fig = json!({
            "paused": true,
            "replication": [{
                "source": "a", "destination": "b", "pending": 2, "pending_bytes": 2048, "completed": 5,
                "failed": 1, "oldest_pending_age_ms": 1500, "lag_ms": {"p50": 3, "p99": 250},
                "last_failure_reason": "DstBucketNotFound"
            }, {"source": "a", "destination": "c"}]
        });
        let lines = figures_lines(&serde_json::from_value(fig).unwrap());
        assert_eq!(lines[0], "server: replication is paused");
        assert_eq!(
            lines[1],
            "server: a → b: 2 pending (2.0 KiB), 5 completed, 1 failed, oldest pending 1.5 s, lag p50 3 ms, p99 \
             250 ms, last failure: DstBucketNotFound"
        );
        assert_eq!(lines[2], "server: a → c: no figures");
    }
}
