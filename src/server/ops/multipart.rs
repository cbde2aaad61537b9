//! Multipart uploads: Create, UploadPart, Complete (ETag = md5 of the part md5s + `-N`), Abort, ListParts,
//! ListMultipartUploads, UploadPartCopy (the copied range becomes a new part).

use super::bucket::OWNER_ID;
use super::object::{check_conditions, copy_source, new_object, parse_range};
use crate::server::context::{App, Req};
use crate::server::error::{Kind, S3Error, S3Result};
use crate::server::http::{self, iso};
use crate::server::reqbody::{self, ObjectBody};
use crate::server::xml::{self, Writer};
use axum::http::StatusCode;
use axum::response::Response;

pub async fn create(app: &App, rq: &Req) -> S3Result<Response> {
    let obj = new_object(rq)?;
    let id = app.store.create_upload(rq.bucket(), rq.key(), obj).await?;
    let mut w = Writer::new("InitiateMultipartUploadResult");
    w.elem("Bucket", rq.bucket())
        .elem("Key", rq.key())
        .elem("UploadId", &id);
    Ok(http::xml(StatusCode::OK, w.finish()))
}

pub async fn upload_part(
    app: &App,
    rq: &Req,
    upload_id: &str,
    number: u32,
    received: ObjectBody,
) -> S3Result<Response> {
    // An unknown upload drops the received body (and its blob) here.
    app.store.get_upload(rq.bucket(), rq.key(), upload_id)?;
    let etag = received.etag;
    app.store
        .upload_part(rq.bucket(), rq.key(), upload_id, number, received.body, etag.clone())
        .await?;
    let mut resp = http::empty(StatusCode::OK);
    http::set(&mut resp, "etag", &format!("\"{etag}\""));
    Ok(resp)
}

pub async fn upload_part_copy(app: &App, rq: &Req, upload_id: &str, number: u32) -> S3Result<Response> {
    app.store.get_upload(rq.bucket(), rq.key(), upload_id)?;
    let (sb, sk, svid) = copy_source(rq.header("x-amz-copy-source").unwrap_or(""))?;
    let src = app.store.get_object(&sb, &sk, svid.as_deref())?;
    check_conditions(&rq.headers, "x-amz-copy-source-", &src, false)?;
    let (start, end) = match rq.header("x-amz-copy-source-range") {
        Some(spec) => parse_range(spec, src.meta.size)?.ok_or_else(|| {
            S3Error::msg(
                Kind::InvalidArgument,
                format!("x-amz-copy-source-range `{spec}` must be bytes=first-last"),
            )
        })?,
        None => (0, src.meta.size),
    };
    let copied = reqbody::store_copy(&app.store, src.body.stream(start, end), end - start).await?;
    let etag = copied.etag;
    app.store
        .upload_part(rq.bucket(), rq.key(), upload_id, number, copied.body, etag.clone())
        .await?;
    let mut w = Writer::new("CopyPartResult");
    w.elem("LastModified", &iso(crate::server::store::now_ms()))
        .elem("ETag", &format!("\"{etag}\""));
    let mut resp = http::xml(StatusCode::OK, w.finish());
    if src.meta.version_id != "null" {
        http::set(&mut resp, "x-amz-copy-source-version-id", &src.meta.version_id);
    }
    Ok(resp)
}

pub async fn complete(app: &App, rq: &Req, upload_id: &str) -> S3Result<Response> {
    let doc = xml::parse(&rq.body, Some("CompleteMultipartUpload"))?;
    let mut parts = Vec::new();
    for p in doc.children("Part") {
        let n = p
            .child_text("PartNumber")
            .and_then(|n| n.parse::<u32>().ok())
            .ok_or_else(|| S3Error::msg(Kind::MalformedXML, "Part.PartNumber must be an integer"))?;
        let etag = p
            .child_text("ETag")
            .ok_or_else(|| S3Error::msg(Kind::MalformedXML, "Part.ETag is required"))?;
        parts.push((n, etag.to_string()));
    }
    let r = app
        .store
        .complete_upload(rq.bucket(), rq.key(), upload_id, &parts)
        .await?;
    let mut w = Writer::new("CompleteMultipartUploadResult");
    w.elem("Location", &format!("/{}/{}", rq.bucket(), rq.key()))
        .elem("Bucket", rq.bucket())
        .elem("Key", rq.key())
        .elem("ETag", &format!("\"{}\"", r.version.meta.etag));
    let mut resp = http::xml(StatusCode::OK, w.finish());
    if r.versioned {
        http::set(&mut resp, "x-amz-version-id", &r.version.meta.version_id);
    }
    Ok(resp)
}

