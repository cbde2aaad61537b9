//! Persistence for `--data-dir DIR`.
//!
//! Layout:
//! - `DIR/lock`: locked while a server has DIR open, so a second one refuses to start.
//! - `DIR/journal`: one JSON record per line, each a store [`Op`] (bucket created, version put, version
//!   removed, metadata changed, upload/part, ...). A dedicated writer thread appends records and fsyncs;
//!   records queued while an fsync runs are committed together by the next one (group commit), so many
//!   concurrent small writes share fsyncs. A request is acknowledged only after its record is fsynced.
//! - `DIR/blobs/XY/ID`: bodies larger than [`INLINE_MAX`], one file per body or part, named by a random
//!   id (never by the object key, so a key like `../../etc/x` cannot reach outside DIR). A blob is written
//!   and fsynced (file and directory) before the record that references it is queued. Smaller bodies are
//!   stored inline in the record (base64), which makes a small PUT cost one shared fsync.
//! - `DIR/incoming/ID`: a body being received, until it is verified and renamed to `blobs/XY/ID`
//!   (`super::incoming`); emptied at start (what is there was never acknowledged).
//!
//! While running, once the journal is past 64 MiB and 4x its last compacted size, it is rewritten the same
//! way from a snapshot taken with every bucket locked (`Store::compact`).
//!
//! At start the journal is replayed through the same `apply` as live writes; a torn last line (a crash
//! mid-append of a write that was never acknowledged) is ignored. Then the state is written out as a fresh,
//! compacted journal (temp file, fsync, rename, directory fsync), and blob files no version or part refers
//! to (written for writes that never committed, or whose delete was interrupted) are removed. Replication
//! status is part of each version's metadata, so PENDING work is found again after a restart.

use super::body::{BlobDir, BlobFile, Body, Seg};
use super::checksum::StoredChecksum;
use super::state::Op;
use super::types::{LockConfig, Millis, Part, StoreError, UploadMeta, Version, VersionMeta, Versioning};
use crate::model::acl::{Acl, Ownership};
use crate::model::cors::CorsConfig;
use base64::Engine;
use bytes::Bytes;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fs::{self, File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};

/// Bodies up to this size live in the journal record itself.
pub const INLINE_MAX: usize = 64 * 1024;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

#[derive(Debug, Serialize, Deserialize)]
enum SegRec {
    #[serde(rename = "m")]
    Mem(String),
    #[serde(rename = "f")]
    File(String, u64),
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "op")]
enum Rec {
    CreateBucket {
        name: String,
        region: String,
        created: Millis,
        lock: bool,
    },
    DeleteBucket {
        name: String,
    },
    SetVersioning {
        bucket: String,
        status: Versioning,
    },
    SetLock {
        bucket: String,
        config: LockConfig,
    },
    SetReplication {
        bucket: String,
        xml: Option<String>,
    },
    SetBucketAcl {
        bucket: String,
        acl: Acl,
    },
    SetOwnership {
        bucket: String,
        ownership: Option<Ownership>,
    },
    SetCors {
        bucket: String,
        cors: Option<CorsConfig>,
    },
    PutVersion {
        bucket: String,
        key: String,
        meta: VersionMeta,
        body: Vec<SegRec>,
        upload_id: Option<String>,
    },
    RemoveVersion {
        bucket: String,
        key: String,
        version_id: String,
    },
    SetMeta {
        bucket: String,
        key: String,
        meta: VersionMeta,
    },
    CreateUpload {
        bucket: String,
        upload: UploadMeta,
    },
    PutPart {
        bucket: String,
        upload_id: String,
        number: u32,
        etag: String,
        size: u64,
        last_modified: Millis,
        body: Vec<SegRec>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        checksum: Option<StoredChecksum>,
    },
    AbortUpload {
        bucket: String,
        upload_id: String,
    },
}

fn body_rec(b: &Body) -> Vec<SegRec> {
    b.segments()
        .iter()
        .map(|s| match s {
            Seg::Mem(m) => SegRec::Mem(B64.encode(m)),
            Seg::File(f) => SegRec::File(f.id.clone(), f.len),
        })
        .collect()
}

