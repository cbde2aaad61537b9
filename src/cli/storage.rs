//! The storage commands: list, mb, rb, show, upload, download, delete, purge, presign.

use super::Exit;
use super::settings::Settings;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(after_long_help = LIST_OUTPUT_HELP)]
pub struct ListArgs {
    /// sos://BUCKET[/PREFIX]; without it, the buckets
    pub target: Option<String>,
    /// List recursively (all keys under the prefix, no directory grouping)
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// List object versions (version id and vN per row)
    #[arg(long)]
    pub versions: bool,
    /// With --versions, include delete markers
    #[arg(long, requires = "versions")]
    pub delete_markers: bool,
    /// Print keys as pages arrive, in constant memory
    #[arg(short = 's', long)]
    pub stream: bool,
    /// Keys per listing request (the server's maximum is usually 1000); for tests of paging
    #[arg(long, hide = true, value_name = "N")]
    pub page_size: Option<u32>,
}

#[derive(Debug, clap::Args)]
#[command(after_long_help = MB_OUTPUT_HELP)]
pub struct MbArgs {
    /// sos://BUCKET
    pub bucket: String,
    /// Create the bucket with Object Lock (and so versioning) enabled
    #[arg(long)]
    pub object_lock: bool,
    /// Canned ACL (private, public-read, public-read-write, authenticated-read)
    #[arg(long, value_name = "ACL", value_parser = super::parse_bucket_acl)]
    pub acl: Option<String>,
}

#[derive(Debug, clap::Args)]
#[command(after_long_help = RB_OUTPUT_HELP)]
pub struct RbArgs {
    /// sos://BUCKET
    pub bucket: String,
    /// Empty the bucket first (all versions and delete markers)
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// Do not prompt
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
#[command(after_long_help = SHOW_OUTPUT_HELP)]
pub struct ShowArgs {
    /// sos://BUCKET or sos://BUCKET/KEY
    pub target: String,
    /// Show this version of the object
    #[arg(long, value_name = "ID")]
    pub version_id: Option<String>,
}

#[derive(Debug, clap::Args)]
#[command(after_long_help = super::transfer::UPLOAD_OUTPUT_HELP)]
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
    #[arg(long, value_name = "ACL", value_parser = super::parse_object_acl)]
    pub acl: Option<String>,
    /// Files and parts in flight
    #[arg(long, value_name = "N", default_value_t = 8)]
    pub concurrency: usize,
    /// Part size of multipart uploads (files above it are sent in parts), e.g. 8MiB
    #[arg(long, value_name = "SIZE", default_value = "8MiB", value_parser = parse_size)]
    pub part_size: u64,
}

#[derive(Debug, clap::Args)]
#[command(after_long_help = super::transfer::DOWNLOAD_OUTPUT_HELP)]
pub struct DownloadArgs {
    /// sos://BUCKET/KEY or sos://BUCKET/PREFIX/
    pub source: String,
    /// Local destination (file or directory) [default: current directory]
    pub dest: Option<PathBuf>,
    /// Download everything under the prefix
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// Overwrite existing local files
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Show what would be downloaded, download nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
    /// Download this version of the object
    #[arg(long, value_name = "ID")]
    pub version_id: Option<String>,
}

#[derive(Debug, clap::Args)]
#[command(after_long_help = DELETE_OUTPUT_HELP)]
pub struct DeleteArgs {
    /// sos://BUCKET/KEY or sos://BUCKET/PREFIX/
    pub target: String,
    /// Delete everything under the prefix
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// Do not prompt
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Print each deleted key
    #[arg(short = 'v', long)]
    pub verbose: bool,
    /// Permanently delete this version (without it, a versioned bucket gets a delete marker)
    #[arg(long, value_name = "ID")]
    pub version_id: Option<String>,
}

#[derive(Debug, clap::Args)]
#[command(after_long_help = PURGE_OUTPUT_HELP)]
pub struct PurgeArgs {
    /// sos://BUCKET[/PREFIX/]
    pub target: String,
    /// Do not prompt
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Print each deleted version
    #[arg(short = 'v', long)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PresignMethod {
    Get,
    Put,
}

#[derive(Debug, clap::Args)]
#[command(after_long_help = PRESIGN_OUTPUT_HELP)]
pub struct PresignArgs {
    /// sos://BUCKET/KEY
    pub target: String,
    /// HTTP method the URL allows
    #[arg(short = 'm', long, value_enum, default_value = "get")]
    pub method: PresignMethod,
    /// Validity, e.g. 15m, 1h (at most 7 days)
    #[arg(short = 'e', long, value_name = "DURATION", default_value = "15m", value_parser = super::parse_duration)]
    pub expires: std::time::Duration,
}

/// Parses `8MiB`, `5MB`, `1048576`, `64k`.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let i = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (n, unit) = t.split_at(i);
    let n: u64 = n
        .parse()
        .map_err(|_| format!("invalid size `{s}`: expected e.g. 8MiB"))?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("invalid size unit in `{s}`: use B, KiB, MiB or GiB")),
    };
    n.checked_mul(mult).ok_or_else(|| format!("size `{s}` is too large"))
}

