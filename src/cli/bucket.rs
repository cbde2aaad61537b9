//! `sosctl bucket ...`: versioning, Object Lock, and (in [`super::replication`]) replication.

use super::Exit;
use super::replication::ReplicationCommand;
use super::settings::Settings;

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
    /// Bucket replication: set, show, delete, check, status
    Replication {
        #[command(subcommand)]
        command: ReplicationCommand,
    },
}

#[derive(Debug, clap::Subcommand)]
pub enum VersioningCommand {
    /// Print Enabled, Suspended or Disabled (never set)
    Status { bucket: String },
    /// Enable versioning
    Enable { bucket: String },
    /// Suspend versioning
    Suspend { bucket: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LockMode {
    Governance,
    Compliance,
}

#[derive(Debug, clap::Subcommand)]
pub enum ObjectLockCommand {
    /// Object Lock state and default retention
    Status { bucket: String },
    /// Enable Object Lock on an existing versioned bucket, optionally with a default retention
    Enable {
        bucket: String,
        /// Default retention mode
        #[arg(long, value_enum, requires = "period")]
        mode: Option<LockMode>,
        /// Default retention in days
        #[arg(long, group = "period", requires = "mode")]
        days: Option<u32>,
        /// Default retention in years
        #[arg(long, group = "period", requires = "mode")]
        years: Option<u32>,
    },
}

pub fn run(s: &Settings, a: BucketArgs) -> anyhow::Result<Exit> {
    match a.command {
        BucketCommand::Versioning { command } => versioning(s, command),
        BucketCommand::ObjectLock { command } => object_lock(s, command),
        BucketCommand::Replication { command } => super::replication::run(s, command),
    }
}

fn versioning(_s: &Settings, _c: VersioningCommand) -> anyhow::Result<Exit> {
    anyhow::bail!("`bucket versioning` is not implemented yet")
}

fn object_lock(_s: &Settings, _c: ObjectLockCommand) -> anyhow::Result<Exit> {
    anyhow::bail!("`bucket object-lock` is not implemented yet")
}
