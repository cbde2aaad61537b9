//! The client's core: configuration, path-style requests signed with rusty-s3's public SigV4 signing
//! (query-string form, so that every operation, subresources included, goes through one function), sent
//! with reqwest, and the one retry loop every request goes through, traced with credentials redacted.
//! The operations themselves are in the sibling modules (`bucket`, `object`, `listing`, `multipart`).

use super::error::S3Error;
use super::limiter::{Limiter, Outcome};
use super::retry;
use super::trace::{redact_header, redact_url};
use super::xml;
use base64::Engine as _;
use bytes::Bytes;
use md5::Digest as _;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::Method;
use reqwest::header::HeaderMap;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// Everything the client needs; build it once (see `ClientConfig::from_settings` in the CLI).
#[derive(Clone)]
pub struct ClientConfig {
    /// Base URL, e.g. `https://sos-ch-dk-2.exo.io` or `http://127.0.0.1:9000`.
    pub endpoint: String,
    /// Signing region (the zone).
    pub region: String,
    pub access_key: String,
    pub secret_key: String,
    pub session_token: Option<String>,
    /// Per-request timeout (connect, and each wait for data).
    pub timeout: Duration,
    /// Retries of idempotent requests.
    pub retries: u32,
    /// Log requests and responses to stderr.
    pub trace: bool,
}

impl std::fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientConfig")
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .field("access_key", &self.access_key)
            .field("secret_key", &"<redacted>")
            .field("session_token", &self.session_token.as_ref().map(|_| "<redacted>"))
            .field("timeout", &self.timeout)
            .field("retries", &self.retries)
            .field("trace", &self.trace)
            .finish()
    }
}

/// How long the signature of an ordinary request stays valid (the server checks it when the request
/// arrives, so this only needs to cover clock skew and queueing).
const REQUEST_EXPIRY_SECS: u64 = 3600;
/// Longest validity S3 accepts for a presigned URL.
pub const MAX_PRESIGN: Duration = Duration::from_secs(7 * 24 * 3600);
/// Bodies up to this size are sent under the whole-request timeout; larger ones only under the
/// connect and read timeouts, so that a big part on a slow link is not cut off.
const SMALL_BODY: usize = 1 << 20;

/// Characters of a key that are percent-encoded in the path: all but unreserved ones and `/`.
const KEY_ENCODE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');
pub(super) const SEGMENT_ENCODE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// A cheap-to-clone S3 client (share it between concurrent tasks).
#[derive(Clone, Debug)]
pub struct Client {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    cfg: ClientConfig,
    http: reqwest::Client,
    base: url::Url,
    /// When set, every attempt takes a slot of it and reports how it ended.
    limiter: Option<Arc<Limiter>>,
    /// How long the first answer of the server took (any HTTP status; its connection's set-up included),
    /// shared by the clients of one connection pool: it sets a limiter's start ([`Client::with_limiter`]).
    first_answer: Arc<OnceLock<Duration>>,
}

/// One request before signing.
pub(super) struct Req {
    pub method: Method,
    /// Already percent-encoded path, starting with `/`, relative to the endpoint's path.
    pub path: String,
    /// Sorted by the signer; names must be plain ASCII (letters, digits, `-`).
    pub query: Vec<(String, String)>,
    /// Lowercase names; all are signed.
    pub headers: Vec<(String, String)>,
    pub body: Bytes,
    /// For inferring an error code from a body-less 404.
    pub has_key: bool,
}

impl Req {
    pub fn new(method: Method, path: String) -> Req {
        Req {
            method,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            body: Bytes::new(),
            has_key: false,
        }
    }
    /// A request on an object (`/BUCKET/KEY`).
    pub fn object(method: Method, bucket: &str, key: &str) -> Req {
        let mut r = Req::new(method, object_path(bucket, key));
        r.has_key = true;
        r
    }
    pub fn q(mut self, k: &str, v: impl Into<String>) -> Req {
        self.query.push((k.to_string(), v.into()));
        self
    }
    pub fn q_opt(self, k: &str, v: Option<&str>) -> Req {
        match v {
            Some(v) => self.q(k, v),
            None => self,
        }
    }
    pub fn h(mut self, k: &str, v: impl Into<String>) -> Req {
        self.headers.push((k.to_ascii_lowercase(), v.into()));
        self
    }
    pub fn h_opt(self, k: &str, v: Option<&str>) -> Req {
        match v {
            Some(v) => self.h(k, v),
            None => self,
        }
    }
    /// Every header of the list, as given.
    pub fn hs(self, headers: &[(String, String)]) -> Req {
        headers.iter().fold(self, |r, (k, v)| r.h(k, v.as_str()))
    }
    pub fn body(mut self, b: impl Into<Bytes>) -> Req {
        self.body = b.into();
        self
    }
    pub fn md5(self) -> Req {
        let digest = md5::Md5::digest(&self.body);
        let v = base64::engine::general_purpose::STANDARD.encode(digest);
        self.h("content-md5", v)
    }
    fn idempotent(&self) -> bool {
        self.method != Method::POST
    }
}