pub fn list(s: &Settings, a: ListArgs) -> anyhow::Result<Exit> {
    block_on(list_run(s, a))?
}
pub fn mb(s: &Settings, a: MbArgs) -> anyhow::Result<Exit> {
    block_on(mb_run(s, a))?
}
pub fn rb(s: &Settings, a: RbArgs) -> anyhow::Result<Exit> {
    block_on(rb_run(s, a))?
}
pub fn show(s: &Settings, a: ShowArgs) -> anyhow::Result<Exit> {
    block_on(show_run(s, a))?
}
pub fn upload(s: &Settings, a: UploadArgs) -> anyhow::Result<Exit> {
    super::transfer::upload(s, a)
}
pub fn download(s: &Settings, a: DownloadArgs) -> anyhow::Result<Exit> {
    super::transfer::download(s, a)
}
pub fn delete(s: &Settings, a: DeleteArgs) -> anyhow::Result<Exit> {
    block_on(delete_run(s, a))?
}
pub fn purge(s: &Settings, a: PurgeArgs) -> anyhow::Result<Exit> {
    block_on(purge_run(s, a))?
}
pub fn presign(s: &Settings, a: PresignArgs) -> anyhow::Result<Exit> {
    block_on(presign_run(s, a))?
}

// ---------------------------------------------------------------------------------------------------------
// list, mb, rb, show, delete, purge, presign (upload and download live in `transfer`).

use super::connect::{block_on, client, explain};
use super::exit::UsageError;
use super::output::{self, Format, Printer};
use super::target;
use crate::s3::{self, Client, S3Error, VersionEntry};
use serde_json::json;
use std::io::IsTerminal;
use time::OffsetDateTime;

/// Help of `mb -O json` / `-O text`.
pub const MB_OUTPUT_HELP: &str = "\
The bucket is created in --zone (its LocationConstraint; none for us-east-1).
Output: table prints a note on stderr; json {bucket, zone, object_lock}; text `bucket<TAB>zone`.";

/// Help of `rb -O json` / `-O text`.
pub const RB_OUTPUT_HELP: &str = "\
Without -f, asks for confirmation on a terminal and refuses (exit 2) when stdin is not one.
-r first deletes every object version and delete marker (stopping on an object-locked version)
and aborts unfinished multipart uploads.
Output: table prints a note on stderr; json {bucket, deleted: true}; text the bucket name.";

/// Help of `delete -O json` / `-O text`.
pub const DELETE_OUTPUT_HELP: &str = "\
Without -f, asks for confirmation on a terminal and refuses (exit 2) when stdin is not one.
`-r sos://b/dir` deletes everything under dir/ (not keys that merely start with `dir`). A missing
key is an error (exit 1), not a silent success.
Output: table prints `deleted sos://b/key` lines with -v; json for one key {deleted: [{key,
version_id, delete_marker}]}, with -r {prefix, deleted (count)}; text `key<TAB>version_id<TAB>
delete_marker` for one key, the count with -r.";

/// Help of `purge -O json` / `-O text`.
pub const PURGE_OUTPUT_HELP: &str = "\
sos://b/prefix/ purges everything under the prefix; sos://b/key (no trailing `/`) every version of
that one key; sos://b the whole bucket. Stops at the first version that Object Lock protects and
names its key and version (exit 1) instead of listing it again and again.
Output: table prints `deleted sos://b/key (version V)` lines with -v; json {target, deleted
(count)}; text the count.";

/// Help of `presign -O json`.
pub const PRESIGN_OUTPUT_HELP: &str = "\
Output: table and text print the URL; json {url, method, expires_at (RFC 3339)}.";

/// Help of `show -O json` / `-O text`.
pub const SHOW_OUTPUT_HELP: &str = "\
Output formats (-O):
- table (default): an object's Path, Bucket, Version ID, Last Modified, Size, ETag,
  Content-Type, URL, Replication Status, Metadata, Headers (sorted); a bucket's Name, Zone,
  Versioning, Object Lock, Replication (rule count and destinations; `-` when none).
- json, object: {path, bucket, key, version_id, last_modified (RFC 3339), size (bytes), etag,
  content_type, url, replication_status, metadata {}, headers {}}.
- json, bucket: {name, zone, versioning, object_lock, default_retention, replication_rules,
  replication_destinations}.
- text: one `field<TAB>value` line per table row.";

/// Help of `list -O json` / `-O text`.
pub const LIST_OUTPUT_HELP: &str = "\
Output formats (-O):
- table (default): exo's lines, `2025-02-20 15:50:12 UTC  372 B  config.json`, directories as
  `DIR  prefix/`, buckets as `created  zone  name/`. With --versions a row adds the version id
  and vN (v1 = the oldest version of the key), `(latest)` on the current one, and
  `delete-marker` for delete markers.
- json: one array. Buckets: {name, zone, created}. Objects: {key, is_dir, size (bytes),
  last_modified (RFC 3339), etag}; with --versions also version_id, version_number (null for
  a delete marker), is_latest, delete_marker. Directories: is_dir true, size, last_modified
  and etag null. With --stream the array is written as the pages arrive.
- text: tab-separated. Buckets: name, zone, created. Objects: key, size (bytes) or DIR,
  last_modified, etag. With --versions: key, version_id, vN (DM for a delete marker), size,
  last_modified, is_latest, delete_marker.";

fn rfc3339(t: Option<OffsetDateTime>) -> Option<String> {
    t.and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
}

fn show_time(t: Option<OffsetDateTime>) -> String {
    t.map(output::time).unwrap_or_else(|| "-".repeat(23))
}

