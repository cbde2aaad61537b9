//! Object operations: PutObject, GetObject/HeadObject (Range, versionId, conditional headers, response
//! overrides), DeleteObject, DeleteObjects, CopyObject.

use super::checksums;
use super::lock::future_retention;
use super::sse_c::{self, Keys};
use crate::model::operator::FAILURE_HEADER;
use crate::server::context::{App, Req};
use crate::server::error::{Kind, S3Error, S3Result};
use crate::server::http::{self, http_date, iso, parse_http_date, parse_iso};
use crate::server::reqbody::{self, ObjectBody};
use crate::server::router::decode_path;
use crate::server::store::{LockMode, NewObject, ReplicationState, ReplicationStatus, Retention, Version};
use crate::server::xml::{self, Writer};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

/// Object Lock headers of a write.
fn lock_headers(h: &HeaderMap) -> S3Result<(Option<Retention>, bool)> {
    let get = |n: &str| h.get(n).and_then(|v| v.to_str().ok());
    let retention = match (
        get("x-amz-object-lock-mode"),
        get("x-amz-object-lock-retain-until-date"),
    ) {
        (None, None) => None,
        (Some(m), Some(d)) => {
            let mode = LockMode::parse(m).ok_or_else(|| {
                S3Error::msg(
                    Kind::InvalidArgument,
                    format!("x-amz-object-lock-mode must be GOVERNANCE or COMPLIANCE, not `{m}`"),
                )
            })?;
            let until = parse_iso(d).ok_or_else(|| {
                S3Error::msg(
                    Kind::InvalidArgument,
                    format!("x-amz-object-lock-retain-until-date `{d}` is not an ISO 8601 date"),
                )
            })?;
            Some(future_retention(mode, until)?)
        }
        _ => {
            return Err(S3Error::msg(
                Kind::InvalidArgument,
                "x-amz-object-lock-mode and x-amz-object-lock-retain-until-date must both be supplied",
            ));
        }
    };
    let legal_hold = match get("x-amz-object-lock-legal-hold") {
        None | Some("OFF") => false,
        Some("ON") => true,
        Some(o) => {
            return Err(S3Error::msg(
                Kind::InvalidArgument,
                format!("x-amz-object-lock-legal-hold must be ON or OFF, not `{o}`"),
            ));
        }
    };
    Ok((retention, legal_hold))
}

/// Headers, metadata, SSE-C key, lock settings and checksum of a write (the body is filled in by the caller).
pub fn new_object(rq: &Req) -> S3Result<NewObject> {
    let (headers, user_meta) = http::object_headers(&rq.headers)?;
    let (retention, legal_hold) = lock_headers(&rq.headers)?;
    let sse_c_key_md5 = sse_c::customer_key(&rq.headers, Keys::Object)?;
    Ok(NewObject {
        headers,
        user_meta,
        sse_c: sse_c_key_md5.is_some(),
        sse_c_key_md5,
        retention,
        legal_hold,
        checksum: checksums::sent(rq)?,
        if_none_match_star: rq.header("if-none-match").is_some_and(|v| v.trim() == "*"),
        if_match: rq.header("if-match").map(str::to_string),
        acl: super::acl::from_headers(rq, false)?,
        ..Default::default()
    })
}

/// The answer to a write: ETag, the version id (versioning Enabled), the checksum and SSE-C key it was
/// stored with.
fn put_response(version: &Version, versioned: bool) -> Response {
    let mut resp = http::empty(StatusCode::OK);
    http::set(&mut resp, "etag", &format!("\"{}\"", version.meta.etag));
    if let Some(c) = &version.meta.checksum {
        checksums::answer(&mut resp, c);
    }
    stamp_write(&mut resp, version, versioned);
    resp
}

/// What every answer to a write carries: the new version's id (versioning Enabled only) and the SSE-C key
/// it was stored with.
pub(super) fn stamp_write(resp: &mut Response, version: &Version, versioned: bool) {
    if versioned {
        http::set(resp, "x-amz-version-id", &version.meta.version_id);
    }
    sse_c::answer(resp, version.meta.sse_c_key_md5.as_deref());
}

