//! Listing: ListObjectsV2, ListObjects (v1), ListObjectVersions.

use super::bucket::OWNER_ID;
use crate::server::context::{App, Req};
use crate::server::error::{Kind, S3Error, S3Result};
use crate::server::http::{self, iso, url_encode};
use crate::server::store::VersionMeta;
use crate::server::xml::Writer;
use axum::http::StatusCode;
use axum::response::Response;
use base64::Engine;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::URL_SAFE_NO_PAD;

fn max_keys(rq: &Req) -> S3Result<usize> {
    match rq.query("max-keys") {
        None => Ok(1000),
        Some(s) => s
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 0)
            .map(|n| n.min(1000) as usize)
            .ok_or_else(|| {
                S3Error::msg(
                    Kind::InvalidArgument,
                    format!("max-keys must be a non-negative integer, not `{s}`"),
                )
            }),
    }
}

fn encoder(rq: &Req) -> S3Result<impl Fn(&str) -> String> {
    let url = match rq.query("encoding-type") {
        None => false,
        Some("url") => true,
        Some(o) => {
            return Err(S3Error::msg(
                Kind::InvalidArgument,
                format!("Invalid Encoding Method specified in Request: `{o}`"),
            ));
        }
    };
    Ok(move |s: &str| if url { url_encode(s) } else { s.to_string() })
}

/// The algorithm and type of a listed version's checksum, as S3 lists them.
fn checksum_of(w: &mut Writer, m: &VersionMeta) {
    if let Some(c) = &m.checksum {
        w.elem("ChecksumAlgorithm", c.algorithm.name())
            .elem("ChecksumType", c.kind.as_str());
    }
}

pub fn list_objects(app: &App, rq: &Req, v2: bool) -> S3Result<Response> {
    let prefix = rq.query("prefix").unwrap_or("");
    let delimiter = rq.query("delimiter").filter(|d| !d.is_empty());
    let max = max_keys(rq)?;
    let enc = encoder(rq)?;
    let token = rq.query("continuation-token");
    let after: Option<String> = if v2 {
        match token {
            Some(t) => Some(
                B64.decode(t)
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok())
                    .ok_or_else(|| {
                        S3Error::msg(Kind::InvalidArgument, "The continuation token provided is incorrect")
                    })?,
            ),
            None => rq.query("start-after").map(str::to_string),
        }
    } else {
        rq.query("marker").map(str::to_string)
    };
    let page = app.store.list_objects(
        rq.bucket(),
        prefix,
        delimiter,
        after.as_deref().filter(|a| !a.is_empty()),
        max,
    )?;
    let mut w = Writer::new("ListBucketResult");
    // S3 encodes Prefix in V2 only: botocore, which decodes what S3 encodes, leaves V1's Prefix as it is.
    w.elem("Name", rq.bucket())
        .elem("Prefix", &if v2 { enc(prefix) } else { prefix.to_string() });
    if let Some(d) = delimiter {
        w.elem("Delimiter", &enc(d));
    }
    w.elem("MaxKeys", &max.to_string());
    if rq.query("encoding-type").is_some() {
        w.elem("EncodingType", "url");
    }
    w.elem("IsTruncated", if page.truncated { "true" } else { "false" });
    if v2 {
        w.elem("KeyCount", &(page.objects.len() + page.prefixes.len()).to_string());
        w.opt("ContinuationToken", token);
        if let Some(sa) = rq.query("start-after") {
            w.elem("StartAfter", &enc(sa));
        }
        if page.truncated
            && let Some(last) = &page.last
        {
            w.elem("NextContinuationToken", &B64.encode(last));
        }
    } else {
        w.elem("Marker", &enc(rq.query("marker").unwrap_or("")));
        if page.truncated
            && let Some(last) = &page.last
        {
            w.elem("NextMarker", &enc(last));
        }
    }
    let owner = !v2 || rq.query("fetch-owner") == Some("true");
    for (key, v) in &page.objects {
        w.open("Contents")
            .elem("Key", &enc(key))
            .elem("LastModified", &iso(v.meta.last_modified))
            .elem("ETag", &format!("\"{}\"", v.meta.etag))
            .elem("Size", &v.meta.size.to_string())
            .elem("StorageClass", "STANDARD");
        checksum_of(&mut w, &v.meta);
        if owner {
            w.open("Owner")
                .elem("ID", OWNER_ID)
                .elem("DisplayName", OWNER_ID)
                .close("Owner");
        }
        w.close("Contents");
    }
    for p in &page.prefixes {
        w.open("CommonPrefixes").elem("Prefix", &enc(p)).close("CommonPrefixes");
    }
    Ok(http::xml(StatusCode::OK, w.finish()))
}

pub fn list_versions(app: &App, rq: &Req) -> S3Result<Response> {
    let prefix = rq.query("prefix").unwrap_or("");
    let delimiter = rq.query("delimiter").filter(|d| !d.is_empty());
    let max = max_keys(rq)?;
    let enc = encoder(rq)?;
    let key_marker = rq.query("key-marker");
    let vid_marker = rq.query("version-id-marker");
    if vid_marker.is_some_and(|v| !v.is_empty()) && key_marker.is_none_or(str::is_empty) {
        return Err(S3Error::msg(
            Kind::InvalidArgument,
            "A version-id marker cannot be specified without a key marker.",
        ));
    }
    let page = app
        .store
        .list_versions(rq.bucket(), prefix, delimiter, key_marker, vid_marker, max)?;
    let mut w = Writer::new("ListVersionsResult");
    w.elem("Name", rq.bucket()).elem("Prefix", &enc(prefix));
    w.elem("KeyMarker", &enc(key_marker.unwrap_or("")))
        .elem("VersionIdMarker", vid_marker.unwrap_or(""));
    if let Some(k) = &page.next_key_marker {
        w.elem("NextKeyMarker", &enc(k));
    }
    w.opt("NextVersionIdMarker", page.next_version_id_marker.as_deref());
    w.elem("MaxKeys", &max.to_string());
    if let Some(d) = delimiter {
        w.elem("Delimiter", &enc(d));
    }
    if rq.query("encoding-type").is_some() {
        w.elem("EncodingType", "url");
    }
    w.elem("IsTruncated", if page.truncated { "true" } else { "false" });
    for (key, v, latest) in &page.versions {
        let m = &v.meta;
        let tag = if m.delete_marker { "DeleteMarker" } else { "Version" };
        w.open(tag)
            .elem("Key", &enc(key))
            .elem("VersionId", &m.version_id)
            .elem("IsLatest", if *latest { "true" } else { "false" })
            .elem("LastModified", &iso(m.last_modified));
        if !m.delete_marker {
            w.elem("ETag", &format!("\"{}\"", m.etag))
                .elem("Size", &m.size.to_string())
                .elem("StorageClass", "STANDARD");
            checksum_of(&mut w, m);
        }
        w.open("Owner")
            .elem("ID", OWNER_ID)
            .elem("DisplayName", OWNER_ID)
            .close("Owner");
        w.close(tag);
    }
    for p in &page.prefixes {
        w.open("CommonPrefixes").elem("Prefix", &enc(p)).close("CommonPrefixes");
    }
    Ok(http::xml(StatusCode::OK, w.finish()))
}
