//! ACLs and Object Ownership: Get/PutBucketAcl, Get/PutObjectAcl, Get/Put/DeleteBucketOwnershipControls,
//! and the ACL a write gives (`x-amz-acl` or `x-amz-grant-*` on CreateBucket, PutObject, CopyObject,
//! CreateMultipartUpload), answered as S3 answers them for the server's one owner (S3 API reference:
//! PutBucketAcl, PutObjectAcl, PutBucketOwnershipControls).
//!
//! A grant may name the owner (by its canonical id), or one of S3's groups (AllUsers, AuthenticatedUsers,
//! LogDelivery); a grant by e-mail address cannot be resolved to an account here
//! (UnresolvableGrantByEmailAddress) and another canonical id names no account (InvalidArgument), as S3
//! answers for accounts it does not know. With BucketOwnerEnforced, ACLs are disabled: a request that sets
//! one granting anyone but the owner is refused with AccessControlListNotSupported, and reading one answers
//! the owner's full control.

use super::super::context::{App, Req};
use super::super::error::{Kind, S3Error, S3Result};
use super::super::http;
use super::super::store::types::OWNER_ID;
use super::super::xml;
use crate::model::acl::{self, Acl, Grantee, Ownership, Permission};
use axum::http::StatusCode;
use axum::response::Response;

/// The ACL a request's headers give, if any: `x-amz-acl`, or the `x-amz-grant-*` headers (not both).
pub fn from_headers(rq: &Req, for_bucket: bool) -> S3Result<Option<Acl>> {
    let grants: Vec<(Permission, &str)> = Permission::ALL
        .into_iter()
        .filter_map(|p| rq.header(p.header()).map(|v| (p, v)))
        .collect();
    let acl = match (rq.header("x-amz-acl"), grants.is_empty()) {
        (None, true) => return Ok(None),
        (Some(_), false) => {
            return Err(S3Error::msg(
                Kind::InvalidRequest,
                "Specifying both Canned ACLs and Header Grants is not allowed",
            ));
        }
        (Some(canned), true) => {
            Acl::canned(canned.trim(), OWNER_ID, for_bucket).map_err(|m| S3Error::msg(Kind::InvalidArgument, m))?
        }
        (None, false) => Acl::from_grant_headers(&grants).map_err(|m| S3Error::msg(Kind::InvalidArgument, m))?,
    };
    check_grantees(&acl)?;
    Ok(Some(acl))
}

/// Every grantee must be someone this server knows: its owner or one of S3's groups.
fn check_grantees(acl: &Acl) -> S3Result<()> {
    for g in &acl.grants {
        match &g.grantee {
            Grantee::User(id) if id == OWNER_ID => {}
            Grantee::User(id) => {
                return Err(S3Error::msg(Kind::InvalidArgument, format!("Invalid id: {id}")));
            }
            Grantee::Group(uri)
                if [acl::ALL_USERS, acl::AUTHENTICATED_USERS, acl::LOG_DELIVERY].contains(&uri.as_str()) => {}
            Grantee::Group(uri) => {
                return Err(S3Error::msg(Kind::InvalidArgument, format!("Invalid group uri: {uri}")));
            }
            Grantee::Email(_) => return Err(S3Error::new(Kind::UnresolvableGrantByEmailAddress)),
        }
    }
    Ok(())
}

/// The ACL of a PutBucketAcl / PutObjectAcl: from the headers, else from the `AccessControlPolicy` body.
fn requested(rq: &Req, for_bucket: bool) -> S3Result<Acl> {
    if let Some(acl) = from_headers(rq, for_bucket)? {
        if !rq.body.is_empty() {
            return Err(S3Error::msg(
                Kind::UnexpectedContent,
                "This request does not support content when an ACL is given in headers",
            ));
        }
        return Ok(acl);
    }
    if rq.body.is_empty() {
        return Err(S3Error::msg(
            Kind::MissingSecurityHeader,
            "Your request was missing a required header: x-amz-acl, an x-amz-grant-* header or an AccessControlPolicy body",
        ));
    }
    let root = xml::parse(&rq.body, Some("AccessControlPolicy"))
        .map_err(|e| S3Error::msg(Kind::MalformedACLError, e.message))?;
    let acl = Acl::from_policy(&root).map_err(|m| S3Error::msg(Kind::MalformedACLError, m))?;
    check_grantees(&acl)?;
    Ok(acl)
}

