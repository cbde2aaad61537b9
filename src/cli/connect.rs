//! From resolved settings to a ready S3 client, and the async runtime the commands run it on.
//! Every command that addresses a bucket takes its client from [`client_for_bucket`] (or [`locate`]),
//! which finds the bucket's zone first, as exo does: a HEAD of the bucket in the settings' zone, and when
//! the answer is a refusal or redirect naming another region, a client signing for that zone on its
//! endpoint (the `{zone}` template; a fixed endpoint is kept and only the signing region changes). Once per
//! bucket and run (the answer is kept in [`Settings::zones`]).
//! Also the CLI's reading of S3 errors (which bucket or key is missing, and hints), and the requests
//! several commands make alike: the full listing of a prefix, and a HeadObject that tells a missing
//! bucket from a missing key.

use super::settings::{Settings, is_zone_name};
use super::zones::Located;
use crate::s3::{Client, ClientConfig, ErrorKind, ListOptions, Missing, ObjectEntry, ObjectHead, Presence, S3Error};

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

/// A client for the settings' zone and endpoint, for what addresses no bucket (ListBuckets, the operator
/// report); a bucket's requests take [`client_for_bucket`].
pub fn client(s: &Settings) -> anyhow::Result<Client> {
    client_for_zone(s, &s.zone)
}

/// The run's client of `zone`: signing for it, on its endpoint (the same one for a template without
/// `{zone}`).
fn client_for_zone(s: &Settings, zone: &str) -> anyhow::Result<Client> {
    s.zones.client(zone, || {
        let base = ClientConfig::from_settings(s)?;
        let cfg = ClientConfig {
            endpoint: s.endpoint_for(zone)?,
            region: zone.to_string(),
            ..base
        };
        Ok(Client::new(cfg)?)
    })
}

/// A client for the bucket's zone (see [`locate`]); `doing` is what the command's first request on the
/// bucket does (`listing sos://b/`), for the error when no answer comes.
pub async fn client_for_bucket(s: &Settings, bucket: &str, doing: &str) -> anyhow::Result<Client> {
    Ok(locate(s, bucket, doing).await?.client)
}

/// Where the bucket answers, found once per bucket and run: a HEAD of it in the settings' zone, and when
/// that is refused or redirected to another zone the server names (`x-amz-bucket-region`, or `<Region>`
/// in the error document), a HEAD there with a client for that zone. Any other answer — the bucket is here,
/// missing, forbidden, or the server names no region — keeps the settings' zone without an error, so that
/// the command's own request tells what is wrong. Only the absence of any answer is an error, told as the
/// failure of what the command was `doing` (the HEAD is its first request on the bucket).
pub async fn locate(s: &Settings, bucket: &str, doing: &str) -> anyhow::Result<Located> {
    let slot = s.zones.slot(bucket);
    slot.get_or_try_init(|| find(s, bucket, doing)).await.cloned()
}

async fn find(s: &Settings, bucket: &str, doing: &str) -> anyhow::Result<Located> {
    let fail = |e: S3Error| explain(e, doing, bucket, None);
    let here = client(s)?;
    let first = here.locate_bucket(bucket).await.map_err(fail)?;
    let zone = match (first.presence, &first.region) {
        (Presence::Elsewhere, Some(z)) if *z != s.zone && is_zone_name(z) => z.clone(),
        _ => {
            return Ok(Located {
                client: here,
                location: first,
                followed: None,
            });
        }
    };
    let there = client_for_zone(s, &zone)?;
    if s.output.trace {
        eprintln!(
            "* sos://{bucket} is in zone {zone} (HTTP {} in {}): its requests are signed for {zone} and sent to {}",
            first.status,
            s.zone,
            there.endpoint()
        );
    }
    let location = there.locate_bucket(bucket).await.map_err(fail)?;
    Ok(Located {
        client: there,
        location,
        followed: Some(zone),
    })
}

/// The most blocking threads of a command's runtime (see [`block_on`]).
pub const BLOCKING_THREADS: usize = 32;

