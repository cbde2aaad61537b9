//! From an HTTP request to an S3 response, in this order: route (pure, [`router`]), authenticate ([`auth`]),
//! refuse what is not implemented, read and verify the body within the endpoint's limit ([`reqbody`]),
//! answer a routing error, run the operation ([`ops`]); then stamp the response (request id, `Server`) and
//! log it when verbose.
//!
//! A CORS preflight (`OPTIONS`) is the exception: S3 serves it unsigned, so it is answered right after
//! routing, from the bucket's CORS configuration alone ([`cors::preflight`]). A signed request that carries
//! an `Origin` gets the `Access-Control-*` headers of the rule that allows it ([`cors::decorate`]).
//!
//! Routing errors (a bad `partNumber`, ...) wait until the request is authenticated and its body verified,
//! so that an unsigned or damaged request is always answered as such.
//!
//! Bodies by endpoint: PutObject and UploadPart stream into the store (a temporary blob with a data dir)
//! while they are verified; the XML documents are read into one buffer, each within a limit S3's own rules
//! justify (below); every other body is verified and dropped.

use super::auth;
use super::context::{App, Peer, Req};
use super::error::{S3Error, S3Result};
use super::http;
use super::iam;
use super::metrics;
use super::ops::{acl, attributes, bucket, cors, list, lock, multipart, object};
use super::reqbody::{self, Limit, ObjectBody, Sink};
use super::router::{self, Endpoint, Target};
use super::zone;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use std::time::{Duration, Instant, SystemTime};

/// Largest object body of one request (S3's single-PUT and part limit, 5 GiB).
const MAX_OBJECT: u64 = 5 * 1024 * 1024 * 1024;

/// The small configuration documents (versioning, Object Lock, retention, legal hold, CreateBucket's
/// location): a few hundred bytes in practice; 64 KiB leaves room for any whitespace a client adds.
const SMALL_XML: u64 = 64 * 1024;

/// DeleteObjects and CompleteMultipartUpload. DeleteObjects names at most 1000 keys of at most 1024 bytes;
/// written with character references (`&#x1;` is 6 bytes for 1), with a version id and the markup, one
/// entry stays under 7 KiB, so the largest valid document is under 7 MiB. CompleteMultipartUpload lists at
/// most 10 000 parts, each a number, a quoted ETag and up to one checksum of each algorithm: under 500
/// bytes a part, 5 MB in all. 8 MiB takes both.
const LIST_XML: u64 = 8 * 1024 * 1024;

/// PutBucketReplication: the model refuses a configuration over `model::MAX_DOCUMENT_BYTES` (2 MB) with a
/// message of its own, so the body is read a little past that for that message to be the answer.
const REPLICATION_XML: u64 = crate::model::MAX_DOCUMENT_BYTES as u64 + 64 * 1024;

/// What an endpoint does with its body.
enum Wants {
    /// Nothing: verified, then dropped (at most [`MAX_OBJECT`] of it).
    Nothing,
    /// An XML document of at most this many bytes.
    Xml(u64),
    /// Object bytes, stored as they arrive.
    Object,
}

fn wants(routed: &S3Result<Endpoint>) -> Wants {
    use Endpoint::*;
    match routed {
        Ok(
            CreateBucket
            | PutBucketVersioning
            | PutObjectLockConfiguration
            | PutObjectRetention
            | PutObjectLegalHold
            | PutBucketAcl
            | PutObjectAcl
            | PutBucketOwnershipControls,
        ) => Wants::Xml(SMALL_XML),
        // S3 limits a CORS configuration to 64 KB.
        Ok(PutBucketCors) => Wants::Xml(crate::model::cors::MAX_DOCUMENT_BYTES as u64),
        Ok(DeleteObjects | CompleteMultipartUpload { .. }) => Wants::Xml(LIST_XML),
        // The IAM operator documents are JSON: a policy, like a replication config, stays under 2 MB.
        Ok(PutBucketReplication | OperatorIam { .. }) => Wants::Xml(REPLICATION_XML),
        Ok(PutObject | UploadPart { .. }) => Wants::Object,
        _ => Wants::Nothing,
    }
}

