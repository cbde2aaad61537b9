//! Unit tests of [`super::authenticate`] and [`super::decode_body`]: AWS's published SigV4 examples,
//! presigned URLs made by rusty-s3, aws-chunked bodies, checksums, and every error code.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, Uri};
use bytes::Bytes;
use rusty_s3::{Bucket, Credentials, S3Action as _, UrlStyle};

use super::chunked::{ChunkSigner, encode};
use super::sigv4;
use super::*;

const AK: &str = "AKIAIOSFODNN7EXAMPLE";
const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const EMPTY_SHA: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// Fri, 24 May 2013 00:00:00 GMT, the time of AWS's examples.
fn t2013() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_369_353_600)
}

fn keyring() -> Keyring {
    Keyring::new(vec![
        ("OTHERKEY".into(), "other-secret".into()),
        (AK.into(), SECRET.into()),
    ])
}

fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (k, v) in pairs {
        h.append(
            HeaderName::from_bytes(k.as_bytes()).unwrap(),
            HeaderValue::from_str(v).unwrap(),
        );
    }
    h
}

fn auth_header(ak: &str, scope_date: &str, region: &str, signed: &str, sig: &str) -> String {
    format!(
        "AWS4-HMAC-SHA256 Credential={ak}/{scope_date}/{region}/s3/aws4_request, SignedHeaders={signed}, Signature={sig}"
    )
}

// ---------- AWS's documented examples (S3 API reference, "Examples of signature calculations") ----------

#[test]
fn aws_example_get_object_with_range() {
    let h = headers(&[
        ("host", "examplebucket.s3.amazonaws.com"),
        ("range", "bytes=0-9"),
        ("x-amz-content-sha256", EMPTY_SHA),
        ("x-amz-date", "20130524T000000Z"),
        (
            "authorization",
            &auth_header(
                AK,
                "20130524",
                "us-east-1",
                "host;range;x-amz-content-sha256;x-amz-date",
                "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
            ),
        ),
    ]);
    let uri: Uri = "/test.txt".parse().unwrap();
    let ctx = authenticate(&Method::GET, &uri, &h, &keyring(), t2013()).unwrap();
    assert_eq!(ctx.access_key, AK);
    assert_eq!(ctx.region, "us-east-1");
    assert_eq!(ctx.body, BodyMode::Sha256(EMPTY_SHA.into()));
    assert!(!ctx.presigned);
    assert_eq!(
        decode_body(&ctx, &h, Bytes::new(), ChecksumHeaders::OfBody).unwrap(),
        Bytes::new()
    );
    // A body on a request that signed the empty hash is refused.
    let err = decode_body(&ctx, &h, Bytes::from_static(b"x"), ChecksumHeaders::OfBody).unwrap_err();
    assert_eq!((err.code, err.status), ("XAmzContentSHA256Mismatch", 400));
}

#[test]
fn aws_example_put_object_with_date_and_dollar_in_key() {
    let body = Bytes::from_static(b"Welcome to Amazon S3.");
    let h = headers(&[
        ("host", "examplebucket.s3.amazonaws.com"),
        ("date", "Fri, 24 May 2013 00:00:00 GMT"),
        ("x-amz-date", "20130524T000000Z"),
        ("x-amz-storage-class", "REDUCED_REDUNDANCY"),
        (
            "x-amz-content-sha256",
            "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072",
        ),
        (
            "authorization",
            &auth_header(
                AK,
                "20130524",
                "us-east-1",
                "date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class",
                "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd",
            ),
        ),
    ]);
    // Sent raw ($ unencoded) and sent encoded: both canonicalise to /test%24file.text.
    for path in ["/test$file.text", "/test%24file.text"] {
        let uri: Uri = path.parse().unwrap();
        let ctx = authenticate(&Method::PUT, &uri, &h, &keyring(), t2013()).unwrap();
        let decoded = decode_body(&ctx, &h, body.clone(), ChecksumHeaders::OfBody).unwrap();
        assert_eq!(decoded, body);
        // A signed plain payload is hashed in place, not copied.
        assert_eq!(decoded.as_ptr(), body.as_ptr());
        let err = decode_body(
            &ctx,
            &h,
            Bytes::from_static(b"Welcome to Amazon S3!"),
            ChecksumHeaders::OfBody,
        )
        .unwrap_err();
        assert_eq!(err.code, "XAmzContentSHA256Mismatch");
    }
    // The same request as PUT to another key does not verify.
    let uri: Uri = "/test$file.txt".parse().unwrap();
    let err = authenticate(&Method::PUT, &uri, &h, &keyring(), t2013()).unwrap_err();
    assert_eq!((err.code, err.status), ("SignatureDoesNotMatch", 403));
}

