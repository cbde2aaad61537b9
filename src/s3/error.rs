//! Typed errors of the S3 client: what the service said (code, message, status), or why no answer came.

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
    /// The S3 error code (`NoSuchBucket`, ...), when the service sent one.
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

    pub fn is_code(&self, wanted: &str) -> bool {
        self.code() == Some(wanted)
    }

    /// Worth retrying: a 5xx (or 429/SlowDown), a timeout, or no answer at all.
    pub fn is_retryable(&self) -> bool {
        match self {
            S3Error::Service { status, code, .. } => {
                (*status >= 500 && *status != 501) || *status == 429 || code == "SlowDown"
            }
            S3Error::Transport(_) | S3Error::Timeout(_) => true,
            S3Error::InvalidResponse(_) | S3Error::InvalidRequest(_) => false,
        }
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

    #[test]
    fn service_error_displays_code_message_and_status() {
        let e = S3Error::Service {
            status: 404,
            code: "NoSuchBucket".into(),
            message: "The specified bucket does not exist".into(),
            resource: None,
            request_id: None,
        };
        assert_eq!(
            e.to_string(),
            "NoSuchBucket: The specified bucket does not exist (HTTP 404)"
        );
        assert!(!e.is_retryable());
        let e = S3Error::Service {
            status: 503,
            code: "SlowDown".into(),
            message: String::new(),
            resource: None,
            request_id: None,
        };
        assert_eq!(e.to_string(), "SlowDown (HTTP 503)");
        assert!(e.is_retryable());
    }
}
