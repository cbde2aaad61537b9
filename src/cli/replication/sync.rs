//! `sosctl bucket replication sync sos://SRC[/PREFIX]`: makes every destination hold what the rules select,
//! acting on `diff`'s [`findings`] as they stream: copies what is missing or different (server-side
//! CopyObject when both buckets are on the same endpoint and zone, UploadPartCopy above 5 GiB; else a GET
//! streamed into a PUT or a multipart upload, in bounded memory, no temporary file), replicates delete
//! markers where the rule says so, and deletes what only the destination holds with `--delete-extra`.
//! Idempotent (a second run finds nothing to do) and resumable (a new run diffs again); Ctrl-C aborts the
//! multipart uploads in flight.

use super::diff::{Finding, Pair, Scope, ScopeArgs, findings, open};
use crate::cli::connect::explain;
use crate::cli::exit::Exit;
use crate::cli::output::{self, Format, Printer, plural};
use crate::cli::progress::{FileProgress, Reporter, reporter};
use crate::cli::prompt;
use crate::cli::settings::Settings;
use crate::cli::upload::send::{Memory, open_uploads};
use crate::model::diff::Class;
use crate::s3::{Client, CompletedPart, CopyObjectOptions, GetObjectOptions, ObjectHead, PutObjectOptions};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

#[derive(Debug, clap::Args)]
#[command(after_long_help = SYNC_HELP)]
pub struct SyncArgs {
    /// sos://SRC[/PREFIX] (the source)
    pub target: String,
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// Print the plan (what would be copied or deleted), change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Only the objects whose source replication status is FAILED
    #[arg(long)]
    pub failed: bool,
    /// Also delete the objects only the destination holds (asks on a terminal; -f in scripts)
    #[arg(long)]
    pub delete_extra: bool,
    /// Do not ask before --delete-extra deletes
    #[arg(short, long)]
    pub force: bool,
    /// Test-only: a server-side copy of an object above SIZE is a multipart copy (UploadPartCopy) in
    /// parts of SIZE, instead of above 5 GiB in parts of 512 MiB (so that the tests exercise it with a
    /// few MiB; the destination still refuses parts below 5 MiB but the last)
    #[arg(long, hide = true, value_name = "SIZE", value_parser = crate::cli::parse::size)]
    pub test_copy_part_size: Option<u64>,
    /// Test-only: wait MS milliseconds before each part of a multipart copy (to catch one midway)
    #[arg(long, hide = true, default_value_t = 0, value_name = "MS")]
    pub test_part_delay_ms: u64,
}

const SYNC_HELP: &str = "\
Acts on what `bucket replication diff` finds (the same selection, --to, --versions, --checksum, --shard): \
copies each missing or different object, and each a destination hides behind a delete marker; writes a \
delete marker at the destination where the source's latest is one and its rule has DeleteMarkerReplication \
Enabled; with --delete-extra deletes (a delete marker, on a versioned destination) each object only the \
destination holds. Pending objects (replication on its way) and unverified ones (multipart ETags; --checksum \
compares them) are left alone.

A copy keeps Content-Type, Content-Encoding, Content-Disposition, Content-Language, Cache-Control, Expires \
and the user metadata (x-amz-meta-*), and, when the destination has Object Lock, the retention (if not \
expired) and the legal hold. Same endpoint and zone: the destination's server copies (CopyObject; \
UploadPartCopy parts above 5 GiB). Otherwise the object is read and written by sosctl, streamed: whole up \
to 8 MiB, else a multipart upload of ranged reads, at most 16 MiB of object data in memory (however many \
copies are in flight), no temporary file.

Requests in flight (HEADs, copies, reads): as many as the link needs, adapting like upload's (from 16 or more, at \
most 512, halved on 503 SlowDown); --concurrency N pins them at N. On a terminal the total bar shows the \
objects done of those planned so far (a `+` while the diff is still listing) and the bytes, and each object \
above 8 MiB has a bar of its own.

A copy is a new write at the destination: it gets a new version id and no REPLICA replication status (only \
the service's own replication writes replicas with the source's version id). In a bi-directional pair the \
copy is, at the destination, a new object that its own rule replicates back once, as a replica, to the \
source, where it becomes the latest version (with the same content); it does not bounce further, as \
replicas do not replicate.

Idempotent: a second run finds nothing to copy. Resumable: Ctrl-C (exit 130) aborts the multipart uploads \
in flight, and the next run starts by diffing again. --shard I/N splits the work between N processes.

Output: table Destination, Method, Copied, Bytes, Delete markers, Deleted, Skipped, Failed; json {source, \
prefix, shard, dry_run, destinations: [{bucket, method, copied: {objects, bytes}, delete_markers, deleted, \
skipped: {reason: objects}, failed: [{key, reason}], planned: [{key, action, bytes}] (with --dry-run)}]}; \
text `destination<TAB>action<TAB>key<TAB>bytes<TAB>result` for each object acted on.

