//! Body verification, once the request is authenticated, as the body streams in: the signed payload hash,
//! aws-chunked framing (chunk signatures, trailers), `x-amz-decoded-content-length`, `Content-MD5` and the
//! `x-amz-checksum-*` headers and trailers, all computed piece by piece ([`BodyDecoder`]); the same for a
//! body already in memory ([`decode_body`]); and the `Content-Encoding` an object keeps once the
//! aws-chunked framing is gone.

use super::checksum::{self, ChecksumAlgorithm, Hasher, VerifiedChecksum};
use super::chunked::{self, SignerState};
use super::{AuthContext, AuthError, BodyMode, header_str};
use axum::http::HeaderMap;
use bytes::Bytes;
use md5::Md5;
use sha2::{Digest, Sha256};

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

/// What [`BodyDecoder::finish`] found once the whole body had streamed through and verified.
#[derive(Debug, Clone)]
pub struct Verified {
    /// Decoded length (the object bytes, without aws-chunked framing).
    pub len: u64,
    /// MD5 of the decoded bytes, when asked for (the ETag) or needed for `Content-MD5`.
    pub md5: Option<[u8; 16]>,
    /// `x-amz-checksum-*` values (from headers or trailers) verified against the body.
    pub checksums: Vec<VerifiedChecksum>,
    /// Whether a `Content-MD5` header was sent and matched.
    pub content_md5_verified: bool,
}

enum Framing {
    Plain,
    Chunked(Box<chunked::Decoder>),
}

/// Verifies a body piece by piece as it arrives: hands back the object bytes (sub-slices of the pieces,
/// never copied) and computes every digest it needs on the way. Nothing it returned is trustworthy until
/// [`BodyDecoder::finish`] succeeds. Owns everything it needs, so it can move to a blocking thread.
pub struct BodyDecoder {
    framing: Framing,
    /// The signed payload hash (`x-amz-content-sha256`) and the hash of the bytes so far.
    sha256: Option<(String, Sha256)>,
    md5: Option<Md5>,
    want_md5: bool,
    /// `Content-MD5`, as sent (`None` inside: not text).
    content_md5: Option<Option<String>>,
    /// `x-amz-checksum-*` headers that describe the body, as sent (`None` inside: not text).
    header_checksums: Vec<(ChecksumAlgorithm, Option<String>)>,
    /// One running digest per algorithm a header or an announced trailer needs.
    hashers: Vec<(ChecksumAlgorithm, Hasher)>,
    /// `x-amz-decoded-content-length` of a chunked body, as sent.
    declared_len: Option<Option<u64>>,
    /// Trailer names announced in `x-amz-trailer` (chunked bodies).
    announced: Vec<String>,
    len: u64,
}

impl BodyDecoder {
    /// Sets up the checks `headers` ask for. `want_md5`: compute the MD5 of the object bytes even without
    /// `Content-MD5` (the ETag of a PUT).
    pub fn new(ctx: &AuthContext, headers: &HeaderMap, checksum_headers: ChecksumHeaders, want_md5: bool) -> Self {
        let (framing, sha256, trailers) = match &ctx.body {
            BodyMode::Sha256(expected) => (Framing::Plain, Some((expected.clone(), Sha256::new())), false),
            BodyMode::Unsigned => (Framing::Plain, None, false),
            BodyMode::StreamingUnsignedTrailer => (
                Framing::Chunked(Box::new(chunked::Decoder::new(None, true, false))),
                None,
                true,
            ),
            BodyMode::StreamingSigned {
                seed_signature,
                signing_key,
                scope,
                timestamp,
                trailer,
            } => {
                let signer = SignerState {
                    key: *signing_key,
                    timestamp: timestamp.clone(),
                    scope: scope.clone(),
                    previous: seed_signature.clone(),
                };
                (
                    Framing::Chunked(Box::new(chunked::Decoder::new(Some(signer), *trailer, *trailer))),
                    None,
                    *trailer,
                )
            }
        };
        let chunked = ctx.body.is_chunked();
        let text = |v: &axum::http::HeaderValue| v.to_str().ok().map(str::to_owned);
        let header_checksums: Vec<(ChecksumAlgorithm, Option<String>)> = match checksum_headers {
            ChecksumHeaders::OfObject => Vec::new(),
            ChecksumHeaders::OfBody => ChecksumAlgorithm::ALL
                .into_iter()
                .filter_map(|alg| headers.get(alg.header_name()).map(|v| (alg, text(v))))
                .collect(),
        };
        let announced: Vec<String> = match header_str(headers, "x-amz-trailer") {
            Some(list) if chunked => list
                .split(',')
                .map(|n| n.trim().to_ascii_lowercase())
                .filter(|n| !n.is_empty())
                .collect(),
            _ => Vec::new(),
        };
        let mut algorithms: Vec<ChecksumAlgorithm> = header_checksums.iter().map(|(a, _)| *a).collect();
        if trailers {
            if headers.contains_key("x-amz-trailer") {
                algorithms.extend(announced.iter().filter_map(|n| ChecksumAlgorithm::from_header_name(n)));
            } else {
                // Trailers may come without being announced: be ready to check any of them.
                algorithms.extend(ChecksumAlgorithm::ALL);
            }
        }
        let mut hashers: Vec<(ChecksumAlgorithm, Hasher)> = Vec::new();
        for alg in algorithms {
            if !hashers.iter().any(|(a, _)| *a == alg) {
                hashers.push((alg, alg.hasher()));
            }
        }
        let content_md5 = headers.get("content-md5").map(text);
        BodyDecoder {
            framing,
            sha256,
            md5: (want_md5 || content_md5.is_some()).then(Md5::new),
            want_md5,
            content_md5,
            header_checksums,
            hashers,
            declared_len: if chunked {
                headers
                    .get("x-amz-decoded-content-length")
                    .map(|v| v.to_str().ok().and_then(|s| s.trim().parse().ok()))
            } else {
                None
            },
            announced,
            len: 0,
        }
    }