fn rec_of(op: &Op) -> Rec {
    match op.clone() {
        Op::CreateBucket {
            name,
            region,
            created,
            lock,
        } => Rec::CreateBucket {
            name,
            region,
            created,
            lock,
        },
        Op::DeleteBucket { name } => Rec::DeleteBucket { name },
        Op::SetVersioning { bucket, status } => Rec::SetVersioning { bucket, status },
        Op::SetLock { bucket, config } => Rec::SetLock { bucket, config },
        Op::SetReplication { bucket, xml } => Rec::SetReplication { bucket, xml },
        Op::SetBucketAcl { bucket, acl } => Rec::SetBucketAcl { bucket, acl },
        Op::SetOwnership { bucket, ownership } => Rec::SetOwnership { bucket, ownership },
        Op::SetCors { bucket, cors } => Rec::SetCors { bucket, cors },
        Op::PutVersion {
            bucket,
            key,
            version,
            upload_id,
        } => Rec::PutVersion {
            bucket,
            key,
            meta: version.meta.clone(),
            body: body_rec(&version.body),
            upload_id,
        },
        Op::RemoveVersion {
            bucket,
            key,
            version_id,
        } => Rec::RemoveVersion {
            bucket,
            key,
            version_id,
        },
        Op::SetMeta { bucket, key, meta } => Rec::SetMeta { bucket, key, meta },
        Op::CreateUpload { bucket, upload } => Rec::CreateUpload { bucket, upload },
        Op::PutPart {
            bucket,
            upload_id,
            part,
        } => Rec::PutPart {
            bucket,
            upload_id,
            number: part.number,
            etag: part.etag.clone(),
            size: part.size,
            last_modified: part.last_modified,
            body: body_rec(&part.body),
            checksum: part.checksum.clone(),
        },
        Op::AbortUpload { bucket, upload_id } => Rec::AbortUpload { bucket, upload_id },
    }
}

/// Resolves body records, sharing one `BlobFile` per id so refcounting decides when a file goes.
struct Loader {
    blobs: Arc<BlobDir>,
    index: HashMap<String, Arc<BlobFile>>,
}

impl Loader {
    fn body(&mut self, segs: Vec<SegRec>) -> Result<Body, String> {
        let mut parts = Vec::with_capacity(segs.len());
        for s in segs {
            parts.push(match s {
                SegRec::Mem(b) => Body::mem(Bytes::from(B64.decode(b).map_err(|e| format!("bad inline body: {e}"))?)),
                SegRec::File(id, len) => {
                    if id.len() < 3 || !id.bytes().all(|c| c.is_ascii_hexdigit()) {
                        return Err(format!("bad blob id {id:?}"));
                    }
                    let f = match self.index.get(&id) {
                        Some(f) => f.clone(),
                        // Existence is checked after replay: a later record may have removed the version.
                        None => {
                            let f = Arc::new(BlobFile {
                                dir: self.blobs.clone(),
                                id: id.clone(),
                                len,
                            });
                            self.index.insert(id, f.clone());
                            f
                        }
                    };
                    Body::file(f)
                }
            });
        }
        Ok(Body::concat(parts.iter()))
    }