Exit codes: 0 everything copied (or, --dry-run, planned); 4 a copy or delete failed (the others went on); \
1 the listings or requests failed; 2 bad arguments or --delete-extra refused; 130 interrupted.";

/// Largest object copied whole: by one CopyObject (S3's limit), or read into memory by one GET.
const MAX_COPY_OBJECT: u64 = 5 << 30;
/// Part size of a server-side multipart copy (UploadPartCopy), unless 10 000 parts need more.
const COPY_PART: u64 = 512 << 20;
const WHOLE_STREAMED: u64 = 8 << 20;
/// Object data in memory at once, whatever --concurrency says and however many copies the limiter lets
/// through: a byte budget, granted before a body is read.
const MEMORY_BUDGET: u64 = 16 << 20;
/// Parts of one object in flight at once.
const PARTS_IN_FLIGHT: usize = 4;
const MAX_PARTS: u64 = 10_000;

/// What sync does with a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Copy,
    DeleteMarker,
    DeleteExtra,
    Skip(&'static str),
}

impl Action {
    fn as_str(self) -> &'static str {
        match self {
            Action::Copy => "copy",
            Action::DeleteMarker => "delete-marker",
            Action::DeleteExtra => "delete",
            Action::Skip(_) => "skip",
        }
    }
}

fn action(f: &Finding, a: &SyncArgs) -> Option<Action> {
    let failed_only = |act| {
        if a.failed && f.status.as_deref() != Some("FAILED") {
            Action::Skip("not FAILED (--failed)")
        } else {
            act
        }
    };
    Some(match f.class {
        Class::InSync => return None,
        Class::Missing | Class::Different => failed_only(Action::Copy),
        Class::DeleteMarker if f.src.as_ref().is_some_and(|e| e.delete_marker) => {
            if a.failed {
                Action::Skip("not FAILED (--failed)")
            } else {
                Action::DeleteMarker
            }
        }
        // The destination hides behind a delete marker what the source serves.
        Class::DeleteMarker => failed_only(Action::Copy),
        Class::Extra if a.delete_extra && !a.failed => Action::DeleteExtra,
        Class::Extra => Action::Skip("extra (--delete-extra deletes it)"),
        Class::Pending => Action::Skip("pending"),
        Class::Unverified => Action::Skip("unverified (--checksum compares)"),
    })
}

/// The headers a copy carries over from the source's HEAD: content headers, user metadata, and (when the
/// destination has Object Lock) a retention not yet expired and the legal hold.
fn carried_headers(h: &ObjectHead, lock: bool, now_ms: i64) -> Vec<(String, String)> {
    const CONTENT: [&str; 6] = [
        "content-type",
        "content-encoding",
        "content-disposition",
        "content-language",
        "cache-control",
        "expires",
    ];
    let mut out: Vec<(String, String)> = Vec::new();
    for (k, v) in &h.headers {
        if CONTENT.contains(&k.as_str()) || k.starts_with("x-amz-meta-") {
            out.push((k.clone(), v.clone()));
        }
    }
    if lock {
        let mode = h.headers.get("x-amz-object-lock-mode");
        let until = h.headers.get("x-amz-object-lock-retain-until-date");
        if let (Some(m), Some(u)) = (mode, until)
            && time::OffsetDateTime::parse(u, &time::format_description::well_known::Rfc3339)
                .is_ok_and(|t| (t.unix_timestamp_nanos() / 1_000_000) as i64 > now_ms)
        {
            out.push(("x-amz-object-lock-mode".into(), m.clone()));
            out.push(("x-amz-object-lock-retain-until-date".into(), u.clone()));
        }
        if h.headers.get("x-amz-object-lock-legal-hold").is_some_and(|v| v == "ON") {
            out.push(("x-amz-object-lock-legal-hold".into(), "ON".into()));
        }
    }
    out
}

/// Multipart uploads started and not yet completed or aborted, for Ctrl-C: (client, bucket, key) → the
/// upload id (None while CreateMultipartUpload is on its way).
type InFlight = Mutex<HashMap<u64, (Client, String, String, Option<String>)>>;

/// What copies one destination's objects.
struct Copier {
    scope: Arc<Scope>,
    pair: Arc<Pair>,
    /// The source's and the destination's clients without the limiter, for the streamed copies: each
    /// holds one slot of it ([`Scope::slot`]) from its GET to the end of its PUT.
    src_raw: Client,
    dst_raw: Client,
    server_side: bool,
    lock: bool,
    memory: Arc<Memory>,
    in_flight: Arc<InFlight>,
    next_id: Arc<AtomicU64>,
    count: Arc<Count>,
    knobs: Knobs,
}

