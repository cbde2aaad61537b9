//! The HTTP side of stored checksums: which `x-amz-checksum-*` a write carried (already verified by the body
//! decoder), what a multipart upload and its parts ask for, and how a stored checksum is answered —
//! `x-amz-checksum-*` and `x-amz-checksum-type` headers when the client asks with `x-amz-checksum-mode:
//! ENABLED`, `Checksum*` elements in documents.

use crate::server::auth::ChecksumAlgorithm;
use crate::server::context::Req;
use crate::server::error::{Kind, S3Error, S3Result};
use crate::server::http;
use crate::server::store::Body;
use crate::server::store::checksum::{algorithm_of_name, element_name};
use crate::server::store::{ChecksumSpec, ChecksumType, StoredChecksum};
use crate::server::xml::{Element, Writer};
use axum::response::Response;

/// The checksum a write's body was sent and verified with. S3 takes one algorithm per request.
pub fn sent(rq: &Req) -> S3Result<Option<StoredChecksum>> {
    let Some(first) = rq.checksums.first() else {
        return Ok(None);
    };
    if rq.checksums.iter().any(|c| c.algorithm != first.algorithm) {
        return Err(S3Error::msg(
            Kind::InvalidRequest,
            "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.",
        ));
    }
    Ok(Some(StoredChecksum::of_body(first)))
}

/// An algorithm header (`x-amz-checksum-algorithm`, `x-amz-sdk-checksum-algorithm`): `None` when absent.
pub fn algorithm(rq: &Req, header: &str) -> S3Result<Option<ChecksumAlgorithm>> {
    match rq.header(header) {
        None => Ok(None),
        Some(name) => algorithm_of_name(name).map(Some).ok_or_else(|| {
            S3Error::msg(
                Kind::InvalidRequest,
                format!("Checksum algorithm provided is unsupported. Please try again with any of the valid types: CRC32, CRC32C, CRC64NVME, SHA1, SHA256 (not `{name}`)"),
            )
        }),
    }
}

/// `x-amz-checksum-type`: `None` when absent.
pub fn kind(rq: &Req) -> S3Result<Option<ChecksumType>> {
    match rq.header("x-amz-checksum-type") {
        None => Ok(None),
        Some(t) => ChecksumType::parse(t).map(Some).ok_or_else(|| {
            S3Error::msg(
                Kind::InvalidRequest,
                format!("Value for x-amz-checksum-type header is invalid: `{t}` (COMPOSITE or FULL_OBJECT)"),
            )
        }),
    }
}

/// The checksum CreateMultipartUpload asks the object to get from its parts.
pub fn upload_spec(rq: &Req) -> S3Result<Option<ChecksumSpec>> {
    let kind = kind(rq)?;
    let Some(algorithm) = algorithm(rq, "x-amz-checksum-algorithm")? else {
        if kind.is_some() {
            return Err(S3Error::msg(
                Kind::InvalidRequest,
                "The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.",
            ));
        }
        return Ok(None);
    };
    let kind = kind.unwrap_or(ChecksumType::default_for(algorithm));
    if !kind.supports(algorithm) {
        return Err(S3Error::msg(
            Kind::InvalidRequest,
            format!(
                "The {} checksum type cannot be used with the {} checksum algorithm.",
                kind.as_str(),
                algorithm.name()
            ),
        ));
    }
    Ok(Some(ChecksumSpec { algorithm, kind }))
}

