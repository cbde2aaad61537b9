//! SSE-C, server-side encryption with a customer-provided key, as S3 answers it: a write's key headers are
//! checked (AES256, a 256-bit key, its MD5) and only the key's MD5 is kept; reading the object (GET, HEAD,
//! GetObjectAttributes, the source of a copy) needs the same key again, and the key's algorithm and MD5 are
//! answered back. The bytes are stored as they came: `sosctl serve` does not encrypt at rest.

use crate::server::error::{Kind, S3Error, S3Result};
use crate::server::http;
use crate::server::store::{VersionMeta, md5_digest};
use axum::http::HeaderMap;
use axum::response::Response;
use base64::Engine;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

/// The only algorithm S3 offers for SSE-C.
pub const ALGORITHM: &str = "AES256";

/// Which set of key headers: the object's own, or (CopyObject, UploadPartCopy) the copy source's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    Object,
    CopySource,
}

impl Keys {
    fn prefix(self) -> &'static str {
        match self {
            Keys::Object => "x-amz-server-side-encryption-customer-",
            Keys::CopySource => "x-amz-copy-source-server-side-encryption-customer-",
        }
    }
}

fn invalid(message: &str) -> S3Error {
    S3Error::msg(Kind::InvalidArgument, message)
}

/// The customer key a request gives, checked as S3 checks it; the base64 MD5 of the key, or `None` when
/// the request has none of the headers.
pub fn customer_key(h: &HeaderMap, keys: Keys) -> S3Result<Option<String>> {
    let get = |n: &str| h.get(format!("{}{n}", keys.prefix())).and_then(|v| v.to_str().ok());
    let (algorithm, key, md5) = (get("algorithm"), get("key"), get("key-md5"));
    if algorithm.is_none() && key.is_none() && md5.is_none() {
        return Ok(None);
    }
    let algorithm = algorithm.ok_or_else(|| {
        invalid("Requests specifying Server Side Encryption with Customer provided keys must provide a valid encryption algorithm.")
    })?;
    if algorithm.trim() != ALGORITHM {
        return Err(S3Error::new(Kind::InvalidEncryptionAlgorithmError));
    }
    let key = key.ok_or_else(|| {
        invalid("Requests specifying Server Side Encryption with Customer provided keys must provide an appropriate secret key.")
    })?;
    let key = B64
        .decode(key.trim())
        .ok()
        .filter(|k| k.len() == 32)
        .ok_or_else(|| invalid("The secret key was invalid for the specified algorithm."))?;
    let md5 = md5.ok_or_else(|| {
        invalid("Requests specifying Server Side Encryption with Customer provided keys must provide the client calculated MD5 of the secret key.")
    })?;
    let computed = B64.encode(md5_digest(&key));
    if md5.trim() != computed {
        return Err(invalid(
            "The calculated MD5 hash of the key did not match the hash that was provided.",
        ));
    }
    Ok(Some(computed))
}

/// A read of an object stored with key MD5 `stored` (None: not SSE-C, or written before keys were kept)
/// by a request that gave `given`.
pub fn check_read(stored: Option<&str>, given: Option<&str>) -> S3Result<()> {
    match (stored, given) {
        (Some(s), Some(g)) if s == g => Ok(()),
        (Some(_), Some(_)) => Err(S3Error::msg(
            Kind::AccessDenied,
            "Access Denied: the SSE-C key provided is not the key the object was encrypted with",
        )),
        (Some(_), None) => Err(S3Error::msg(
            Kind::InvalidRequest,
            "The object was stored using a form of Server Side Encryption. The correct parameters must be provided to retrieve the object.",
        )),
        (None, Some(_)) => Err(S3Error::msg(
            Kind::InvalidRequest,
            "The encryption parameters are not applicable to this object.",
        )),
        (None, None) => Ok(()),
    }
}

