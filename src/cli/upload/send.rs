//! Sending planned files: concurrent single PUTs and multipart uploads whose parts go in parallel, with
//! the requests in flight bounded by the client's limiter (`crate::s3::limiter`) and a bounded number of bytes of file data in memory
//! ([`Memory`]); a failed part aborts its multipart upload, and what Ctrl-C cuts short is aborted by
//! [`abort_in_flight`].

use super::plan::UploadItem;
use crate::cli::connect::explain;
use crate::cli::progress::{FileProgress, Reporter};
use crate::s3::{Client, CompletedPart, ListOptions, PutObjectOptions};
use anyhow::Context;
use bytes::Bytes;
use futures_util::TryStreamExt;
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::{Semaphore, watch};
use tokio::task::JoinSet;

/// Most file data in memory at once, whatever --concurrency and --part-size say (unless one part is
/// bigger, then one part).
const MEMORY_BUDGET: u64 = 32 << 20;
/// S3 refuses more parts than this.
const MAX_PARTS: u64 = 10_000;
/// S3's smallest part (all but the last).
pub const MIN_PART: u64 = 5 << 20;
/// Files read ahead of the request limit, so that a freed slot finds a body ready.
const PREFETCH: usize = 8;
/// Semaphore permits count KiB, so that a u32 `acquire_many` covers any part size.
const PERMIT_UNIT: u64 = 1024;

/// File data in memory, counted in KiB: a semaphore of the budget's size, and the high-water mark of
/// what was held at once (so that a test can tell the cap held, not only that it was set).
pub struct Memory {
    permits: Arc<Semaphore>,
    held: AtomicU64,
    peak: AtomicU64,
}

/// Memory granted for one body; given back when the body's last reference is dropped.
pub struct MemoryPermit {
    memory: Arc<Memory>,
    units: u64,
    _permit: tokio::sync::OwnedSemaphorePermit,
}

impl Memory {
    pub fn new(budget: u64) -> Arc<Memory> {
        Arc::new(Memory {
            permits: Arc::new(Semaphore::new(Self::units(budget) as usize)),
            held: AtomicU64::new(0),
            peak: AtomicU64::new(0),
        })
    }

    fn units(bytes: u64) -> u32 {
        bytes.div_ceil(PERMIT_UNIT).max(1) as u32
    }

    /// Waits until `bytes` fit in the budget.
    pub async fn acquire(self: &Arc<Self>, bytes: u64) -> anyhow::Result<MemoryPermit> {
        let units = Self::units(bytes);
        let permit = self.permits.clone().acquire_many_owned(units).await?;
        let held = self.held.fetch_add(u64::from(units), Ordering::SeqCst) + u64::from(units);
        self.peak.fetch_max(held, Ordering::SeqCst);
        Ok(MemoryPermit {
            memory: self.clone(),
            units: u64::from(units),
            _permit: permit,
        })
    }

    /// Bytes of the budget not granted now.
    pub fn available(&self) -> u64 {
        self.permits.available_permits() as u64 * PERMIT_UNIT
    }

    /// The most bytes granted at once so far.
    pub fn peak(&self) -> u64 {
        self.peak.load(Ordering::SeqCst) * PERMIT_UNIT
    }
}

impl Drop for MemoryPermit {
    fn drop(&mut self) {
        // Before the semaphore permit (a field, dropped after this), so `held` never exceeds the budget.
        self.memory.held.fetch_sub(self.units, Ordering::SeqCst);
    }
}

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

/// Files up to this size may be sent before the bucket's zone is known (see [`Uploader::early`]): where
/// round trips, not bytes, are the time. A PUT sent to the wrong zone is refused and sent again, so what
/// is sent early is at most the requests in flight times this.
pub const EARLY_MAX: u64 = 1 << 20;

/// How an upload runs: shared by every file task.
pub struct Uploader {
    /// The bucket's zone's client, or, while [`Uploader::found`] is not known, the settings' zone's.
    client: Client,
    /// The bucket's zone's client once it is known (at once unless [`Uploader::early`]).
    found: watch::Receiver<Option<Client>>,
    bucket: String,
    acl: Option<String>,
    part_size: u64,
    /// File data in memory.
    pub memory: Arc<Memory>,
    reporter: Arc<dyn Reporter>,
    in_flight: InFlight,
    pool: Arc<BufferPool>,
}

