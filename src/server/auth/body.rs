//! Body verification, once the request is authenticated and its body is in memory: the signed payload hash,
//! aws-chunked framing (chunk signatures, trailers), `x-amz-decoded-content-length`, `Content-MD5` and the
//! `x-amz-checksum-*` headers and trailers; and the `Content-Encoding` an object keeps once the
//! aws-chunked framing is gone.

use super::checksum::{self, ChecksumAlgorithm, VerifiedChecksum};
use super::chunked;
use super::sigv4;
use super::{AuthContext, AuthError, BodyMode, header_str};
use axum::http::HeaderMap;
use bytes::Bytes;

/// What the `x-amz-checksum-*` headers of a request describe; the caller knows it from the S3 operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChecksumHeaders {
    /// The request body: [`decode_body`] verifies them.
    OfBody,
    /// The whole object (CompleteMultipartUpload: the body is the XML part list): [`decode_body`] leaves
    /// them for the server to check against the parts.
    OfObject,
}

/// A decoded body together with the checksums that were sent and matched it.
#[derive(Debug, Clone)]
pub struct DecodedBody {
    pub body: Bytes,
    /// `x-amz-checksum-*` values (from headers or trailers) verified against `body`.
    pub checksums: Vec<VerifiedChecksum>,
    /// Whether a `Content-MD5` header was sent and matched.
    pub content_md5_verified: bool,
}

/// Turns the raw request body into the object bytes: verifies the signed payload hash or decodes
/// aws-chunked framing (verifying chunk signatures), checks `x-amz-decoded-content-length`, and
/// verifies `Content-MD5` and any `x-amz-checksum-*` trailer, and the `x-amz-checksum-*` headers when they
/// describe the body (`checksum_headers`).
pub fn decode_body(
    ctx: &AuthContext,
    headers: &HeaderMap,
    raw: Bytes,
    checksum_headers: ChecksumHeaders,
) -> Result<Bytes, AuthError> {
    decode_body_verified(ctx, headers, raw, checksum_headers).map(|d| d.body)
}

/// [`decode_body`], also returning which checksums were sent and verified (so the server can store
/// and echo them).
pub fn decode_body_verified(
    ctx: &AuthContext,
    headers: &HeaderMap,
    raw: Bytes,
    checksum_headers: ChecksumHeaders,
) -> Result<DecodedBody, AuthError> {
    let (body, trailers) = match &ctx.body {
        // Plain payloads are the object bytes as they are: handed on without a copy.
        BodyMode::Sha256(expected) => {
            if sigv4::sha256_hex(&raw) != *expected {
                return Err(AuthError::new(
                    "XAmzContentSHA256Mismatch",
                    "The provided 'x-amz-content-sha256' header does not match what was computed.",
                    400,
                ));
            }
            (raw, Vec::new())
        }
        BodyMode::Unsigned => (raw, Vec::new()),
        BodyMode::StreamingUnsignedTrailer => {
            let d = chunked::decode(&raw, None, true, false)?;
            // The framed body is not needed once decoded; release it before the checksum passes.
            drop(raw);
            (Bytes::from(d.body), d.trailers)
        }
        BodyMode::StreamingSigned {
            seed_signature,
            signing_key,
            scope,
            timestamp,
            trailer,
        } => {
            let signer = chunked::ChunkSigner {
                key: signing_key,
                timestamp,
                scope,
                seed_signature,
            };
            let d = chunked::decode(&raw, Some(&signer), *trailer, *trailer)?;
            drop(raw);
            (Bytes::from(d.body), d.trailers)
        }
    };

    if ctx.body.is_chunked()
        && let Some(declared) = headers.get("x-amz-decoded-content-length")
    {
        let declared: Option<u64> = declared.to_str().ok().and_then(|s| s.trim().parse().ok());
        match declared {
            Some(n) if n == body.len() as u64 => {}
            Some(n) => {
                return Err(AuthError::new(
                    "IncompleteBody",
                    format!(
                        "You did not provide the number of bytes specified by the \
                             x-amz-decoded-content-length header ({n}); the decoded body has {} bytes.",
                        body.len()
                    ),
                    400,
                ));
            }
            None => {
                return Err(AuthError::new(
                    "InvalidArgument",
                    "x-amz-decoded-content-length is not a non-negative integer.",
                    400,
                ));
            }
        }
    }

    let content_md5_verified = match headers.get("content-md5") {
        Some(v) => {
            let v = v
                .to_str()
                .map_err(|_| AuthError::new("InvalidDigest", "The Content-MD5 you specified was invalid.", 400))?;
            checksum::verify_content_md5(v, &body)?;
            true
        }
        None => false,
    };

    let mut checksums = Vec::new();
    for alg in ChecksumAlgorithm::ALL {
        if checksum_headers == ChecksumHeaders::OfObject {
            break;
        }
        if let Some(v) = headers.get(alg.header_name()) {
            let v = v.to_str().map_err(|_| {
                AuthError::new(
                    "InvalidRequest",
                    format!("Value for {} header is invalid.", alg.header_name()),
                    400,
                )
            })?;
            checksums.push(checksum::verify_checksum(alg, v, &body, "header")?);
        }
    }
    for (name, value) in &trailers {
        if let Some(alg) = ChecksumAlgorithm::from_header_name(name) {
            checksums.push(checksum::verify_checksum(alg, value, &body, "trailing header")?);
        }
    }
    // Every trailer announced in x-amz-trailer must have arrived.
    if ctx.body.is_chunked()
        && let Some(announced) = header_str(headers, "x-amz-trailer")
    {
        for name in announced
            .split(',')
            .map(|n| n.trim().to_ascii_lowercase())
            .filter(|n| !n.is_empty())
        {
            if !trailers.iter().any(|(k, _)| *k == name) {
                return Err(AuthError::new(
                    "MalformedTrailerError",
                    format!("The x-amz-trailer header announces {name}, but the body has no such trailer."),
                    400,
                ));
            }
        }
    }
    Ok(DecodedBody {
        body,
        checksums,
        content_md5_verified,
    })
}

/// The `Content-Encoding` to store with an object: the sent value without the `aws-chunked`
/// transport coding, matched case-insensitively as S3 does (None when nothing else remains). aws-chunked
/// is the framing of the request body, not an encoding of the object.
pub fn stored_content_encoding(headers: &HeaderMap) -> Option<String> {
    let v = header_str(headers, "content-encoding")?;
    let kept: Vec<&str> = v
        .split(',')
        .map(str::trim)
        .filter(|e| !e.is_empty() && !e.eq_ignore_ascii_case("aws-chunked"))
        .collect();
    (!kept.is_empty()).then(|| kept.join(","))
}