pub async fn abort(app: &App, rq: &Req, upload_id: &str) -> S3Result<Response> {
    app.store.abort_upload(rq.bucket(), rq.key(), upload_id).await?;
    Ok(http::empty(StatusCode::NO_CONTENT))
}

pub fn list_parts(app: &App, rq: &Req, upload_id: &str, marker: u32, max: usize) -> S3Result<Response> {
    let up = app.store.get_upload(rq.bucket(), rq.key(), upload_id)?;
    let parts: Vec<_> = up.parts.range(marker + 1..).map(|(_, p)| p.clone()).collect();
    let truncated = parts.len() > max;
    let shown = &parts[..parts.len().min(max)];
    let mut w = Writer::new("ListPartsResult");
    w.elem("Bucket", rq.bucket())
        .elem("Key", rq.key())
        .elem("UploadId", upload_id);
    w.open("Initiator")
        .elem("ID", OWNER_ID)
        .elem("DisplayName", OWNER_ID)
        .close("Initiator");
    w.open("Owner")
        .elem("ID", OWNER_ID)
        .elem("DisplayName", OWNER_ID)
        .close("Owner");
    w.elem("StorageClass", "STANDARD")
        .elem("PartNumberMarker", &marker.to_string());
    if let Some(last) = shown.last() {
        w.elem("NextPartNumberMarker", &last.number.to_string());
    }
    w.elem("MaxParts", &max.to_string())
        .elem("IsTruncated", if truncated { "true" } else { "false" });
    for p in shown {
        w.open("Part")
            .elem("PartNumber", &p.number.to_string())
            .elem("LastModified", &iso(p.last_modified))
            .elem("ETag", &format!("\"{}\"", p.etag))
            .elem("Size", &p.size.to_string())
            .close("Part");
    }
    Ok(http::xml(StatusCode::OK, w.finish()))
}

pub fn list_uploads(
    app: &App,
    rq: &Req,
    prefix: &str,
    key_marker: &str,
    id_marker: &str,
    max: usize,
) -> S3Result<Response> {
    let all = app.store.list_uploads(rq.bucket(), prefix)?;
    let after: Vec<_> = all
        .into_iter()
        .filter(|u| {
            key_marker.is_empty()
                || u.key.as_str() > key_marker
                || (u.key == key_marker && !id_marker.is_empty() && u.upload_id.as_str() > id_marker)
        })
        .collect();
    let truncated = after.len() > max;
    let shown = &after[..after.len().min(max)];
    let mut w = Writer::new("ListMultipartUploadsResult");
    w.elem("Bucket", rq.bucket())
        .elem("KeyMarker", key_marker)
        .elem("UploadIdMarker", id_marker);
    if truncated && let Some(last) = shown.last() {
        w.elem("NextKeyMarker", &last.key)
            .elem("NextUploadIdMarker", &last.upload_id);
    }
    w.elem("Prefix", prefix)
        .elem("MaxUploads", &max.to_string())
        .elem("IsTruncated", if truncated { "true" } else { "false" });
    for u in shown {
        w.open("Upload")
            .elem("Key", &u.key)
            .elem("UploadId", &u.upload_id)
            .open("Initiator")
            .elem("ID", OWNER_ID)
            .elem("DisplayName", OWNER_ID)
            .close("Initiator")
            .open("Owner")
            .elem("ID", OWNER_ID)
            .elem("DisplayName", OWNER_ID)
            .close("Owner")
            .elem("StorageClass", "STANDARD")
            .elem("Initiated", &iso(u.initiated))
            .close("Upload");
    }
    Ok(http::xml(StatusCode::OK, w.finish()))
}
