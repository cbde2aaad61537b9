//! SigV4 building blocks shared by header, presigned and chunk verification: the canonical request
//! pieces (URI, query string, headers), the string to sign, the signing key, timestamps and a
//! constant-time comparison. Everything here is pure so it can be tested byte for byte.

use axum::http::HeaderMap;
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use time::{OffsetDateTime, PrimitiveDateTime, macros::format_description};

/// SHA-256 of the empty string, the payload hash of every chunk-signature string to sign.
pub(crate) const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

pub(crate) fn hmac_sha256(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC accepts keys of any length");
    mac.update(data);
    let mut out = [0u8; 32];
    out.copy_from_slice(&mac.finalize().into_bytes());
    out
}

pub(crate) fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").
pub(crate) fn signing_key(secret: &str, yyyymmdd: &str, region: &str, service: &str) -> [u8; 32] {
    let k_date = hmac_sha256(format!("AWS4{secret}").as_bytes(), yyyymmdd.as_bytes());
    let k_region = hmac_sha256(&k_date, region.as_bytes());
    let k_service = hmac_sha256(&k_region, service.as_bytes());
    hmac_sha256(&k_service, b"aws4_request")
}

pub(crate) fn sign_hex(key: &[u8; 32], string_to_sign: &[u8]) -> String {
    hex::encode(hmac_sha256(key, string_to_sign))
}

/// Compares two signatures without an early exit, so response timing does not reveal how many
/// leading characters of a forged signature were right.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(diff) == 0
}

fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// SigV4 URI encoding: every byte except the unreserved set becomes `%XX` (upper-case hex);
/// `/` is kept only when encoding a path.
pub(crate) fn uri_encode(bytes: &[u8], keep_slash: bool, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in bytes {
        if is_unreserved(b) || (keep_slash && b == b'/') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 0xf) as usize] as char);
        }
    }
}

/// Decodes `%XX` escapes; a `%` not followed by two hex digits stays literal (S3 would reject such a
/// URI anyway, and the raw-form fallback still gets a chance to match). `+` is not a space here.
pub(crate) fn percent_decode(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hi = (b[i + 1] as char).to_digit(16);
            let lo = (b[i + 2] as char).to_digit(16);
            if let (Some(hi), Some(lo)) = (hi, lo) {
                out.push((hi * 16 + lo) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

/// Canonical URI as S3 computes it: the path is decoded once and re-encoded once (S3 does not
/// double-encode, unlike other services), with no `.`/`..` normalisation.
pub(crate) fn canonical_uri(raw_path: &str) -> String {
    if raw_path.is_empty() {
        return "/".to_owned();
    }
    let mut out = String::with_capacity(raw_path.len() + 8);
    uri_encode(&percent_decode(raw_path), true, &mut out);
    out
}

/// Canonical query string: each parameter decoded then URI-encoded, sorted by encoded name then
/// value, a missing `=` meaning an empty value. `skip` names a parameter left out (the presigned
/// signature itself).
pub(crate) fn canonical_query(raw_query: &str, skip: Option<&str>) -> String {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for piece in raw_query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = piece.split_once('=').unwrap_or((piece, ""));
        let key_bytes = percent_decode(k);
        if skip.is_some_and(|s| s.as_bytes() == key_bytes.as_slice()) {
            continue;
        }
        let mut key = String::new();
        uri_encode(&key_bytes, false, &mut key);
        let mut val = String::new();
        uri_encode(&percent_decode(v), false, &mut val);
        pairs.push((key, val));
    }
    join_sorted(pairs)
}

/// The query string as the client sent it, only sorted: the fallback for clients whose on-wire
/// encoding already is what they signed but differs from the strict re-encoding.
pub(crate) fn raw_sorted_query(raw_query: &str, skip: Option<&str>) -> String {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for piece in raw_query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = piece.split_once('=').unwrap_or((piece, ""));
        if skip.is_some_and(|s| s.as_bytes() == percent_decode(k).as_slice()) {
            continue;
        }
        pairs.push((k.to_owned(), v.to_owned()));
    }
    join_sorted(pairs)
}

fn join_sorted(mut pairs: Vec<(String, String)>) -> String {
    pairs.sort();
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    }
    out
}

