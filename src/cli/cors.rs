//! `sosctl cors add|delete sos://BUCKET`, as exo has them: `add` appends one rule to the bucket's CORS
//! configuration (the rules it has are kept; a bucket without one gets its first), `delete` (also `del`
//! and `reset`, the name exo's help gives it) removes the whole configuration after asking. As exo notes,
//! a rule cannot be edited or removed alone: reset, then add the rules again.

use super::connect::{client_for_bucket, explain};
use super::exit::{Exit, UsageError};
use super::output::Format;
use super::prompt::confirm_like_exo as confirm;
use super::settings::Settings;
use super::show;
use super::target;
use crate::model::cors::{CorsRule, MAX_RULES, METHODS};
use serde_json::json;

#[derive(Debug, clap::Args)]
#[command(long_about = CORS_ABOUT)]
pub struct CorsArgs {
    #[command(subcommand)]
    pub command: CorsCommand,
}

const CORS_ABOUT: &str = "\
Manage a bucket's CORS configuration (the rules browsers' cross-origin requests are checked against). \
A rule cannot be edited or deleted alone, as with exo: `cors reset` removes the whole configuration, \
then add the rules again.";

#[derive(Debug, clap::Subcommand)]
pub enum CorsCommand {
    /// Add a rule to a bucket's CORS configuration (its other rules are kept)
    Add(CorsAddArgs),
    /// Delete a bucket's whole CORS configuration
    #[command(visible_aliases = ["del", "reset"])]
    Delete(CorsDeleteArgs),
}

#[derive(Debug, clap::Args)]
#[command(after_long_help = ADD_HELP)]
pub struct CorsAddArgs {
    /// sos://BUCKET
    pub bucket: String,
    /// Allowed origin, e.g. https://my-website.net or https://*.example.net (repeat it, or separate with commas)
    #[arg(long, value_name = "ORIGIN", value_delimiter = ',', required = true)]
    pub allowed_origin: Vec<String>,
    /// Allowed method: GET, PUT, HEAD, POST, DELETE, or * for all five (repeat it, or separate with commas)
    #[arg(long, value_name = "METHOD", value_delimiter = ',', required = true)]
    pub allowed_method: Vec<String>,
    /// Header a preflight may ask for, e.g. content-type or x-amz-* (repeat it, or separate with commas)
    #[arg(long, value_name = "HEADER", value_delimiter = ',')]
    pub allowed_header: Vec<String>,
    /// Response header browsers let scripts read, e.g. ETag (repeat it, or separate with commas)
    #[arg(long, value_name = "HEADER", value_delimiter = ',')]
    pub expose_header: Vec<String>,
    /// How long browsers may cache the preflight's answer, in seconds
    #[arg(long, value_name = "SECONDS")]
    pub max_age: Option<u32>,
    /// The rule's ID (at most 255 characters)
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
}

const ADD_HELP: &str = "\
--allowed-origin, --allowed-method and --allowed-header are exo's; --expose-header, --max-age and --id are \
sosctl's. Each origin and header may hold one * wildcard. exo's help shows `--allowed-method \"*\"`, which S3 \
refuses in a rule: sosctl writes the five methods in its place. Methods are upper-cased.
Example: sosctl cors add sos://my-bucket --allowed-origin https://my-website.net --allowed-method GET,HEAD
Output: the bucket as `show` prints it, CORS row included.";

#[derive(Debug, clap::Args)]
#[command(after_long_help = DELETE_HELP)]
pub struct CorsDeleteArgs {
    /// sos://BUCKET
    pub bucket: String,
    /// Do not ask for confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
}

const DELETE_HELP: &str = "\
Without -f, asks as exo does (the answer is read from standard input). A bucket without a configuration \
is not an error (S3 answers DeleteBucketCors with success).
Output: `CORS configuration deleted successfully` (json {bucket, cors_deleted}).";

