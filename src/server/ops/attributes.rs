//! GetObjectAttributes (`GET /bucket/key?attributes`, `x-amz-object-attributes: ETag,Checksum,...`): the
//! ETag, checksum, parts, storage class and size of a version without its bytes, in the document S3 answers
//! (element names as the S3 service model has them).

use super::sse_c::{self, Keys};
use crate::server::context::{App, Req};
use crate::server::error::{Kind, S3Error, S3Result};
use crate::server::http::{self, http_date};
use crate::server::store::checksum::element_name;
use crate::server::xml::Writer;
use axum::http::StatusCode;
use axum::response::Response;

const ATTRIBUTES: [&str; 5] = ["ETag", "Checksum", "ObjectParts", "StorageClass", "ObjectSize"];

/// The attributes asked for, checked against the five S3 knows.
fn wanted(rq: &Req) -> S3Result<Vec<&str>> {
    let list: Vec<&str> = rq
        .headers
        .get_all("x-amz-object-attributes")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .collect();
    if list.is_empty() {
        return Err(S3Error::msg(
            Kind::InvalidArgument,
            "The x-amz-object-attributes header specifying the attributes to be retrieved is either missing or empty",
        ));
    }
    if let Some(bad) = list.iter().find(|a| !ATTRIBUTES.contains(a)) {
        return Err(S3Error::msg(
            Kind::InvalidArgument,
            format!("Invalid attribute name specified: {bad}"),
        ));
    }
    Ok(list)
}

/// A paging header of ObjectParts (`x-amz-max-parts`, `x-amz-part-number-marker`).
fn paging(rq: &Req, name: &str, default: usize) -> S3Result<usize> {
    match rq.header(name) {
        None => Ok(default),
        Some(v) => v.trim().parse::<usize>().map_err(|_| {
            S3Error::msg(
                Kind::InvalidArgument,
                format!("{name} must be a non-negative integer, not `{v}`"),
            )
        }),
    }
}

pub fn get(app: &App, rq: &Req) -> S3Result<Response> {
    let attrs = wanted(rq)?;
    let v = app.store.get_object(rq.bucket(), rq.key(), rq.query("versionId"))?;
    sse_c::check_version(&rq.headers, Keys::Object, &v.meta)?;
    let m = &v.meta;
    let has = |a: &str| attrs.contains(&a);
    let mut w = Writer::new("GetObjectAttributesResponse");
    if has("ETag") {
        // Unquoted here, unlike everywhere else S3 answers an ETag.
        w.elem("ETag", &m.etag);
    }
    if has("Checksum")
        && let Some(c) = &m.checksum
    {
        // Without the `-N` HEAD and GET answer after a composite value: here ObjectParts says how many.
        w.open("Checksum")
            .elem(element_name(c.algorithm), &c.value)
            .elem("ChecksumType", c.kind.as_str())
            .close("Checksum");
    }
    if has("ObjectParts") && !m.parts.is_empty() {
        let max = paging(rq, "x-amz-max-parts", 1000)?.min(1000);
        let marker = paging(rq, "x-amz-part-number-marker", 0)?;
        let after: Vec<(usize, &crate::server::store::PartInfo)> = m
            .parts
            .iter()
            .enumerate()
            .map(|(i, p)| (i + 1, p))
            .filter(|(n, _)| *n > marker)
            .collect();
        let shown = &after[..after.len().min(max)];
        w.open("ObjectParts")
            .elem("PartsCount", &m.parts.len().to_string())
            .elem("PartNumberMarker", &marker.to_string());
        if let Some((last, _)) = shown.last() {
            w.elem("NextPartNumberMarker", &last.to_string());
        }
        w.elem("MaxParts", &max.to_string())
            .elem("IsTruncated", if after.len() > shown.len() { "true" } else { "false" });
        // Parts are listed only for an object with a checksum, as S3 does for general purpose buckets.
        if let Some(c) = &m.checksum {
            for (n, p) in shown {
                w.open("Part")
                    .elem("PartNumber", &n.to_string())
                    .elem("Size", &p.size.to_string());
                if let Some(value) = &p.checksum {
                    w.elem(element_name(c.algorithm), value);
                }
                w.close("Part");
            }
        }
        w.close("ObjectParts");
    }
    if has("StorageClass") {
        w.elem("StorageClass", "STANDARD");
    }
    if has("ObjectSize") {
        w.elem("ObjectSize", &m.size.to_string());
    }
    let mut resp = http::xml(StatusCode::OK, w.finish());
    http::set(&mut resp, "last-modified", &http_date(m.last_modified));
    if m.version_id != "null" {
        http::set(&mut resp, "x-amz-version-id", &m.version_id);
    }
    Ok(resp)
}
