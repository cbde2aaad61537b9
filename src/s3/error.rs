//! Typed errors of the S3 client: what the service said (code, message, status, request id), or why no
//! answer came, and what it means ([`ErrorKind`]), classified here once from the status and the code, so
//! that callers match kinds instead of the spellings of one server or another.

use std::time::Duration;

/// An S3 request that failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum S3Error {
    /// The service answered with an error status (and, usually, an XML error document).
    #[error("{}", service_display(code, message, *status))]
    Service {
        status: u16,
        code: String,
        message: String,
        resource: Option<String>,
        request_id: Option<String>,
        /// The region the server sends the request to (`x-amz-bucket-region`), when it names another one
        /// than the region the request was signed for.
        region: Option<String>,
    },
    /// No answer: connection refused, DNS failure, TLS failure, reset connection...
    #[error("{0}")]
    Transport(String),
    /// No answer within the per-request timeout.
    #[error("request timed out after {}", humantime(*.0))]
    Timeout(Duration),
    /// An answer that does not parse as the expected document.
    #[error("invalid response from the server: {0}")]
    InvalidResponse(String),
    /// A request that could not be built (bad key, bad header value...).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
}

/// What an error means, whatever the server spelt it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The bucket, key, version, multipart upload or bucket configuration does not exist.
    NotFound(Missing),
    /// Refused with these credentials (403 AccessDenied and the like).
    AccessDenied,
    /// The credentials or the signature do not check out (SignatureDoesNotMatch, InvalidAccessKeyId).
    BadCredentials,
    /// Object Lock protects the version (an AccessDenied or InvalidRequest that names Object Lock or a
    /// retention).
    Locked,
    /// The bucket is served in another region (301, 307, or a 400 naming another region); `region` says
    /// which when the server said.
    Redirect {
        region: Option<String>,
    },
    PreconditionFailed,
    NotModified,
    /// The bucket name is taken: by another account, or (`owned`) by these credentials already.
    AlreadyExists {
        owned: bool,
    },
    /// The bucket still holds objects.
    NotEmpty,
    /// The operation needs the bucket's versioning Enabled.
    VersioningRequired,
    /// Another conflict with the state of the resource (409).
    Conflict,
    /// Slow down: 429, 503, SlowDown.
    Throttled,
    /// The server does not implement the operation (501, NotImplemented).
    NotImplemented,
    /// The resource does not take this method (405, MethodNotAllowed).
    MethodNotAllowed,
    /// The server refused the request as malformed or invalid (400 and the like).
    InvalidRequest,
    /// The server failed (5xx other than 501 and 503).
    ServerError,
    /// Any other error status.
    Other,
    /// No answer: connection refused, DNS failure, TLS failure, reset connection.
    Transport,
    /// No answer within the per-request timeout.
    Timeout,
    /// An answer that does not parse as the expected document.
    InvalidResponse,
    /// The client could not build the request (it was never sent).
    Unsendable,
}

/// What a [`ErrorKind::NotFound`] did not find.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Missing {
    Bucket,
    Key,
    Version,
    /// A multipart upload.
    Upload,
    /// A bucket configuration: replication, Object Lock, a retention, lifecycle, policy, tags...
    Config,
    /// A 404 whose code says nothing more.
    Other,
}

impl ErrorKind {
    /// Whether no answer came at all (the request may not even have reached the server).
    pub fn is_no_answer(&self) -> bool {
        matches!(self, ErrorKind::Transport | ErrorKind::Timeout)
    }

    /// Worth retrying: throttling, a server failure, or no answer.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            ErrorKind::Throttled | ErrorKind::ServerError | ErrorKind::Transport | ErrorKind::Timeout
        )
    }
}