#[test]
fn aws_example_get_bucket_lifecycle_and_list_objects() {
    let lifecycle = headers(&[
        ("host", "examplebucket.s3.amazonaws.com"),
        ("x-amz-date", "20130524T000000Z"),
        ("x-amz-content-sha256", EMPTY_SHA),
        (
            "authorization",
            &auth_header(
                AK,
                "20130524",
                "us-east-1",
                "host;x-amz-content-sha256;x-amz-date",
                "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543",
            ),
        ),
    ]);
    let uri: Uri = "/?lifecycle".parse().unwrap();
    authenticate(&Method::GET, &uri, &lifecycle, &keyring(), t2013()).unwrap();

    let list = headers(&[
        ("host", "examplebucket.s3.amazonaws.com"),
        ("x-amz-date", "20130524T000000Z"),
        ("x-amz-content-sha256", EMPTY_SHA),
        (
            "authorization",
            &auth_header(
                AK,
                "20130524",
                "us-east-1",
                "host;x-amz-content-sha256;x-amz-date",
                "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7",
            ),
        ),
    ]);
    // Parameter order on the wire does not matter: the canonical query is sorted.
    for q in ["/?max-keys=2&prefix=J", "/?prefix=J&max-keys=2"] {
        let uri: Uri = q.parse().unwrap();
        authenticate(&Method::GET, &uri, &list, &keyring(), t2013()).unwrap();
    }
    let uri: Uri = "/?max-keys=3&prefix=J".parse().unwrap();
    assert_eq!(
        authenticate(&Method::GET, &uri, &list, &keyring(), t2013())
            .unwrap_err()
            .code,
        "SignatureDoesNotMatch"
    );
}

fn chunked_example_headers() -> HeaderMap {
    headers(&[
        ("host", "s3.amazonaws.com"),
        ("x-amz-date", "20130524T000000Z"),
        ("x-amz-storage-class", "REDUCED_REDUNDANCY"),
        ("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"),
        ("content-encoding", "aws-chunked"),
        ("x-amz-decoded-content-length", "66560"),
        ("content-length", "66824"),
        (
            "authorization",
            &auth_header(
                AK,
                "20130524",
                "us-east-1",
                "content-encoding;content-length;host;x-amz-content-sha256;x-amz-date;x-amz-decoded-content-length;x-amz-storage-class",
                "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9",
            ),
        ),
    ])
}

#[test]
fn aws_example_chunked_upload_end_to_end() {
    let h = chunked_example_headers();
    let uri: Uri = "/examplebucket/chunkObject.txt".parse().unwrap();
    let ctx = authenticate(&Method::PUT, &uri, &h, &keyring(), t2013()).unwrap();
    let BodyMode::StreamingSigned {
        seed_signature,
        signing_key,
        scope,
        timestamp,
        trailer,
    } = &ctx.body
    else {
        panic!("expected a signed streaming body, got {:?}", ctx.body);
    };
    assert!(!trailer);
    assert_eq!(scope, "20130524/us-east-1/s3/aws4_request");
    let signer = ChunkSigner {
        key: signing_key,
        timestamp,
        scope,
        seed_signature,
    };
    let data = vec![b'a'; 66560];
    let raw = Bytes::from(encode(&data, 65536, Some(&signer), &[]));
    assert!(
        raw.starts_with(b"10000;chunk-signature=ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648\r\n")
    );
    assert_eq!(
        decode_body(&ctx, &h, raw.clone(), ChecksumHeaders::OfBody).unwrap(),
        Bytes::from(data)
    );
    assert_eq!(stored_content_encoding(&h), None);

    // One flipped bit in the payload breaks the chunk chain.
    let mut bad = raw.to_vec();
    bad[100] ^= 0x20;
    let err = decode_body(&ctx, &h, Bytes::from(bad), ChecksumHeaders::OfBody).unwrap_err();
    assert_eq!((err.code, err.status), ("SignatureDoesNotMatch", 403));

    // The decoded length must match what was declared.
    let mut short = h.clone();
    short.insert("x-amz-decoded-content-length", HeaderValue::from_static("66559"));
    let err = decode_body(&ctx, &short, raw, ChecksumHeaders::OfBody).unwrap_err();
    assert_eq!((err.code, err.status), ("IncompleteBody", 400));
}

// ---------- a test signer, for requests the examples do not cover ----------

struct Signed {
    uri: Uri,
    headers: HeaderMap,
}

/// Signs a header-authenticated request at `at` (signing every given header plus host).
fn sign(
    method: &Method,
    path_and_query: &str,
    extra: &[(&str, &str)],
    payload_hash: &str,
    (ak, secret): (&str, &str),
    region: &str,
    at: SystemTime,
) -> Signed {
    let ts = sigv4::format_amz_date(time::OffsetDateTime::from(at));
    let mut h = headers(extra);
    h.insert("host", HeaderValue::from_static("127.0.0.1:9000"));
    h.insert("x-amz-date", HeaderValue::from_str(&ts).unwrap());
    h.insert("x-amz-content-sha256", HeaderValue::from_str(payload_hash).unwrap());
    let mut names: Vec<String> = h.keys().map(|k| k.as_str().to_owned()).collect();
    names.sort();
    names.dedup();
    let uri: Uri = path_and_query.parse().unwrap();
    let canonical = sigv4::canonical_request(&sigv4::CanonicalParts {
        method: method.as_str(),
        uri: &sigv4::canonical_uri(uri.path()),
        query: &sigv4::canonical_query(uri.query().unwrap_or(""), None),
        headers: &sigv4::canonical_headers(&names, &h, None),
        signed_headers: &names.join(";"),
        payload_hash,
    });
    let scope = format!("{}/{region}/s3/aws4_request", &ts[..8]);
    let key = sigv4::signing_key(secret, &ts[..8], region, "s3");
    let sig = sigv4::sign_hex(&key, sigv4::string_to_sign(&ts, &scope, &canonical).as_bytes());
    h.insert(
        "authorization",
        HeaderValue::from_str(&auth_header(ak, &ts[..8], region, &names.join(";"), &sig)).unwrap(),
    );
    Signed { uri, headers: h }
}

