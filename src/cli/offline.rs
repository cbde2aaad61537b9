//! `sosctl replication convert|validate`: offline tools on replication configs (no network).

use super::Exit;
use super::settings::Settings;

#[derive(Debug, clap::Args)]
pub struct ReplicationArgs {
    #[command(subcommand)]
    pub command: OfflineCommand,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ConvertTo {
    Xml,
    Json,
}

#[derive(Debug, clap::Subcommand)]
pub enum OfflineCommand {
    /// Convert a config JSON -> XML (default) or XML -> JSON; the input format is detected
    Convert {
        /// Config file, or - for stdin
        file: String,
        /// Output format
        #[arg(long, value_enum, default_value = "xml")]
        to: ConvertTo,
    },
    /// Validate a config: every problem at once, with its path; exit 2 if any error
    Validate {
        /// Config file, or - for stdin
        file: String,
        /// The source bucket, to add the source != destination check
        #[arg(long, value_name = "BUCKET")]
        source: Option<String>,
    },
}

pub fn run(_s: &Settings, _a: ReplicationArgs) -> anyhow::Result<Exit> {
    anyhow::bail!("`replication` is not implemented yet")
}
