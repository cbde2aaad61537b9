//! The command line: clap definitions, one module per command family, settings, output and exit codes.
//!
//! `main` parses, resolves flags + env + config file into one [`settings::Settings`] before any work, then
//! dispatches with one `match`. Each command is a function returning `anyhow::Result<Exit>`; errors are
//! mapped to exit codes in one place ([`exit`]).

pub mod bucket;
pub mod connect;
pub mod demo;
pub mod exit;
pub mod generate;
pub mod offline;
pub mod output;
pub mod replication;
pub mod serve;
pub mod settings;
pub mod storage;
pub mod target;
pub mod transfer;

use clap::{Args, Parser, Subcommand};
use std::process::ExitCode;
use std::time::Duration;

pub use exit::Exit;

/// Replicate S3 buckets with confidence: exo storage's verbs, offline config validation, prerequisite
/// checks, per-object replication status, and a bundled local S3 server that really replicates.
#[derive(Debug, Parser)]
#[command(
    name = "sosctl",
    version,
    propagate_version = true,
    max_term_width = 110,
    after_long_help = AFTER_LONG_HELP
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

const AFTER_LONG_HELP: &str = "\
Credentials, first found wins: SOSCTL_ACCESS_KEY + SOSCTL_SECRET_KEY; EXOSCALE_API_KEY + EXOSCALE_API_SECRET; \
AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN); the selected account of the config file \
(key, and secret or secretCommand). Secrets are never accepted as flags and never printed.

Config file: <config dir>/sosctl/config.toml, else exo's <config dir>/exoscale/exoscale.toml (same accounts).

Exit codes: 0 success; 1 the operation failed (network, S3 error, local I/O); 2 usage error or invalid input; \
3 `bucket replication status --wait` timed out with objects still PENDING; 4 objects in FAILED state; \
130 interrupted.";

/// Options valid before or after any subcommand. Their environment variables are read by
/// [`settings::Settings::resolve_with`], not by clap, so that the whole precedence chain lives in one place.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo's exoscale.toml]
    #[arg(short = 'C', long = "config", global = true, value_name = "FILE")]
    pub config: Option<std::path::PathBuf>,
    /// Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file's defaultaccount, else its first]
    #[arg(short = 'A', long = "use-account", global = true, value_name = "NAME")]
    pub account: Option<String>,
    /// Zone, also the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account's defaultZone, else ch-dk-2]
    #[arg(short = 'z', long = "zone", global = true, value_name = "ZONE")]
    pub zone: Option<String>,
    /// S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account's sosEndpoint, else https://sos-{zone}.exo.io]
    #[arg(long = "endpoint", global = true, value_name = "URL")]
    pub endpoint: Option<String>,
    /// Output format (env SOSCTL_OUTPUT) [default: table]
    #[arg(
        short = 'O',
        long = "output-format",
        global = true,
        value_enum,
        ignore_case = true,
        value_name = "FORMAT"
    )]
    pub output: Option<output::Format>,
    /// No progress bars, no non-essential output
    #[arg(short = 'Q', long = "quiet", global = true)]
    pub quiet: bool,
    /// Per-request timeout, e.g. 30s, 2m [default: 30s]
    #[arg(long = "timeout", global = true, value_name = "DURATION", value_parser = parse_timeout)]
    pub timeout: Option<Duration>,
    /// Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]
    #[arg(long = "retries", global = true, value_name = "N")]
    pub retries: Option<u32>,
    /// Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)
    #[arg(long = "trace", global = true)]
    pub trace: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List buckets, or objects under sos://BUCKET[/PREFIX]
    #[command(visible_alias = "ls")]
    List(storage::ListArgs),
    /// Create a bucket
    #[command(visible_alias = "create")]
    Mb(storage::MbArgs),
    /// Delete a bucket
    Rb(storage::RbArgs),
    /// Show an object's or a bucket's details, Replication Status included
    Show(storage::ShowArgs),
    /// Upload files
    #[command(visible_alias = "put")]
    Upload(storage::UploadArgs),
    /// Download objects
    #[command(visible_alias = "get")]
    Download(storage::DownloadArgs),
    /// Delete objects
    #[command(visible_aliases = ["rm", "del"])]
    Delete(storage::DeleteArgs),
    /// Delete all versions and delete markers under a bucket or prefix
    Purge(storage::PurgeArgs),
    /// Make a presigned URL for an object
    Presign(storage::PresignArgs),
    /// Bucket settings: versioning, Object Lock, replication
    Bucket(bucket::BucketArgs),
    /// Offline replication config tools: convert, validate
    Replication(offline::ReplicationArgs),
    /// Run the bundled local S3 server (versioning, Object Lock, real asynchronous replication)
    Serve(serve::ServeArgs),
    /// Play the product guide's two walk-throughs against an embedded server
    Demo(demo::DemoArgs),
    /// Print a shell completion script
    Completions(generate::CompletionsArgs),
    /// Write man pages (one per subcommand)
    Man(generate::ManArgs),
}