/// Runs a command's future to completion on a fresh multi-threaded runtime.
///
/// File reads and writes run on its blocking threads (`upload` reads files of up to 64 KiB on the workers
/// themselves, see `upload::send::read_range`), at most [`BLOCKING_THREADS`]: with hundreds of
/// requests in flight (see `s3::limiter`) tokio's default of 512 starts a thread per small file read
/// (measured: 2–3× the voluntary context switches and more system time for 1000 small files, with no
/// gain in time), while a few dozen keep the disk as busy.
pub fn block_on<T>(f: impl std::future::Future<Output = anyhow::Result<T>>) -> anyhow::Result<T> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .max_blocking_threads(BLOCKING_THREADS)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::settings::Credentials;
    use crate::s3::scripted::{http, http_with, scripted_with_log};
    use std::sync::atomic::Ordering;

    fn run_settings(template: &str) -> Settings {
        Settings::for_endpoint(template, "ch-dk-2", Credentials::new("AKIATEST", "s3cr3t", "test")).unwrap()
    }

    /// The signing region of a request line (presigned query form).
    fn signed_for(line: &str) -> String {
        let cred = line.split("X-Amz-Credential=").nth(1).unwrap_or_default();
        cred.split("%2F").nth(2).unwrap_or_default().to_string()
    }

    #[tokio::test]
    async fn a_bucket_is_followed_to_its_zone_once_per_run() {
        let vie = "x-amz-bucket-region: at-vie-1\r\n";
        let (ep, count, log) = scripted_with_log(vec![
            Some(http_with("400 Bad Request", vie, "")),
            Some(http_with("200 OK", vie, "")),
            // Another bucket answers here, naming no region.
            Some(http("200 OK", "")),
        ])
        .await;
        // A template with {zone} in the path, so that the zone's endpoint shows in the request line.
        let s = run_settings(&format!("{ep}/z-{{zone}}"));
        let l = locate(&s, "dst", "listing sos://dst/").await.unwrap();
        assert_eq!(l.followed.as_deref(), Some("at-vie-1"));
        assert_eq!(l.location.presence, Presence::Here);
        assert_eq!(
            (l.client.region(), l.client.endpoint()),
            ("at-vie-1", format!("{ep}/z-at-vie-1").as_str())
        );
        // Once per bucket and run: no second HEAD, the same client.
        let again = client_for_bucket(&s, "dst", "listing sos://dst/").await.unwrap();
        assert_eq!(again.region(), "at-vie-1");
        assert_eq!(count.load(Ordering::SeqCst), 2);
        let here = locate(&s, "src", "listing sos://src/").await.unwrap();
        assert_eq!((here.followed, here.client.region()), (None, "ch-dk-2"));
        let lines = log.lock().unwrap().clone();
        assert!(lines[0].starts_with("HEAD /z-ch-dk-2/dst?"), "{lines:?}");
        assert!(lines[1].starts_with("HEAD /z-at-vie-1/dst?"), "{lines:?}");
        assert_eq!(
            lines.iter().map(|l| signed_for(l)).collect::<Vec<_>>(),
            ["ch-dk-2", "at-vie-1", "ch-dk-2"]
        );
    }

    #[tokio::test]
    async fn a_fixed_endpoint_is_kept_and_an_answer_without_a_region_keeps_the_zone() {
        let fra = "x-amz-bucket-region: de-fra-1\r\n";
        let (ep, _, log) = scripted_with_log(vec![
            Some(http_with("301 Moved Permanently", fra, "")),
            Some(http_with("200 OK", fra, "")),
            Some(http("404 Not Found", "")),
            Some(http("301 Moved Permanently", "")),
            Some(http("403 Forbidden", "")),
            // A zone name that cannot be one (it would become part of a host name) is not followed.
            Some(http_with("400 Bad Request", "x-amz-bucket-region: a/b\r\n", "")),
        ])
        .await;
        let s = run_settings(&ep);
        let l = locate(&s, "moved", "x").await.unwrap();
        assert_eq!((l.client.region(), l.client.endpoint()), ("de-fra-1", ep.as_str()));
        for (bucket, presence) in [
            ("missing", Presence::Missing),
            ("redirected", Presence::Redirected),
            ("denied", Presence::Denied),
            ("odd", Presence::Elsewhere),
        ] {
            let l = locate(&s, bucket, "x").await.unwrap();
            assert_eq!(
                (l.location.presence, l.followed, l.client.region()),
                (presence, None, "ch-dk-2"),
                "{bucket}"
            );
        }
        assert_eq!(log.lock().unwrap().len(), 6);
    }

    #[tokio::test]
    async fn no_answer_is_an_error_with_the_endpoint_hint() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let ep = format!("http://{}", listener.local_addr().unwrap());
        drop(listener);
        let mut s = run_settings(&ep);
        s.retries = 0;
        let e = locate(&s, "b", "listing sos://b/").await.unwrap_err();
        let text = format!("{e:#}");
        assert!(text.starts_with("listing sos://b/: "), "{text}");
        assert!(text.contains("is the endpoint right and reachable?"), "{text}");
    }
}