impl Uploader {
    pub fn new(
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
        // Enough for one part or file in any case, else concurrency × part size up to the budget
        // (`concurrency` is the most requests the client's limiter allows in flight).
        let budget = (concurrency as u64)
            .saturating_mul(part_size)
            .min(MEMORY_BUDGET)
            .max(part_size)
            .max(biggest_part);
        let (_, found) = watch::channel(Some(client.clone()));
        Uploader {
            client,
            found,
            bucket: bucket.to_string(),
            acl,
            part_size,
            memory: Memory::new(budget),
            reporter,
            in_flight: InFlight::default(),
            pool: Arc::default(),
        }
    }

    /// Uploads before the bucket's zone is known: `client` is then the settings' zone's, and `found` gets
    /// the bucket's zone's client once its HEAD answers. Meanwhile files up to [`EARLY_MAX`] go to the
    /// settings' zone; one whose PUT fails there (refused for another zone, or any other error) is sent
    /// again once the zone is known. Bigger files and multipart uploads wait for it.
    pub fn early(mut self, found: watch::Receiver<Option<Client>>) -> Uploader {
        self.found = found;
        self
    }

    /// The bucket's zone's client, if known yet.
    fn found(&self) -> Option<Client> {
        self.found.borrow().clone()
    }

    /// The bucket's zone's client, once known.
    async fn zone_client(&self) -> anyhow::Result<Client> {
        let mut found = self.found.clone();
        let c = found
            .wait_for(Option::is_some)
            .await
            .context("the bucket's zone was not found")?;
        Ok(c.clone().expect("waited for"))
    }