    fn op(&mut self, rec: Rec) -> Result<Op, String> {
        Ok(match rec {
            Rec::CreateBucket {
                name,
                region,
                created,
                lock,
            } => Op::CreateBucket {
                name,
                region,
                created,
                lock,
            },
            Rec::DeleteBucket { name } => Op::DeleteBucket { name },
            Rec::SetVersioning { bucket, status } => Op::SetVersioning { bucket, status },
            Rec::SetLock { bucket, config } => Op::SetLock { bucket, config },
            Rec::SetReplication { bucket, xml } => Op::SetReplication { bucket, xml },
            Rec::SetBucketAcl { bucket, acl } => Op::SetBucketAcl { bucket, acl },
            Rec::SetOwnership { bucket, ownership } => Op::SetOwnership { bucket, ownership },
            Rec::SetCors { bucket, cors } => Op::SetCors { bucket, cors },
            Rec::PutVersion {
                bucket,
                key,
                meta,
                body,
                upload_id,
            } => {
                let body = self.body(body)?;
                Op::PutVersion {
                    bucket,
                    key,
                    version: Arc::new(Version { meta, body }),
                    upload_id,
                }
            }
            Rec::RemoveVersion {
                bucket,
                key,
                version_id,
            } => Op::RemoveVersion {
                bucket,
                key,
                version_id,
            },
            Rec::SetMeta { bucket, key, meta } => Op::SetMeta { bucket, key, meta },
            Rec::CreateUpload { bucket, upload } => Op::CreateUpload { bucket, upload },
            Rec::PutPart {
                bucket,
                upload_id,
                number,
                etag,
                size,
                last_modified,
                body,
                checksum,
            } => {
                let body = self.body(body)?;
                Op::PutPart {
                    bucket,
                    upload_id,
                    part: Arc::new(Part {
                        number,
                        etag,
                        size,
                        last_modified,
                        body,
                        checksum,
                    }),
                }
            }
            Rec::AbortUpload { bucket, upload_id } => Op::AbortUpload { bucket, upload_id },
        })
    }
}

type Done = tokio::sync::oneshot::Sender<Result<(), String>>;

enum Msg {
    Append(Vec<u8>, Done),
    /// Replace the journal with this snapshot.
    Rotate(Vec<u8>, Done),
}

/// The journal is rewritten once it is past this size and 4x its size after the last compaction.
const COMPACT_MIN: u64 = 64 * 1024 * 1024;

pub struct Persist {
    pub dir: PathBuf,
    blobs: Arc<BlobDir>,
    tx: Mutex<Option<mpsc::Sender<Msg>>>,
    journal_bytes: Arc<AtomicU64>,
    compacted_size: AtomicU64,
    /// Held (advisory lock) for as long as the store is open.
    _lock: File,
    writer: Mutex<Option<std::thread::JoinHandle<()>>>,
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.display().to_string(),
        source,
    }
}

pub(super) fn sync_dir(path: &Path) -> std::io::Result<()> {
    File::open(path)?.sync_all()
}

