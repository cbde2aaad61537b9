//! Calls to the bundled server's operator endpoints (`/_sosctl/...`), for the commands that exist only
//! there (`iam role|key`, `bucket replication retry`): the JSON answer, or a clear statement that the
//! endpoint is not `sosctl serve` (an answer without `Server: sosctl`, or one that is not JSON).

use crate::cli::connect::explain;
use crate::cli::settings::Settings;
use crate::s3::Client;
use bytes::Bytes;
use reqwest::Method;
use serde_json::Value;

/// What an operator call came back with.
pub enum Answer {
    /// A 2xx JSON answer of `sosctl serve`.
    Json(Value),
    /// `sosctl serve` refused: its S3 code and message.
    Refused { status: u16, code: String, message: String },
    /// The endpoint is not `sosctl serve`.
    NotBundled,
}

/// Sends `method path` (path and query) with a JSON body; `doing` names the call in errors (no answer).
pub async fn call(c: &Client, method: Method, path: &str, body: Option<&Value>, doing: &str) -> anyhow::Result<Answer> {
    let (headers, bytes) = match body {
        Some(v) => (
            vec![("content-type".to_string(), "application/json".to_string())],
            Bytes::from(v.to_string()),
        ),
        None => (Vec::new(), Bytes::new()),
    };
    let resp = c
        .raw(method, path, &headers, bytes)
        .await
        .map_err(|e| explain(e, doing, "", None))?;
    let status = resp.status().as_u16();
    let bundled = resp
        .headers()
        .get("server")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == "sosctl");
    let text = resp.text().await.unwrap_or_default();
    if !bundled {
        return Ok(Answer::NotBundled);
    }
    if (200..300).contains(&status) {
        return Ok(match serde_json::from_str(&text) {
            Ok(v) => Answer::Json(v),
            Err(_) => Answer::NotBundled,
        });
    }
    let (code, message) = match crate::s3::xml::parse_error(&text) {
        Ok(d) => (d.code, d.message),
        Err(_) => (format!("HTTP {status}"), text),
    };
    Ok(Answer::Refused { status, code, message })
}

/// The error for an endpoint that is not `sosctl serve` (exit 1): `what` is the call.
pub fn not_bundled(s: &Settings, what: &str) -> anyhow::Error {
    anyhow::anyhow!(
        "{what}: sosctl emulates Exoscale IAM locally, on `sosctl serve` only, and {} does not answer as \
         sosctl serve; on Exoscale, use `exo iam ...` (or the portal)",
        s.endpoint
    )
}

/// An IAM operator call that must succeed: the JSON, or the error saying why not (the server's message
/// and code, or [`not_bundled`]).
pub async fn iam_call(
    s: &Settings,
    c: &Client,
    method: Method,
    path: &str,
    body: Option<&Value>,
    what: &str,
) -> anyhow::Result<Value> {
    match call(c, method, path, body, what).await? {
        Answer::Json(v) => Ok(v),
        Answer::NotBundled => Err(not_bundled(s, what)),
        Answer::Refused { code, message, .. } => Err(anyhow::anyhow!("{what}: {message} ({code})")),
    }
}
