//! Request authentication for the bundled S3 server: AWS Signature Version 4 with the
//! `Authorization` header or a presigned query string, then body verification (payload hash,
//! `aws-chunked` signed or unsigned-with-trailer bodies, `Content-MD5` and `x-amz-checksum-*`).
//!
//! The server calls [`authenticate`] on the head of a request, before reading the body, then feeds the
//! body to a [`BodyDecoder`] as it arrives ([`decode_body`] / [`decode_body_verified`] do the same for a
//! body already in memory), telling it what the `x-amz-checksum-*` headers describe ([`ChecksumHeaders`],
//! known from the S3 operation: this module needs no routing facts). Errors carry the S3 error code and
//! HTTP status to answer with.
//!
//! Files: this one (keys, SigV4 header and presigned authentication), `body` (body verification),
//! `sigv4` (canonical request and signing), `chunked` (aws-chunked framing), `checksum` (Content-MD5 and
//! the x-amz-checksum algorithms).

mod body;
mod checksum;
mod chunked;
mod sigv4;

#[cfg(test)]
mod botocore_tests;
#[cfg(test)]
mod client_tests;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::fmt;
use std::time::SystemTime;

use axum::http::{HeaderMap, Method, Uri};
use time::OffsetDateTime;

pub use body::{
    BodyDecoder, ChecksumHeaders, DecodedBody, Verified, decode_body, decode_body_verified, stored_content_encoding,
};
pub use checksum::{ChecksumAlgorithm, VerifiedChecksum, crc64nvme};

/// Largest accepted difference between the request time and the server clock.
pub const MAX_CLOCK_SKEW: time::Duration = time::Duration::minutes(15);
/// Longest `X-Amz-Expires` S3 accepts for a presigned URL (7 days).
pub const MAX_PRESIGN_EXPIRES: i64 = 604_800;

const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";
const STREAMING_SIGNED: &str = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
const STREAMING_SIGNED_TRAILER: &str = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
const STREAMING_UNSIGNED_TRAILER: &str = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

/// The access key → secret key pairs the server accepts.
#[derive(Default)]
pub struct Keyring {
    /// Behind a lock: keys bound to IAM roles are added while the server runs (`iam key create`).
    secrets: std::sync::RwLock<HashMap<String, String>>,
}

impl Keyring {
    /// Builds a keyring from (access key, secret key) pairs; a repeated access key keeps its last
    /// secret.
    pub fn new(pairs: Vec<(String, String)>) -> Self {
        Keyring {
            secrets: std::sync::RwLock::new(pairs.into_iter().collect()),
        }
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, HashMap<String, String>> {
        self.secrets.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn contains(&self, access_key: &str) -> bool {
        self.read().contains_key(access_key)
    }

    /// Adds (or replaces) a key pair.
    pub fn insert(&self, access_key: String, secret: String) {
        self.secrets
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(access_key, secret);
    }

    /// Access keys, sorted, for start-up messages (never the secrets).
    pub fn access_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.read().keys().cloned().collect();
        keys.sort_unstable();
        keys
    }

    fn secret(&self, access_key: &str) -> Option<String> {
        self.read().get(access_key).cloned()
    }
}

impl fmt::Debug for Keyring {
    // Never print secrets, even in debug logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Keyring")
            .field("access_keys", &self.access_keys())
            .finish()
    }
}

/// Who sent an authenticated request and how its body must be read.
#[derive(Debug, Clone)]
pub struct AuthContext {
    pub access_key: String,
    /// The region of the credential scope: the zone the request is addressed to.
    pub region: String,
    pub body: BodyMode,
    /// True when authenticated by a presigned query string rather than the `Authorization` header.
    pub presigned: bool,
}

/// How the body is protected, from `x-amz-content-sha256`.
#[derive(Clone, PartialEq, Eq)]
pub enum BodyMode {
    /// The body's SHA-256 (lower-case hex) was signed; the body must hash to it.
    Sha256(String),
    /// `UNSIGNED-PAYLOAD` (also every presigned URL without a signed payload hash).
    Unsigned,
    /// `STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER]`: aws-chunked with a signature chain that
    /// starts at `seed_signature`.
    StreamingSigned {
        seed_signature: String,
        signing_key: [u8; 32],
        /// `YYYYMMDD/region/s3/aws4_request`.
        scope: String,
        /// The request timestamp in ISO 8601 basic form (`20130524T000000Z`).
        timestamp: String,
        /// Whether a signed trailer follows the final chunk.
        trailer: bool,
    },
    /// `STREAMING-UNSIGNED-PAYLOAD-TRAILER`: aws-chunked without signatures, checksum trailer.
    StreamingUnsignedTrailer,
}

