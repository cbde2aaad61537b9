//! The replication commands, one room each: online `sosctl bucket replication set|show|delete|check|status|rule`
//! ([`ReplicationCommand`]), and the offline `sosctl replication convert|validate` ([`offline`]).
//!
//! `set` and `check` share one prerequisite run ([`check::prerequisites`], on [`crate::model::prereq`]) and
//! the reading and validation of `replication validate` ([`crate::model::load`], reported by
//! [`offline::report`]); `status` HEADs the current versions
//! concurrently and, when the endpoint is the bundled server, adds its operator figures.

pub mod check;
pub mod delete;
pub mod diff;
pub mod offline;
pub mod retry;
pub mod rule;
pub mod set;
pub mod show;
pub mod status;
pub mod sync;

#[derive(Debug, clap::Subcommand)]
pub enum ReplicationCommand {
    /// Validate a JSON (or XML) config, check the prerequisites, and apply it
    Set(set::SetArgs),
    /// Show the bucket's replication config (table like exo's; -O json prints what `set` reads)
    #[command(visible_alias = "get")]
    Show(show::ShowArgs),
    /// Delete the bucket's replication config
    #[command(visible_alias = "del")]
    Delete(delete::DeleteArgs),
    /// Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)
    Check(check::CheckArgs),
    /// Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)
    Rule {
        #[command(subcommand)]
        command: rule::RuleCommand,
    },
    /// Per-object replication status of the current versions, with a summary; --wait for CI
    Status(status::StatusArgs),
    /// Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)
    Retry(retry::RetryArgs),
    /// Compare the source with each destination its rules select: in sync, missing, different, extra, ...
    /// (exit 5 when a destination differs)
    Diff(diff::DiffArgs),
    /// Copy to each destination what diff finds missing or different (objects written before the rules,
    /// FAILED ones, lost replicas); each copy is a new write
    Sync(sync::SyncArgs),
}
