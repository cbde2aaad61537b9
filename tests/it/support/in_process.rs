//! The bundled server inside the test process, for the tests that reach into it through its hooks (pause
//! replication, inject destination faults), read its store, or restart it on the same data directory. Every
//! test that runs it goes through here; a test that only needs a server uses the real binary instead.

use super::client::s3_client;
use super::env::{Sosctl, sosctl};
use serde_json::Value;
use sosctl::s3::Client;
pub use sosctl::server::replication::Fault;
pub use sosctl::server::{DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, RunningServer, ServerConfig, ServerHandle};
use std::process::Output;
use std::time::Duration;

/// The default configuration (port 0, memory, the well-known pair) on a runtime of its own in a background
/// thread, for plain `#[test]`s; stops when dropped.
pub fn spawn() -> ServerHandle {
    sosctl::server::spawn(ServerConfig::default()).expect("the bundled server starts in process")
}

/// `cfg` on the calling `#[tokio::test]`'s runtime; stops when dropped or shut down.
pub async fn start(cfg: ServerConfig) -> RunningServer {
    sosctl::server::start(cfg)
        .await
        .expect("the bundled server starts in process")
}

/// A library client with the default access key and `secret` (a wrong one to test refusals).
pub fn client(endpoint: &str, region: &str, secret: &str, retries: u32) -> Client {
    s3_client(endpoint, region, DEFAULT_ACCESS_KEY, secret, retries)
}

/// The bundled server in process with the `sosctl` binary pointed at it: the harness of the replication
/// command tests (`replication_cmd`, `replication_sync`, `iam_replication`, `iam_roles`). Each module adds
/// what only it needs through a trait of its own.
pub struct Srv {
    pub h: ServerHandle,
}

impl Srv {
    /// The default configuration ([`spawn`]).
    pub fn start() -> Srv {
        Srv { h: spawn() }
    }

    /// `cfg` on a runtime of its own in a background thread.
    pub fn with(cfg: ServerConfig) -> Srv {
        Srv {
            h: sosctl::server::spawn(cfg).expect("the bundled server starts in process"),
        }
    }

    /// sosctl pointed at this server with the well-known pair (scrubbed environment, temporary HOME).
    pub fn cmd(&self) -> Sosctl {
        let mut c = sosctl();
        c.env("SOSCTL_ENDPOINT", self.h.endpoint())
            .env("SOSCTL_ACCESS_KEY", DEFAULT_ACCESS_KEY)
            .env("SOSCTL_SECRET_KEY", DEFAULT_SECRET_KEY)
            .timeout(Duration::from_secs(120));
        c
    }

    /// A `sosctl` process (std's Command, to spawn and signal) in `home`, keyed for this server.
    pub fn process(&self, home: &std::path::Path) -> std::process::Command {
        let mut c = crate::support::sosctl_process(home);
        c.env("SOSCTL_ENDPOINT", self.h.endpoint())
            .env("SOSCTL_ACCESS_KEY", DEFAULT_ACCESS_KEY)
            .env("SOSCTL_SECRET_KEY", DEFAULT_SECRET_KEY);
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("sosctl runs")
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Output {
        self.cmd()
            .args(args)
            .write_stdin(stdin.to_string())
            .output()
            .expect("sosctl runs")
    }

    /// Runs, expects exit `code`, returns the output.
    pub fn code(&self, args: &[&str], code: i32) -> Output {
        self.code_in(args, &[], code)
    }

    /// Runs with `files` written in the command's HOME (its working directory), expects exit `code`.
    pub fn code_in(&self, args: &[&str], files: &[(&str, &str)], code: i32) -> Output {
        let mut c = self.cmd();
        for (name, text) in files {
            std::fs::write(c.home().join(name), text).unwrap();
        }
        let o = c.args(args).output().expect("sosctl runs");
        assert_eq!(
            o.status.code(),
            Some(code),
            "sosctl {args:?}: expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            out(&o),
            err(&o)
        );
        o
    }

    /// Runs, expects success, returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        out(&self.code(args, 0))
    }

    /// A library client of `zone` with the well-known pair, one retry.
    pub fn zone_client(&self, zone: &str) -> Client {
        client(&self.h.endpoint(), zone, DEFAULT_SECRET_KEY, 1)
    }

    /// my-source (ch-dk-2) and my-destination (at-vie-1), both versioned.
    pub fn leader_follower_buckets(&self) {
        for (b, z) in [("my-source", "ch-dk-2"), ("my-destination", "at-vie-1")] {
            self.ok(&["mb", "--zone", z, &format!("sos://{b}")]);
            self.ok(&["bucket", "versioning", "enable", &format!("sos://{b}")]);
        }
    }
}

/// A command's stdout, as text.
pub fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A command's stderr, as text.
pub fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `text` parsed as JSON, or a panic showing it.
pub fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}