const BUCKET_ACLS: &[&str] = &[
    "private",
    "public-read",
    "public-read-write",
    "authenticated-read",
    "log-delivery-write",
];
const OBJECT_ACLS: &[&str] = &[
    "private",
    "public-read",
    "public-read-write",
    "authenticated-read",
    "aws-exec-read",
    "bucket-owner-read",
    "bucket-owner-full-control",
];

fn canned_acl(s: &str, valid: &[&str], of: &str) -> Result<String, String> {
    if valid.contains(&s) {
        Ok(s.to_string())
    } else {
        // Some servers ignore an unknown x-amz-acl and apply none: refuse it before anything is sent.
        Err(format!(
            "`{s}` is not a canned ACL for {of}: use one of {}",
            valid.join(", ")
        ))
    }
}

/// `--acl` of `mb`: an S3 canned ACL for a bucket.
pub fn parse_bucket_acl(s: &str) -> Result<String, String> {
    canned_acl(s, BUCKET_ACLS, "a bucket")
}

/// `--acl` of `upload`: an S3 canned ACL for an object.
pub fn parse_object_acl(s: &str) -> Result<String, String> {
    canned_acl(s, OBJECT_ACLS, "an object")
}

/// Parses `30s`, `2m`, `1h`, `500ms`, or a plain number of seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = match s.find(|c: char| !c.is_ascii_digit() && c != '.') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, "s"),
    };
    let n: f64 = num
        .parse()
        .map_err(|_| format!("invalid duration `{s}`: expected e.g. 30s, 2m, 1h"))?;
    let secs = match unit {
        "ms" => n / 1000.0,
        "s" => n,
        "m" => n * 60.0,
        "h" => n * 3600.0,
        "d" => n * 86400.0,
        _ => return Err(format!("invalid duration unit in `{s}`: use ms, s, m, h or d")),
    };
    Duration::try_from_secs_f64(secs).map_err(|_| format!("invalid duration `{s}`: out of range"))
}

/// A duration that must be positive: a zero per-request timeout would fail every request.
fn parse_timeout(s: &str) -> Result<Duration, String> {
    let d = parse_duration(s)?;
    if d.is_zero() {
        return Err(format!("invalid timeout `{s}`: must be greater than zero"));
    }
    Ok(d)
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    exit::report(run(cli))
}

/// Runs one parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<Exit> {
    // Generated docs depend on nothing but the clap tree: a broken config file must not stop packaging.
    match &cli.command {
        Command::Completions(a) => return generate::completions(a),
        Command::Man(a) => return generate::man(a),
        _ => {}
    }
    let settings = settings::Settings::resolve(&cli.global)?;
    match cli.command {
        Command::Completions(_) | Command::Man(_) => unreachable!("handled above"),
        Command::Replication(a) => offline::run(&settings, a),
        Command::Serve(a) => serve::run(&settings, a),
        Command::Demo(a) => demo::run(&settings, a),
        Command::List(a) => storage::list(&settings, a),
        Command::Mb(a) => storage::mb(&settings, a),
        Command::Rb(a) => storage::rb(&settings, a),
        Command::Show(a) => storage::show(&settings, a),
        Command::Upload(a) => storage::upload(&settings, a),
        Command::Download(a) => storage::download(&settings, a),
        Command::Delete(a) => storage::delete(&settings, a),
        Command::Purge(a) => storage::purge(&settings, a),
        Command::Presign(a) => storage::presign(&settings, a),
        Command::Bucket(a) => bucket::run(&settings, a),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("1h").unwrap(), Duration::from_secs(3600));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_duration("7").unwrap(), Duration::from_secs(7));
        assert!(parse_duration("3 weeks").is_err());
        assert!(parse_duration("x").is_err());
    }
}