/// Trims a header value and collapses inner runs of spaces/tabs into one space.
fn trim_all(value: &[u8], out: &mut Vec<u8>) {
    let mut pending_space = false;
    let mut wrote = false;
    for &b in value {
        if b == b' ' || b == b'\t' {
            pending_space = wrote;
        } else {
            if pending_space {
                out.push(b' ');
                pending_space = false;
            }
            out.push(b);
            wrote = true;
        }
    }
}

/// Canonical headers block (`name:value\n` per signed header, in the order signed). Several values
/// of one header are joined with `,`. `host` falls back to the URI authority for HTTP/2 requests
/// that carry it there instead of in a header.
pub(crate) fn canonical_headers(signed: &[String], headers: &HeaderMap, authority: Option<&str>) -> Vec<u8> {
    let mut out = Vec::new();
    for name in signed {
        out.extend_from_slice(name.as_bytes());
        out.push(b':');
        let mut values = headers.get_all(name.as_str()).iter().peekable();
        if values.peek().is_none()
            && name == "host"
            && let Some(a) = authority
        {
            trim_all(a.as_bytes(), &mut out);
        }
        let mut first = true;
        for v in values {
            if !first {
                out.push(b',');
            }
            first = false;
            trim_all(v.as_bytes(), &mut out);
        }
        out.push(b'\n');
    }
    out
}

pub(crate) struct CanonicalParts<'a> {
    pub method: &'a str,
    pub uri: &'a str,
    pub query: &'a str,
    pub headers: &'a [u8],
    pub signed_headers: &'a str,
    pub payload_hash: &'a str,
}

pub(crate) fn canonical_request(p: &CanonicalParts<'_>) -> Vec<u8> {
    let mut out = Vec::with_capacity(256 + p.headers.len());
    for part in [p.method, p.uri, p.query] {
        out.extend_from_slice(part.as_bytes());
        out.push(b'\n');
    }
    out.extend_from_slice(p.headers);
    out.push(b'\n');
    out.extend_from_slice(p.signed_headers.as_bytes());
    out.push(b'\n');
    out.extend_from_slice(p.payload_hash.as_bytes());
    out
}

pub(crate) fn string_to_sign(timestamp: &str, scope: &str, canonical_request: &[u8]) -> String {
    format!(
        "AWS4-HMAC-SHA256\n{timestamp}\n{scope}\n{}",
        hex::encode(Sha256::digest(canonical_request))
    )
}

/// Parses the ISO 8601 basic form SigV4 uses (`20130524T000000Z`).
pub(crate) fn parse_amz_date(s: &str) -> Option<OffsetDateTime> {
    if s.len() != 16 {
        return None;
    }
    PrimitiveDateTime::parse(s, format_description!("[year][month][day]T[hour][minute][second]Z"))
        .ok()
        .map(PrimitiveDateTime::assume_utc)
}

/// Parses a `Date` header: the HTTP IMF-fixdate (`Fri, 24 May 2013 00:00:00 GMT`) and the RFC 2822 forms
/// that mail-style date formatters write, as Python's `email.utils.formatdate` does for botocore
/// (`Fri, 24 May 2013 00:00:00 -0000`): the weekday optional, the zone `GMT`, `UT`, `UTC`, `Z` or a numeric
/// offset.
pub(crate) fn parse_http_date(s: &str) -> Option<OffsetDateTime> {
    let mut words = s.split_whitespace().peekable();
    if words.peek().is_some_and(|w| w.ends_with(',')) {
        words.next();
    }
    let (day, month, year, clock, zone) = (
        words.next()?,
        words.next()?,
        words.next()?,
        words.next()?,
        words.next()?,
    );
    if words.next().is_some() || day.len() > 2 || year.len() != 4 {
        return None;
    }
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| *m == month)? as u8 + 1;
    let date = time::Date::from_calendar_date(
        year.parse().ok()?,
        time::Month::try_from(month).ok()?,
        day.parse().ok()?,
    )
    .ok()?;
    let mut hms = clock.split(':');
    let (h, m, sec) = (hms.next()?, hms.next()?, hms.next()?);
    if hms.next().is_some() || [h, m, sec].iter().any(|p| p.len() != 2) {
        return None;
    }
    let clock = time::Time::from_hms(h.parse().ok()?, m.parse().ok()?, sec.parse().ok()?).ok()?;
    let offset = match zone {
        "GMT" | "UT" | "UTC" | "Z" => time::UtcOffset::UTC,
        z if z.len() == 5 && (z.starts_with('+') || z.starts_with('-')) => {
            let sign: i8 = if z.starts_with('-') { -1 } else { 1 };
            let (oh, om): (i8, i8) = (z[1..3].parse().ok()?, z[3..5].parse().ok()?);
            time::UtcOffset::from_hms(sign * oh, sign * om, 0).ok()?
        }
        _ => return None,
    };
    Some(
        PrimitiveDateTime::new(date, clock)
            .assume_offset(offset)
            .to_offset(time::UtcOffset::UTC),
    )
}