    /// The decoded length the client announced, when it did (`x-amz-decoded-content-length` of a chunked
    /// body), so that an oversized body can be refused before it is read.
    pub fn declared_len(&self) -> Option<u64> {
        self.declared_len.flatten()
    }

    /// Whether the raw body carries aws-chunked framing around the object bytes.
    pub fn is_chunked(&self) -> bool {
        matches!(self.framing, Framing::Chunked(_))
    }

    /// Object bytes decoded so far.
    pub fn decoded_len(&self) -> u64 {
        self.len
    }

    /// Takes the next piece of the raw body; appends the object bytes it holds to `out`.
    pub fn push<'a>(&mut self, raw: &'a [u8], out: &mut Vec<&'a [u8]>) -> Result<(), AuthError> {
        if let Some((_, h)) = self.sha256.as_mut() {
            h.update(raw);
        }
        let first = out.len();
        match &mut self.framing {
            Framing::Plain => out.push(raw),
            Framing::Chunked(d) => d.push(raw, out)?,
        }
        for piece in &out[first..] {
            if let Some(m) = self.md5.as_mut() {
                m.update(piece);
            }
            for (_, h) in &mut self.hashers {
                h.update(piece);
            }
            self.len += piece.len() as u64;
        }
        Ok(())
    }

    /// The body has ended: every check, in the order S3 reports them.
    pub fn finish(self) -> Result<Verified, AuthError> {
        if let Some((expected, h)) = self.sha256
            && hex::encode(h.finalize()) != expected
        {
            return Err(AuthError::new(
                "XAmzContentSHA256Mismatch",
                "The provided 'x-amz-content-sha256' header does not match what was computed.",
                400,
            ));
        }
        let trailers = match self.framing {
            Framing::Plain => Vec::new(),
            Framing::Chunked(d) => d.finish()?,
        };
        let len = self.len;
        match self.declared_len {
            None => {}
            Some(Some(n)) if n == len => {}
            Some(Some(n)) => {
                return Err(AuthError::new(
                    "IncompleteBody",
                    format!(
                        "You did not provide the number of bytes specified by the \
                             x-amz-decoded-content-length header ({n}); the decoded body has {len} bytes."
                    ),
                    400,
                ));
            }
            Some(None) => {
                return Err(AuthError::new(
                    "InvalidArgument",
                    "x-amz-decoded-content-length is not a non-negative integer.",
                    400,
                ));
            }
        }
        let md5: Option<[u8; 16]> = self.md5.map(|m| m.finalize().into());
        let content_md5_verified = match self.content_md5 {
            Some(v) => {
                let v = v.ok_or_else(|| {
                    AuthError::new("InvalidDigest", "The Content-MD5 you specified was invalid.", 400)
                })?;
                checksum::verify_content_md5_digest(&v, md5.as_ref().expect("computed when Content-MD5 is sent"))?;
                true
            }
            None => false,
        };
        let digests: Vec<(ChecksumAlgorithm, Vec<u8>)> =
            self.hashers.into_iter().map(|(a, h)| (a, h.finish())).collect();
        let digest_of = |alg: ChecksumAlgorithm| digests.iter().find(|(a, _)| *a == alg).map(|(_, d)| d.as_slice());
        let mut checksums = Vec::new();
        for (alg, value) in self.header_checksums {
            let value = value.ok_or_else(|| {
                AuthError::new(
                    "InvalidRequest",
                    format!("Value for {} header is invalid.", alg.header_name()),
                    400,
                )
            })?;
            let digest = digest_of(alg).expect("a digest per checksum header");
            checksums.push(checksum::verify_checksum_digest(alg, &value, digest, "header")?);
        }
        for (name, value) in &trailers {
            if let Some(alg) = ChecksumAlgorithm::from_header_name(name) {
                let digest = digest_of(alg).ok_or_else(|| {
                    AuthError::new(
                        "MalformedTrailerError",
                        format!("The trailer {name} was not announced in the x-amz-trailer header."),
                        400,
                    )
                })?;
                checksums.push(checksum::verify_checksum_digest(alg, value, digest, "trailing header")?);
            }
        }
        // Every trailer announced in x-amz-trailer must have arrived.
        for name in &self.announced {
            if !trailers.iter().any(|(k, _)| k == name) {
                return Err(AuthError::new(
                    "MalformedTrailerError",
                    format!("The x-amz-trailer header announces {name}, but the body has no such trailer."),
                    400,
                ));
            }
        }
        Ok(Verified {
            len,
            md5: if self.want_md5 || content_md5_verified {
                md5
            } else {
                None
            },
            checksums,
            content_md5_verified,
        })
    }
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
    let mut decoder = BodyDecoder::new(ctx, headers, checksum_headers, false);
    let mut pieces = Vec::new();
    decoder.push(&raw, &mut pieces)?;
    let body = if decoder.is_chunked() {
        // The decoded body is never longer than the framed one: one allocation, no regrowth.
        let mut out = Vec::with_capacity(raw.len());
        for p in pieces {
            out.extend_from_slice(p);
        }
        Bytes::from(out)
    } else {
        // Plain payloads are the object bytes as they are: handed on without a copy.
        drop(pieces);
        raw
    };
    let v = decoder.finish()?;
    Ok(DecodedBody {
        body,
        checksums: v.checksums,
        content_md5_verified: v.content_md5_verified,
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
