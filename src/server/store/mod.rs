//! The object store behind the server: buckets, versions, delete markers, Object Lock, multipart uploads,
//! and the per-version replication state. No HTTP here; every S3 semantic rule the server answers with lives
//! in these methods, so they are unit-tested directly.
//!
//! Concurrency: a map of buckets behind a short `RwLock`, each bucket's state behind its own `Mutex`. Locks
//! are only held for in-memory work; body bytes are written to disk (and hashed) before the lock is taken,
//! and the journal fsync is awaited after it is released.
//!
//! Every mutation is one [`Op`], applied by [`BucketState::apply`] both live and when the journal is
//! replayed at start, so the two cannot disagree. See [`persist`] for the on-disk layout.

pub mod body;
pub mod persist;
pub mod port;

use super::error::{Kind, S3Error, S3Result};
pub use body::Body;
use persist::Persist;
pub use port::{ReplicationSink, StoredReplication, WorkItem};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch.
pub type Millis = i64;

pub fn now_ms() -> Millis {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// The common prefix a listing rolls `key` up into: `prefix` plus the key's text up to and including the
/// first `delimiter` after it; `None` without a (non-empty) delimiter or when the rest has none.
fn common_prefix<'k>(key: &'k str, prefix: &str, delimiter: Option<&str>) -> Option<&'k str> {
    delimiter
        .filter(|d| !d.is_empty())
        .and_then(|d| key[prefix.len()..].find(d).map(|i| &key[..prefix.len() + i + d.len()]))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Versioning {
    /// Never enabled: one `null` version per key.
    Unversioned,
    Enabled,
    Suspended,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LockMode {
    #[serde(rename = "GOVERNANCE")]
    Governance,
    #[serde(rename = "COMPLIANCE")]
    Compliance,
}

impl LockMode {
    pub fn as_str(self) -> &'static str {
        match self {
            LockMode::Governance => "GOVERNANCE",
            LockMode::Compliance => "COMPLIANCE",
        }
    }
    pub fn parse(s: &str) -> Option<LockMode> {
        match s {
            "GOVERNANCE" => Some(LockMode::Governance),
            "COMPLIANCE" => Some(LockMode::Compliance),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {
    pub mode: LockMode,
    pub until: Millis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DefaultRetention {
    pub mode: LockMode,
    pub days: Option<u32>,
    pub years: Option<u32>,
}

impl DefaultRetention {
    pub fn retention_from(&self, now: Millis) -> Retention {
        let days = self.days.map(i64::from).unwrap_or(0) + self.years.map(|y| i64::from(y) * 365).unwrap_or(0);
        Retention {
            mode: self.mode,
            until: now + days * 86_400_000,
        }
    }
}

/// A bucket's Object Lock configuration (present only on lock-enabled buckets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockConfig {
    pub default: Option<DefaultRetention>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReplicationStatus {
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "COMPLETED")]
    Completed,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "REPLICA")]
    Replica,
}

impl ReplicationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReplicationStatus::Pending => "PENDING",
            ReplicationStatus::Completed => "COMPLETED",
            ReplicationStatus::Failed => "FAILED",
            ReplicationStatus::Replica => "REPLICA",
        }
    }
}

/// Progress towards one destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetState {
    pub bucket: String,
    pub status: ReplicationStatus,
    pub reason: Option<String>,
}

/// A version's replication state: the overall status answered as `x-amz-replication-status`, and (for a
/// source version) the per-destination progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplicationState {
    pub status: ReplicationStatus,
    pub targets: Vec<TargetState>,
    /// When the version became PENDING (for lag statistics).
    pub since: Millis,
}

impl ReplicationState {
    /// Overall status from the targets: FAILED if any failed, PENDING while any is pending, else COMPLETED.
    pub fn recompute(&mut self) {
        if self.status == ReplicationStatus::Replica {
            return;
        }
        self.status = if self.targets.iter().any(|t| t.status == ReplicationStatus::Failed) {
            ReplicationStatus::Failed
        } else if self.targets.iter().any(|t| t.status == ReplicationStatus::Pending) {
            ReplicationStatus::Pending
        } else {
            ReplicationStatus::Completed
        };
    }
}

/// Everything known about one version except its bytes; this is what the journal records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionMeta {
    /// `null` for the null version.
    pub version_id: String,
    pub last_modified: Millis,
    /// Without quotes.
    pub etag: String,
    pub size: u64,
    pub delete_marker: bool,
    /// Standard headers (lower-case names): content-type, content-encoding, content-disposition,
    /// content-language, cache-control, expires.
    pub headers: Vec<(String, String)>,
    /// User metadata, names without the `x-amz-meta-` prefix.
    pub user_meta: Vec<(String, String)>,
    pub replication: Option<ReplicationState>,
    /// The write carried SSE-C headers: never replicated.
    pub sse_c: bool,
    pub retention: Option<Retention>,
    pub legal_hold: bool,
    pub parts_count: Option<u32>,
}

