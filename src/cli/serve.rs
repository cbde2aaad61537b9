//! `sosctl serve`: runs the bundled S3 server in the foreground until SIGINT/SIGTERM.

use super::Exit;
use super::settings::Settings;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on (port 0 picks a free port)
    #[arg(long, default_value = "127.0.0.1:9000", value_name = "ADDR")]
    pub listen: String,
    /// Keep data in DIR (survives restarts and crashes); without it, data lives in memory
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Access key (env SOSCTL_SERVE_ACCESS_KEY) [default: printed at start]
    #[arg(long, env = "SOSCTL_SERVE_ACCESS_KEY", value_name = "KEY")]
    pub access_key: Option<String>,
    /// Secret key (env SOSCTL_SERVE_SECRET_KEY; prefer the env, flags show in `ps`) [default: the well-known local pair]
    #[arg(long, env = "SOSCTL_SERVE_SECRET_KEY", value_name = "SECRET", hide_env_values = true)]
    pub secret_key: Option<String>,
    /// Default region / zone for buckets created without one
    #[arg(long, default_value = "ch-dk-2", value_name = "ZONE")]
    pub region: String,
    /// Replication workers
    #[arg(long, default_value_t = 8, value_name = "N")]
    pub replication_workers: usize,
    /// Log one line per request
    #[arg(short = 'v', long)]
    pub verbose: bool,
}

pub fn run(_s: &Settings, _a: ServeArgs) -> anyhow::Result<Exit> {
    anyhow::bail!("`serve` is not implemented yet")
}