/// Asks a yes/no question on a terminal; refuses (exit 2) when stdin is not one, unless forced.
pub(super) fn confirm(question: &str, force: bool) -> anyhow::Result<bool> {
    if force {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        return Err(UsageError::new(format!(
            "refusing to {question} without confirmation: standard input is not a terminal (pass -f to confirm)"
        ))
        .into());
    }
    eprint!("{}? [y/N] ", capitalize(question));
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    Ok(matches!(line.trim(), "y" | "Y" | "yes" | "YES" | "Yes"))
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

// ---- list ----

/// One line of `list`.
#[derive(Debug, Clone)]
struct Row {
    key: String,
    is_dir: bool,
    size: u64,
    last_modified: Option<OffsetDateTime>,
    etag: Option<String>,
    version: Option<VersionInfo>,
}

#[derive(Debug, Clone)]
struct VersionInfo {
    version_id: String,
    number: Option<u64>,
    is_latest: bool,
    delete_marker: bool,
}

impl Row {
    fn dir(prefix: String) -> Row {
        Row {
            key: prefix,
            is_dir: true,
            size: 0,
            last_modified: None,
            etag: None,
            version: None,
        }
    }

    fn size_text(&self) -> String {
        if self.is_dir {
            "DIR".into()
        } else if self.version.as_ref().is_some_and(|v| v.delete_marker) {
            "-".into()
        } else {
            output::size(self.size)
        }
    }

    fn json(&self, versions: bool) -> serde_json::Value {
        let mut v = json!({
            "key": self.key,
            "is_dir": self.is_dir,
            "size": (!self.is_dir).then_some(self.size),
            "last_modified": rfc3339(self.last_modified),
            "etag": self.etag,
        });
        if versions {
            let vi = self.version.as_ref();
            v["version_id"] = json!(vi.map(|v| &v.version_id));
            v["version_number"] = json!(vi.and_then(|v| v.number));
            v["is_latest"] = json!(vi.is_some_and(|v| v.is_latest));
            v["delete_marker"] = json!(vi.is_some_and(|v| v.delete_marker));
        }
        v
    }

    fn text(&self, versions: bool) -> String {
        let size = if self.is_dir {
            "DIR".to_string()
        } else {
            self.size.to_string()
        };
        let lm = rfc3339(self.last_modified).unwrap_or_default();
        let etag = self.etag.clone().unwrap_or_default();
        match (&self.version, versions) {
            (Some(v), true) => format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                self.key,
                v.version_id,
                v.number.map_or("DM".to_string(), |n| format!("v{n}")),
                size,
                lm,
                v.is_latest,
                v.delete_marker
            ),
            (None, true) => format!("{}\t\t\t{size}\t\t\t", self.key),
            _ => format!("{}\t{size}\t{lm}\t{etag}", self.key),
        }
    }
}

/// Writes rows as they come, in the selected format; JSON is one array opened on the first batch.
struct RowSink {
    format: Format,
    versions: bool,
    printer: Printer,
    written: usize,
}

impl RowSink {
    fn emit(&mut self, rows: &[Row]) -> anyhow::Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut out = String::new();
        match self.format {
            Format::Json => {
                for r in rows {
                    out.push_str(if self.written == 0 { "[\n  " } else { ",\n  " });
                    out.push_str(&serde_json::to_string(&r.json(self.versions))?);
                    self.written += 1;
                }
            }
            Format::Text => {
                for r in rows {
                    out.push_str(&r.text(self.versions));
                    out.push('\n');
                    self.written += 1;
                }
            }
            Format::Table => {
                // Aligned within the batch (a page when streaming), so memory stays bounded.
                let width = rows.iter().map(|r| r.size_text().len()).max().unwrap_or(0);
                for r in rows {
                    let time = if r.is_dir {
                        " ".repeat(23)
                    } else {
                        show_time(r.last_modified)
                    };
                    out.push_str(&format!("{time}  {:>width$}  {}", r.size_text(), r.key));
                    if let Some(v) = &r.version {
                        out.push_str("  ");
                        out.push_str(&v.version_id);
                        match v.number {
                            Some(n) => out.push_str(&format!("  v{n}")),
                            None => out.push_str("  delete-marker"),
                        }
                        if v.is_latest {
                            out.push_str(" (latest)");
                        }
                    }
                    out.push('\n');
                    self.written += 1;
                }
            }
        }
        self.printer.raw(&out)?;
        Ok(())
    }

    fn finish(&mut self) -> anyhow::Result<()> {
        if self.format == Format::Json {
            self.printer.raw(if self.written == 0 { "[]\n" } else { "\n]\n" })?;
        }
        Ok(())
    }
}

/// Numbers the versions of one key (given newest first): v1 is the oldest; delete markers get none.
fn number_versions(group: Vec<VersionEntry>, with_markers: bool) -> Vec<Row> {
    let total = group.iter().filter(|e| !e.delete_marker).count() as u64;
    let mut n = total;
    let mut rows = Vec::new();
    for e in group {
        let number = if e.delete_marker {
            None
        } else {
            let k = n;
            n = n.saturating_sub(1);
            Some(k)
        };
        if e.delete_marker && !with_markers {
            continue;
        }
        rows.push(Row {
            key: e.key,
            is_dir: false,
            size: e.size,
            last_modified: e.last_modified,
            etag: e.etag,
            version: Some(VersionInfo {
                version_id: e.version_id,
                number,
                is_latest: e.is_latest,
                delete_marker: e.delete_marker,
            }),
        });
    }
    rows
}

