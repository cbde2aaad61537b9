//! HTTP plumbing shared by the operation modules: responses, S3 time formats, header reading.

use super::auth::stored_content_encoding;
use super::error::{Kind, S3Error, S3Result};
use super::store::Millis;
use axum::body::Body as AxumBody;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::Response;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;

pub fn error_response(e: &S3Error, request_id: &str, head: bool) -> Response {
    let body = if head || e.status() == StatusCode::NOT_MODIFIED {
        String::new()
    } else {
        e.to_xml(request_id)
    };
    let mut r = Response::builder().status(e.status());
    if !body.is_empty() {
        r = r.header(header::CONTENT_TYPE, "application/xml");
    }
    let mut resp = r.body(AxumBody::from(body)).expect("static parts are valid");
    for (k, v) in &e.headers {
        if let Ok(v) = HeaderValue::from_str(v) {
            resp.headers_mut().insert(*k, v);
        }
    }
    resp
}

pub fn xml(status: StatusCode, doc: String) -> Response {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/xml")
        .body(AxumBody::from(doc))
        .expect("static parts are valid")
}

pub fn json(status: StatusCode, doc: &serde_json::Value) -> Response {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        .body(AxumBody::from(doc.to_string()))
        .expect("static parts are valid")
}

pub fn empty(status: StatusCode) -> Response {
    Response::builder()
        .status(status)
        .body(AxumBody::empty())
        .expect("static parts are valid")
}

pub fn text(status: StatusCode, s: &'static str) -> Response {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "text/plain")
        .body(AxumBody::from(s))
        .expect("static parts are valid")
}

/// Adds a header, skipping values that cannot be sent (they were accepted from a request, so they can).
pub fn set(resp: &mut Response, name: &str, value: &str) {
    if let (Ok(n), Ok(v)) = (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(value)) {
        resp.headers_mut().insert(n, v);
    }
}

fn odt(ms: Millis) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// `2024-01-02T03:04:05.678Z`, as S3 XML documents carry times.
pub fn iso(ms: Millis) -> String {
    let f = format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");
    odt(ms).format(&f).unwrap_or_default()
}

/// `Tue, 02 Jan 2024 03:04:05 GMT`, for Last-Modified.
pub fn http_date(ms: Millis) -> String {
    let f = format_description!("[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT");
    odt(ms).format(&f).unwrap_or_default()
}

pub fn parse_iso(s: &str) -> Option<Millis> {
    let t = OffsetDateTime::parse(s.trim(), &Rfc3339).ok()?;
    Some((t.unix_timestamp_nanos() / 1_000_000) as i64)
}

pub fn parse_http_date(s: &str) -> Option<Millis> {
    let f = format_description!("[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT");
    let t = time::PrimitiveDateTime::parse(s.trim(), &f).ok()?.assume_utc();
    Some(t.unix_timestamp() * 1000)
}

/// Standard headers stored with an object and answered on GET/HEAD.
pub const STANDARD_HEADERS: &[&str] = &[
    "content-type",
    "content-encoding",
    "content-disposition",
    "content-language",
    "cache-control",
    "expires",
];

pub type Pairs = Vec<(String, String)>;

/// Standard headers and `x-amz-meta-*` of a request.
pub fn object_headers(h: &HeaderMap) -> S3Result<(Pairs, Pairs)> {
    let mut std_headers = Vec::new();
    for name in STANDARD_HEADERS {
        if let Some(v) = h.get(*name) {
            let v = v
                .to_str()
                .map_err(|_| S3Error::msg(Kind::InvalidArgument, format!("header {name} is not valid text")))?;
            let v = if *name == "content-encoding" && has_aws_chunked(v) {
                match stored_content_encoding(h) {
                    Some(kept) => kept,
                    None => continue,
                }
            } else {
                v.to_string()
            };
            std_headers.push((name.to_string(), v));
        }
    }
    let mut meta = Vec::new();
    for (k, v) in h {
        if let Some(m) = k.as_str().strip_prefix("x-amz-meta-") {
            let v = v
                .to_str()
                .map_err(|_| S3Error::msg(Kind::InvalidArgument, format!("metadata header {k} is not valid text")))?;
            meta.push((m.to_string(), v.to_string()));
        }
    }
    meta.sort();
    let size: usize = meta.iter().map(|(k, v)| k.len() + v.len()).sum();
    if size > MAX_USER_METADATA {
        return Err(S3Error::msg(
            Kind::MetadataTooLarge,
            format!(
                "Your metadata headers exceed the maximum allowed metadata size: {size} bytes, the limit is {MAX_USER_METADATA}"
            ),
        ));
    }
    Ok((std_headers, meta))
}

/// S3's limit on user metadata: the names (without `x-amz-meta-`) and values together, in bytes of UTF-8.
pub const MAX_USER_METADATA: usize = 2048;

/// Whether a `Content-Encoding` value names the aws-chunked transport coding; only then is it rewritten, so
/// that any other value is stored as the client sent it (`deflate, gzip` stays `deflate, gzip`).
fn has_aws_chunked(v: &str) -> bool {
    v.split(',').any(|e| e.trim().eq_ignore_ascii_case("aws-chunked"))
}

/// Percent-encodes a key for `encoding-type=url` listings (everything but unreserved characters and `/`).
pub fn url_encode(s: &str) -> String {
    const SET: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~')
        .remove(b'/');
    percent_encoding::utf8_percent_encode(s, SET).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_formats_round_trip() {
        let ms = 1_700_000_000_123;
        assert_eq!(iso(ms), "2023-11-14T22:13:20.123Z");
        assert_eq!(parse_iso(&iso(ms)), Some(ms));
        assert_eq!(http_date(ms), "Tue, 14 Nov 2023 22:13:20 GMT");
        assert_eq!(parse_http_date(&http_date(ms)), Some(ms - 123));
        assert_eq!(url_encode("a b/ü+"), "a%20b/%C3%BC%2B");
    }

    fn stored_encoding(sent: &str) -> Option<String> {
        let mut h = HeaderMap::new();
        h.insert("content-encoding", HeaderValue::from_str(sent).unwrap());
        let (headers, _) = object_headers(&h).unwrap();
        headers
            .into_iter()
            .find(|(n, _)| n == "content-encoding")
            .map(|(_, v)| v)
    }

    #[test]
    fn stored_content_encoding_drops_aws_chunked_in_any_case() {
        // The token is case-insensitive, as in S3; the other codings are kept as sent.
        assert_eq!(stored_encoding("AWS-CHUNKED,gzip").as_deref(), Some("gzip"));
        assert_eq!(stored_encoding("gzip, Aws-Chunked ,br").as_deref(), Some("gzip,br"));
        assert_eq!(stored_encoding("aws-chunked"), None);
        assert_eq!(stored_encoding("AWS-chunked"), None);
        assert_eq!(stored_encoding("GZIP").as_deref(), Some("GZIP"));
    }
}