impl VersionMeta {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
    /// Whether Object Lock forbids deleting this version now.
    pub fn locked(&self, now: Millis, bypass_governance: bool) -> Option<&'static str> {
        if self.legal_hold {
            return Some("legal hold");
        }
        match self.retention {
            Some(r) if r.until > now => match r.mode {
                LockMode::Compliance => Some("COMPLIANCE retention"),
                LockMode::Governance if !bypass_governance => Some("GOVERNANCE retention"),
                LockMode::Governance => None,
            },
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Version {
    pub meta: VersionMeta,
    pub body: Body,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadMeta {
    pub upload_id: String,
    pub key: String,
    pub initiated: Millis,
    pub headers: Vec<(String, String)>,
    pub user_meta: Vec<(String, String)>,
    pub sse_c: bool,
    pub retention: Option<Retention>,
    pub legal_hold: bool,
}

#[derive(Debug, Clone)]
pub struct Part {
    pub number: u32,
    pub etag: String,
    pub size: u64,
    pub last_modified: Millis,
    pub body: Body,
}

#[derive(Debug, Clone)]
pub struct Upload {
    pub meta: UploadMeta,
    pub parts: BTreeMap<u32, Arc<Part>>,
}

/// One mutation; applied live and on replay.
#[derive(Debug, Clone)]
pub enum Op {
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
    /// Adds a version, replacing one with the same id; `upload_id` names the multipart upload it completes.
    PutVersion {
        bucket: String,
        key: String,
        version: Arc<Version>,
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
        part: Arc<Part>,
    },
    AbortUpload {
        bucket: String,
        upload_id: String,
    },
}

/// The mutable part of a bucket.
#[derive(Debug)]
pub struct BucketState {
    pub versioning: Versioning,
    pub lock: Option<LockConfig>,
    pub replication: Option<StoredReplication>,
    /// Key → versions, newest first.
    pub objects: BTreeMap<String, Vec<Arc<Version>>>,
    pub uploads: BTreeMap<String, Upload>,
    pub deleted: bool,
}

impl BucketState {
    /// Applies a bucket-level op; returns the bodies it released (dropped by the caller once the op is
    /// durable, which is when blob files may go).
    pub fn apply(&mut self, op: &Op) -> Vec<Body> {
        let mut garbage = Vec::new();
        match op {
            Op::CreateBucket { .. } | Op::DeleteBucket { .. } => {}
            Op::SetVersioning { status, .. } => self.versioning = *status,
            Op::SetLock { config, .. } => {
                self.lock = Some(*config);
                self.versioning = Versioning::Enabled;
            }
            Op::SetReplication { xml, .. } => {
                // A stored document was validated when it was accepted; reading it back cannot fail unless
                // the journal is damaged, in which case the config is dropped rather than the bucket.
                self.replication = xml.as_deref().and_then(|x| StoredReplication::from_xml(x).ok());
            }
            Op::PutVersion {
                key,
                version,
                upload_id,
                ..
            } => {
                let list = self.objects.entry(key.clone()).or_default();
                if let Some(i) = list.iter().position(|v| v.meta.version_id == version.meta.version_id) {
                    garbage.push(list.remove(i).body.clone());
                }
                let pos = list
                    .iter()
                    .position(|v| v.meta.last_modified <= version.meta.last_modified)
                    .unwrap_or(list.len());
                list.insert(pos, version.clone());
                if let Some(u) = upload_id
                    && let Some(up) = self.uploads.remove(u)
                {
                    garbage.extend(up.parts.values().map(|p| p.body.clone()));
                }
            }
            Op::RemoveVersion { key, version_id, .. } => {
                if let Some(list) = self.objects.get_mut(key) {
                    if let Some(i) = list.iter().position(|v| &v.meta.version_id == version_id) {
                        garbage.push(list.remove(i).body.clone());
                    }
                    if list.is_empty() {
                        self.objects.remove(key);
                    }
                }
            }
            Op::SetMeta { key, meta, .. } => {
                if let Some(v) = self
                    .objects
                    .get_mut(key)
                    .and_then(|l| l.iter_mut().find(|v| v.meta.version_id == meta.version_id))
                {
                    *v = Arc::new(Version {
                        meta: meta.clone(),
                        body: v.body.clone(),
                    });
                }
            }
            Op::CreateUpload { upload, .. } => {
                self.uploads.insert(
                    upload.upload_id.clone(),
                    Upload {
                        meta: upload.clone(),
                        parts: BTreeMap::new(),
                    },
                );
            }
            Op::PutPart { upload_id, part, .. } => {
                if let Some(u) = self.uploads.get_mut(upload_id)
                    && let Some(old) = u.parts.insert(part.number, part.clone())
                {
                    garbage.push(old.body.clone());
                }
            }
            Op::AbortUpload { upload_id, .. } => {
                if let Some(u) = self.uploads.remove(upload_id) {
                    garbage.extend(u.parts.values().map(|p| p.body.clone()));
                }
            }
        }
        garbage
    }

    fn find(&self, key: &str, version_id: Option<&str>) -> Option<&Arc<Version>> {
        let list = self.objects.get(key)?;
        match version_id {
            None => list.first(),
            Some(id) => list.iter().find(|v| v.meta.version_id == id),
        }
    }
}

#[derive(Debug)]
pub struct BucketCell {
    pub name: String,
    pub region: String,
    pub created: Millis,
    pub state: Mutex<BucketState>,
}

impl BucketCell {
    pub fn lock(&self) -> MutexGuard<'_, BucketState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A bucket's settings, as HeadBucket, ListBuckets and the replication checks need them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BucketInfo {
    pub name: String,
    pub region: String,
    pub created: Millis,
    pub versioning: Versioning,
    pub object_lock: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("data dir {path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("journal {path} line {line}: {message}")]
    Corrupt { path: String, line: usize, message: String },
}

/// A new object as a request delivers it (body already stored by [`Store::store_body`]).
#[derive(Debug, Clone, Default)]
pub struct NewObject {
    pub body: Body,
    pub etag: String,
    pub headers: Vec<(String, String)>,
    pub user_meta: Vec<(String, String)>,
    pub sse_c: bool,
    pub retention: Option<Retention>,
    pub legal_hold: bool,
    pub parts_count: Option<u32>,
    /// `If-None-Match: *` on the write: refuse when the key has a current version.
    pub if_none_match_star: bool,
    /// `If-Match` on the write: the current version's ETag must be this.
    pub if_match: Option<String>,
}

#[derive(Debug, Clone)]
pub struct PutResult {
    pub version: Arc<Version>,
    /// Whether the bucket is versioned (then `x-amz-version-id` is answered).
    pub versioned: bool,
}

#[derive(Debug, Clone, Default)]
pub struct DeleteResult {
    /// The version id removed, or of the delete marker written.
    pub version_id: Option<String>,
    pub delete_marker: bool,
}

/// A page of ListObjects(V2).
#[derive(Debug, Default)]
pub struct ObjectPage {
    pub objects: Vec<(String, Arc<Version>)>,
    pub prefixes: Vec<String>,
    pub truncated: bool,
    /// The last key or common prefix returned (the next page starts after it).
    pub last: Option<String>,
}

/// A page of ListObjectVersions.
#[derive(Debug, Default)]
pub struct VersionPage {
    /// (key, version, is_latest)
    pub versions: Vec<(String, Arc<Version>, bool)>,
    pub prefixes: Vec<String>,
    pub truncated: bool,
    pub next_key_marker: Option<String>,
    pub next_version_id_marker: Option<String>,
}

/// Replication figures of one (source bucket, destination) pair, from the stored version states.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PairFigures {
    pub pending: u64,
    pub pending_bytes: u64,
    pub completed: u64,
    pub completed_bytes: u64,
    pub failed: u64,
    pub failed_bytes: u64,
    /// `since` of the oldest version still PENDING for this destination.
    pub oldest_pending_since: Option<Millis>,
    /// The reason recorded on one FAILED version (the engine knows which failure was last).
    pub failure_reason: Option<String>,
}

/// Why a replica write was refused (the engine's permanent failure reasons).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReplicaError {
    #[error("DstBucketNotFound")]
    DstBucketNotFound,
    #[error("DstBucketUnversioned")]
    DstBucketUnversioned,
    #[error("DstBucketObjectLockConfigMissing")]
    DstBucketObjectLockConfigMissing,
    #[error("DstPutObjectNotPermitted: {0}")]
    DstPutObjectNotPermitted(String),
}

pub fn valid_bucket_name(name: &str) -> bool {
    let b = name.as_bytes();
    (3..=63).contains(&b.len())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'.' || *c == b'-')
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && !name.contains("..")
        && name.parse::<std::net::Ipv4Addr>().is_err()
}

/// A fresh version id: 12 hex digits of milliseconds (so ids sort roughly by time) and 20 random ones.
pub fn new_version_id() -> String {
    format!("{:012x}{:016x}{:04x}", now_ms(), fastrand::u64(..), fastrand::u16(..))
}

pub fn new_upload_id() -> String {
    format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

/// The store.
pub struct Store {
    buckets: RwLock<BTreeMap<String, Arc<BucketCell>>>,
    persist: Option<Persist>,
    sink: RwLock<Option<Arc<dyn ReplicationSink>>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("persistent", &self.persist.is_some())
            .finish()
    }
}

type Durable = Option<tokio::sync::oneshot::Receiver<Result<(), String>>>;

/// A write applied in memory whose journal record may still be on its way to disk. The journal is written
/// in apply order, so a later record is never durable before an earlier one.
#[must_use = "the write is durable only once `wait` returns"]
pub struct Journaled {
    durable: Durable,
    /// Bodies the write released: dropped (blob files may go) once the record is durable.
    garbage: Vec<Body>,
}

impl Journaled {
    pub async fn wait(self) -> S3Result<()> {
        Store::durable(self.durable).await?;
        drop(self.garbage);
        Ok(())
    }
}

impl Store {
    /// An empty in-memory store.
    pub fn memory() -> Store {
        Store {
            buckets: RwLock::new(BTreeMap::new()),
            persist: None,
            sink: RwLock::new(None),
        }
    }

    /// Opens (or creates) a store in `dir`, replaying its journal.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        let mut store = Store::memory();
        let persist = Persist::open(dir, |op| store.apply_replayed(op))?;
        store.persist = Some(persist);
        let persist = store.persist.as_ref().expect("just set");
        persist.finish_load(&store.snapshot_ops())?;
        Ok(store)
    }

    pub fn data_dir(&self) -> Option<&Path> {
        self.persist.as_ref().map(|p| p.dir.as_path())
    }

    /// Stops blob deletion and the journal writer; called on shutdown.
    pub fn close(&self) {
        if let Some(p) = &self.persist {
            p.close();
        }
    }

    fn apply_replayed(&self, op: Op) -> Result<(), String> {
        match &op {
            Op::CreateBucket {
                name,
                region,
                created,
                lock,
            } => {
                self.insert_bucket(name, region, *created, *lock);
            }
            Op::DeleteBucket { name } => {
                self.write_buckets().remove(name);
            }
            other => {
                let name = op_bucket(other);
                let cell = self
                    .read_buckets()
                    .get(name)
                    .cloned()
                    .ok_or_else(|| format!("op for unknown bucket {name}"))?;
                drop(cell.lock().apply(&op));
            }
        }
        Ok(())
    }

    fn insert_bucket(&self, name: &str, region: &str, created: Millis, lock: bool) {
        self.write_buckets()
            .insert(name.to_string(), Arc::new(new_cell(name, region, created, lock)));
    }

    /// Ops that rebuild the current state (the compacted journal).
    fn snapshot_ops(&self) -> Vec<Op> {
        let map = self.read_buckets();
        let locked: Vec<(&BucketCell, MutexGuard<'_, BucketState>)> = map.values().map(|c| (&**c, c.lock())).collect();
        Self::snapshot_of(&locked)
    }

    fn snapshot_of(locked: &[(&BucketCell, MutexGuard<'_, BucketState>)]) -> Vec<Op> {
        let mut ops = Vec::new();
        for (cell, st) in locked {
            let bucket = cell.name.clone();
            ops.push(Op::CreateBucket {
                name: bucket.clone(),
                region: cell.region.clone(),
                created: cell.created,
                lock: st.lock.is_some(),
            });
            ops.push(Op::SetVersioning {
                bucket: bucket.clone(),
                status: st.versioning,
            });
            if let Some(l) = st.lock {
                ops.push(Op::SetLock {
                    bucket: bucket.clone(),
                    config: l,
                });
            }
            if let Some(r) = &st.replication {
                ops.push(Op::SetReplication {
                    bucket: bucket.clone(),
                    xml: Some(r.xml.clone()),
                });
            }
            for (key, list) in &st.objects {
                for v in list.iter().rev() {
                    ops.push(Op::PutVersion {
                        bucket: bucket.clone(),
                        key: key.clone(),
                        version: v.clone(),
                        upload_id: None,
                    });
                }
            }
            for u in st.uploads.values() {
                ops.push(Op::CreateUpload {
                    bucket: bucket.clone(),
                    upload: u.meta.clone(),
                });
                for p in u.parts.values() {
                    ops.push(Op::PutPart {
                        bucket: bucket.clone(),
                        upload_id: u.meta.upload_id.clone(),
                        part: p.clone(),
                    });
                }
            }
        }
        ops
    }

    /// Whether the journal should be rewritten (see [`persist`]).
    pub fn needs_compaction(&self) -> bool {
        self.persist.as_ref().is_some_and(|p| p.needs_compaction())
    }

    /// Rewrites the journal from the current state. Blocks: writes pause while the snapshot is taken, and
    /// the call waits for the new journal to be in place. Run it off the async workers.
    pub fn compact(&self) -> Result<(), String> {
        let Some(p) = &self.persist else { return Ok(()) };
        let rx = {
            let map = self.write_buckets();
            let locked: Vec<(&BucketCell, MutexGuard<'_, BucketState>)> =
                map.values().map(|c| (&**c, c.lock())).collect();
            let ops = Self::snapshot_of(&locked);
            p.rotate(&ops)
        };
        rx.blocking_recv().map_err(|_| "journal writer stopped".to_string())?
    }

    fn read_buckets(&self) -> std::sync::RwLockReadGuard<'_, BTreeMap<String, Arc<BucketCell>>> {
        self.buckets.read().unwrap_or_else(|e| e.into_inner())
    }
    fn write_buckets(&self) -> std::sync::RwLockWriteGuard<'_, BTreeMap<String, Arc<BucketCell>>> {
        self.buckets.write().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues `op` in the journal (in apply order: call with the lock that ordered it held).
    fn log(&self, op: &Op) -> Durable {
        self.persist.as_ref().map(|p| p.append(op))
    }

    async fn durable(d: Durable) -> S3Result<()> {
        if let Some(rx) = d {
            match rx.await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => return Err(S3Error::internal(format!("journal write failed: {e}"))),
                Err(_) => return Err(S3Error::internal("journal writer stopped")),
            }
        }
        Ok(())
    }

    pub fn bucket(&self, name: &str) -> S3Result<Arc<BucketCell>> {
        self.read_buckets()
            .get(name)
            .cloned()
            .ok_or_else(|| S3Error::new(Kind::NoSuchBucket).with_resource(format!("/{name}")))
    }

    fn info_of(cell: &BucketCell, st: &BucketState) -> BucketInfo {
        BucketInfo {
            name: cell.name.clone(),
            region: cell.region.clone(),
            created: cell.created,
            versioning: st.versioning,
            object_lock: st.lock.is_some(),
        }
    }

    pub fn bucket_info(&self, name: &str) -> S3Result<BucketInfo> {
        let cell = self.bucket(name)?;
        let st = cell.lock();
        Ok(Self::info_of(&cell, &st))
    }

    pub fn list_buckets(&self) -> Vec<BucketInfo> {
        let cells: Vec<Arc<BucketCell>> = self.read_buckets().values().cloned().collect();
        cells.iter().map(|c| Self::info_of(c, &c.lock())).collect()
    }

    /// Stores body bytes: in memory, or (with a data dir, above the inline size) in an fsynced blob file.
    pub async fn store_body(&self, bytes: bytes::Bytes) -> S3Result<Body> {
        match &self.persist {
            Some(p) if bytes.len() > persist::INLINE_MAX => p.write_blob(bytes).await.map_err(S3Error::internal),
            _ => Ok(Body::mem(bytes)),
        }
    }

    pub async fn create_bucket(&self, name: &str, region: &str, lock: bool) -> S3Result<()> {
        if !valid_bucket_name(name) {
            return Err(S3Error::msg(
                Kind::InvalidBucketName,
                format!("The specified bucket is not valid: `{name}` (3-63 lowercase letters, digits, '.', '-')"),
            )
            .with_resource(format!("/{name}")));
        }
        let durable = {
            let mut map = self.write_buckets();
            if map.contains_key(name) {
                return Err(S3Error::new(Kind::BucketAlreadyOwnedByYou).with_resource(format!("/{name}")));
            }
            let created = now_ms();
            map.insert(name.to_string(), Arc::new(new_cell(name, region, created, lock)));
            self.log(&Op::CreateBucket {
                name: name.into(),
                region: region.into(),
                created,
                lock,
            })
        };
        Self::durable(durable).await
    }

    /// [`Self::mutate`] without waiting for the journal: applied in memory when it returns.
    fn mutate_now<T>(
        &self,
        bucket: &str,
        f: impl FnOnce(&BucketCell, &BucketState) -> S3Result<(Op, T)>,
    ) -> S3Result<(T, Journaled)> {
        let cell = self.bucket(bucket)?;
        let mut st = cell.lock();
        if st.deleted {
            return Err(S3Error::new(Kind::NoSuchBucket).with_resource(format!("/{bucket}")));
        }
        let (op, out) = f(&cell, &st)?;
        let garbage = st.apply(&op);
        Ok((
            out,
            Journaled {
                durable: self.log(&op),
                garbage,
            },
        ))
    }

    pub async fn delete_bucket(&self, name: &str) -> S3Result<()> {
        let durable = {
            let mut map = self.write_buckets();
            let cell = map
                .get(name)
                .cloned()
                .ok_or_else(|| S3Error::new(Kind::NoSuchBucket).with_resource(format!("/{name}")))?;
            let mut st = cell.lock();
            if !st.objects.is_empty() || !st.uploads.is_empty() {
                return Err(S3Error::new(Kind::BucketNotEmpty).with_resource(format!("/{name}")));
            }
            st.deleted = true;
            map.remove(name);
            self.log(&Op::DeleteBucket { name: name.into() })
        };
        Self::durable(durable).await
    }

    /// Runs a bucket-level mutation: `f` checks the state and returns the op to apply (or an error).
    async fn mutate<T>(
        &self,
        bucket: &str,
        f: impl FnOnce(&BucketCell, &BucketState) -> S3Result<(Op, T)>,
    ) -> S3Result<T> {
        let (out, journaled) = self.mutate_now(bucket, f)?;
        journaled.wait().await?;
        Ok(out)
    }

    pub async fn set_versioning(&self, bucket: &str, status: Versioning) -> S3Result<()> {
        self.mutate(bucket, |_, st| {
            if status == Versioning::Suspended {
                if st.lock.is_some() {
                    return Err(S3Error::msg(
                        Kind::InvalidBucketState,
                        "An Object Lock configuration is present on this bucket, so the versioning state cannot be changed.",
                    ));
                }
                if st.replication.is_some() {
                    return Err(S3Error::msg(
                        Kind::InvalidBucketState,
                        "A replication configuration is present on this bucket, so the versioning state cannot be changed.",
                    ));
                }
            }
            Ok((Op::SetVersioning { bucket: bucket.into(), status }, ()))
        })
        .await
    }

    pub fn lock_config(&self, bucket: &str) -> S3Result<Option<LockConfig>> {
        Ok(self.bucket(bucket)?.lock().lock)
    }

    /// PutObjectLockConfiguration: allowed on lock-enabled buckets, and on buckets with versioning Enabled
    /// (which enables Object Lock on them, as S3 now allows).
    pub async fn set_lock_config(&self, bucket: &str, config: LockConfig) -> S3Result<()> {
        self.mutate(bucket, |_, st| {
            if st.lock.is_none() && st.versioning != Versioning::Enabled {
                return Err(S3Error::msg(
                    Kind::InvalidBucketState,
                    "Versioning must be 'Enabled' on the bucket to apply an Object Lock configuration",
                ));
            }
            Ok((
                Op::SetLock {
                    bucket: bucket.into(),
                    config,
                },
                (),
            ))
        })
        .await
    }

    pub fn replication(&self, bucket: &str) -> S3Result<Option<StoredReplication>> {
        Ok(self.bucket(bucket)?.lock().replication.clone())
    }

    /// Stores (or with `None` removes) a replication config already validated by
    /// `server::replication::validate_replication`; versioning is re-checked under the lock.
    pub async fn set_replication(&self, bucket: &str, cfg: Option<StoredReplication>) -> S3Result<()> {
        self.mutate(bucket, |_, st| {
            if cfg.is_some() && st.versioning != Versioning::Enabled {
                return Err(S3Error::msg(
                    Kind::InvalidRequest,
                    "Versioning must be 'Enabled' on the bucket to apply a replication configuration",
                ));
            }
            Ok((
                Op::SetReplication {
                    bucket: bucket.into(),
                    xml: cfg.map(|c| c.xml),
                },
                (),
            ))
        })
        .await
    }

    /// The replication state of a new source version (decided in the same critical section that writes it).
    fn replication_for(
        st: &BucketState,
        key: &str,
        delete_marker: bool,
        sse_c: bool,
        now: Millis,
    ) -> Option<ReplicationState> {
        if sse_c {
            return None;
        }
        let targets = st.replication.as_ref()?.targets(key, delete_marker);
        if targets.is_empty() {
            return None;
        }
        Some(ReplicationState {
            status: ReplicationStatus::Pending,
            targets: targets
                .into_iter()
                .map(|bucket| TargetState {
                    bucket,
                    status: ReplicationStatus::Pending,
                    reason: None,
                })
                .collect(),
            since: now,
        })
    }

    fn notify(&self, bucket: &str, key: &str, v: &VersionMeta) {
        if v.replication
            .as_ref()
            .is_some_and(|r| r.status == ReplicationStatus::Pending)
        {
            let sink = self.sink.read().unwrap_or_else(|e| e.into_inner()).clone();
            if let Some(s) = sink {
                s.enqueue(WorkItem {
                    bucket: bucket.into(),
                    key: key.into(),
                    version_id: v.version_id.clone(),
                });
            }
        }
    }

    fn new_meta(st: &BucketState, key: &str, obj: &NewObject, now: Millis) -> S3Result<VersionMeta> {
        if st.lock.is_none() && (obj.retention.is_some() || obj.legal_hold) {
            return Err(S3Error::msg(
                Kind::InvalidRequest,
                "Bucket is missing Object Lock Configuration",
            ));
        }
        let retention = obj
            .retention
            .or_else(|| st.lock.and_then(|l| l.default).map(|d| d.retention_from(now)));
        Ok(VersionMeta {
            version_id: match st.versioning {
                Versioning::Enabled => new_version_id(),
                _ => "null".into(),
            },
            last_modified: now,
            etag: obj.etag.clone(),
            size: obj.body.len(),
            delete_marker: false,
            headers: obj.headers.clone(),
            user_meta: obj.user_meta.clone(),
            replication: Self::replication_for(st, key, false, obj.sse_c, now),
            sse_c: obj.sse_c,
            retention,
            legal_hold: obj.legal_hold,
            parts_count: obj.parts_count,
        })
    }

    fn check_write_conditions(st: &BucketState, key: &str, obj: &NewObject) -> S3Result<()> {
        let current = st.find(key, None).filter(|v| !v.meta.delete_marker);
        if obj.if_none_match_star && current.is_some() {
            return Err(S3Error::new(Kind::PreconditionFailed).with_resource(key.to_string()));
        }
        if let Some(want) = &obj.if_match {
            let want = want.trim().trim_matches('"');
            match current {
                Some(v) if want == "*" || v.meta.etag == want => {}
                Some(_) => return Err(S3Error::new(Kind::PreconditionFailed).with_resource(key.to_string())),
                None => return Err(S3Error::new(Kind::NoSuchKey).with_resource(key.to_string())),
            }
        }
        Ok(())
    }

    /// PutObject / CopyObject.
    pub async fn put_object(&self, bucket: &str, key: &str, obj: NewObject) -> S3Result<PutResult> {
        let now = now_ms();
        let res = self
            .mutate(bucket, |_, st| {
                Self::check_write_conditions(st, key, &obj)?;
                let meta = Self::new_meta(st, key, &obj, now)?;
                let version = Arc::new(Version {
                    meta,
                    body: obj.body.clone(),
                });
                let versioned = st.versioning != Versioning::Unversioned;
                let op = Op::PutVersion {
                    bucket: bucket.into(),
                    key: key.into(),
                    version: version.clone(),
                    upload_id: None,
                };
                Ok((op, PutResult { version, versioned }))
            })
            .await?;
        self.notify(bucket, key, &res.version.meta);
        Ok(res)
    }

    /// The current version (`None`) or a given one. A current delete marker answers NoSuchKey (with the
    /// marker's headers); a version id naming a delete marker answers MethodNotAllowed.
    pub fn get_object(&self, bucket: &str, key: &str, version_id: Option<&str>) -> S3Result<Arc<Version>> {
        let cell = self.bucket(bucket)?;
        let st = cell.lock();
        let resource = format!("/{bucket}/{key}");
        match st.find(key, version_id) {
            None if version_id.is_some() => {
                let bad_id = version_id.is_some_and(|v| v != "null" && v.len() != 32);
                Err(if bad_id {
                    S3Error::msg(Kind::InvalidArgument, "Invalid version id specified")
                } else {
                    S3Error::new(Kind::NoSuchVersion)
                }
                .with_resource(resource))
            }
            None => Err(S3Error::new(Kind::NoSuchKey).with_resource(resource)),
            Some(v) if v.meta.delete_marker => {
                let e = if version_id.is_some() {
                    S3Error::new(Kind::MethodNotAllowed)
                } else {
                    S3Error::new(Kind::NoSuchKey)
                };
                Err(e
                    .with_resource(resource)
                    .with_header("x-amz-delete-marker", "true")
                    .with_header("x-amz-version-id", v.meta.version_id.clone()))
            }
            Some(v) => Ok(v.clone()),
        }
    }

    /// DeleteObject. Without a version id: unversioned → the null version goes; Enabled → a delete marker;
    /// Suspended → a null delete marker replacing the null version. With one: that version goes, unless
    /// Object Lock holds it.
    pub async fn delete_object(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
        bypass_governance: bool,
    ) -> S3Result<DeleteResult> {
        let now = now_ms();
        let res = self
            .mutate(bucket, |_, st| match version_id {
                Some(vid) => {
                    let Some(v) = st.find(key, Some(vid)) else {
                        // Deleting a version that does not exist succeeds, as in S3.
                        let op = Op::RemoveVersion {
                            bucket: bucket.into(),
                            key: key.into(),
                            version_id: vid.into(),
                        };
                        return Ok((
                            op,
                            (
                                DeleteResult {
                                    version_id: Some(vid.into()),
                                    delete_marker: false,
                                },
                                None,
                            ),
                        ));
                    };
                    if let Some(why) = v.meta.locked(now, bypass_governance) {
                        return Err(S3Error::msg(
                            Kind::AccessDenied,
                            format!("Access Denied because object protected by object lock ({why})"),
                        )
                        .with_resource(format!("/{bucket}/{key}")));
                    }
                    let op = Op::RemoveVersion {
                        bucket: bucket.into(),
                        key: key.into(),
                        version_id: vid.into(),
                    };
                    Ok((
                        op,
                        (
                            DeleteResult {
                                version_id: Some(vid.into()),
                                delete_marker: v.meta.delete_marker,
                            },
                            None,
                        ),
                    ))
                }
                None if st.versioning == Versioning::Unversioned => {
                    let op = Op::RemoveVersion {
                        bucket: bucket.into(),
                        key: key.into(),
                        version_id: "null".into(),
                    };
                    Ok((op, (DeleteResult::default(), None)))
                }
                None => {
                    let meta = VersionMeta {
                        version_id: if st.versioning == Versioning::Enabled {
                            new_version_id()
                        } else {
                            "null".into()
                        },
                        last_modified: now,
                        etag: String::new(),
                        size: 0,
                        delete_marker: true,
                        headers: Vec::new(),
                        user_meta: Vec::new(),
                        replication: Self::replication_for(st, key, true, false, now),
                        sse_c: false,
                        retention: None,
                        legal_hold: false,
                        parts_count: None,
                    };
                    let vid = meta.version_id.clone();
                    let version = Arc::new(Version {
                        meta,
                        body: Body::empty(),
                    });
                    let op = Op::PutVersion {
                        bucket: bucket.into(),
                        key: key.into(),
                        version: version.clone(),
                        upload_id: None,
                    };
                    Ok((
                        op,
                        (
                            DeleteResult {
                                version_id: Some(vid),
                                delete_marker: true,
                            },
                            Some(version),
                        ),
                    ))
                }
            })
            .await?;
        if let Some(v) = &res.1 {
            self.notify(bucket, key, &v.meta);
        }
        Ok(res.0)
    }

    /// Replaces a version's metadata via `f` (retention, legal hold, replication status).
    async fn update_meta(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
        f: impl FnOnce(&BucketState, &mut VersionMeta) -> S3Result<()>,
    ) -> S3Result<VersionMeta> {
        self.mutate(bucket, |_, st| {
            let v = st.find(key, version_id).ok_or_else(|| {
                if version_id.is_some() {
                    S3Error::new(Kind::NoSuchVersion)
                } else {
                    S3Error::new(Kind::NoSuchKey)
                }
                .with_resource(format!("/{bucket}/{key}"))
            })?;
            if v.meta.delete_marker {
                return Err(S3Error::new(Kind::MethodNotAllowed).with_resource(format!("/{bucket}/{key}")));
            }
            let mut meta = v.meta.clone();
            f(st, &mut meta)?;
            Ok((
                Op::SetMeta {
                    bucket: bucket.into(),
                    key: key.into(),
                    meta: meta.clone(),
                },
                meta,
            ))
        })
        .await
    }

    fn require_lock(st: &BucketState) -> S3Result<()> {
        if st.lock.is_none() {
            return Err(S3Error::msg(
                Kind::InvalidRequest,
                "Bucket is missing Object Lock Configuration",
            ));
        }
        Ok(())
    }

    /// PutObjectRetention: COMPLIANCE cannot be shortened or removed; GOVERNANCE only with the bypass.
    pub async fn put_retention(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
        retention: Option<Retention>,
        bypass_governance: bool,
    ) -> S3Result<VersionMeta> {
        let now = now_ms();
        self.update_meta(bucket, key, version_id, |st, meta| {
            Self::require_lock(st)?;
            if let Some(cur) = meta.retention.filter(|r| r.until > now) {
                let weakens = match retention {
                    None => true,
                    Some(new) => {
                        new.until < cur.until || (cur.mode == LockMode::Compliance && new.mode != LockMode::Compliance)
                    }
                };
                if weakens && (cur.mode == LockMode::Compliance || !bypass_governance) {
                    return Err(S3Error::msg(
                        Kind::AccessDenied,
                        format!(
                            "Access Denied: the object is under {} retention until a later date",
                            cur.mode.as_str()
                        ),
                    ));
                }
            }
            meta.retention = retention;
            Ok(())
        })
        .await
    }

    pub async fn put_legal_hold(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
        on: bool,
    ) -> S3Result<VersionMeta> {
        self.update_meta(bucket, key, version_id, |st, meta| {
            Self::require_lock(st)?;
            meta.legal_hold = on;
            Ok(())
        })
        .await
    }

    /// ListObjects(V2): current versions that are not delete markers, keys after `after`.
    pub fn list_objects(
        &self,
        bucket: &str,
        prefix: &str,
        delimiter: Option<&str>,
        after: Option<&str>,
        max: usize,
    ) -> S3Result<ObjectPage> {
        let cell = self.bucket(bucket)?;
        let st = cell.lock();
        let mut page = ObjectPage::default();
        let start = match after {
            Some(a) if a >= prefix => std::ops::Bound::Excluded(a.to_string()),
            _ => std::ops::Bound::Included(prefix.to_string()),
        };
        for (key, list) in st.objects.range((start, std::ops::Bound::Unbounded)) {
            if !key.starts_with(prefix) {
                break;
            }
            let Some(cur) = list.first().filter(|v| !v.meta.delete_marker) else {
                continue;
            };
            let cp = common_prefix(key, prefix, delimiter);
            if let Some(cp) = cp
                && (after.is_some_and(|a| cp <= a) || page.prefixes.last().is_some_and(|p| p == cp))
            {
                continue;
            }
            if page.objects.len() + page.prefixes.len() >= max {
                page.truncated = true;
                break;
            }
            match cp {
                Some(cp) => {
                    page.prefixes.push(cp.to_string());
                    page.last = Some(cp.to_string());
                }
                None => {
                    page.objects.push((key.clone(), cur.clone()));
                    page.last = Some(key.clone());
                }
            }
        }
        Ok(page)
    }

    /// ListObjectVersions: all versions and delete markers, newest first per key, after the markers.
    pub fn list_versions(
        &self,
        bucket: &str,
        prefix: &str,
        delimiter: Option<&str>,
        key_marker: Option<&str>,
        version_id_marker: Option<&str>,
        max: usize,
    ) -> S3Result<VersionPage> {
        let cell = self.bucket(bucket)?;
        let st = cell.lock();
        let mut page = VersionPage::default();
        let start = match key_marker {
            Some(k) if !k.is_empty() && k >= prefix => {
                if version_id_marker.is_some_and(|v| !v.is_empty()) {
                    std::ops::Bound::Included(k.to_string())
                } else {
                    std::ops::Bound::Excluded(k.to_string())
                }
            }
            _ => std::ops::Bound::Included(prefix.to_string()),
        };
        let mut count = 0usize;
        'keys: for (key, list) in st.objects.range((start, std::ops::Bound::Unbounded)) {
            if !key.starts_with(prefix) {
                break;
            }
            let cp = common_prefix(key, prefix, delimiter);
            if let Some(cp) = cp {
                if key_marker.is_some_and(|m| cp <= m) || page.prefixes.last().is_some_and(|p| p == cp) {
                    continue;
                }
                if count >= max {
                    page.truncated = true;
                    break;
                }
                page.prefixes.push(cp.to_string());
                page.next_key_marker = Some(cp.to_string());
                page.next_version_id_marker = None;
                count += 1;
                continue;
            }
            let mut skip_until = if Some(key.as_str()) == key_marker {
                version_id_marker.filter(|v| !v.is_empty())
            } else {
                None
            };
            for (i, v) in list.iter().enumerate() {
                if let Some(m) = skip_until {
                    if v.meta.version_id == m {
                        skip_until = None;
                    }
                    continue;
                }
                if count >= max {
                    page.truncated = true;
                    break 'keys;
                }
                page.versions.push((key.clone(), v.clone(), i == 0));
                page.next_key_marker = Some(key.clone());
                page.next_version_id_marker = Some(v.meta.version_id.clone());
                count += 1;
            }
        }
        if !page.truncated {
            page.next_key_marker = None;
            page.next_version_id_marker = None;
        }
        Ok(page)
    }

    // ---- multipart ----

    pub async fn create_upload(&self, bucket: &str, key: &str, obj: NewObject) -> S3Result<String> {
        let now = now_ms();
        self.mutate(bucket, |_, st| {
            // Lock headers are checked now so that Complete cannot fail on them.
            Self::new_meta(st, key, &obj, now)?;
            let upload = UploadMeta {
                upload_id: new_upload_id(),
                key: key.into(),
                initiated: now,
                headers: obj.headers.clone(),
                user_meta: obj.user_meta.clone(),
                sse_c: obj.sse_c,
                retention: obj.retention,
                legal_hold: obj.legal_hold,
            };
            let id = upload.upload_id.clone();
            Ok((
                Op::CreateUpload {
                    bucket: bucket.into(),
                    upload,
                },
                id,
            ))
        })
        .await
    }

    fn upload_of<'a>(st: &'a BucketState, key: &str, upload_id: &str) -> S3Result<&'a Upload> {
        st.uploads
            .get(upload_id)
            .filter(|u| u.meta.key == key)
            .ok_or_else(|| S3Error::new(Kind::NoSuchUpload).with_resource(upload_id.to_string()))
    }

