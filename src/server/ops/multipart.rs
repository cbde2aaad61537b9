//! Multipart uploads: Create, UploadPart, Complete (ETag = md5 of the part md5s + `-N`, checksum made from
//! the parts' as S3 makes it), Abort, ListParts, ListMultipartUploads, UploadPartCopy (the copied range becomes
//! a new part).

use super::bucket::OWNER_ID;
use super::checksums;
use super::object::{check_conditions, copy_source, new_object, stamp_write};
use super::sse_c::{self, Keys};
use crate::server::context::{App, Req};
use crate::server::error::{Kind, S3Error, S3Result};
use crate::server::http::{self, iso};
use crate::server::reqbody::{self, ObjectBody};
use crate::server::store::{CompletedPart, Completion, NewPart, Upload};
use crate::server::xml::{self, Writer};
use axum::http::StatusCode;
use axum::response::Response;

pub async fn create(app: &App, rq: &Req) -> S3Result<Response> {
    let obj = new_object(rq)?;
    let spec = checksums::upload_spec(rq)?;
    let key_md5 = obj.sse_c_key_md5.clone();
    let id = app.store.create_upload_with(rq.bucket(), rq.key(), obj, spec).await?;
    let mut w = Writer::new("InitiateMultipartUploadResult");
    w.elem("Bucket", rq.bucket())
        .elem("Key", rq.key())
        .elem("UploadId", &id);
    let mut resp = http::xml(StatusCode::OK, w.finish());
    if let Some(spec) = spec {
        http::set(&mut resp, "x-amz-checksum-algorithm", spec.algorithm.name());
        http::set(&mut resp, "x-amz-checksum-type", spec.kind.as_str());
    }
    sse_c::answer(&mut resp, key_md5.as_deref());
    Ok(resp)
}

/// A part of an upload created with SSE-C carries the same key; one created without it carries none.
fn check_part_key(rq: &Req, up: &Upload) -> S3Result<()> {
    let given = sse_c::customer_key(&rq.headers, Keys::Object)?;
    match (up.meta.sse_c_key_md5.as_deref(), given.as_deref()) {
        (Some(want), Some(got)) if want != got => Err(S3Error::msg(
            Kind::InvalidArgument,
            "The SSE-C key of this part is not the key the multipart upload was created with",
        )),
        (stored, given) => sse_c::check_read(stored, given),
    }
}

fn part_response(etag: &str, part: &NewPart, up: &Upload) -> Response {
    let mut resp = http::empty(StatusCode::OK);
    http::set(&mut resp, "etag", &format!("\"{etag}\""));
    if let Some(c) = &part.checksum {
        http::set(&mut resp, c.algorithm.header_name(), &c.value);
    }
    sse_c::answer(&mut resp, up.meta.sse_c_key_md5.as_deref());
    resp
}

pub async fn upload_part(
    app: &App,
    rq: &Req,
    upload_id: &str,
    number: u32,
    received: ObjectBody,
) -> S3Result<Response> {
    // An unknown upload drops the received body (and its blob) here.
    let up = app.store.get_upload(rq.bucket(), rq.key(), upload_id)?;
    check_part_key(rq, &up)?;
    let checksum = checksums::of_part(rq, up.meta.checksum, &received.body).await?;
    let part = NewPart {
        body: received.body,
        etag: received.etag,
        checksum,
    };
    let resp = part_response(&part.etag, &part, &up);
    app.store
        .put_part(rq.bucket(), rq.key(), upload_id, number, part)
        .await?;
    Ok(resp)
}

