//! `sosctl bucket replication status sos://BUCKET[/PREFIX]`: the replication status of each current version
//! (every version with `--versions`), streamed from the listing through a bounded HEAD fan-out
//! ([`scan::head_stream`]) into a per-status summary, with the rows the filters select; `--wait` polls the
//! versions still PENDING (a [`WaitBar`] on a terminal) until none is or the timeout passes; `--watch`
//! refreshes a live view ([`watch`]). Against the bundled server its own figures are added ([`figures`]),
//! and the reason of each FAILED version.

mod figures;
mod scan;
mod watch;

use crate::cli::connect::client_for_bucket;
use crate::cli::exit::Exit;
use crate::cli::output::{self, Format, Printer, plural};
use crate::cli::parse;
use crate::cli::progress::WaitBar;
use crate::cli::settings::Settings;
use crate::cli::target;
use crate::model::operator::OperatorReport;
use crate::model::s3::ReplicationStatus;
use crate::s3::Client;
use figures::{figures_json, figures_lines, server_figures};
use futures_util::TryStreamExt;
use scan::{ObjStatus, Seen, Tally, head_stream, listing, rehead};
use serde_json::{Value, json};
use std::io::Write;
use std::time::{Duration, Instant};

/// At most this many rows in a table (it is laid out whole); beyond, the summary and a note. `-O text` and
/// `-O json` stream every row.
const TABLE_ROWS: usize = 1000;

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
    /// Only the per-status and per-destination summary, no row per object
    #[arg(long)]
    pub summary: bool,
    /// List the PENDING objects (filters combine: any of them)
    #[arg(long)]
    pub pending: bool,
    /// List the FAILED objects, with the reason when the server gives one
    #[arg(long)]
    pub failed: bool,
    /// List the COMPLETED objects
    #[arg(long)]
    pub completed: bool,
    /// List the REPLICA objects (written by replication)
    #[arg(long)]
    pub replica: bool,
    /// List the objects without a status (no rule selected them, or written before the rule)
    #[arg(long)]
    pub none: bool,
    /// Every version, not only the current ones (delete markers are counted apart)
    #[arg(long)]
    pub versions: bool,
    /// Objects HEADed at once: pinned at N [default: adaptive, up to 512]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub concurrency: Option<u16>,
    /// Live view refreshed every INTERVAL (default 2s): in place on a terminal, timestamped lines when piped
    #[arg(long, value_name = "INTERVAL", num_args = 0..=1, require_equals = true, default_missing_value = "2s",
          value_parser = parse::duration, conflicts_with_all = ["summary", "pending", "failed", "completed", "replica", "none"])]
    pub watch: Option<Duration>,
}

const STATUS_HELP: &str = "\
Lists the current versions (--versions: every version) under the bucket or prefix, page by page, and HEADs \
each (as many at once as the link needs, at most 512; --concurrency N pins it) for its x-amz-replication-status: PENDING, COMPLETED, FAILED or REPLICA; `-` \
when it has none (no rule selected it, or it was written before the config). Memory stays bounded whatever \
the bucket holds: rows are streamed (a table shows at most 1000 rows, then says how many more there are; \
-O text and -O json stream them all). Delete markers are counted apart (with --versions), not HEADed.