    pub async fn upload_part(
        &self,
        bucket: &str,
        key: &str,
        upload_id: &str,
        number: u32,
        body: Body,
        etag: String,
    ) -> S3Result<()> {
        if !(1..=10_000).contains(&number) {
            return Err(S3Error::msg(
                Kind::InvalidArgument,
                "Part number must be an integer between 1 and 10000, inclusive",
            ));
        }
        self.mutate(bucket, |_, st| {
            Self::upload_of(st, key, upload_id)?;
            let part = Arc::new(Part {
                number,
                etag,
                size: body.len(),
                last_modified: now_ms(),
                body,
            });
            Ok((
                Op::PutPart {
                    bucket: bucket.into(),
                    upload_id: upload_id.into(),
                    part,
                },
                (),
            ))
        })
        .await
    }

    pub async fn abort_upload(&self, bucket: &str, key: &str, upload_id: &str) -> S3Result<()> {
        self.mutate(bucket, |_, st| {
            Self::upload_of(st, key, upload_id)?;
            Ok((
                Op::AbortUpload {
                    bucket: bucket.into(),
                    upload_id: upload_id.into(),
                },
                (),
            ))
        })
        .await
    }

    /// The upload and its parts (ListParts).
    pub fn get_upload(&self, bucket: &str, key: &str, upload_id: &str) -> S3Result<Upload> {
        let cell = self.bucket(bucket)?;
        let st = cell.lock();
        Self::upload_of(&st, key, upload_id).cloned()
    }

