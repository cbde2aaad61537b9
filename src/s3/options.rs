//! The optional parts of S3 requests, one struct per kind of request, so that a call says what it sets
//! (`PutObjectOptions { content_type: Some(..), ..Default::default() }`) instead of lining up `None`s.

/// CreateBucket.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CreateBucketOptions {
    /// The LocationConstraint (none for the server's default region).
    pub location: Option<String>,
    /// Enable Object Lock (and so versioning).
    pub object_lock: bool,
    /// A canned ACL.
    pub acl: Option<String>,
}

/// PutObject and CreateMultipartUpload.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PutObjectOptions {
    pub content_type: Option<String>,
    /// A canned ACL.
    pub acl: Option<String>,
    /// Further headers, sent (and signed) as given: `x-amz-meta-*`, Object Lock headers, ...
    pub headers: Vec<(String, String)>,
}

impl PutObjectOptions {
    /// Options that only set headers.
    pub fn headers(headers: &[(&str, &str)]) -> PutObjectOptions {
        PutObjectOptions {
            headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            ..PutObjectOptions::default()
        }
    }
}

/// GetObject.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetObjectOptions {
    pub version_id: Option<String>,
    /// Bytes from the first to the last (inclusive), or to the end when there is no last.
    pub range: Option<(u64, Option<u64>)>,
}

impl GetObjectOptions {
    /// One version of the object.
    pub fn version(version_id: Option<&str>) -> GetObjectOptions {
        GetObjectOptions {
            version_id: version_id.map(str::to_string),
            range: None,
        }
    }
}

/// CopyObject.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CopyObjectOptions {
    /// The version of the source to copy (else its current one).
    pub source_version_id: Option<String>,
    /// Further headers, sent as given (`x-amz-metadata-directive`, ...).
    pub headers: Vec<(String, String)>,
}

/// ListObjectsV2, ListObjectVersions and ListMultipartUploads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListOptions {
    /// Only keys that begin with it (empty: every key).
    pub prefix: Option<String>,
    /// Group the keys below it into common prefixes (e.g. `/`).
    pub delimiter: Option<String>,
    /// Entries per page (`max-keys`, or `max-uploads`); the server's default (usually 1000) when None.
    pub page_size: Option<u32>,
}

impl ListOptions {
    /// Every key under `prefix`, ungrouped.
    pub fn prefix(prefix: impl Into<String>) -> ListOptions {
        ListOptions {
            prefix: Some(prefix.into()),
            ..ListOptions::default()
        }
    }
}