/// What a successful request returned.
pub(super) struct Answer {
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Answer {
    pub fn text(&self) -> Result<&str, S3Error> {
        std::str::from_utf8(&self.body).map_err(|_| S3Error::InvalidResponse("the body is not UTF-8".into()))
    }
    pub fn header(&self, name: &str) -> Option<String> {
        header(&self.headers, name)
    }
}

pub(super) fn header(h: &HeaderMap, name: &str) -> Option<String> {
    h.get(name).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
}

pub(super) fn invalid(e: String) -> S3Error {
    S3Error::InvalidResponse(e)
}

/// Whether an attempt's answer of any status is the caller's to read, or only a 2xx one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Accept {
    Success,
    AnyStatus,
}

impl Client {
    pub fn new(cfg: ClientConfig) -> Result<Client, S3Error> {
        let base = url::Url::parse(&cfg.endpoint)
            .map_err(|e| S3Error::InvalidRequest(format!("invalid endpoint `{}`: {e}", cfg.endpoint)))?;
        if !matches!(base.scheme(), "http" | "https") || base.host_str().is_none() {
            return Err(S3Error::InvalidRequest(format!(
                "invalid endpoint `{}`: expected http(s)://HOST[:PORT]",
                cfg.endpoint
            )));
        }
        let http = reqwest::Client::builder()
            .connect_timeout(cfg.timeout)
            .read_timeout(cfg.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("sosctl/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| S3Error::Transport(format!("cannot build the HTTP client: {e}")))?;
        Ok(Client {
            inner: Arc::new(Inner {
                cfg,
                http,
                base,
                limiter: None,
                first_answer: Arc::default(),
            }),
        })
    }

    /// The same client (same connection pool) whose every attempt waits for a slot of `limiter` and
    /// tells it how it ended: the requests of all the tasks sharing it stay within its limit.
    /// A limiter that is new to this link learns from the server's first answer on it, when the client
    /// had one (the HEAD that found the bucket), how many requests to start with
    /// ([`Limiter::learn_first_answer`]).
    pub fn with_limiter(&self, limiter: Arc<Limiter>) -> Client {
        if let Some(took) = self.first_answer() {
            limiter.learn_first_answer(took);
        }
        Client {
            inner: Arc::new(Inner {
                cfg: self.inner.cfg.clone(),
                http: self.inner.http.clone(),
                base: self.inner.base.clone(),
                limiter: Some(limiter),
                first_answer: self.inner.first_answer.clone(),
            }),
        }
    }

    /// How long the server's first answer to this client (or to a client sharing its pool) took.
    pub fn first_answer(&self) -> Option<Duration> {
        self.inner.first_answer.get().copied()
    }

    /// The same client (same connection pool) without a limiter: for a caller that holds a slot of its
    /// own around a request and its body (see `download`), or for a request that others wait on (the next
    /// page of the listing a fan-out works through), which must not queue behind them.
    pub fn without_limiter(&self) -> Client {
        match self.inner.limiter {
            None => self.clone(),
            Some(_) => Client {
                inner: Arc::new(Inner {
                    cfg: self.inner.cfg.clone(),
                    http: self.inner.http.clone(),
                    base: self.inner.base.clone(),
                    limiter: None,
                    first_answer: self.inner.first_answer.clone(),
                }),
            },
        }
    }

    /// The limiter the client's requests go through, if any.
    pub fn limiter(&self) -> Option<&Arc<Limiter>> {
        self.inner.limiter.as_ref()
    }

    /// A client for another region, on its endpoint, with the same credentials, timeout, retries and
    /// trace (e.g. to follow a bucket that [`Client::locate_bucket`] found elsewhere).
    pub fn for_region(&self, region: &str, endpoint: &str) -> Result<Client, S3Error> {
        Client::new(ClientConfig {
            endpoint: endpoint.to_string(),
            region: region.to_string(),
            ..self.inner.cfg.clone()
        })
    }

    pub fn config(&self) -> &ClientConfig {
        &self.inner.cfg
    }

    /// The endpoint, without a trailing slash.
    pub fn endpoint(&self) -> &str {
        self.inner.cfg.endpoint.trim_end_matches('/')
    }

    /// The signing region.
    pub fn region(&self) -> &str {
        &self.inner.cfg.region
    }

    /// The plain (unsigned) URL of an object: `ENDPOINT/BUCKET/KEY`, key percent-encoded.
    pub fn object_url(&self, bucket: &str, key: &str) -> String {
        format!("{}{}", self.endpoint(), object_path(bucket, key))
    }

    fn sign(&self, req: &Req, expires: u64) -> Result<url::Url, S3Error> {
        let cfg = &self.inner.cfg;
        let mut url = self.inner.base.clone();
        let base_path = url.path().trim_end_matches('/').to_string();
        let path = format!("{base_path}{}", req.path);
        url.set_path(&path);
        // A URL resolves `.` and `..` segments (even percent-encoded), so a key such as `a/../b` would
        // silently address another object, or a bucket (`DELETE /b`); refuse instead of sending that.
        if url.path() != path {
            return Err(S3Error::InvalidRequest(format!(
                "`{}` has a `.` or `..` path segment, which a URL cannot carry (it would address `{}`)",
                percent_encoding::percent_decode_str(&req.path).decode_utf8_lossy(),
                percent_encoding::percent_decode_str(url.path()).decode_utf8_lossy()
            )));
        }
        url.set_query(None);
        let mut query: Vec<(&str, &str)> = req.query.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        query.sort();
        let mut headers: Vec<(&str, &str)> = req.headers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        headers.sort();
        let now = jiff::Timestamp::now();
        Ok(rusty_s3::signing::sign(
            &now,
            to_signing_method(&req.method),
            url,
            &cfg.access_key,
            &cfg.secret_key,
            cfg.session_token.as_deref(),
            &cfg.region,
            expires,
            query.into_iter(),
            headers.into_iter(),
        ))
    }

    /// One attempt, traced: the response of any status, or why none came.
    async fn attempt(&self, req: &Req) -> Result<reqwest::Response, S3Error> {
        let cfg = &self.inner.cfg;
        let url = self.sign(req, REQUEST_EXPIRY_SECS)?;
        if cfg.trace {
            eprintln!("> {} {}", req.method, redact_url(url.as_str()));
            for (k, v) in &req.headers {
                eprintln!(">   {k}: {}", redact_header(k, v));
            }
        }
        let mut rb = self.inner.http.request(req.method.clone(), url);
        for (k, v) in &req.headers {
            rb = rb.header(k.as_str(), v.as_str());
        }
        if !req.body.is_empty() {
            rb = rb.body(req.body.clone());
        } else if matches!(req.method, Method::PUT | Method::POST) {
            // Some servers (moto) refuse a body-less PUT without an explicit length.
            rb = rb.header(reqwest::header::CONTENT_LENGTH, "0");
        }
        let started = Instant::now();
        let sent = if req.body.len() <= SMALL_BODY {
            match tokio::time::timeout(cfg.timeout, rb.send()).await {
                Ok(r) => r,
                Err(_) => {
                    if cfg.trace {
                        eprintln!("< timed out after {} ms", started.elapsed().as_millis());
                    }
                    return Err(S3Error::Timeout(cfg.timeout));
                }
            }
        } else {
            rb.send().await
        };
        let resp = match sent {
            Ok(r) => r,
            Err(e) => {
                let e = S3Error::from_reqwest(e, cfg.timeout);
                if cfg.trace {
                    eprintln!("< {e} ({} ms)", started.elapsed().as_millis());
                }
                return Err(e);
            }
        };
        if cfg.trace {
            eprintln!(
                "< {} {:?} ({} ms)",
                resp.status(),
                resp.version(),
                started.elapsed().as_millis()
            );
            let mut names: Vec<_> = resp.headers().iter().collect();
            names.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
            for (k, v) in names {
                let v = String::from_utf8_lossy(v.as_bytes());
                eprintln!("<   {k}: {}", redact_header(k.as_str(), &v));
            }
        }
        Ok(resp)
    }

    /// One attempt that only takes a 2xx answer: a 3xx, 4xx or 5xx becomes `S3Error::Service`.
    async fn attempt_success(&self, req: &Req) -> Result<reqwest::Response, S3Error> {
        let resp = self.attempt(req).await?;
        let status = resp.status();
        if status.is_success() {
            return Ok(resp);
        }
        let headers = resp.headers().clone();
        let body = tokio::time::timeout(self.inner.cfg.timeout, resp.bytes())
            .await
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default();
        Err(service_error(
            status.as_u16(),
            &headers,
            &body,
            req.has_key,
            self.region(),
        ))
    }

    /// Sends a request and reads its whole body.
    pub(super) async fn call(&self, req: Req) -> Result<Answer, S3Error> {
        let timeout = self.inner.cfg.timeout;
        self.with_retries(&req, || async {
            let resp = self.attempt_success(&req).await?;
            let headers = resp.headers().clone();
            match tokio::time::timeout(timeout, resp.bytes()).await {
                Ok(Ok(body)) => Ok(Answer { headers, body }),
                Ok(Err(e)) => Err(S3Error::from_reqwest(e, timeout)),
                Err(_) => Err(S3Error::Timeout(timeout)),
            }
        })
        .await
    }

    /// Sends a request and hands back the response for streaming its body, once its headers arrived.
    pub(super) async fn call_stream(&self, req: Req) -> Result<reqwest::Response, S3Error> {
        self.send(&req, Accept::Success).await
    }

    async fn send(&self, req: &Req, accept: Accept) -> Result<reqwest::Response, S3Error> {
        self.with_retries(req, || async {
            match accept {
                Accept::Success => self.attempt_success(req).await,
                Accept::AnyStatus => self.attempt(req).await,
            }
        })
        .await
    }

    /// The one retry loop: runs `send` until it succeeds, fails in a way that is not retryable, `req` is
    /// not idempotent, or the configured retries are used up; waits the backoff between attempts, and
    /// traces each retry (each attempt traces its own request and answer).
    async fn with_retries<T, F, Fut>(&self, req: &Req, mut send: F) -> Result<T, S3Error>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<T, S3Error>>,
    {
        let cfg = &self.inner.cfg;
        let mut attempt = 0;
        loop {
            let answer = match &self.inner.limiter {
                Some(l) => {
                    let slot = l.acquire().await;
                    let answer = send().await;
                    slot.finish(match &answer {
                        Err(e) if e.kind().is_transient() => Outcome::Congested,
                        _ => Outcome::Done,
                    });
                    answer
                }
                None => {
                    let started = Instant::now();
                    let answer = send().await;
                    if matches!(answer, Ok(_) | Err(S3Error::Service { .. })) && req.body.is_empty() {
                        let _ = self.inner.first_answer.set(started.elapsed());
                    }
                    answer
                }
            };
            match answer {
                Err(e) if e.is_retryable() && req.idempotent() && attempt < cfg.retries => {
                    let wait = retry::backoff(attempt);
                    if cfg.trace {
                        eprintln!(
                            "* retry {} of {} in {} ms: {e}",
                            attempt + 1,
                            cfg.retries,
                            wait.as_millis()
                        );
                    }
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                other => return other,
            }
        }
    }

    /// A presigned URL for `method` (GET, PUT, HEAD, DELETE) valid for `expires` (1 s to 7 days).
    pub fn presign(&self, method: Method, bucket: &str, key: &str, expires: Duration) -> Result<String, S3Error> {
        if expires.as_secs() < 1 || expires > MAX_PRESIGN {
            return Err(S3Error::InvalidRequest(format!(
                "a presigned URL is valid for 1 second to 7 days, not {}s",
                expires.as_secs()
            )));
        }
        if !matches!(method, Method::GET | Method::PUT | Method::HEAD | Method::DELETE) {
            return Err(S3Error::InvalidRequest(format!("cannot presign a {method} request")));
        }
        let req = Req::new(method, object_path(bucket, key));
        Ok(self.sign(&req, expires.as_secs())?.to_string())
    }

    /// A signed request to any path of the endpoint, for what the typed operations do not cover (tests,
    /// tools). `path_and_query` is used as given (already percent-encoded); query parameter names must be
    /// plain ASCII. Any status is returned as a response; only transport failures are errors (retried,
    /// like every request, when the method is idempotent).
    pub async fn raw(
        &self,
        method: Method,
        path_and_query: &str,
        headers: &[(String, String)],
        body: Bytes,
    ) -> Result<reqwest::Response, S3Error> {
        let (path, query) = match path_and_query.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (path_and_query, None),
        };
        let path = if path.starts_with('/') {
            path.to_string()
        } else {
            format!("/{path}")
        };
        let mut req = Req::new(method, path).body(body).hs(headers);
        if let Some(q) = query {
            for pair in q.split('&').filter(|p| !p.is_empty()) {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                let dec = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
                req.query.push((dec(k), dec(v)));
            }
        }
        self.send(&req, Accept::AnyStatus).await
    }
}

fn to_signing_method(m: &Method) -> rusty_s3::Method {
    match *m {
        Method::GET => rusty_s3::Method::Get,
        Method::HEAD => rusty_s3::Method::Head,
        Method::PUT => rusty_s3::Method::Put,
        Method::DELETE => rusty_s3::Method::Delete,
        _ => rusty_s3::Method::Post,
    }
}

/// `/BUCKET` (path-style).
pub fn bucket_path(bucket: &str) -> String {
    format!("/{}", utf8_percent_encode(bucket, SEGMENT_ENCODE))
}

/// `/BUCKET/KEY`, key percent-encoded except `/`.
pub fn object_path(bucket: &str, key: &str) -> String {
    format!(
        "/{}/{}",
        utf8_percent_encode(bucket, SEGMENT_ENCODE),
        utf8_percent_encode(key, KEY_ENCODE)
    )
}

/// The error of an error document that came with a 200 (CopyObject, CompleteMultipartUpload).
/// `x-amz-copy-source`: `/BUCKET/KEY[?versionId=ID]`, the key percent-encoded.
pub(super) fn copy_source(bucket: &str, key: &str, version_id: Option<&str>) -> String {
    let mut source = object_path(bucket, key);
    if let Some(v) = version_id {
        source.push_str("?versionId=");
        source.push_str(&utf8_percent_encode(v, SEGMENT_ENCODE).to_string());
    }
    source
}

pub(super) fn error_in_200(e: xml::ErrorDoc) -> S3Error {
    S3Error::Service {
        status: 200,
        code: e.code,
        message: e.message,
        resource: e.resource,
        request_id: e.request_id,
        region: None,
    }
}

/// The error of a non-2xx answer: from the XML document when there is one, else inferred from the status.
/// `signed_for` is the region the request was signed for: a region header naming it is no redirect.
fn service_error(status: u16, headers: &HeaderMap, body: &[u8], has_key: bool, signed_for: &str) -> S3Error {
    let request_id = header(headers, "x-amz-request-id");
    let other = |r: &String| !r.is_empty() && r != signed_for;
    let region = header(headers, "x-amz-bucket-region").filter(other);
    let text = String::from_utf8_lossy(body);
    if let Ok(doc) = xml::parse_error(&text)
        && !doc.code.is_empty()
    {
        return S3Error::Service {
            status,
            code: doc.code,
            message: doc.message,
            resource: doc.resource,
            request_id: doc.request_id.or(request_id),
            // Some servers name the region only in the document (`<Region>`), not in the header.
            region: region.or(doc.region.filter(other)),
        };
    }
    let code = match status {
        404 if has_key => "NoSuchKey".to_string(),
        404 => "NoSuchBucket".to_string(),
        301 | 307 => "PermanentRedirect".to_string(),
        304 => "NotModified".to_string(),
        400 => "BadRequest".to_string(),
        403 => "AccessDenied".to_string(),
        405 => "MethodNotAllowed".to_string(),
        409 => "Conflict".to_string(),
        412 => "PreconditionFailed".to_string(),
        416 => "InvalidRange".to_string(),
        500 => "InternalError".to_string(),
        501 => "NotImplemented".to_string(),
        503 => "ServiceUnavailable".to_string(),
        s => format!("HTTP{s}"),
    };
    let snippet: String = text.trim().chars().take(200).collect();
    S3Error::Service {
        status,
        code,
        message: snippet,
        resource: None,
        request_id,
        region,
    }
}

#[cfg(test)]
mod tests;
