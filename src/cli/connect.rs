//! From resolved settings to a ready S3 client, and the async runtime the commands run it on.
//! Also the CLI's reading of S3 errors (which bucket or key is missing, and hints), and the requests
//! several commands make alike: the full listing of a prefix, and a HeadObject that tells a missing
//! bucket from a missing key.

use super::settings::Settings;
use crate::s3::{Client, ClientConfig, ErrorKind, ListOptions, Missing, ObjectEntry, ObjectHead, S3Error};

impl ClientConfig {
    /// The client configuration of the settings: endpoint and zone as resolved, and the credentials
    /// (their absence is the one-paragraph error naming the three ways to provide them).
    pub fn from_settings(s: &Settings) -> anyhow::Result<ClientConfig> {
        let c = s.credentials()?;
        Ok(ClientConfig {
            endpoint: s.endpoint.clone(),
            region: s.zone.clone(),
            access_key: c.access_key.clone(),
            secret_key: c.secret_key.expose().to_string(),
            session_token: c.session_token.as_ref().map(|t| t.expose().to_string()),
            timeout: s.timeout,
            retries: s.retries,
            trace: s.output.trace,
        })
    }
}

/// A client for the settings' endpoint.
pub fn client(s: &Settings) -> anyhow::Result<Client> {
    Ok(Client::new(ClientConfig::from_settings(s)?)?)
}

/// Runs a command's future to completion on a fresh multi-threaded runtime.
pub fn block_on<T>(f: impl std::future::Future<Output = anyhow::Result<T>>) -> anyhow::Result<T> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .enable_all()
        .build()
        .map_err(|e| anyhow::anyhow!("cannot start the async runtime: {e}"))?;
    rt.block_on(f)
}

/// An S3 error as the CLI tells it: a missing bucket or key named plainly, otherwise `DOING: CODE: message
/// (HTTP status)`, with a hint where one helps.
pub fn explain(e: S3Error, doing: &str, bucket: &str, key: Option<&str>) -> anyhow::Error {
    let kind = e.kind();
    let plain = match (&kind, key) {
        (ErrorKind::NotFound(Missing::Bucket), _) if !bucket.is_empty() => {
            Some(format!("bucket \"{bucket}\" does not exist (NoSuchBucket)"))
        }
        (ErrorKind::NotFound(Missing::Key), Some(k)) => Some(format!(
            "object \"{k}\" does not exist in bucket \"{bucket}\" (NoSuchKey)"
        )),
        (ErrorKind::NotFound(Missing::Version), Some(k)) => Some(format!(
            "this version of \"{k}\" does not exist in bucket \"{bucket}\" (NoSuchVersion)"
        )),
        _ => None,
    };
    if let Some(p) = plain {
        return anyhow::anyhow!(p);
    }
    let hint = match kind {
        ErrorKind::Transport | ErrorKind::Timeout => {
            Some("is the endpoint right and reachable? (--endpoint, SOSCTL_ENDPOINT)".to_string())
        }
        ErrorKind::BadCredentials => {
            Some("check the credentials, and the zone (--zone), which is the signing region".to_string())
        }
        // No bucket was named (listing buckets): the server read one in the endpoint URL's path.
        ErrorKind::NotFound(Missing::Bucket) => Some(
            "the server took a path in the endpoint URL for a bucket name: requests are path-style, so the \
             endpoint is scheme://host[:port] (--endpoint, SOSCTL_ENDPOINT)"
                .to_string(),
        ),
        ErrorKind::Locked => Some(
            "a version under retention can only be deleted once it expires (GOVERNANCE mode: with the \
             s3:BypassGovernanceRetention permission); see `sosctl bucket object-lock status`"
                .to_string(),
        ),
        ErrorKind::AlreadyExists { owned: false } => Some("bucket names are global: pick another name".to_string()),
        ErrorKind::NotEmpty => Some(format!("empty it first with `sosctl rb -r sos://{bucket}`")),
        ErrorKind::VersioningRequired => Some(format!(
            "enable versioning with `sosctl bucket versioning enable sos://{bucket}`"
        )),
        _ => None,
    };
    match hint {
        Some(h) => anyhow::anyhow!("{e}\nhint: {h}").context(doing.to_string()),
        None => anyhow::Error::new(e).context(doing.to_string()),
    }
}

/// Every current object under the prefix, all pages of ListObjectsV2 (a failure is told by [`explain`]).
pub async fn list_all(c: &Client, bucket: &str, prefix: &str) -> anyhow::Result<Vec<ObjectEntry>> {
    c.list_all_objects(bucket, &ListOptions::prefix(prefix))
        .await
        .map_err(|e| explain(e, &format!("listing sos://{bucket}/{prefix}"), bucket, None))
}

/// Whether the bucket is gone: HEADs it after a 404 that did not say whether the bucket or the key is
/// missing; Some(the bucket's error) when it is the bucket.
pub async fn missing_bucket(c: &Client, bucket: &str) -> Option<S3Error> {
    match c.head_bucket(bucket).await {
        Err(b) if matches!(b.kind(), ErrorKind::NotFound(_)) => Some(b),
        _ => None,
    }
}

/// HeadObject, telling a missing bucket from a missing key (a HEAD 404 has no body to say which).
pub async fn head_object_checked(
    c: &Client,
    bucket: &str,
    key: &str,
    version: Option<&str>,
    doing: &str,
) -> anyhow::Result<ObjectHead> {
    let e = match c.head_object(bucket, key, version).await {
        Ok(h) => return Ok(h),
        Err(e) => e,
    };
    match (e.kind(), version) {
        (ErrorKind::NotFound(what), _) => match missing_bucket(c, bucket).await {
            Some(b) => Err(explain(b, doing, bucket, None)),
            None if version.is_some() && what == Missing::Key => Err(anyhow::anyhow!(
                "version {} of \"{key}\" does not exist in bucket \"{bucket}\" (NoSuchVersion)",
                version.unwrap_or_default()
            )),
            None => Err(explain(e, doing, bucket, Some(key))),
        },
        // A HEAD answer has no body, so the server's reason is lost: a 400 here is the version id.
        (ErrorKind::InvalidRequest, Some(v)) => Err(anyhow::anyhow!(
            "{doing}: `{v}` is not a valid version id of \"{key}\" in bucket \"{bucket}\" ({e})"
        )),
        _ => Err(explain(e, doing, bucket, Some(key))),
    }
}
