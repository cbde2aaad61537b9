//! `sosctl presign sos://BUCKET/KEY`: a presigned GET or PUT URL (signed locally, nothing is sent).

use super::connect::client_for_bucket;
use super::exit::{Exit, UsageError};
use super::output::{self, Format};
use super::parse;
use super::settings::Settings;
use super::target;
use crate::s3;
use serde_json::json;
use time::OffsetDateTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PresignMethod {
    Get,
    Put,
}

#[derive(Debug, clap::Args)]
#[command(after_long_help = PRESIGN_OUTPUT_HELP)]
pub struct PresignArgs {
    /// sos://BUCKET/KEY
    pub target: String,
    /// HTTP method the URL allows
    #[arg(short = 'm', long, value_enum, default_value = "get")]
    pub method: PresignMethod,
    /// Validity, e.g. 15m, 1h (at most 7 days)
    #[arg(short = 'e', long, value_name = "DURATION", default_value = "15m", value_parser = parse::duration)]
    pub expires: std::time::Duration,
}

/// Help of `presign -O json`.
const PRESIGN_OUTPUT_HELP: &str = "\
Output: table and text print the URL; json {url, method, expires_at (RFC 3339)}.";

/// `sosctl presign`.
pub async fn run(s: &Settings, a: PresignArgs) -> anyhow::Result<Exit> {
    let (bucket, key) = target::parse_object(&a.target)?;
    if a.expires < std::time::Duration::from_secs(1) || a.expires > s3::MAX_PRESIGN {
        return Err(UsageError::new(format!(
            "--expires {}s is out of range: a presigned URL is valid for 1 second to 7 days",
            a.expires.as_secs()
        ))
        .into());
    }
    // No request but the HEAD that finds the bucket's zone: the URL is signed for that zone.
    let c = client_for_bucket(s, &bucket, &format!("presigning sos://{bucket}/{key}")).await?;
    let method = match a.method {
        PresignMethod::Get => s3::Method::GET,
        PresignMethod::Put => s3::Method::PUT,
    };
    let url = c.presign(method.clone(), &bucket, &key, a.expires)?;
    let p = s.printer();
    match s.output.format {
        Format::Json => {
            let expires_at = OffsetDateTime::now_utc() + a.expires;
            p.json(&json!({
                "url": url,
                "method": method.as_str(),
                "expires_at": output::rfc3339(Some(expires_at)),
            }))?
        }
        _ => p.line(&url)?,
    }
    Ok(Exit::Success)
}