async fn list_run(s: &Settings, a: ListArgs) -> anyhow::Result<Exit> {
    let printer = s.printer();
    let Some(arg) = a.target.as_deref() else {
        if a.versions || a.recursive {
            return Err(UsageError::new("--versions and --recursive need a bucket: sosctl list sos://BUCKET").into());
        }
        return list_buckets(s, &printer).await;
    };
    let t = target::parse(arg)?;
    let c = client(s)?;
    let prefix = t.key.clone().unwrap_or_default();
    let delimiter = (!a.recursive).then_some("/");
    let mut sink = RowSink {
        format: s.output,
        versions: a.versions,
        printer: printer.clone(),
        written: 0,
    };
    let doing = format!("listing {}", t.url());
    let fail = |e: S3Error| explain(e, &doing, &t.bucket, None);
    // Without --stream everything is gathered, sorted and aligned as one batch.
    let mut all: Vec<Row> = Vec::new();
    if a.versions {
        let mut key_marker: Option<String> = None;
        let mut vid_marker: Option<String> = None;
        let mut group: Vec<VersionEntry> = Vec::new();
        loop {
            let page = c
                .list_object_versions(
                    &t.bucket,
                    Some(&prefix),
                    delimiter,
                    key_marker.as_deref(),
                    vid_marker.as_deref(),
                    a.page_size,
                )
                .await
                .map_err(fail)?;
            let mut rows: Vec<Row> = page.common_prefixes.into_iter().map(Row::dir).collect();
            for e in page.entries {
                if group.first().is_some_and(|g| g.key != e.key) {
                    rows.extend(number_versions(std::mem::take(&mut group), a.delete_markers));
                }
                group.push(e);
            }
            let done = !page.is_truncated || page.next_key_marker.is_none();
            if done {
                rows.extend(number_versions(std::mem::take(&mut group), a.delete_markers));
            }
            if a.stream {
                sink.emit(&rows)?;
            } else {
                all.extend(rows);
            }
            if done {
                break;
            }
            key_marker = page.next_key_marker;
            vid_marker = page.next_version_id_marker;
        }
    } else {
        let mut token: Option<String> = None;
        loop {
            let page = c
                .list_objects_v2(&t.bucket, Some(&prefix), delimiter, token.as_deref(), a.page_size)
                .await
                .map_err(fail)?;
            let mut rows: Vec<Row> = page.common_prefixes.into_iter().map(Row::dir).collect();
            rows.extend(page.objects.into_iter().map(|o| Row {
                key: o.key,
                is_dir: false,
                size: o.size,
                last_modified: o.last_modified,
                etag: Some(o.etag),
                version: None,
            }));
            rows.sort_by(|x, y| x.key.cmp(&y.key));
            if a.stream {
                sink.emit(&rows)?;
            } else {
                all.extend(rows);
            }
            match page.next_continuation_token {
                Some(next) if page.is_truncated => token = Some(next),
                _ => break,
            }
        }
    }
    if !a.stream {
        // Stable: the versions of one key keep the server's newest-first order.
        all.sort_by(|x, y| x.key.cmp(&y.key));
        sink.emit(&all)?;
    }
    sink.finish()?;
    Ok(Exit::Success)
}

async fn list_buckets(s: &Settings, printer: &Printer) -> anyhow::Result<Exit> {
    let c = client(s)?;
    let buckets = c
        .list_buckets()
        .await
        .map_err(|e| explain(e, "listing buckets", "", None))?;
    match s.output {
        Format::Json => printer.json(&serde_json::Value::Array(
            buckets
                .iter()
                .map(|b| json!({"name": b.name, "zone": s.zone, "created": rfc3339(b.created)}))
                .collect(),
        ))?,
        Format::Text => printer.text_rows(
            &buckets
                .iter()
                .map(|b| vec![b.name.clone(), s.zone.clone(), rfc3339(b.created).unwrap_or_default()])
                .collect::<Vec<_>>(),
        )?,
        Format::Table => {
            let mut out = String::new();
            for b in &buckets {
                out.push_str(&format!("{}  {}  {}/\n", show_time(b.created), s.zone, b.name));
            }
            printer.raw(&out)?;
        }
    }
    Ok(Exit::Success)
}

// ---- mb / rb ----

async fn mb_run(s: &Settings, a: MbArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let c = client(s)?;
    // us-east-1 is S3's default region, which takes no LocationConstraint.
    let location = (s.zone != "us-east-1").then_some(s.zone.as_str());
    c.create_bucket(&bucket, location, a.object_lock, a.acl.as_deref())
        .await
        .map_err(|e| explain(e, &format!("creating bucket \"{bucket}\""), &bucket, None))?;
    let p = s.printer();
    match s.output {
        Format::Json => p.json(&json!({"bucket": bucket, "zone": s.zone, "object_lock": a.object_lock}))?,
        Format::Text => p.line(&format!("{bucket}\t{}", s.zone))?,
        Format::Table => p.note(&format!(
            "created bucket sos://{bucket} in {}{}",
            s.zone,
            if a.object_lock { " with Object Lock" } else { "" }
        )),
    }
    Ok(Exit::Success)
}