fn now() -> SystemTime {
    SystemTime::now()
}

fn good_get(at: SystemTime) -> Signed {
    sign(
        &Method::GET,
        "/bucket/some%20key?versionId=3&x=a%2Fb",
        &[("range", "bytes=1-2")],
        EMPTY_SHA,
        (AK, SECRET),
        "ch-dk-2",
        at,
    )
}

#[test]
fn signed_request_verifies_and_reports_zone() {
    let s = good_get(now());
    let ctx = authenticate(&Method::GET, &s.uri, &s.headers, &keyring(), now()).unwrap();
    assert_eq!(ctx.region, "ch-dk-2");
    assert_eq!(ctx.access_key, AK);
    // The second pair of the keyring works too.
    let s = sign(
        &Method::GET,
        "/",
        &[],
        EMPTY_SHA,
        ("OTHERKEY", "other-secret"),
        "at-vie-1",
        now(),
    );
    let ctx = authenticate(&Method::GET, &s.uri, &s.headers, &keyring(), now()).unwrap();
    assert_eq!((ctx.access_key.as_str(), ctx.region.as_str()), ("OTHERKEY", "at-vie-1"));
}

#[test]
fn tampering_is_signature_does_not_match() {
    let s = good_get(now());
    let check = |method: &Method, uri: &Uri, h: &HeaderMap| {
        let err = authenticate(method, uri, h, &keyring(), now()).unwrap_err();
        assert_eq!(
            (err.code, err.status),
            ("SignatureDoesNotMatch", 403),
            "{}",
            err.message
        );
    };
    check(&Method::HEAD, &s.uri, &s.headers);
    check(
        &Method::GET,
        &"/bucket/some%20keY?versionId=3&x=a%2Fb".parse().unwrap(),
        &s.headers,
    );
    check(
        &Method::GET,
        &"/bucket/some%20key?versionId=4&x=a%2Fb".parse().unwrap(),
        &s.headers,
    );
    let mut h = s.headers.clone();
    h.insert("range", HeaderValue::from_static("bytes=1-3"));
    check(&Method::GET, &s.uri, &h);
    // A flipped character of the signature itself.
    let mut h = s.headers.clone();
    let auth = h["authorization"].to_str().unwrap().to_owned();
    let flipped = if auth.ends_with('0') {
        format!("{}1", &auth[..auth.len() - 1])
    } else {
        format!("{}0", &auth[..auth.len() - 1])
    };
    h.insert("authorization", HeaderValue::from_str(&flipped).unwrap());
    check(&Method::GET, &s.uri, &h);
    // Signed with a wrong secret for a known key.
    let s = sign(&Method::GET, "/", &[], EMPTY_SHA, (AK, "wrong"), "ch-dk-2", now());
    check(&Method::GET, &s.uri, &s.headers);
}

#[test]
fn unknown_access_key_is_invalid_access_key_id() {
    let s = sign(&Method::GET, "/", &[], EMPTY_SHA, ("NOPE", SECRET), "ch-dk-2", now());
    let err = authenticate(&Method::GET, &s.uri, &s.headers, &keyring(), now()).unwrap_err();
    assert_eq!((err.code, err.status), ("InvalidAccessKeyId", 403));
}

#[test]
fn clock_skew_over_fifteen_minutes_is_refused() {
    for offset in [Duration::from_secs(16 * 60), Duration::from_secs(3600)] {
        for at in [now() - offset, now() + offset] {
            let s = good_get(at);
            let err = authenticate(&Method::GET, &s.uri, &s.headers, &keyring(), now()).unwrap_err();
            assert_eq!((err.code, err.status), ("RequestTimeTooSkewed", 403));
        }
    }
    // 14 minutes is within tolerance either way.
    for at in [
        now() - Duration::from_secs(14 * 60),
        now() + Duration::from_secs(14 * 60),
    ] {
        let s = good_get(at);
        authenticate(&Method::GET, &s.uri, &s.headers, &keyring(), now()).unwrap();
    }
}

#[test]
fn no_authentication_is_access_denied() {
    let h = headers(&[("host", "127.0.0.1")]);
    let err = authenticate(&Method::GET, &"/b/k".parse().unwrap(), &h, &keyring(), now()).unwrap_err();
    assert_eq!((err.code, err.status), ("AccessDenied", 403));
}