impl fmt::Debug for BodyMode {
    // The signing key is a credential (valid for a day and a region): keep it out of logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyMode::Sha256(h) => f.debug_tuple("Sha256").field(h).finish(),
            BodyMode::Unsigned => f.write_str("Unsigned"),
            BodyMode::StreamingSigned {
                seed_signature,
                scope,
                timestamp,
                trailer,
                ..
            } => f
                .debug_struct("StreamingSigned")
                .field("seed_signature", seed_signature)
                .field("signing_key", &"<redacted>")
                .field("scope", scope)
                .field("timestamp", timestamp)
                .field("trailer", trailer)
                .finish(),
            BodyMode::StreamingUnsignedTrailer => f.write_str("StreamingUnsignedTrailer"),
        }
    }
}

impl BodyMode {
    /// Whether the body on the wire is aws-chunked and must go through [`decode_body`].
    pub fn is_chunked(&self) -> bool {
        matches!(
            self,
            BodyMode::StreamingSigned { .. } | BodyMode::StreamingUnsignedTrailer
        )
    }
}

/// An authentication or body-integrity failure, with the S3 error code and HTTP status.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {message}")]
pub struct AuthError {
    pub code: &'static str,
    pub message: String,
    pub status: u16,
}

impl AuthError {
    pub fn new(code: &'static str, message: impl Into<String>, status: u16) -> Self {
        AuthError {
            code,
            message: message.into(),
            status,
        }
    }
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn signature_mismatch() -> AuthError {
    AuthError::new(
        "SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided. \
         Check your key and signing method.",
        403,
    )
}

fn header_malformed(detail: &str) -> AuthError {
    AuthError::new(
        "AuthorizationHeaderMalformed",
        format!("The authorization header is malformed; {detail}"),
        400,
    )
}

fn query_malformed(detail: impl Into<String>) -> AuthError {
    AuthError::new("AuthorizationQueryParametersError", detail, 400)
}

/// Parsed `Credential=AK/YYYYMMDD/REGION/s3/aws4_request`.
struct Credential {
    access_key: String,
    date: String,
    region: String,
}

impl Credential {
    fn scope(&self) -> String {
        format!("{}/{}/s3/aws4_request", self.date, self.region)
    }
}

fn parse_credential(value: &str) -> Result<Credential, String> {
    let parts: Vec<&str> = value.trim().split('/').collect();
    let [ak, date, region, service, terminal] = parts.as_slice() else {
        return Err(format!(
            "the Credential {value:?} is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\"."
        ));
    };
    if ak.is_empty() || region.is_empty() {
        return Err(format!("the Credential {value:?} has an empty access key or region."));
    }
    if date.len() != 8 || !date.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("the Credential date {date:?} is not YYYYMMDD."));
    }
    if *service != "s3" {
        return Err(format!(
            "incorrect service {service:?}. This endpoint belongs to \"s3\"."
        ));
    }
    if *terminal != "aws4_request" {
        return Err(format!(
            "incorrect terminal {terminal:?}. This endpoint uses \"aws4_request\"."
        ));
    }
    Ok(Credential {
        access_key: (*ak).to_owned(),
        date: (*date).to_owned(),
        region: (*region).to_owned(),
    })
}

fn parse_signed_headers(value: &str) -> Option<Vec<String>> {
    let names: Vec<String> = value.trim().split(';').map(|s| s.trim().to_ascii_lowercase()).collect();
    (!names.iter().any(String::is_empty)).then_some(names)
}

/// Everything a signature check needs once the method-specific parsing is done.
struct Claim<'a> {
    credential: Credential,
    signed_headers: Vec<String>,
    signature: &'a str,
    timestamp: String,
    payload_hash: String,
    /// Parameter left out of the canonical query (the presigned signature).
    skip_query: Option<&'static str>,
}