/// Deletes every version and delete marker under `prefix` (only of `exact` when given).
///
/// Each round lists from the start and deletes the whole page: what was deleted is gone from the next
/// listing, so no marker ever points at a deleted version (some servers reject that). It stops at the
/// first version Object Lock protects, naming it, instead of listing it again and again; and it refuses
/// to go round in circles if the server reports deletions that did not happen. Returns how many it
/// deleted.
async fn purge_versions(
    c: &Client,
    p: &Printer,
    bucket: &str,
    prefix: &str,
    exact: Option<&str>,
    verbose: bool,
) -> anyhow::Result<u64> {
    let mut deleted = 0u64;
    let mut previous_first: Option<(String, String)> = None;
    let doing = format!("purging sos://{bucket}/{prefix}");
    loop {
        let page = match c
            .list_object_versions(bucket, Some(prefix), None, None, None, None)
            .await
        {
            Ok(p) => p,
            Err(e) if e.is_code("NotImplemented") => {
                // A server without the versions API: plain objects are all there is.
                return Ok(deleted + delete_prefix_plain(c, p, bucket, prefix, exact, verbose).await?);
            }
            Err(e) => return Err(explain(e, &doing, bucket, None)),
        };
        // Keys come sorted, and `exact` sorts before every longer key it prefixes: past it, we are done.
        let mut past_exact = false;
        let batch: Vec<(String, Option<String>)> = page
            .entries
            .iter()
            .take_while(|e| {
                let keep = exact.is_none_or(|k| e.key == k);
                past_exact |= !keep;
                keep
            })
            .map(|e| (e.key.clone(), Some(e.version_id.clone())))
            .collect();
        let Some(first) = batch.first() else {
            break;
        };
        let first = (first.0.clone(), first.1.clone().unwrap_or_default());
        if previous_first.as_ref() == Some(&first) {
            anyhow::bail!(
                "{doing}: the server reported version {} of \"{}\" deleted, but still lists it; stopping",
                first.1,
                first.0
            );
        }
        previous_first = Some(first);
        let out = c
            .delete_objects(bucket, &batch)
            .await
            .map_err(|e| explain(e, &doing, bucket, None))?;
        for d in &out.deleted {
            deleted += 1;
            if verbose {
                p.line(&format!(
                    "deleted sos://{bucket}/{} (version {})",
                    d.key,
                    d.version_id.as_deref().unwrap_or("null")
                ))?;
            }
        }
        if let Some(err) = out.errors.first() {
            let lower = err.message.to_ascii_lowercase();
            let locked = err.code == "AccessDenied"
                || (err.code == "InvalidRequest" && lower.contains("retention"))
                || lower.contains("lock");
            // Some servers (moto) leave the version out of the error: it is the one we asked for.
            let asked: Vec<&str> = batch
                .iter()
                .filter(|(k, _)| *k == err.key)
                .filter_map(|(_, v)| v.as_deref())
                .collect();
            let version = match (err.version_id.as_deref(), asked.as_slice()) {
                (Some(v), _) => v,
                (None, [only]) => only,
                (None, _) => "null",
            };
            if locked {
                anyhow::bail!(
                    "{doing}: version {version} of \"{}\" is protected (object-locked or not permitted): {}: {}; \
                     {} other version(s) could not be deleted in this batch; {deleted} deleted before stopping\n\
                     hint: a version under retention can only be deleted once it expires (GOVERNANCE mode: with \
                     the s3:BypassGovernanceRetention permission)",
                    err.key,
                    err.code,
                    err.message,
                    out.errors.len() - 1
                );
            }
            anyhow::bail!(
                "{doing}: {} version(s) could not be deleted, first: version {version} of \"{}\": {}: {}",
                out.errors.len(),
                err.key,
                err.code,
                err.message
            );
        }
        if past_exact || !page.is_truncated {
            break;
        }
    }
    Ok(deleted)
}

/// Deletes the current objects under `prefix` (only `exact` when given); in a versioned bucket this
/// leaves delete markers. Like [`purge_versions`], each round lists from the start.
async fn delete_prefix_plain(
    c: &Client,
    p: &Printer,
    bucket: &str,
    prefix: &str,
    exact: Option<&str>,
    verbose: bool,
) -> anyhow::Result<u64> {
    let doing = format!("deleting sos://{bucket}/{prefix}");
    let mut deleted = 0u64;
    let mut previous_first: Option<String> = None;
    loop {
        let page = c
            .list_objects_v2(bucket, Some(prefix), None, None, None)
            .await
            .map_err(|e| explain(e, &doing, bucket, None))?;
        let mut past_exact = false;
        let batch: Vec<(String, Option<String>)> = page
            .objects
            .iter()
            .take_while(|o| {
                let keep = exact.is_none_or(|k| o.key == k);
                past_exact |= !keep;
                keep
            })
            .map(|o| (o.key.clone(), None))
            .collect();
        let Some((first, _)) = batch.first() else {
            break;
        };
        if previous_first.as_deref() == Some(first.as_str()) {
            anyhow::bail!("{doing}: the server reported \"{first}\" deleted, but still lists it; stopping");
        }
        previous_first = Some(first.clone());
        let out = c
            .delete_objects(bucket, &batch)
            .await
            .map_err(|e| explain(e, &doing, bucket, None))?;
        for d in &out.deleted {
            deleted += 1;
            if verbose {
                p.line(&format!("deleted sos://{bucket}/{}", d.key))?;
            }
        }
        if !out.errors.is_empty() {
            let shown: Vec<String> = out
                .errors
                .iter()
                .take(5)
                .map(|e| format!("\"{}\": {}: {}", e.key, e.code, e.message))
                .collect();
            anyhow::bail!(
                "{doing}: {} object(s) could not be deleted ({deleted} were): {}{}",
                out.errors.len(),
                shown.join("; "),
                if out.errors.len() > 5 { "; ..." } else { "" }
            );
        }
        if past_exact || !page.is_truncated {
            break;
        }
    }
    Ok(deleted)
}