/// The rule the flags describe, checked as the server will check it.
fn rule_of(a: &CorsAddArgs) -> Result<CorsRule, UsageError> {
    let trimmed = |v: &[String]| -> Vec<String> {
        v.iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    };
    let mut methods = Vec::new();
    for m in trimmed(&a.allowed_method) {
        let m = m.to_ascii_uppercase();
        let add: Vec<String> = if m == "*" {
            METHODS.iter().map(|s| s.to_string()).collect()
        } else {
            vec![m]
        };
        for m in add {
            if !methods.contains(&m) {
                methods.push(m);
            }
        }
    }
    let rule = CorsRule {
        id: a.id.clone(),
        allowed_origins: trimmed(&a.allowed_origin),
        allowed_methods: methods,
        allowed_headers: trimmed(&a.allowed_header),
        expose_headers: trimmed(&a.expose_header),
        max_age_seconds: a.max_age,
    };
    rule.validate(1).map_err(|e| {
        let m = e.message().replace("CORSRule 1", "the rule").replace(" (the rule)", "");
        UsageError::new(format!("--allowed-*: {m}"))
    })?;
    Ok(rule)
}

/// `sosctl cors add|delete`.
pub async fn run(s: &Settings, a: CorsArgs) -> anyhow::Result<Exit> {
    match a.command {
        CorsCommand::Add(a) => add(s, a).await,
        CorsCommand::Delete(a) => delete(s, a).await,
    }
}

async fn add(s: &Settings, a: CorsAddArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let rule = rule_of(&a)?;
    let doing = format!("adding a CORS rule to sos://{bucket}");
    let c = client_for_bucket(s, &bucket, &doing).await?;
    let mut config = c
        .get_bucket_cors(&bucket)
        .await
        .map_err(|e| explain(e, &doing, &bucket, None))?
        .unwrap_or_default();
    // The rules the bucket has are the server's to judge; only their number is checked here.
    if config.rules.len() >= MAX_RULES {
        return Err(UsageError::new(format!(
            "sos://{bucket} has {} CORS rules already, the most S3 takes ({MAX_RULES}): reset it first",
            config.rules.len()
        ))
        .into());
    }
    config.rules.push(rule);
    c.put_bucket_cors(&bucket, &config)
        .await
        .map_err(|e| explain(e, &doing, &bucket, None))?;
    show::show_bucket(s, &c, &bucket).await
}

async fn delete(s: &Settings, a: CorsDeleteArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let doing = format!("deleting the CORS configuration of sos://{bucket}");
    let c = client_for_bucket(s, &bucket, &doing).await?;
    let p = s.printer();
    if !confirm(
        &format!("are you sure you want to delete bucket {bucket} CORS configuration"),
        a.force,
    )? {
        p.note("aborted, nothing deleted");
        return Ok(Exit::Success);
    }
    c.delete_bucket_cors(&bucket)
        .await
        .map_err(|e| explain(e, &doing, &bucket, None))?;
    match s.output.format {
        Format::Json => p.json(&json!({"bucket": bucket, "cors_deleted": true}))?,
        Format::Text => p.line(&bucket)?,
        Format::Table => p.line("CORS configuration deleted successfully")?,
    }
    Ok(Exit::Success)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Debug, Parser)]
    struct T {
        #[command(flatten)]
        a: CorsAddArgs,
    }

    fn parse(args: &[&str]) -> Result<CorsRule, String> {
        let t = T::try_parse_from(std::iter::once("t").chain(args.iter().copied())).map_err(|e| e.to_string())?;
        rule_of(&t.a).map_err(|e| e.to_string())
    }

    #[test]
    fn flags_make_one_rule_as_exo_takes_them() {
        let r = parse(&[
            "sos://b",
            "--allowed-origin",
            "https://a,https://b",
            "--allowed-origin",
            "https://c",
            "--allowed-method",
            "get",
            "--allowed-method",
            "*",
            "--allowed-header",
            "x-amz-*",
            "--max-age",
            "600",
        ])
        .unwrap();
        assert_eq!(r.allowed_origins, ["https://a", "https://b", "https://c"]);
        assert_eq!(r.allowed_methods, ["GET", "PUT", "HEAD", "POST", "DELETE"]);
        assert_eq!(r.allowed_headers, ["x-amz-*"]);
        assert_eq!(r.max_age_seconds, Some(600));
        let e = parse(&["sos://b", "--allowed-origin", "*", "--allowed-method", "PATCH"]).unwrap_err();
        assert!(e.contains("PATCH"), "{e}");
        let e = parse(&["sos://b", "--allowed-origin", "http://*.*", "--allowed-method", "GET"]).unwrap_err();
        assert!(e.contains("more than one wildcard"), "{e}");
        assert!(
            parse(&["sos://b", "--allowed-method", "GET"]).is_err(),
            "an origin is required"
        );
        assert!(
            parse(&["sos://b", "--allowed-origin", "*"]).is_err(),
            "a method is required"
        );
    }
}