#[test]
fn malformed_authorization_headers() {
    let uri: Uri = "/".parse().unwrap();
    let date = sigv4::format_amz_date(time::OffsetDateTime::from(now()));
    let day = &date[..8];
    let cases: Vec<(String, &str, u16)> = vec![
        (
            format!("AWS4-HMAC-SHA256 Credential={AK}/{day}/ch-dk-2/s3/aws4_request, Signature=00"),
            "AuthorizationHeaderMalformed",
            400,
        ),
        (
            format!("AWS4-HMAC-SHA256 Credential={AK}/{day}/s3/aws4_request, SignedHeaders=host, Signature=00"),
            "AuthorizationHeaderMalformed",
            400,
        ),
        (
            format!(
                "AWS4-HMAC-SHA256 Credential={AK}/{day}/ch-dk-2/ec2/aws4_request, SignedHeaders=host, Signature=00"
            ),
            "AuthorizationHeaderMalformed",
            400,
        ),
        (
            format!(
                "AWS4-HMAC-SHA256 Credential={AK}/2001x101/ch-dk-2/s3/aws4_request, SignedHeaders=host, Signature=00"
            ),
            "AuthorizationHeaderMalformed",
            400,
        ),
        // Scope date differs from x-amz-date.
        (
            format!(
                "AWS4-HMAC-SHA256 Credential={AK}/20010101/ch-dk-2/s3/aws4_request, SignedHeaders=host, Signature=00"
            ),
            "AuthorizationHeaderMalformed",
            400,
        ),
        // Host not signed.
        (
            format!(
                "AWS4-HMAC-SHA256 Credential={AK}/{day}/ch-dk-2/s3/aws4_request, SignedHeaders=x-amz-date, Signature=00"
            ),
            "AuthorizationHeaderMalformed",
            400,
        ),
        (
            format!(
                "AWS4-HMAC-SHA256 Credential={AK}/{day}/ch-dk-2/s3/aws4_request, SignedHeaders=host, Signature=00, Extra=1"
            ),
            "AuthorizationHeaderMalformed",
            400,
        ),
        ("AWS AKIA:c2lnbmF0dXJl".to_owned(), "InvalidRequest", 400),
        ("Bearer abc".to_owned(), "InvalidArgument", 400),
    ];
    for (auth, code, status) in cases {
        let h = headers(&[
            ("host", "127.0.0.1"),
            ("x-amz-date", &date),
            ("x-amz-content-sha256", EMPTY_SHA),
            ("authorization", &auth),
        ]);
        let err = authenticate(&Method::GET, &uri, &h, &keyring(), now()).unwrap_err();
        assert_eq!((err.code, err.status), (code, status), "{auth}: {}", err.message);
    }
}

#[test]
fn missing_or_bad_date_and_payload_headers() {
    let s = good_get(now());
    let mut h = s.headers.clone();
    h.remove("x-amz-date");
    let err = authenticate(&Method::GET, &s.uri, &h, &keyring(), now()).unwrap_err();
    assert_eq!((err.code, err.status), ("AccessDenied", 403));
    h.insert("x-amz-date", HeaderValue::from_static("yesterday"));
    let err = authenticate(&Method::GET, &s.uri, &h, &keyring(), now()).unwrap_err();
    assert_eq!((err.code, err.status), ("AccessDenied", 403));

    let mut h = s.headers.clone();
    h.remove("x-amz-content-sha256");
    let err = authenticate(&Method::GET, &s.uri, &h, &keyring(), now()).unwrap_err();
    assert_eq!((err.code, err.status), ("InvalidRequest", 400));
    h.insert("x-amz-content-sha256", HeaderValue::from_static("not-a-hash"));
    let err = authenticate(&Method::GET, &s.uri, &h, &keyring(), now()).unwrap_err();
    assert_eq!((err.code, err.status), ("InvalidArgument", 400));
    h.insert(
        "x-amz-content-sha256",
        HeaderValue::from_static("STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD"),
    );
    let err = authenticate(&Method::GET, &s.uri, &h, &keyring(), now()).unwrap_err();
    assert_eq!((err.code, err.status), ("NotImplemented", 501));
}

/// A GET / signed (at AWS's example time) with a `Date` header of `date` instead of `x-amz-date`.
fn signed_with_date_header(date: &str) -> HeaderMap {
    let mut h = headers(&[("host", "h"), ("date", date), ("x-amz-content-sha256", EMPTY_SHA)]);
    let names = vec!["date".to_owned(), "host".to_owned(), "x-amz-content-sha256".to_owned()];
    let canonical = sigv4::canonical_request(&sigv4::CanonicalParts {
        method: "GET",
        uri: "/",
        query: "",
        headers: &sigv4::canonical_headers(&names, &h, None),
        signed_headers: &names.join(";"),
        payload_hash: EMPTY_SHA,
    });
    let key = sigv4::signing_key(SECRET, "20130524", "us-east-1", "s3");
    let sts = sigv4::string_to_sign("20130524T000000Z", "20130524/us-east-1/s3/aws4_request", &canonical);
    let sig = sigv4::sign_hex(&key, sts.as_bytes());
    h.insert(
        "authorization",
        HeaderValue::from_str(&auth_header(AK, "20130524", "us-east-1", &names.join(";"), &sig)).unwrap(),
    );
    h
}

#[test]
fn date_header_alone_is_accepted() {
    // Sign with x-amz-date, then replace it by the equivalent Date header (signed as `date`).
    let at = UNIX_EPOCH + Duration::from_secs(1_369_353_600);
    let h = signed_with_date_header("Fri, 24 May 2013 00:00:00 GMT");
    authenticate(&Method::GET, &"/".parse().unwrap(), &h, &keyring(), at).unwrap();
}

#[test]
fn date_header_in_the_mail_form_botocore_writes_is_accepted() {
    // `email.utils.formatdate` writes `-0000` where HTTP writes `GMT`; the signature uses the same instant.
    let at = UNIX_EPOCH + Duration::from_secs(1_369_353_600);
    let h = signed_with_date_header("Fri, 24 May 2013 00:00:00 -0000");
    authenticate(&Method::GET, &"/".parse().unwrap(), &h, &keyring(), at).unwrap();
}

