//! `upload` and `download`: planning (which local file goes to which key and back, refusing anything that
//! would write outside the destination), concurrent transfers with a bounded number of bytes in memory,
//! multipart uploads that are aborted on failure or Ctrl-C, and progress through a [`Reporter`] so that the
//! transfer logic does not depend on a terminal.

use super::Exit;
use super::connect::{block_on, client, explain, list_all};
use super::exit::UsageError;
use super::output::{self, Format, Printer};
use super::settings::Settings;
use super::storage::{DownloadArgs, UploadArgs};
use super::target::{self, Target};
use crate::s3::{Client, CompletedPart, S3Error};
use anyhow::Context;
use bytes::Bytes;
use futures_util::StreamExt;
use serde_json::json;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// Help of `upload -O json` / `-O text`.
pub const UPLOAD_OUTPUT_HELP: &str = "\
Destination: `upload FILE sos://b` uploads to the key FILE's name; `sos://b/prefix/` to prefix/NAME;
`sos://b/key` (no trailing `/`, one file) to that key. `-r dir` uploads dir's files as dir/...;
`-r dir/` (trailing slash, rsync-like) uploads the contents of dir. Content-Type comes from the local
file name's extension (application/octet-stream when unknown). Files above --part-size are sent as
multipart uploads whose parts go in parallel; at most --concurrency files and parts are in flight and
at most 32 MiB (or one part) of file data is in memory. A failed part, or Ctrl-C (exit 130), aborts
the multipart uploads in flight, so no partial object is left.
Output: table prints `uploaded N files, SIZE` on stderr (and one line per file with -n); json
{dry_run, files, bytes, uploaded: [{file, bucket, key, size (bytes), content_type, etag (null with
-n), parts (0 for a single PUT)}]}; text one `file<TAB>sos://bucket/key<TAB>size` line per file.";

/// Help of `download -O json` / `-O text`.
pub const DOWNLOAD_OUTPUT_HELP: &str = "\
DEST is a directory (the object keeps its name) or a file path; default the current directory.
`-r sos://b/prefix/` writes each key under DEST by its path below the prefix; a key with `..`, `.`
or empty components, or an absolute one, is refused before anything is written. Without -f an
existing local file is an error naming it. Each object is written to a temporary file in the same
directory and renamed when complete, so a failure or Ctrl-C (exit 130) leaves no partial file.
Output: table prints `downloaded N files, SIZE` on stderr (and one line per object with -n); json
{dry_run, files, bytes, downloaded: [{bucket, key, file, size (bytes), etag}]}; text one
`sos://bucket/key<TAB>file<TAB>size` line per object.";

/// Most file data in memory at once, whatever --concurrency and --part-size say (unless one part is
/// bigger, then one part).
const MEMORY_BUDGET: u64 = 32 << 20;
/// S3 refuses more parts than this.
const MAX_PARTS: u64 = 10_000;
/// S3's smallest part (all but the last).
const MIN_PART: u64 = 5 << 20;
/// Objects downloaded at once.
const DOWNLOAD_CONCURRENCY: usize = 8;
/// Semaphore permits count KiB, so that a u32 `acquire_many` covers any part size.
const PERMIT_UNIT: u64 = 1024;

// ---------------------------------------------------------------------------------------------------------
// Progress

/// Where transfer progress goes: bars on a terminal, nothing otherwise, a recorder in tests.
pub trait Reporter: Send + Sync {
    /// A transfer of `size` bytes named `name` starts.
    fn begin(&self, name: &str, size: u64) -> Box<dyn FileProgress>;
}

/// Progress of one file.
pub trait FileProgress: Send + Sync {
    /// `bytes` more have been transferred.
    fn add(&self, bytes: u64);
    /// The file is done (or abandoned).
    fn end(&self);
}

/// No progress at all (stderr not a terminal, or `--quiet`).
pub struct Silent;

struct SilentFile;

impl Reporter for Silent {
    fn begin(&self, _: &str, _: u64) -> Box<dyn FileProgress> {
        Box::new(SilentFile)
    }
}

impl FileProgress for SilentFile {
    fn add(&self, _: u64) {}
    fn end(&self) {}
}

/// indicatif bars on stderr: a total bar and one bar per file in flight.
pub struct Bars {
    multi: indicatif::MultiProgress,
    total: indicatif::ProgressBar,
}

impl Bars {
    pub fn new(total_bytes: u64, files: usize, verb: &str) -> Bars {
        let multi = indicatif::MultiProgress::with_draw_target(indicatif::ProgressDrawTarget::stderr());
        let total = multi.add(indicatif::ProgressBar::new(total_bytes));
        total.set_style(
            indicatif::ProgressStyle::with_template(
                "{prefix} [{bar:30}] {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} eta {eta}",
            )
            .expect("valid template")
            .progress_chars("=> "),
        );
        total.set_prefix(format!("{verb} {files} file{}", if files == 1 { "" } else { "s" }));
        Bars { multi, total }
    }
}

impl Drop for Bars {
    fn drop(&mut self) {
        self.total.finish_and_clear();
    }
}

struct Bar {
    bar: indicatif::ProgressBar,
    total: indicatif::ProgressBar,
}

