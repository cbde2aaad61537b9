//! `sosctl bucket replication set|show|delete|check|status`: the online replication commands.

use super::Exit;
use super::settings::Settings;

#[derive(Debug, clap::Subcommand)]
pub enum ReplicationCommand {
    /// Validate a JSON (or XML) config, check the prerequisites, and apply it
    Set(SetArgs),
    /// Show the bucket's replication config (table like exo's; -O json prints what `set` reads)
    #[command(visible_alias = "get")]
    Show(ShowArgs),
    /// Delete the bucket's replication config
    #[command(visible_alias = "del")]
    Delete(DeleteArgs),
    /// Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)
    Check(CheckArgs),
    /// Per-object replication status of the current versions, with a summary; --wait for CI
    Status(StatusArgs),
}

#[derive(Debug, clap::Args)]
pub struct SetArgs {
    /// sos://BUCKET (the source)
    pub bucket: String,
    /// Config file (JSON or XML), or - for stdin
    pub file: String,
    /// Skip the online prerequisite checks
    #[arg(long)]
    pub no_check: bool,
    /// Print the XML that would be sent, send nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// sos://BUCKET
    pub bucket: String,
    /// Print the raw wire XML
    #[arg(long)]
    pub xml: bool,
}

#[derive(Debug, clap::Args)]
pub struct DeleteArgs {
    /// sos://BUCKET
    pub bucket: String,
    /// Do not prompt
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// sos://BUCKET (the source)
    pub bucket: String,
    /// Config to check instead of the stored one (JSON or XML, - for stdin)
    pub file: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// sos://BUCKET[/PREFIX]
    pub target: String,
    /// Poll until nothing is PENDING (exit 3 on timeout, 4 if any FAILED)
    #[arg(long)]
    pub wait: bool,
    /// How long --wait waits
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = super::parse_duration, requires = "wait")]
    pub wait_timeout: std::time::Duration,
    /// List only FAILED objects
    #[arg(long)]
    pub failed: bool,
    /// Objects HEADed at once
    #[arg(long, value_name = "N", default_value_t = 32)]
    pub concurrency: usize,
}

pub fn run(_s: &Settings, _c: ReplicationCommand) -> anyhow::Result<Exit> {
    anyhow::bail!("`bucket replication` is not implemented yet")
}
