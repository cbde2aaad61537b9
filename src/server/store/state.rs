//! The event-sourced core of the store: [`Op`], the one mutation record, and [`BucketState::apply`], the one
//! place an op changes a bucket, used both live and when the journal is replayed, so the two cannot
//! disagree.

use super::body::Body;
use super::port::StoredReplication;
use super::types::{LockConfig, Millis, Part, Upload, UploadMeta, Version, VersionMeta, Versioning};
use crate::model::acl::{Acl, Ownership};
use crate::model::cors::CorsConfig;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

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
    /// The bucket's ACL (PutBucketAcl, or an ACL given at CreateBucket).
    SetBucketAcl {
        bucket: String,
        acl: Acl,
    },
    /// The bucket's Object Ownership (None: the controls deleted).
    SetOwnership {
        bucket: String,
        ownership: Option<Ownership>,
    },
    /// The bucket's CORS configuration (None: DeleteBucketCors).
    SetCors {
        bucket: String,
        cors: Option<CorsConfig>,
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
    /// The bucket's ACL; None: private (the owner's full control), as S3 gives a new bucket.
    pub acl: Option<Acl>,
    /// Object Ownership; None: no controls stored, and ACLs work (as on SOS).
    pub ownership: Option<Ownership>,
    /// The CORS configuration (PutBucketCors); None: none, and preflights are refused.
    pub cors: Option<CorsConfig>,
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
            Op::SetBucketAcl { acl, .. } => self.acl = Some(acl.clone()),
            Op::SetOwnership { ownership, .. } => self.ownership = *ownership,
            Op::SetCors { cors, .. } => self.cors = cors.clone(),
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
                    .position(|v| newer(&version.meta, &v.meta))
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
                    // The write order is the version's identity in the key's order: metadata updates keep it.
                    let mut meta = meta.clone();
                    meta.seq = v.meta.seq;
                    *v = Arc::new(Version {
                        meta,
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

    pub(super) fn find(&self, key: &str, version_id: Option<&str>) -> Option<&Arc<Version>> {
        let list = self.objects.get(key)?;
        match version_id {
            None => list.first(),
            Some(id) => list.iter().find(|v| v.meta.version_id == id),
        }
    }
}

/// Whether `a` is newer than `b` among one key's versions: the later Last-Modified, then the later write,
/// then the greater version id. Only what travels with a version decides, so every bucket that holds the same
/// versions (a source and its replicas, both sides of a bi-directional pair) has the same current one,
/// whatever order replication delivered them in.
pub fn newer(a: &VersionMeta, b: &VersionMeta) -> bool {
    (a.last_modified, a.seq, &a.version_id) > (b.last_modified, b.seq, &b.version_id)
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

pub(super) fn new_cell(name: &str, region: &str, created: Millis, lock: bool) -> BucketCell {
    let state = BucketState {
        versioning: if lock {
            Versioning::Enabled
        } else {
            Versioning::Disabled
        },
        lock: lock.then_some(LockConfig { default: None }),
        replication: None,
        acl: None,
        ownership: None,
        cors: None,
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

pub(super) fn op_bucket(op: &Op) -> &str {
    match op {
        Op::CreateBucket { name, .. } | Op::DeleteBucket { name } => name,
        Op::SetVersioning { bucket, .. }
        | Op::SetLock { bucket, .. }
        | Op::SetReplication { bucket, .. }
        | Op::SetBucketAcl { bucket, .. }
        | Op::SetOwnership { bucket, .. }
        | Op::SetCors { bucket, .. }
        | Op::PutVersion { bucket, .. }
        | Op::RemoveVersion { bucket, .. }
        | Op::SetMeta { bucket, .. }
        | Op::CreateUpload { bucket, .. }
        | Op::PutPart { bucket, .. }
        | Op::AbortUpload { bucket, .. } => bucket,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{NewObject, Store};
    use super::*;
    use bytes::Bytes;

    fn meta(last_modified: Millis, seq: u64, version_id: &str) -> VersionMeta {
        VersionMeta {
            version_id: version_id.into(),
            last_modified,
            seq,
            ..VersionMeta::default()
        }
    }

    #[test]
    fn versions_order_by_time_then_write_then_id() {
        assert!(newer(&meta(2, 1, "a"), &meta(1, 9, "z")));
        assert!(newer(&meta(1, 2, "a"), &meta(1, 1, "z")));
        assert!(newer(&meta(1, 1, "b"), &meta(1, 1, "a")));
        assert!(!newer(&meta(1, 1, "a"), &meta(1, 1, "a")));
    }

    /// Removes every `seq` member, as a journal written before versions had one.
    fn strip_seq(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.remove("seq");
                m.values_mut().for_each(strip_seq);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip_seq),
            _ => {}
        }
    }

    async fn put(s: &Store, data: &'static [u8]) -> String {
        let o = NewObject {
            body: super::super::Body::mem(Bytes::from_static(data)),
            etag: hex::encode(super::super::md5_digest(data)),
            ..Default::default()
        };
        s.put_object("old", "k", o)
            .await
            .unwrap()
            .version
            .meta
            .version_id
            .clone()
    }

    #[tokio::test]
    async fn a_journal_without_write_sequences_loads_in_its_order() {
        let dir = tempfile::tempdir().unwrap();
        let written: Vec<String> = {
            let s = Store::open(dir.path()).unwrap();
            s.create_bucket("old", "ch-dk-2", false).await.unwrap();
            s.set_versioning("old", Versioning::Enabled).await.unwrap();
            let mut ids = Vec::new();
            for data in [b"1".as_slice(), b"2", b"3"] {
                ids.push(put(&s, data).await);
            }
            ids
        };
        let journal = dir.path().join("journal");
        let old: Vec<String> = std::fs::read_to_string(&journal)
            .unwrap()
            .lines()
            .map(|l| {
                let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                strip_seq(&mut v);
                v.to_string()
            })
            .collect();
        assert!(!old.iter().any(|l| l.contains("\"seq\"")));
        std::fs::write(&journal, old.join("\n") + "\n").unwrap();

        let s = Store::open(dir.path()).unwrap();
        let order: Vec<String> = s
            .list_versions("old", "", None, None, None, 10)
            .unwrap()
            .versions
            .iter()
            .map(|(_, v, _)| v.meta.version_id.clone())
            .collect();
        assert_eq!(order, written.iter().rev().cloned().collect::<Vec<_>>());
        // Numbered on load; a later write comes after them all.
        let newest = put(&s, b"4").await;
        assert_eq!(s.get_object("old", "k", None).unwrap().meta.version_id, newest);
    }
}