/// What an ACL read answers: the stored one, the owner's full control when none was set or when
/// BucketOwnerEnforced disables ACLs.
fn answered(stored: Option<Acl>, ownership: Option<Ownership>) -> Acl {
    match (stored, ownership) {
        (_, Some(Ownership::BucketOwnerEnforced)) | (None, _) => Acl::private(OWNER_ID),
        (Some(a), _) => a,
    }
}

pub fn get_bucket_acl(app: &App, rq: &Req) -> S3Result<Response> {
    let acl = answered(app.store.bucket_acl(rq.bucket())?, app.store.ownership(rq.bucket())?);
    Ok(http::xml(StatusCode::OK, acl.to_policy(OWNER_ID)))
}

pub async fn put_bucket_acl(app: &App, rq: &Req) -> S3Result<Response> {
    app.store.bucket(rq.bucket())?;
    let acl = requested(rq, true)?;
    app.store.set_bucket_acl(rq.bucket(), acl).await?;
    Ok(http::empty(StatusCode::OK))
}

pub fn get_object_acl(app: &App, rq: &Req) -> S3Result<Response> {
    let v = app.store.get_object(rq.bucket(), rq.key(), rq.query("versionId"))?;
    let acl = answered(v.meta.acl.clone(), app.store.ownership(rq.bucket())?);
    let mut resp = http::xml(StatusCode::OK, acl.to_policy(OWNER_ID));
    if v.meta.version_id != "null" {
        http::set(&mut resp, "x-amz-version-id", &v.meta.version_id);
    }
    Ok(resp)
}

pub async fn put_object_acl(app: &App, rq: &Req) -> S3Result<Response> {
    app.store.bucket(rq.bucket())?;
    let acl = requested(rq, false)?;
    let meta = app
        .store
        .put_object_acl(rq.bucket(), rq.key(), rq.query("versionId"), acl)
        .await?;
    let mut resp = http::empty(StatusCode::OK);
    if meta.version_id != "null" {
        http::set(&mut resp, "x-amz-version-id", &meta.version_id);
    }
    Ok(resp)
}

pub fn get_ownership(app: &App, rq: &Req) -> S3Result<Response> {
    match app.store.ownership(rq.bucket())? {
        Some(o) => Ok(http::xml(StatusCode::OK, o.to_controls())),
        None => Err(S3Error::new(Kind::OwnershipControlsNotFoundError)),
    }
}

pub async fn put_ownership(app: &App, rq: &Req) -> S3Result<Response> {
    app.store.bucket(rq.bucket())?;
    let root = xml::parse(&rq.body, Some("OwnershipControls"))?;
    let o = Ownership::from_controls(&root).map_err(|m| S3Error::msg(Kind::MalformedXML, m))?;
    app.store.set_ownership(rq.bucket(), Some(o)).await?;
    Ok(http::empty(StatusCode::OK))
}

pub async fn delete_ownership(app: &App, rq: &Req) -> S3Result<Response> {
    app.store.bucket(rq.bucket())?;
    app.store.set_ownership(rq.bucket(), None).await?;
    Ok(http::empty(StatusCode::NO_CONTENT))
}

/// CreateBucket's `x-amz-object-ownership` header.
pub fn ownership_header(rq: &Req) -> S3Result<Option<Ownership>> {
    match rq.header("x-amz-object-ownership") {
        None => Ok(None),
        Some(v) => Ownership::parse(v).map(Some).ok_or_else(|| {
            S3Error::msg(
                Kind::InvalidArgument,
                format!(
                    "Invalid x-amz-object-ownership `{v}`: BucketOwnerEnforced, BucketOwnerPreferred or ObjectWriter"
                ),
            )
        }),
    }
}
