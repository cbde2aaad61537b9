//! `status --watch[=INTERVAL]`: a pass over the bucket every INTERVAL, shown as a live view redrawn in place
//! on a terminal (counts per status, per destination from the server, throughput, lag, oldest pending), as
//! one timestamped line per refresh when piped (`-O json`: one JSON object per line). Ctrl-C ends it (exit
//! 130); with `--wait` it ends when nothing is PENDING.

use super::figures::{figures_json, figures_lines, server_figures};
use super::scan::Tally;
use super::{Scope, summary_line};
use crate::cli::exit::Exit;
use crate::cli::output::{self, Format, plural};
use crate::cli::settings::Settings;
use crate::model::s3::ReplicationStatus;
use serde_json::json;
use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Objects and bytes COMPLETED per second between two refreshes (never negative: a deletion is no speed).
fn throughput(prev: Option<&(Tally, Instant)>, now: &Tally, at: Instant) -> Option<(f64, f64)> {
    let (before, then) = prev?;
    let secs = at.duration_since(*then).as_secs_f64();
    if secs <= 0.0 {
        return None;
    }
    let c = |t: &Tally| t.by_class[ReplicationStatus::Completed.as_str()];
    let (n0, b0) = c(before);
    let (n1, b1) = c(now);
    Some((n1.saturating_sub(n0) as f64 / secs, b1.saturating_sub(b0) as f64 / secs))
}

fn throughput_text(t: Option<(f64, f64)>) -> String {
    match t {
        Some((n, b)) => format!("{n:.1} objects/s ({}/s)", output::size(b as u64)),
        None => "- objects/s".into(),
    }
}

/// Runs the live view until Ctrl-C, or (with `wait`, its timeout) until nothing is PENDING.
pub async fn run(s: &Settings, scope: &Scope<'_>, every: Duration, wait: Option<Duration>) -> anyhow::Result<Exit> {
    let every = every.max(Duration::from_millis(100));
    let deadline = wait.map(|t| Instant::now() + t);
    let terminal = std::io::stdout().is_terminal() && s.output.format != Format::Json;
    let mut out = std::io::stdout();
    let mut drawn = 0usize;
    let mut prev: Option<(Tally, Instant)> = None;
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    loop {
        let refresh = async {
            let tally = scope.scan(|_| Ok(())).await?;
            let figures = server_figures(scope.c, scope.bucket).await;
            anyhow::Ok((tally, figures))
        };
        let (tally, figures) = tokio::select! {
            r = refresh => r?,
            _ = &mut ctrl_c => return interrupted(terminal),
        };
        let at = Instant::now();
        let speed = throughput(prev.as_ref(), &tally, at);
        let stamp = output::rfc3339(Some(time::OffsetDateTime::now_utc())).unwrap_or_default();
        let server: Vec<String> = figures.as_ref().map(figures_lines).unwrap_or_default();
        let scope_note =
            (!scope.prefix.is_empty() && !server.is_empty()).then(|| "(server figures are bucket-wide)".to_string());
        if s.output.format == Format::Json {
            let summary: serde_json::Map<String, serde_json::Value> = tally
                .by_class
                .iter()
                .map(|(k, (n, b))| (k.to_ascii_lowercase(), json!({"objects": n, "bytes": b})))
                .collect();
            let v = json!({
                "time": stamp,
                "bucket": scope.bucket,
                "prefix": scope.prefix,
                "summary": summary,
                "total": {"objects": tally.total.0, "bytes": tally.total.1},
                "delete_markers": tally.delete_markers,
                "throughput": speed.map(|(n, b)| json!({"objects_per_s": n, "bytes_per_s": b})),
                "server": figures.as_ref().map(figures_json),
            });
            writeln!(out, "{v}")?;
        } else if terminal {
            let mut lines = vec![format!(
                "{} at {stamp}, every {} (Ctrl-C ends)",
                scope.location(),
                super::humantime(every)
            )];
            for (k, (n, b)) in tally.ordered() {
                lines.push(format!("  {k:<10} {n:>10}  {}", output::size(b)));
            }
            lines.push(format!(
                "  total      {:>10}  {}",
                tally.total.0,
                output::size(tally.total.1)
            ));
            if tally.delete_markers > 0 {
                lines.push(format!("  {}", plural(tally.delete_markers as usize, "delete marker")));
            }
            lines.push(format!("throughput: {}", throughput_text(speed)));
            lines.extend(scope_note.clone());
            lines.extend(server.iter().cloned());
            if drawn > 0 {
                // Back to the first line of the previous view, and clear to the end of the screen.
                write!(out, "\x1b[{drawn}A\x1b[J")?;
            }
            for l in &lines {
                writeln!(out, "{l}")?;
            }
            drawn = lines.len();
        } else {
            let mut parts = vec![summary_line(&tally), throughput_text(speed)];
            parts.extend(scope_note.clone());
            parts.extend(server.iter().map(|l| l.trim_start_matches("server: ").to_string()));
            writeln!(out, "{stamp} {}: {}", scope.location(), parts.join("; "))?;
        }
        out.flush()?;
        let pending = tally.count(ReplicationStatus::Pending);
        if deadline.is_some() && pending == 0 {
            return Ok(match tally.count(ReplicationStatus::Failed) {
                0 => Exit::Success,
                n => {
                    eprintln!(
                        "error: {}: {} in FAILED replication state",
                        scope.location(),
                        plural(n as usize, "object")
                    );
                    Exit::ReplicationFailed
                }
            });
        }
        if let Some(d) = deadline
            && Instant::now() >= d
        {
            eprintln!(
                "error: {}: {} still PENDING after waiting {}",
                scope.location(),
                plural(pending as usize, "object"),
                super::humantime(wait.unwrap_or_default())
            );
            return Ok(Exit::TimedOut);
        }
        prev = Some((tally, at));
        let pause = match deadline {
            Some(d) => every.min(d.saturating_duration_since(Instant::now())),
            None => every,
        };
        tokio::select! {
            _ = tokio::time::sleep(pause) => {}
            _ = &mut ctrl_c => return interrupted(terminal),
        }
    }
}

fn interrupted(terminal: bool) -> anyhow::Result<Exit> {
    if terminal {
        eprintln!();
    }
    Ok(Exit::Interrupted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::replication::status::scan::{ObjStatus, Seen};

    #[test]
    fn throughput_is_completed_per_second() {
        let t0 = Instant::now();
        let before = Tally::default();
        let mut after = Tally::default();
        for _ in 0..4 {
            after.add(&Seen::Object(ObjStatus {
                key: "k".into(),
                version_id: None,
                size: 512,
                status: Some("COMPLETED".into()),
                reason: None,
                latest: true,
            }));
        }
        let (n, b) = throughput(Some(&(before.clone(), t0)), &after, t0 + Duration::from_secs(2)).unwrap();
        assert_eq!((n, b), (2.0, 1024.0));
        assert_eq!(throughput_text(Some((n, b))), "2.0 objects/s (1.0 KiB/s)");
        // Fewer COMPLETED than before (deleted): zero, not negative.
        let (n, _) = throughput(Some(&(after, t0)), &before, t0 + Duration::from_secs(1)).unwrap();
        assert_eq!(n, 0.0);
        assert!(throughput(None, &before, t0).is_none());
    }
}
