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
    /// Validity, a Go-style duration as exo takes it: 90s, 15m, 1h45m (at most 7 days: 168h or 7d)
    #[arg(short = 'e', long, value_name = "DURATION", default_value = "15m", value_parser = parse::given_duration)]
    pub expires: parse::GivenDuration,
}

/// Help of `presign -O json`.
const PRESIGN_OUTPUT_HELP: &str = "\
Output: table and text print the URL (exo prints just that); json {url, method, expires_at (RFC 3339),
expires (the duration as given)}.";

/// `sosctl presign`.
pub async fn run(s: &Settings, a: PresignArgs) -> anyhow::Result<Exit> {
    let (bucket, key) = target::parse_object(&a.target)?;
    let expires = a.expires.value;
    if expires < std::time::Duration::from_secs(1) || expires > s3::MAX_PRESIGN {
        return Err(UsageError::new(format!(
            "--expires {} is out of range: a presigned URL is valid for 1 second to 7 days (168h)",
            a.expires.text
        ))
        .into());
    }
    // No request but the HEAD that finds the bucket's zone: the URL is signed for that zone.
    let c = client_for_bucket(s, &bucket, &format!("presigning sos://{bucket}/{key}")).await?;
    let method = match a.method {
        PresignMethod::Get => s3::Method::GET,
        PresignMethod::Put => s3::Method::PUT,
    };
    let url = c.presign(method.clone(), &bucket, &key, expires)?;
    let p = s.printer();
    match s.output.format {
        Format::Json => {
            let expires_at = OffsetDateTime::now_utc() + expires;
            p.json(&json!({
                "url": url,
                "method": method.as_str(),
                "expires_at": output::rfc3339(Some(expires_at)),
                "expires": a.expires.text,
            }))?
        }
        _ => p.line(&url)?,
    }
    Ok(Exit::Success)
}