/// `x-amz-copy-source-range`: `bytes=first-last`, both given, within the source. Anything else is 400
/// InvalidArgument, as S3 answers (never 416: the range is an argument of the copy, not of a read).
fn copy_range(spec: &str, size: u64) -> S3Result<(u64, u64)> {
    let malformed = || {
        S3Error::msg(
            Kind::InvalidArgument,
            format!(
                "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy, not `{spec}`"
            ),
        )
    };
    let (a, b) = spec
        .trim()
        .strip_prefix("bytes=")
        .and_then(|r| r.split_once('-'))
        .ok_or_else(malformed)?;
    let (first, last): (u64, u64) = match (a.trim().parse(), b.trim().parse()) {
        (Ok(f), Ok(l)) if f <= l => (f, l),
        _ => return Err(malformed()),
    };
    if last >= size {
        return Err(S3Error::msg(
            Kind::InvalidArgument,
            format!("Range specified is not valid for source object of size: {size}"),
        ));
    }
    Ok((first, last + 1))
}

pub async fn upload_part_copy(app: &App, rq: &Req, upload_id: &str, number: u32) -> S3Result<Response> {
    let up = app.store.get_upload(rq.bucket(), rq.key(), upload_id)?;
    check_part_key(rq, &up)?;
    let (sb, sk, svid) = copy_source(rq.header("x-amz-copy-source").unwrap_or(""))?;
    let src = app.store.get_object(&sb, &sk, svid.as_deref())?;
    sse_c::check_version(&rq.headers, Keys::CopySource, &src.meta)?;
    check_conditions(&rq.headers, "x-amz-copy-source-", &src, false)?;
    let (start, end) = match rq.header("x-amz-copy-source-range") {
        Some(spec) => copy_range(spec, src.meta.size)?,
        None => (0, src.meta.size),
    };
    let copied = reqbody::store_copy(&app.store, src.body.stream(start, end), end - start).await?;
    let etag = copied.etag;
    // No checksum came with these bytes: an upload that has an algorithm gets the part's computed.
    let checksum = match up.meta.checksum {
        Some(spec) => checksums::of_part(rq, Some(spec), &copied.body).await?,
        None => None,
    };
    let part = NewPart {
        body: copied.body,
        etag: etag.clone(),
        checksum,
    };
    let mut w = Writer::new("CopyPartResult");
    w.elem("LastModified", &iso(crate::server::store::now_ms()))
        .elem("ETag", &format!("\"{etag}\""));
    if let Some(c) = &part.checksum {
        w.elem(crate::server::store::checksum::element_name(c.algorithm), &c.value);
    }
    app.store
        .put_part(rq.bucket(), rq.key(), upload_id, number, part)
        .await?;
    let mut resp = http::xml(StatusCode::OK, w.finish());
    if src.meta.version_id != "null" {
        http::set(&mut resp, "x-amz-copy-source-version-id", &src.meta.version_id);
    }
    Ok(resp)
}

/// What the document and headers of a CompleteMultipartUpload ask for.
fn completion(rq: &Req) -> S3Result<Completion> {
    let doc = xml::parse(&rq.body, Some("CompleteMultipartUpload"))?;
    let mut parts = Vec::new();
    for p in doc.children("Part") {
        let number = p
            .child_text("PartNumber")
            .and_then(|n| n.parse::<u32>().ok())
            .ok_or_else(|| S3Error::msg(Kind::MalformedXML, "Part.PartNumber must be an integer"))?;
        let etag = p
            .child_text("ETag")
            .ok_or_else(|| S3Error::msg(Kind::MalformedXML, "Part.ETag is required"))?;
        parts.push(CompletedPart {
            number,
            etag: etag.to_string(),
            checksum: checksums::of_completed_part(p),
        });
    }
    let object_size = match rq.header("x-amz-mp-object-size") {
        None => None,
        Some(n) => Some(n.trim().parse::<u64>().map_err(|_| {
            S3Error::msg(
                Kind::InvalidArgument,
                format!("x-amz-mp-object-size must be a non-negative integer, not `{n}`"),
            )
        })?),
    };
    Ok(Completion {
        parts,
        if_none_match_star: rq.header("if-none-match").is_some_and(|v| v.trim() == "*"),
        if_match: rq.header("if-match").map(str::to_string),
        checksum: checksums::of_object_header(rq),
        checksum_type: checksums::kind(rq)?,
        object_size,
    })
}