#[cfg(test)]
thread_local! {
    /// Lets a test check that a client's request matches the strict canonical form by itself,
    /// without the as-sent fallback.
    static STRICT_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[cfg(test)]
fn strict_only() -> bool {
    STRICT_ONLY.with(std::cell::Cell::get)
}

#[cfg(not(test))]
fn strict_only() -> bool {
    false
}

/// Verifies the signature of `claim`; returns the signing key for chunk verification.
fn verify_signature(
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    keyring: &Keyring,
    claim: &Claim<'_>,
) -> Result<[u8; 32], AuthError> {
    let secret = keyring.secret(&claim.credential.access_key).ok_or_else(|| {
        AuthError::new(
            "InvalidAccessKeyId",
            "The AWS Access Key Id you provided does not exist in our records.",
            403,
        )
    })?;
    let key = sigv4::signing_key(&secret, &claim.credential.date, &claim.credential.region, "s3");
    let scope = claim.credential.scope();
    let canonical_headers =
        sigv4::canonical_headers(&claim.signed_headers, headers, uri.authority().map(|a| a.as_str()));
    let signed_headers = claim.signed_headers.join(";");
    let raw_path = uri.path();
    let raw_query = uri.query().unwrap_or("");

    // The strict canonical form first; then the path and query exactly as sent, for clients
    // that signed their own (non-standard) encoding of them.
    let strict = (
        sigv4::canonical_uri(raw_path),
        sigv4::canonical_query(raw_query, claim.skip_query),
    );
    let as_sent = (
        if raw_path.is_empty() {
            "/".to_owned()
        } else {
            raw_path.to_owned()
        },
        sigv4::raw_sorted_query(raw_query, claim.skip_query),
    );
    let candidates = if as_sent == strict || strict_only() {
        vec![strict]
    } else {
        vec![strict, as_sent]
    };
    for (c_uri, c_query) in &candidates {
        let canonical = sigv4::canonical_request(&sigv4::CanonicalParts {
            method: method.as_str(),
            uri: c_uri,
            query: c_query,
            headers: &canonical_headers,
            signed_headers: &signed_headers,
            payload_hash: &claim.payload_hash,
        });
        let sts = sigv4::string_to_sign(&claim.timestamp, &scope, &canonical);
        let expected = sigv4::sign_hex(&key, sts.as_bytes());
        if sigv4::constant_time_eq(expected.as_bytes(), claim.signature.as_bytes()) {
            return Ok(key);
        }
    }
    Err(signature_mismatch())
}

fn body_mode(payload_hash: &str, claim_key: [u8; 32], claim: &Claim<'_>) -> BodyMode {
    let streaming = |trailer| BodyMode::StreamingSigned {
        seed_signature: claim.signature.to_owned(),
        signing_key: claim_key,
        scope: claim.credential.scope(),
        timestamp: claim.timestamp.clone(),
        trailer,
    };
    match payload_hash {
        UNSIGNED_PAYLOAD => BodyMode::Unsigned,
        STREAMING_SIGNED => streaming(false),
        STREAMING_SIGNED_TRAILER => streaming(true),
        STREAMING_UNSIGNED_TRAILER => BodyMode::StreamingUnsignedTrailer,
        h => BodyMode::Sha256(h.to_ascii_lowercase()),
    }
}

/// Checks an `x-amz-content-sha256` value before it is used in the canonical request, so an
/// unsupported mode is reported as such rather than as a signature mismatch.
fn check_payload_hash(value: &str) -> Result<(), AuthError> {
    match value {
        UNSIGNED_PAYLOAD | STREAMING_SIGNED | STREAMING_SIGNED_TRAILER | STREAMING_UNSIGNED_TRAILER => Ok(()),
        v if v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()) => Ok(()),
        v if v.starts_with("STREAMING-AWS4-ECDSA-P256-SHA256") => Err(AuthError::new(
            "NotImplemented",
            format!("x-amz-content-sha256 {v} (SigV4a) is not supported by this server; use SigV4."),
            501,
        )),
        v => Err(AuthError::new(
            "InvalidArgument",
            format!(
                "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, {STREAMING_SIGNED}, {STREAMING_SIGNED_TRAILER}, \
                 {STREAMING_UNSIGNED_TRAILER} or a SHA-256 in hex; got {v:?}."
            ),
            400,
        )),
    }
}

