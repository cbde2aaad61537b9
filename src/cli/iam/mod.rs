//! `sosctl iam ...`: Exoscale IAM, as far as replication needs it. One room per command family:
//! - [`policy`]: `iam policy validate|eval`, offline;
//! - [`check`]: what replication needs from a role's policy (`--policy` on `replication validate` and
//!   `bucket replication check|set`), rendered as rows;
//! - [`role`], [`key`]: `iam role ...` and `iam key ...`, on `sosctl serve` (which emulates Exoscale IAM).

pub mod check;
pub mod key;
pub mod policy;
pub mod role;

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
    /// IAM roles, as `exo iam role` (emulated locally by `sosctl serve` only): create, list, show, update,
    /// delete
    Role {
        #[command(subcommand)]
        command: role::RoleCommand,
    },
    /// API keys bound to a role (on `sosctl serve` only): create, list
    Key {
        #[command(subcommand)]
        command: key::KeyCommand,
    },
}
