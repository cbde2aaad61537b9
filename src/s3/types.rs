//! What the S3 operations return: plain data, parsed from XML documents and response headers, in the
//! shared vocabulary of [`crate::model::s3`] where there is one (versioning, Object Lock, replication
//! status).

use super::error::{ErrorKind, classify};
use crate::model::s3::{DefaultRetention, ReplicationStatus};
use std::collections::BTreeMap;
use time::OffsetDateTime;

/// One bucket of ListBuckets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BucketEntry {
    pub name: String,
    pub created: Option<OffsetDateTime>,
    /// The bucket's region (`BucketRegion`), from the servers that say it (`sosctl serve`; S3 when the
    /// request has a parameter).
    pub region: Option<String>,
}

/// One object of ListObjectsV2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectEntry {
    pub key: String,
    pub size: u64,
    pub last_modified: Option<OffsetDateTime>,
    pub etag: String,
    pub storage_class: Option<String>,
}

/// One page of ListObjectsV2.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListObjectsPage {
    pub objects: Vec<ObjectEntry>,
    pub common_prefixes: Vec<String>,
    pub is_truncated: bool,
    pub next_continuation_token: Option<String>,
}

impl ListObjectsPage {
    /// Where the next page starts; None on the last page.
    pub fn next_token(&self) -> Option<&str> {
        self.next_continuation_token.as_deref().filter(|_| self.is_truncated)
    }
}

/// One version or delete marker of ListObjectVersions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionEntry {
    pub key: String,
    /// `null` for objects written while versioning was never enabled (or suspended).
    pub version_id: String,
    pub is_latest: bool,
    pub delete_marker: bool,
    pub size: u64,
    pub last_modified: Option<OffsetDateTime>,
    pub etag: Option<String>,
}

/// One page of ListObjectVersions: versions and delete markers in the server's order (by key, newest first).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListVersionsPage {
    pub entries: Vec<VersionEntry>,
    pub common_prefixes: Vec<String>,
    pub is_truncated: bool,
    pub next_key_marker: Option<String>,
    pub next_version_id_marker: Option<String>,
}

/// Where a page of ListObjectVersions starts: after this key (and this version of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionMarker {
    pub key: String,
    pub version_id: Option<String>,
}

impl ListVersionsPage {
    /// Where the next page starts; None on the last page (a truncated page without a key marker is one
    /// too: there is nowhere to go on from).
    pub fn next_marker(&self) -> Option<VersionMarker> {
        let key = self.next_key_marker.clone().filter(|_| self.is_truncated)?;
        Some(VersionMarker {
            key,
            version_id: self.next_version_id_marker.clone(),
        })
    }
}

/// A bucket's Object Lock configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ObjectLockConfig {
    pub enabled: bool,
    pub default_retention: Option<DefaultRetention>,
}

/// HeadObject's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectHead {
    pub size: u64,
    pub etag: Option<String>,
    pub last_modified: Option<OffsetDateTime>,
    pub content_type: Option<String>,
    pub version_id: Option<String>,
    /// `x-amz-replication-status`, when it is one of the statuses S3 defines; any other value is kept
    /// as sent in `headers` ([`ObjectHead::replication_status_raw`]).
    pub replication_status: Option<ReplicationStatus>,
    /// `x-amz-meta-*` headers, without the prefix.
    pub metadata: BTreeMap<String, String>,
    /// Every response header, lowercase names.
    pub headers: BTreeMap<String, String>,
}

impl ObjectHead {
    /// `x-amz-replication-status` as the server sent it, known to S3 or not.
    pub fn replication_status_raw(&self) -> Option<&str> {
        self.headers.get("x-amz-replication-status").map(String::as_str)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PutObjectOutput {
    pub etag: Option<String>,
    pub version_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteObjectOutput {
    pub version_id: Option<String>,
    pub delete_marker: bool,
}

/// One key that DeleteObjects removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeletedEntry {
    pub key: String,
    pub version_id: Option<String>,
    pub delete_marker: bool,
    pub delete_marker_version_id: Option<String>,
}

/// One key that DeleteObjects could not remove.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteErrorEntry {
    pub key: String,
    pub version_id: Option<String>,
    pub code: String,
    pub message: String,
}

impl DeleteErrorEntry {
    /// What the refusal means (from its code and message: a per-key error has no status of its own).
    pub fn kind(&self) -> ErrorKind {
        classify(None, &self.code, &self.message, None)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeleteObjectsOutput {
    pub deleted: Vec<DeletedEntry>,
    pub errors: Vec<DeleteErrorEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyObjectOutput {
    pub etag: Option<String>,
    pub version_id: Option<String>,
}

/// A part of a multipart upload, for CompleteMultipartUpload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompletedPart {
    pub part_number: u32,
    pub etag: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompleteMultipartOutput {
    pub etag: Option<String>,
    pub version_id: Option<String>,
}

/// One in-progress multipart upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultipartUploadEntry {
    pub key: String,
    pub upload_id: String,
    pub initiated: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListMultipartUploadsPage {
    pub uploads: Vec<MultipartUploadEntry>,
    pub is_truncated: bool,
    pub next_key_marker: Option<String>,
    pub next_upload_id_marker: Option<String>,
}

/// Where a page of ListMultipartUploads starts: after this key (and this upload of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadMarker {
    pub key: String,
    pub upload_id: Option<String>,
}

impl ListMultipartUploadsPage {
    /// Where the next page starts; None on the last page.
    pub fn next_marker(&self) -> Option<UploadMarker> {
        let key = self.next_key_marker.clone().filter(|_| self.is_truncated)?;
        Some(UploadMarker {
            key,
            upload_id: self.next_upload_id_marker.clone(),
        })
    }
}

/// Where a bucket lives, as a HEAD of it answers ([`crate::s3::Client::locate_bucket`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The region the server names for the bucket (`x-amz-bucket-region`), when it names one.
    pub region: Option<String>,
    /// The HTTP status of the answer.
    pub status: u16,
    pub presence: Presence,
}

/// What a HEAD of a bucket says of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// It exists and answers on this endpoint with these credentials.
    Here,
    /// The server sends the request to another region: [`Location::region`] names it.
    Elsewhere,
    /// A redirect (301, 307) that names no other region.
    Redirected,
    /// There is no such bucket.
    Missing,
    /// These credentials may not read it (403).
    Denied,
    /// Any other answer ([`Location::status`] says which).
    Refused,
}