pub async fn complete(app: &App, rq: &Req, upload_id: &str) -> S3Result<Response> {
    let c = completion(rq)?;
    let r = app
        .store
        .complete_upload_with(rq.bucket(), rq.key(), upload_id, &c)
        .await?;
    let mut w = Writer::new("CompleteMultipartUploadResult");
    w.elem("Location", &format!("/{}/{}", rq.bucket(), rq.key()))
        .elem("Bucket", rq.bucket())
        .elem("Key", rq.key())
        .elem("ETag", &format!("\"{}\"", r.version.meta.etag));
    if let Some(c) = &r.version.meta.checksum {
        checksums::elements(&mut w, c);
    }
    let mut resp = http::xml(StatusCode::OK, w.finish());
    stamp_write(&mut resp, &r.version, r.versioned);
    Ok(resp)
}

pub async fn abort(app: &App, rq: &Req, upload_id: &str) -> S3Result<Response> {
    app.store.abort_upload(rq.bucket(), rq.key(), upload_id).await?;
    Ok(http::empty(StatusCode::NO_CONTENT))
}

pub fn list_parts(app: &App, rq: &Req, upload_id: &str, marker: u32, max: usize) -> S3Result<Response> {
    let up = app.store.get_upload(rq.bucket(), rq.key(), upload_id)?;
    // `(Excluded(marker), Unbounded)`: a marker of u32::MAX lists nothing instead of overflowing `marker + 1`.
    let after = (std::ops::Bound::Excluded(marker), std::ops::Bound::Unbounded);
    let parts: Vec<_> = up.parts.range(after).map(|(_, p)| p.clone()).collect();
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
    if let Some(spec) = up.meta.checksum {
        w.elem("ChecksumAlgorithm", spec.algorithm.name())
            .elem("ChecksumType", spec.kind.as_str());
    }
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
            .elem("Size", &p.size.to_string());
        if let Some(c) = &p.checksum {
            w.elem(crate::server::store::checksum::element_name(c.algorithm), &c.value);
        }
        w.close("Part");
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
    // Uploads of one key are listed in the order they were started (S3's order), which upload ids (random)
    // do not follow: a page ends at an upload, so the next one starts right after that upload's position.
    // An id that is not there (aborted since) falls back to S3's documented rule: same key, greater id.
    let resume = (!key_marker.is_empty() && !id_marker.is_empty())
        .then(|| all.iter().position(|u| u.key == key_marker && u.upload_id == id_marker))
        .flatten();
    let after: Vec<_> = match resume {
        Some(i) => all.into_iter().skip(i + 1).collect(),
        None => all
            .into_iter()
            .filter(|u| {
                key_marker.is_empty()
                    || u.key.as_str() > key_marker
                    || (u.key == key_marker && !id_marker.is_empty() && u.upload_id.as_str() > id_marker)
            })
            .collect(),
    };
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
            .elem("Initiated", &iso(u.initiated));
        if let Some(spec) = u.checksum {
            w.elem("ChecksumAlgorithm", spec.algorithm.name())
                .elem("ChecksumType", spec.kind.as_str());
        }
        w.close("Upload");
    }
    Ok(http::xml(StatusCode::OK, w.finish()))
}

#[cfg(test)]
mod tests {
    use super::copy_range;

    #[test]
    fn copy_source_ranges_are_within_the_source_or_invalid_arguments() {
        assert_eq!(copy_range("bytes=0-9", 10).unwrap(), (0, 10));
        assert_eq!(copy_range("bytes=3-3", 10).unwrap(), (3, 4));
        for (spec, size) in [
            ("bytes=0-10", 10),
            ("bytes=10-12", 10),
            ("bytes=5-2", 10),
            ("bytes=-3", 10),
            ("bytes=3-", 10),
            ("bytes=a-b", 10),
            ("0-3", 10),
            ("bytes=0-0", 0),
        ] {
            let e = copy_range(spec, size).unwrap_err();
            assert_eq!((e.code(), e.status().as_u16()), ("InvalidArgument", 400), "{spec}");
        }
    }
}