impl Reporter for Bars {
    fn begin(&self, name: &str, size: u64) -> Box<dyn FileProgress> {
        let bar = self.multi.insert_before(&self.total, indicatif::ProgressBar::new(size));
        bar.set_style(
            indicatif::ProgressStyle::with_template("  {wide_msg} [{bar:20}] {binary_bytes}/{binary_total_bytes}")
                .expect("valid template")
                .progress_chars("=> "),
        );
        bar.set_message(name.to_string());
        Box::new(Bar {
            bar,
            total: self.total.clone(),
        })
    }
}

impl FileProgress for Bar {
    fn add(&self, bytes: u64) {
        self.bar.inc(bytes);
        self.total.inc(bytes);
    }
    fn end(&self) {
        self.bar.finish_and_clear();
    }
}

fn reporter(p: &Printer, total: u64, files: usize, verb: &str) -> Arc<dyn Reporter> {
    if p.progress_enabled() {
        Arc::new(Bars::new(total, files, verb))
    } else {
        Arc::new(Silent)
    }
}

// ---------------------------------------------------------------------------------------------------------
// Content-Type

/// The Content-Type of a file name, by its extension.
pub fn content_type(name: &str) -> &'static str {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "json" => "application/json",
        "txt" | "log" => "text/plain",
        "md" => "text/markdown",
        "html" | "htm" => "text/html",
        "css" => "text/css",
        "js" | "mjs" => "text/javascript",
        "csv" => "text/csv",
        "xml" => "application/xml",
        "yaml" | "yml" => "application/yaml",
        "toml" => "application/toml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "webp" => "image/webp",
        "ico" => "image/vnd.microsoft.icon",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        "gz" | "tgz" => "application/gzip",
        "tar" => "application/x-tar",
        "bz2" => "application/x-bzip2",
        "xz" => "application/x-xz",
        "zst" => "application/zstd",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "mp3" => "audio/mpeg",
        "wav" => "audio/wav",
        "wasm" => "application/wasm",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

// ---------------------------------------------------------------------------------------------------------
// Upload planning

/// One local file and the key it goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadItem {
    pub file: PathBuf,
    pub key: String,
    pub size: u64,
}

impl UploadItem {
    /// By the local file's name (the key may have been renamed to anything).
    pub fn content_type(&self) -> &'static str {
        content_type(&self.file.file_name().map(|n| n.to_string_lossy()).unwrap_or_default())
    }
}

/// Which files go to which keys of the destination: exo's rules (see [`UPLOAD_OUTPUT_HELP`]).
pub fn plan_upload(sources: &[String], dest: &Target, recursive: bool) -> anyhow::Result<Vec<UploadItem>> {
    let mut items = Vec::new();
    let single_file = sources.len() == 1 && Path::new(&sources[0]).is_file();
    // `sos://b/key` names the object only for one plain file; otherwise it is a prefix.
    let (prefix, exact) = match &dest.key {
        None => (String::new(), None),
        Some(k) if k.ends_with('/') => (k.clone(), None),
        Some(k) if single_file => (String::new(), Some(k.clone())),
        Some(k) => (format!("{k}/"), None),
    };
    for src in sources {
        let path = Path::new(src);
        let meta = std::fs::metadata(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                anyhow::Error::new(UsageError::new(format!("local file `{src}` does not exist")))
            } else {
                anyhow::Error::new(e).context(format!("reading local file `{src}`"))
            }
        })?;
        if meta.is_dir() {
            if !recursive {
                return Err(UsageError::new(format!("`{src}` is a directory: add -r to upload it recursively")).into());
            }
            // rsync's rule: `dir/` means the contents of dir, `dir` the directory itself.
            let base = if src.ends_with('/') || src.ends_with("/.") {
                String::new()
            } else {
                let name = match path.file_name() {
                    Some(n) => n.to_string_lossy().into_owned(),
                    None => std::fs::canonicalize(path)
                        .ok()
                        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                        .unwrap_or_default(),
                };
                if name.is_empty() {
                    String::new()
                } else {
                    format!("{name}/")
                }
            };
            let mut files = Vec::new();
            walk(path, &mut files).with_context(|| format!("reading directory `{src}`"))?;
            files.sort();
            for (file, size) in files {
                let rel = file.strip_prefix(path).unwrap_or(&file);
                let rel: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                items.push(UploadItem {
                    key: format!("{prefix}{base}{}", rel.join("/")),
                    file,
                    size,
                });
            }
        } else {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .ok_or_else(|| UsageError::new(format!("`{src}` has no file name")))?;
            items.push(UploadItem {
                key: exact.clone().unwrap_or_else(|| format!("{prefix}{name}")),
                file: path.to_path_buf(),
                size: meta.len(),
            });
        }
    }
    let mut seen: HashMap<&str, &Path> = HashMap::new();
    for it in &items {
        if let Some(other) = seen.insert(&it.key, &it.file) {
            return Err(UsageError::new(format!(
                "`{}` and `{}` would both be uploaded to the key `{}`",
                other.display(),
                it.file.display(),
                it.key
            ))
            .into());
        }
    }
    Ok(items)
}

