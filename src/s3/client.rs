//! The S3 client: path-style requests signed with rusty-s3's public SigV4 signing (query-string form, so
//! every operation, subresources included, goes through one function), sent with reqwest, retried when
//! idempotent, traced with credentials redacted.

use super::error::S3Error;
use super::retry;
use super::trace::{redact_header, redact_url};
use super::types::*;
use super::xml;
use base64::Engine as _;
use bytes::Bytes;
use md5::Digest as _;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::Method;
use reqwest::header::HeaderMap;
use std::collections::BTreeMap;
use std::sync::Arc;
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
/// DeleteObjects takes at most this many keys per request.
pub const DELETE_BATCH: usize = 1000;
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
const SEGMENT_ENCODE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

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
}

/// One request before signing.
struct Req {
    method: Method,
    /// Already percent-encoded path, starting with `/`, relative to the endpoint's path.
    path: String,
    /// Sorted by the signer; names must be plain ASCII (letters, digits, `-`).
    query: Vec<(String, String)>,
    /// Lowercase names; all are signed.
    headers: Vec<(String, String)>,
    body: Bytes,
    /// For inferring an error code from a body-less 404.
    has_key: bool,
}

impl Req {
    fn new(method: Method, path: String) -> Req {
        Req {
            method,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            body: Bytes::new(),
            has_key: false,
        }
    }
    fn q(mut self, k: &str, v: impl Into<String>) -> Req {
        self.query.push((k.to_string(), v.into()));
        self
    }
    fn q_opt(self, k: &str, v: Option<&str>) -> Req {
        match v {
            Some(v) => self.q(k, v),
            None => self,
        }
    }
    fn h(mut self, k: &str, v: impl Into<String>) -> Req {
        self.headers.push((k.to_ascii_lowercase(), v.into()));
        self
    }
    fn body(mut self, b: impl Into<Bytes>) -> Req {
        self.body = b.into();
        self
    }
    fn md5(self) -> Req {
        let digest = md5::Md5::digest(&self.body);
        let v = base64::engine::general_purpose::STANDARD.encode(digest);
        self.h("content-md5", v)
    }
    fn idempotent(&self) -> bool {
        self.method != Method::POST
    }
}

/// What a successful request returned.
struct Answer {
    headers: HeaderMap,
    body: Bytes,
}

impl Answer {
    fn text(&self) -> Result<&str, S3Error> {
        std::str::from_utf8(&self.body).map_err(|_| S3Error::InvalidResponse("the body is not UTF-8".into()))
    }
    fn header(&self, name: &str) -> Option<String> {
        header(&self.headers, name)
    }
}

fn header(h: &HeaderMap, name: &str) -> Option<String> {
    h.get(name).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
}