Filters --pending, --failed, --completed, --replica, --none list only the objects in those states (any of \
them); the summary still counts all. --summary prints the summary alone. A FAILED row carries the reason \
when the server gives one (the bundled server's x-sosctl-replication-failure header); when anything FAILED, \
hints name what to run next: `bucket replication check` (prerequisites), `bucket replication diff` (what \
the destination lacks), `bucket replication sync --failed` or `bucket replication retry`.

--wait re-reads the versions still PENDING (the same version ids) with a growing interval, until none is or \
--wait-timeout passes; a progress bar is drawn on stderr when it is a terminal. Against the bundled server \
(`sosctl serve`), its replication figures per destination (pending, completed, failed with the last \
reason, oldest pending, lag percentiles) are added from its /_sosctl/replication endpoint; they are \
bucket-wide, also for a prefix (said so).

--watch[=INTERVAL] (default 2s) is a live view: counts per status and per destination, throughput \
(objects and bytes completed per second), lag and oldest pending, redrawn in place on a terminal; when \
stdout is not a terminal, one timestamped line per refresh (-O json: one JSON object per line). Ctrl-C ends \
it (exit 130); with --wait it ends by itself when nothing is PENDING.

Output: table Key, Version, Size, Status (and Reason when a FAILED row is shown), then a summary table \
Status, Objects, Size; json {bucket, prefix, versions, objects: [{key, version_id, size, status, reason, \
latest}] (absent with --summary), summary: {pending, completed, failed, replica, none: {objects, bytes}}, \
total: {objects, bytes}, delete_markers, waited, timed_out, server (the bundled server's figures, or \
null)}; text `key<TAB>version<TAB>size<TAB>status<TAB>reason` lines (the summary goes to stderr).

Exit codes: 0 nothing FAILED (and, with --wait, nothing PENDING); 4 an object is FAILED (also when --wait \
timed out); 3 --wait timed out with objects still PENDING; 130 --watch ended by Ctrl-C; 1 the requests \
failed.";

/// Where the status is read: the bucket, the prefix, how.
pub struct Scope<'a> {
    pub c: &'a Client,
    pub bucket: &'a str,
    pub prefix: &'a str,
    pub versions: bool,
    pub concurrency: usize,
}

impl Scope<'_> {
    /// `sos://bucket` or `sos://bucket/prefix`.
    fn location(&self) -> String {
        if self.prefix.is_empty() {
            format!("sos://{}", self.bucket)
        } else {
            format!("sos://{}/{}", self.bucket, self.prefix)
        }
    }

    /// One pass: every version's status handed to `each` in listing order, and the tally.
    async fn scan(&self, mut each: impl FnMut(&ObjStatus) -> anyhow::Result<()>) -> anyhow::Result<Tally> {
        let mut tally = Tally::default();
        let seen = head_stream(
            self.c,
            self.bucket,
            listing(self.c, self.bucket, self.prefix, self.versions),
            self.concurrency,
        );
        futures_util::pin_mut!(seen);
        while let Some(s) = seen.try_next().await? {
            tally.add(&s);
            if let Seen::Object(o) = &s {
                each(o)?;
            }
        }
        Ok(tally)
    }
}

/// Which rows are listed.
struct Filter {
    summary_only: bool,
    classes: Vec<&'static str>,
}

impl Filter {
    fn of(a: &StatusArgs) -> Filter {
        let mut classes = Vec::new();
        for (on, st) in [
            (a.pending, ReplicationStatus::Pending.as_str()),
            (a.completed, ReplicationStatus::Completed.as_str()),
            (a.failed, ReplicationStatus::Failed.as_str()),
            (a.replica, ReplicationStatus::Replica.as_str()),
            (a.none, scan::NONE),
        ] {
            if on {
                classes.push(st);
            }
        }
        Filter {
            summary_only: a.summary,
            classes,
        }
    }
    fn shows(&self, o: &ObjStatus) -> bool {
        !self.summary_only && (self.classes.is_empty() || self.classes.contains(&o.class()))
    }
}

/// The rows, as they come: a bounded table, text lines or JSON array elements streamed to stdout.
struct Rows {
    format: Format,
    out: std::io::BufWriter<std::io::Stdout>,
    table: Vec<ObjStatus>,
    not_shown: u64,
    written: u64,
}

impl Rows {
    fn new(format: Format) -> Rows {
        Rows {
            format,
            out: std::io::BufWriter::new(std::io::stdout()),
            table: Vec::new(),
            not_shown: 0,
            written: 0,
        }
    }

    fn push(&mut self, o: &ObjStatus) -> std::io::Result<()> {
        let dash = |s: &Option<String>| s.clone().unwrap_or_else(|| "-".into());
        match self.format {
            Format::Table if self.table.len() < TABLE_ROWS => self.table.push(o.clone()),
            Format::Table => self.not_shown += 1,
            Format::Text => {
                let cells = [
                    o.key.clone(),
                    dash(&o.version_id),
                    o.size.to_string(),
                    dash(&o.status),
                    dash(&o.reason),
                ];
                writeln!(self.out, "{}", cells.join("\t"))?;
            }
            Format::Json => {
                let sep = if self.written == 0 { "\n" } else { ",\n" };
                let v = json!({
                    "key": o.key, "version_id": o.version_id, "size": o.size, "status": o.status,
                    "reason": o.reason, "latest": o.latest,
                });
                write!(self.out, "{sep}    {v}")?;
            }
        }
        self.written += 1;
        Ok(())
    }
}

/// `sosctl bucket replication status`.
pub async fn run(s: &Settings, a: StatusArgs) -> anyhow::Result<Exit> {
    let t = target::parse(&a.target)?;
    let bucket = t.bucket.clone();
    let prefix = t.key.clone().unwrap_or_default();
    let c = client_for_bucket(s, &bucket, &format!("listing sos://{bucket}/{prefix}")).await?;
    // The HEADs adapt to the link (crate::s3::limiter) unless --concurrency pins them; the fan-out keeps
    // the limiter's ceiling in flight and the limiter decides how many of those are sent.
    let limiter = std::sync::Arc::new(crate::s3::Limiter::from_flag(a.concurrency.map(usize::from)));
    let (c, concurrency) = (c.with_limiter(limiter.clone()), limiter.ceiling());
    let scope = Scope {
        c: &c,
        bucket: &bucket,
        prefix: &prefix,
        versions: a.versions,
        concurrency,
    };
    if let Some(every) = a.watch {
        return watch::run(s, &scope, every, a.wait.then_some(a.wait_timeout)).await;
    }
    let p = s.printer();
    let timed_out = match a.wait {
        true => wait_for_pending(&p, &scope, a.wait_timeout).await?,
        false => false,
    };

    let filter = Filter::of(&a);
    let mut rows = Rows::new(s.output.format);
    if s.output.format == Format::Json {
        let head = json!({"bucket": bucket, "prefix": prefix, "versions": a.versions});
        let head = serde_json::to_string_pretty(&head).expect("JSON values serialize");
        // The opening members, then the objects streamed, then the rest (see `json_tail`).
        write!(rows.out, "{}", head.trim_end_matches(['}', '\n']))?;
        if !filter.summary_only {
            write!(rows.out, ",\n  \"objects\": [")?;
        }
    }
    let tally = scope
        .scan(|o| {
            if filter.shows(o) {
                rows.push(o)?;
            }
            Ok(())
        })
        .await?;
    // Objects without any status are what a bucket without a config shows: say so rather than leave a
    // column of `-` to interpret. Only asked then (an error asking is no answer), at the same time as the
    // server's figures: one round trip for both.
    let all_none = tally.total.0 > 0 && tally.by_class[scan::NONE].0 == tally.total.0;
    let (figures, config) = tokio::join!(server_figures(&c, &bucket), async {
        match all_none {
            true => Some(c.get_bucket_replication(&bucket).await),
            false => None,
        }
    });
    let has_config = !matches!(config, Some(Ok(None)));
    if !has_config {
        p.note(&format!(
            "note: sos://{bucket} has no replication configuration, so its objects carry no replication status \
             (set one with `sosctl bucket replication set sos://{bucket} FILE`)"
        ));
    }
    let done = Done {
        a: &a,
        scope: &scope,
        tally: &tally,
        figures: figures.as_ref(),
        timed_out,
    };
    done.print(&p, rows, &filter)?;
    Ok(done.exit())
}

/// The outcome of a pass, printed after the rows.
struct Done<'a> {
    a: &'a StatusArgs,
    scope: &'a Scope<'a>,
    tally: &'a Tally,
    figures: Option<&'a OperatorReport>,
    timed_out: bool,
}