/// Authenticates a request from its method, URI and headers (the body is checked later by
/// [`decode_body`]). `now` is the server clock, for skew and expiry checks.
pub fn authenticate(
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    keyring: &Keyring,
    now: SystemTime,
) -> Result<AuthContext, AuthError> {
    let now = OffsetDateTime::from(now);
    let query = uri.query().unwrap_or("");
    let has_query_auth = query.split('&').any(|p| {
        p.split('=')
            .next()
            .is_some_and(|k| k.eq_ignore_ascii_case("X-Amz-Algorithm"))
    });
    match headers.get(axum::http::header::AUTHORIZATION) {
        Some(_) if has_query_auth => Err(AuthError::new(
            "InvalidArgument",
            "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the \
             Authorization header should be specified",
            400,
        )),
        Some(value) => {
            let value = value
                .to_str()
                .map_err(|_| header_malformed("the Authorization header is not ASCII."))?;
            authenticate_header(method, uri, headers, keyring, now, value)
        }
        None if has_query_auth => authenticate_presigned(method, uri, headers, keyring, now),
        None if query.split('&').any(|p| p.starts_with("AWSAccessKeyId=")) => Err(AuthError::new(
            "InvalidRequest",
            "The authorization mechanism you have provided (query-string Signature Version 2) is \
             not supported. Please use AWS4-HMAC-SHA256.",
            400,
        )),
        None => Err(AuthError::new(
            "AccessDenied",
            "Access Denied: the request is not signed, and anonymous access is not allowed.",
            403,
        )),
    }
}

fn request_time(headers: &HeaderMap) -> Result<OffsetDateTime, AuthError> {
    let invalid = || {
        AuthError::new(
            "AccessDenied",
            "AWS authentication requires a valid Date or x-amz-date header",
            403,
        )
    };
    if let Some(v) = headers.get("x-amz-date") {
        return v.to_str().ok().and_then(sigv4::parse_amz_date).ok_or_else(invalid);
    }
    if let Some(v) = headers.get(axum::http::header::DATE) {
        return v.to_str().ok().and_then(sigv4::parse_http_date).ok_or_else(invalid);
    }
    Err(invalid())
}

fn authenticate_header(
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    keyring: &Keyring,
    now: OffsetDateTime,
    value: &str,
) -> Result<AuthContext, AuthError> {
    let Some(rest) = value.strip_prefix("AWS4-HMAC-SHA256") else {
        if value.starts_with("AWS ") {
            return Err(AuthError::new(
                "InvalidRequest",
                "The authorization mechanism you have provided (Signature Version 2) is not \
                 supported. Please use AWS4-HMAC-SHA256.",
                400,
            ));
        }
        let scheme = value.split_whitespace().next().unwrap_or("");
        return Err(AuthError::new(
            "InvalidArgument",
            format!("Unsupported Authorization Type {scheme:?}; use AWS4-HMAC-SHA256."),
            400,
        ));
    };
    let (mut credential, mut signed, mut signature) = (None, None, None);
    for part in rest.split(',') {
        let part = part.trim();
        if let Some(v) = part.strip_prefix("Credential=") {
            credential = Some(v);
        } else if let Some(v) = part.strip_prefix("SignedHeaders=") {
            signed = Some(v);
        } else if let Some(v) = part.strip_prefix("Signature=") {
            signature = Some(v.trim());
        } else if !part.is_empty() {
            return Err(header_malformed(&format!("unexpected component {part:?}.")));
        }
    }
    let (Some(credential), Some(signed), Some(signature)) = (credential, signed, signature) else {
        return Err(header_malformed(
            "the authorization header requires three components: Credential, SignedHeaders, and Signature.",
        ));
    };
    let credential = parse_credential(credential).map_err(|e| header_malformed(&e))?;
    let signed_headers =
        parse_signed_headers(signed).ok_or_else(|| header_malformed("SignedHeaders has an empty name."))?;
    if !signed_headers.iter().any(|h| h == "host") {
        return Err(header_malformed("the host header must be signed."));
    }

    let time = request_time(headers)?;
    let timestamp = sigv4::format_amz_date(time);
    if timestamp[..8] != credential.date {
        return Err(header_malformed(&format!(
            "Invalid credential date \"{}\". This date is not the same as X-Amz-Date: \"{}\".",
            credential.date,
            &timestamp[..8]
        )));
    }
    if (now - time).abs() > MAX_CLOCK_SKEW {
        return Err(AuthError::new(
            "RequestTimeTooSkewed",
            format!(
                "The difference between the request time ({timestamp}) and the server's time ({}) is \
                 too large (more than 15 minutes).",
                sigv4::format_amz_date(now)
            ),
            403,
        ));
    }

    let payload_hash = header_str(headers, "x-amz-content-sha256")
        .ok_or_else(|| {
            AuthError::new(
                "InvalidRequest",
                "Missing required header for this request: x-amz-content-sha256",
                400,
            )
        })?
        .trim()
        .to_owned();
    check_payload_hash(&payload_hash)?;

    // S3 refuses x-amz-* headers that were not signed: they could otherwise be injected.
    if let Some(name) = headers
        .keys()
        .map(|k| k.as_str())
        .find(|k| k.starts_with("x-amz-") && !signed_headers.iter().any(|s| s == k))
    {
        return Err(AuthError::new(
            "AccessDenied",
            format!("There were headers present in the request which were not signed: {name}"),
            403,
        ));
    }

    let claim = Claim {
        credential,
        signed_headers,
        signature,
        timestamp,
        payload_hash,
        skip_query: None,
    };
    let key = verify_signature(method, uri, headers, keyring, &claim)?;
    let body = body_mode(&claim.payload_hash, key, &claim);
    Ok(AuthContext {
        access_key: claim.credential.access_key,
        region: claim.credential.region,
        body,
        presigned: false,
    })
}

