//! `sosctl bucket replication status sos://BUCKET[/PREFIX]`: the replication status of each current
//! version, with a summary; `--wait` polls the versions still PENDING (a [`WaitBar`] on a terminal)
//! until none is or the timeout passes. Against the bundled server its own figures are added.

use crate::cli::connect::{client_for_bucket, explain, list_all};
use crate::cli::exit::Exit;
use crate::cli::output::{self, Format, plural};
use crate::cli::parse;
use crate::cli::progress::WaitBar;
use crate::cli::settings::Settings;
use crate::cli::target;
use crate::model::operator::OperatorReport;
use crate::model::s3::ReplicationStatus;
use crate::s3::{Client, ErrorKind};
use futures_util::StreamExt;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

#[derive(Debug, clap::Args)]
#[command(after_long_help = STATUS_HELP)]
pub struct StatusArgs {
    /// sos://BUCKET[/PREFIX]
    pub target: String,
    /// Poll until nothing is PENDING (exit 3 on timeout, 4 if any FAILED)
    #[arg(long)]
    pub wait: bool,
    /// How long --wait waits
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = parse::duration, requires = "wait")]
    pub wait_timeout: std::time::Duration,
    /// List only FAILED objects
    #[arg(long)]
    pub failed: bool,
    /// Objects HEADed at once: pinned at N [default: adaptive, up to 256]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub concurrency: Option<u16>,
}

const STATUS_HELP: &str = "\
Lists the current versions under the bucket or prefix and HEADs each (as many at once as the link needs, at most 256; --concurrency N pins it) for its \
x-amz-replication-status: PENDING, COMPLETED, FAILED or REPLICA; `-` when it has none (it matched no rule, \
or was written before the config). --wait re-reads the versions still PENDING (the same version ids) with \
a growing interval, until none is or --wait-timeout passes; a progress bar is drawn on stderr when it is a \
terminal. Against the bundled server (`sosctl serve`), its replication figures for the bucket (pending, \
oldest pending, lag percentiles) are added when its /_sosctl/replication endpoint answers.