/// A part's checksum: the one it was sent with, which must be in the upload's algorithm when the upload has
/// one; computed from the stored `body` when the upload has an algorithm and the client sent none, so that
/// the object's checksum can always be made from its parts. (Rare: SDKs send the part checksum of an upload
/// that names an algorithm; the body is read back from the store rather than hashed on every upload.)
pub async fn of_part(rq: &Req, spec: Option<ChecksumSpec>, body: &Body) -> S3Result<Option<StoredChecksum>> {
    let sent = sent(rq)?;
    let Some(spec) = spec else { return Ok(sent) };
    match sent {
        Some(c) if c.algorithm == spec.algorithm => Ok(Some(c)),
        Some(c) => Err(S3Error::msg(
            Kind::InvalidRequest,
            format!(
                "Checksum Type mismatch occurred, expected checksum Type: {}, actual checksum Type: {}",
                spec.algorithm.name().to_ascii_lowercase(),
                c.algorithm.name().to_ascii_lowercase()
            ),
        )),
        None => {
            use base64::Engine as _;
            use futures_util::StreamExt as _;
            let alg = spec.algorithm;
            let mut hasher = alg.hasher();
            let mut pieces = std::pin::pin!(body.stream(0, body.len()));
            while let Some(piece) = pieces.next().await {
                hasher.update(&piece.map_err(S3Error::internal)?);
            }
            Ok(Some(StoredChecksum {
                algorithm: alg,
                value: base64::engine::general_purpose::STANDARD.encode(hasher.finish()),
                kind: ChecksumType::FullObject,
                parts: None,
            }))
        }
    }
}

/// A `<Part>`'s `<ChecksumCRC32>` (...) in a CompleteMultipartUpload document.
pub fn of_completed_part(part: &Element) -> Option<(ChecksumAlgorithm, String)> {
    ChecksumAlgorithm::ALL
        .into_iter()
        .find_map(|a| part.child_text(element_name(a)).map(|v| (a, v.trim().to_string())))
}

/// The whole-object `x-amz-checksum-*` header of a CompleteMultipartUpload (left unverified by the body
/// decoder: it describes the assembled object, not the XML body).
pub fn of_object_header(rq: &Req) -> Option<(ChecksumAlgorithm, String)> {
    ChecksumAlgorithm::ALL
        .into_iter()
        .find_map(|a| rq.header(a.header_name()).map(|v| (a, v.trim().to_string())))
}

/// Whether the client asked for checksums (`x-amz-checksum-mode: ENABLED`).
pub fn mode_enabled(rq: &Req) -> bool {
    rq.header("x-amz-checksum-mode")
        .is_some_and(|m| m.trim().eq_ignore_ascii_case("ENABLED"))
}

/// `x-amz-checksum-*` and `x-amz-checksum-type` of a stored checksum.
pub fn answer(resp: &mut Response, c: &StoredChecksum) {
    http::set(resp, c.algorithm.header_name(), &c.answer());
    http::set(resp, "x-amz-checksum-type", c.kind.as_str());
}

/// `<ChecksumCRC32>` (...) and `<ChecksumType>` of a stored checksum in a document.
pub fn elements(w: &mut Writer, c: &StoredChecksum) {
    w.elem(element_name(c.algorithm), &c.answer())
        .elem("ChecksumType", c.kind.as_str());
}

/// A copy's checksum: `x-amz-checksum-algorithm` asks for one (the source's when it is that algorithm over
/// the whole object, else computed from the bytes); without it, the source's full-object checksum still
/// describes the copied bytes, a composite one (of parts the copy does not have) does not.
pub async fn of_copy(
    rq: &Req,
    source: Option<&StoredChecksum>,
    body: &crate::server::store::Body,
) -> S3Result<Option<StoredChecksum>> {
    let whole = source.filter(|c| c.kind == ChecksumType::FullObject);
    match algorithm(rq, "x-amz-checksum-algorithm")? {
        None => Ok(whole.cloned()),
        Some(alg) if whole.is_some_and(|c| c.algorithm == alg) => Ok(whole.cloned()),
        Some(alg) => {
            let bytes = body.to_bytes().await.map_err(S3Error::internal)?;
            let value = tokio::task::spawn_blocking(move || alg.base64(&bytes))
                .await
                .map_err(S3Error::internal)?;
            Ok(Some(StoredChecksum {
                algorithm: alg,
                value,
                kind: ChecksumType::FullObject,
                parts: None,
            }))
        }
    }
}
