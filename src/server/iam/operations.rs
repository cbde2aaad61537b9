//! The SOS operation of each S3 call the router knows, named from the one list
//! ([`crate::model::iam::SosOperation`]): what a policy's `operation` is compared with when a request is
//! signed with a key bound to a role.

use crate::model::iam::SosOperation as Op;
use crate::server::router::Endpoint;

/// The operation `e` performs; None for the operator endpoints (`/_sosctl/...`, not SOS calls) and for
/// calls the server does not implement (answered 501 before any policy is asked).
pub fn operation_of(e: &Endpoint) -> Option<Op> {
    use Endpoint::*;
    Some(match e {
        ListBuckets => Op::ListBuckets,
        CreateBucket => Op::CreateBucket,
        DeleteBucket => Op::DeleteBucket,
        HeadBucket => Op::HeadBucket,
        GetBucketLocation => Op::GetBucketLocation,
        GetBucketVersioning => Op::GetBucketVersioning,
        PutBucketVersioning => Op::PutBucketVersioning,
        GetObjectLockConfiguration => Op::GetObjectLockConfiguration,
        PutObjectLockConfiguration => Op::PutObjectLockConfiguration,
        GetBucketReplication => Op::GetBucketReplication,
        PutBucketReplication => Op::PutBucketReplication,
        DeleteBucketReplication => Op::DeleteBucketReplication,
        ListObjects | ListObjectsV2 => Op::ListObjects,
        ListObjectVersions => Op::ListObjectVersions,
        ListMultipartUploads { .. } => Op::ListMultipartUploads,
        DeleteObjects => Op::DeleteObjects,
        PutObject => Op::PutObject,
        CopyObject => Op::CopyObject,
        GetObject => Op::GetObject,
        HeadObject => Op::HeadObject,
        DeleteObject => Op::DeleteObject,
        CreateMultipartUpload => Op::CreateMultipartUpload,
        UploadPart { .. } => Op::UploadPart,
        UploadPartCopy { .. } => Op::UploadPartCopy,
        CompleteMultipartUpload { .. } => Op::CompleteMultipartUpload,
        AbortMultipartUpload { .. } => Op::AbortMultipartUpload,
        ListParts { .. } => Op::ListParts,
        GetObjectRetention => Op::GetObjectRetention,
        PutObjectRetention => Op::PutObjectRetention,
        GetObjectLegalHold => Op::GetObjectLegalHold,
        PutObjectLegalHold => Op::PutObjectLegalHold,
        // Reads an object's metadata: the permission of a HEAD.
        GetObjectAttributes => Op::HeadObject,
        GetBucketAcl => Op::GetBucketAcl,
        PutBucketAcl => Op::PutBucketAcl,
        GetObjectAcl => Op::GetObjectAcl,
        PutObjectAcl => Op::PutObjectAcl,
        GetBucketOwnershipControls => Op::GetBucketOwnershipControls,
        PutBucketOwnershipControls => Op::PutBucketOwnershipControls,
        DeleteBucketOwnershipControls => Op::DeleteBucketOwnershipControls,
        GetBucketCors => Op::GetBucketCors,
        PutBucketCors => Op::PutBucketCors,
        // SOS names it after its own call (S3's IAM has it under s3:PutBucketCORS).
        DeleteBucketCors => Op::DeleteBucketCors,
        // The unsigned preflight is answered before any key, and so any policy, is known.
        PreflightCors => return None,
        OperatorHealth | OperatorReplication | OperatorIam { .. } | NotImplemented(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn s3_calls_map_onto_the_list_and_operator_calls_onto_nothing() {
        assert_eq!(operation_of(&Endpoint::PutObject), Some(Op::PutObject));
        assert_eq!(operation_of(&Endpoint::ListObjectsV2), Some(Op::ListObjects));
        assert_eq!(
            operation_of(&Endpoint::UploadPart {
                upload_id: "u".into(),
                part_number: 1
            }),
            Some(Op::UploadPart)
        );
        assert_eq!(operation_of(&Endpoint::GetBucketCors), Some(Op::GetBucketCors));
        assert_eq!(operation_of(&Endpoint::PutBucketCors), Some(Op::PutBucketCors));
        assert_eq!(operation_of(&Endpoint::DeleteBucketCors), Some(Op::DeleteBucketCors));
        assert_eq!(operation_of(&Endpoint::OperatorReplication), None);
        assert_eq!(operation_of(&Endpoint::NotImplemented("x".into())), None);
    }
}