Output: table Key, Version, Size, Status, then a summary table Status, Objects, Size; json {bucket, prefix, \
objects: [{key, version_id, size, status}], summary: {pending, completed, failed, replica, none: {objects, \
bytes}}, total: {objects, bytes}, waited, timed_out, server (the bundled server's figures, or null)}; text \
`key<TAB>version<TAB>size<TAB>status` lines (the summary goes to stderr). --failed lists only FAILED objects \
(the summary still counts all).

Exit codes: 0 nothing FAILED (and, with --wait, nothing PENDING); 4 an object is FAILED (also when --wait \
timed out); 3 --wait timed out with objects still PENDING; 1 the requests failed.";

/// One current version and its replication status.
#[derive(Debug, Clone)]
struct ObjStatus {
    key: String,
    version_id: Option<String>,
    size: u64,
    /// `x-amz-replication-status` as sent, shown as it is even when S3 does not define it.
    status: Option<String>,
}

/// The summary's class of the objects whose status S3 does not define, or that have none.
const NONE: &str = "none";

impl ObjStatus {
    fn replication(&self) -> Option<ReplicationStatus> {
        self.status.as_deref().and_then(ReplicationStatus::parse)
    }
    fn is(&self, st: ReplicationStatus) -> bool {
        self.replication() == Some(st)
    }
    /// The summary class: a [`ReplicationStatus`], or [`NONE`] (also for a status S3 does not define).
    fn class(&self) -> &'static str {
        self.replication().map_or(NONE, ReplicationStatus::as_str)
    }
}

/// HEADs each (key, version) with `concurrency` requests in flight; an object gone since the listing
/// (404) comes back as None.
async fn head_all(
    c: &Client,
    bucket: &str,
    items: Vec<(String, Option<String>, u64)>,
    concurrency: usize,
) -> anyhow::Result<Vec<Option<ObjStatus>>> {
    let results: Vec<anyhow::Result<Option<ObjStatus>>> = futures_util::stream::iter(items)
        .map(|(key, version, size)| async move {
            match c.head_object(bucket, &key, version.as_deref()).await {
                Ok(h) => Ok(Some(ObjStatus {
                    key,
                    status: h.replication_status_raw().map(str::to_string),
                    version_id: h.version_id.or(version),
                    // HEAD's Content-Length is the version's size; the listing's is only a fallback.
                    size: if h.headers.contains_key("content-length") {
                        h.size
                    } else {
                        size
                    },
                })),
                Err(e) if matches!(e.kind(), ErrorKind::NotFound(_)) => Ok(None),
                Err(e) => Err(explain(
                    e,
                    &format!("reading the status of sos://{bucket}/{key}"),
                    bucket,
                    Some(&key),
                )),
            }
        })
        .buffered(concurrency)
        .collect()
        .await;
    results.into_iter().collect()
}

/// The bundled server's replication figures for the bucket, when the endpoint serves its operator report;
/// None from any other server (or when asking fails: the figures are extra).
async fn server_figures(c: &Client, bucket: &str) -> Option<OperatorReport> {
    let report = c.operator_report().await.ok().flatten()?;
    Some(report.for_source(bucket))
}

/// The figures as `-O json` prints them under `server`.
fn figures_json(fig: &OperatorReport) -> Value {
    json!({"paused": fig.paused, "replication": fig.replication})
}

fn ms_text(ms: Option<f64>) -> Option<String> {
    let ms = ms?;
    Some(if ms >= 1000.0 {
        format!("{:.1} s", ms / 1000.0)
    } else {
        format!("{ms:.0} ms")
    })
}

/// One line per destination of the server's figures.
fn figures_lines(fig: &OperatorReport) -> Vec<String> {
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

/// (objects, bytes)
type Tally = (u64, u64);

/// Objects and bytes per status class, and in total.
fn summary(objs: &[ObjStatus]) -> (BTreeMap<&'static str, Tally>, Tally) {
    let mut m: BTreeMap<&'static str, Tally> = BTreeMap::new();
    for k in ReplicationStatus::ALL
        .map(ReplicationStatus::as_str)
        .into_iter()
        .chain([NONE])
    {
        m.insert(k, (0, 0));
    }
    let mut total = (0, 0);
    for o in objs {
        let e = m.entry(o.class()).or_default();
        e.0 += 1;
        e.1 += o.size;
        total.0 += 1;
        total.1 += o.size;
    }
    (m, total)
}

/// `sosctl bucket replication status`.
pub async fn run(s: &Settings, a: StatusArgs) -> anyhow::Result<Exit> {
    let t = target::parse(&a.target)?;
    let bucket = t.bucket.clone();
    let prefix = t.key.clone().unwrap_or_default();
    let c = client_for_bucket(s, &bucket, &format!("listing sos://{bucket}/{prefix}")).await?;
    let p = s.printer();
    // The HEADs adapt to the link (crate::s3::limiter) unless --concurrency pins them.
    let limiter = std::sync::Arc::new(crate::s3::Limiter::from_flag(a.concurrency.map(usize::from)));
    let (c, concurrency) = (c.with_limiter(limiter.clone()), limiter.ceiling());
    let listed = list_all(&c, &bucket, &prefix).await?;
    let mut objs: Vec<ObjStatus> = head_all(
        &c,
        &bucket,
        listed.into_iter().map(|o| (o.key, None, o.size)).collect(),
        concurrency,
    )
    .await?
    .into_iter()
    .flatten()
    .collect();
    objs.sort_by(|x, y| x.key.cmp(&y.key));

    let mut timed_out = false;
    if a.wait {
        let deadline = Instant::now() + a.wait_timeout;
        let pending = |objs: &[ObjStatus]| objs.iter().filter(|o| o.is(ReplicationStatus::Pending)).count();
        let bar = WaitBar::new(&p, objs.len());
        let mut interval = Duration::from_millis(200);
        loop {
            let n = pending(&objs);
            bar.show(objs.len() - n, n);
            if n == 0 {
                break;
            }
            let now = Instant::now();
            if now >= deadline {
                timed_out = true;
                break;
            }
            tokio::time::sleep(interval.min(deadline - now)).await;
            interval = (interval * 3 / 2).min(Duration::from_secs(5));
            // Re-read exactly the versions seen PENDING: a newer write is not what was waited for.
            let idx: Vec<usize> = (0..objs.len())
                .filter(|&i| objs[i].is(ReplicationStatus::Pending))
                .collect();
            let items = idx
                .iter()
                .map(|&i| (objs[i].key.clone(), objs[i].version_id.clone(), objs[i].size))
                .collect();
            let fresh = head_all(&c, &bucket, items, concurrency).await?;
            let mut gone = Vec::new();
            for (i, f) in idx.into_iter().zip(fresh) {
                match f {
                    Some(f) => objs[i].status = f.status,
                    None => gone.push(i),
                }
            }
            // A version deleted while waiting no longer waits for anything.
            for i in gone.into_iter().rev() {
                objs.remove(i);
            }
        }
        bar.finish();
    }

    let (sum, total) = summary(&objs);
    let figures = server_figures(&c, &bucket).await;
    // Objects without any status are what a bucket without a config shows: say so rather than leave a
    // column of `-` to interpret. Only asked when nothing has a status; an error asking is no answer.
    if !objs.is_empty()
        && objs.iter().all(|o| o.status.is_none())
        && matches!(c.get_bucket_replication(&bucket).await, Ok(None))
    {
        p.note(&format!(
            "note: sos://{bucket} has no replication configuration, so its objects carry no replication status \
             (set one with `sosctl bucket replication set sos://{bucket} FILE`)"
        ));
    }
    let shown: Vec<&ObjStatus> = objs
        .iter()
        .filter(|o| !a.failed || o.is(ReplicationStatus::Failed))
        .collect();
    let status_text = |o: &ObjStatus| o.status.clone().unwrap_or_else(|| "-".into());
    let version_text = |o: &ObjStatus| o.version_id.clone().unwrap_or_else(|| "-".into());
    let summary_rows: Vec<Vec<String>> = sum
        .iter()
        .filter(|(_, (n, _))| *n > 0)
        .map(|(k, (n, b))| vec![k.to_string(), n.to_string(), output::size(*b)])
        .collect();
    // Fixed order: PENDING, COMPLETED, FAILED, REPLICA, none.
    let order = |k: &str| {
        ReplicationStatus::ALL
            .iter()
            .position(|s| s.as_str() == k)
            .unwrap_or(ReplicationStatus::ALL.len())
    };
    let mut summary_rows = summary_rows;
    summary_rows.sort_by_key(|r| order(&r[0]));
    let summary_line = {
        let parts: Vec<String> = summary_rows
            .iter()
            .map(|r| format!("{} {} ({})", r[1], r[0], r[2]))
            .collect();
        format!(
            "{} ({}){}{}",
            plural(total.0 as usize, "object"),
            output::size(total.1),
            if parts.is_empty() { "" } else { ": " },
            parts.join(", ")
        )
    };
    match s.output.format {
        Format::Json => {
            let key = |k: &str| k.to_ascii_lowercase();
            let summary: serde_json::Map<String, Value> = sum
                .iter()
                .map(|(k, (n, b))| (key(k), json!({"objects": n, "bytes": b})))
                .collect();
            p.json(&json!({
                "bucket": bucket,
                "prefix": prefix,
                "objects": shown.iter().map(|o| json!({
                    "key": o.key,
                    "version_id": o.version_id,
                    "size": o.size,
                    "status": o.status,
                })).collect::<Vec<_>>(),
                "summary": summary,
                "total": {"objects": total.0, "bytes": total.1},
                "waited": a.wait,
                "timed_out": timed_out,
                "server": figures.as_ref().map(figures_json),
            }))?;
        }
        Format::Text => {
            let rows: Vec<Vec<String>> = shown
                .iter()
                .map(|o| vec![o.key.clone(), version_text(o), o.size.to_string(), status_text(o)])
                .collect();
            p.text_rows(&rows)?;
            p.note(&summary_line);
            if let Some(f) = &figures {
                for l in figures_lines(f) {
                    p.note(&l);
                }
            }
        }
        Format::Table => {
            if !shown.is_empty() {
                let rows: Vec<Vec<String>> = shown
                    .iter()
                    .map(|o| vec![o.key.clone(), version_text(o), output::size(o.size), status_text(o)])
                    .collect();
                p.table(&["Key", "Version", "Size", "Status"], &rows)?;
            }
            if !summary_rows.is_empty() {
                p.table(&["Status", "Objects", "Size"], &summary_rows)?;
            }
            p.line(&format!(
                "total: {} ({})",
                plural(total.0 as usize, "object"),
                output::size(total.1)
            ))?;
            if let Some(f) = &figures {
                for l in figures_lines(f) {
                    p.line(&l)?;
                }
            }
        }
    }
    let location = if prefix.is_empty() {
        format!("sos://{bucket}")
    } else {
        format!("sos://{bucket}/{prefix}")
    };
    let count = |st: ReplicationStatus| sum.get(st.as_str()).map_or(0, |x| x.0);
    let failed = count(ReplicationStatus::Failed);
    let pending = count(ReplicationStatus::Pending);
    if failed > 0 {
        eprintln!(
            "error: {}: {} in FAILED replication state",
            location,
            plural(failed as usize, "object")
        );
        return Ok(Exit::ReplicationFailed);
    }
    if timed_out {
        eprintln!(
            "error: {}: {} still PENDING after waiting {}",
            location,
            plural(pending as usize, "object"),
            humantime(a.wait_timeout)
        );
        return Ok(Exit::TimedOut);
    }
    Ok(Exit::Success)
}

fn humantime(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs < 1.0 {
        format!("{} ms", d.as_millis())
    } else if secs < 120.0 {
        format!("{secs:.0} s")
    } else {
        format!("{:.0} min", secs / 60.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(key: &str, size: u64, status: Option<&str>) -> ObjStatus {
        ObjStatus {
            key: key.into(),
            version_id: None,
            size,
            status: status.map(str::to_string),
        }
    }

    #[test]
    fn summary_counts_objects_and_bytes_per_status() {
        let objs = [
            obj("a", 10, Some("PENDING")),
            obj("b", 5, Some("PENDING")),
            obj("c", 7, Some("COMPLETED")),
            obj("d", 1, None),
            // A status this tool does not know is counted with the objects that have none.
            obj("e", 2, Some("PROCESSING")),
        ];
        let (m, total) = summary(&objs);
        assert_eq!(m["PENDING"], (2, 15));
        assert_eq!(m["COMPLETED"], (1, 7));
        assert_eq!(m["FAILED"], (0, 0));
        assert_eq!(m["REPLICA"], (0, 0));
        assert_eq!(m["none"], (2, 3));
        assert_eq!(total, (5, 25));
    }

    #[test]
    fn server_figures_are_read_leniently() {
        let fig = json!({
            "paused": true,
            "replication": [{
                "source": "a", "destination": "b", "pending": 2, "pending_bytes": 2048, "completed": 5,
                "failed": 1, "oldest_pending_age_ms": 1500, "lag_ms": {"p50": 3, "p99": 250}
            }, {"source": "a", "destination": "c"}]
        });
        let lines = figures_lines(&serde_json::from_value(fig).unwrap());
        assert_eq!(lines[0], "server: replication is paused");
        assert_eq!(
            lines[1],
            "server: a → b: 2 pending (2.0 KiB), 5 completed, 1 failed, oldest pending 1.5 s, lag p50 3 ms, p99 250 ms"
        );
        assert_eq!(lines[2], "server: a → c: no figures");
    }
}
