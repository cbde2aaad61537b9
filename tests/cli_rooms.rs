//! Settings in two stages, seen from the binary: the commands that never talk S3 (`replication
//! validate|convert`, `completions`, `man`, `serve`) run whatever the config file or the zone holds,
//! while a command that talks S3 (`list`) still refuses both, naming the culprit.

mod support;

use predicates::str::contains;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use support::{Sosctl, sosctl};

/// A config file that does not parse (an unclosed table header).
const BROKEN_CONFIG: &str = "[[accounts]\nname = \"broken\"\n";
/// Not a zone of Exoscale's endpoint, the default one.
const BAD_ZONE: &str = "no-such-zone";

/// What is wrong with the user's setup.
#[derive(Debug, Clone, Copy)]
enum Breakage {
    /// `<config dir>/sosctl/config.toml` does not parse.
    ConfigFile,
    /// `SOSCTL_ZONE` names no zone.
    Zone,
}

const BREAKAGES: [Breakage; 2] = [Breakage::ConfigFile, Breakage::Zone];

impl Breakage {
    /// `sosctl` in a scrubbed environment with this breakage; the config file's path when there is one.
    fn sosctl(self) -> (Sosctl, Option<PathBuf>) {
        let mut cmd = sosctl();
        let file = match self {
            Breakage::ConfigFile => Some(cmd.write_config(BROKEN_CONFIG)),
            Breakage::Zone => {
                cmd.env("SOSCTL_ZONE", BAD_ZONE);
                None
            }
        };
        (cmd, file)
    }
}

fn guide_config() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/leader-follower.json")
        .display()
        .to_string()
}

#[test]
fn offline_commands_ignore_a_broken_config_file_or_zone() {
    let config = guide_config();
    for b in BREAKAGES {
        let (mut cmd, _) = b.sosctl();
        cmd.args(["replication", "validate", &config])
            .assert()
            .code(0)
            .stdout(contains("valid: 1 rule"));

        let (mut cmd, _) = b.sosctl();
        cmd.args(["replication", "convert", &config])
            .assert()
            .code(0)
            .stdout(contains("<ReplicationConfiguration"));

        let (mut cmd, _) = b.sosctl();
        cmd.args(["completions", "bash"])
            .assert()
            .code(0)
            .stdout(contains("sosctl"))
            .stderr("");

        let (mut cmd, _) = b.sosctl();
        let pages = cmd.home().join("pages");
        cmd.args(["man", "--out"]).arg(&pages).assert().code(0).stderr("");
        assert!(pages.join("sosctl.1").is_file(), "{b:?}: no main page written");
    }
}

#[test]
fn s3_commands_still_refuse_a_broken_config_file_or_zone() {
    let (mut cmd, file) = Breakage::ConfigFile.sosctl();
    let file = file.expect("a config file");
    cmd.arg("list")
        .assert()
        .code(2)
        .stderr(contains(format!("config file {} does not parse", file.display())));

    let (mut cmd, _) = Breakage::Zone.sosctl();
    cmd.arg("list")
        .assert()
        .code(2)
        .stderr(contains(format!("zone `{BAD_ZONE}` (from SOSCTL_ZONE)")));
}

/// A `sosctl serve` started by a test; killed (only this child) when dropped.
struct Serving(std::process::Child);

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `sosctl serve` on a free port with `home`'s config dir, and returns it with its start-up lines
/// (up to the `export` line), read with a deadline: a server that hangs or exits fails the test.
fn serve(home: &Path, config_dir: &Path, zone: Option<&str>) -> (Serving, Vec<String>) {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("sosctl"));
    for (k, _) in std::env::vars_os() {
        if let Some(k) = k.to_str()
            && support::is_scrubbed(k)
        {
            c.env_remove(k);
        }
    }
    c.env("HOME", home).env("XDG_CONFIG_HOME", config_dir);
    if let Some(z) = zone {
        c.env("SOSCTL_ZONE", z);
    }
    c.args(["serve", "--listen", "127.0.0.1:0"])
        .current_dir(home)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = Serving(c.spawn().expect("sosctl starts"));
    let stdout = child.0.stdout.take().expect("piped stdout");
    let stderr = child.0.stderr.take().expect("piped stderr");
    let (tx, rx) = mpsc::channel();
    for (stream, out) in [
        (Box::new(stdout) as Box<dyn std::io::Read + Send>, true),
        (Box::new(stderr), false),
    ] {
        let tx = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines() {
                let Ok(line) = line else { break };
                if tx.send((out, line)).is_err() {
                    break;
                }
            }
        });
    }
    drop(tx);
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    while !lines.last().is_some_and(|l: &String| l.starts_with("export ")) {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((true, line)) => lines.push(line),
            Ok((false, line)) => errors.push(line),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                panic!("no start-up lines within 30 s: {lines:?}, stderr {errors:?}")
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => panic!(
                "sosctl serve ended before its start-up lines ({:?}): {lines:?}, stderr {errors:?}",
                child.0.wait().ok()
            ),
        }
    }
    (child, lines)
}

#[test]
fn serve_starts_with_a_broken_config_file_or_zone() {
    for b in BREAKAGES {
        let (cmd, _) = b.sosctl();
        let zone = matches!(b, Breakage::Zone).then_some(BAD_ZONE);
        let (server, lines) = serve(cmd.home(), &cmd.config_dir(), zone);
        assert!(
            lines[0].starts_with("endpoint:   http://127.0.0.1:"),
            "{b:?}: {lines:?}"
        );
        assert!(
            lines.iter().any(|l| l == "access key: sosctl-local"),
            "{b:?}: {lines:?}"
        );
        drop(server);
    }
}