    pub fn list_uploads(&self, bucket: &str, prefix: &str) -> S3Result<Vec<UploadMeta>> {
        let cell = self.bucket(bucket)?;
        let st = cell.lock();
        let mut v: Vec<UploadMeta> = st
            .uploads
            .values()
            .filter(|u| u.meta.key.starts_with(prefix))
            .map(|u| u.meta.clone())
            .collect();
        v.sort_by(|a, b| (&a.key, a.initiated).cmp(&(&b.key, b.initiated)));
        Ok(v)
    }

    /// CompleteMultipartUpload: the listed parts (ascending, ETags matching, all but the last >= 5 MiB)
    /// become the new version's body without copying.
    pub async fn complete_upload(
        &self,
        bucket: &str,
        key: &str,
        upload_id: &str,
        wanted: &[(u32, String)],
    ) -> S3Result<PutResult> {
        const MIN_PART: u64 = 5 * 1024 * 1024;
        let now = now_ms();
        let res = self
            .mutate(bucket, |_, st| {
                let up = Self::upload_of(st, key, upload_id)?;
                if wanted.is_empty() {
                    return Err(S3Error::msg(Kind::MalformedXML, "You must specify at least one part"));
                }
                if wanted.windows(2).any(|w| w[1].0 <= w[0].0) {
                    return Err(S3Error::new(Kind::InvalidPartOrder));
                }
                let mut parts = Vec::with_capacity(wanted.len());
                for (i, (n, etag)) in wanted.iter().enumerate() {
                    let p = up
                        .parts
                        .get(n)
                        .filter(|p| p.etag == etag.trim().trim_matches('"'))
                        .ok_or_else(|| {
                            S3Error::msg(
                                Kind::InvalidPart,
                                format!("Part {n} was not uploaded or its ETag does not match"),
                            )
                        })?;
                    if i + 1 < wanted.len() && p.size < MIN_PART {
                        return Err(S3Error::msg(
                            Kind::EntityTooSmall,
                            format!(
                                "Part {n} is {} bytes; all parts but the last must be at least 5 MiB",
                                p.size
                            ),
                        ));
                    }
                    parts.push(p.clone());
                }
                let mut md5s = Vec::with_capacity(parts.len() * 16);
                for p in &parts {
                    md5s.extend(hex::decode(&p.etag).unwrap_or_default());
                }
                let etag = format!("{}-{}", hex::encode(md5_digest(&md5s)), parts.len());
                let body = Body::concat(parts.iter().map(|p| &p.body));
                let m = &up.meta;
                let obj = NewObject {
                    body,
                    etag,
                    headers: m.headers.clone(),
                    user_meta: m.user_meta.clone(),
                    sse_c: m.sse_c,
                    retention: m.retention,
                    legal_hold: m.legal_hold,
                    parts_count: Some(parts.len() as u32),
                    ..Default::default()
                };
                let meta = Self::new_meta(st, key, &obj, now)?;
                let version = Arc::new(Version { meta, body: obj.body });
                let versioned = st.versioning != Versioning::Unversioned;
                let op = Op::PutVersion {
                    bucket: bucket.into(),
                    key: key.into(),
                    version: version.clone(),
                    upload_id: Some(upload_id.into()),
                };
                Ok((op, PutResult { version, versioned }))
            })
            .await?;
        self.notify(bucket, key, &res.version.meta);
        Ok(res)
    }

