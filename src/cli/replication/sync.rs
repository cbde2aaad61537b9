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
use crate::cli::progress::{Reporter, reporter};
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
to 8 MiB, else a multipart upload of ranged reads, at most 32 MiB of object data in memory, no temporary \
file.

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
const WHOLE_STREAMED: u64 = 8 << 20;
/// Object data in memory at once, whatever --concurrency says.
const MEMORY_BUDGET: u64 = 32 << 20;
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
    server_side: bool,
    lock: bool,
    memory: Arc<Memory>,
    in_flight: Arc<InFlight>,
    next_id: Arc<AtomicU64>,
    progress: Arc<dyn Reporter>,
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
        self.progress.plan(size);
        let r = if self.server_side && size <= MAX_COPY_OBJECT {
            self.server_copy(key, version.as_deref(), size, headers).await
        } else if self.server_side {
            self.multipart(key, version.as_deref(), size, headers, true).await
        } else if size <= WHOLE_STREAMED {
            self.streamed_whole(key, version.as_deref(), size, headers).await
        } else {
            self.multipart(key, version.as_deref(), size, headers, false).await
        };
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
        self.progress.add(size);
        Ok(())
    }

    async fn streamed_whole(
        &self,
        key: &str,
        version: Option<&str>,
        size: u64,
        headers: Vec<(String, String)>,
    ) -> anyhow::Result<()> {
        let _permit = self.memory.acquire(size).await?;
        let body = self
            .scope
            .src
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
        self.pair.client.put_object(&self.pair.dest, key, body, &opts).await?;
        self.progress.add(size);
        Ok(())
    }

    /// A multipart upload at the destination: parts copied by the server (UploadPartCopy) or read by
    /// ranged GETs, a few at once; a failure aborts it.
    async fn multipart(
        &self,
        key: &str,
        version: Option<&str>,
        size: u64,
        headers: Vec<(String, String)>,
        server_side: bool,
    ) -> anyhow::Result<()> {
        let (c, dest) = (&self.pair.client, self.pair.dest.as_str());
        let min_part = if server_side { 512 << 20 } else { WHOLE_STREAMED };
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
        let bar = if server_side {
            None
        } else {
            Some(self.progress.begin(key, size))
        };
        let parts: Vec<(u32, u64, u64)> = (0..size.div_ceil(part).max(1))
            .map(|i| ((i + 1) as u32, i * part, ((i + 1) * part).min(size)))
            .collect();
        let sb = self.scope.bucket.as_str();
        let result: anyhow::Result<Vec<CompletedPart>> = futures_util::stream::iter(parts)
            .map(|(n, start, end)| {
                let upload_id = upload_id.clone();
                let bar = &bar;
                async move {
                    let etag = if server_side {
                        c.upload_part_copy(dest, key, &upload_id, n, (sb, key, version), (start, end - 1))
                            .await?
                    } else {
                        let _permit = self.memory.acquire(end - start).await?;
                        let opts = GetObjectOptions {
                            version_id: version.map(str::to_string),
                            range: Some((start, Some(end - 1))),
                        };
                        let body = self
                            .scope
                            .src
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
                        let etag = c.upload_part(dest, key, &upload_id, n, body).await?;
                        if let Some(b) = bar {
                            b.add(end - start);
                        }
                        etag
                    };
                    Ok(CompletedPart { part_number: n, etag })
                }
            })
            .buffered(PARTS_IN_FLIGHT)
            .try_collect()
            .await;
        if let Some(b) = &bar {
            b.end();
        }
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
    let acts = findings(scope.clone(), pair.clone()).try_filter_map(|f| {
        let act = action(&f, a);
        async move { Ok(act.map(|act| (f, act))) }
    });
    let copier = &copier;
    let dry = a.dry_run;
    let mut done = Box::pin(
        acts.map_ok(|(f, act)| async move {
            let r = if dry || matches!(act, Action::Skip(_)) {
                Ok(0)
            } else {
                copier.act(&f, act).await
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
    let memory = Memory::new(MEMORY_BUDGET);
    let next_id = Arc::new(AtomicU64::new(0));
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
                server_side: pair.same_place(&scope),
                lock,
                memory: memory.clone(),
                in_flight: in_flight.clone(),
                next_id: next_id.clone(),
                progress: progress.clone(),
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
                concurrency: 1,
            },
            dry_run: false,
            failed,
            delete_extra,
            force: true,
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
