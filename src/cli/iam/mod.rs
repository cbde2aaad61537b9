//! `sosctl iam ...`: Exoscale IAM, as far as replication needs it. One room per command family:
//! - [`policy`]: `iam policy validate|eval`, offline;
//! - [`check`]: what replication needs from a role's policy (`--policy` on `replication validate` and
//!   `bucket replication check|set`), rendered as rows.

pub mod check;
pub mod policy;

use crate::cli::exit::Exit;
use crate::cli::settings::OutputSettings;

#[derive(Debug, clap::Args)]
pub struct IamArgs {
    #[command(subcommand)]
    pub command: IamCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum IamCommand {
    /// IAM policies, offline: validate, eval
    Policy {
        #[command(subcommand)]
        command: policy::PolicyCommand,
    },
}

/// `sosctl iam ...`; `zone` is the global `--zone`, if given.
pub fn run(out: &OutputSettings, zone: Option<&str>, a: IamArgs) -> anyhow::Result<Exit> {
    match a.command {
        IamCommand::Policy { command } => policy::run(out, zone, command),
    }
}