pub(crate) fn format_amz_date(t: OffsetDateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_headers_in_http_and_mail_forms() {
        let want = parse_amz_date("20130524T000000Z").unwrap();
        for form in [
            "Fri, 24 May 2013 00:00:00 GMT",
            "Fri, 24 May 2013 00:00:00 -0000",
            "Fri, 24 May 2013 00:00:00 +0000",
            "24 May 2013 00:00:00 UTC",
            "Fri, 24 May 2013 02:00:00 +0200",
            "Thu, 23 May 2013 19:00:00 -0500",
        ] {
            assert_eq!(parse_http_date(form), Some(want), "{form}");
        }
        for bad in [
            "Fri, 24 May 2013 00:00:00",
            "Fri, 24 Foo 2013 00:00:00 GMT",
            "Fri, 24 May 13 00:00:00 GMT",
            "Fri, 24 May 2013 00:00 GMT",
            "Fri, 24 May 2013 00:00:00 CEST",
            "Fri, 32 May 2013 00:00:00 GMT",
        ] {
            assert_eq!(parse_http_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn uri_encoding_keeps_only_unreserved() {
        let mut s = String::new();
        uri_encode("a b/c~d+é*".as_bytes(), true, &mut s);
        assert_eq!(s, "a%20b/c~d%2B%C3%A9%2A");
        let mut s = String::new();
        uri_encode(b"a/b", false, &mut s);
        assert_eq!(s, "a%2Fb");
    }

    #[test]
    fn canonical_uri_decodes_once_and_re_encodes() {
        assert_eq!(canonical_uri("/b/test%24file.text"), "/b/test%24file.text");
        assert_eq!(canonical_uri("/b/a$b!"), "/b/a%24b%21");
        assert_eq!(canonical_uri("/b/%7e%41"), "/b/~A");
        // A percent sign that is not an escape is encoded, not dropped.
        assert_eq!(canonical_uri("/b/100%"), "/b/100%25");
        assert_eq!(canonical_uri(""), "/");
    }

    #[test]
    fn canonical_query_sorts_and_encodes() {
        assert_eq!(canonical_query("prefix=J&max-keys=2", None), "max-keys=2&prefix=J");
        assert_eq!(canonical_query("lifecycle", None), "lifecycle=");
        assert_eq!(canonical_query("b=2&a=x%20y&a=1", None), "a=1&a=x%20y&b=2");
        assert_eq!(
            canonical_query("X-Amz-Signature=abc&uploads", Some("X-Amz-Signature")),
            "uploads="
        );
    }

    #[test]
    fn header_values_are_trimmed_and_collapsed() {
        let mut h = HeaderMap::new();
        h.insert("x-amz-meta-a", "  one   two\t three  ".parse().unwrap());
        h.append("x-amz-meta-b", "1".parse().unwrap());
        h.append("x-amz-meta-b", " 2 ".parse().unwrap());
        let got = canonical_headers(
            &["host".into(), "x-amz-meta-a".into(), "x-amz-meta-b".into()],
            &h,
            Some("example:9000"),
        );
        assert_eq!(
            got,
            b"host:example:9000\nx-amz-meta-a:one two three\nx-amz-meta-b:1,2\n"
        );
    }

    #[test]
    fn dates_parse_both_forms() {
        let a = parse_amz_date("20130524T000000Z").unwrap();
        let b = parse_http_date("Fri, 24 May 2013 00:00:00 GMT").unwrap();
        assert_eq!(a, b);
        assert_eq!(format_amz_date(a), "20130524T000000Z");
        assert!(parse_amz_date("2013-05-24T00:00:00Z").is_none());
        assert!(parse_amz_date("20131324T000000Z").is_none());
    }

    #[test]
    fn constant_time_eq_compares_content_and_length() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
    }
}
