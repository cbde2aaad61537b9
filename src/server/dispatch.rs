//! From an HTTP request to an S3 response, in this order: route (pure, [`router`]), authenticate ([`auth`]),
//! refuse what is not implemented, read and decode the body, answer a routing error, run the operation
//! ([`ops`]); then stamp the response (request id, `Server`) and log it when verbose.
//!
//! Routing errors (a bad `partNumber`, ...) wait until the request is authenticated and its body decoded,
//! so that an unsigned or damaged request is always answered as such.

use super::auth;
use super::context::{App, Req};
use super::error::{Kind, S3Error, S3Result};
use super::http;
use super::ops::{attributes, bucket, list, lock, multipart, object};
use super::reqbody;
use super::router::{self, Endpoint, Target};
use super::zone;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

/// Largest request body accepted (S3's single-PUT limit).
const MAX_BODY: usize = 5 * 1024 * 1024 * 1024;

/// Bodies above this are hashed and de-chunked off the async workers.
const BLOCKING_DECODE: usize = 1024 * 1024;

/// The axum handler of every request.
pub(crate) async fn handle(
    axum::extract::State(app): axum::extract::State<Arc<App>>,
    req: axum::extract::Request,
) -> Response {
    let started = Instant::now();
    let rid = app.request_id();
    let method = req.method().clone();
    let uri = req.uri().clone();
    let mut resp = match dispatch(&app, req).await {
        Ok(r) => r,
        Err(e) => http::error_response(&e, &rid, method == Method::HEAD),
    };
    let h = resp.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&rid) {
        h.insert("x-amz-request-id", v.clone());
        h.insert("x-amz-id-2", v);
    }
    h.insert(header::SERVER, HeaderValue::from_static("sosctl"));
    if app.verbose {
        eprintln!(
            "{} {} {} {}ms",
            method,
            uri.path_and_query().map(|p| p.as_str()).unwrap_or("/"),
            resp.status().as_u16(),
            started.elapsed().as_millis()
        );
    }
    resp
}

fn auth_error(e: auth::AuthError) -> S3Error {
    S3Error::raw(e.code, e.status, e.message)
}

async fn dispatch(app: &App, req: axum::extract::Request) -> S3Result<Response> {
    let (parts, body) = req.into_parts();
    let target = Target::from_request(&parts.uri, &parts.headers);
    let routed = router::route(&parts.method, &target, &parts.headers);
    let ctx = auth::authenticate(
        &parts.method,
        &parts.uri,
        &parts.headers,
        &app.keyring,
        SystemTime::now(),
    )
    .map_err(|e| bucket::refusal(app, &parts.uri, &parts.headers, &target, auth_error(e)))?;
    zone::check(app, &target, &routed, &ctx)?;
    if let Ok(Endpoint::NotImplemented(op)) = &routed {
        return Err(S3Error::not_implemented(op));
    }
    let checksum_headers = match &routed {
        Ok(endpoint) => endpoint.checksum_headers(),
        Err(_) => auth::ChecksumHeaders::OfBody,
    };
    let raw = reqbody::read(body, MAX_BODY)
        .await
        .map_err(|e| S3Error::msg(Kind::IncompleteBody, format!("could not read the request body: {e}")))?;
    let decoded = if raw.len() > BLOCKING_DECODE {
        let (ctx, headers) = (ctx.clone(), parts.headers.clone());
        tokio::task::spawn_blocking(move || auth::decode_body_verified(&ctx, &headers, raw, checksum_headers))
            .await
            .map_err(S3Error::internal)?
            .map_err(auth_error)?
    } else {
        auth::decode_body_verified(&ctx, &parts.headers, raw, checksum_headers).map_err(auth_error)?
    };
    let region = if ctx.region.is_empty() {
        app.region.clone()
    } else {
        ctx.region.clone()
    };
    let rq = Req {
        method: parts.method,
        headers: parts.headers,
        target,
        region,
        body: decoded.body,
        checksums: decoded.checksums,
    };
    let res = match routed {
        Ok(endpoint) => run(app, &endpoint, &rq).await,
        Err(e) => Err(e),
    };
    res.map_err(|e| {
        if e.resource.is_empty() {
            e.with_resource(rq.resource())
        } else {
            e
        }
    })
}

async fn run(app: &App, endpoint: &Endpoint, rq: &Req) -> S3Result<Response> {
    use Endpoint::*;
    match endpoint {
        ListBuckets => bucket::list_buckets(app, rq),
        CreateBucket => bucket::create(app, rq).await,
        DeleteBucket => bucket::delete(app, rq).await,
        HeadBucket => bucket::head(app, rq),
        GetBucketLocation => bucket::location(app, rq),
        GetBucketVersioning => lock::get_versioning(app, rq),
        PutBucketVersioning => lock::put_versioning(app, rq).await,
        GetObjectLockConfiguration => lock::get_lock_config(app, rq),
        PutObjectLockConfiguration => lock::put_lock_config(app, rq).await,
        GetBucketReplication => bucket::get_replication(app, rq),
        PutBucketReplication => bucket::put_replication(app, rq).await,
        DeleteBucketReplication => bucket::delete_replication(app, rq).await,
        ListObjects => list::list_objects(app, rq, false),
        ListObjectsV2 => list::list_objects(app, rq, true),
        ListObjectVersions => list::list_versions(app, rq),
        ListMultipartUploads {
            prefix,
            key_marker,
            upload_id_marker,
            max_uploads,
        } => multipart::list_uploads(app, rq, prefix, key_marker, upload_id_marker, *max_uploads),
        DeleteObjects => object::delete_objects(app, rq).await,
        PutObject => object::put(app, rq).await,
        CopyObject => object::copy(app, rq).await,
        GetObject => object::get(app, rq, false).await,
        HeadObject => object::get(app, rq, true).await,
        DeleteObject => object::delete(app, rq).await,
        CreateMultipartUpload => multipart::create(app, rq).await,
        UploadPart { upload_id, part_number } => multipart::upload_part(app, rq, upload_id, *part_number).await,
        UploadPartCopy { upload_id, part_number } => {
            multipart::upload_part_copy(app, rq, upload_id, *part_number).await
        }
        CompleteMultipartUpload { upload_id } => multipart::complete(app, rq, upload_id).await,
        AbortMultipartUpload { upload_id } => multipart::abort(app, rq, upload_id).await,
        ListParts {
            upload_id,
            part_number_marker,
            max_parts,
        } => multipart::list_parts(app, rq, upload_id, *part_number_marker, *max_parts),
        GetObjectRetention => lock::get_retention(app, rq),
        PutObjectRetention => lock::put_retention(app, rq).await,
        GetObjectLegalHold => lock::get_legal_hold(app, rq),
        PutObjectLegalHold => lock::put_legal_hold(app, rq).await,
        GetObjectAttributes => attributes::get(app, rq),
        OperatorHealth => Ok(http::text(StatusCode::OK, "ok\n")),
        OperatorReplication => {
            let post = rq.method == Method::POST;
            let present: Vec<&str> = ["retry-failed", "pause", "resume"]
                .into_iter()
                .filter(|k| rq.query(k).is_some())
                .collect();
            let doc = app.engine.operator(post, &present).await?;
            Ok(http::json(StatusCode::OK, &doc))
        }
        NotImplemented(op) => Err(S3Error::not_implemented(op)),
    }
}

#[cfg(test)]
mod tests;
