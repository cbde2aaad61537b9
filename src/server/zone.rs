//! The zone rules of `sosctl serve`. One server holds every zone of an organization, but each zone is its
//! own endpoint and signing region on SOS, so the server is as strict as S3 is about regions: a request's
//! zone is the region of its signature, and a request for a bucket of another zone is refused the way S3
//! refuses a request signed for the wrong region — 400, the expected region in the error document
//! (`<Region>`) and in `x-amz-bucket-region`, a bare 400 with that header for a HEAD — so that clients that
//! follow regions go there, and clients that do not are caught.
//!
//! What is not refused: requests without a bucket (ListBuckets lists every bucket, as S3 does), the operator
//! endpoints (`/_sosctl/...`), CreateBucket (its own rule, on `LocationConstraint`, is in
//! [`location_constraint`]), GetBucketLocation (it answers a bucket's zone from any zone), and requests
//! for a bucket that does not exist (the operation says NoSuchBucket). Replication writes replicas through
//! the store, not over HTTP, so it crosses zones freely.

use super::auth::AuthContext;
use super::context::App;
use super::error::{S3Error, S3Result};
use super::router::{Endpoint, Target};

/// The bucket of the operator endpoints, which no zone holds.
const OPERATOR: &str = "_sosctl";

/// Refuses a request signed for another zone than its bucket's. `routed` is the router's answer (a routing
/// error is still refused for its zone, as S3 checks the signature's region first).
pub(crate) fn check(app: &App, target: &Target, routed: &S3Result<Endpoint>, ctx: &AuthContext) -> S3Result<()> {
    let Some(bucket) = target.bucket.as_deref() else {
        return Ok(());
    };
    if bucket == OPERATOR || ctx.region.is_empty() || exempt(routed) {
        return Ok(());
    }
    match app.store.bucket_info(bucket) {
        Ok(info) if info.region != ctx.region => {
            let resource = match &target.key {
                Some(k) => format!("/{bucket}/{k}"),
                None => format!("/{bucket}"),
            };
            Err(wrong_zone(&info.region, &ctx.region, ctx.presigned).with_resource(resource))
        }
        _ => Ok(()),
    }
}

fn exempt(routed: &S3Result<Endpoint>) -> bool {
    matches!(
        routed,
        Ok(Endpoint::ListBuckets | Endpoint::CreateBucket | Endpoint::GetBucketLocation)
    )
}

/// S3's answer to a request signed for `signed` whose bucket lives in `expected`: AuthorizationHeaderMalformed
/// for a signed header, AuthorizationQueryParametersError for a presigned URL (S3 words the two apart).
pub(crate) fn wrong_zone(expected: &str, signed: &str, presigned: bool) -> S3Error {
    let (code, message) = if presigned {
        (
            "AuthorizationQueryParametersError",
            format!(
                "Error parsing the X-Amz-Credential parameter; the region '{signed}' is wrong; expecting '{expected}'"
            ),
        )
    } else {
        (
            "AuthorizationHeaderMalformed",
            format!("The authorization header is malformed; the region '{signed}' is wrong; expecting '{expected}'"),
        )
    };
    S3Error::raw(code, 400, message)
        .with_header("x-amz-bucket-region", expected)
        .with_region(expected)
}

/// CreateBucket's rule: the zone is the signing region, and a `LocationConstraint` naming another zone is
/// refused as a regional S3 endpoint refuses it (IllegalLocationConstraintException). S3's global endpoint
/// (us-east-1) takes any constraint, but here every zone is a regional endpoint of its own.
pub(crate) fn location_constraint(signed: &str, constraint: Option<&str>) -> S3Result<()> {
    match constraint {
        Some(c) if c != signed => Err(S3Error::raw(
            "IllegalLocationConstraintException",
            400,
            format!(
                "The {c} location constraint is incompatible for the region specific endpoint this request was sent to."
            ),
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_refusals_name_the_expected_zone_as_s3_does() {
        let e = wrong_zone("at-vie-1", "ch-dk-2", false);
        assert_eq!((e.code(), e.status().as_u16()), ("AuthorizationHeaderMalformed", 400));
        assert_eq!(
            e.message,
            "The authorization header is malformed; the region 'ch-dk-2' is wrong; expecting 'at-vie-1'"
        );
        assert_eq!(e.headers, vec![("x-amz-bucket-region", "at-vie-1".to_string())]);
        assert!(e.to_xml("r").contains("<Region>at-vie-1</Region>"));
        let p = wrong_zone("at-vie-1", "ch-dk-2", true);
        assert_eq!(p.code(), "AuthorizationQueryParametersError");
        assert!(p.message.contains("X-Amz-Credential"), "{}", p.message);

        assert!(location_constraint("ch-dk-2", None).is_ok());
        assert!(location_constraint("at-vie-1", Some("at-vie-1")).is_ok());
        let c = location_constraint("ch-dk-2", Some("at-vie-1")).unwrap_err();
        assert_eq!(
            (c.code(), c.status().as_u16()),
            ("IllegalLocationConstraintException", 400)
        );
        assert!(
            c.message.starts_with("The at-vie-1 location constraint"),
            "{}",
            c.message
        );
    }
}
