//! The command line: the clap tree ([`tree`]), settings, one room per command (or small family), and
//! the shared pieces those rooms stand on (output, progress, prompt, value parsers, exit codes).
//!
//! [`main`] parses and [`run`] dispatches with one `match` that calls each command's run function. Each
//! arm first resolves the settings stage its command needs ([`settings`]): none for `completions` and
//! `man`, the output settings for the commands that never talk S3 (`serve`, `demo`, the offline
//! `replication` tools), the full connection settings for the rest — so that a broken config file or a
//! bad zone stops only the commands that would use them. Errors are mapped to exit codes in one place
//! ([`exit`]).

pub mod batch;
pub mod bucket;
pub mod connect;
pub mod cors;
pub mod demo;
pub mod download;
pub mod edit;
pub mod exit;
pub mod findings;
pub mod iam;
pub mod input;
pub mod list;
pub mod mb;
pub mod move_cmd;
pub mod operator;
pub mod output;
pub mod parse;
pub mod presign;
pub mod progress;
pub mod prompt;
pub mod remove;
pub mod replication;
pub mod serve;
pub mod setacl;
pub mod settings;
pub mod show;
pub mod target;
pub mod tree;
pub mod upload;
pub mod zones;

use bucket::BucketCommand;
use clap::Parser;
use connect::block_on;
use replication::ReplicationCommand;
use settings::{OutputSettings, Settings};
use std::process::ExitCode;
use tree::{Cli, Command};

pub use exit::Exit;

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

/// Runs one parsed command line. The commands that talk S3 are async functions, run here on a fresh
/// runtime ([`block_on`]).
pub fn run(cli: Cli) -> anyhow::Result<Exit> {
    let Cli { global, command } = cli;
    let output = || OutputSettings::resolve(&global);
    let connect = || Settings::resolve(&global);
    match command {
        // Generated from the clap tree alone: nothing the user set can stop packaging.
        Command::Completions(a) => tree::completions(&a),
        Command::Man(a) => tree::man(&a),
        Command::Serve(a) => serve::run(&output()?, a),
        Command::Demo(a) => demo::run(&output()?, a),
        Command::Replication(a) => replication::offline::run(&output()?, global.zone.as_deref(), a),
        Command::Iam(a) => match a.command {
            iam::IamCommand::Policy { command } => iam::policy::run(&output()?, global.zone.as_deref(), command),
            iam::IamCommand::Role { command } => block_on(iam::role::run(&connect()?, command)),
            iam::IamCommand::Key { command } => block_on(iam::key::run(&connect()?, command)),
        },
        Command::List(a) => block_on(list::run(&connect()?, a)),
        Command::Mb(a) => block_on(mb::mb(&connect()?, a)),
        Command::Rb(a) => block_on(mb::rb(&connect()?, a)),
        Command::Show(a) => block_on(show::run(&connect()?, a)),
        Command::Upload(a) => block_on(upload::run(&connect()?, a)),
        Command::Download(a) => block_on(download::run(&connect()?, a)),
        Command::Delete(a) => block_on(remove::delete(&connect()?, a)),
        Command::Purge(a) => block_on(remove::purge(&connect()?, a)),
        Command::Presign(a) => block_on(presign::run(&connect()?, a)),
        Command::Setacl(a) => block_on(setacl::run(&connect()?, a)),
        Command::Cors(a) => block_on(cors::run(&connect()?, a)),
        Command::Move(a) => block_on(move_cmd::run(&connect()?, a)),
        Command::Metadata(a) => block_on(edit::metadata(&connect()?, a)),
        Command::Headers(a) => block_on(edit::headers(&connect()?, a)),
        Command::Bucket(a) => {
            let s = connect()?;
            match a.command {
                BucketCommand::Versioning { command } => block_on(bucket::versioning(&s, command)),
                BucketCommand::ObjectLock { command } => block_on(bucket::object_lock(&s, command)),
                BucketCommand::ObjectOwnership { command } => {
                    block_on(setacl::ownership(&s, setacl::OwnershipArgs { command }))
                }
                BucketCommand::Replication { command } => match command {
                    ReplicationCommand::Set(a) => block_on(replication::set::run(&s, a)),
                    ReplicationCommand::Show(a) => block_on(replication::show::run(&s, a)),
                    ReplicationCommand::Delete(a) => block_on(replication::delete::run(&s, a)),
                    ReplicationCommand::Check(a) => block_on(replication::check::run(&s, a)),
                    ReplicationCommand::Status(a) => block_on(replication::status::run(&s, a)),
                    ReplicationCommand::Rule { command } => block_on(replication::rule::run(&s, command)),
                    ReplicationCommand::Retry(a) => block_on(replication::retry::run(&s, a)),
                    ReplicationCommand::Diff(a) => block_on(replication::diff::run(&s, a)),
                    ReplicationCommand::Sync(a) => block_on(replication::sync::run(&s, a)),
                },
            }
        }
    }
}
