//! CORS: Get/Put/DeleteBucketCors, the browser's preflight (`OPTIONS`), and the `Access-Control-*` headers
//! of an actual request that carries an `Origin`, all from the bucket's stored configuration
//! ([`crate::model::cors`]), as S3 answers them (S3 API reference: PutBucketCors, GetBucketCors,
//! DeleteBucketCors, "Appendix: OPTIONS object"; user guide: "Troubleshooting CORS").
//!
//! A preflight is the one request S3 serves without a signature: it reveals only whether a rule allows the
//! origin, method and headers asked about. Every other request stays signed.

use super::super::context::{App, Req};
use super::super::error::{Kind, S3Error, S3Result};
use super::super::http;
use super::super::router::Target;
use super::super::xml;
use crate::model::cors::{self, CorsConfig, CorsError, CorsRule};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::Response;

/// The `Vary` S3 puts on the answers of a bucket with CORS: they depend on these request headers.
const VARY: &str = "Origin, Access-Control-Request-Headers, Access-Control-Request-Method";

pub fn get(app: &App, rq: &Req) -> S3Result<Response> {
    match app.store.cors(rq.bucket())? {
        Some(c) => Ok(http::xml(StatusCode::OK, c.to_xml())),
        None => Err(S3Error::new(Kind::NoSuchCORSConfiguration)),
    }
}

/// PutBucketCors: the body must carry an integrity check (Content-MD5 or an x-amz-checksum-*, verified
/// before this runs), and be a valid configuration.
pub async fn put(app: &App, rq: &Req) -> S3Result<Response> {
    app.store.bucket(rq.bucket())?;
    if rq.header("content-md5").is_none() && rq.checksums.is_empty() {
        return Err(S3Error::msg(
            Kind::InvalidRequest,
            "Missing required header for this request: Content-Md5 (or an x-amz-checksum-* header)",
        ));
    }
    let root = xml::parse(&rq.body, Some("CORSConfiguration"))?;
    let config = CorsConfig::from_element(&root).map_err(|e| match e {
        CorsError::Malformed(m) => S3Error::msg(
            Kind::MalformedXML,
            format!("The XML you provided was not well-formed or did not validate against our published schema ({m})"),
        ),
        CorsError::Invalid(m) => S3Error::msg(Kind::InvalidRequest, m),
    })?;
    app.store.set_cors(rq.bucket(), Some(config)).await?;
    Ok(http::empty(StatusCode::OK))
}

pub async fn delete(app: &App, rq: &Req) -> S3Result<Response> {
    app.store.bucket(rq.bucket())?;
    app.store.set_cors(rq.bucket(), None).await?;
    Ok(http::empty(StatusCode::NO_CONTENT))
}

fn header<'a>(h: &'a HeaderMap, name: &str) -> Option<&'a str> {
    h.get(name).and_then(|v| v.to_str().ok())
}

fn set(resp: &mut Response, name: &'static str, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        resp.headers_mut().insert(name, v);
    }
}

/// The `Access-Control-*` headers of a rule that allowed `origin`.
fn allow(resp: &mut Response, rule: &CorsRule, origin: &str) {
    let (allow_origin, credentials) = rule.allow_origin(origin);
    set(resp, "access-control-allow-origin", &allow_origin);
    set(resp, "access-control-allow-methods", &rule.allowed_methods.join(", "));
    if credentials {
        set(resp, "access-control-allow-credentials", "true");
    }
    if !rule.expose_headers.is_empty() {
        set(resp, "access-control-expose-headers", &rule.expose_headers.join(", "));
    }
    if let Some(s) = rule.max_age_seconds {
        set(resp, "access-control-max-age", &s.to_string());
    }
}

/// `OPTIONS /bucket[/key]`, unsigned: 200 with the matching rule's headers, 403 when the bucket has no
/// configuration or no rule allows the request, 400 without `Origin` or `Access-Control-Request-Method`.
pub fn preflight(app: &App, target: &Target, headers: &HeaderMap) -> S3Result<Response> {
    let bucket = target.bucket.as_deref().unwrap_or("");
    let resource = match &target.key {
        Some(k) => format!("/{bucket}/{k}"),
        None => format!("/{bucket}"),
    };
    let Some(origin) = header(headers, "origin") else {
        return Err(S3Error::msg(
            Kind::BadRequest,
            "Insufficient information. Origin request header needed.",
        )
        .with_resource(resource));
    };
    let method = header(headers, "access-control-request-method").unwrap_or("");
    if method.parse::<Method>().is_err() || method.is_empty() {
        return Err(S3Error::msg(
            Kind::BadRequest,
            format!("Invalid Access-Control-Request-Method: `{method}` (a preflight names the method of the request it is for)"),
        )
        .with_resource(resource));
    }
    let Some(config) = app.store.cors(bucket).map_err(|e| e.with_resource(resource.clone()))? else {
        return Err(S3Error::msg(
            Kind::AccessForbidden,
            "CORSResponse: CORS is not enabled for this bucket.",
        )
        .with_resource(resource));
    };
    let requested = cors::requested_headers(header(headers, "access-control-request-headers").unwrap_or(""));
    if requested.len() > cors::MAX_REQUESTED_HEADERS {
        return Err(S3Error::msg(
            Kind::BadRequest,
            format!(
                "Access-Control-Request-Headers names more than {} headers",
                cors::MAX_REQUESTED_HEADERS
            ),
        )
        .with_resource(resource));
    }
    let Some(rule) = config.matching(origin, method, &requested) else {
        return Err(S3Error::new(Kind::AccessForbidden).with_resource(resource));
    };
    let mut resp = http::empty(StatusCode::OK);
    allow(&mut resp, rule, origin);
    if !requested.is_empty() {
        set(&mut resp, "access-control-allow-headers", &requested.join(", "));
    }
    set(&mut resp, "vary", VARY);
    Ok(resp)
}

/// An actual (not preflight) request with an `Origin` to a bucket with CORS: the headers of the first rule
/// that allows its origin and method are added to the answer, error or not, and `Vary` in every case.
pub fn decorate(app: &App, bucket: Option<&str>, origin: &str, method: &Method, resp: &mut Response) {
    let Some(config) = bucket.and_then(|b| app.store.cors(b).ok().flatten()) else {
        return;
    };
    if let Some(rule) = config.matching(origin, method.as_str(), &[]) {
        allow(resp, rule, origin);
    }
    set(resp, "vary", VARY);
}