fn invalid(e: String) -> S3Error {
    S3Error::InvalidResponse(e)
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
            inner: Arc::new(Inner { cfg, http, base }),
        })
    }

    pub fn config(&self) -> &ClientConfig {
        &self.inner.cfg
    }

    /// The endpoint, without a trailing slash.
    pub fn endpoint(&self) -> &str {
        self.inner.cfg.endpoint.trim_end_matches('/')
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

    /// One attempt, any status (traced).
    async fn attempt_raw(&self, req: &Req) -> Result<reqwest::Response, S3Error> {
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

    /// One attempt: Ok only for a 2xx answer (3xx/4xx/5xx become `S3Error::Service`).
    async fn attempt(&self, req: &Req) -> Result<reqwest::Response, S3Error> {
        let resp = self.attempt_raw(req).await?;
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
        Err(service_error(status.as_u16(), &headers, &body, req.has_key))
    }

    /// Sends a request and reads its whole body, retrying idempotent requests.
    async fn call(&self, req: Req) -> Result<Answer, S3Error> {
        let timeout = self.inner.cfg.timeout;
        self.with_retries(&req, || async {
            let resp = self.attempt(&req).await?;
            let headers = resp.headers().clone();
            match tokio::time::timeout(timeout, resp.bytes()).await {
                Ok(Ok(body)) => Ok(Answer { headers, body }),
                Ok(Err(e)) => Err(S3Error::from_reqwest(e, timeout)),
                Err(_) => Err(S3Error::Timeout(timeout)),
            }
        })
        .await
    }

    /// Sends a request and hands back the response for streaming its body, retrying idempotent requests
    /// until the response headers arrive.
    async fn call_stream(&self, req: Req) -> Result<reqwest::Response, S3Error> {
        self.with_retries(&req, || self.attempt(&req)).await
    }

    /// Runs `send` until it succeeds, fails in a way that is not retryable, `req` is not idempotent, or the
    /// configured retries are used up; waits the backoff between attempts.
    async fn with_retries<T, F, Fut>(&self, req: &Req, mut send: F) -> Result<T, S3Error>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<T, S3Error>>,
    {
        let cfg = &self.inner.cfg;
        let mut attempt = 0;
        loop {
            match send().await {
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

    // ---- buckets ----

    pub async fn list_buckets(&self) -> Result<Vec<BucketEntry>, S3Error> {
        let a = self.call(Req::new(Method::GET, "/".into())).await?;
        xml::parse_list_buckets(a.text()?).map_err(invalid)
    }

    /// CreateBucket; `location` becomes the LocationConstraint, `object_lock` enables Object Lock (and so
    /// versioning), `acl` is a canned ACL.
    pub async fn create_bucket(
        &self,
        bucket: &str,
        location: Option<&str>,
        object_lock: bool,
        acl: Option<&str>,
    ) -> Result<(), S3Error> {
        let mut req = Req::new(Method::PUT, bucket_path(bucket));
        if let Some(loc) = location.filter(|l| !l.is_empty()) {
            req = req.body(xml::create_bucket_body(loc));
        }
        if object_lock {
            req = req.h("x-amz-bucket-object-lock-enabled", "true");
        }
        if let Some(acl) = acl {
            req = req.h("x-amz-acl", acl);
        }
        self.call(req).await.map(drop)
    }

    pub async fn delete_bucket(&self, bucket: &str) -> Result<(), S3Error> {
        self.call(Req::new(Method::DELETE, bucket_path(bucket))).await.map(drop)
    }

    /// HeadBucket: Ok with the bucket's region (`x-amz-bucket-region`) when the server says it.
    pub async fn head_bucket(&self, bucket: &str) -> Result<Option<String>, S3Error> {
        let a = self.call(Req::new(Method::HEAD, bucket_path(bucket))).await?;
        Ok(a.header("x-amz-bucket-region"))
    }

    /// GetBucketLocation: None for the server's default region (an empty constraint).
    pub async fn get_bucket_location(&self, bucket: &str) -> Result<Option<String>, S3Error> {
        let a = self
            .call(Req::new(Method::GET, bucket_path(bucket)).q("location", ""))
            .await?;
        xml::parse_location(a.text()?).map_err(invalid)
    }

    pub async fn get_bucket_versioning(&self, bucket: &str) -> Result<VersioningStatus, S3Error> {
        let a = self
            .call(Req::new(Method::GET, bucket_path(bucket)).q("versioning", ""))
            .await?;
        xml::parse_versioning(a.text()?).map_err(invalid)
    }

    /// Enables (`true`) or suspends (`false`) versioning.
    pub async fn put_bucket_versioning(&self, bucket: &str, enabled: bool) -> Result<(), S3Error> {
        let req = Req::new(Method::PUT, bucket_path(bucket))
            .q("versioning", "")
            .body(xml::versioning_body(enabled))
            .md5();
        self.call(req).await.map(drop)
    }

    /// The Object Lock configuration; a bucket without one reads as not enabled.
    pub async fn get_object_lock_configuration(&self, bucket: &str) -> Result<ObjectLockConfig, S3Error> {
        match self
            .call(Req::new(Method::GET, bucket_path(bucket)).q("object-lock", ""))
            .await
        {
            Ok(a) => xml::parse_object_lock(a.text()?).map_err(invalid),
            Err(e) if e.is_code("ObjectLockConfigurationNotFoundError") => Ok(ObjectLockConfig::default()),
            Err(e) => Err(e),
        }
    }

    pub async fn put_object_lock_configuration(&self, bucket: &str, cfg: &ObjectLockConfig) -> Result<(), S3Error> {
        let req = Req::new(Method::PUT, bucket_path(bucket))
            .q("object-lock", "")
            .body(xml::object_lock_body(cfg))
            .md5();
        self.call(req).await.map(drop)
    }

    /// The replication configuration as raw XML; None when the bucket has none.
    pub async fn get_bucket_replication(&self, bucket: &str) -> Result<Option<String>, S3Error> {
        match self
            .call(Req::new(Method::GET, bucket_path(bucket)).q("replication", ""))
            .await
        {
            Ok(a) => Ok(Some(a.text()?.to_string())),
            Err(e) if e.is_code("ReplicationConfigurationNotFoundError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// PutBucketReplication with the XML document as is (Content-MD5 added, as S3 requires).
    pub async fn put_bucket_replication(&self, bucket: &str, xml: String) -> Result<(), S3Error> {
        let req = Req::new(Method::PUT, bucket_path(bucket))
            .q("replication", "")
            .h("content-type", "application/xml")
            .body(xml)
            .md5();
        self.call(req).await.map(drop)
    }

    pub async fn delete_bucket_replication(&self, bucket: &str) -> Result<(), S3Error> {
        self.call(Req::new(Method::DELETE, bucket_path(bucket)).q("replication", ""))
            .await
            .map(drop)
    }

    // ---- listing ----

    /// One page of ListObjectsV2.
    pub async fn list_objects_v2(
        &self,
        bucket: &str,
        prefix: Option<&str>,
        delimiter: Option<&str>,
        continuation_token: Option<&str>,
        max_keys: Option<u32>,
    ) -> Result<ListObjectsPage, S3Error> {
        let req = Req::new(Method::GET, bucket_path(bucket))
            .q("list-type", "2")
            .q_opt("prefix", prefix.filter(|p| !p.is_empty()))
            .q_opt("delimiter", delimiter.filter(|d| !d.is_empty()))
            .q_opt("continuation-token", continuation_token)
            .q_opt("max-keys", max_keys.map(|m| m.to_string()).as_deref());
        let a = self.call(req).await?;
        xml::parse_list_objects_v2(a.text()?).map_err(invalid)
    }

    /// One page of ListObjectVersions (versions and delete markers, in the server's order).
    pub async fn list_object_versions(
        &self,
        bucket: &str,
        prefix: Option<&str>,
        delimiter: Option<&str>,
        key_marker: Option<&str>,
        version_id_marker: Option<&str>,
        max_keys: Option<u32>,
    ) -> Result<ListVersionsPage, S3Error> {
        let req = Req::new(Method::GET, bucket_path(bucket))
            .q("versions", "")
            .q_opt("max-keys", max_keys.map(|m| m.to_string()).as_deref())
            .q_opt("prefix", prefix.filter(|p| !p.is_empty()))
            .q_opt("delimiter", delimiter.filter(|d| !d.is_empty()))
            .q_opt("key-marker", key_marker)
            .q_opt("version-id-marker", version_id_marker.filter(|_| key_marker.is_some()));
        let a = self.call(req).await?;
        xml::parse_list_versions(a.text()?).map_err(invalid)
    }

    // ---- objects ----

    pub async fn head_object(&self, bucket: &str, key: &str, version_id: Option<&str>) -> Result<ObjectHead, S3Error> {
        let mut req = Req::new(Method::HEAD, object_path(bucket, key)).q_opt("versionId", version_id);
        req.has_key = true;
        let a = self.call(req).await?;
        Ok(object_head(&a.headers))
    }

    /// GetObject, for streaming the body (`resp.bytes_stream()`); `range` is (first byte, last byte
    /// inclusive or to the end).
    pub async fn get_object(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
        range: Option<(u64, Option<u64>)>,
    ) -> Result<reqwest::Response, S3Error> {
        let mut req = Req::new(Method::GET, object_path(bucket, key)).q_opt("versionId", version_id);
        req.has_key = true;
        if let Some((first, last)) = range {
            req = req.h(
                "range",
                match last {
                    Some(l) => format!("bytes={first}-{l}"),
                    None => format!("bytes={first}-"),
                },
            );
        }
        self.call_stream(req).await
    }

    /// PutObject. `extra_headers` are sent (and signed) as given: `x-amz-meta-*`, Object Lock headers, ...
    pub async fn put_object(
        &self,
        bucket: &str,
        key: &str,
        body: Bytes,
        content_type: Option<&str>,
        acl: Option<&str>,
        extra_headers: &[(String, String)],
    ) -> Result<PutObjectOutput, S3Error> {
        let mut req = Req::new(Method::PUT, object_path(bucket, key)).body(body);
        if let Some(ct) = content_type {
            req = req.h("content-type", ct);
        }
        if let Some(acl) = acl {
            req = req.h("x-amz-acl", acl);
        }
        for (k, v) in extra_headers {
            req = req.h(k, v.as_str());
        }
        if req.headers.iter().any(|(k, _)| k.starts_with("x-amz-object-lock")) {
            // S3 requires a checksum on requests that set a retention.
            req = req.md5();
        }
        let a = self.call(req).await?;
        Ok(PutObjectOutput {
            etag: a.header("etag"),
            version_id: a.header("x-amz-version-id"),
        })
    }

    /// DeleteObject: without a version id a versioned bucket gets a delete marker.
    pub async fn delete_object(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
    ) -> Result<DeleteObjectOutput, S3Error> {
        let mut req = Req::new(Method::DELETE, object_path(bucket, key)).q_opt("versionId", version_id);
        req.has_key = true;
        let a = self.call(req).await?;
        Ok(DeleteObjectOutput {
            version_id: a.header("x-amz-version-id"),
            delete_marker: a.header("x-amz-delete-marker").is_some_and(|v| v == "true"),
        })
    }

    /// DeleteObjects in batches of 1000; per-key failures are in the output's `errors`, not an Err.
    pub async fn delete_objects(
        &self,
        bucket: &str,
        objects: &[(String, Option<String>)],
    ) -> Result<DeleteObjectsOutput, S3Error> {
        let mut out = DeleteObjectsOutput::default();
        for batch in objects.chunks(DELETE_BATCH) {
            let req = Req::new(Method::POST, bucket_path(bucket))
                .q("delete", "")
                .h("content-type", "application/xml")
                .body(xml::delete_objects_body(batch))
                .md5();
            let a = self.call(req).await?;
            let page = xml::parse_delete_result(a.text()?).map_err(invalid)?;
            out.deleted.extend(page.deleted);
            out.errors.extend(page.errors);
        }
        Ok(out)
    }

    /// CopyObject (server side), metadata copied.
    pub async fn copy_object(
        &self,
        src_bucket: &str,
        src_key: &str,
        src_version_id: Option<&str>,
        dst_bucket: &str,
        dst_key: &str,
        extra_headers: &[(String, String)],
    ) -> Result<CopyObjectOutput, S3Error> {
        let mut source = object_path(src_bucket, src_key);
        if let Some(v) = src_version_id {
            source.push_str("?versionId=");
            source.push_str(&utf8_percent_encode(v, SEGMENT_ENCODE).to_string());
        }
        let mut req = Req::new(Method::PUT, object_path(dst_bucket, dst_key)).h("x-amz-copy-source", source);
        for (k, v) in extra_headers {
            req = req.h(k, v.as_str());
        }
        let a = self.call(req).await?;
        // CopyObject may answer 200 with an error document.
        let text = a.text()?;
        if let Ok(root) = xml::parse(text)
            && root.name == "Error"
        {
            let e = xml::parse_error(text).map_err(invalid)?;
            return Err(S3Error::Service {
                status: 200,
                code: e.code,
                message: e.message,
                resource: e.resource,
                request_id: e.request_id,
            });
        }
        Ok(CopyObjectOutput {
            etag: xml::parse_copy_result(text).map_err(invalid)?,
            version_id: a.header("x-amz-version-id"),
        })
    }

    /// GetObjectRetention: (mode, retain-until as RFC 3339); None when the version has no retention.
    pub async fn get_object_retention(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
    ) -> Result<Option<(String, String)>, S3Error> {
        let req = Req::new(Method::GET, object_path(bucket, key))
            .q("retention", "")
            .q_opt("versionId", version_id);
        match self.call(req).await {
            Ok(a) => {
                let text = a.text()?.trim();
                // Some servers answer 200 with nothing (or a bare XML declaration) when there is none.
                if text.is_empty() || (text.starts_with("<?xml") && !text.contains("</")) {
                    return Ok(None);
                }
                let root = xml::parse(text).map_err(invalid)?;
                if root.name != "Retention" {
                    return Err(invalid(format!("expected <Retention>, got <{}>", root.name)));
                }
                Ok(Some((
                    root.text_of("Mode").unwrap_or_default().to_string(),
                    root.text_of("RetainUntilDate").unwrap_or_default().to_string(),
                )))
            }
            // SeaweedFS says ObjectLockConfigurationNotFoundError for a version without retention.
            Err(e)
                if e.is_code("NoSuchObjectLockConfiguration") || e.is_code("ObjectLockConfigurationNotFoundError") =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// PutObjectRetention: `mode` GOVERNANCE or COMPLIANCE, `retain_until` RFC 3339.
    pub async fn put_object_retention(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
        mode: &str,
        retain_until: &str,
    ) -> Result<(), S3Error> {
        let body = xml::retention_body(mode, retain_until);
        let req = Req::new(Method::PUT, object_path(bucket, key))
            .q("retention", "")
            .q_opt("versionId", version_id)
            .body(body)
            .md5();
        self.call(req).await.map(drop)
    }

    // ---- multipart ----

    /// CreateMultipartUpload: the upload id.
    pub async fn create_multipart_upload(
        &self,
        bucket: &str,
        key: &str,
        content_type: Option<&str>,
        acl: Option<&str>,
        extra_headers: &[(String, String)],
    ) -> Result<String, S3Error> {
        let mut req = Req::new(Method::POST, object_path(bucket, key)).q("uploads", "");
        if let Some(ct) = content_type {
            req = req.h("content-type", ct);
        }
        if let Some(acl) = acl {
            req = req.h("x-amz-acl", acl);
        }
        for (k, v) in extra_headers {
            req = req.h(k, v.as_str());
        }
        let a = self.call(req).await?;
        xml::parse_initiate_multipart(a.text()?).map_err(invalid)
    }

    /// UploadPart: the part's ETag (as sent by the server, quotes included).
    pub async fn upload_part(
        &self,
        bucket: &str,
        key: &str,
        upload_id: &str,
        part_number: u32,
        body: Bytes,
    ) -> Result<String, S3Error> {
        let req = Req::new(Method::PUT, object_path(bucket, key))
            .q("partNumber", part_number.to_string())
            .q("uploadId", upload_id)
            .body(body);
        let a = self.call(req).await?;
        a.header("etag")
            .ok_or_else(|| invalid(format!("no ETag in the answer to part {part_number}")))
    }

    pub async fn complete_multipart_upload(
        &self,
        bucket: &str,
        key: &str,
        upload_id: &str,
        parts: &[CompletedPart],
    ) -> Result<CompleteMultipartOutput, S3Error> {
        let req = Req::new(Method::POST, object_path(bucket, key))
            .q("uploadId", upload_id)
            .h("content-type", "application/xml")
            .body(xml::complete_multipart_body(parts));
        let a = self.call(req).await?;
        match xml::parse_complete_multipart(a.text()?).map_err(invalid)? {
            xml::CompleteAnswer::Done(etag) => Ok(CompleteMultipartOutput {
                etag,
                version_id: a.header("x-amz-version-id"),
            }),
            xml::CompleteAnswer::Error(e) => Err(S3Error::Service {
                status: 200,
                code: e.code,
                message: e.message,
                resource: e.resource,
                request_id: e.request_id,
            }),
        }
    }

    pub async fn abort_multipart_upload(&self, bucket: &str, key: &str, upload_id: &str) -> Result<(), S3Error> {
        let req = Req::new(Method::DELETE, object_path(bucket, key)).q("uploadId", upload_id);
        self.call(req).await.map(drop)
    }

    /// One page of ListMultipartUploads.
    pub async fn list_multipart_uploads(
        &self,
        bucket: &str,
        prefix: Option<&str>,
        key_marker: Option<&str>,
        upload_id_marker: Option<&str>,
    ) -> Result<ListMultipartUploadsPage, S3Error> {
        let req = Req::new(Method::GET, bucket_path(bucket))
            .q("uploads", "")
            .q_opt("prefix", prefix.filter(|p| !p.is_empty()))
            .q_opt("key-marker", key_marker)
            .q_opt("upload-id-marker", upload_id_marker.filter(|_| key_marker.is_some()));
        let a = self.call(req).await?;
        xml::parse_list_multipart_uploads(a.text()?).map_err(invalid)
    }

    // ---- other ----

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

    /// A signed request to any path of the endpoint (e.g. the bundled server's `/_sosctl/` operator
    /// endpoints). `path_and_query` is used as given (already percent-encoded); query parameter names
    /// must be plain ASCII. Any status is returned as a response; only transport failures are errors
    /// (retried for idempotent methods).
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
        let mut req = Req::new(method, path).body(body);
        if let Some(q) = query {
            for pair in q.split('&').filter(|p| !p.is_empty()) {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                let dec = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
                req.query.push((dec(k), dec(v)));
            }
        }
        for (k, v) in headers {
            req = req.h(k, v.as_str());
        }
        let cfg = &self.inner.cfg;
        let mut attempt = 0;
        loop {
            match self.attempt_raw(&req).await {
                Err(e) if e.is_retryable() && req.idempotent() && attempt < cfg.retries => {
                    tokio::time::sleep(retry::backoff(attempt)).await;
                    attempt += 1;
                }
                other => return other,
            }
        }
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

fn object_head(h: &HeaderMap) -> ObjectHead {
    let mut headers = BTreeMap::new();
    let mut metadata = BTreeMap::new();
    for (k, v) in h {
        let v = String::from_utf8_lossy(v.as_bytes()).into_owned();
        if let Some(m) = k.as_str().strip_prefix("x-amz-meta-") {
            metadata.insert(m.to_string(), v.clone());
        }
        headers
            .entry(k.as_str().to_string())
            .and_modify(|e: &mut String| {
                e.push_str(", ");
                e.push_str(&v);
            })
            .or_insert(v);
    }
    ObjectHead {
        size: header(h, "content-length").and_then(|s| s.parse().ok()).unwrap_or(0),
        etag: header(h, "etag"),
        last_modified: header(h, "last-modified").and_then(|s| xml::parse_http_date(&s)),
        content_type: header(h, "content-type"),
        version_id: header(h, "x-amz-version-id"),
        replication_status: header(h, "x-amz-replication-status"),
        metadata,
        headers,
    }
}

/// The error of a non-2xx answer: from the XML document when there is one, else inferred from the status.
fn service_error(status: u16, headers: &HeaderMap, body: &[u8], has_key: bool) -> S3Error {
    let request_id = header(headers, "x-amz-request-id");
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_path_style_and_encoded() {
        assert_eq!(bucket_path("b"), "/b");
        assert_eq!(object_path("b", "dir/a b+c%.txt"), "/b/dir/a%20b%2Bc%25.txt");
        assert_eq!(object_path("b", "café"), "/b/caf%C3%A9");
    }

    #[test]
    fn bodyless_errors_infer_a_code() {
        let h = HeaderMap::new();
        assert!(service_error(404, &h, b"", true).is_code("NoSuchKey"));
        assert!(service_error(404, &h, b"", false).is_code("NoSuchBucket"));
        let e = service_error(
            409,
            &h,
            b"<Error><Code>BucketNotEmpty</Code><Message>not empty</Message></Error>",
            false,
        );
        assert_eq!(e.to_string(), "BucketNotEmpty: not empty (HTTP 409)");
    }

    fn test_client() -> Client {
        Client::new(ClientConfig {
            endpoint: "http://127.0.0.1:9".into(),
            region: "ch-dk-2".into(),
            access_key: "AKIATEST".into(),
            secret_key: "s3cr3t".into(),
            session_token: None,
            timeout: Duration::from_secs(1),
            retries: 0,
            trace: false,
        })
        .unwrap()
    }

    #[test]
    fn presign_limits_and_shape() {
        let c = test_client();
        let url = c.presign(Method::GET, "b", "a b", Duration::from_secs(900)).unwrap();
        assert!(url.starts_with("http://127.0.0.1:9/b/a%20b?"), "{url}");
        assert!(url.contains("X-Amz-Expires=900"));
        assert!(url.contains("X-Amz-Signature="));
        assert!(!url.contains("s3cr3t"));
        assert!(
            c.presign(Method::GET, "b", "k", MAX_PRESIGN + Duration::from_secs(1))
                .is_err()
        );
        assert!(c.presign(Method::POST, "b", "k", Duration::from_secs(60)).is_err());
    }

    #[test]
    fn config_debug_hides_secrets() {
        let c = test_client();
        let d = format!("{:?}", c.config());
        assert!(!d.contains("s3cr3t"), "{d}");
    }

    #[tokio::test]
    async fn unreachable_server_is_a_transport_error() {
        // A port that was free a moment ago: nothing listens there.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let c = client_for(format!("http://127.0.0.1:{port}"), 0, Duration::from_secs(2));
        let e = c.list_buckets().await.unwrap_err();
        assert!(matches!(e, S3Error::Transport(_) | S3Error::Timeout(_)), "{e:?}");
        assert!(!e.to_string().contains("X-Amz-Signature"), "{e}");
    }

    /// A scripted HTTP server on 127.0.0.1:0: answers the n-th request with `answers[n]` (the last one
    /// repeats; `None` = accept and never answer), and counts requests.
    async fn scripted(answers: Vec<Option<&'static str>>) -> (String, Arc<std::sync::atomic::AtomicUsize>) {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let count = Arc::new(AtomicUsize::new(0));
        let seen = count.clone();
        tokio::spawn(async move {
            loop {
                let Ok((mut sock, _)) = listener.accept().await else {
                    return;
                };
                let n = seen.fetch_add(1, Ordering::SeqCst);
                let answer = answers[n.min(answers.len() - 1)];
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 4096];
                    // Read the head; the bodies of these tests are small enough to come with it.
                    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                        match sock.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(k) => buf.extend_from_slice(&chunk[..k]),
                        }
                    }
                    match answer {
                        Some(a) => {
                            let _ = sock.write_all(a.as_bytes()).await;
                            let _ = sock.shutdown().await;
                        }
                        None => tokio::time::sleep(Duration::from_secs(30)).await,
                    }
                });
            }
        });
        (format!("http://{addr}"), count)
    }

    fn http(status: &str, body: &str) -> &'static str {
        Box::leak(
            format!(
                "HTTP/1.1 {status}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            )
            .into_boxed_str(),
        )
    }

    fn client_for(endpoint: String, retries: u32, timeout: Duration) -> Client {
        Client::new(ClientConfig {
            endpoint,
            region: "ch-dk-2".into(),
            access_key: "AKIATEST".into(),
            secret_key: "s3cr3t".into(),
            session_token: None,
            timeout,
            retries,
            trace: false,
        })
        .unwrap()
    }

    const BUCKETS: &str =
        "<ListAllMyBucketsResult><Buckets><Bucket><Name>b</Name></Bucket></Buckets></ListAllMyBucketsResult>";
    const SLOW_DOWN: &str = "<Error><Code>SlowDown</Code><Message>Reduce your request rate.</Message></Error>";

    #[tokio::test]
    async fn idempotent_requests_are_retried_on_5xx() {
        let (ep, count) = scripted(vec![
            Some(http("503 Service Unavailable", SLOW_DOWN)),
            Some(http("500 Internal Server Error", "")),
            Some(http("200 OK", BUCKETS)),
        ])
        .await;
        let c = client_for(ep, 3, Duration::from_secs(5));
        let b = c.list_buckets().await.unwrap();
        assert_eq!(b[0].name, "b");
        assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn retries_stop_at_the_configured_count() {
        let (ep, count) = scripted(vec![Some(http("503 Service Unavailable", SLOW_DOWN))]).await;
        let c = client_for(ep, 2, Duration::from_secs(5));
        let e = c.list_buckets().await.unwrap_err();
        assert!(e.is_code("SlowDown"), "{e}");
        assert_eq!(e.to_string(), "SlowDown: Reduce your request rate. (HTTP 503)");
        assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 3, "1 try + 2 retries");
    }

    #[tokio::test]
    async fn post_and_client_errors_are_not_retried() {
        let (ep, count) = scripted(vec![Some(http("503 Service Unavailable", SLOW_DOWN))]).await;
        let c = client_for(ep, 3, Duration::from_secs(5));
        let e = c.delete_objects("b", &[("k".into(), None)]).await.unwrap_err();
        assert!(e.is_code("SlowDown"), "{e}");
        assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 1);

        let (ep, count) = scripted(vec![Some(http("404 Not Found", ""))]).await;
        let c = client_for(ep, 3, Duration::from_secs(5));
        let e = c.head_object("b", "k", None).await.unwrap_err();
        assert!(e.is_code("NoSuchKey"), "{e}");
        assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn a_silent_server_times_out_per_request() {
        let (ep, count) = scripted(vec![None]).await;
        let c = client_for(ep, 1, Duration::from_millis(300));
        let started = Instant::now();
        let e = c.list_buckets().await.unwrap_err();
        assert!(matches!(e, S3Error::Timeout(_)), "{e:?}");
        assert_eq!(e.to_string(), "request timed out after 0.3s");
        assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 2);
        assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    }

    #[tokio::test]
    async fn raw_hands_back_any_status() {
        let (ep, count) = scripted(vec![Some(http("418 I'm a teapot", "short and stout"))]).await;
        let c = client_for(ep, 3, Duration::from_secs(5));
        let r = c
            .raw(Method::GET, "/_sosctl/status?verbose=1", &[], Bytes::new())
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 418);
        assert_eq!(r.text().await.unwrap(), "short and stout");
        assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn complete_multipart_error_in_a_200_is_an_error() {
        let (ep, _) = scripted(vec![Some(http(
            "200 OK",
            "<Error><Code>InvalidPart</Code><Message>One or more of the specified parts could not be found.</Message></Error>",
        ))])
        .await;
        let c = client_for(ep, 0, Duration::from_secs(5));
        let parts = [CompletedPart {
            part_number: 1,
            etag: "\"x\"".into(),
        }];
        let e = c.complete_multipart_upload("b", "k", "u", &parts).await.unwrap_err();
        assert!(e.is_code("InvalidPart"), "{e}");
    }
}
