//! `sosctl demo`: plays the product guide's two walk-throughs against an embedded server.

use super::Exit;
use super::settings::Settings;

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// How long to wait for replication at each step
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = super::parse_duration)]
    pub wait_timeout: std::time::Duration,
}

pub fn run(_s: &Settings, _a: DemoArgs) -> anyhow::Result<Exit> {
    anyhow::bail!("`demo` is not implemented yet")
}