    // ---- the replication engine's side ----

    /// Attaches the replication engine; new PENDING versions are sent to it once durable.
    pub fn set_replication_sink(&self, sink: Option<Arc<dyn ReplicationSink>>) {
        *self.sink.write().unwrap_or_else(|e| e.into_inner()) = sink;
    }

    /// Every source version with a destination still PENDING (e.g. after a restart), oldest first.
    pub fn pending_replication(&self) -> Vec<WorkItem> {
        let mut out: Vec<(Millis, WorkItem)> = Vec::new();
        let cells: Vec<Arc<BucketCell>> = self.read_buckets().values().cloned().collect();
        for cell in cells {
            let st = cell.lock();
            for (key, list) in &st.objects {
                // Oldest first within a key, so that equal `since` values keep write order in the stable sort.
                for v in list.iter().rev() {
                    if let Some(r) = v
                        .meta
                        .replication
                        .as_ref()
                        // Any destination still PENDING, even when another one already FAILED (overall FAILED).
                        .filter(|r| {
                            r.status != ReplicationStatus::Replica
                                && r.targets.iter().any(|t| t.status == ReplicationStatus::Pending)
                        })
                    {
                        out.push((
                            r.since,
                            WorkItem {
                                bucket: cell.name.clone(),
                                key: key.clone(),
                                version_id: v.meta.version_id.clone(),
                            },
                        ));
                    }
                }
            }
        }
        out.sort_by_key(|(t, _)| *t);
        out.into_iter().map(|(_, w)| w).collect()
    }