    /// What an item's PUT (or CreateMultipartUpload) sets.
    fn options(&self, item: &UploadItem) -> PutObjectOptions {
        PutObjectOptions {
            content_type: Some(item.content_type().to_string()),
            acl: self.acl.clone(),
            headers: Vec::new(),
        }
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
        let mem = self.memory.acquire(item.size).await?;
        let body = read_range(&item.file, 0, item.size, mem, &self.pool).await?;
        let opts = self.options(item);
        // Before the bucket's zone is known a small file is sent early, to the settings' zone; on any
        // failure there it goes again once the zone is known (the run ends with the HEAD's own error if the
        // bucket is missing or forbidden). Otherwise it goes to the bucket's zone, once known.
        let sent = if self.found().is_none() && item.size <= EARLY_MAX {
            let early = self.client.put_object(&self.bucket, &item.key, body.clone(), &opts);
            early.await.ok()
        } else {
            None
        };
        let out = match sent {
            Some(out) => out,
            None => self
                .zone_client()
                .await?
                .put_object(&self.bucket, &item.key, body, &opts)
                .await
                .map_err(|e| explain(e, "PutObject", &self.bucket, None))?,
        };
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
        let client = self.zone_client().await?;
        self.in_flight.uploads.lock().unwrap().insert(item.key.clone(), None);
        let id = match client
            .create_multipart_upload(&self.bucket, &item.key, &self.options(item))
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
        let result = self.parts(&client, item, &id, part_size, count, progress).await;
        let result = match result {
            Ok(parts) => client
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
                let aborted = client.abort_multipart_upload(&self.bucket, &item.key, &id).await;
                self.in_flight.uploads.lock().unwrap().remove(&item.key);
                match aborted {
                    Ok(()) => Err(e.context("the multipart upload was aborted")),
                    Err(a) => Err(e.context(format!("aborting the multipart upload {id} failed too: {a}"))),
                }
            }
        }
    }

    /// Uploads every part, in parallel within the memory budget (and the client's request limit); the first failure stops
    /// the others (dropping the set aborts its tasks).
    async fn parts(
        self: &Arc<Self>,
        client: &Client,
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
                    mem = self.memory.acquire(len) => {
                        let mem = mem?;
                        let me = self.clone();
                        let (file, key, id, n) = (item.file.clone(), item.key.clone(), id.to_string(), next);
                        let client = client.clone();
                        tasks.spawn(async move {
                            let body = read_range(&file, offset, len, mem, &me.pool).await?;
                            let etag = client
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
pub fn effective_part_size(size: u64, asked: u64) -> u64 {
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
/// Reads of at most this many bytes are done on the async worker itself: one `pread` of a small file
/// costs less than handing it to a blocking thread and waking the task again (for 1000 files of 10 KiB,
/// a tenth of the client's CPU time), and holds the worker for microseconds.
const INLINE_READ_MAX: u64 = 64 << 10;

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
    _memory: MemoryPermit,
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

/// Reads `len` bytes at `offset` (off the async workers, unless at most [`INLINE_READ_MAX`]) into a buffer
/// that holds `memory` while alive.
async fn read_range(
    file: &Path,
    offset: u64,
    len: u64,
    memory: MemoryPermit,
    pool: &Arc<BufferPool>,
) -> anyhow::Result<Bytes> {
    let file = file.to_path_buf();
    let pool = (len >= POOLED_MIN).then(|| pool.clone());
    let read = move || -> anyhow::Result<Bytes> {
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
            _memory: memory,
        }))
    };
    if len <= INLINE_READ_MAX {
        return read();
    }
    tokio::task::spawn_blocking(read).await?
}

/// Uploads every file, at most `concurrency` started at once (their requests wait for the client's limiter); the first failure stops the rest (and their multipart
/// uploads are aborted by the file tasks themselves or, for tasks cut short, here).
pub async fn run_uploads(
    up: Arc<Uploader>,
    items: Vec<UploadItem>,
    concurrency: usize,
) -> anyhow::Result<Vec<Uploaded>> {
    let mut tasks: JoinSet<anyhow::Result<Uploaded>> = JoinSet::new();
    let mut done = Vec::with_capacity(items.len());
    let mut pending = items.into_iter();
    let mut failure = None;
    let limiter = up.client.limiter().cloned();
    loop {
        // Before the limit is read, so that a raise after it is not missed.
        let raised = limiter.as_ref().map(|l| l.raised());
        // Only a few more files than the limiter lets through now are started (read into memory): a file
        // task waiting for a request slot holds its buffer and, while it reads a big file, a blocking thread.
        let started = limiter
            .as_ref()
            .map_or(concurrency, |l| l.limit() + PREFETCH)
            .min(concurrency);
        while tasks.len() < started && failure.is_none() {
            match pending.next() {
                Some(item) => {
                    tasks.spawn(up.clone().upload(item));
                }
                None => break,
            }
        }
        let more = tasks.len() >= started && pending.len() > 0 && failure.is_none();
        let joined = tokio::select! {
            j = tasks.join_next() => j,
            // A raise that is not a completion (a first answer, or the wait for it): start more files.
            _ = async { raised.expect("checked").await }, if more && raised.is_some() => continue,
        };
        match joined {
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
pub async fn abort_in_flight(up: &Uploader) -> usize {
    let open: Vec<(String, Option<String>)> = up.in_flight.uploads.lock().unwrap().drain().collect();
    // Multipart uploads start only once the bucket's zone is known.
    let client = up.found().unwrap_or_else(|| up.client.clone());
    let mut n = 0;
    for (key, id) in open {
        let ids = match id {
            Some(id) => vec![id],
            // CreateMultipartUpload may have reached the server before the task was cut: find it, on
            // every page of the uploads under the key.
            None => open_uploads(&client, &up.bucket, &key).await,
        };
        for id in ids {
            match client.abort_multipart_upload(&up.bucket, &key, &id).await {
                Ok(()) => n += 1,
                Err(e) => eprintln!("warning: could not abort the multipart upload of `{key}` ({id}): {e}"),
            }
        }
    }
    n
}

/// The ids of the multipart uploads in progress of exactly `key`, from every page of the listing (what it
/// could read of them, when a page fails).
pub async fn open_uploads(c: &Client, bucket: &str, key: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut pages = c.upload_pages(bucket, &ListOptions::prefix(key));
    while let Ok(Some(page)) = pages.try_next().await {
        ids.extend(page.uploads.into_iter().filter(|u| u.key == key).map(|u| u.upload_id));
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::progress::{FileProgress, Reporter};
    use crate::cli::target;
    use crate::cli::upload::plan::plan_upload;

    fn target(s: &str) -> target::Target {
        target::parse(s).unwrap()
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

    /// A client of a bundled server started in the test.
    fn local_client(server: &crate::server::RunningServer) -> Client {
        let cfg = crate::server::ServerConfig::default();
        let (ak, sk) = cfg.credentials[0].clone();
        Client::new(crate::s3::ClientConfig {
            endpoint: server.endpoint(),
            region: cfg.region.clone(),
            access_key: ak,
            secret_key: sk,
            session_token: None,
            timeout: std::time::Duration::from_secs(30),
            retries: 0,
            trace: false,
        })
        .unwrap()
    }

    #[tokio::test]
    async fn ctrl_c_aborts_the_uploads_of_a_key_on_every_page() {
        use crate::s3::scripted::{client_for, http, scripted_with_log, uploads_page};
        // A task cut before it learnt its upload id: the listing of the uploads under its key runs over
        // three pages, which hold uploads of the key (to abort) and of a longer key it prefixes (to keep).
        let (ep, _, log) = scripted_with_log(vec![
            Some(uploads_page(
                &[("big.bin", "u1"), ("big.bin", "u2")],
                Some(("big.bin", "u2")),
            )),
            Some(uploads_page(&[("big.bin", "u3")], Some(("big.bin", "u3")))),
            Some(uploads_page(&[("big.bin", "u4"), ("big.bin.other", "x1")], None)),
            Some(http("204 No Content", "")),
        ])
        .await;
        let c = client_for(ep, 0, std::time::Duration::from_secs(5));
        let up = Uploader::new(c, "cut", None, MIN_PART, 1, &[], Arc::new(Recorder::default()));
        up.in_flight.uploads.lock().unwrap().insert("big.bin".into(), None);
        assert_eq!(abort_in_flight(&up).await, 4);
        let log = log.lock().unwrap();
        let lists: Vec<&String> = log.iter().filter(|l| l.starts_with("GET")).collect();
        assert_eq!(lists.len(), 3, "{log:?}");
        assert!(lists[2].contains("key-marker=big.bin") && lists[2].contains("upload-id-marker=u3"));
        let aborted: Vec<&str> = log
            .iter()
            .filter(|l| l.starts_with("DELETE /cut/big.bin?"))
            .filter_map(|l| l.split("uploadId=").nth(1))
            .map(|rest| rest.split(['&', ' ']).next().unwrap_or_default())
            .collect();
        assert_eq!(aborted, ["u1", "u2", "u3", "u4"], "{log:?}");
        assert!(!log.iter().any(|l| l.contains("big.bin.other")), "{log:?}");
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
            let c = local_client(&server);
            c.create_bucket("rep", &Default::default()).await.unwrap();
            let d = tempfile::tempdir().unwrap();
            // 8 parts of 5 MiB: all eight in memory at once would be 40 MiB, over the 32 MiB budget, so
            // the peak below is only within it because the budget is enforced.
            let big: Vec<u8> = (0..(40u32 << 20)).map(|i| (i % 251) as u8).collect();
            std::fs::write(d.path().join("big.bin"), &big).unwrap();
            std::fs::write(d.path().join("small.txt"), "hello").unwrap();
            let items = plan_upload(&[format!("{}/", d.path().display())], &target("sos://rep/p/"), true).unwrap();
            let rec = Recorder::default();
            let events = rec.events.clone();
            let up = Arc::new(Uploader::new(c.clone(), "rep", None, 5 << 20, 8, &items, Arc::new(rec)));
            // 8 × 5 MiB would be 40 MiB: the budget caps it at 32 MiB.
            assert_eq!(up.memory.available(), MEMORY_BUDGET);
            let done = run_uploads(up.clone(), items, 8).await.unwrap();
            assert_eq!(done.len(), 2);
            assert_eq!(up.memory.available(), MEMORY_BUDGET);
            let peak = up.memory.peak();
            assert!(peak > 0, "no file data was ever counted in memory");
            assert!(
                peak <= MEMORY_BUDGET,
                "{peak} bytes of file data in memory at once, over the budget of {MEMORY_BUDGET}"
            );
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
                .get_object("rep", "p/big.bin", &Default::default())
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