#[test]
fn unsigned_amz_header_is_refused() {
    let s = good_get(now());
    let mut h = s.headers.clone();
    h.insert("x-amz-meta-injected", HeaderValue::from_static("1"));
    let err = authenticate(&Method::GET, &s.uri, &h, &keyring(), now()).unwrap_err();
    assert_eq!((err.code, err.status), ("AccessDenied", 403));
    assert!(err.message.contains("x-amz-meta-injected"));
    // Unsigned non-amz headers (user-agent, expect, …) are fine.
    let mut h = s.headers.clone();
    h.insert("user-agent", HeaderValue::from_static("test"));
    authenticate(&Method::GET, &s.uri, &h, &keyring(), now()).unwrap();
}

#[test]
fn both_mechanisms_at_once_is_invalid_argument() {
    let s = good_get(now());
    let uri: Uri = "/b/k?X-Amz-Algorithm=AWS4-HMAC-SHA256".parse().unwrap();
    let err = authenticate(&Method::GET, &uri, &s.headers, &keyring(), now()).unwrap_err();
    assert_eq!((err.code, err.status), ("InvalidArgument", 400));
}

// ---------- payload modes and checksums ----------

#[test]
fn unsigned_payload_with_checksum_headers() {
    let body = Bytes::from_static(b"some object bytes");
    let crc = ChecksumAlgorithm::Crc32c.base64(&body);
    let md5 = {
        use base64::Engine as _;
        use md5::Digest as _;
        base64::engine::general_purpose::STANDARD.encode(md5::Md5::digest(&body))
    };
    let s = sign(
        &Method::PUT,
        "/b/k",
        &[("x-amz-checksum-crc32c", &crc), ("content-md5", &md5)],
        "UNSIGNED-PAYLOAD",
        (AK, SECRET),
        "ch-dk-2",
        now(),
    );
    let ctx = authenticate(&Method::PUT, &s.uri, &s.headers, &keyring(), now()).unwrap();
    assert_eq!(ctx.body, BodyMode::Unsigned);
    let d = decode_body_verified(&ctx, &s.headers, body.clone(), ChecksumHeaders::OfBody).unwrap();
    assert_eq!(d.body, body);
    // Verified, but not copied: the object bytes are the request's allocation.
    assert_eq!(d.body.as_ptr(), body.as_ptr());
    assert!(d.content_md5_verified);
    assert_eq!(d.checksums.len(), 1);
    assert_eq!(d.checksums[0].algorithm, ChecksumAlgorithm::Crc32c);

    let err = decode_body(
        &ctx,
        &s.headers,
        Bytes::from_static(b"some object byteS"),
        ChecksumHeaders::OfBody,
    )
    .unwrap_err();
    assert_eq!((err.code, err.status), ("BadDigest", 400));
}

#[test]
fn signed_payload_hash_and_crc64nvme_header() {
    let body = Bytes::from_static(b"0123456789abcdef");
    let crc64 = ChecksumAlgorithm::Crc64Nvme.base64(&body);
    let s = sign(
        &Method::PUT,
        "/b/k",
        &[("x-amz-checksum-crc64nvme", &crc64)],
        &sigv4::sha256_hex(&body),
        (AK, SECRET),
        "ch-dk-2",
        now(),
    );
    let ctx = authenticate(&Method::PUT, &s.uri, &s.headers, &keyring(), now()).unwrap();
    let d = decode_body_verified(&ctx, &s.headers, body.clone(), ChecksumHeaders::OfBody).unwrap();
    assert_eq!(d.checksums[0].algorithm, ChecksumAlgorithm::Crc64Nvme);
    let err = decode_body(
        &ctx,
        &s.headers,
        Bytes::from_static(b"0123456789abcdeF"),
        ChecksumHeaders::OfBody,
    )
    .unwrap_err();
    assert_eq!(err.code, "XAmzContentSHA256Mismatch");

    // A wrong CRC64 on a body whose hash matches is BadDigest naming CRC64NVME.
    let s = sign(
        &Method::PUT,
        "/b/k",
        &[("x-amz-checksum-crc64nvme", "AAAAAAAAAAA=")],
        &sigv4::sha256_hex(&body),
        (AK, SECRET),
        "ch-dk-2",
        now(),
    );
    let ctx = authenticate(&Method::PUT, &s.uri, &s.headers, &keyring(), now()).unwrap();
    let err = decode_body(&ctx, &s.headers, body, ChecksumHeaders::OfBody).unwrap_err();
    assert_eq!(err.code, "BadDigest");
    assert!(err.message.contains("CRC64NVME"));
}

fn unsigned_trailer_request(trailer_name: &str) -> (AuthContext, HeaderMap) {
    let s = sign(
        &Method::PUT,
        "/b/k",
        &[
            ("content-encoding", "aws-chunked"),
            ("x-amz-decoded-content-length", "11"),
            ("x-amz-trailer", trailer_name),
        ],
        "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
        (AK, SECRET),
        "ch-dk-2",
        now(),
    );
    let ctx = authenticate(&Method::PUT, &s.uri, &s.headers, &keyring(), now()).unwrap();
    assert_eq!(ctx.body, BodyMode::StreamingUnsignedTrailer);
    (ctx, s.headers)
}