/// Aborts the multipart uploads in progress under `prefix` (they keep a bucket from being deleted).
async fn abort_uploads(c: &Client, bucket: &str, prefix: &str) -> Result<u64, S3Error> {
    let mut aborted = 0;
    let mut key_marker: Option<String> = None;
    let mut id_marker: Option<String> = None;
    loop {
        let page = match c
            .list_multipart_uploads(bucket, Some(prefix), key_marker.as_deref(), id_marker.as_deref())
            .await
        {
            Ok(p) => p,
            Err(e) if e.is_code("NotImplemented") => return Ok(aborted),
            Err(e) => return Err(e),
        };
        for u in &page.uploads {
            c.abort_multipart_upload(bucket, &u.key, &u.upload_id).await?;
            aborted += 1;
        }
        if !page.is_truncated || page.next_key_marker.is_none() {
            return Ok(aborted);
        }
        key_marker = page.next_key_marker;
        id_marker = page.next_upload_id_marker;
    }
}

async fn rb_run(s: &Settings, a: RbArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let c = client(s)?;
    let p = s.printer();
    // Check first, so that a missing bucket is reported as such before any prompt.
    c.head_bucket(&bucket)
        .await
        .map_err(|e| explain(e, &format!("deleting bucket \"{bucket}\""), &bucket, None))?;
    let question = if a.recursive {
        format!("delete bucket \"{bucket}\" and every object version in it")
    } else {
        format!("delete bucket \"{bucket}\"")
    };
    if !confirm(&question, a.force)? {
        p.note("aborted, nothing deleted");
        return Ok(Exit::Success);
    }
    if a.recursive {
        let n = purge_versions(&c, &p, &bucket, "", None, false).await?;
        abort_uploads(&c, &bucket, "")
            .await
            .map_err(|e| explain(e, &format!("emptying bucket \"{bucket}\""), &bucket, None))?;
        p.note(&format!("deleted {n} object version(s) and delete marker(s)"));
    }
    c.delete_bucket(&bucket)
        .await
        .map_err(|e| explain(e, &format!("deleting bucket \"{bucket}\""), &bucket, None))?;
    match s.output {
        Format::Json => p.json(&json!({"bucket": bucket, "deleted": true}))?,
        Format::Text => p.line(&bucket)?,
        Format::Table => p.note(&format!("deleted bucket sos://{bucket}")),
    }
    Ok(Exit::Success)
}

// ---- show ----

async fn show_run(s: &Settings, a: ShowArgs) -> anyhow::Result<Exit> {
    let t = target::parse(&a.target)?;
    let c = client(s)?;
    match t.key.clone() {
        Some(key) if !key.ends_with('/') => show_object(s, &c, &t.bucket, &key, a.version_id.as_deref()).await,
        Some(_) => Err(UsageError::new(format!(
            "`{}` is a prefix; show takes sos://BUCKET or sos://BUCKET/KEY (list it with `sosctl list {}`)",
            a.target, a.target
        ))
        .into()),
        None => {
            if a.version_id.is_some() {
                return Err(UsageError::new("--version-id needs an object: sos://BUCKET/KEY").into());
            }
            show_bucket(s, &c, &t.bucket).await
        }
    }
}

async fn show_object(s: &Settings, c: &Client, bucket: &str, key: &str, version: Option<&str>) -> anyhow::Result<Exit> {
    let h = head_object_checked(c, bucket, key, version, &format!("showing sos://{bucket}/{key}")).await?;
    let url = c.object_url(bucket, key);
    let p = s.printer();
    let dash = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".into());
    match s.output {
        Format::Json => p.json(&json!({
            "path": format!("sos://{bucket}/{key}"),
            "bucket": bucket,
            "key": key,
            "version_id": h.version_id,
            "last_modified": rfc3339(h.last_modified),
            "size": h.size,
            "etag": h.etag,
            "content_type": h.content_type,
            "url": url,
            "replication_status": h.replication_status,
            "metadata": h.metadata,
            "headers": h.headers,
        }))?,
        Format::Text | Format::Table => {
            let rows: Vec<(String, String)> = vec![
                ("Path".into(), format!("sos://{bucket}/{key}")),
                ("Bucket".into(), bucket.to_string()),
                ("Version ID".into(), dash(&h.version_id)),
                ("Last Modified".into(), show_time(h.last_modified)),
                ("Size".into(), output::size(h.size)),
                ("ETag".into(), dash(&h.etag)),
                ("Content-Type".into(), dash(&h.content_type)),
                ("URL".into(), url),
                ("Replication Status".into(), dash(&h.replication_status)),
                ("Metadata".into(), kv_lines(&h.metadata, "=")),
                ("Headers".into(), kv_lines(&h.headers, ": ")),
            ];
            print_kv(&p, s.output, &rows)?;
        }
    }
    Ok(Exit::Success)
}

/// HeadObject, telling a missing bucket from a missing key (a HEAD 404 has no body to say which).
async fn head_object_checked(
    c: &Client,
    bucket: &str,
    key: &str,
    version: Option<&str>,
    doing: &str,
) -> anyhow::Result<s3::ObjectHead> {
    match c.head_object(bucket, key, version).await {
        Ok(h) => Ok(h),
        Err(e) if e.status() == Some(404) => match c.head_bucket(bucket).await {
            Err(b) if b.status() == Some(404) => Err(explain(b, doing, bucket, None)),
            _ if version.is_some() && e.is_code("NoSuchKey") => Err(anyhow::anyhow!(
                "version {} of \"{key}\" does not exist in bucket \"{bucket}\" (NoSuchVersion)",
                version.unwrap_or_default()
            )),
            _ => Err(explain(e, doing, bucket, Some(key))),
        },
        // A HEAD answer has no body, so the server's reason is lost: a 400 here is the version id.
        Err(e) if e.status() == Some(400) && version.is_some() => Err(anyhow::anyhow!(
            "{doing}: `{}` is not a valid version id of \"{key}\" in bucket \"{bucket}\" ({e})",
            version.unwrap_or_default()
        )),
        Err(e) => Err(explain(e, doing, bucket, Some(key))),
    }
}