impl Persist {
    /// Creates the layout if needed and replays the journal through `apply`.
    pub fn open(dir: &Path, mut apply: impl FnMut(Op) -> Result<(), String>) -> Result<Persist, StoreError> {
        fs::create_dir_all(dir).map_err(io_err(dir))?;
        // One server per data dir: two writers would interleave journals.
        let lock_path = dir.join("lock");
        let lock = File::create(&lock_path).map_err(io_err(&lock_path))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Io {
                    path: dir.display().to_string(),
                    source: std::io::Error::other("the data dir is in use by another sosctl serve"),
                });
            }
            Err(fs::TryLockError::Error(e)) => return Err(io_err(&lock_path)(e)),
        }
        let blob_root = dir.join("blobs");
        fs::create_dir_all(&blob_root).map_err(io_err(&blob_root))?;
        for i in 0..=255u8 {
            let d = blob_root.join(format!("{i:02x}"));
            fs::create_dir_all(&d).map_err(io_err(&d))?;
        }
        // Bodies that were being received when the last server stopped were never acknowledged.
        let incoming = dir.join("incoming");
        match fs::remove_dir_all(&incoming) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_err(&incoming)(e)),
        }
        fs::create_dir_all(&incoming).map_err(io_err(&incoming))?;
        let blobs = Arc::new(BlobDir {
            root: blob_root,
            incoming,
            live: false.into(),
        });
        let journal = dir.join("journal");
        let mut loader = Loader {
            blobs: blobs.clone(),
            index: HashMap::new(),
        };
        match File::open(&journal) {
            Ok(f) => {
                let mut lines = BufReader::new(f).split(b'\n').enumerate().peekable();
                while let Some((n, line)) = lines.next() {
                    let line = line.map_err(io_err(&journal))?;
                    let last = lines.peek().is_none();
                    if line.is_empty() {
                        continue;
                    }
                    let corrupt = |message: String| StoreError::Corrupt {
                        path: journal.display().to_string(),
                        line: n + 1,
                        message,
                    };
                    let rec: Rec = match serde_json::from_slice(&line) {
                        Ok(r) => r,
                        // A torn final record belongs to a write that was never acknowledged.
                        Err(_) if last => break,
                        Err(e) => return Err(corrupt(e.to_string())),
                    };
                    let op = loader.op(rec).map_err(corrupt)?;
                    apply(op).map_err(corrupt)?;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_err(&journal)(e)),
        }
        drop(loader);
        Ok(Persist {
            dir: dir.to_path_buf(),
            blobs,
            tx: Mutex::new(None),
            writer: Mutex::new(None),
            journal_bytes: Arc::new(AtomicU64::new(0)),
            _lock: lock,
            compacted_size: AtomicU64::new(0),
        })
    }

    /// Serializes a snapshot; returns the bytes and the blob ids it refers to.
    fn snapshot_bytes(snapshot: &[Op]) -> (Vec<u8>, HashSet<String>) {
        let mut buf = Vec::new();
        let mut referenced = HashSet::new();
        for op in snapshot {
            let rec = rec_of(op);
            if let Rec::PutVersion { body, .. } | Rec::PutPart { body, .. } = &rec {
                for s in body {
                    if let SegRec::File(id, _) = s {
                        referenced.insert(id.clone());
                    }
                }
            }
            serde_json::to_writer(&mut buf, &rec).expect("records always serialize");
            buf.push(b'\n');
        }
        (buf, referenced)
    }

    /// Writes the compacted journal, removes unreferenced blobs, starts the writer.
    pub fn finish_load(&self, snapshot: &[Op]) -> Result<(), StoreError> {
        let (bytes, referenced) = Self::snapshot_bytes(snapshot);
        for id in &referenced {
            let path = self.blobs.path(id);
            if !fs::exists(&path).unwrap_or(false) {
                return Err(StoreError::Corrupt {
                    path: path.display().to_string(),
                    line: 0,
                    message: "a stored version refers to this blob, which is missing".into(),
                });
            }
        }
        let journal = self.dir.join("journal");
        let file = replace_journal(&self.dir, &bytes).map_err(io_err(&journal))?;
        self.journal_bytes.store(bytes.len() as u64, Ordering::Relaxed);
        self.compacted_size.store(bytes.len() as u64, Ordering::Relaxed);

        for sub in fs::read_dir(&self.blobs.root).map_err(io_err(&self.blobs.root))? {
            let sub = sub.map_err(io_err(&self.blobs.root))?.path();
            if !sub.is_dir() {
                continue;
            }
            for f in fs::read_dir(&sub).map_err(io_err(&sub))? {
                let f = f.map_err(io_err(&sub))?;
                let name = f.file_name().to_string_lossy().into_owned();
                if !referenced.contains(&name) {
                    let _ = fs::remove_file(f.path());
                }
            }
        }

        let (tx, rx) = mpsc::channel::<Msg>();
        let dir = self.dir.clone();
        let size = self.journal_bytes.clone();
        let handle = std::thread::Builder::new()
            .name("sosctl-journal".into())
            .spawn(move || journal_writer(file, rx, dir, size))
            .map_err(io_err(&journal))?;
        *self.tx.lock().unwrap_or_else(|e| e.into_inner()) = Some(tx);
        *self.writer.lock().unwrap_or_else(|e| e.into_inner()) = Some(handle);
        self.blobs.live.store(true, Ordering::Release);
        Ok(())
    }

    /// Queues a record; the receiver resolves once it is fsynced.
    pub fn append(&self, op: &Op) -> tokio::sync::oneshot::Receiver<Result<(), String>> {
        let (done, rx) = tokio::sync::oneshot::channel();
        let mut line = serde_json::to_vec(&rec_of(op)).expect("records always serialize");
        line.push(b'\n');
        if let Some(tx) = self.tx.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
            // A send error drops `done`, which the caller sees as "journal writer stopped".
            let _ = tx.send(Msg::Append(line, done));
        }
        rx
    }

    /// Whether the journal has grown enough (past 64 MiB and 4x its last compacted size) to be rewritten.
    pub fn needs_compaction(&self) -> bool {
        let now = self.journal_bytes.load(Ordering::Relaxed);
        now > COMPACT_MIN && now > 4 * self.compacted_size.load(Ordering::Relaxed)
    }

    /// Queues a rotation to `snapshot` (call with every bucket locked, so that the snapshot holds exactly
    /// the records queued before it); the receiver resolves once the new journal is in place.
    pub fn rotate(&self, snapshot: &[Op]) -> tokio::sync::oneshot::Receiver<Result<(), String>> {
        let (done, rx) = tokio::sync::oneshot::channel();
        let (bytes, _) = Self::snapshot_bytes(snapshot);
        self.compacted_size.store(bytes.len() as u64, Ordering::Relaxed);
        if let Some(tx) = self.tx.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
            let _ = tx.send(Msg::Rotate(bytes, done));
        }
        rx
    }

    /// The blob directory, for bodies received straight into it.
    pub fn blobs(&self) -> Arc<BlobDir> {
        self.blobs.clone()
    }

    /// Writes a body as a new blob file, fsyncing it and its directory.
    pub async fn write_blob(&self, bytes: Bytes) -> std::io::Result<Body> {
        let blobs = self.blobs.clone();
        tokio::task::spawn_blocking(move || {
            let id = format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..));
            let path = blobs.path(&id);
            let mut f = File::create(&path)?;
            f.write_all(&bytes)?;
            f.sync_data()?;
            sync_dir(path.parent().expect("blob paths have a parent"))?;
            Ok(Body::file(Arc::new(BlobFile {
                dir: blobs,
                id,
                len: bytes.len() as u64,
            })))
        })
        .await
        .map_err(std::io::Error::other)?
    }

    /// Stops deleting blobs (the in-memory state is about to be dropped) and flushes the writer.
    pub fn close(&self) {
        self.blobs.live.store(false, Ordering::Release);
        drop(self.tx.lock().unwrap_or_else(|e| e.into_inner()).take());
        if let Some(h) = self.writer.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = h.join();
        }
    }
}