#[test]
fn unsigned_trailer_with_crc32_good_and_bad() {
    let (ctx, h) = unsigned_trailer_request("x-amz-checksum-crc32");
    let good = ChecksumAlgorithm::Crc32.base64(b"hello world");
    let raw = encode(b"hello world", 5, None, &[("x-amz-checksum-crc32", &good)]);
    let d = decode_body_verified(&ctx, &h, Bytes::from(raw), ChecksumHeaders::OfBody).unwrap();
    assert_eq!(&d.body[..], b"hello world");
    assert_eq!(
        d.checksums,
        vec![VerifiedChecksum {
            algorithm: ChecksumAlgorithm::Crc32,
            value: good
        }]
    );

    let bad = ChecksumAlgorithm::Crc32.base64(b"hello worlD");
    let raw = encode(b"hello world", 5, None, &[("x-amz-checksum-crc32", &bad)]);
    let err = decode_body(&ctx, &h, Bytes::from(raw), ChecksumHeaders::OfBody).unwrap_err();
    assert_eq!((err.code, err.status), ("BadDigest", 400));
    assert_eq!(
        err.message,
        "The CRC32 you specified did not match the calculated checksum."
    );

    // Announced trailer missing from the body.
    let raw = encode(b"hello world", 5, None, &[]);
    let err = decode_body(&ctx, &h, Bytes::from(raw), ChecksumHeaders::OfBody).unwrap_err();
    assert_eq!((err.code, err.status), ("MalformedTrailerError", 400));

    // Fewer bytes than x-amz-decoded-content-length.
    let raw = encode(
        b"hello worl",
        5,
        None,
        &[("x-amz-checksum-crc32", &ChecksumAlgorithm::Crc32.base64(b"hello worl"))],
    );
    let err = decode_body(&ctx, &h, Bytes::from(raw), ChecksumHeaders::OfBody).unwrap_err();
    assert_eq!((err.code, err.status), ("IncompleteBody", 400));
}

#[test]
fn unsigned_trailer_with_sha256_and_sha1() {
    for alg in [
        ChecksumAlgorithm::Sha256,
        ChecksumAlgorithm::Sha1,
        ChecksumAlgorithm::Crc32c,
    ] {
        let (ctx, h) = unsigned_trailer_request(alg.header_name());
        let raw = encode(
            b"hello world",
            4,
            None,
            &[(alg.header_name(), &alg.base64(b"hello world"))],
        );
        let d = decode_body_verified(&ctx, &h, Bytes::from(raw), ChecksumHeaders::OfBody).unwrap();
        assert_eq!(d.checksums[0].algorithm, alg);
        let raw = encode(b"hello world", 4, None, &[(alg.header_name(), &alg.base64(b"other"))]);
        assert_eq!(
            decode_body(&ctx, &h, Bytes::from(raw), ChecksumHeaders::OfBody)
                .unwrap_err()
                .code,
            "BadDigest"
        );
    }
}

#[test]
fn signed_chunks_with_signed_trailer() {
    let body: Vec<u8> = (0..70_000u32).map(|i| (i * 7 % 256) as u8).collect();
    let crc = ChecksumAlgorithm::Crc32c.base64(&body);
    let len = body.len().to_string();
    let s = sign(
        &Method::PUT,
        "/b/k",
        &[
            ("content-encoding", "aws-chunked,gzip"),
            ("x-amz-decoded-content-length", &len),
            ("x-amz-trailer", "x-amz-checksum-crc32c"),
        ],
        "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER",
        (AK, SECRET),
        "ch-dk-2",
        now(),
    );
    let ctx = authenticate(&Method::PUT, &s.uri, &s.headers, &keyring(), now()).unwrap();
    let BodyMode::StreamingSigned {
        seed_signature,
        signing_key,
        scope,
        timestamp,
        trailer: true,
    } = &ctx.body
    else {
        panic!("expected signed streaming with trailer, got {:?}", ctx.body);
    };
    let signer = ChunkSigner {
        key: signing_key,
        timestamp,
        scope,
        seed_signature,
    };
    let raw = encode(&body, 65536, Some(&signer), &[("x-amz-checksum-crc32c", &crc)]);
    let d = decode_body_verified(&ctx, &s.headers, Bytes::from(raw), ChecksumHeaders::OfBody).unwrap();
    assert_eq!(d.body, body);
    assert_eq!(d.checksums[0].algorithm, ChecksumAlgorithm::Crc32c);
    assert_eq!(stored_content_encoding(&s.headers).as_deref(), Some("gzip"));

    // Correctly signed trailer carrying a wrong checksum: BadDigest.
    let wrong = ChecksumAlgorithm::Crc32c.base64(b"x");
    let raw = encode(&body, 65536, Some(&signer), &[("x-amz-checksum-crc32c", &wrong)]);
    assert_eq!(
        decode_body(&ctx, &s.headers, Bytes::from(raw), ChecksumHeaders::OfBody)
            .unwrap_err()
            .code,
        "BadDigest"
    );

    // Chunks signed with another key (wrong secret) fail.
    let other_key = sigv4::signing_key("other", &timestamp[..8], "ch-dk-2", "s3");
    let forged = ChunkSigner {
        key: &other_key,
        ..signer
    };
    let raw = encode(&body, 65536, Some(&forged), &[("x-amz-checksum-crc32c", &crc)]);
    let err = decode_body(&ctx, &s.headers, Bytes::from(raw), ChecksumHeaders::OfBody).unwrap_err();
    assert_eq!((err.code, err.status), ("SignatureDoesNotMatch", 403));
}

