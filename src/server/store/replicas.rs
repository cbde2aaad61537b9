//! The replication engine's side of the store: the sink it attaches, the PENDING work found at start, replica
//! writes into destination buckets, per-destination status, FAILED versions put back to PENDING, and the
//! stored figures of the operator view.

use super::port::{ReplicationSink, WorkItem};
use super::state::{BucketCell, Op};
use super::types::{
    Millis, PairFigures, ReplicaError, ReplicationState, ReplicationStatus, Version, VersionMeta, Versioning, now_ms,
};
use super::{Journaled, Store};
use crate::server::error::{Kind, S3Error, S3Result};
use std::collections::BTreeMap;
use std::sync::Arc;

impl Store {
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

    /// Puts every FAILED destination of every source version (of `bucket` only, when given) back to
    /// PENDING (journaled) and returns the versions to queue again, oldest first.
    pub async fn retry_failed(&self, bucket: Option<&str>) -> Vec<WorkItem> {
        let mut failed: Vec<(Millis, WorkItem)> = Vec::new();
        let cells: Vec<Arc<BucketCell>> = self
            .read_buckets()
            .values()
            .filter(|c| bucket.is_none_or(|b| c.name == b))
            .cloned()
            .collect();
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

#[cfg(test)]
mod tests {
    use super::super::{NewObject, Store};
    use crate::server::store::{Body, Versioning};
    use bytes::Bytes;

    fn ids(s: &Store, bucket: &str) -> Vec<String> {
        s.list_versions(bucket, "", None, None, None, 1000)
            .unwrap()
            .versions
            .iter()
            .map(|(_, v, _)| v.meta.version_id.clone())
            .collect()
    }

    /// Versions of `k` in `src` until the newest two were written in the same millisecond (the case the
    /// order by Last-Modified alone got wrong), newest first.
    async fn same_millisecond_versions(s: &Store) -> Vec<String> {
        for round in 0.. {
            let data = Bytes::from(format!("v{round}"));
            let o = NewObject {
                body: Body::mem(data.clone()),
                etag: hex::encode(super::super::md5_digest(&data)),
                ..Default::default()
            };
            s.put_object("src", "k", o).await.unwrap();
            let page = s.list_versions("src", "", None, None, None, 2).unwrap();
            if round >= 10
                && page.versions.len() == 2
                && page.versions[0].1.meta.last_modified == page.versions[1].1.meta.last_modified
            {
                break;
            }
        }
        ids(s, "src")
    }

    #[tokio::test]
    async fn replicas_order_a_key_as_the_source_whatever_the_delivery_order_and_after_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let source_order;
        {
            let s = Store::open(dir.path()).unwrap();
            for b in ["src", "dst"] {
                s.create_bucket(b, "ch-dk-2", false).await.unwrap();
                s.set_versioning(b, Versioning::Enabled).await.unwrap();
            }
            source_order = same_millisecond_versions(&s).await;
            // Delivered newest first: the reverse of the order they were written in.
            for id in &source_order {
                let v = s.version("src", "k", id).unwrap();
                s.put_replica("dst", "k", &v).await.unwrap();
            }
            assert_eq!(ids(&s, "dst"), source_order);
            assert_eq!(s.get_object("dst", "k", None).unwrap().meta.version_id, source_order[0]);
        }
        let s = Store::open(dir.path()).unwrap();
        assert_eq!(ids(&s, "src"), source_order);
        assert_eq!(ids(&s, "dst"), source_order);
        // A write after the restart is current on the source, and on the replica once delivered.
        let o = NewObject {
            body: Body::mem(Bytes::from_static(b"after")),
            etag: hex::encode(super::super::md5_digest(b"after")),
            ..Default::default()
        };
        let after = s.put_object("src", "k", o).await.unwrap().version;
        s.put_replica("dst", "k", &after).await.unwrap();
        assert_eq!(ids(&s, "src")[0], after.meta.version_id);
        assert_eq!(ids(&s, "dst")[0], after.meta.version_id);
    }
}