/// The one classification of an error answer: from its status (None for the per-key errors of
/// DeleteObjects, which have none), its code and message, and the other region it names.
pub fn classify(status: Option<u16>, code: &str, message: &str, region: Option<&str>) -> ErrorKind {
    let redirect = || ErrorKind::Redirect {
        region: region.map(str::to_string),
    };
    match status {
        Some(301 | 307) => return redirect(),
        Some(400) if region.is_some() => return redirect(),
        _ => {}
    }
    if code == "SlowDown" || matches!(status, Some(429 | 503)) {
        return ErrorKind::Throttled;
    }
    // Every 5xx but 501 is a failure of the server, whatever the code says.
    if let Some(s @ 500..=599) = status
        && s != 501
    {
        return ErrorKind::ServerError;
    }
    let lower = message.to_ascii_lowercase();
    let names_lock = lower.contains("object lock") || lower.contains("retention");
    match code {
        "NoSuchBucket" => return ErrorKind::NotFound(Missing::Bucket),
        "NoSuchKey" => return ErrorKind::NotFound(Missing::Key),
        "NoSuchVersion" => return ErrorKind::NotFound(Missing::Version),
        "NoSuchUpload" => return ErrorKind::NotFound(Missing::Upload),
        c if is_missing_config(c) => return ErrorKind::NotFound(Missing::Config),
        "AccessDenied" | "InvalidRequest" if names_lock => return ErrorKind::Locked,
        "InvalidBucketState" | "InvalidRequest" if message.contains("ersioning") => {
            return ErrorKind::VersioningRequired;
        }
        "AccessDenied" => return ErrorKind::AccessDenied,
        "SignatureDoesNotMatch" | "InvalidAccessKeyId" => return ErrorKind::BadCredentials,
        "BucketAlreadyExists" => return ErrorKind::AlreadyExists { owned: false },
        "BucketAlreadyOwnedByYou" => return ErrorKind::AlreadyExists { owned: true },
        "BucketNotEmpty" => return ErrorKind::NotEmpty,
        "NotImplemented" => return ErrorKind::NotImplemented,
        "MethodNotAllowed" => return ErrorKind::MethodNotAllowed,
        "PreconditionFailed" => return ErrorKind::PreconditionFailed,
        "NotModified" => return ErrorKind::NotModified,
        "InvalidBucketState" | "OperationAborted" => return ErrorKind::Conflict,
        _ => {}
    }
    match status {
        Some(404) => ErrorKind::NotFound(Missing::Other),
        Some(403) => ErrorKind::AccessDenied,
        Some(409) => ErrorKind::Conflict,
        Some(412) => ErrorKind::PreconditionFailed,
        Some(304) => ErrorKind::NotModified,
        Some(405) => ErrorKind::MethodNotAllowed,
        Some(501) => ErrorKind::NotImplemented,
        Some(400 | 411 | 413 | 414 | 416 | 422) => ErrorKind::InvalidRequest,
        // A per-key error of DeleteObjects has no status: its code is all there is.
        None if code.starts_with("Invalid") || code.starts_with("Malformed") => ErrorKind::InvalidRequest,
        _ => ErrorKind::Other,
    }
}

/// The codes of a bucket configuration (or a version's retention) that is not set.
fn is_missing_config(code: &str) -> bool {
    code.ends_with("NotFoundError")
        || (code.starts_with("NoSuch") && code.ends_with("Configuration"))
        || matches!(code, "NoSuchTagSet" | "NoSuchBucketPolicy")
}

fn service_display(code: &str, message: &str, status: u16) -> String {
    if message.is_empty() {
        format!("{code} (HTTP {status})")
    } else {
        format!("{code}: {message} (HTTP {status})")
    }
}

fn humantime(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{}s", d.as_secs())
    } else {
        format!("{:.1}s", d.as_secs_f64())
    }
}

impl S3Error {
    /// What the error means.
    pub fn kind(&self) -> ErrorKind {
        match self {
            S3Error::Service {
                status,
                code,
                message,
                region,
                ..
            } => classify(Some(*status), code, message, region.as_deref()),
            S3Error::Transport(_) => ErrorKind::Transport,
            S3Error::Timeout(_) => ErrorKind::Timeout,
            S3Error::InvalidResponse(_) => ErrorKind::InvalidResponse,
            S3Error::InvalidRequest(_) => ErrorKind::Unsendable,
        }
    }