#[test]
fn debug_output_hides_secrets() {
    let k = keyring();
    let shown = format!("{k:?}");
    assert!(
        shown.contains(AK) && !shown.contains(SECRET) && !shown.contains("other-secret"),
        "{shown}"
    );
    let mode = BodyMode::StreamingSigned {
        seed_signature: "s".into(),
        signing_key: [0xAB; 32],
        scope: "x".into(),
        timestamp: "t".into(),
        trailer: false,
    };
    let shown = format!("{mode:?}");
    assert!(shown.contains("redacted") && !shown.contains("171"), "{shown}");
}

// ---------- presigned URLs made by rusty-s3 ----------

fn rusty_bucket() -> Bucket {
    Bucket::new(
        "http://127.0.0.1:9000".parse().unwrap(),
        UrlStyle::Path,
        "my-bucket",
        "ch-dk-2",
    )
    .unwrap()
}

fn presigned_request(url: &url::Url) -> (Uri, HeaderMap) {
    let path_and_query = &url[url::Position::BeforePath..];
    let host = &url[url::Position::BeforeHost..url::Position::AfterPort];
    (path_and_query.parse().unwrap(), headers(&[("host", host)]))
}

#[test]
fn rusty_s3_presigned_get_verifies() {
    let creds = Credentials::new(AK, SECRET);
    let bucket = rusty_bucket();
    let action = bucket.get_object(Some(&creds), "dir/a b+c~!'()*é.txt");
    let url = action.sign(Duration::from_secs(300));
    let (uri, h) = presigned_request(&url);
    let ctx = authenticate(&Method::GET, &uri, &h, &keyring(), now()).unwrap();
    assert!(ctx.presigned);
    assert_eq!(ctx.body, BodyMode::Unsigned);
    assert_eq!(ctx.region, "ch-dk-2");

    // A flipped byte in the signature, in the key, or a different method.
    let s = url.as_str();
    let sig_at = s.find("X-Amz-Signature=").unwrap() + "X-Amz-Signature=".len();
    let mut flipped = s.to_owned().into_bytes();
    flipped[sig_at + 3] = if flipped[sig_at + 3] == b'a' { b'b' } else { b'a' };
    let (uri2, h2) = presigned_request(&url::Url::parse(std::str::from_utf8(&flipped).unwrap()).unwrap());
    assert_eq!(
        authenticate(&Method::GET, &uri2, &h2, &keyring(), now())
            .unwrap_err()
            .code,
        "SignatureDoesNotMatch"
    );
    let other_key: Uri = uri.to_string().replace("dir/a", "dir/b").parse().unwrap();
    assert_eq!(
        authenticate(&Method::GET, &other_key, &h, &keyring(), now())
            .unwrap_err()
            .code,
        "SignatureDoesNotMatch"
    );
    assert_eq!(
        authenticate(&Method::DELETE, &uri, &h, &keyring(), now())
            .unwrap_err()
            .code,
        "SignatureDoesNotMatch"
    );

    // Expired after 300 s; not yet valid when the clock is more than 15 minutes behind.
    let err = authenticate(&Method::GET, &uri, &h, &keyring(), now() + Duration::from_secs(302)).unwrap_err();
    assert_eq!(
        (err.code, err.status, err.message.as_str()),
        ("AccessDenied", 403, "Request has expired")
    );
    let err = authenticate(&Method::GET, &uri, &h, &keyring(), now() - Duration::from_secs(16 * 60)).unwrap_err();
    assert_eq!((err.code, err.status), ("AccessDenied", 403));
    authenticate(&Method::GET, &uri, &h, &keyring(), now() + Duration::from_secs(290)).unwrap();
}

#[test]
fn rusty_s3_presigned_with_wrong_secret_or_unknown_key() {
    let bucket = rusty_bucket();
    let wrong = Credentials::new(AK, "not the secret");
    let url = bucket.put_object(Some(&wrong), "k").sign(Duration::from_secs(60));
    let (uri, h) = presigned_request(&url);
    assert_eq!(
        authenticate(&Method::PUT, &uri, &h, &keyring(), now())
            .unwrap_err()
            .code,
        "SignatureDoesNotMatch"
    );

    let unknown = Credentials::new("UNKNOWN", SECRET);
    let url = bucket.put_object(Some(&unknown), "k").sign(Duration::from_secs(60));
    let (uri, h) = presigned_request(&url);
    let err = authenticate(&Method::PUT, &uri, &h, &keyring(), now()).unwrap_err();
    assert_eq!((err.code, err.status), ("InvalidAccessKeyId", 403));
}

#[test]
fn rusty_s3_presigned_list_with_query_and_signed_header() {
    let creds = Credentials::new(AK, SECRET);
    let bucket = rusty_bucket();
    let mut action = bucket.list_objects_v2(Some(&creds));
    action.with_prefix("a b/ü");
    action.with_start_after("x=y&z");
    action.headers_mut().insert("x-amz-meta-owner", "me  too");
    let url = action.sign(Duration::from_secs(60));
    let (uri, mut h) = presigned_request(&url);
    // The signed header must be sent, with the same value.
    let err = authenticate(&Method::GET, &uri, &h, &keyring(), now()).unwrap_err();
    assert_eq!(err.code, "SignatureDoesNotMatch");
    h.insert("x-amz-meta-owner", HeaderValue::from_static("me  too"));
    authenticate(&Method::GET, &uri, &h, &keyring(), now()).unwrap();
}