impl Done<'_> {
    fn summary_line(&self) -> String {
        summary_line(self.tally)
    }

    /// The server's figures, said to be bucket-wide when a prefix was asked.
    fn figure_lines(&self) -> Vec<String> {
        let Some(f) = self.figures else { return Vec::new() };
        let mut lines = Vec::new();
        if !self.scope.prefix.is_empty() && !f.replication.is_empty() {
            lines.push(format!(
                "server figures are bucket-wide (all of sos://{}, not only {}):",
                self.scope.bucket, self.scope.prefix
            ));
        }
        lines.extend(figures_lines(f));
        lines
    }

    fn print(&self, p: &Printer, mut rows: Rows, filter: &Filter) -> anyhow::Result<()> {
        let t = self.tally;
        match rows.format {
            Format::Json => {
                if !filter.summary_only {
                    write!(rows.out, "{}]", if rows.written > 0 { "\n  " } else { "" })?;
                }
                let summary: serde_json::Map<String, Value> = t
                    .by_class
                    .iter()
                    .map(|(k, (n, b))| (k.to_ascii_lowercase(), json!({"objects": n, "bytes": b})))
                    .collect();
                let tail = json!({
                    "summary": summary,
                    "total": {"objects": t.total.0, "bytes": t.total.1},
                    "noncurrent": t.noncurrent,
                    "delete_markers": t.delete_markers,
                    "waited": self.a.wait,
                    "timed_out": self.timed_out,
                    "server": self.figures.map(figures_json),
                });
                let tail = serde_json::to_string_pretty(&tail).expect("JSON values serialize");
                writeln!(rows.out, ",{}", tail.trim_start_matches('{'))?;
                rows.out.flush()?;
            }
            Format::Text => {
                rows.out.flush()?;
                p.note(&self.summary_line());
                for l in self.figure_lines() {
                    p.note(&l);
                }
            }
            Format::Table => {
                if !rows.table.is_empty() {
                    let with_reason = rows.table.iter().any(|o| o.reason.is_some());
                    let mut header = vec!["Key", "Version", "Size", "Status"];
                    if with_reason {
                        header.push("Reason");
                    }
                    let dash = |s: &Option<String>| s.clone().unwrap_or_else(|| "-".into());
                    let cells: Vec<Vec<String>> = rows
                        .table
                        .iter()
                        .map(|o| {
                            let mut r = vec![
                                o.key.clone(),
                                dash(&o.version_id),
                                output::size(o.size),
                                dash(&o.status),
                            ];
                            if with_reason {
                                r.push(dash(&o.reason));
                            }
                            r
                        })
                        .collect();
                    p.table(&header, &cells)?;
                }
                if rows.not_shown > 0 {
                    let n = rows.not_shown;
                    p.line(&format!(
                        "… and {n} more {} not shown (a table holds {TABLE_ROWS}; -O text or -O json streams \
                         every row, --summary or a filter narrows)",
                        if n == 1 { "object" } else { "objects" }
                    ))?;
                }
                let summary_rows: Vec<Vec<String>> = t
                    .ordered()
                    .into_iter()
                    .filter(|(_, (n, _))| *n > 0)
                    .map(|(k, (n, b))| vec![k.to_string(), n.to_string(), output::size(b)])
                    .collect();
                if !summary_rows.is_empty() {
                    p.table(&["Status", "Objects", "Size"], &summary_rows)?;
                }
                p.line(&format!(
                    "total: {} ({})",
                    plural(t.total.0 as usize, "object"),
                    output::size(t.total.1)
                ))?;
                if self.a.versions {
                    p.line(&format!(
                        "of which {} not current; {} (counted apart)",
                        plural(t.noncurrent as usize, "version"),
                        plural(t.delete_markers as usize, "delete marker")
                    ))?;
                }
                for l in self.figure_lines() {
                    p.line(&l)?;
                }
            }
        }
        Ok(())
    }

    fn exit(&self) -> Exit {
        let location = self.scope.location();
        let failed = self.tally.count(ReplicationStatus::Failed);
        let pending = self.tally.count(ReplicationStatus::Pending);
        if failed > 0 {
            eprintln!(
                "error: {location}: {} in FAILED replication state",
                plural(failed as usize, "object")
            );
            for h in failure_hints(self.scope.bucket, self.a.failed) {
                eprintln!("{h}");
            }
            return Exit::ReplicationFailed;
        }
        if self.timed_out {
            eprintln!(
                "error: {location}: {} still PENDING after waiting {}",
                plural(pending as usize, "object"),
                humantime(self.a.wait_timeout)
            );
            return Exit::TimedOut;
        }
        Exit::Success
    }
}

