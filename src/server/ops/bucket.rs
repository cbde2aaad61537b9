//! Bucket operations: ListBuckets, CreateBucket, DeleteBucket, HeadBucket, GetBucketLocation, and
//! Put/Get/DeleteBucketReplication.

use crate::model::acl::Ownership;
use crate::server::context::{App, Req};
use crate::server::error::{Kind, S3Error, S3Result};
use crate::server::http::{self, iso};
use crate::server::replication::validate_replication;
use crate::server::router::{Target, is_anonymous};
use crate::server::xml::{self, Writer};
use crate::server::zone;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use base64::Engine;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::URL_SAFE_NO_PAD;

pub use crate::server::store::types::OWNER_ID;

/// ListBuckets, with S3's paging (`max-buckets`, `continuation-token`) and filters (`prefix`,
/// `bucket-region`). Without any of them every bucket is listed, as always; with one, pages hold at most
/// 10 000 buckets unless `max-buckets` says fewer.
pub fn list_buckets(app: &App, rq: &Req) -> S3Result<Response> {
    const DEFAULT_PAGE: usize = 10_000;
    let max = match rq.query("max-buckets") {
        None => DEFAULT_PAGE,
        Some(m) => m
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=DEFAULT_PAGE).contains(n))
            .ok_or_else(|| {
                S3Error::msg(
                    Kind::InvalidArgument,
                    format!("max-buckets must be an integer from 1 to {DEFAULT_PAGE}, not `{m}`"),
                )
            })?,
    };
    let after = match rq.query("continuation-token") {
        None | Some("") => None,
        Some(t) => Some(
            B64.decode(t)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .ok_or_else(|| S3Error::msg(Kind::InvalidArgument, "The continuation token provided is incorrect"))?,
        ),
    };
    let prefix = rq.query("prefix");
    let region = rq.query("bucket-region").filter(|r| !r.is_empty());
    let matching: Vec<_> = app
        .store
        .list_buckets()
        .into_iter()
        .filter(|b| after.as_ref().is_none_or(|a| b.name.as_str() > a.as_str()))
        .filter(|b| prefix.is_none_or(|p| b.name.starts_with(p)))
        .filter(|b| region.is_none_or(|r| b.region == r))
        .collect();
    let truncated = matching.len() > max;
    let shown = &matching[..matching.len().min(max)];
    let mut w = Writer::new("ListAllMyBucketsResult");
    w.open("Owner")
        .elem("ID", OWNER_ID)
        .elem("DisplayName", OWNER_ID)
        .close("Owner");
    w.open("Buckets");
    for b in shown {
        w.open("Bucket")
            .elem("Name", &b.name)
            .elem("CreationDate", &iso(b.created))
            .elem("BucketRegion", &b.region)
            .close("Bucket");
    }
    w.close("Buckets");
    if truncated && let Some(last) = shown.last() {
        w.elem("ContinuationToken", &B64.encode(&last.name));
    }
    w.opt("Prefix", prefix);
    Ok(http::xml(StatusCode::OK, w.finish()))
}

/// The answer to a request that failed authentication. An anonymous request for a bucket that does not
/// exist is answered 404 NoSuchBucket, as S3 answers it (the bucket's absence is no secret of its owner);
/// everything else keeps its authentication error (403 AccessDenied for anonymous access to a bucket).
/// An anonymous refusal of a bucket-level request for an existing bucket carries its zone in
/// `x-amz-bucket-region`, as S3's does: an unsigned HEAD of the bucket is how exo and the AWS SDKs' region
/// lookup find a bucket's zone.
pub fn refusal(app: &App, uri: &Uri, headers: &HeaderMap, target: &Target, e: S3Error) -> S3Error {
    let Some(b) = target.bucket.as_deref().filter(|b| *b != "_sosctl") else {
        return e;
    };
    if !is_anonymous(uri, headers) {
        return e;
    }
    match app.store.bucket_info(b) {
        Err(_) => S3Error::new(Kind::NoSuchBucket).with_resource(format!("/{b}")),
        Ok(info) if target.key.is_none() => e.with_header("x-amz-bucket-region", info.region),
        Ok(_) => e,
    }
}

