//! `sosctl serve`: runs the bundled S3 server in the foreground until SIGINT/SIGTERM.

use super::exit::{Exit, UsageError};
use super::parse;
use super::settings::OutputSettings;
use crate::server::{self, ServerConfig};
use anyhow::Context;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

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
    /// Most connections open at once; when all are in use, a new client waits until one closes, and to
    /// admit it the server closes the next connection to send a response (after it) or, when none does
    /// within 1 s, one idle between requests for 100 ms or more, never cutting a request in progress; one
    /// line is logged (again only once the limit has not been reached for 10 s)
    #[arg(long, default_value_t = server::DEFAULT_MAX_CONNECTIONS, value_name = "N")]
    pub max_connections: usize,
    /// How long a request head may take once its first byte has arrived (a client trickling headers is
    /// disconnected)
    #[arg(long, default_value = "10s", value_name = "DURATION", value_parser = parse::timeout)]
    pub header_timeout: Duration,
    /// How long a connection may stay silent before it is closed: waiting for its first or next request,
    /// in the middle of a request body (answered RequestTimeout), or not reading its response
    #[arg(long, default_value = "30s", value_name = "DURATION", value_parser = parse::timeout)]
    pub idle_timeout: Duration,
    /// Serve the Prometheus metrics (GET /metrics) on a listener of their own at ADDR, to anyone who
    /// reaches it; without it they are served on the S3 address to loopback clients only
    #[arg(long, value_name = "ADDR")]
    pub metrics_listen: Option<String>,
    /// Roles and API keys bound to them, applied at start: JSON {"roles": [{"name", "id"?, "description"?,
    /// "editable"?, "labels"?, "permissions"?, "policy"}], "keys": [{"key", "secret", "role": ID|NAME,
    /// "name"?}]} (a request signed with such a key is decided by its role's policy; see the README)
    #[arg(long, value_name = "FILE")]
    pub iam: Option<PathBuf>,
    /// Log one line per request
    #[arg(short = 'v', long)]
    pub verbose: bool,
    /// Test-only: replication workers wait MS milliseconds before each item (to catch replication midway)
    #[arg(long, hide = true, default_value_t = 0, value_name = "MS")]
    pub test_replication_delay_ms: u64,
}

/// The server configuration an invocation asks for (checked, nothing started).
pub fn config(a: &ServeArgs) -> anyhow::Result<ServerConfig> {
    let listen: SocketAddr = a
        .listen
        .parse()
        .map_err(|_| UsageError(format!("--listen `{}` is not an address like 127.0.0.1:9000", a.listen)))?;
    let credentials = match (&a.access_key, &a.secret_key) {
        (None, None) => vec![(
            server::DEFAULT_ACCESS_KEY.to_string(),
            server::DEFAULT_SECRET_KEY.to_string(),
        )],
        (Some(k), Some(s)) if !k.is_empty() && !s.is_empty() => vec![(k.clone(), s.clone())],
        (Some(_), Some(_)) => {
            return Err(UsageError("the access key and the secret key must not be empty".into()).into());
        }
        (Some(_), None) => {
            return Err(UsageError(
                "--access-key needs a secret key too (SOSCTL_SERVE_SECRET_KEY or --secret-key)".into(),
            )
            .into());
        }
        (None, Some(_)) => {
            return Err(UsageError(
                "a secret key needs an access key too (SOSCTL_SERVE_ACCESS_KEY or --access-key)".into(),
            )
            .into());
        }
    };
    if a.replication_workers == 0 {
        return Err(UsageError("--replication-workers must be at least 1".into()).into());
    }
    if a.max_connections == 0 {
        return Err(UsageError("--max-connections must be at least 1".into()).into());
    }
    if let Some(f) = &a.iam
        && !f.is_file()
    {
        return Err(UsageError(format!("--iam {}: no such file", f.display())).into());
    }
    if let Some(d) = &a.data_dir
        && d.exists()
        && !d.is_dir()
    {
        return Err(UsageError(format!("--data-dir {} exists and is not a directory", d.display())).into());
    }
    let metrics_listen = match &a.metrics_listen {
        None => None,
        Some(m) => Some(
            m.parse::<SocketAddr>()
                .map_err(|_| UsageError(format!("--metrics-listen `{m}` is not an address like 127.0.0.1:9100")))?,
        ),
    };
    Ok(ServerConfig {
        metrics_listen,
        listen,
        data_dir: a.data_dir.clone(),
        credentials,
        region: a.region.clone(),
        replication_workers: a.replication_workers,
        verbose: a.verbose,
        test_replication_delay: std::time::Duration::from_millis(a.test_replication_delay_ms),
        max_connections: a.max_connections,
        iam_file: a.iam.clone(),
        header_timeout: a.header_timeout,
        idle_timeout: a.idle_timeout,
    })
}

/// Descriptors `serve` keeps for what is not a connection (files of the store and journal, the replication
/// workers' connections, the metrics listener).
const FILES_BESIDE_CONNECTIONS: u64 = 256;

