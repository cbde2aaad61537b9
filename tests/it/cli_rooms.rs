//! Settings in two stages, seen from the binary: the commands that never talk S3 (`replication
//! validate|convert`, `completions`, `man`, `serve`) run whatever the config file or the zone holds,
//! while a command that talks S3 (`list`) still refuses both, naming the culprit.

use crate::support::{ServeProcess, Sosctl, sosctl};
use predicates::str::contains;
use std::path::{Path, PathBuf};

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
#[test]
fn serve_starts_with_a_broken_config_file_or_zone() {
    for b in BREAKAGES {
        let (cmd, _) = b.sosctl();
        let zone = matches!(b, Breakage::Zone).then_some(BAD_ZONE);
        let env: Vec<(&str, &str)> = zone.map(|z| ("SOSCTL_ZONE", z)).into_iter().collect();
        let server = ServeProcess::start_in(cmd.home(), &[], &env);
        let lines = &server.banner;
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