fn kv_lines(m: &std::collections::BTreeMap<String, String>, sep: &str) -> String {
    if m.is_empty() {
        return "-".into();
    }
    m.iter()
        .map(|(k, v)| format!("{k}{sep}{v}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Key/value rows: a table, or `key<TAB>value` lines (multi-line values joined with `; `).
fn print_kv(p: &Printer, format: Format, rows: &[(String, String)]) -> anyhow::Result<()> {
    if format == Format::Text {
        let lines: Vec<Vec<String>> = rows
            .iter()
            .map(|(k, v)| vec![k.clone(), v.replace('\n', "; ")])
            .collect();
        p.text_rows(&lines)?;
    } else {
        p.kv_table(None, rows)?;
    }
    Ok(())
}

/// What `show` says about a bucket setting the server does not implement.
fn unsupported(e: &S3Error) -> Option<String> {
    match e.code() {
        Some(code @ ("NotImplemented" | "MethodNotAllowed")) => Some(format!("unsupported by the server ({code})")),
        _ => None,
    }
}

/// Replication summary from the raw XML: rule count and destination buckets.
fn replication_summary(xml: &str) -> (usize, Vec<String>) {
    let Ok(root) = s3::xml::parse(xml) else {
        return (0, Vec::new());
    };
    let rules: Vec<_> = root.children_named("Rule").collect();
    let mut dests: Vec<String> = rules
        .iter()
        .filter_map(|r| r.child("Destination").and_then(|d| d.text_of("Bucket")))
        .map(|b| b.trim().trim_start_matches("arn:aws:s3:::").to_string())
        .collect();
    dests.dedup();
    (rules.len(), dests)
}

async fn show_bucket(s: &Settings, c: &Client, bucket: &str) -> anyhow::Result<Exit> {
    let doing = format!("showing sos://{bucket}");
    let fail = |e: S3Error| explain(e, &doing, bucket, None);
    c.head_bucket(bucket).await.map_err(fail)?;
    let zone = match c.get_bucket_location(bucket).await {
        Ok(Some(z)) => z,
        Ok(None) => s.zone.clone(),
        Err(e) => unsupported(&e).ok_or(e).map_err(fail)?,
    };
    let versioning = match c.get_bucket_versioning(bucket).await {
        Ok(v) => v.to_string(),
        Err(e) => unsupported(&e).ok_or(e).map_err(fail)?,
    };
    let (lock_enabled, lock_text, retention) = match c.get_object_lock_configuration(bucket).await {
        Ok(l) => {
            let r = l.default_retention.as_ref().map(retention_text);
            let text = match (&r, l.enabled) {
                (Some(r), true) => format!("Enabled (default retention: {r})"),
                (None, true) => "Enabled".to_string(),
                (_, false) => "Disabled".to_string(),
            };
            (Some(l.enabled), text, r)
        }
        Err(e) => (None, unsupported(&e).ok_or(e).map_err(fail)?, None),
    };
    let replication = match c.get_bucket_replication(bucket).await {
        Ok(Some(x)) => Ok(replication_summary(&x)),
        Ok(None) => Err("-".to_string()),
        Err(e) => Err(unsupported(&e).ok_or(e).map_err(fail)?),
    };
    let p = s.printer();
    match s.output {
        Format::Json => {
            let (rules, dests) = match &replication {
                Ok((n, d)) => (json!(n), json!(d)),
                Err(_) => (json!(0), json!([])),
            };
            p.json(&json!({
                "name": bucket,
                "zone": zone,
                "versioning": versioning,
                "object_lock": lock_enabled,
                "default_retention": retention,
                "replication_rules": rules,
                "replication_destinations": dests,
            }))?
        }
        _ => {
            let repl = match replication {
                Ok((n, d)) => format!(
                    "{n} rule{}{}",
                    if n == 1 { "" } else { "s" },
                    if d.is_empty() {
                        String::new()
                    } else {
                        format!(" → {}", d.join(", "))
                    }
                ),
                Err(text) => text,
            };
            let rows = vec![
                ("Name".to_string(), bucket.to_string()),
                ("Zone".to_string(), zone),
                ("Versioning".to_string(), versioning),
                ("Object Lock".to_string(), lock_text),
                ("Replication".to_string(), repl),
            ];
            print_kv(&p, s.output, &rows)?;
        }
    }
    Ok(Exit::Success)
}

/// `GOVERNANCE, 30 days`.
pub fn retention_text(r: &s3::DefaultRetention) -> String {
    match (r.days, r.years) {
        (Some(d), _) => format!("{}, {d} day{}", r.mode, if d == 1 { "" } else { "s" }),
        (_, Some(y)) => format!("{}, {y} year{}", r.mode, if y == 1 { "" } else { "s" }),
        _ => r.mode.clone(),
    }
}

// ---- delete / purge ----

async fn delete_run(s: &Settings, a: DeleteArgs) -> anyhow::Result<Exit> {
    let t = target::parse(&a.target)?;
    let c = client(s)?;
    let p = s.printer();
    let bucket = t.bucket.clone();
    match (&t.key, a.recursive) {
        (Some(key), false) if !key.ends_with('/') => {
            let doing = format!("deleting sos://{bucket}/{key}");
            if a.version_id.is_none() {
                // DeleteObject succeeds on a missing key; say so instead of pretending.
                head_object_checked(&c, &bucket, key, None, &doing).await?;
            }
            let what = match &a.version_id {
                Some(v) => format!("permanently delete version {v} of sos://{bucket}/{key}"),
                None => format!("delete sos://{bucket}/{key}"),
            };
            if !confirm(&what, a.force)? {
                p.note("aborted, nothing deleted");
                return Ok(Exit::Success);
            }
            let out = c
                .delete_object(&bucket, key, a.version_id.as_deref())
                .await
                .map_err(|e| explain(e, &doing, &bucket, Some(key)))?;
            match s.output {
                Format::Json => p.json(&json!({
                    "deleted": [{"key": key, "version_id": a.version_id.clone().or(out.version_id.clone()), "delete_marker": out.delete_marker}],
                }))?,
                Format::Text => p.line(&format!(
                    "{key}\t{}\t{}",
                    a.version_id.clone().or(out.version_id.clone()).unwrap_or_default(),
                    out.delete_marker
                ))?,
                Format::Table => {
                    let line = match (&a.version_id, out.delete_marker, &out.version_id) {
                        (Some(v), _, _) => format!("deleted sos://{bucket}/{key} (version {v})"),
                        (None, true, Some(m)) => format!("deleted sos://{bucket}/{key} (delete marker {m})"),
                        _ => format!("deleted sos://{bucket}/{key}"),
                    };
                    if a.verbose {
                        p.line(&line)?;
                    }
                }
            }
            Ok(Exit::Success)
        }
        (_, false) => Err(UsageError::new(format!(
            "`{}` is a prefix: add -r to delete everything under it",
            a.target
        ))
        .into()),
        (key, true) => {
            if a.version_id.is_some() {
                return Err(
                    UsageError::new("--version-id deletes one version of one key: it does not go with -r").into(),
                );
            }
            // `-r sos://b/dir` means the directory dir/, not every key starting with "dir".
            let prefix = match key {
                Some(k) if !k.ends_with('/') => format!("{k}/"),
                Some(k) => k.clone(),
                None => String::new(),
            };
            c.head_bucket(&bucket)
                .await
                .map_err(|e| explain(e, &format!("deleting sos://{bucket}/{prefix}"), &bucket, None))?;
            if !confirm(&format!("delete every object under sos://{bucket}/{prefix}"), a.force)? {
                p.note("aborted, nothing deleted");
                return Ok(Exit::Success);
            }
            let verbose = a.verbose && s.output == Format::Table;
            let n = delete_prefix_plain(&c, &p, &bucket, &prefix, None, verbose).await?;
            match s.output {
                Format::Json => p.json(&json!({"prefix": format!("sos://{bucket}/{prefix}"), "deleted": n}))?,
                Format::Text => p.line(&n.to_string())?,
                Format::Table => p.note(&format!("deleted {n} object(s) under sos://{bucket}/{prefix}")),
            }
            Ok(Exit::Success)
        }
    }
}

async fn purge_run(s: &Settings, a: PurgeArgs) -> anyhow::Result<Exit> {
    let t = target::parse(&a.target)?;
    let c = client(s)?;
    let p = s.printer();
    let bucket = t.bucket.clone();
    // Without a trailing `/` the argument is one key: purge all of its versions only.
    let (prefix, exact) = match &t.key {
        Some(k) if !k.ends_with('/') => (k.clone(), Some(k.clone())),
        Some(k) => (k.clone(), None),
        None => (String::new(), None),
    };
    c.head_bucket(&bucket)
        .await
        .map_err(|e| explain(e, &format!("purging {}", t.url()), &bucket, None))?;
    if !confirm(
        &format!("permanently delete every version and delete marker of {}", t.url()),
        a.force,
    )? {
        p.note("aborted, nothing deleted");
        return Ok(Exit::Success);
    }
    let verbose = a.verbose && s.output == Format::Table;
    let n = purge_versions(&c, &p, &bucket, &prefix, exact.as_deref(), verbose).await?;
    match s.output {
        Format::Json => p.json(&json!({"target": t.url(), "deleted": n}))?,
        Format::Text => p.line(&n.to_string())?,
        Format::Table => p.note(&format!("deleted {n} version(s) and delete marker(s) of {}", t.url())),
    }
    Ok(Exit::Success)
}

// ---- presign ----

async fn presign_run(s: &Settings, a: PresignArgs) -> anyhow::Result<Exit> {
    let (bucket, key) = target::parse_object(&a.target)?;
    if a.expires < std::time::Duration::from_secs(1) || a.expires > s3::MAX_PRESIGN {
        return Err(UsageError::new(format!(
            "--expires {}s is out of range: a presigned URL is valid for 1 second to 7 days",
            a.expires.as_secs()
        ))
        .into());
    }
    let c = client(s)?;
    let method = match a.method {
        PresignMethod::Get => s3::Method::GET,
        PresignMethod::Put => s3::Method::PUT,
    };
    let url = c.presign(method.clone(), &bucket, &key, a.expires)?;
    let p = s.printer();
    match s.output {
        Format::Json => {
            let expires_at = OffsetDateTime::now_utc() + a.expires;
            p.json(&json!({
                "url": url,
                "method": method.as_str(),
                "expires_at": rfc3339(Some(expires_at)),
            }))?
        }
        _ => p.line(&url)?,
    }
    Ok(Exit::Success)
}
