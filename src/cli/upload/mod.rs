//! `sosctl upload FILE... sos://BUCKET/[PREFIX/]`: plans which file goes to which key ([`plan`]), sends
//! them concurrently within a memory budget ([`send`]), and aborts the multipart uploads in flight on
//! Ctrl-C (exit 130), so that no partial object is left.

pub mod plan;
pub mod send;

use crate::cli::connect::{self, explain, locate};
use crate::cli::exit::{Exit, UsageError};
use crate::cli::output::{self, Format, Printer};
use crate::cli::parse;
use crate::cli::progress::reporter;
use crate::cli::settings::Settings;
use crate::cli::target;
use crate::cli::zones::Located;
use crate::s3::{Client, Limiter, Presence};
use plan::plan_upload;
use send::{MIN_PART, Uploaded, Uploader, abort_in_flight, effective_part_size, run_uploads};
use serde_json::json;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::watch;

#[derive(Debug, clap::Args)]
#[command(after_long_help = UPLOAD_OUTPUT_HELP)]
pub struct UploadArgs {
    /// Local files or directories, then the destination sos://BUCKET/[PREFIX/]
    #[arg(required = true, num_args = 2..)]
    pub args: Vec<String>,
    /// Upload directories recursively (rsync-like: `dir/` uploads the contents of dir)
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// Show what would be uploaded, upload nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
    /// Canned ACL for the uploaded objects
    #[arg(long, value_name = "ACL", value_parser = parse::object_acl)]
    pub acl: Option<String>,
    /// Requests (files and parts) in flight: pinned at N [default: adaptive, up to 512]
    #[arg(long, value_name = "N")]
    pub concurrency: Option<usize>,
    /// Part size of multipart uploads (files above it are sent in parts), e.g. 8MiB
    #[arg(long, value_name = "SIZE", default_value = "8MiB", value_parser = parse::size)]
    pub part_size: u64,
}

/// Help of `upload -O json` / `-O text`.
const UPLOAD_OUTPUT_HELP: &str = "\
Destination: `upload FILE sos://b` uploads to the key FILE's name; `sos://b/prefix/` to prefix/NAME;
`sos://b/key` (no trailing `/`, one file) to that key; several FILEs to a destination without a
trailing `/` (other than the bucket) are refused, as in exo. `-r dir` uploads dir's files as dir/...;
`-r dir/` (trailing slash, rsync-like) uploads the contents of dir. Content-Type comes from the local
file name's extension (application/octet-stream when unknown). Files above --part-size are sent as
multipart uploads whose parts go in parallel. Requests in flight adapt to the link (from 16, or more
when the server is far, growing while throughput grows, halved on 503 SlowDown or errors, at most
512); --concurrency N pins them at N.
At most 32 MiB (or one part) of file data is in memory. A failed part, or Ctrl-C (exit 130), aborts
the multipart uploads in flight, so no partial object is left.
On a terminal (unless -Q), stderr shows a bar per file in flight and a total bar (`3/10 files`, bytes,
rate, time left), and each finished file leaves a line `NAME  SIZE / SIZE | TIME` as exo's do.
Output: table prints `uploaded N files, SIZE` on stderr (and one line per file with -n); json
{dry_run, files, bytes, uploaded: [{file, bucket, key, size (bytes), content_type, etag (null with
-n), parts (0 for a single PUT)}]} (exo prints no JSON document for upload, only its progress bars);
text one `file<TAB>sos://bucket/key<TAB>size` line per file.";