/// Where server-side copies become multipart copies, and the test-only delay before each part.
#[derive(Debug, Clone, Copy)]
struct Knobs {
    copy_limit: u64,
    copy_part: u64,
    part_delay: std::time::Duration,
}

impl Knobs {
    fn of(a: &SyncArgs) -> Knobs {
        Knobs {
            copy_limit: a.test_copy_part_size.unwrap_or(MAX_COPY_OBJECT),
            copy_part: a.test_copy_part_size.unwrap_or(COPY_PART).max(1),
            part_delay: std::time::Duration::from_millis(a.test_part_delay_ms),
        }
    }
}

/// The total bar's object count: the actions planned (known from the diff as it streams; `+` until it
/// has listed everything) and those done, with the failures among them.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Tallied {
    planned: u64,
    done: u64,
    failed: u64,
    listed: bool,
}

impl Tallied {
    fn label(&self) -> String {
        let more = if self.listed { "" } else { "+" };
        let what = if self.planned == 1 && self.listed {
            "object"
        } else {
            "objects"
        };
        let failed = match self.failed {
            0 => String::new(),
            n => format!(", {n} failed"),
        };
        format!("syncing {}/{}{more} {what}{failed}", self.done, self.planned)
    }
}

/// [`Tallied`] shared by the tasks, shown as the prefix of the total bar at every change.
struct Count {
    reporter: Arc<dyn Reporter>,
    state: Mutex<Tallied>,
}

impl Count {
    fn new(reporter: Arc<dyn Reporter>) -> Count {
        let c = Count {
            reporter,
            state: Mutex::default(),
        };
        c.change(|_| {});
        c
    }

    fn change(&self, f: impl FnOnce(&mut Tallied)) {
        let t = {
            let mut st = self.state.lock().unwrap();
            f(&mut st);
            *st
        };
        self.reporter.status(&t.label());
    }

    /// An action of `bytes` bytes is planned (a destination's diff is still streaming).
    fn plan(&self, bytes: u64) {
        self.reporter.plan(bytes);
        self.change(|t| {
            t.planned += 1;
            t.listed = false;
        });
    }

    /// A destination's diff has listed everything.
    fn listed(&self) {
        self.change(|t| t.listed = true);
    }

    fn done(&self, ok: bool) {
        self.change(|t| {
            t.done += 1;
            t.failed += u64::from(!ok);
        });
    }

    #[cfg(test)]
    fn snapshot(&self) -> Tallied {
        *self.state.lock().unwrap()
    }
}

