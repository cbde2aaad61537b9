//! TEMPORARY stand-in for the SigV4 verifier (owned by the `auth` branch, which replaces this whole file).
//! It has the same interface, knows the access keys and the region of the credential scope, and de-chunks
//! `aws-chunked` bodies, but it does NOT verify signatures or checksums. Not to be shipped.

use std::time::SystemTime;

#[derive(Debug, Clone)]
pub struct Keyring {
    pairs: Vec<(String, String)>,
}

impl Keyring {
    pub fn new(pairs: Vec<(String, String)>) -> Self {
        Keyring { pairs }
    }
    fn knows(&self, access_key: &str) -> bool {
        self.pairs.iter().any(|(k, _)| k == access_key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyMode {
    Plain,
    Chunked,
}

#[derive(Debug, Clone)]
pub struct AuthContext {
    pub access_key: String,
    pub region: String,
    pub body: BodyMode,
}

#[derive(Debug, Clone)]
pub struct AuthError {
    pub code: &'static str,
    pub message: String,
    pub status: u16,
}

fn err(code: &'static str, message: &str) -> AuthError {
    AuthError {
        code,
        message: message.into(),
        status: if code == "AccessDenied" || code.starts_with("Invalid") || code.starts_with("Sig") {
            403
        } else {
            400
        },
    }
}

pub fn authenticate(
    _method: &axum::http::Method,
    uri: &axum::http::Uri,
    headers: &axum::http::HeaderMap,
    keyring: &Keyring,
    _now: SystemTime,
) -> Result<AuthContext, AuthError> {
    let credential = if let Some(a) = headers.get("authorization").and_then(|v| v.to_str().ok()) {
        a.split("Credential=")
            .nth(1)
            .map(|c| c.split(',').next().unwrap_or("").trim().to_string())
    } else {
        url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
            .find(|(k, _)| k == "X-Amz-Credential")
            .map(|(_, v)| v.into_owned())
    };
    let Some(credential) = credential else {
        return Err(err("AccessDenied", "Access Denied"));
    };
    let mut scope = credential.split('/');
    let access_key = scope.next().unwrap_or("").to_string();
    let region = scope.nth(1).unwrap_or("").to_string();
    if !keyring.knows(&access_key) {
        return Err(err(
            "InvalidAccessKeyId",
            "The AWS Access Key Id you provided does not exist in our records.",
        ));
    }
    let chunked = headers
        .get("x-amz-content-sha256")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("STREAMING-"));
    Ok(AuthContext {
        access_key,
        region,
        body: if chunked { BodyMode::Chunked } else { BodyMode::Plain },
    })
}

pub fn decode_body(
    ctx: &AuthContext,
    _headers: &axum::http::HeaderMap,
    raw: bytes::Bytes,
) -> Result<bytes::Bytes, AuthError> {
    if ctx.body == BodyMode::Plain {
        return Ok(raw);
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut rest = &raw[..];
    loop {
        let nl = rest
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or_else(|| err("IncompleteBody", "bad aws-chunked body"))?;
        let head = std::str::from_utf8(&rest[..nl]).map_err(|_| err("IncompleteBody", "bad chunk header"))?;
        let size = usize::from_str_radix(head.split(';').next().unwrap_or("").trim(), 16)
            .map_err(|_| err("IncompleteBody", "bad chunk size"))?;
        rest = &rest[nl + 2..];
        if size == 0 {
            break;
        }
        if rest.len() < size + 2 {
            return Err(err("IncompleteBody", "truncated chunk"));
        }
        out.extend_from_slice(&rest[..size]);
        rest = &rest[size + 2..];
    }
    Ok(bytes::Bytes::from(out))
}