/// Writes `bytes` as the new journal (temp file, fsync, rename, directory fsync); returns it open for
/// appending.
fn replace_journal(dir: &Path, bytes: &[u8]) -> std::io::Result<File> {
    let journal = dir.join("journal");
    let tmp = dir.join("journal.tmp");
    let mut f = File::create(&tmp)?;
    f.write_all(bytes)?;
    f.sync_all()?;
    drop(f);
    fs::rename(&tmp, &journal)?;
    sync_dir(dir)?;
    OpenOptions::new().append(true).open(&journal)
}

fn journal_writer(mut file: File, rx: mpsc::Receiver<Msg>, dir: PathBuf, size: Arc<AtomicU64>) {
    let mut next: Option<Msg> = None;
    loop {
        let first = match next.take() {
            Some(m) => m,
            None => match rx.recv() {
                Ok(m) => m,
                Err(_) => return,
            },
        };
        match first {
            Msg::Rotate(bytes, done) => {
                let r = replace_journal(&dir, &bytes).map_err(|e| e.to_string());
                match r {
                    Ok(f) => {
                        file = f;
                        size.store(bytes.len() as u64, Ordering::Relaxed);
                        let _ = done.send(Ok(()));
                    }
                    // The old journal is still complete and in use.
                    Err(e) => {
                        let _ = done.send(Err(e));
                    }
                }
            }
            Msg::Append(line, done) => {
                // Group commit: everything queued meanwhile shares this write and fsync.
                let mut batch = vec![(line, done)];
                while batch.len() < 10_000 {
                    match rx.try_recv() {
                        Ok(Msg::Append(l, d)) => batch.push((l, d)),
                        Ok(rotate) => {
                            next = Some(rotate);
                            break;
                        }
                        Err(_) => break,
                    }
                }
                let mut buf = Vec::with_capacity(batch.iter().map(|(l, _)| l.len()).sum());
                for (l, _) in &batch {
                    buf.extend_from_slice(l);
                }
                let r = file
                    .write_all(&buf)
                    .and_then(|_| file.sync_data())
                    .map_err(|e| e.to_string());
                if r.is_ok() {
                    size.fetch_add(buf.len() as u64, Ordering::Relaxed);
                }
                for (_, done) in batch {
                    let _ = done.send(r.clone());
                }
            }
        }
    }
}