#[test]
fn malformed_presigned_queries() {
    let creds = Credentials::new(AK, SECRET);
    let url = rusty_bucket()
        .get_object(Some(&creds), "k")
        .sign(Duration::from_secs(60));
    let (uri, h) = presigned_request(&url);
    let q = uri.to_string();
    let cases = [
        (
            q.replace("X-Amz-Expires=60", "X-Amz-Expires=604801"),
            "AuthorizationQueryParametersError",
        ),
        (
            q.replace("X-Amz-Expires=60", "X-Amz-Expires=-1"),
            "AuthorizationQueryParametersError",
        ),
        (
            q.replace("X-Amz-Expires=60", "X-Amz-Expires=soon"),
            "AuthorizationQueryParametersError",
        ),
        (q.replace("X-Amz-Expires=60&", ""), "AuthorizationQueryParametersError"),
        (
            q.replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA512"),
            "AuthorizationQueryParametersError",
        ),
        (q.replace("%2Fs3%2F", "%2Fsqs%2F"), "AuthorizationQueryParametersError"),
    ];
    for (u, code) in cases {
        let err = authenticate(&Method::GET, &u.parse().unwrap(), &h, &keyring(), now()).unwrap_err();
        assert_eq!((err.code, err.status), (code, 400), "{u}: {}", err.message);
    }
    let v2: Uri = "/b/k?AWSAccessKeyId=AK&Expires=1&Signature=x".parse().unwrap();
    assert_eq!(
        authenticate(&Method::GET, &v2, &h, &keyring(), now()).unwrap_err().code,
        "InvalidRequest"
    );
}

#[test]
fn path_signed_as_sent_is_accepted_through_the_fallback_only() {
    // A client that signs its on-wire path verbatim ("," unencoded) instead of the strict
    // re-encoding ("%2C"): accepted via the as-sent form, refused in strict-only mode.
    let at = now();
    let ts = sigv4::format_amz_date(time::OffsetDateTime::from(at));
    let mut h = headers(&[("host", "h"), ("x-amz-date", &ts), ("x-amz-content-sha256", EMPTY_SHA)]);
    let names = vec![
        "host".to_owned(),
        "x-amz-content-sha256".to_owned(),
        "x-amz-date".to_owned(),
    ];
    let canonical = sigv4::canonical_request(&sigv4::CanonicalParts {
        method: "GET",
        uri: "/b/a,b",
        query: "",
        headers: &sigv4::canonical_headers(&names, &h, None),
        signed_headers: &names.join(";"),
        payload_hash: EMPTY_SHA,
    });
    let scope = format!("{}/ch-dk-2/s3/aws4_request", &ts[..8]);
    let key = sigv4::signing_key(SECRET, &ts[..8], "ch-dk-2", "s3");
    let sig = sigv4::sign_hex(&key, sigv4::string_to_sign(&ts, &scope, &canonical).as_bytes());
    h.insert(
        "authorization",
        HeaderValue::from_str(&auth_header(AK, &ts[..8], "ch-dk-2", &names.join(";"), &sig)).unwrap(),
    );
    let uri: Uri = "/b/a,b".parse().unwrap();
    authenticate(&Method::GET, &uri, &h, &keyring(), at).unwrap();
    super::STRICT_ONLY.with(|s| s.set(true));
    let err = authenticate(&Method::GET, &uri, &h, &keyring(), at).unwrap_err();
    assert_eq!(err.code, "SignatureDoesNotMatch");
}

#[test]
fn complete_multipart_checksum_headers_are_left_to_the_server() {
    // On CompleteMultipartUpload the header is the object's checksum, not the XML body's.
    let xml = Bytes::from_static(b"<CompleteMultipartUpload></CompleteMultipartUpload>");
    let object_crc = ChecksumAlgorithm::Crc32.base64(b"the whole object");
    let s = sign(
        &Method::POST,
        "/b/k?uploadId=abc",
        &[("x-amz-checksum-crc32", &object_crc)],
        &sigv4::sha256_hex(&xml),
        (AK, SECRET),
        "ch-dk-2",
        now(),
    );
    let ctx = authenticate(&Method::POST, &s.uri, &s.headers, &keyring(), now()).unwrap();
    // The router says which operation has object checksum headers (see its routing tests).
    let d = decode_body_verified(&ctx, &s.headers, xml.clone(), ChecksumHeaders::OfObject).unwrap();
    assert!(d.checksums.is_empty());
    // The same header on an UploadPart-like PUT is verified against the body.
    let s = sign(
        &Method::PUT,
        "/b/k?partNumber=1&uploadId=abc",
        &[("x-amz-checksum-crc32", &object_crc)],
        &sigv4::sha256_hex(&xml),
        (AK, SECRET),
        "ch-dk-2",
        now(),
    );
    let ctx = authenticate(&Method::PUT, &s.uri, &s.headers, &keyring(), now()).unwrap();
    assert_eq!(
        decode_body(&ctx, &s.headers, xml, ChecksumHeaders::OfBody)
            .unwrap_err()
            .code,
        "BadDigest"
    );
}