/// Whether a request asks for the metrics on the S3 listener: an unsigned `GET /metrics` from a loopback
/// client, when they have no listener of their own. A signed one is S3's (ListObjects of a bucket `metrics`).
fn wants_metrics(app: &App, req: &axum::extract::Request) -> bool {
    let loopback = req.extensions().get::<Peer>().is_some_and(|p| p.0.ip().is_loopback());
    let signed = req.headers().contains_key(header::AUTHORIZATION)
        || req.uri().query().is_some_and(|q| q.contains("X-Amz-Signature="));
    app.metrics_on_s3_listener && loopback && !signed && req.method() == Method::GET && req.uri().path() == "/metrics"
}

/// The metrics as the text exposition format (`server::metrics`).
fn metrics_response(app: &App) -> Response {
    let text = match &app.metrics {
        Some(m) => m.render(&app.store, &app.engine.report()),
        None => String::new(),
    };
    let mut resp = Response::new(axum::body::Body::from(text));
    if let Ok(v) = HeaderValue::from_str(metrics::CONTENT_TYPE) {
        resp.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    resp
}

/// The metrics listener (`--metrics-listen`): `GET /metrics`, and 404 for anything else.
pub(crate) fn metrics_only(app: &App, req: &axum::extract::Request) -> Response {
    if req.method() == Method::GET && req.uri().path() == "/metrics" {
        return metrics_response(app);
    }
    let mut resp = Response::new(axum::body::Body::from("only GET /metrics is served here\n"));
    *resp.status_mut() = StatusCode::NOT_FOUND;
    resp
}

/// Handles one request; `body_timeout` is the longest wait for the next piece of a request body.
pub(crate) async fn handle(app: &App, body_timeout: Duration, req: axum::extract::Request) -> Response {
    if wants_metrics(app, &req) {
        return metrics_response(app);
    }
    let started = Instant::now();
    let rid = app.request_id();
    let method = req.method().clone();
    let uri = req.uri().clone();
    // An actual cross-origin request (a preflight is answered whole by `cors::preflight`).
    let origin = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
        .filter(|_| method != Method::OPTIONS)
        .map(str::to_string);
    let cors_bucket = origin
        .as_ref()
        .and_then(|_| Target::from_request(req.uri(), req.headers()).bucket);
    let mut api = String::new();
    let mut resp = match dispatch(app, body_timeout, req, &mut api).await {
        Ok(r) => r,
        Err(e) => http::error_response(&e, &rid, method == Method::HEAD),
    };
    if let Some(o) = &origin {
        cors::decorate(app, cors_bucket.as_deref(), o, &method, &mut resp);
    }
    if let Some(m) = &app.metrics {
        m.request(&api, resp.status().as_u16(), started.elapsed());
    }
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

/// A request signed with a key bound to a role is decided by the role's policy (the operation from the one
/// list, [`iam::operation_of`]); the operator endpoints are the server's own keys' only.
/// `peer` is the client's address (the policy's `source_ip`; loopback when unknown).
fn authorize(
    app: &App,
    endpoint: &Endpoint,
    target: &Target,
    ctx: &auth::AuthContext,
    peer: Option<std::net::IpAddr>,
) -> S3Result<()> {
    if app.iam.role_of_key(&ctx.access_key).is_none() {
        return Ok(());
    }
    let Some(op) = iam::operation_of(endpoint) else {
        return Err(S3Error::msg(
            crate::server::error::Kind::AccessDenied,
            format!(
                "API key {} is bound to an IAM role: the /_sosctl operator endpoints need a key of the server",
                ctx.access_key
            ),
        ));
    };
    let zone = if ctx.region.is_empty() {
        &app.region
    } else {
        &ctx.region
    };
    let source_ip = peer.unwrap_or(std::net::IpAddr::from([127, 0, 0, 1]));
    app.iam.authorize(
        &ctx.access_key,
        op,
        target.bucket.as_deref(),
        target.key.as_deref(),
        zone,
        source_ip,
    )
}

fn auth_error(e: auth::AuthError) -> S3Error {
    S3Error::raw(e.code, e.status, e.message)
}

/// Runs one request; `api` is set to the operation it was routed to (for the metrics).
async fn dispatch(
    app: &App,
    body_timeout: Duration,
    req: axum::extract::Request,
    api: &mut String,
) -> S3Result<Response> {
    let (parts, body) = req.into_parts();
    let target = Target::from_request(&parts.uri, &parts.headers);
    let routed = router::route(&parts.method, &target, &parts.headers);
    *api = metrics::api_name(&routed);
    // The preflight is not signed (S3 serves it so to browsers): answered before authentication.
    if let Ok(Endpoint::PreflightCors) = &routed {
        return cors::preflight(app, &target, &parts.headers);
    }
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
    if let Ok(endpoint) = &routed {
        let peer = parts.extensions.get::<Peer>().map(|p| p.0.ip());
        authorize(app, endpoint, &target, &ctx, peer)?;
    }
    let checksum_headers = match &routed {
        Ok(endpoint) => endpoint.checksum_headers(),
        Err(_) => auth::ChecksumHeaders::OfBody,
    };
    let wants = wants(&routed);
    let decoder = auth::BodyDecoder::new(&ctx, &parts.headers, checksum_headers, matches!(wants, Wants::Object));
    let (sink, limit) = match wants {
        Wants::Nothing => (Sink::Discard, Limit::xml(MAX_OBJECT)),
        Wants::Xml(n) => (Sink::Buffer, Limit::xml(n)),
        Wants::Object => {
            let writer = app.store.body_writer(reqbody::expected_len(&body, &decoder));
            (Sink::Object(writer), Limit::object(MAX_OBJECT))
        }
    };
    let received = reqbody::receive(body, decoder, sink, limit, body_timeout).await?;
    let checksums = received.verified.checksums.clone();
    let object = received.object.map(|body| ObjectBody {
        body,
        etag: hex::encode(received.verified.md5.unwrap_or_default()),
        checksums: received.verified.checksums,
    });
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
        body: received.bytes,
        checksums,
    };
    let res = match routed {
        Ok(endpoint) => run(app, &endpoint, &rq, object).await,
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

/// The stored body of PutObject and UploadPart (received by [`dispatch`] for exactly those).
fn stored(object: Option<ObjectBody>) -> S3Result<ObjectBody> {
    object.ok_or_else(|| S3Error::internal("the object body was not received"))
}

async fn run(app: &App, endpoint: &Endpoint, rq: &Req, object: Option<ObjectBody>) -> S3Result<Response> {
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
        PutObject => object::put(app, rq, stored(object)?).await,
        CopyObject => object::copy(app, rq).await,
        GetObject => object::get(app, rq, false).await,
        HeadObject => object::get(app, rq, true).await,
        DeleteObject => object::delete(app, rq).await,
        CreateMultipartUpload => multipart::create(app, rq).await,
        UploadPart { upload_id, part_number } => {
            multipart::upload_part(app, rq, upload_id, *part_number, stored(object)?).await
        }
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
        GetBucketAcl => acl::get_bucket_acl(app, rq),
        PutBucketAcl => acl::put_bucket_acl(app, rq).await,
        GetObjectAcl => acl::get_object_acl(app, rq),
        PutObjectAcl => acl::put_object_acl(app, rq).await,
        GetBucketOwnershipControls => acl::get_ownership(app, rq),
        PutBucketOwnershipControls => acl::put_ownership(app, rq).await,
        DeleteBucketOwnershipControls => acl::delete_ownership(app, rq).await,
        GetBucketCors => cors::get(app, rq),
        PutBucketCors => cors::put(app, rq).await,
        DeleteBucketCors => cors::delete(app, rq).await,
        PreflightCors => cors::preflight(app, &rq.target, &rq.headers),
        OperatorHealth => Ok(http::text(StatusCode::OK, "ok\n")),
        OperatorReplication => {
            let post = rq.method == Method::POST;
            let present: Vec<&str> = ["retry-failed", "pause", "resume"]
                .into_iter()
                .filter(|k| rq.query(k).is_some())
                .collect();
            let doc = app.engine.operator(post, &present, rq.query("bucket")).await?;
            Ok(http::json(StatusCode::OK, &doc))
        }
        OperatorIam { path } => {
            let doc = app.iam.operator(&rq.method, path, &rq.body).await?;
            // A key made now can sign the next request.
            if let (Some(k), Some(secret)) = (doc["key"].as_str(), doc["secret"].as_str()) {
                app.keyring.insert(k.to_string(), secret.to_string());
            }
            Ok(http::json(StatusCode::OK, &doc))
        }
        NotImplemented(op) => Err(S3Error::not_implemented(op)),
    }
}

#[cfg(test)]
mod tests;
