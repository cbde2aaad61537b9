//! `sosctl bucket ...`: the bucket settings' command tree, and the versioning and Object Lock commands;
//! the replication commands have their own rooms in [`super::replication`].

use super::connect::{client_for_bucket, explain};
use super::exit::{Exit, UsageError};
use super::output::{Format, Printer};
use super::parse;
use super::replication::ReplicationCommand;
use super::setacl::OwnershipCommand;
use super::settings::Settings;
use super::target;
use crate::model::s3::{DefaultRetention, LockMode, Versioning};
use crate::s3::ObjectLockConfig;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct BucketArgs {
    #[command(subcommand)]
    pub command: BucketCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum BucketCommand {
    /// Bucket versioning: status, enable, suspend
    #[command(visible_alias = "v")]
    Versioning {
        #[command(subcommand)]
        command: VersioningCommand,
    },
    /// Bucket Object Lock: status, enable (exo has no command for it)
    ObjectLock {
        #[command(subcommand)]
        command: ObjectLockCommand,
    },
    /// Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)
    ObjectOwnership {
        #[command(subcommand)]
        command: OwnershipCommand,
    },
    /// Bucket replication: set, show, delete, check, status, rule
    Replication {
        #[command(subcommand)]
        command: ReplicationCommand,
    },
}

#[derive(Debug, clap::Subcommand)]
pub enum VersioningCommand {
    /// Print Enabled, Suspended or Disabled (never set)
    #[command(after_long_help = VERSIONING_HELP)]
    Status { bucket: String },
    /// Enable versioning
    #[command(after_long_help = VERSIONING_HELP)]
    Enable { bucket: String },
    /// Suspend versioning
    #[command(after_long_help = VERSIONING_HELP)]
    Suspend { bucket: String },
}

const VERSIONING_HELP: &str = "\
Output: table prints the state (status) or a note on stderr (enable, suspend); json {bucket,
versioning}; text `bucket<TAB>state`. The state is read back from the server after a change.";

const OBJECT_LOCK_HELP: &str = "\
Output: table Bucket, Object Lock (Enabled or Disabled), Default Retention (e.g.
`GOVERNANCE, 30 days`, or `-` when none); json {bucket, object_lock (bool), default_retention
({mode, days, years} or null)}; text `bucket<TAB>state<TAB>retention`. enable reads the
configuration back from the server.";

#[derive(Debug, clap::Subcommand)]
pub enum ObjectLockCommand {
    /// Object Lock state and default retention
    #[command(after_long_help = OBJECT_LOCK_HELP)]
    Status { bucket: String },
    /// Enable Object Lock on an existing versioned bucket, optionally with a default retention
    #[command(after_long_help = OBJECT_LOCK_HELP)]
    Enable {
        bucket: String,
        /// Default retention mode
        // The spec and S3 spell the modes in capitals; accept any case.
        #[arg(long, value_parser = parse::lock_mode(), ignore_case = true, requires = "period")]
        mode: Option<LockMode>,
        /// Default retention in days
        #[arg(long, group = "period", requires = "mode")]
        days: Option<u32>,
        /// Default retention in years
        #[arg(long, group = "period", requires = "mode")]
        years: Option<u32>,
    },
}

/// `sosctl bucket versioning status|enable|suspend`.
pub async fn versioning(s: &Settings, c: VersioningCommand) -> anyhow::Result<Exit> {
    let (arg, change) = match &c {
        VersioningCommand::Status { bucket } => (bucket, None),
        VersioningCommand::Enable { bucket } => (bucket, Some(true)),
        VersioningCommand::Suspend { bucket } => (bucket, Some(false)),
    };
    let bucket = target::parse_bucket(arg)?;
    let doing = match change {
        Some(enable) => format!(
            "{} versioning of sos://{bucket}",
            if enable { "enabling" } else { "suspending" }
        ),
        None => format!("reading versioning of sos://{bucket}"),
    };
    let client = client_for_bucket(s, &bucket, &doing).await?;
    let p = s.printer();
    if let Some(enable) = change {
        client.put_bucket_versioning(&bucket, enable).await.map_err(|e| {
            match suspend_refused_hint(&e, enable, &bucket) {
                Some(hint) => anyhow::anyhow!("{e}\nhint: {hint}").context(doing.clone()),
                None => explain(e, &doing, &bucket, None),
            }
        })?;
    }
    let status = client
        .get_bucket_versioning(&bucket)
        .await
        .map_err(|e| explain(e, &format!("reading versioning of sos://{bucket}"), &bucket, None))?;
    match s.output.format {
        // `objectVersioning` is exo's key (for jq filters written for exo), `versioning` sosctl's.
        Format::Json => {
            p.json(&json!({"bucket": bucket, "objectVersioning": status.as_str(), "versioning": status.as_str()}))?
        }
        Format::Text => p.line(&format!("{bucket}\t{status}"))?,
        Format::Table => match change {
            None => p.line(status.as_str())?,
            Some(_) => p.note(&format!("versioning of sos://{bucket}: {status}")),
        },
    }
    Ok(Exit::Success)
}