    /// A version by id, delete markers included (for the engine).
    pub fn version(&self, bucket: &str, key: &str, version_id: &str) -> Option<Arc<Version>> {
        let cell = self.bucket(bucket).ok()?;
        let st = cell.lock();
        st.find(key, Some(version_id)).cloned()
    }

    /// Per (source bucket, destination) figures from the stored states: every configured pair appears, with
    /// zeros when nothing was replicated yet. The operator view adds the engine's own figures to these.
    pub fn replication_figures(&self) -> BTreeMap<(String, String), PairFigures> {
        let mut out: BTreeMap<(String, String), PairFigures> = BTreeMap::new();
        let cells: Vec<Arc<BucketCell>> = self.read_buckets().values().cloned().collect();
        for cell in cells {
            let st = cell.lock();
            if st.deleted {
                continue;
            }
            if let Some(r) = &st.replication {
                for d in r.destinations() {
                    out.entry((cell.name.clone(), d)).or_default();
                }
            }
            for v in st.objects.values().flatten() {
                let Some(r) = v.meta.replication.as_ref() else { continue };
                for t in &r.targets {
                    let f = out.entry((cell.name.clone(), t.bucket.clone())).or_default();
                    let size = v.meta.size;
                    match t.status {
                        ReplicationStatus::Pending => {
                            f.pending += 1;
                            f.pending_bytes += size;
                            f.oldest_pending_since = Some(f.oldest_pending_since.map_or(r.since, |s| s.min(r.since)));
                        }
                        ReplicationStatus::Completed => {
                            f.completed += 1;
                            f.completed_bytes += size;
                        }
                        ReplicationStatus::Failed => {
                            f.failed += 1;
                            f.failed_bytes += size;
                            if f.failure_reason.is_none() {
                                f.failure_reason = t.reason.clone();
                            }
                        }
                        ReplicationStatus::Replica => {}
                    }
                }
            }
        }
        out
    }

