//! `--trace` output: one line per request and per response on stderr, with every credential and signature
//! redacted (presigned query parameters and authorization headers alike).

/// Query parameters whose value is a credential or a signature.
const SECRET_PARAMS: [&str; 3] = ["x-amz-signature", "x-amz-credential", "x-amz-security-token"];
/// Headers whose value is a credential or a signature.
const SECRET_HEADERS: [&str; 5] = [
    "authorization",
    "x-amz-security-token",
    "x-amz-signature",
    "x-amz-credential",
    "proxy-authorization",
];

pub const REDACTED: &str = "REDACTED";

/// The URL with the values of secret query parameters replaced by `REDACTED`.
pub fn redact_url(url: &str) -> String {
    let Some((base, rest)) = url.split_once('?') else {
        return url.to_string();
    };
    let (query, fragment) = match rest.split_once('#') {
        Some((q, f)) => (q, Some(f)),
        None => (rest, None),
    };
    let parts: Vec<String> = query
        .split('&')
        .map(|pair| {
            let name = pair.split_once('=').map_or(pair, |(n, _)| n);
            let decoded = percent_encoding::percent_decode_str(name).decode_utf8_lossy();
            if SECRET_PARAMS.iter().any(|s| decoded.eq_ignore_ascii_case(s)) {
                format!("{name}={REDACTED}")
            } else {
                pair.to_string()
            }
        })
        .collect();
    let mut out = format!("{base}?{}", parts.join("&"));
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

/// A header value as it may be printed.
pub fn redact_header<'a>(name: &str, value: &'a str) -> &'a str {
    if SECRET_HEADERS.iter().any(|s| name.eq_ignore_ascii_case(s)) {
        REDACTED
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presigned_query_secrets_are_redacted() {
        let url = "http://127.0.0.1:9000/b/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F20250101%2Fch-dk-2%2Fs3%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-Expires=3600&X-Amz-Security-Token=tok3n&X-Amz-SignedHeaders=host&versionId=v1&X-Amz-Signature=deadbeef";
        let r = redact_url(url);
        assert!(!r.contains("AKIA"), "{r}");
        assert!(!r.contains("tok3n"), "{r}");
        assert!(!r.contains("deadbeef"), "{r}");
        assert!(r.contains("X-Amz-Credential=REDACTED"));
        assert!(r.contains("X-Amz-Signature=REDACTED"));
        assert!(r.contains("X-Amz-Security-Token=REDACTED"));
        assert!(r.contains("versionId=v1"));
        assert!(r.contains("X-Amz-Date=20250101T000000Z"));
        // Lowercase and percent-encoded names are caught too.
        let r = redact_url("http://h/b?x-amz-signature=abc&%58-Amz-Credential=def");
        assert!(!r.contains("abc") && !r.contains("def"), "{r}");
        assert_eq!(redact_url("http://h/b/k"), "http://h/b/k");
    }

    #[test]
    fn secret_headers_are_redacted() {
        assert_eq!(
            redact_header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIA/..., Signature=abc"),
            REDACTED
        );
        assert_eq!(redact_header("x-amz-security-token", "tok"), REDACTED);
        assert_eq!(redact_header("content-md5", "abc=="), "abc==");
    }
}