/// CreateBucket: in the zone of the request's signature; a `LocationConstraint` must name that zone.
pub async fn create(app: &App, rq: &Req) -> S3Result<Response> {
    if !rq.body.iter().all(u8::is_ascii_whitespace) {
        let doc = xml::parse(&rq.body, Some("CreateBucketConfiguration"))?;
        let constraint = doc.child_text("LocationConstraint").filter(|l| !l.is_empty());
        zone::location_constraint(&rq.region, constraint)?;
    }
    let lock = match rq
        .header("x-amz-bucket-object-lock-enabled")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("false") => false,
        Some("true") => true,
        Some(other) => {
            return Err(S3Error::msg(
                Kind::InvalidArgument,
                format!("x-amz-bucket-object-lock-enabled must be true or false, not `{other}`"),
            ));
        }
    };
    // The ACL and Object Ownership given with the bucket: checked before it is created.
    let acl = super::acl::from_headers(rq, true)?;
    let ownership = super::acl::ownership_header(rq)?;
    if ownership == Some(Ownership::BucketOwnerEnforced) && acl.as_ref().is_some_and(|a| !a.owner_only(OWNER_ID)) {
        return Err(S3Error::new(Kind::InvalidBucketAclWithObjectOwnership));
    }
    app.store.create_bucket(rq.bucket(), &rq.region, lock).await?;
    if ownership.is_some() {
        app.store.set_ownership(rq.bucket(), ownership).await?;
    }
    if let Some(acl) = acl {
        app.store.set_bucket_acl(rq.bucket(), acl).await?;
    }
    let mut resp = http::empty(StatusCode::OK);
    http::set(&mut resp, "location", &format!("/{}", rq.bucket()));
    Ok(resp)
}

pub async fn delete(app: &App, rq: &Req) -> S3Result<Response> {
    app.store.delete_bucket(rq.bucket()).await?;
    Ok(http::empty(StatusCode::NO_CONTENT))
}

/// HeadBucket: the bucket's zone in `x-amz-bucket-region`. A HEAD signed for another zone never gets here:
/// the zone rule answers it with a bare 400 that carries the same header.
pub fn head(app: &App, rq: &Req) -> S3Result<Response> {
    let info = app.store.bucket_info(rq.bucket())?;
    let mut resp = http::empty(StatusCode::OK);
    http::set(&mut resp, "x-amz-bucket-region", &info.region);
    Ok(resp)
}

/// GetBucketLocation: the bucket's zone, from any zone (exempt from the zone rule).
pub fn location(app: &App, rq: &Req) -> S3Result<Response> {
    let info = app.store.bucket_info(rq.bucket())?;
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint xmlns=\"{}\">{}</LocationConstraint>",
        xml::S3_NS,
        xml::escape(&info.region)
    );
    Ok(http::xml(StatusCode::OK, doc))
}

pub async fn put_replication(app: &App, rq: &Req) -> S3Result<Response> {
    let source = app.store.bucket_info(rq.bucket())?;
    let doc =
        std::str::from_utf8(&rq.body).map_err(|_| S3Error::msg(Kind::MalformedXML, "The document is not UTF-8"))?;
    let stored = validate_replication(&source, doc, |name| app.store.bucket_info(name).ok())?;
    app.store.set_replication(rq.bucket(), Some(stored)).await?;
    Ok(http::empty(StatusCode::OK))
}

pub fn get_replication(app: &App, rq: &Req) -> S3Result<Response> {
    match app.store.replication(rq.bucket())? {
        Some(r) => Ok(http::xml(StatusCode::OK, r.xml)),
        None => Err(S3Error::new(Kind::ReplicationConfigurationNotFoundError)),
    }
}

pub async fn delete_replication(app: &App, rq: &Req) -> S3Result<Response> {
    app.store.bucket_info(rq.bucket())?;
    app.store.set_replication(rq.bucket(), None).await?;
    Ok(http::empty(StatusCode::NO_CONTENT))
}