/// What to run about FAILED objects: the causes first, then the repairs.
fn failure_hints(bucket: &str, listed: bool) -> Vec<String> {
    let mut v = Vec::new();
    if !listed {
        v.push(format!(
            "hint: list them with their reasons: `sosctl bucket replication status --failed sos://{bucket}`"
        ));
    }
    v.push(format!(
        "hint: check the prerequisites (destination exists, versioning, Object Lock): `sosctl bucket replication \
         check sos://{bucket}`"
    ));
    v.push(format!(
        "hint: see what the destinations lack: `sosctl bucket replication diff sos://{bucket}`"
    ));
    v.push(format!(
        "hint: once the cause is fixed, send them again: `sosctl bucket replication sync --failed sos://{bucket}` \
         (copies them) or `sosctl bucket replication retry sos://{bucket}` (asks the server to replicate them again)"
    ));
    v
}

/// `5 objects (1.2 KiB): 2 PENDING (…), 3 COMPLETED (…)`.
pub fn summary_line(t: &Tally) -> String {
    let parts: Vec<String> = t
        .ordered()
        .into_iter()
        .filter(|(_, (n, _))| *n > 0)
        .map(|(k, (n, b))| format!("{n} {k} ({})", output::size(b)))
        .collect();
    let mut line = format!(
        "{} ({}){}{}",
        plural(t.total.0 as usize, "object"),
        output::size(t.total.1),
        if parts.is_empty() { "" } else { ": " },
        parts.join(", ")
    );
    if t.delete_markers > 0 {
        line.push_str(&format!("; {}", plural(t.delete_markers as usize, "delete marker")));
    }
    line
}