/// Reads the request's key (of `keys`) and checks it against the stored one.
pub fn check_request(h: &HeaderMap, keys: Keys, stored: Option<&str>) -> S3Result<()> {
    let given = customer_key(h, keys)?;
    check_read(stored, given.as_deref())
}

/// Reads the request's key (of `keys`) and checks it against the one `meta` was written with. A version
/// written with SSE-C before keys were kept has no key MD5 to compare: it is served as it always was.
pub fn check_version(h: &HeaderMap, keys: Keys, meta: &VersionMeta) -> S3Result<()> {
    if meta.sse_c && meta.sse_c_key_md5.is_none() {
        return Ok(());
    }
    check_request(h, keys, meta.sse_c_key_md5.as_deref())
}

/// The SSE-C headers answered for an object stored with key MD5 `md5`.
pub fn answer(resp: &mut Response, md5: Option<&str>) {
    if let Some(md5) = md5 {
        http::set(resp, "x-amz-server-side-encryption-customer-algorithm", ALGORITHM);
        http::set(resp, "x-amz-server-side-encryption-customer-key-md5", md5);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    const KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    const KEY_MD5: &str = "hRasmdxgYDKV3nvbahU1MA==";

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(
                axum::http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        h
    }

    fn key_headers(prefix: &str, alg: &str, key: &str, md5: &str) -> HeaderMap {
        headers(&[
            (&format!("{prefix}algorithm"), alg),
            (&format!("{prefix}key"), key),
            (&format!("{prefix}key-md5"), md5),
        ])
    }

    #[test]
    fn a_valid_key_gives_its_md5() {
        let h = key_headers(Keys::Object.prefix(), "AES256", KEY, KEY_MD5);
        assert_eq!(customer_key(&h, Keys::Object).unwrap().as_deref(), Some(KEY_MD5));
        assert_eq!(customer_key(&h, Keys::CopySource).unwrap(), None);
        let c = key_headers(Keys::CopySource.prefix(), "AES256", KEY, KEY_MD5);
        assert_eq!(customer_key(&c, Keys::CopySource).unwrap().as_deref(), Some(KEY_MD5));
        assert_eq!(customer_key(&HeaderMap::new(), Keys::Object).unwrap(), None);
    }

    #[test]
    fn bad_keys_are_refused_with_s3s_codes() {
        let p = Keys::Object.prefix();
        for (h, code) in [
            (
                key_headers(p, "AES128", KEY, KEY_MD5),
                "InvalidEncryptionAlgorithmError",
            ),
            (key_headers(p, "AES256", "c2hvcnQ=", KEY_MD5), "InvalidArgument"),
            (
                key_headers(p, "AES256", KEY, "zZ5FnqcIqUjVwvWmyog4zw=="),
                "InvalidArgument",
            ),
            (headers(&[(&format!("{p}key"), KEY)]), "InvalidArgument"),
            (
                headers(&[(&format!("{p}algorithm"), "AES256"), (&format!("{p}key"), KEY)]),
                "InvalidArgument",
            ),
        ] {
            let e = customer_key(&h, Keys::Object).unwrap_err();
            assert_eq!((e.code(), e.status().as_u16()), (code, 400), "{h:?}");
        }
    }

    #[test]
    fn reads_need_the_key_the_object_was_written_with() {
        assert!(check_read(Some(KEY_MD5), Some(KEY_MD5)).is_ok());
        assert!(check_read(None, None).is_ok());
        let e = check_read(Some(KEY_MD5), None).unwrap_err();
        assert_eq!((e.code(), e.status().as_u16()), ("InvalidRequest", 400));
        let e = check_read(Some(KEY_MD5), Some("other")).unwrap_err();
        assert_eq!((e.code(), e.status().as_u16()), ("AccessDenied", 403));
        let e = check_read(None, Some(KEY_MD5)).unwrap_err();
        assert_eq!((e.code(), e.status().as_u16()), ("InvalidRequest", 400));
    }
}
