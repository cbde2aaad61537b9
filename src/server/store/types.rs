//! The store's vocabulary: versioning, Object Lock and replication-status types, version and upload records,
//! the results its methods return, and the small rules that go with them (bucket names, ids, ETag digest).
//! The types the rest of the server shares with the store live here (those of the replication seam are in
//! `port`); the S3 vocabulary itself (versioning, lock modes, retentions, replication statuses) is the
//! crate's shared `model::s3`, re-exported.

use super::body::Body;
use super::checksum::{ChecksumSpec, StoredChecksum};
use crate::model::acl::Acl;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

pub use crate::model::s3::{DefaultRetention, LockMode, Millis, ReplicationStatus, Retention, Versioning};

/// The canonical id of the server's one owner (ListBuckets' Owner, every ACL's owner).
pub const OWNER_ID: &str = "sosctl";

pub fn now_ms() -> Millis {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// A bucket's Object Lock configuration (present only on lock-enabled buckets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockConfig {
    pub default: Option<DefaultRetention>,
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

/// Everything known about one version except its bytes; this is what the journal records. Fields added
/// after the first journals have serde defaults, so that old data directories still load.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
    /// When the version was first written, in the server's write order (a replica keeps its source's):
    /// with Last-Modified it orders a key's versions, identically in a source bucket and its replicas.
    #[serde(default)]
    pub seq: u64,
    /// The checksum sent with the object (and verified), or made from the parts' for a multipart object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checksum: Option<StoredChecksum>,
    /// A multipart object's parts, in order (GET ?partNumber, GetObjectAttributes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<PartInfo>,
    /// SSE-C: the base64 MD5 of the customer key it was written with (never the key itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sse_c_key_md5: Option<String>,
    /// The multipart upload this version completed: a repeated CompleteMultipartUpload answers it again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    /// The version's ACL (x-amz-acl / x-amz-grant-* at the write, or PutObjectAcl); None: private.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acl: Option<Acl>,
}

/// One part of a multipart object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartInfo {
    pub size: u64,
    /// The part's checksum in the object's algorithm (base64), when the object has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checksum: Option<String>,
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
    /// `x-amz-checksum-algorithm` (and `-type`) of CreateMultipartUpload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checksum: Option<ChecksumSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sse_c_key_md5: Option<String>,
    /// The ACL given at CreateMultipartUpload, for the object Complete makes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acl: Option<Acl>,
}

#[derive(Debug, Clone)]
pub struct Part {
    pub number: u32,
    pub etag: String,
    pub size: u64,
    pub last_modified: Millis,
    pub body: Body,
    /// The part's checksum as sent (or, in an upload created with an algorithm, computed).
    pub checksum: Option<StoredChecksum>,
}

#[derive(Debug, Clone)]
pub struct Upload {
    pub meta: UploadMeta,
    pub parts: BTreeMap<u32, Arc<Part>>,
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

/// A new object as a request delivers it (body already stored by [`Store::store_body`](super::Store::store_body)).
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
    pub checksum: Option<StoredChecksum>,
    pub sse_c_key_md5: Option<String>,
    /// `If-None-Match: *` on the write: refuse when the key has a current version.
    pub if_none_match_star: bool,
    /// `If-Match` on the write: the current version's ETag must be this.
    pub if_match: Option<String>,
    /// The ACL the write gave (None: private).
    pub acl: Option<Acl>,
}

#[derive(Debug, Clone)]
pub struct PutResult {
    pub version: Arc<Version>,
    /// Whether the bucket's versioning is Enabled: then `x-amz-version-id` is answered. S3 documents the
    /// header for versioning-enabled buckets only, so a Suspended bucket's null version is not announced.
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

/// A fresh version id: 12 hex digits of milliseconds (so ids sort roughly by time) and 20 random ones.
pub fn new_version_id() -> String {
    format!("{:012x}{:016x}{:04x}", now_ms(), fastrand::u64(..), fastrand::u16(..))
}

pub fn new_upload_id() -> String {
    format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

pub fn md5_digest(data: &[u8]) -> [u8; 16] {
    use md5::Digest;
    md5::Md5::digest(data).into()
}
