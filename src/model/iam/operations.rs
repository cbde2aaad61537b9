//! The SOS operation names an IAM policy expression compares `operation` with, in one list: the names
//! Exoscale documents, and the rest named the same way (the S3 API call, lower-case and hyphenated).
//! The policy reader warns about a name that is not here; the server maps each request onto one of them.

use crate::model::closest;

/// Declares [`SosOperation`] and its names from one table, so that the variant and its name cannot drift.
macro_rules! sos_operations {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// One SOS operation, as IAM policies name it (`get-object`, `put-bucket-replication`, ...).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum SosOperation {
            $($(#[$doc])* $variant,)*
        }

        impl SosOperation {
            /// Every operation, in the order of the table.
            pub const ALL: &'static [SosOperation] = &[$(SosOperation::$variant,)*];

            /// The name a policy uses: `get-object`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(SosOperation::$variant => $name,)*
                }
            }
        }
    };
}

sos_operations! {
    // Named in Exoscale's IAM documentation.
    GetObject = "get-object",
    HeadObject = "head-object",
    PutObject = "put-object",
    PutObjectAcl = "put-object-acl",
    PutObjectRetention = "put-object-retention",
    PutObjectLegalHold = "put-object-legal-hold",
    DeleteObject = "delete-object",
    /// ListObjects and ListObjectsV2 alike: the permission does not depend on the listing's version.
    ListObjects = "list-objects",
    ListBuckets = "list-buckets",
    CreateBucket = "create-bucket",
    DeleteBucket = "delete-bucket",
    GetBucketAcl = "get-bucket-acl",
    GetBucketCors = "get-bucket-cors",
    GetBucketOwnershipControls = "get-bucket-ownership-controls",
    ListSosBucketsUsage = "list-sos-buckets-usage",
    PutBucketLifecycle = "put-bucket-lifecycle",
    DeleteBucketLifecycle = "delete-bucket-lifecycle",
    // Not in the public sources: named after the S3 call, the same way.
    HeadBucket = "head-bucket",
    GetBucketLocation = "get-bucket-location",
    GetBucketVersioning = "get-bucket-versioning",
    PutBucketVersioning = "put-bucket-versioning",
    GetObjectLockConfiguration = "get-object-lock-configuration",
    PutObjectLockConfiguration = "put-object-lock-configuration",
    GetBucketReplication = "get-bucket-replication",
    PutBucketReplication = "put-bucket-replication",
    DeleteBucketReplication = "delete-bucket-replication",
    PutBucketAcl = "put-bucket-acl",
    PutBucketCors = "put-bucket-cors",
    DeleteBucketCors = "delete-bucket-cors",
    PutBucketOwnershipControls = "put-bucket-ownership-controls",
    DeleteBucketOwnershipControls = "delete-bucket-ownership-controls",
    GetBucketLifecycle = "get-bucket-lifecycle",
    ListObjectVersions = "list-object-versions",
    ListMultipartUploads = "list-multipart-uploads",
    GetObjectAcl = "get-object-acl",
    GetObjectRetention = "get-object-retention",
    GetObjectLegalHold = "get-object-legal-hold",
    CopyObject = "copy-object",
    DeleteObjects = "delete-objects",
    CreateMultipartUpload = "create-multipart-upload",
    UploadPart = "upload-part",
    UploadPartCopy = "upload-part-copy",
    CompleteMultipartUpload = "complete-multipart-upload",
    AbortMultipartUpload = "abort-multipart-upload",
    ListParts = "list-parts",
}

impl SosOperation {
    /// The operation a policy name stands for; names match exactly, as in a CEL comparison.
    pub fn from_name(name: &str) -> Option<SosOperation> {
        SosOperation::ALL.iter().copied().find(|op| op.as_str() == name)
    }

    /// The known name closest to `name`, for "did you mean" hints.
    pub fn closest(name: &str) -> Option<&'static str> {
        closest(name, SosOperation::ALL.iter().map(|op| op.as_str()))
    }
}

impl std::fmt::Display for SosOperation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_lower_case_and_hyphenated() {
        let mut seen = std::collections::HashSet::new();
        for op in SosOperation::ALL {
            let name = op.as_str();
            assert!(seen.insert(name), "{name} twice");
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !name.starts_with('-'),
                "{name}"
            );
            assert_eq!(SosOperation::from_name(name), Some(*op));
        }
    }

    #[test]
    fn look_ups_are_exact_and_hints_close() {
        assert_eq!(SosOperation::from_name("get-object"), Some(SosOperation::GetObject));
        assert_eq!(SosOperation::from_name("GetObject"), None);
        assert_eq!(SosOperation::closest("get-objet"), Some("get-object"));
        assert_eq!(
            SosOperation::closest("put-bucket-replicaton"),
            Some("put-bucket-replication")
        );
        assert_eq!(SosOperation::PutObjectLegalHold.to_string(), "put-object-legal-hold");
    }
}