/// The start-up lines: endpoint, access key, data location, and an `export` line to paste. The secret is
/// printed only when it is the well-known default one.
pub fn banner(endpoint: &str, metrics: &str, cfg: &ServerConfig) -> Vec<String> {
    let (key, secret) = &cfg.credentials[0];
    let default_pair = key == server::DEFAULT_ACCESS_KEY && secret == server::DEFAULT_SECRET_KEY;
    let secret_shown = if default_pair { secret.as_str() } else { "<your secret>" };
    let data = match &cfg.data_dir {
        Some(d) => format!("{} (persistent)", d.display()),
        None => "memory (lost when the server stops)".to_string(),
    };
    vec![
        format!("endpoint:   {endpoint}"),
        format!("access key: {key}"),
        format!("data:       {data}"),
        format!("region:     {}", cfg.region),
        format!(
            "metrics:    {metrics}{}",
            if cfg.metrics_listen.is_some() {
                ""
            } else {
                " (loopback clients only)"
            }
        ),
        format!(
            "export SOSCTL_ENDPOINT={endpoint} SOSCTL_ACCESS_KEY={key} SOSCTL_SECRET_KEY={secret_shown} SOSCTL_ZONE={zone} \
AWS_ENDPOINT_URL={endpoint} AWS_ACCESS_KEY_ID={key} AWS_SECRET_ACCESS_KEY={secret_shown} AWS_DEFAULT_REGION={zone}",
            zone = cfg.region
        ),
    ]
}

/// `sosctl serve`: never reads the config file or the client's zone, which describe a remote endpoint.
pub fn run(out: &OutputSettings, a: ServeArgs) -> anyhow::Result<Exit> {
    let cfg = config(&a)?;
    let p = out.printer();
    // Each connection is a descriptor; the store, the journal and the replication clients need some too.
    let want = cfg.max_connections as u64 + FILES_BESIDE_CONNECTIONS;
    if let Some(have) = crate::s3::limiter::raise_open_file_limit(want)
        && have < want
    {
        eprintln!(
            "sosctl serve: the open-file limit is {have} (ulimit -n), below the {want} that --max-connections {} \
             needs; connections past it wait until others close",
            cfg.max_connections
        );
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    rt.block_on(async move {
        let running = server::start(cfg.clone()).await.context("cannot start the server")?;
        p.line(&banner(&running.endpoint(), &running.metrics_url(), &cfg).join("\n"))?;
        wait_for_signal().await?;
        eprintln!("sosctl serve: stopping (finishing requests in flight)");
        running.shutdown().await;
        eprintln!("sosctl serve: stopped");
        Ok(Exit::Success)
    })
}

#[cfg(unix)]
async fn wait_for_signal() -> anyhow::Result<()> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = signal(SignalKind::terminate()).context("cannot listen for SIGTERM")?;
    let mut int = signal(SignalKind::interrupt()).context("cannot listen for SIGINT")?;
    tokio::select! {
        _ = term.recv() => {}
        _ = int.recv() => {}
    }
    Ok(())
}

#[cfg(not(unix))]
async fn wait_for_signal() -> anyhow::Result<()> {
    tokio::signal::ctrl_c().await.context("cannot listen for Ctrl-C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct T {
        #[command(flatten)]
        a: ServeArgs,
    }

    fn args(v: &[&str]) -> ServeArgs {
        T::try_parse_from(std::iter::once("serve").chain(v.iter().copied()))
            .unwrap()
            .a
    }

    #[test]
    fn banner_never_shows_a_user_secret() {
        let cfg = config(&args(&[
            "--listen",
            "127.0.0.1:0",
            "--access-key",
            "me",
            "--secret-key",
            "hunter2",
        ]))
        .unwrap();
        let text = banner("http://127.0.0.1:1", "http://127.0.0.1:1/metrics", &cfg).join("\n");
        assert!(!text.contains("hunter2"), "{text}");
        assert!(text.contains("SOSCTL_SECRET_KEY=<your secret>"), "{text}");
        let cfg = config(&args(&["--listen", "127.0.0.1:0"])).unwrap();
        let text = banner("http://127.0.0.1:1", "http://127.0.0.1:1/metrics", &cfg).join("\n");
        assert!(text.contains("SOSCTL_SECRET_KEY=sosctl-local-secret"), "{text}");
        assert!(text.contains("memory"));
    }

    #[test]
    fn connection_defaults_are_the_servers() {
        let cfg = config(&args(&[])).unwrap();
        let d = ServerConfig::default();
        assert_eq!(
            (cfg.max_connections, cfg.header_timeout, cfg.idle_timeout),
            (d.max_connections, d.header_timeout, d.idle_timeout)
        );
        let cfg = config(&args(&["--header-timeout", "500ms", "--idle-timeout", "2m"])).unwrap();
        assert_eq!(
            (cfg.header_timeout, cfg.idle_timeout),
            (Duration::from_millis(500), Duration::from_secs(120))
        );
        assert!(T::try_parse_from(["serve", "--idle-timeout", "0s"]).is_err());
    }

    #[test]
    fn bad_arguments_are_usage_errors() {
        for bad in [
            &["--listen", "nowhere"][..],
            &["--access-key", "k"][..],
            &["--replication-workers", "0"][..],
            &["--max-connections", "0"][..],
        ] {
            let e = config(&args(bad)).unwrap_err();
            assert!(e.downcast_ref::<UsageError>().is_some(), "{bad:?}: {e}");
        }
    }
}