/// What to do when a suspension is refused because of another configuration of the bucket (S3 answers
/// 409 InvalidBucketState): the generic "enable versioning" hint would be the opposite of the fix.
fn suspend_refused_hint(e: &crate::s3::S3Error, enable: bool, bucket: &str) -> Option<String> {
    if enable || e.code() != Some("InvalidBucketState") {
        return None;
    }
    let m = e.message().unwrap_or_default().to_ascii_lowercase();
    if m.contains("replication") {
        Some(format!(
            "versioning cannot be suspended while replication is configured: delete the replication \
             configuration first with `sosctl bucket replication delete sos://{bucket}`"
        ))
    } else if m.contains("object lock") {
        Some("a bucket with Object Lock keeps versioning Enabled for good: it cannot be suspended".to_string())
    } else {
        None
    }
}

/// `sosctl bucket object-lock status|enable`.
pub async fn object_lock(s: &Settings, c: ObjectLockCommand) -> anyhow::Result<Exit> {
    let p = s.printer();
    match c {
        ObjectLockCommand::Status { bucket } => {
            let bucket = target::parse_bucket(&bucket)?;
            let doing = format!("reading Object Lock of sos://{bucket}");
            let client = client_for_bucket(s, &bucket, &doing).await?;
            let cfg = client
                .get_object_lock_configuration(&bucket)
                .await
                .map_err(|e| explain(e, &doing, &bucket, None))?;
            print_lock(s, &p, &bucket, &cfg)?;
        }
        ObjectLockCommand::Enable {
            bucket,
            mode,
            days,
            years,
        } => {
            let bucket = target::parse_bucket(&bucket)?;
            if days == Some(0) || years == Some(0) {
                return Err(
                    UsageError::new("a default retention of 0 days or years is not allowed: give at least 1").into(),
                );
            }
            let doing = format!("enabling Object Lock on sos://{bucket}");
            let client = client_for_bucket(s, &bucket, &doing).await?;
            // S3 only allows Object Lock on a bucket whose versioning is Enabled: say so before trying.
            let v = client
                .get_bucket_versioning(&bucket)
                .await
                .map_err(|e| explain(e, &doing, &bucket, None))?;
            if v != Versioning::Enabled {
                anyhow::bail!(
                    "{doing}: versioning is {v}, and Object Lock needs it Enabled\nhint: enable versioning with \
                     `sosctl bucket versioning enable sos://{bucket}`"
                );
            }
            let cfg = ObjectLockConfig {
                enabled: true,
                default_retention: mode.map(|mode| DefaultRetention { mode, days, years }),
            };
            client
                .put_object_lock_configuration(&bucket, &cfg)
                .await
                .map_err(|e| explain(e, &doing, &bucket, None))?;
            let now = client
                .get_object_lock_configuration(&bucket)
                .await
                .map_err(|e| explain(e, &format!("reading Object Lock of sos://{bucket}"), &bucket, None))?;
            print_lock(s, &p, &bucket, &now)?;
        }
    }
    Ok(Exit::Success)
}

fn print_lock(s: &Settings, p: &Printer, bucket: &str, cfg: &ObjectLockConfig) -> anyhow::Result<()> {
    let state = if cfg.enabled { "Enabled" } else { "Disabled" };
    let retention = cfg.default_retention.as_ref().map(ToString::to_string);
    match s.output.format {
        Format::Json => p.json(&json!({
            "bucket": bucket,
            "object_lock": cfg.enabled,
            "default_retention": cfg.default_retention.as_ref().map(|r| json!({"mode": r.mode, "days": r.days, "years": r.years})),
        }))?,
        Format::Text => p.line(&format!("{bucket}\t{state}\t{}", retention.unwrap_or_default()))?,
        Format::Table => p.kv_table(
            None,
            &[
                ("Bucket".to_string(), bucket.to_string()),
                ("Object Lock".to_string(), state.to_string()),
                ("Default Retention".to_string(), retention.unwrap_or_else(|| "-".into())),
            ],
        )?,
    }
    Ok(())
}