    /// Puts every FAILED destination of every source version back to PENDING (journaled) and returns the
    /// versions to queue again, oldest first.
    pub async fn retry_failed(&self) -> Vec<WorkItem> {
        let mut failed: Vec<(Millis, WorkItem)> = Vec::new();
        let cells: Vec<Arc<BucketCell>> = self.read_buckets().values().cloned().collect();
        for cell in cells {
            let st = cell.lock();
            for (key, list) in &st.objects {
                for v in list.iter().rev() {
                    if let Some(r) = v
                        .meta
                        .replication
                        .as_ref()
                        .filter(|r| r.status == ReplicationStatus::Failed)
                    {
                        failed.push((
                            r.since,
                            WorkItem {
                                bucket: cell.name.clone(),
                                key: key.clone(),
                                version_id: v.meta.version_id.clone(),
                            },
                        ));
                    }
                }
            }
        }
        failed.sort_by_key(|(t, _)| *t);
        let mut out = Vec::with_capacity(failed.len());
        for (_, w) in failed {
            let reset = self
                .mutate(&w.bucket, |_, st| {
                    let v = st
                        .find(&w.key, Some(&w.version_id))
                        .ok_or_else(|| S3Error::new(Kind::NoSuchVersion))?;
                    let mut meta = v.meta.clone();
                    let Some(r) = meta
                        .replication
                        .as_mut()
                        .filter(|r| r.status == ReplicationStatus::Failed)
                    else {
                        return Err(S3Error::new(Kind::NoSuchVersion));
                    };
                    for t in r.targets.iter_mut().filter(|t| t.status == ReplicationStatus::Failed) {
                        t.status = ReplicationStatus::Pending;
                        t.reason = None;
                    }
                    r.recompute();
                    Ok((
                        Op::SetMeta {
                            bucket: w.bucket.clone(),
                            key: w.key.clone(),
                            meta,
                        },
                        (),
                    ))
                })
                .await;
            // A version deleted (or retried by someone else) meanwhile has nothing to re-queue.
            if reset.is_ok() {
                out.push(w);
            }
        }
        out
    }