/// `sosctl upload`.
pub async fn run(s: &Settings, a: UploadArgs) -> anyhow::Result<Exit> {
    let (dest_arg, sources) = a.args.split_last().expect("clap requires two arguments");
    let dest = target::parse(dest_arg)?;
    if a.concurrency == Some(0) {
        return Err(UsageError::new("--concurrency must be at least 1").into());
    }
    if a.part_size < MIN_PART {
        return Err(UsageError::new(format!(
            "--part-size {} is too small: S3 parts are at least 5 MiB",
            output::size(a.part_size)
        ))
        .into());
    }
    if a.part_size > 5 << 30 {
        return Err(UsageError::new("--part-size is too large: S3 parts are at most 5 GiB").into());
    }
    if a.dry_run {
        let items = plan_upload(sources, &dest, a.recursive)?;
        let done: Vec<Uploaded> = items
            .into_iter()
            .map(|item| Uploaded {
                parts: if item.size > a.part_size {
                    item.size.div_ceil(effective_part_size(item.size, a.part_size)) as u32
                } else {
                    0
                },
                item,
                etag: None,
            })
            .collect();
        print_uploaded(s, &s.printer(), &dest.bucket, &done, true)?;
        return Ok(Exit::Success);
    }
    let doing = format!("uploading to sos://{}", dest.bucket);
    let asked = Instant::now();
    let locating = locate(s, &dest.bucket, &doing);
    tokio::pin!(locating);
    // The local files are walked (on a blocking thread) while the HEAD that finds the bucket's zone
    // travels: for a thousand files the walk takes a few milliseconds, which a distant server's answer
    // hides. A walk that fails (a missing file) is told first, as when nothing is sent.
    let planning = {
        let (sources, dest, recursive) = (sources.to_vec(), dest.clone(), a.recursive);
        tokio::task::spawn_blocking(move || plan_upload(&sources, &dest, recursive))
    };
    let (planned, answered) = awaiting_with(planning, &mut locating).await;
    let items = planned??;
    let p = s.printer();
    let limiter = Arc::new(Limiter::from_flag(a.concurrency));
    let total: u64 = items.iter().map(|i| i.size).sum();
    let uploader = |c: Client| {
        Uploader::new(
            c,
            &dest.bucket,
            a.acl.clone(),
            a.part_size,
            limiter.ceiling(),
            &items,
            reporter(&p, total, items.len(), "uploading"),
        )
    };
    // The HEAD that finds the bucket's zone usually answers at once (loopback, a near server). When it
    // takes longer, small files go meanwhile to the settings' zone (`Uploader::early`), with the requests in
    // flight growing with the wait (`Limiter::first_answer_pending`): far away, the first round's
    // connections are opened while the HEAD travels. `--concurrency N` pins the requests in flight: nothing
    // goes beside the HEAD then.
    let first = match (answered, a.concurrency) {
        (Some(found), _) => Some(found),
        (None, Some(_)) => Some((&mut locating).await),
        (None, None) => {
            let left = EARLY_AFTER.saturating_sub(asked.elapsed());
            tokio::time::timeout(left, &mut locating).await.ok()
        }
    };
    let (up, found_tx) = match first {
        Some(found) => (
            uploader(zone_client(found?, &limiter, &dest.bucket, &doing).await?),
            None,
        ),
        None => {
            let (tx, rx) = watch::channel(None);
            let guess = connect::client(s)?.with_limiter(limiter.clone());
            (uploader(guess).early(rx), Some(tx))
        }
    };
    let up = Arc::new(up);
    let mut located = found_tx.is_none();
    let mut tick = tokio::time::interval(PENDING_TICK);
    // Boxed so that Ctrl-C can drop it (and with it the task sets, which aborts their tasks).
    let mut work = Box::pin(run_uploads(up.clone(), items, limiter.ceiling()));
    // One listener for the whole loop: a Ctrl-C while a branch runs (the HEAD of a missing bucket) is kept
    // for the next turn, not lost between two listeners.
    let interrupted = tokio::signal::ctrl_c();
    tokio::pin!(interrupted);
    let result = loop {
        tokio::select! {
            r = &mut work => break r,
            found = &mut locating, if !located => {
                located = true;
                // A missing or forbidden bucket ends the run here, with the error of its HEAD; the files
                // sent early to the settings' zone then failed or wait, and are dropped with the work.
                let c = zone_client(found?, &limiter, &dest.bucket, &doing).await?;
                if let Some(tx) = &found_tx {
                    let _ = tx.send(Some(c));
                }
            }
            _ = tick.tick(), if !located => limiter.first_answer_pending(asked.elapsed()),
            _ = &mut interrupted => {
                // Dropping the work aborts every task; then the uploads they left open are aborted.
                drop(work);
                let n = abort_in_flight(&up).await;
                drop(up);
                p.note(&format!("interrupted: aborted {}", output::plural(n, "multipart upload")));
                return Ok(Exit::Interrupted);
            }
        }
    };
    drop(up);
    let mut done = result?;
    // Finished in completion order; print in key order, as download does, so the output is stable.
    done.sort_by(|x, y| x.item.key.cmp(&y.item.key));
    print_uploaded(s, &p, &dest.bucket, &done, false)?;
    Ok(Exit::Success)
}