fn authenticate_presigned(
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    keyring: &Keyring,
    now: OffsetDateTime,
) -> Result<AuthContext, AuthError> {
    let mut params: HashMap<String, String> = HashMap::new();
    for piece in uri.query().unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (k, v) = piece.split_once('=').unwrap_or((piece, ""));
        let k = String::from_utf8_lossy(&sigv4::percent_decode(k)).into_owned();
        if k.starts_with("X-Amz-") {
            let v = String::from_utf8_lossy(&sigv4::percent_decode(v)).into_owned();
            params.insert(k, v);
        }
    }
    let get = |name: &str| params.get(name).map(String::as_str);
    let (Some(algorithm), Some(credential), Some(date), Some(expires), Some(signed), Some(signature)) = (
        get("X-Amz-Algorithm"),
        get("X-Amz-Credential"),
        get("X-Amz-Date"),
        get("X-Amz-Expires"),
        get("X-Amz-SignedHeaders"),
        get("X-Amz-Signature"),
    ) else {
        return Err(query_malformed(
            "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, \
             X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.",
        ));
    };
    if algorithm != "AWS4-HMAC-SHA256" {
        return Err(query_malformed(format!(
            "X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"; got {algorithm:?}."
        )));
    }
    let credential = parse_credential(credential)
        .map_err(|e| query_malformed(format!("Error parsing the X-Amz-Credential parameter; {e}")))?;
    let time = sigv4::parse_amz_date(date).ok_or_else(|| {
        query_malformed(format!(
            "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"; got {date:?}."
        ))
    })?;
    if date[..8] != credential.date {
        return Err(query_malformed(format!(
            "Invalid credential date \"{}\". This date is not the same as X-Amz-Date: \"{}\".",
            credential.date,
            &date[..8]
        )));
    }
    let expires: i64 = expires
        .parse()
        .map_err(|_| query_malformed(format!("X-Amz-Expires should be a number; got {expires:?}.")))?;
    if expires < 0 {
        return Err(query_malformed("X-Amz-Expires must be non-negative"));
    }
    if expires > MAX_PRESIGN_EXPIRES {
        return Err(query_malformed(
            "X-Amz-Expires must be less than a week (in seconds) that is 604800",
        ));
    }
    let signed_headers =
        parse_signed_headers(signed).ok_or_else(|| query_malformed("X-Amz-SignedHeaders has an empty header name."))?;
    if time - now > MAX_CLOCK_SKEW {
        return Err(AuthError::new("AccessDenied", "Request is not valid yet", 403));
    }
    if now > time + time::Duration::seconds(expires) {
        return Err(AuthError::new("AccessDenied", "Request has expired", 403));
    }
    // A presigned URL normally leaves the payload unsigned; a client may sign a hash instead.
    let payload_hash = get("X-Amz-Content-Sha256").unwrap_or(UNSIGNED_PAYLOAD).to_owned();
    check_payload_hash(&payload_hash)?;
    let claim = Claim {
        credential,
        signed_headers,
        signature,
        timestamp: date.to_owned(),
        payload_hash,
        skip_query: Some("X-Amz-Signature"),
    };
    let key = verify_signature(method, uri, headers, keyring, &claim)?;
    let body = body_mode(&claim.payload_hash, key, &claim);
    if body.is_chunked() {
        return Err(AuthError::new(
            "InvalidArgument",
            "aws-chunked bodies cannot be sent with a presigned URL",
            400,
        ));
    }
    Ok(AuthContext {
        access_key: claim.credential.access_key,
        region: claim.credential.region,
        body,
        presigned: true,
    })
}