pub async fn put(app: &App, rq: &Req, received: ObjectBody) -> S3Result<Response> {
    app.store.bucket(rq.bucket())?;
    let mut obj = new_object(rq)?;
    obj.etag = received.etag;
    obj.body = received.body;
    let r = app.store.put_object(rq.bucket(), rq.key(), obj).await?;
    Ok(put_response(&r.version, r.versioned))
}

/// The byte range asked for, clamped to the object; `Err` for an unsatisfiable one.
pub fn parse_range(spec: &str, size: u64) -> S3Result<Option<(u64, u64)>> {
    let Some(r) = spec.trim().strip_prefix("bytes=") else {
        return Ok(None);
    };
    if r.contains(',') {
        return Ok(None);
    }
    let (a, b) = r.split_once('-').ok_or_else(|| S3Error::new(Kind::InvalidRange))?;
    let (a, b) = (a.trim(), b.trim());
    let bad = || S3Error::new(Kind::InvalidRange).with_header("content-range", format!("bytes */{size}"));
    let (start, end) = if a.is_empty() {
        let n: u64 = b.parse().map_err(|_| bad())?;
        if n == 0 {
            return Err(bad());
        }
        (size.saturating_sub(n), size)
    } else {
        let start: u64 = a.parse().map_err(|_| bad())?;
        let end = if b.is_empty() {
            size
        } else {
            b.parse::<u64>().map_err(|_| bad())?.saturating_add(1).min(size)
        };
        if start >= size || end <= start {
            return Err(bad());
        }
        (start, end)
    };
    Ok(Some((start, end)))
}

/// If-Match / If-Unmodified-Since (412) and If-None-Match / If-Modified-Since (304), RFC 7232 order.
pub fn check_conditions(h: &HeaderMap, prefix: &str, v: &Version, get_like: bool) -> S3Result<()> {
    let get = |n: &str| h.get(format!("{prefix}{n}")).and_then(|v| v.to_str().ok());
    let etag_in = |list: &str| {
        list.split(',')
            .any(|e| e.trim() == "*" || e.trim().trim_matches('"') == v.meta.etag)
    };
    let modified_s = v.meta.last_modified / 1000;
    let failed = || S3Error::new(Kind::PreconditionFailed);
    let not_modified = || {
        if get_like {
            S3Error::new(Kind::NotModified)
                .with_header("etag", format!("\"{}\"", v.meta.etag))
                .with_header("last-modified", http_date(v.meta.last_modified))
        } else {
            S3Error::new(Kind::PreconditionFailed)
        }
    };
    if let Some(m) = get("if-match") {
        if !etag_in(m) {
            return Err(failed());
        }
    } else if let Some(t) = get("if-unmodified-since").and_then(parse_http_date)
        && modified_s > t / 1000
    {
        return Err(failed());
    }
    if let Some(m) = get("if-none-match") {
        if etag_in(m) {
            return Err(not_modified());
        }
    } else if let Some(t) = get("if-modified-since").and_then(parse_http_date)
        && modified_s <= t / 1000
    {
        return Err(not_modified());
    }
    Ok(())
}