/// Regular files under `dir` (symlinks to files followed, symlinks to directories not, to avoid cycles).
fn walk(dir: &Path, out: &mut Vec<(PathBuf, u64)>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let ft = entry.file_type()?;
        let path = entry.path();
        if ft.is_dir() {
            walk(&path, out)?;
        } else if ft.is_file() {
            out.push((path, entry.metadata()?.len()));
        } else if ft.is_symlink()
            && let Ok(m) = std::fs::metadata(&path)
            && m.is_file()
        {
            out.push((path, m.len()));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------------------
// Upload

/// What one uploaded file became.
#[derive(Debug, Clone)]
pub struct Uploaded {
    pub item: UploadItem,
    pub etag: Option<String>,
    pub parts: u32,
}

/// Multipart uploads started and not yet completed or aborted, so that Ctrl-C can abort them. A key
/// whose CreateMultipartUpload is still on the way has no id yet.
#[derive(Default)]
struct InFlight {
    uploads: Mutex<HashMap<String, Option<String>>>,
}

/// How an upload runs: shared by every file task.
struct Uploader {
    client: Client,
    bucket: String,
    acl: Option<String>,
    part_size: u64,
    /// Requests (whole files and parts) in flight.
    requests: Semaphore,
    /// File data in memory, in KiB.
    memory: Arc<Semaphore>,
    reporter: Arc<dyn Reporter>,
    in_flight: InFlight,
    pool: Arc<BufferPool>,
}

impl Uploader {
    fn new(
        client: Client,
        bucket: &str,
        acl: Option<String>,
        part_size: u64,
        concurrency: usize,
        items: &[UploadItem],
        reporter: Arc<dyn Reporter>,
    ) -> Uploader {
        let biggest_part = items
            .iter()
            .filter(|i| i.size > part_size)
            .map(|i| effective_part_size(i.size, part_size))
            .max()
            .unwrap_or(0);
        // Enough for one part or file in any case, else concurrency × part size up to the budget.
        let budget = (concurrency as u64)
            .saturating_mul(part_size)
            .min(MEMORY_BUDGET)
            .max(part_size)
            .max(biggest_part);
        Uploader {
            client,
            bucket: bucket.to_string(),
            acl,
            part_size,
            requests: Semaphore::new(concurrency),
            memory: Arc::new(Semaphore::new(Self::permits(budget) as usize)),
            reporter,
            in_flight: InFlight::default(),
            pool: Arc::default(),
        }
    }

    fn permits(bytes: u64) -> u32 {
        bytes.div_ceil(PERMIT_UNIT).max(1) as u32
    }

    async fn upload(self: Arc<Self>, item: UploadItem) -> anyhow::Result<Uploaded> {
        let progress = self.reporter.begin(&item.key, item.size);
        let result = if item.size > self.part_size {
            self.multipart(&item, progress.as_ref()).await
        } else {
            self.single(&item, progress.as_ref()).await
        };
        progress.end();
        result.with_context(|| {
            format!(
                "uploading `{}` to sos://{}/{}",
                item.file.display(),
                self.bucket,
                item.key
            )
        })
    }

    async fn single(&self, item: &UploadItem, progress: &dyn FileProgress) -> anyhow::Result<Uploaded> {
        let mem = self.memory.clone().acquire_many_owned(Self::permits(item.size)).await?;
        let body = read_range(&item.file, 0, item.size, mem, &self.pool).await?;
        let _req = self.requests.acquire().await?;
        let out = self
            .client
            .put_object(
                &self.bucket,
                &item.key,
                body,
                Some(item.content_type()),
                self.acl.as_deref(),
                &[],
            )
            .await
            .map_err(|e| explain(e, "PutObject", &self.bucket, None))?;
        progress.add(item.size);
        Ok(Uploaded {
            item: item.clone(),
            etag: out.etag,
            parts: 0,
        })
    }

    async fn multipart(self: &Arc<Self>, item: &UploadItem, progress: &dyn FileProgress) -> anyhow::Result<Uploaded> {
        let part_size = effective_part_size(item.size, self.part_size);
        let count = item.size.div_ceil(part_size) as u32;
        self.in_flight.uploads.lock().unwrap().insert(item.key.clone(), None);
        let id = match self
            .client
            .create_multipart_upload(
                &self.bucket,
                &item.key,
                Some(item.content_type()),
                self.acl.as_deref(),
                &[],
            )
            .await
        {
            Ok(id) => id,
            Err(e) => {
                self.in_flight.uploads.lock().unwrap().remove(&item.key);
                return Err(explain(e, "CreateMultipartUpload", &self.bucket, None));
            }
        };
        self.in_flight
            .uploads
            .lock()
            .unwrap()
            .insert(item.key.clone(), Some(id.clone()));
        let result = self.parts(item, &id, part_size, count, progress).await;
        let result = match result {
            Ok(parts) => self
                .client
                .complete_multipart_upload(&self.bucket, &item.key, &id, &parts)
                .await
                .map_err(|e| explain(e, "CompleteMultipartUpload", &self.bucket, None)),
            Err(e) => Err(e),
        };
        match result {
            Ok(out) => {
                self.in_flight.uploads.lock().unwrap().remove(&item.key);
                Ok(Uploaded {
                    item: item.clone(),
                    etag: out.etag,
                    parts: count,
                })
            }
            Err(e) => {
                // No partial object: the parts already stored are dropped with the upload.
                let aborted = self.client.abort_multipart_upload(&self.bucket, &item.key, &id).await;
                self.in_flight.uploads.lock().unwrap().remove(&item.key);
                match aborted {
                    Ok(()) => Err(e.context("the multipart upload was aborted")),
                    Err(a) => Err(e.context(format!("aborting the multipart upload {id} failed too: {a}"))),
                }
            }
        }
    }

    /// Uploads every part, in parallel within the request and memory limits; the first failure stops
    /// the others (dropping the set aborts its tasks).
    async fn parts(
        self: &Arc<Self>,
        item: &UploadItem,
        id: &str,
        part_size: u64,
        count: u32,
        progress: &dyn FileProgress,
    ) -> anyhow::Result<Vec<CompletedPart>> {
        let mut tasks: JoinSet<anyhow::Result<(CompletedPart, u64)>> = JoinSet::new();
        let mut done = Vec::with_capacity(count as usize);
        let mut next = 1u32;
        loop {
            // A part task starts only once its memory is granted, so that a big file does not queue
            // thousands of waiting tasks; meanwhile finished parts are collected.
            let joined = if next <= count {
                let offset = (next as u64 - 1) * part_size;
                let len = part_size.min(item.size - offset);
                tokio::select! {
                    biased;
                    Some(j) = tasks.join_next(), if !tasks.is_empty() => j,
                    mem = self.memory.clone().acquire_many_owned(Self::permits(len)) => {
                        let mem = mem?;
                        let me = self.clone();
                        let (file, key, id, n) = (item.file.clone(), item.key.clone(), id.to_string(), next);
                        tasks.spawn(async move {
                            let body = read_range(&file, offset, len, mem, &me.pool).await?;
                            let _req = me.requests.acquire().await?;
                            let etag = me
                                .client
                                .upload_part(&me.bucket, &key, &id, n, body)
                                .await
                                .map_err(|e| explain(e, &format!("UploadPart {n}"), &me.bucket, None))?;
                            Ok((CompletedPart { part_number: n, etag }, len))
                        });
                        next += 1;
                        continue;
                    }
                }
            } else {
                match tasks.join_next().await {
                    Some(j) => j,
                    None => break,
                }
            };
            let (part, len) = joined.context("a part upload task failed")??;
            progress.add(len);
            done.push(part);
        }
        done.sort_by_key(|p| p.part_number);
        Ok(done)
    }
}

/// The part size for a file: the asked one, grown when the file would need more than S3's 10 000 parts.
fn effective_part_size(size: u64, asked: u64) -> u64 {
    let mut p = asked.max(MIN_PART);
    while size.div_ceil(p) > MAX_PARTS {
        p *= 2;
    }
    p
}

/// Part buffers, reused: allocating and freeing megabytes per part from several threads leaves the
/// allocator holding far more memory than is in use (its per-thread arenas keep the freed blocks).
#[derive(Default)]
struct BufferPool {
    free: Mutex<Vec<Vec<u8>>>,
}

/// Buffers below this are allocated plainly (small files), not pooled.
const POOLED_MIN: u64 = 1 << 20;

impl BufferPool {
    fn take(&self, len: usize) -> Vec<u8> {
        let mut free = self.free.lock().unwrap();
        match free.iter().position(|b| b.capacity() >= len) {
            Some(i) => free.swap_remove(i),
            None => Vec::with_capacity(len),
        }
    }
}

/// A body's bytes: when the HTTP stack drops the last reference, the buffer goes back to the pool and
/// its memory permits are released, so the budget counts what is really held.
struct PooledBuf {
    buf: Vec<u8>,
    pool: Option<Arc<BufferPool>>,
    _permit: tokio::sync::OwnedSemaphorePermit,
}

impl AsRef<[u8]> for PooledBuf {
    fn as_ref(&self) -> &[u8] {
        &self.buf
    }
}

impl Drop for PooledBuf {
    fn drop(&mut self) {
        if let Some(pool) = &self.pool {
            pool.free.lock().unwrap().push(std::mem::take(&mut self.buf));
        }
    }
}

/// Reads `len` bytes at `offset` (off the async workers) into a buffer that holds `permit` while alive.
async fn read_range(
    file: &Path,
    offset: u64,
    len: u64,
    permit: tokio::sync::OwnedSemaphorePermit,
    pool: &Arc<BufferPool>,
) -> anyhow::Result<Bytes> {
    let file = file.to_path_buf();
    let pool = (len >= POOLED_MIN).then(|| pool.clone());
    tokio::task::spawn_blocking(move || -> anyhow::Result<Bytes> {
        use std::os::unix::fs::FileExt;
        let f = std::fs::File::open(&file).with_context(|| format!("opening `{}`", file.display()))?;
        let mut buf = match &pool {
            Some(p) => p.take(len as usize),
            None => Vec::with_capacity(len as usize),
        };
        buf.resize(len as usize, 0);
        f.read_exact_at(&mut buf, offset)
            .with_context(|| format!("reading `{}` (did it change during the upload?)", file.display()))?;
        Ok(Bytes::from_owner(PooledBuf {
            buf,
            pool,
            _permit: permit,
        }))
    })
    .await?
}

/// `sosctl upload`.
pub fn upload(s: &Settings, a: UploadArgs) -> anyhow::Result<Exit> {
    block_on(upload_run(s, a))?
}

async fn upload_run(s: &Settings, a: UploadArgs) -> anyhow::Result<Exit> {
    let (dest_arg, sources) = a.args.split_last().expect("clap requires two arguments");
    let dest = target::parse(dest_arg)?;
    if a.concurrency == 0 {
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
    let items = plan_upload(sources, &dest, a.recursive)?;
    let p = s.printer();
    if a.dry_run {
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
        print_uploaded(s, &p, &dest.bucket, &done, true)?;
        return Ok(Exit::Success);
    }
    let c = client(s)?;
    c.head_bucket(&dest.bucket)
        .await
        .map_err(|e| explain(e, &format!("uploading to sos://{}", dest.bucket), &dest.bucket, None))?;
    let total: u64 = items.iter().map(|i| i.size).sum();
    let up = Arc::new(Uploader::new(
        c,
        &dest.bucket,
        a.acl.clone(),
        a.part_size,
        a.concurrency,
        &items,
        reporter(&p, total, items.len(), "uploading"),
    ));
    // Boxed so that Ctrl-C can drop it (and with it the task sets, which aborts their tasks).
    let mut work = Box::pin(run_uploads(up.clone(), items, a.concurrency));
    let result = tokio::select! {
        r = &mut work => r,
        _ = tokio::signal::ctrl_c() => {
            // Dropping the work aborts every task; then the uploads they left open are aborted.
            drop(work);
            let n = abort_in_flight(&up).await;
            drop(up);
            p.note(&format!("interrupted: aborted {n} multipart upload{}", if n == 1 { "" } else { "s" }));
            return Ok(Exit::Interrupted);
        }
    };
    drop(up);
    let mut done = result?;
    // Finished in completion order; print in key order, as download does, so the output is stable.
    done.sort_by(|x, y| x.item.key.cmp(&y.item.key));
    print_uploaded(s, &p, &dest.bucket, &done, false)?;
    Ok(Exit::Success)
}

/// Every file, at most `concurrency` at once; the first failure stops the rest (and their multipart
/// uploads are aborted by the file tasks themselves or, for tasks cut short, here).
async fn run_uploads(up: Arc<Uploader>, items: Vec<UploadItem>, concurrency: usize) -> anyhow::Result<Vec<Uploaded>> {
    let mut tasks: JoinSet<anyhow::Result<Uploaded>> = JoinSet::new();
    let mut done = Vec::with_capacity(items.len());
    let mut pending = items.into_iter();
    let mut failure = None;
    loop {
        while tasks.len() < concurrency && failure.is_none() {
            match pending.next() {
                Some(item) => {
                    tasks.spawn(up.clone().upload(item));
                }
                None => break,
            }
        }
        match tasks.join_next().await {
            None => break,
            Some(Ok(Ok(u))) => done.push(u),
            Some(Ok(Err(e))) => {
                // Let the other files in flight finish (or fail) on their own, so that each aborts its
                // own multipart upload; start no new one.
                failure.get_or_insert(e);
            }
            Some(Err(e)) => {
                failure.get_or_insert(anyhow::anyhow!("an upload task failed: {e}"));
            }
        }
    }
    match failure {
        Some(e) => Err(e),
        None => Ok(done),
    }
}

/// Aborts the multipart uploads left open by cancelled tasks; the number aborted.
async fn abort_in_flight(up: &Uploader) -> usize {
    let open: Vec<(String, Option<String>)> = up.in_flight.uploads.lock().unwrap().drain().collect();
    let mut n = 0;
    for (key, id) in open {
        let ids = match id {
            Some(id) => vec![id],
            // CreateMultipartUpload may have reached the server before the task was cut: find it.
            None => match up
                .client
                .list_multipart_uploads(&up.bucket, Some(&key), None, None)
                .await
            {
                Ok(page) => page
                    .uploads
                    .into_iter()
                    .filter(|u| u.key == key)
                    .map(|u| u.upload_id)
                    .collect(),
                Err(_) => Vec::new(),
            },
        };
        for id in ids {
            match up.client.abort_multipart_upload(&up.bucket, &key, &id).await {
                Ok(()) => n += 1,
                Err(e) => eprintln!("warning: could not abort the multipart upload of `{key}` ({id}): {e}"),
            }
        }
    }
    n
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn print_uploaded(s: &Settings, p: &Printer, bucket: &str, done: &[Uploaded], dry_run: bool) -> anyhow::Result<()> {
    let bytes: u64 = done.iter().map(|u| u.item.size).sum();
    match s.output {
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
                "{} {} file{}, {}",
                if dry_run { "would upload" } else { "uploaded" },
                done.len(),
                plural(done.len()),
                output::size(bytes)
            ));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------------------
// Download planning

/// One object and the local file it goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DownloadItem {
    pub key: String,
    pub file: PathBuf,
    pub size: u64,
    pub etag: Option<String>,
}

/// The relative local path of a key below a prefix, or why it is refused: only plain components, so
/// that nothing lands outside the destination.
pub fn safe_relative(rel: &str) -> Result<PathBuf, String> {
    if rel.starts_with('/') {
        return Err("it is an absolute path".into());
    }
    let mut out = PathBuf::new();
    for part in rel.split('/') {
        match part {
            "" => return Err("it has an empty path component (`//`)".into()),
            "." | ".." => return Err(format!("it has a `{part}` component")),
            p if p.contains('\\') || p.contains('\0') => return Err("it contains `\\` or NUL".into()),
            p => out.push(p),
        }
    }
    // Belt and braces: only normal components may remain.
    if out.components().all(|c| matches!(c, Component::Normal(_))) {
        Ok(out)
    } else {
        Err("it is not a plain relative path".into())
    }
}

// ---------------------------------------------------------------------------------------------------------
// Download

/// `sosctl download`.
pub fn download(s: &Settings, a: DownloadArgs) -> anyhow::Result<Exit> {
    block_on(download_run(s, a))?
}

async fn download_run(s: &Settings, a: DownloadArgs) -> anyhow::Result<Exit> {
    let src = target::parse(&a.source)?;
    let bucket = src.bucket.clone();
    let dest_arg = a.dest.clone().unwrap_or_else(|| PathBuf::from("."));
    let c = client(s)?;
    let p = s.printer();
    let items = if a.recursive {
        if a.version_id.is_some() {
            return Err(UsageError::new("--version-id downloads one object: it does not go with -r").into());
        }
        if dest_arg.is_file() {
            return Err(UsageError::new(format!(
                "`{}` is a file: with -r the destination is a directory",
                dest_arg.display()
            ))
            .into());
        }
        let prefix = match &src.key {
            Some(k) if !k.ends_with('/') => format!("{k}/"),
            Some(k) => k.clone(),
            None => String::new(),
        };
        let objects = list_all(&c, &bucket, &prefix).await?;
        let mut items = Vec::new();
        for o in objects {
            let rel = &o.key[prefix.len()..];
            // A zero-byte `dir/` key is a folder marker, not a file.
            if rel.is_empty() || (rel.ends_with('/') && o.size == 0) {
                continue;
            }
            let path = safe_relative(rel).map_err(|why| {
                anyhow::anyhow!(
                    "refusing to download sos://{bucket}/{}: {why}, so it could be written outside `{}`; nothing was downloaded",
                    o.key,
                    dest_arg.display()
                )
            })?;
            items.push(DownloadItem {
                file: dest_arg.join(path),
                key: o.key,
                size: o.size,
                etag: Some(o.etag),
            });
        }
        if items.is_empty() {
            anyhow::bail!("no objects under sos://{bucket}/{prefix}");
        }
        items
    } else {
        let key = match &src.key {
            Some(k) if !k.ends_with('/') => k.clone(),
            _ => {
                return Err(UsageError::new(format!(
                    "`{}` is a prefix or a bucket: add -r to download everything under it",
                    a.source
                ))
                .into());
            }
        };
        let name = key.rsplit('/').next().unwrap_or(&key);
        safe_relative(name)
            .map_err(|why| anyhow::anyhow!("refusing to download sos://{bucket}/{key}: its name {why}"))?;
        let into_dir = dest_arg.is_dir() || dest_arg.as_os_str().to_string_lossy().ends_with('/');
        let file = if into_dir {
            dest_arg.join(name)
        } else {
            dest_arg.clone()
        };
        vec![DownloadItem {
            key,
            file,
            size: 0,
            etag: None,
        }]
    };
    if !a.force {
        for it in &items {
            if it.file.exists() {
                return Err(UsageError::new(format!(
                    "`{}` already exists (pass -f to overwrite it); nothing was downloaded",
                    it.file.display()
                ))
                .into());
            }
        }
    }
    if a.dry_run {
        let items = if a.recursive {
            items
        } else {
            // One object: its size and ETag from HEAD, which also says whether it exists.
            let mut it = items.into_iter().next().expect("one item");
            let doing = format!("downloading sos://{bucket}/{}", it.key);
            let h = c
                .head_object(&bucket, &it.key, a.version_id.as_deref())
                .await
                .map_err(|e| explain(e, &doing, &bucket, Some(&it.key)))?;
            it.size = h.size;
            it.etag = h.etag;
            vec![it]
        };
        print_downloaded(s, &p, &bucket, &items, true)?;
        return Ok(Exit::Success);
    }
    let total: u64 = items.iter().map(|i| i.size).sum();
    let dl = Arc::new(Downloader {
        client: c,
        bucket: bucket.clone(),
        version_id: a.version_id.clone(),
        reporter: reporter(&p, total, items.len(), "downloading"),
    });
    let work = async {
        let mut tasks: JoinSet<anyhow::Result<DownloadItem>> = JoinSet::new();
        let mut pending = items.into_iter();
        let mut done = Vec::new();
        loop {
            while tasks.len() < DOWNLOAD_CONCURRENCY {
                match pending.next() {
                    Some(it) => {
                        tasks.spawn(dl.clone().download(it));
                    }
                    None => break,
                }
            }
            match tasks.join_next().await {
                None => break,
                Some(j) => done.push(j.context("a download task failed")??),
            }
        }
        anyhow::Ok(done)
    };
    let done = tokio::select! {
        r = work => r?,
        _ = tokio::signal::ctrl_c() => {
            // Dropping the tasks drops their temporary files' guards, which remove them.
            p.note("interrupted: no partial file was left");
            return Ok(Exit::Interrupted);
        }
    };
    let mut done = done;
    done.sort_by(|x, y| x.key.cmp(&y.key));
    print_downloaded(s, &p, &bucket, &done, false)?;
    Ok(Exit::Success)
}

struct Downloader {
    client: Client,
    bucket: String,
    version_id: Option<String>,
    reporter: Arc<dyn Reporter>,
}

/// A temporary file removed on drop unless it was renamed into place.
struct TempFile {
    path: PathBuf,
    kept: bool,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.kept {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

impl Downloader {
    async fn download(self: Arc<Self>, mut it: DownloadItem) -> anyhow::Result<DownloadItem> {
        let doing = format!("downloading sos://{}/{}", self.bucket, it.key);
        let resp = match self
            .client
            .get_object(&self.bucket, &it.key, self.version_id.as_deref(), None)
            .await
        {
            Ok(r) => r,
            // A GET 404 without a body does not say whether the bucket or the key is missing.
            Err(e) if e.status() == Some(404) && e.code().is_none() => {
                return Err(match self.client.head_bucket(&self.bucket).await {
                    Err(b) if b.status() == Some(404) => explain(b, &doing, &self.bucket, None),
                    _ => explain(e, &doing, &self.bucket, Some(&it.key)),
                });
            }
            Err(e) => return Err(explain(e, &doing, &self.bucket, Some(&it.key))),
        };
        if let Some(len) = resp.content_length() {
            it.size = len;
        }
        if let Some(e) = resp.headers().get("etag") {
            it.etag = Some(String::from_utf8_lossy(e.as_bytes()).into_owned());
        }
        let dir = match it.file.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        tokio::fs::create_dir_all(&dir)
            .await
            .with_context(|| format!("creating directory `{}`", dir.display()))?;
        let name = it
            .file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut tmp = TempFile {
            path: dir.join(format!(".{name}.sosctl-{:08x}.part", fastrand::u32(..))),
            kept: false,
        };
        let progress = self.reporter.begin(&it.key, it.size);
        let written = write_body(resp, &tmp.path, progress.as_ref()).await;
        progress.end();
        let written = written.with_context(|| doing.clone())?;
        if written != it.size {
            anyhow::bail!("{doing}: the transfer ended after {written} of {} bytes", it.size);
        }
        tokio::fs::rename(&tmp.path, &it.file)
            .await
            .with_context(|| format!("{doing}: moving the downloaded file to `{}`", it.file.display()))?;
        tmp.kept = true;
        Ok(it)
    }
}

/// Streams a body into a new file; the number of bytes written.
async fn write_body(resp: reqwest::Response, path: &Path, progress: &dyn FileProgress) -> anyhow::Result<u64> {
    use tokio::io::AsyncWriteExt;
    let f = tokio::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .await
        .with_context(|| format!("creating `{}`", path.display()))?;
    let mut w = tokio::io::BufWriter::with_capacity(256 << 10, f);
    let mut stream = resp.bytes_stream();
    let mut n = 0u64;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| anyhow::Error::new(S3Error::Transport(e.to_string())))?;
        w.write_all(&chunk)
            .await
            .with_context(|| format!("writing `{}`", path.display()))?;
        n += chunk.len() as u64;
        progress.add(chunk.len() as u64);
    }
    w.flush()
        .await
        .with_context(|| format!("writing `{}`", path.display()))?;
    Ok(n)
}

fn print_downloaded(
    s: &Settings,
    p: &Printer,
    bucket: &str,
    done: &[DownloadItem],
    dry_run: bool,
) -> anyhow::Result<()> {
    let bytes: u64 = done.iter().map(|d| d.size).sum();
    match s.output {
        Format::Json => p.json(&json!({
            "dry_run": dry_run,
            "files": done.len(),
            "bytes": bytes,
            "downloaded": done.iter().map(|d| json!({
                "bucket": bucket,
                "key": d.key,
                "file": d.file.display().to_string(),
                "size": d.size,
                "etag": d.etag,
            })).collect::<Vec<_>>(),
        }))?,
        Format::Text => p.text_rows(
            &done
                .iter()
                .map(|d| {
                    vec![
                        format!("sos://{bucket}/{}", d.key),
                        d.file.display().to_string(),
                        d.size.to_string(),
                    ]
                })
                .collect::<Vec<_>>(),
        )?,
        Format::Table => {
            if dry_run {
                for d in done {
                    p.line(&format!(
                        "would download sos://{bucket}/{} -> {} ({})",
                        d.key,
                        d.file.display(),
                        output::size(d.size)
                    ))?;
                }
            }
            p.note(&format!(
                "{} {} file{}, {}",
                if dry_run { "would download" } else { "downloaded" },
                done.len(),
                plural(done.len()),
                output::size(bytes)
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(s: &str) -> Target {
        target::parse(s).unwrap()
    }

    fn keys(items: &[UploadItem]) -> Vec<&str> {
        items.iter().map(|i| i.key.as_str()).collect()
    }

    #[test]
    fn destination_rules_follow_exo() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        std::fs::create_dir_all(root.join("site/css")).unwrap();
        std::fs::write(root.join("site/index.html"), "x").unwrap();
        std::fs::write(root.join("site/css/a.css"), "yy").unwrap();
        std::fs::write(root.join("a.json"), "{}").unwrap();
        let f = root.join("a.json").display().to_string();
        let site = root.join("site").display().to_string();
        let one = |dest: &str| plan_upload(std::slice::from_ref(&f), &target(dest), false).unwrap();
        assert_eq!(keys(&one("sos://b")), ["a.json"]);
        assert_eq!(keys(&one("sos://b/")), ["a.json"]);
        assert_eq!(keys(&one("sos://b/pre/")), ["pre/a.json"]);
        assert_eq!(keys(&one("sos://b/other.json")), ["other.json"]);
        let rec = |src: &str, dest: &str| plan_upload(&[src.to_string()], &target(dest), true).unwrap();
        assert_eq!(keys(&rec(&site, "sos://b")), ["site/css/a.css", "site/index.html"]);
        assert_eq!(
            keys(&rec(&format!("{site}/"), "sos://b/p/")),
            ["p/css/a.css", "p/index.html"]
        );
        // A destination without `/` is a prefix when more than one file goes there.
        assert_eq!(
            keys(&rec(&site, "sos://b/x")),
            ["x/site/css/a.css", "x/site/index.html"]
        );
        assert_eq!(rec(&site, "sos://b")[0].size, 2);
        let both = plan_upload(&[f.clone(), format!("{site}/")], &target("sos://b/k"), true).unwrap();
        assert_eq!(keys(&both), ["k/a.json", "k/css/a.css", "k/index.html"]);
    }

    #[test]
    fn bad_sources_are_named() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().display().to_string();
        let missing = d.path().join("nope").display().to_string();
        let e = plan_upload(std::slice::from_ref(&missing), &target("sos://b"), false).unwrap_err();
        assert!(e.to_string().contains("nope` does not exist"), "{e}");
        assert_eq!(super::super::exit::code_for(&e), 2);
        let e = plan_upload(std::slice::from_ref(&dir), &target("sos://b"), false).unwrap_err();
        assert!(e.to_string().contains("add -r"), "{e}");
        std::fs::write(d.path().join("a"), "1").unwrap();
        let a = d.path().join("a").display().to_string();
        let e = plan_upload(&[a.clone(), a], &target("sos://b/p/"), false).unwrap_err();
        assert!(e.to_string().contains("would both be uploaded to the key `p/a`"), "{e}");
    }

    #[test]
    fn only_plain_relative_keys_are_downloaded() {
        assert_eq!(safe_relative("a/b.txt").unwrap(), PathBuf::from("a/b.txt"));
        for bad in [
            "../x",
            "a/../../x",
            "a/./b",
            "/etc/passwd",
            "a//b",
            "..",
            ".",
            "a/",
            "a\\..\\b",
        ] {
            assert!(safe_relative(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn content_types_by_extension() {
        assert_eq!(content_type("a/b.JSON"), "application/json");
        assert_eq!(content_type("x.tar.gz"), "application/gzip");
        assert_eq!(content_type("index.html"), "text/html");
        assert_eq!(content_type("m.wasm"), "application/wasm");
        assert_eq!(content_type("Makefile"), "application/octet-stream");
        assert_eq!(content_type("dir.d/file"), "application/octet-stream");
    }

    #[test]
    fn part_size_grows_to_stay_within_ten_thousand_parts() {
        assert_eq!(effective_part_size(12 << 20, 5 << 20), 5 << 20);
        let p = effective_part_size(100 << 30, 5 << 20);
        assert!((100u64 << 30).div_ceil(p) <= MAX_PARTS && p >= 5 << 20);
        assert_eq!(effective_part_size(1, 1), MIN_PART);
    }

    /// (name, size, bytes reported, ended) of each file.
    type Events = Arc<Mutex<Vec<(String, u64, u64, bool)>>>;

    /// Keeps what a reporter is told.
    #[derive(Default)]
    struct Recorder {
        events: Events,
    }

    struct RecordedFile {
        events: Events,
        index: usize,
    }

    impl Reporter for Recorder {
        fn begin(&self, name: &str, size: u64) -> Box<dyn FileProgress> {
            let mut e = self.events.lock().unwrap();
            e.push((name.to_string(), size, 0, false));
            Box::new(RecordedFile {
                events: self.events.clone(),
                index: e.len() - 1,
            })
        }
    }

    impl FileProgress for RecordedFile {
        fn add(&self, bytes: u64) {
            self.events.lock().unwrap()[self.index].2 += bytes;
        }
        fn end(&self) {
            self.events.lock().unwrap()[self.index].3 = true;
        }
    }

    #[test]
    fn uploads_report_every_byte_and_memory_stays_bounded() {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let server = crate::server::start(crate::server::ServerConfig::default())
                .await
                .unwrap();
            let cfg = crate::server::ServerConfig::default();
            let (ak, sk) = cfg.credentials[0].clone();
            let c = Client::new(crate::s3::ClientConfig {
                endpoint: server.endpoint(),
                region: cfg.region.clone(),
                access_key: ak,
                secret_key: sk,
                session_token: None,
                timeout: std::time::Duration::from_secs(30),
                retries: 0,
                trace: false,
            })
            .unwrap();
            c.create_bucket("rep", None, false, None).await.unwrap();
            let d = tempfile::tempdir().unwrap();
            let big: Vec<u8> = (0..(11u32 << 20)).map(|i| (i % 251) as u8).collect();
            std::fs::write(d.path().join("big.bin"), &big).unwrap();
            std::fs::write(d.path().join("small.txt"), "hello").unwrap();
            let items = plan_upload(&[format!("{}/", d.path().display())], &target("sos://rep/p/"), true).unwrap();
            let rec = Recorder::default();
            let events = rec.events.clone();
            let up = Arc::new(Uploader::new(c.clone(), "rep", None, 5 << 20, 8, &items, Arc::new(rec)));
            // 8 × 5 MiB would be 40 MiB: the budget caps it at 32 MiB.
            assert_eq!(up.memory.available_permits() as u64 * PERMIT_UNIT, MEMORY_BUDGET);
            let done = run_uploads(up.clone(), items, 8).await.unwrap();
            assert_eq!(done.len(), 2);
            assert_eq!(up.memory.available_permits() as u64 * PERMIT_UNIT, MEMORY_BUDGET);
            let mut ev = events.lock().unwrap().clone();
            ev.sort();
            assert_eq!(
                ev,
                [
                    ("p/big.bin".to_string(), big.len() as u64, big.len() as u64, true),
                    ("p/small.txt".to_string(), 5, 5, true)
                ]
            );
            let got = c
                .get_object("rep", "p/big.bin", None, None)
                .await
                .unwrap()
                .bytes()
                .await
                .unwrap();
            assert!(got == big);
            assert!(up.in_flight.uploads.lock().unwrap().is_empty());
            server.shutdown().await;
        });
    }
}
