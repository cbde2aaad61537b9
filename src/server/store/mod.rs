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
//!
//! A key's versions are ordered by what travels with each of them (Last-Modified, the server's write
//! sequence, the version id: [`state::newer`]), so a source bucket and its replicas agree on the current
//! version whatever order replication delivered them in.
//!
//! - [`types`]: the vocabulary (versioning, lock modes, retention, replication status, version records,
//!   results).
//! - [`state`]: [`Op`] and its one `apply`, the per-bucket state.
//! - this file: the [`Store`] itself, opening, journaling, compaction, and the mutation helpers the others use.
//! - `bucket`, `object`, `list`, `multipart`, `replicas`: the store's methods, one file per family
//!   (`replicas` is the replication engine's side: pending work, replica writes, per-destination status).
//! - [`checksum`]: the checksums kept with versions and parts, and a multipart object's made from its parts.
//! - [`port`]: what the store needs of replication and the sink it hands new PENDING versions to.
//! - [`body`], [`persist`]: body bytes (memory or blob files) and the journal on disk; `incoming`: a body
//!   being received, until it is verified ([`BodyWriter`]).

pub mod body;
mod bucket;
pub mod checksum;
mod incoming;
mod list;
mod multipart;
mod object;
pub mod persist;
pub mod port;
mod replicas;
pub mod state;
pub mod types;

use super::error::{Kind, S3Error, S3Result};
pub use body::Body;
pub use checksum::{ChecksumSpec, ChecksumType, StoredChecksum};
pub use incoming::BodyWriter;
pub use multipart::{CompletedPart, Completion, NewPart};
use persist::Persist;
pub use port::{ReplicationSink, StoredReplication, WorkItem};
pub use state::{BucketCell, BucketState, Op};
use state::{new_cell, op_bucket};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, MutexGuard, RwLock};
pub use types::{
    BucketInfo, DefaultRetention, DeleteResult, LockConfig, LockMode, Millis, NewObject, ObjectPage, PairFigures, Part,
    PartInfo, PutResult, ReplicaError, ReplicationState, ReplicationStatus, Retention, StoreError, TargetState, Upload,
    UploadMeta, Version, VersionMeta, VersionPage, Versioning, md5_digest, new_upload_id, new_version_id, now_ms,
};

/// The store.
pub struct Store {
    buckets: RwLock<BTreeMap<String, Arc<BucketCell>>>,
    persist: Option<Persist>,
    sink: RwLock<Option<Arc<dyn ReplicationSink>>>,
    /// The last write sequence handed out ([`VersionMeta::seq`]); restored from the journal at start.
    seq: AtomicU64,
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
            seq: AtomicU64::new(0),
        }
    }

    /// The next write sequence. Drawn under the bucket lock of the write, so one key's versions get theirs
    /// in the order they are applied.
    fn next_seq(&self) -> u64 {
        self.seq.fetch_add(1, Ordering::SeqCst) + 1
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
                drop(cell.lock().apply(&self.sequenced(op)));
            }
        }
        Ok(())
    }

    /// A replayed op with the write sequence restored: the counter continues after the highest one seen, and
    /// a version from a journal written before versions carried one is numbered in replay order, which keeps
    /// the order it had (Last-Modified, then apply order).
    fn sequenced(&self, op: Op) -> Op {
        match op {
            Op::PutVersion {
                bucket,
                key,
                version,
                upload_id,
            } => {
                let version = if version.meta.seq == 0 {
                    let mut meta = version.meta.clone();
                    meta.seq = self.next_seq();
                    Arc::new(Version {
                        meta,
                        body: version.body.clone(),
                    })
                } else {
                    self.seq.fetch_max(version.meta.seq, Ordering::SeqCst);
                    version
                };
                Op::PutVersion {
                    bucket,
                    key,
                    version,
                    upload_id,
                }
            }
            other => other,
        }
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
            if let Some(acl) = &st.acl {
                ops.push(Op::SetBucketAcl {
                    bucket: bucket.clone(),
                    acl: acl.clone(),
                });
            }
            if st.ownership.is_some() {
                ops.push(Op::SetOwnership {
                    bucket: bucket.clone(),
                    ownership: st.ownership,
                });
            }
            if st.cors.is_some() {
                ops.push(Op::SetCors {
                    bucket: bucket.clone(),
                    cors: st.cors.clone(),
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

    /// Stores body bytes: in memory, or (with a data dir, above the inline size) in an fsynced blob file.
    pub async fn store_body(&self, bytes: bytes::Bytes) -> S3Result<Body> {
        match &self.persist {
            Some(p) if bytes.len() > persist::INLINE_MAX => p.write_blob(bytes).await.map_err(S3Error::internal),
            _ => Ok(Body::mem(bytes)),
        }
    }

    /// Where a body being received is written (memory, or a temporary blob with a data dir) until it is
    /// verified and committed; `expected` is its announced length, if any.
    pub fn body_writer(&self, expected: Option<u64>) -> BodyWriter {
        BodyWriter::new(self.persist.as_ref().map(Persist::blobs), expected)
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
}

impl Drop for Store {
    fn drop(&mut self) {
        self.close();
    }
}

#[cfg(test)]
mod tests;