/// `--wait`: one pass keeping only the versions PENDING, then those HEADed again with a growing interval
/// until none is or `timeout` passes. Returns whether it timed out.
async fn wait_for_pending(p: &Printer, scope: &Scope<'_>, timeout: Duration) -> anyhow::Result<bool> {
    let deadline = Instant::now() + timeout;
    let mut pending: Vec<ObjStatus> = Vec::new();
    let tally = scope
        .scan(|o| {
            if o.is(ReplicationStatus::Pending) {
                pending.push(o.clone());
            }
            Ok(())
        })
        .await?;
    let total = tally.total.0 as usize;
    let bar = WaitBar::new(p, total);
    let mut interval = Duration::from_millis(200);
    let timed_out = loop {
        bar.show(total.saturating_sub(pending.len()), pending.len());
        if pending.is_empty() {
            break false;
        }
        let now = Instant::now();
        if now >= deadline {
            break true;
        }
        tokio::time::sleep(interval.min(deadline - now)).await;
        interval = (interval * 3 / 2).min(Duration::from_secs(5));
        // Re-read exactly the versions seen PENDING: a newer write is not what was waited for. A version
        // deleted meanwhile no longer waits for anything.
        let fresh: Vec<Seen> = rehead(scope.c, scope.bucket, std::mem::take(&mut pending), scope.concurrency)
            .try_collect()
            .await?;
        pending = fresh
            .into_iter()
            .filter_map(|s| match s {
                Seen::Object(o) if o.is(ReplicationStatus::Pending) => Some(o),
                _ => None,
            })
            .collect();
    };
    bar.finish();
    Ok(timed_out)
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

    #[test]
    fn hints_name_the_commands_to_run() {
        let h = failure_hints("b", false);
        assert!(h[0].contains("status --failed sos://b"));
        assert!(
            h.iter()
                .any(|l| l.contains("`sosctl bucket replication check sos://b`"))
        );
        assert!(h.iter().any(|l| l.contains("`sosctl bucket replication diff sos://b`")));
        assert!(
            h.iter()
                .any(|l| l.contains("sync --failed sos://b") && l.contains("retry sos://b"))
        );
        assert!(!failure_hints("b", true)[0].contains("status --failed"));
    }
}