/// Awaits `main` while `beside` runs too: `main`'s output, and `beside`'s if it finished first (else it is
/// left to be awaited further).
async fn awaiting_with<A: Future, B: Future + Unpin>(main: A, beside: &mut B) -> (A::Output, Option<B::Output>) {
    tokio::pin!(main);
    let mut done = None;
    loop {
        tokio::select! {
            out = &mut main => return (out, done),
            out = &mut *beside, if done.is_none() => done = Some(out),
        }
    }
}

/// How long the zone HEAD may take before small files are sent meanwhile (see [`Uploader::early`]): on
/// loopback and near servers it has answered by then, and nothing is sent early.
const EARLY_AFTER: Duration = Duration::from_millis(5);
/// How often the limit follows the wait for the zone HEAD while files are sent early.
const PENDING_TICK: Duration = Duration::from_millis(2);

/// The client for the bucket's zone, with the upload's limiter. The HEAD that found the zone tells
/// whether the bucket is there; any other answer is asked again for the error to tell (missing,
/// forbidden...).
async fn zone_client(found: Located, limiter: &Arc<Limiter>, bucket: &str, doing: &str) -> anyhow::Result<Client> {
    let c = found.client.with_limiter(limiter.clone());
    if found.location.presence != Presence::Here {
        c.head_bucket(bucket)
            .await
            .map_err(|e| explain(e, doing, bucket, None))?;
    }
    Ok(c)
}

fn print_uploaded(s: &Settings, p: &Printer, bucket: &str, done: &[Uploaded], dry_run: bool) -> anyhow::Result<()> {
    let bytes: u64 = done.iter().map(|u| u.item.size).sum();
    match s.output.format {
        Format::Json => p.json(&json!({
            "dry_run": dry_run,
            "files": done.len(),
            "bytes": bytes,
            "uploaded": done.iter().map(|u| json!({
                "file": u.item.file.display().to_string(),
                "bucket": bucket,
                "key": u.item.key,
                "size": u.item.size,
                "content_type": u.item.content_type(),
                "etag": u.etag,
                "parts": u.parts,
            })).collect::<Vec<_>>(),
        }))?,
        Format::Text => p.text_rows(
            &done
                .iter()
                .map(|u| {
                    vec![
                        u.item.file.display().to_string(),
                        format!("sos://{bucket}/{}", u.item.key),
                        u.item.size.to_string(),
                    ]
                })
                .collect::<Vec<_>>(),
        )?,
        Format::Table => {
            if dry_run {
                for u in done {
                    p.line(&format!(
                        "would upload {} -> sos://{bucket}/{} ({})",
                        u.item.file.display(),
                        u.item.key,
                        output::size(u.item.size)
                    ))?;
                }
            }
            p.note(&format!(
                "{} {}, {}",
                if dry_run { "would upload" } else { "uploaded" },
                output::plural(done.len(), "file"),
                output::size(bytes)
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::awaiting_with;
    use tokio::sync::oneshot;

    #[tokio::test]
    async fn what_runs_beside_the_walk_is_kept_when_it_ends_first_and_awaited_on_when_not() {
        // The HEAD answers before the walk ends (the walk waits for it here): its answer comes back with
        // the walk's.
        let (answer, answered) = oneshot::channel();
        let head = async move { answer.send("found").unwrap() };
        tokio::pin!(head);
        let walk = async move { answered.await.unwrap() };
        assert_eq!(awaiting_with(walk, &mut head).await, ("found", Some(())));
        // The walk ends first: the HEAD is still out, and is awaited afterwards.
        let (answer, answered) = oneshot::channel();
        let head = async move { answered.await.unwrap() };
        tokio::pin!(head);
        let walk = async { "planned" };
        assert_eq!(awaiting_with(walk, &mut head).await, ("planned", None));
        answer.send("found").unwrap();
        assert_eq!(head.await, "found");
    }
}
