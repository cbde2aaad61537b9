//! Bucket operations: ListBuckets, CreateBucket, DeleteBucket, HeadBucket, GetBucketLocation, and
//! Put/Get/DeleteBucketReplication.

use crate::server::context::{App, Req};
use crate::server::error::{Kind, S3Error, S3Result};
use crate::server::http::{self, iso};
use crate::server::replication::validate_replication;
use crate::server::xml::{self, Writer};
use axum::http::StatusCode;
use axum::response::Response;

pub const OWNER_ID: &str = "sosctl";

pub fn list_buckets(app: &App, _rq: &Req) -> S3Result<Response> {
    let mut w = Writer::new("ListAllMyBucketsResult");
    w.open("Owner")
        .elem("ID", OWNER_ID)
        .elem("DisplayName", OWNER_ID)
        .close("Owner");
    w.open("Buckets");
    for b in app.store.list_buckets() {
        w.open("Bucket")
            .elem("Name", &b.name)
            .elem("CreationDate", &iso(b.created))
            .elem("BucketRegion", &b.region)
            .close("Bucket");
    }
    w.close("Buckets");
    Ok(http::xml(StatusCode::OK, w.finish()))
}

pub async fn create(app: &App, rq: &Req) -> S3Result<Response> {
    let mut region = rq.region.clone();
    if !rq.body.iter().all(u8::is_ascii_whitespace) {
        let doc = xml::parse(&rq.body, Some("CreateBucketConfiguration"))?;
        if let Some(loc) = doc.child_text("LocationConstraint").filter(|l| !l.is_empty()) {
            region = loc.to_string();
        }
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
    app.store.create_bucket(rq.bucket(), &region, lock).await?;
    let mut resp = http::empty(StatusCode::OK);
    http::set(&mut resp, "location", &format!("/{}", rq.bucket()));
    Ok(resp)
}

pub async fn delete(app: &App, rq: &Req) -> S3Result<Response> {
    app.store.delete_bucket(rq.bucket()).await?;
    Ok(http::empty(StatusCode::NO_CONTENT))
}

pub fn head(app: &App, rq: &Req) -> S3Result<Response> {
    let info = app.store.bucket_info(rq.bucket())?;
    let mut resp = http::empty(StatusCode::OK);
    http::set(&mut resp, "x-amz-bucket-region", &info.region);
    Ok(resp)
}

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