    /// Writes a replica of `source` into `dest`: same version id, Last-Modified, ETag, headers, metadata,
    /// retention; status REPLICA; the body is shared. Already present (a retry): nothing to do, `Ok(false)`;
    /// `Ok(true)` when this call wrote it.
    pub async fn put_replica(&self, dest: &str, key: &str, source: &Version) -> Result<bool, ReplicaError> {
        let (written, journaled) = self.apply_replica(dest, key, source)?;
        journaled
            .wait()
            .await
            .map_err(|e| ReplicaError::DstPutObjectNotPermitted(e.message))?;
        Ok(written)
    }

    /// [`Self::put_replica`] without waiting for the journal (the engine waits elsewhere, so that one
    /// worker's next item does not queue behind this fsync).
    pub fn apply_replica(&self, dest: &str, key: &str, source: &Version) -> Result<(bool, Journaled), ReplicaError> {
        let cell = self.bucket(dest).map_err(|_| ReplicaError::DstBucketNotFound)?;
        let (garbage, durable) = {
            let mut st = cell.lock();
            if st.deleted {
                return Err(ReplicaError::DstBucketNotFound);
            }
            if st.versioning != Versioning::Enabled {
                return Err(ReplicaError::DstBucketUnversioned);
            }
            if source.meta.retention.is_some() && st.lock.is_none() {
                return Err(ReplicaError::DstBucketObjectLockConfigMissing);
            }
            if st.find(key, Some(&source.meta.version_id)).is_some() {
                return Ok((
                    false,
                    Journaled {
                        durable: None,
                        garbage: Vec::new(),
                    },
                ));
            }
            let mut meta = source.meta.clone();
            meta.replication = Some(ReplicationState {
                status: ReplicationStatus::Replica,
                targets: Vec::new(),
                since: now_ms(),
            });
            let op = Op::PutVersion {
                bucket: dest.into(),
                key: key.into(),
                version: Arc::new(Version {
                    meta,
                    body: source.body.clone(),
                }),
                upload_id: None,
            };
            let g = st.apply(&op);
            (g, self.log(&op))
        };
        Ok((true, Journaled { durable, garbage }))
    }

    /// Records the outcome for one destination of a source version and recomputes its overall status.
    pub async fn set_target_status(
        &self,
        bucket: &str,
        key: &str,
        version_id: &str,
        destination: &str,
        status: ReplicationStatus,
        reason: Option<String>,
    ) -> S3Result<VersionMeta> {
        let (meta, journaled) = self.apply_target_status(bucket, key, version_id, destination, status, reason)?;
        journaled.wait().await?;
        Ok(meta)
    }

    /// [`Self::set_target_status`] without waiting for the journal.
    pub fn apply_target_status(
        &self,
        bucket: &str,
        key: &str,
        version_id: &str,
        destination: &str,
        status: ReplicationStatus,
        reason: Option<String>,
    ) -> S3Result<(VersionMeta, Journaled)> {
        self.mutate_now(bucket, |_, st| {
            let v = st
                .find(key, Some(version_id))
                .ok_or_else(|| S3Error::new(Kind::NoSuchVersion))?;
            let mut meta = v.meta.clone();
            if let Some(r) = meta.replication.as_mut() {
                if let Some(t) = r.targets.iter_mut().find(|t| t.bucket == destination) {
                    t.status = status;
                    t.reason = reason;
                }
                r.recompute();
            }
            Ok((
                Op::SetMeta {
                    bucket: bucket.into(),
                    key: key.into(),
                    meta: meta.clone(),
                },
                meta,
            ))
        })
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        self.close();
    }
}

fn new_cell(name: &str, region: &str, created: Millis, lock: bool) -> BucketCell {
    let state = BucketState {
        versioning: if lock {
            Versioning::Enabled
        } else {
            Versioning::Unversioned
        },
        lock: lock.then_some(LockConfig { default: None }),
        replication: None,
        objects: BTreeMap::new(),
        uploads: BTreeMap::new(),
        deleted: false,
    };
    BucketCell {
        name: name.to_string(),
        region: region.to_string(),
        created,
        state: Mutex::new(state),
    }
}

fn op_bucket(op: &Op) -> &str {
    match op {
        Op::CreateBucket { name, .. } | Op::DeleteBucket { name } => name,
        Op::SetVersioning { bucket, .. }
        | Op::SetLock { bucket, .. }
        | Op::SetReplication { bucket, .. }
        | Op::PutVersion { bucket, .. }
        | Op::RemoveVersion { bucket, .. }
        | Op::SetMeta { bucket, .. }
        | Op::CreateUpload { bucket, .. }
        | Op::PutPart { bucket, .. }
        | Op::AbortUpload { bucket, .. } => bucket,
    }
}

pub fn md5_digest(data: &[u8]) -> [u8; 16] {
    use md5::Digest;
    md5::Md5::digest(data).into()
}

#[cfg(test)]
mod tests;