/// The value of [`FAILURE_HEADER`] for a FAILED source version: the reasons the engine recorded.
fn failure_header(r: &ReplicationState) -> Option<String> {
    let parts: Vec<String> = r
        .targets
        .iter()
        .filter(|t| t.status == ReplicationStatus::Failed)
        .map(|t| {
            let reason = t.reason.as_deref().unwrap_or("no reason recorded");
            // A header value holds visible ASCII only: anything else becomes `?`, and it is kept short.
            let clean: String = format!("{}: {reason}", t.bucket)
                .chars()
                .map(|c| if c == ' ' || c.is_ascii_graphic() { c } else { '?' })
                .take(512)
                .collect();
            clean
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// Headers describing a stored version (GET/HEAD).
fn version_headers(resp: &mut Response, v: &Version) {
    let m = &v.meta;
    http::set(resp, "etag", &format!("\"{}\"", m.etag));
    http::set(resp, "last-modified", &http_date(m.last_modified));
    http::set(resp, "accept-ranges", "bytes");
    if m.version_id != "null" {
        http::set(resp, "x-amz-version-id", &m.version_id);
    }
    http::set(
        resp,
        "content-type",
        m.header("content-type").unwrap_or("binary/octet-stream"),
    );
    for (k, val) in &m.headers {
        if k != "content-type" {
            http::set(resp, k, val);
        }
    }
    for (k, val) in &m.user_meta {
        http::set(resp, &format!("x-amz-meta-{k}"), val);
    }
    if let Some(r) = &m.replication {
        http::set(resp, "x-amz-replication-status", r.status.as_str());
        if let Some(why) = failure_header(r) {
            http::set(resp, FAILURE_HEADER, &why);
        }
    }
    if let Some(r) = m.retention {
        http::set(resp, "x-amz-object-lock-mode", r.mode.as_str());
        http::set(resp, "x-amz-object-lock-retain-until-date", &iso(r.until));
    }
    if m.legal_hold {
        http::set(resp, "x-amz-object-lock-legal-hold", "ON");
    }
    if let Some(n) = m.parts_count {
        http::set(resp, "x-amz-mp-parts-count", &n.to_string());
    }
}

/// `partNumber` of GET/HEAD: an integer from 1 to 10000.
fn part_number(rq: &Req) -> S3Result<Option<u32>> {
    let Some(n) = rq.query("partNumber") else {
        return Ok(None);
    };
    match n.parse::<u32>() {
        Ok(n) if (1..=10_000).contains(&n) => Ok(Some(n)),
        _ => Err(S3Error::msg(
            Kind::InvalidArgument,
            format!("Part number must be an integer between 1 and 10000, inclusive, not `{n}`"),
        )),
    }
}

/// The bytes of part `n` of `v`: a multipart object's part, or (part 1 only) a single-part object whole.
fn part_range(v: &Version, n: u32) -> S3Result<(u64, u64)> {
    let m = &v.meta;
    let unsatisfiable =
        || S3Error::new(Kind::InvalidPartNumber).with_header("content-range", format!("bytes */{}", m.size));
    if m.parts.is_empty() {
        // A single-part object is its part 1; so, whole, is a multipart one stored before part sizes were kept.
        return if n == 1 { Ok((0, m.size)) } else { Err(unsatisfiable()) };
    }
    let i = n as usize - 1;
    let part = m.parts.get(i).ok_or_else(unsatisfiable)?;
    let start: u64 = m.parts[..i].iter().map(|p| p.size).sum();
    Ok((start, start + part.size))
}

/// GetObject / HeadObject: a version, or a range of it, or one of its parts (`partNumber`); its checksum
/// with `x-amz-checksum-mode: ENABLED` when the answer is the whole object or a whole part.
pub async fn get(app: &App, rq: &Req, head: bool) -> S3Result<Response> {
    let v = app.store.get_object(rq.bucket(), rq.key(), rq.query("versionId"))?;
    sse_c::check_version(&rq.headers, Keys::Object, &v.meta)?;
    check_conditions(&rq.headers, "", &v, true)?;
    let size = v.meta.size;
    let part = part_number(rq)?;
    let range = match (part, rq.header("range")) {
        (Some(_), Some(_)) => {
            return Err(S3Error::msg(
                Kind::InvalidRequest,
                "Cannot specify both Range header and partNumber query parameter",
            ));
        }
        (Some(n), None) => Some(part_range(&v, n)?).filter(|_| size > 0),
        (None, Some(spec)) => parse_range(spec, size)?,
        (None, None) => None,
    };
    let (start, end) = range.unwrap_or((0, size));
    let status = if range.is_some() {
        StatusCode::PARTIAL_CONTENT
    } else {
        StatusCode::OK
    };
    let mut resp = if head {
        http::empty(status)
    } else {
        let body = axum::body::Body::from_stream(v.body.stream(start, end));
        Response::builder()
            .status(status)
            .body(body)
            .map_err(S3Error::internal)?
    };
    version_headers(&mut resp, &v);
    http::set(&mut resp, "content-length", &(end - start).to_string());
    if range.is_some() {
        http::set(
            &mut resp,
            "content-range",
            &format!("bytes {start}-{}/{size}", end.saturating_sub(1)),
        );
    }
    if checksums::mode_enabled(rq)
        && let Some(c) = &v.meta.checksum
    {
        // Ranges have no checksum; part 1 of a single-part object is the object.
        let whole = range.is_none() || (part == Some(1) && v.meta.parts.is_empty());
        match part.and_then(|n| v.meta.parts.get(n as usize - 1)) {
            Some(p) => {
                if let Some(value) = &p.checksum {
                    http::set(&mut resp, c.algorithm.header_name(), value);
                }
            }
            None if whole => checksums::answer(&mut resp, c),
            None => {}
        }
    }
    sse_c::answer(&mut resp, v.meta.sse_c_key_md5.as_deref());
    for (q, h) in [
        ("response-content-type", "content-type"),
        ("response-content-disposition", "content-disposition"),
        ("response-content-encoding", "content-encoding"),
        ("response-content-language", "content-language"),
        ("response-cache-control", "cache-control"),
        ("response-expires", "expires"),
    ] {
        if let Some(val) = rq.query(q) {
            http::set(&mut resp, h, val);
        }
    }
    Ok(resp)
}

pub async fn delete(app: &App, rq: &Req) -> S3Result<Response> {
    let r = app
        .store
        .delete_object(rq.bucket(), rq.key(), rq.query("versionId"), rq.bypass_governance())
        .await?;
    let mut resp = http::empty(StatusCode::NO_CONTENT);
    if let Some(id) = &r.version_id {
        http::set(&mut resp, "x-amz-version-id", id);
    }
    if r.delete_marker {
        http::set(&mut resp, "x-amz-delete-marker", "true");
    }
    Ok(resp)
}

pub async fn delete_objects(app: &App, rq: &Req) -> S3Result<Response> {
    let doc = xml::parse(&rq.body, Some("Delete"))?;
    let quiet = doc.child_text("Quiet").is_some_and(|q| q.eq_ignore_ascii_case("true"));
    let objects: Vec<(String, Option<String>)> = doc
        .children("Object")
        .map(|o| {
            (
                o.child("Key").map(|k| k.text.clone()).unwrap_or_default(),
                o.child_text("VersionId").map(str::to_string),
            )
        })
        .collect();
    if objects.is_empty() || objects.len() > 1000 {
        return Err(S3Error::msg(Kind::MalformedXML, "Delete must list 1 to 1000 objects"));
    }
    app.store.bucket(rq.bucket())?;
    let mut w = Writer::new("DeleteResult");
    for (key, vid) in objects {
        match app
            .store
            .delete_object(rq.bucket(), &key, vid.as_deref(), rq.bypass_governance())
            .await
        {
            Ok(r) => {
                if !quiet {
                    w.open("Deleted").elem("Key", &key);
                    w.opt("VersionId", vid.as_deref());
                    if r.delete_marker {
                        w.elem("DeleteMarker", "true");
                        if vid.is_none() {
                            w.opt("DeleteMarkerVersionId", r.version_id.as_deref());
                        }
                    }
                    w.close("Deleted");
                }
            }
            Err(e) => {
                w.open("Error").elem("Key", &key);
                w.opt("VersionId", vid.as_deref());
                w.elem("Code", e.code()).elem("Message", &e.message).close("Error");
            }
        }
    }
    Ok(http::xml(StatusCode::OK, w.finish()))
}

/// `x-amz-copy-source`: `[/]bucket/key[?versionId=ID]`, URL-encoded. An escape that does not decode to
/// UTF-8 is refused as S3 refuses such a URI, never decoded lossily into another key.
pub fn copy_source(s: &str) -> S3Result<(String, String, Option<String>)> {
    let bad = || {
        S3Error::msg(
            Kind::InvalidArgument,
            format!("x-amz-copy-source `{s}` must be bucket/key"),
        )
    };
    let (path, vid) = match s.split_once("?versionId=") {
        Some((p, v)) => (p, Some(decode_path(v).ok_or_else(bad)?)),
        None => (s, None),
    };
    let path = decode_path(path.strip_prefix('/').unwrap_or(path)).ok_or_else(bad)?;
    match path.split_once('/') {
        Some((b, k)) if !b.is_empty() && !k.is_empty() => Ok((b.to_string(), k.to_string(), vid)),
        _ => Err(bad()),
    }
}

pub async fn copy(app: &App, rq: &Req) -> S3Result<Response> {
    let (sb, sk, svid) = copy_source(rq.header("x-amz-copy-source").unwrap_or(""))?;
    app.store.bucket(rq.bucket())?;
    let src = app.store.get_object(&sb, &sk, svid.as_deref())?;
    sse_c::check_version(&rq.headers, Keys::CopySource, &src.meta)?;
    check_conditions(&rq.headers, "x-amz-copy-source-", &src, false)?;
    let replace = match rq.header("x-amz-metadata-directive") {
        None | Some("COPY") => false,
        Some("REPLACE") => true,
        Some(o) => {
            return Err(S3Error::msg(
                Kind::InvalidArgument,
                format!("Unknown metadata directive `{o}`"),
            ));
        }
    };
    if !replace && sb == rq.bucket() && sk == rq.key() && svid.is_none() {
        return Err(S3Error::msg(
            Kind::InvalidRequest,
            "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
        ));
    }
    let mut obj = new_object(rq)?;
    if !replace {
        obj.headers = src.meta.headers.clone();
        obj.user_meta = src.meta.user_meta.clone();
    }
    obj.etag = if src.meta.etag.contains('-') {
        reqbody::md5_of(src.body.stream(0, src.body.len())).await?
    } else {
        src.meta.etag.clone()
    };
    obj.checksum = checksums::of_copy(rq, src.meta.checksum.as_ref(), &src.body).await?;
    obj.body = src.body.clone();
    let r = app.store.put_object(rq.bucket(), rq.key(), obj).await?;
    let mut w = Writer::new("CopyObjectResult");
    w.elem("LastModified", &iso(r.version.meta.last_modified))
        .elem("ETag", &format!("\"{}\"", r.version.meta.etag));
    if let Some(c) = &r.version.meta.checksum {
        checksums::elements(&mut w, c);
    }
    let mut resp = http::xml(StatusCode::OK, w.finish());
    stamp_write(&mut resp, &r.version, r.versioned);
    if src.meta.version_id != "null" {
        http::set(&mut resp, "x-amz-copy-source-version-id", &src.meta.version_id);
    }
    Ok(resp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(parse_range("bytes=0-4", 10).unwrap(), Some((0, 5)));
        assert_eq!(parse_range("bytes=5-", 10).unwrap(), Some((5, 10)));
        assert_eq!(parse_range("bytes=-3", 10).unwrap(), Some((7, 10)));
        assert_eq!(parse_range("bytes=2-100", 10).unwrap(), Some((2, 10)));
        assert_eq!(parse_range("bytes=10-", 10).unwrap_err().code(), "InvalidRange");
        assert_eq!(parse_range("items=1-2", 10).unwrap(), None);
    }

    #[test]
    fn copy_sources() {
        assert_eq!(
            copy_source("/b/a%20b?versionId=v1").unwrap(),
            ("b".into(), "a b".into(), Some("v1".into()))
        );
        assert_eq!(copy_source("b/k/x").unwrap(), ("b".into(), "k/x".into(), None));
        assert!(copy_source("b").is_err());
        // Not UTF-8 once decoded: refused, never read as another key.
        assert_eq!(copy_source("/b/k%FF").unwrap_err().code(), "InvalidArgument");
        assert_eq!(copy_source("/b/k?versionId=%FE").unwrap_err().code(), "InvalidArgument");
    }
}