fn now_ms() -> i64 {
    (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

impl Copier {
    async fn act(&self, f: &Finding, act: Action) -> anyhow::Result<u64> {
        let dest = &self.pair.dest;
        match act {
            Action::Copy => self.copy(f).await,
            Action::DeleteMarker | Action::DeleteExtra => {
                self.pair
                    .client
                    .delete_object(dest, &f.key, None)
                    .await
                    .map_err(|e| explain(e, &format!("deleting sos://{dest}/{}", f.key), dest, Some(&f.key)))?;
                Ok(0)
            }
            Action::Skip(_) => Ok(0),
        }
    }

    async fn copy(&self, f: &Finding) -> anyhow::Result<u64> {
        let (sb, key) = (&self.scope.bucket, &f.key);
        let head = match &f.head {
            Some(h) => h.clone(),
            None => {
                let v = f.src.as_ref().and_then(|e| e.version_id.as_deref());
                self.scope
                    .src
                    .head_object(sb, key, v)
                    .await
                    .map_err(|e| explain(e, &format!("reading sos://{sb}/{key}"), sb, Some(key)))?
            }
        };
        // The version HEADed is the one copied, even if a newer one is written meanwhile.
        let version = head
            .version_id
            .clone()
            .or_else(|| f.src.as_ref().and_then(|e| e.version_id.clone()));
        let headers = carried_headers(&head, self.lock, now_ms());
        let size = head.size;
        // Planned with the listing's size; a version written since may be larger.
        self.count.reporter.plan(size.saturating_sub(f.bytes()));
        // A bar of its own for a large object; the small ones only count in the total.
        let bar = (size > WHOLE_STREAMED).then(|| self.count.reporter.begin(key, size));
        let progress = Progress(bar.as_deref(), self.count.reporter.as_ref());
        let v = version.as_deref();
        let r = if self.server_side && size <= self.knobs.copy_limit {
            self.server_copy(key, v, size, headers, progress).await
        } else if self.server_side {
            self.multipart(key, v, size, headers, true, progress).await
        } else if size <= WHOLE_STREAMED {
            self.streamed_whole(key, v, size, headers, progress).await
        } else {
            self.multipart(key, v, size, headers, false, progress).await
        };
        if let Some(b) = &bar {
            b.end();
        }
        let dest = &self.pair.dest;
        r.map_err(|e| e.context(format!("copying sos://{sb}/{key} to sos://{dest}/{key}")))?;
        Ok(size)
    }

    async fn server_copy(
        &self,
        key: &str,
        version: Option<&str>,
        size: u64,
        headers: Vec<(String, String)>,
        progress: Progress<'_>,
    ) -> anyhow::Result<()> {
        // COPY keeps the content headers and metadata; only the lock headers are sent.
        let headers = headers
            .into_iter()
            .filter(|(k, _)| k.starts_with("x-amz-object-lock-"))
            .chain([("x-amz-metadata-directive".to_string(), "COPY".to_string())])
            .collect();
        let opts = CopyObjectOptions {
            source_version_id: version.map(str::to_string),
            headers,
        };
        self.pair
            .client
            .copy_object(&self.scope.bucket, key, &self.pair.dest, key, &opts)
            .await?;
        progress.add(size);
        Ok(())
    }

    async fn streamed_whole(
        &self,
        key: &str,
        version: Option<&str>,
        size: u64,
        headers: Vec<(String, String)>,
        progress: Progress<'_>,
    ) -> anyhow::Result<()> {
        // The memory first: a copy waiting for the budget holds no slot of the limiter.
        let _permit = self.memory.acquire(size).await?;
        self.scope
            .slot(async {
                let body = self
                    .src_raw
                    .get_object(&self.scope.bucket, key, &GetObjectOptions::version(version))
                    .await?
                    .bytes_sized(size as usize)
                    .await?;
                anyhow::ensure!(
                    body.len() as u64 == size,
                    "read {} bytes of the {size} the source announced",
                    body.len()
                );
                let opts = put_options(headers);
                self.dst_raw.put_object(&self.pair.dest, key, body, &opts).await?;
                Ok(())
            })
            .await?;
        progress.add(size);
        Ok(())
    }

    /// A multipart upload at the destination: parts copied by the server (UploadPartCopy) or read by
    /// ranged GETs, a few at once; a failure aborts it.
    #[allow(clippy::too_many_arguments)]
    async fn multipart(
        &self,
        key: &str,
        version: Option<&str>,
        size: u64,
        headers: Vec<(String, String)>,
        server_side: bool,
        progress: Progress<'_>,
    ) -> anyhow::Result<()> {
        let (c, dest) = (&self.pair.client, self.pair.dest.as_str());
        let min_part = if server_side {
            self.knobs.copy_part
        } else {
            WHOLE_STREAMED
        };
        let part = min_part.max(size.div_ceil(MAX_PARTS));
        let id = self.next_id.fetch_add(1, Ordering::SeqCst);
        self.in_flight
            .lock()
            .unwrap()
            .insert(id, (c.clone(), dest.to_string(), key.to_string(), None));
        let upload_id = match c.create_multipart_upload(dest, key, &put_options(headers)).await {
            Ok(u) => u,
            Err(e) => {
                self.in_flight.lock().unwrap().remove(&id);
                return Err(e.into());
            }
        };
        if let Some(e) = self.in_flight.lock().unwrap().get_mut(&id) {
            e.3 = Some(upload_id.clone());
        }
        let parts: Vec<(u32, u64, u64)> = (0..size.div_ceil(part).max(1))
            .map(|i| ((i + 1) as u32, i * part, ((i + 1) * part).min(size)))
            .collect();
        let sb = self.scope.bucket.as_str();
        let result: anyhow::Result<Vec<CompletedPart>> = futures_util::stream::iter(parts)
            .map(|(n, start, end)| {
                let upload_id = upload_id.clone();
                async move {
                    if !self.knobs.part_delay.is_zero() {
                        tokio::time::sleep(self.knobs.part_delay).await;
                    }
                    let etag = if server_side {
                        c.upload_part_copy(dest, key, &upload_id, n, (sb, key, version), (start, end - 1))
                            .await?
                    } else {
                        let _permit = self.memory.acquire(end - start).await?;
                        let opts = GetObjectOptions {
                            version_id: version.map(str::to_string),
                            range: Some((start, Some(end - 1))),
                        };
                        self.scope
                            .slot(async {
                                let body = self
                                    .src_raw
                                    .get_object(sb, key, &opts)
                                    .await?
                                    .bytes_sized((end - start) as usize)
                                    .await?;
                                anyhow::ensure!(
                                    body.len() as u64 == end - start,
                                    "read {} bytes of part {n} ({} announced)",
                                    body.len(),
                                    end - start
                                );
                                Ok(self.dst_raw.upload_part(dest, key, &upload_id, n, body).await?)
                            })
                            .await?
                    };
                    progress.add(end - start);
                    Ok(CompletedPart { part_number: n, etag })
                }
            })
            .buffered(PARTS_IN_FLIGHT)
            .try_collect()
            .await;
        let done = match result {
            Ok(parts) => c
                .complete_multipart_upload(dest, key, &upload_id, &parts)
                .await
                .map(drop)
                .map_err(anyhow::Error::from),
            Err(e) => Err(e),
        };
        if done.is_err() {
            let _ = c.abort_multipart_upload(dest, key, &upload_id).await;
        }
        self.in_flight.lock().unwrap().remove(&id);
        done
    }
}

/// Where a copy's bytes are counted: its own bar (which adds to the total) or the total alone.
#[derive(Clone, Copy)]
struct Progress<'a>(Option<&'a dyn FileProgress>, &'a dyn Reporter);

impl Progress<'_> {
    fn add(self, bytes: u64) {
        match self.0 {
            Some(bar) => bar.add(bytes),
            None => self.1.add(bytes),
        }
    }
}

fn put_options(headers: Vec<(String, String)>) -> PutObjectOptions {
    let mut content_type = None;
    let mut rest = Vec::new();
    for (k, v) in headers {
        if k == "content-type" {
            content_type = Some(v);
        } else {
            rest.push((k, v));
        }
    }
    PutObjectOptions {
        content_type,
        acl: None,
        headers: rest,
    }
}

/// What happened at one destination.
#[derive(Debug, Default)]
struct Outcome {
    copied: (u64, u64),
    delete_markers: u64,
    deleted: u64,
    skipped: BTreeMap<&'static str, u64>,
    failed: Vec<(String, String)>,
    planned: Vec<(String, &'static str, u64)>,
}

/// Aborts what Ctrl-C left open; the number aborted.
async fn abort_in_flight(in_flight: &InFlight) -> usize {
    let open: Vec<_> = in_flight.lock().unwrap().drain().map(|(_, v)| v).collect();
    let mut n = 0;
    for (c, bucket, key, id) in open {
        let ids = match id {
            Some(id) => vec![id],
            None => open_uploads(&c, &bucket, &key).await,
        };
        for id in ids {
            match c.abort_multipart_upload(&bucket, &key, &id).await {
                Ok(()) => n += 1,
                Err(e) => eprintln!("warning: could not abort the multipart upload of `{key}` ({id}): {e}"),
            }
        }
    }
    n
}

async fn sync_pair(
    s: &Settings,
    a: &SyncArgs,
    scope: Arc<Scope>,
    pair: Arc<Pair>,
    copier: Copier,
) -> anyhow::Result<Outcome> {
    let p = s.printer();
    let text = s.output.format == Format::Text;
    let mut out = Outcome::default();
    let count = copier.count.clone();
    let dry = a.dry_run;
    let acts = findings(scope.clone(), pair.clone()).try_filter_map(|f| {
        let act = action(&f, a);
        if let Some(act) = act
            && !dry
            && !matches!(act, Action::Skip(_))
        {
            count.plan(if act == Action::Copy { f.bytes() } else { 0 });
        }
        async move { Ok(act.map(|act| (f, act))) }
    });
    // The diff has listed everything once its stream ends: the planned total is final.
    let end = futures_util::stream::once(async { count.listed() }).filter_map(|()| async { None });
    let acts = acts.chain(end);
    let copier = &copier;
    let mut done = Box::pin(
        acts.map_ok(|(f, act)| async move {
            let r = if dry || matches!(act, Action::Skip(_)) {
                Ok(0)
            } else {
                let r = copier.act(&f, act).await;
                copier.count.done(r.is_ok());
                r
            };
            anyhow::Ok((f, act, r))
        })
        .try_buffer_unordered(scope.concurrency),
    );
    while let Some((f, act, r)) = done.try_next().await? {
        let bytes = f.bytes();
        let result = match (&act, &r) {
            (Action::Skip(why), _) => {
                *out.skipped.entry(why).or_default() += 1;
                format!("skipped: {why}")
            }
            (_, Err(e)) => {
                let reason = crate::cli::exit::render(e);
                out.failed.push((f.key.clone(), reason.clone()));
                format!("failed: {reason}")
            }
            _ if dry => {
                out.planned.push((f.key.clone(), act.as_str(), bytes));
                "planned".into()
            }
            (Action::Copy, Ok(n)) => {
                out.copied.0 += 1;
                out.copied.1 += n;
                "copied".into()
            }
            (Action::DeleteMarker, Ok(_)) => {
                out.delete_markers += 1;
                "delete marker written".into()
            }
            (_, Ok(_)) => {
                out.deleted += 1;
                "deleted".into()
            }
        };
        if text {
            p.text_rows(&[vec![
                pair.dest.clone(),
                act.as_str().into(),
                f.key.clone(),
                bytes.to_string(),
                result,
            ]])?;
        }
    }
    Ok(out)
}

/// `sosctl bucket replication sync`.
pub async fn run(s: &Settings, a: SyncArgs) -> anyhow::Result<Exit> {
    let (scope, pairs) = open(s, &a.target, &a.scope).await?;
    let p = s.printer();
    if a.delete_extra && !a.dry_run {
        let dests: Vec<&str> = pairs.iter().map(|p| p.dest.as_str()).collect();
        let q = format!(
            "delete the objects under sos://{}/{} that only {} holds{}",
            dests.join(", "),
            scope.prefix,
            if dests.len() == 1 { "it" } else { "each" },
            a.scope.shard.map(|s| format!(" (shard {s})")).unwrap_or_default()
        );
        if !prompt::confirm(&q, a.force)? {
            p.note("nothing done");
            return Ok(Exit::Success);
        }
    }
    let in_flight: Arc<InFlight> = Arc::default();
    let progress = if a.dry_run {
        reporter(&Printer::new(Format::Text, true), 0, 0, "syncing")
    } else {
        reporter(&p, 0, 0, "syncing")
    };
    let count = Arc::new(Count::new(progress.clone()));
    let memory = Memory::new(MEMORY_BUDGET);
    let next_id = Arc::new(AtomicU64::new(0));
    let knobs = Knobs::of(&a);
    let work = async {
        let mut results = Vec::new();
        for pair in &pairs {
            // Retention and legal hold are copied where the destination allows them: Object Lock on.
            let lock = pair
                .client
                .get_object_lock_configuration(&pair.dest)
                .await
                .is_ok_and(|c| c.enabled);
            let copier = Copier {
                scope: scope.clone(),
                pair: pair.clone(),
                src_raw: scope.src.without_limiter(),
                dst_raw: pair.client.without_limiter(),
                server_side: pair.same_place(&scope),
                lock,
                memory: memory.clone(),
                in_flight: in_flight.clone(),
                next_id: next_id.clone(),
                count: count.clone(),
                knobs,
            };
            let method = if copier.server_side {
                "server-side copy"
            } else {
                "streamed"
            };
            let out = sync_pair(s, &a, scope.clone(), pair.clone(), copier).await?;
            results.push((pair.dest.clone(), method, out));
        }
        anyhow::Ok(results)
    };
    let mut work = Box::pin(work);
    let results = tokio::select! {
        r = &mut work => {
            drop(work);
            r?
        }
        _ = tokio::signal::ctrl_c() => {
            drop(work);
            let n = abort_in_flight(&in_flight).await;
            p.note(&format!(
                "interrupted: aborted {}; run sync again to go on",
                plural(n, "multipart upload")
            ));
            return Ok(Exit::Interrupted);
        }
    };
    drop(count);
    drop(progress);
    print(s, &p, &a, &scope, &results)?;
    let failed = results.iter().any(|(_, _, o)| !o.failed.is_empty());
    Ok(if failed { Exit::ReplicationFailed } else { Exit::Success })
}

fn print(
    s: &Settings,
    p: &Printer,
    a: &SyncArgs,
    scope: &Scope,
    results: &[(String, &'static str, Outcome)],
) -> anyhow::Result<()> {
    let skipped = |o: &Outcome| o.skipped.values().sum::<u64>();
    match s.output.format {
        Format::Json => {
            let dests: Vec<Value> = results
                .iter()
                .map(|(d, m, o)| {
                    let mut v = json!({
                        "bucket": d,
                        "method": m,
                        "copied": {"objects": o.copied.0, "bytes": o.copied.1},
                        "delete_markers": o.delete_markers,
                        "deleted": o.deleted,
                        "skipped": o.skipped,
                        "failed": o.failed.iter().map(|(k, r)| json!({"key": k, "reason": r})).collect::<Vec<_>>(),
                    });
                    if a.dry_run {
                        v["planned"] = o
                            .planned
                            .iter()
                            .map(|(k, act, b)| json!({"key": k, "action": act, "bytes": b}))
                            .collect();
                    }
                    v
                })
                .collect();
            p.json(&json!({
                "source": scope.bucket,
                "prefix": scope.prefix,
                "shard": scope.shard.map(|s| s.to_string()),
                "dry_run": a.dry_run,
                "destinations": dests,
            }))?;
        }
        Format::Text => {}
        Format::Table => {
            if a.dry_run {
                let rows: Vec<Vec<String>> = results
                    .iter()
                    .flat_map(|(d, _, o)| {
                        o.planned
                            .iter()
                            .map(move |(k, act, b)| vec![d.clone(), act.to_string(), k.clone(), output::size(*b)])
                    })
                    .collect();
                if !rows.is_empty() {
                    p.table(&["Destination", "Action", "Key", "Size"], &rows)?;
                }
            }
            let rows: Vec<Vec<String>> = results
                .iter()
                .map(|(d, m, o)| {
                    vec![
                        d.clone(),
                        m.to_string(),
                        o.copied.0.to_string(),
                        output::size(o.copied.1),
                        o.delete_markers.to_string(),
                        o.deleted.to_string(),
                        skipped(o).to_string(),
                        o.failed.len().to_string(),
                    ]
                })
                .collect();
            p.table(
                &[
                    "Destination",
                    "Method",
                    "Copied",
                    "Bytes",
                    "Delete markers",
                    "Deleted",
                    "Skipped",
                    "Failed",
                ],
                &rows,
            )?;
        }
    }
    for (d, _, o) in results {
        for (why, n) in &o.skipped {
            p.note(&format!("{d}: skipped {}: {why}", plural(*n as usize, "object")));
        }
        for (k, r) in &o.failed {
            p.note(&format!("failed: sos://{d}/{k}: {r}"));
        }
        if a.dry_run {
            p.note(&format!(
                "dry run: {} planned for {d}, nothing changed",
                plural(o.planned.len(), "action")
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(headers: &[(&str, &str)]) -> ObjectHead {
        ObjectHead {
            size: 1,
            etag: None,
            last_modified: None,
            content_type: None,
            version_id: None,
            replication_status: None,
            metadata: BTreeMap::new(),
            headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        }
    }

    #[test]
    fn a_copy_carries_content_headers_metadata_and_a_live_retention_where_allowed() {
        let h = head(&[
            ("content-type", "text/csv"),
            ("content-encoding", "gzip"),
            ("cache-control", "max-age=60"),
            ("expires", "Thu, 01 Dec 2044 16:00:00 GMT"),
            ("x-amz-meta-owner", "ops"),
            ("etag", "\"x\""),
            ("x-amz-replication-status", "COMPLETED"),
            ("x-amz-object-lock-mode", "GOVERNANCE"),
            ("x-amz-object-lock-retain-until-date", "2040-01-01T00:00:00Z"),
            ("x-amz-object-lock-legal-hold", "ON"),
        ]);
        let names = |v: Vec<(String, String)>| v.into_iter().map(|(k, _)| k).collect::<Vec<_>>();
        let now = 1_700_000_000_000;
        assert_eq!(
            names(carried_headers(&h, false, now)),
            [
                "cache-control",
                "content-encoding",
                "content-type",
                "expires",
                "x-amz-meta-owner"
            ]
        );
        let with_lock = names(carried_headers(&h, true, now));
        assert!(with_lock.contains(&"x-amz-object-lock-mode".to_string()));
        assert!(with_lock.contains(&"x-amz-object-lock-legal-hold".to_string()));
        // An expired retention is not sent (the destination would refuse a date in the past).
        let later = 2_300_000_000_000;
        let expired = names(carried_headers(&h, true, later));
        assert!(!expired.contains(&"x-amz-object-lock-mode".to_string()));
        assert!(expired.contains(&"x-amz-object-lock-legal-hold".to_string()));
    }

    /// What the bars would show: the total bar's prefix and lengths, and each bar's bytes.
    #[derive(Default)]
    struct Recorder {
        status: Mutex<Vec<String>>,
        planned: AtomicU64,
        total: Arc<AtomicU64>,
        bars: Mutex<Vec<(String, u64, Arc<AtomicU64>)>>,
    }

    struct RecordedBar(Arc<AtomicU64>, Arc<AtomicU64>);

    impl FileProgress for RecordedBar {
        fn add(&self, bytes: u64) {
            self.0.fetch_add(bytes, Ordering::SeqCst);
            self.1.fetch_add(bytes, Ordering::SeqCst);
        }
        fn end(&self) {}
    }

    impl Reporter for Recorder {
        fn begin(&self, name: &str, size: u64) -> Box<dyn FileProgress> {
            let own = Arc::new(AtomicU64::new(0));
            self.bars.lock().unwrap().push((name.to_string(), size, own.clone()));
            Box::new(RecordedBar(own, self.total.clone()))
        }
        fn plan(&self, bytes: u64) {
            self.planned.fetch_add(bytes, Ordering::SeqCst);
        }
        fn add(&self, bytes: u64) {
            self.total.fetch_add(bytes, Ordering::SeqCst);
        }
        fn status(&self, text: &str) {
            self.status.lock().unwrap().push(text.to_string());
        }
    }

    #[test]
    fn the_total_bar_counts_objects_planned_and_done_with_a_plus_until_the_diff_ends() {
        let t = |planned, done, failed, listed| {
            Tallied {
                planned,
                done,
                failed,
                listed,
            }
            .label()
        };
        assert_eq!(t(0, 0, 0, false), "syncing 0/0+ objects");
        assert_eq!(t(340, 12, 0, false), "syncing 12/340+ objects");
        assert_eq!(t(1000, 1000, 0, true), "syncing 1000/1000 objects");
        assert_eq!(t(1, 0, 0, true), "syncing 0/1 object");
        assert_eq!(t(3, 2, 1, true), "syncing 2/3 objects, 1 failed");

        let rec = Arc::new(Recorder::default());
        let count = Count::new(rec.clone());
        count.plan(10);
        count.plan(20);
        count.plan(0);
        assert_eq!(rec.status.lock().unwrap().last().unwrap(), "syncing 0/3+ objects");
        count.done(true);
        count.listed();
        assert_eq!(rec.status.lock().unwrap().last().unwrap(), "syncing 1/3 objects");
        count.done(false);
        count.done(true);
        assert_eq!(
            count.snapshot(),
            Tallied {
                planned: 3,
                done: 3,
                failed: 1,
                listed: true
            }
        );
        assert_eq!(
            rec.status.lock().unwrap().last().unwrap(),
            "syncing 3/3 objects, 1 failed"
        );
        // A second destination's plan reopens the total until its diff ends too.
        count.plan(5);
        assert_eq!(
            rec.status.lock().unwrap().last().unwrap(),
            "syncing 3/4+ objects, 1 failed"
        );
        // The bytes planned are the total bar's length.
        assert_eq!(rec.planned.load(Ordering::SeqCst), 35);
    }

    #[test]
    fn a_large_object_s_bytes_go_to_its_bar_and_the_total_a_small_one_s_to_the_total() {
        let rec = Recorder::default();
        let bar = rec.begin("big.bin", 100);
        Progress(Some(bar.as_ref()), &rec).add(60);
        Progress(None, &rec).add(7);
        let bars = rec.bars.lock().unwrap();
        assert_eq!((bars[0].0.as_str(), bars[0].1), ("big.bin", 100));
        assert_eq!(bars[0].2.load(Ordering::SeqCst), 60);
        assert_eq!(rec.total.load(Ordering::SeqCst), 67);
    }

    #[test]
    fn the_test_knobs_lower_the_multipart_copy_threshold_only_when_given() {
        let mut a = SyncArgs {
            target: "sos://a".into(),
            scope: ScopeArgs {
                to: None,
                to_endpoint: None,
                versions: false,
                checksum: false,
                shard: None,
                concurrency: None,
            },
            dry_run: false,
            failed: false,
            delete_extra: false,
            force: false,
            test_copy_part_size: None,
            test_part_delay_ms: 0,
        };
        let k = Knobs::of(&a);
        assert_eq!((k.copy_limit, k.copy_part), (MAX_COPY_OBJECT, COPY_PART));
        assert!(k.part_delay.is_zero());
        a.test_copy_part_size = Some(5 << 20);
        a.test_part_delay_ms = 300;
        let k = Knobs::of(&a);
        assert_eq!((k.copy_limit, k.copy_part), (5 << 20, 5 << 20));
        assert_eq!(k.part_delay.as_millis(), 300);
    }

    #[test]
    fn actions_follow_the_class_and_the_flags() {
        use crate::model::diff::Entry;
        let args = |failed, delete_extra| SyncArgs {
            target: "sos://a".into(),
            scope: ScopeArgs {
                to: None,
                to_endpoint: None,
                versions: false,
                checksum: false,
                shard: None,
                concurrency: Some(1),
            },
            dry_run: false,
            failed,
            delete_extra,
            force: true,
            test_copy_part_size: None,
            test_part_delay_ms: 0,
        };
        let f = |class, status: Option<&str>, src_dm| Finding {
            key: "k".into(),
            class,
            src: Some(Entry {
                delete_marker: src_dm,
                ..Entry::object("k", 1, "e")
            }),
            dst: None,
            status: status.map(str::to_string),
            head: None,
            delete_markers: true,
        };
        let plain = args(false, false);
        assert_eq!(action(&f(Class::InSync, None, false), &plain), None);
        assert_eq!(action(&f(Class::Missing, None, false), &plain), Some(Action::Copy));
        assert_eq!(
            action(&f(Class::DeleteMarker, None, true), &plain),
            Some(Action::DeleteMarker)
        );
        assert_eq!(action(&f(Class::DeleteMarker, None, false), &plain), Some(Action::Copy));
        assert!(matches!(
            action(&f(Class::Extra, None, false), &plain),
            Some(Action::Skip(_))
        ));
        assert_eq!(
            action(&f(Class::Extra, None, false), &args(false, true)),
            Some(Action::DeleteExtra)
        );
        assert!(matches!(
            action(&f(Class::Pending, None, false), &plain),
            Some(Action::Skip(_))
        ));
        let failed = args(true, true);
        assert_eq!(
            action(&f(Class::Missing, Some("FAILED"), false), &failed),
            Some(Action::Copy)
        );
        assert!(matches!(
            action(&f(Class::Missing, None, false), &failed),
            Some(Action::Skip(_))
        ));
        assert!(matches!(
            action(&f(Class::Extra, None, false), &failed),
            Some(Action::Skip(_))
        ));
    }
}