    /// The S3 error code (`NoSuchBucket`, ...), when the service sent one (or, for an answer without a
    /// document, the code its status stands for).
    pub fn code(&self) -> Option<&str> {
        match self {
            S3Error::Service { code, .. } => Some(code),
            _ => None,
        }
    }

    /// The HTTP status, when the service answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            S3Error::Service { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The S3 error message, when the service sent one.
    pub fn message(&self) -> Option<&str> {
        match self {
            S3Error::Service { message, .. } => Some(message),
            _ => None,
        }
    }

    /// The request id the service gave the failed request, for its support.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            S3Error::Service { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }

    pub fn is_code(&self, wanted: &str) -> bool {
        self.code() == Some(wanted)
    }

    /// Worth retrying: a 5xx (but 501), 429 or SlowDown, a timeout, or no answer at all.
    pub fn is_retryable(&self) -> bool {
        self.kind().is_transient()
    }

    pub(crate) fn from_reqwest(e: reqwest::Error, timeout: Duration) -> S3Error {
        if e.is_timeout() {
            return S3Error::Timeout(timeout);
        }
        // The URL carries the signature: never show it.
        let e = e.without_url();
        let mut parts: Vec<String> = Vec::new();
        let mut cur: Option<&dyn std::error::Error> = Some(&e);
        while let Some(c) = cur {
            let t = c.to_string();
            if !parts.iter().any(|p| p.contains(&t)) {
                parts.push(t);
            }
            cur = c.source();
        }
        S3Error::Transport(parts.join(": "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(status: u16, code: &str, message: &str) -> S3Error {
        S3Error::Service {
            status,
            code: code.into(),
            message: message.into(),
            resource: None,
            request_id: None,
            region: None,
        }
    }

    #[test]
    fn service_error_displays_code_message_and_status() {
        let e = service(404, "NoSuchBucket", "The specified bucket does not exist");
        assert_eq!(
            e.to_string(),
            "NoSuchBucket: The specified bucket does not exist (HTTP 404)"
        );
        assert!(!e.is_retryable());
        let e = service(503, "SlowDown", "");
        assert_eq!(e.to_string(), "SlowDown (HTTP 503)");
        assert!(e.is_retryable());
    }

    #[test]
    fn kinds_come_from_the_code_then_the_status() {
        let kind = |status, code, message| service(status, code, message).kind();
        assert_eq!(kind(404, "NoSuchBucket", ""), ErrorKind::NotFound(Missing::Bucket));
        assert_eq!(kind(404, "NoSuchKey", ""), ErrorKind::NotFound(Missing::Key));
        assert_eq!(kind(404, "NoSuchVersion", ""), ErrorKind::NotFound(Missing::Version));
        assert_eq!(kind(404, "NoSuchUpload", ""), ErrorKind::NotFound(Missing::Upload));
        for code in [
            "ReplicationConfigurationNotFoundError",
            "ObjectLockConfigurationNotFoundError",
            "NoSuchObjectLockConfiguration",
            "NoSuchLifecycleConfiguration",
            "NoSuchTagSet",
        ] {
            assert_eq!(kind(404, code, ""), ErrorKind::NotFound(Missing::Config), "{code}");
        }
        assert_eq!(kind(404, "NotFound", ""), ErrorKind::NotFound(Missing::Other));
        assert_eq!(kind(403, "AccessDenied", "Access Denied"), ErrorKind::AccessDenied);
        assert_eq!(kind(403, "RequestTimeTooSkewed", ""), ErrorKind::AccessDenied);
        assert_eq!(kind(403, "SignatureDoesNotMatch", ""), ErrorKind::BadCredentials);
        assert_eq!(kind(403, "InvalidAccessKeyId", ""), ErrorKind::BadCredentials);
        assert_eq!(kind(403, "AccessDenied", "forbidden by object lock"), ErrorKind::Locked);
        assert_eq!(
            kind(400, "InvalidRequest", "the version is under Retention"),
            ErrorKind::Locked
        );
        assert_eq!(
            kind(400, "InvalidRequest", "Versioning must be 'Enabled' on the bucket"),
            ErrorKind::VersioningRequired
        );
        assert_eq!(
            kind(409, "InvalidBucketState", "versioning is not enabled"),
            ErrorKind::VersioningRequired
        );
        assert_eq!(kind(409, "InvalidBucketState", "other"), ErrorKind::Conflict);
        assert_eq!(
            kind(409, "BucketAlreadyExists", ""),
            ErrorKind::AlreadyExists { owned: false }
        );
        assert_eq!(
            kind(409, "BucketAlreadyOwnedByYou", ""),
            ErrorKind::AlreadyExists { owned: true }
        );
        assert_eq!(kind(409, "BucketNotEmpty", ""), ErrorKind::NotEmpty);
        assert_eq!(kind(501, "NotImplemented", ""), ErrorKind::NotImplemented);
        assert_eq!(kind(405, "MethodNotAllowed", ""), ErrorKind::MethodNotAllowed);
        assert_eq!(kind(412, "PreconditionFailed", ""), ErrorKind::PreconditionFailed);
        assert_eq!(kind(304, "NotModified", ""), ErrorKind::NotModified);
        assert_eq!(kind(400, "MalformedXML", ""), ErrorKind::InvalidRequest);
        assert_eq!(kind(416, "InvalidRange", ""), ErrorKind::InvalidRequest);
        assert_eq!(kind(503, "ServiceUnavailable", ""), ErrorKind::Throttled);
        assert_eq!(kind(429, "TooManyRequests", ""), ErrorKind::Throttled);
        assert_eq!(kind(200, "SlowDown", ""), ErrorKind::Throttled);
        assert_eq!(kind(500, "InternalError", ""), ErrorKind::ServerError);
        // A 5xx is the server's failure whatever its code, and so worth retrying.
        assert_eq!(kind(500, "NoSuchKey", ""), ErrorKind::ServerError);
        assert_eq!(kind(418, "Teapot", ""), ErrorKind::Other);
        assert_eq!(kind(301, "PermanentRedirect", ""), ErrorKind::Redirect { region: None });
    }

    #[test]
    fn a_400_is_a_redirect_only_when_it_names_another_region() {
        let mut e = service(400, "AuthorizationHeaderMalformed", "");
        assert_eq!(e.kind(), ErrorKind::InvalidRequest);
        if let S3Error::Service { region, .. } = &mut e {
            *region = Some("eu-west-1".into());
        }
        assert_eq!(
            e.kind(),
            ErrorKind::Redirect {
                region: Some("eu-west-1".into())
            }
        );
        assert!(!e.is_retryable());
    }

    #[test]
    fn retries_follow_the_kind() {
        for (e, retry) in [
            (service(500, "InternalError", ""), true),
            (service(501, "NotImplemented", ""), false),
            (service(429, "x", ""), true),
            (service(404, "NoSuchKey", ""), false),
            (S3Error::Transport("reset".into()), true),
            (S3Error::Timeout(Duration::from_secs(1)), true),
            (S3Error::InvalidResponse("x".into()), false),
            (S3Error::InvalidRequest("x".into()), false),
        ] {
            assert_eq!(e.is_retryable(), retry, "{e:?}");
        }
        assert_eq!(S3Error::InvalidRequest("x".into()).kind(), ErrorKind::Unsendable);
        assert!(S3Error::Timeout(Duration::from_secs(1)).kind().is_no_answer());
    }

    #[test]
    fn per_key_errors_classify_by_code_alone() {
        assert_eq!(
            classify(None, "AccessDenied", "Access Denied", None),
            ErrorKind::AccessDenied
        );
        assert_eq!(
            classify(None, "AccessDenied", "object is WORM protected by Object Lock", None),
            ErrorKind::Locked
        );
        assert_eq!(
            classify(None, "NoSuchVersion", "", None),
            ErrorKind::NotFound(Missing::Version)
        );
        assert_eq!(classify(None, "InternalError", "", None), ErrorKind::Other);
    }
}
