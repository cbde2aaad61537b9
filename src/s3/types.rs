//! What the S3 operations return: plain data, parsed from XML documents and response headers.

use std::collections::BTreeMap;
use time::OffsetDateTime;

/// One bucket of ListBuckets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BucketEntry {
    pub name: String,
    pub created: Option<OffsetDateTime>,
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

/// A bucket's versioning state; `Disabled` means it was never set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersioningStatus {
    Enabled,
    Suspended,
    Disabled,
}

impl VersioningStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            VersioningStatus::Enabled => "Enabled",
            VersioningStatus::Suspended => "Suspended",
            VersioningStatus::Disabled => "Disabled",
        }
    }
}

impl std::fmt::Display for VersioningStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A bucket's default retention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefaultRetention {
    /// `GOVERNANCE` or `COMPLIANCE`.
    pub mode: String,
    pub days: Option<u32>,
    pub years: Option<u32>,
}

/// A bucket's Object Lock configuration.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
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
    /// `x-amz-replication-status`: PENDING, COMPLETED, FAILED or REPLICA.
    pub replication_status: Option<String>,
    /// `x-amz-meta-*` headers, without the prefix.
    pub metadata: BTreeMap<String, String>,
    /// Every response header, lowercase names.
    pub headers: BTreeMap<String, String>,
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
