//! The one environment scrub of the integration tests, and the `sosctl` binary run in it.
//!
//! Every process a test starts — `sosctl`, `sosctl serve`, the aws cli, python with boto3 — gets it: no
//! `SOSCTL_*`, `EXOSCALE_*` or `AWS_*` variable of the developer's (their S3 setup must not leak into a test),
//! except `AWS_CA_BUNDLE`, which the machines set and TLS clients need; `HOME` and `XDG_CONFIG_HOME` in a
//! temporary directory, so that no config file is found unless the test writes one.

use std::ffi::OsStr;
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Kept although they match a scrubbed prefix.
const KEPT: [&str; 1] = ["AWS_CA_BUNDLE"];

const SCRUBBED_PREFIXES: [&str; 3] = ["SOSCTL_", "EXOSCALE_", "AWS_"];

/// Generous enough for the slowest command of the suite; a hung command fails instead of hanging the run.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(120);

/// Whether a variable would leak the developer's S3 setup into a test.
pub fn is_scrubbed(name: &str) -> bool {
    SCRUBBED_PREFIXES.iter().any(|p| name.starts_with(p)) && !KEPT.contains(&name)
}

/// The binary under test, as cargo built it for this test binary.
pub fn sosctl_bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_sosctl"))
}

/// `program` in the scrubbed environment, with `home` as HOME (and `home/.config` as XDG_CONFIG_HOME) and
/// as its working directory.
pub fn scrubbed(program: impl AsRef<OsStr>, home: &Path) -> std::process::Command {
    let mut c = std::process::Command::new(program);
    for (k, _) in std::env::vars_os() {
        // A name that is not UTF-8 is compared by its readable part: `AWS_\xff` is still an AWS_ variable.
        if is_scrubbed(&k.to_string_lossy()) {
            c.env_remove(&k);
        }
    }
    if std::env::var_os("PYENV_ROOT").is_none()
        && let Some(h) = std::env::var_os("HOME")
    {
        // pyenv shims (aws, python3, weed here) find their root through HOME, which is replaced below.
        c.env("PYENV_ROOT", Path::new(&h).join(".pyenv"));
    }
    c.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .current_dir(home);
    c
}

/// The `sosctl` binary as a plain child process (for tests that send it signals), scrubbed, in `home`.
pub fn sosctl_process(home: &Path) -> std::process::Command {
    scrubbed(sosctl_bin(), home)
}

/// The `sosctl` binary, scrubbed, in `home` (which the caller keeps), with a timeout.
pub fn sosctl_in(home: &Path) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::from_std(sosctl_process(home));
    c.timeout(COMMAND_TIMEOUT);
    c
}

/// The `sosctl` binary, scrubbed, in a fresh temporary HOME that lives as long as this value. Derefs to
/// [`assert_cmd::Command`].
pub struct Sosctl {
    cmd: assert_cmd::Command,
    home: tempfile::TempDir,
}

pub fn sosctl() -> Sosctl {
    let home = tempfile::tempdir().expect("a temporary HOME");
    Sosctl {
        cmd: sosctl_in(home.path()),
        home,
    }
}

impl Sosctl {
    /// The temporary HOME (also the working directory).
    pub fn home(&self) -> &Path {
        self.home.path()
    }

    /// The config directory sosctl will read (`$XDG_CONFIG_HOME`).
    pub fn config_dir(&self) -> PathBuf {
        self.home.path().join(".config")
    }

    /// Writes sosctl's own config file (`<config dir>/sosctl/config.toml`) and returns its path.
    pub fn write_config(&self, text: &str) -> PathBuf {
        self.write_config_at("sosctl/config.toml", text)
    }

    /// Writes a file under the config directory (e.g. `exoscale/exoscale.toml`) and returns its path.
    pub fn write_config_at(&self, rel: &str, text: &str) -> PathBuf {
        let p = self.config_dir().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        p
    }
}

impl Deref for Sosctl {
    type Target = assert_cmd::Command;
    fn deref(&self) -> &Self::Target {
        &self.cmd
    }
}

impl DerefMut for Sosctl {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.cmd
    }
}

/// A finished command's stdout as text.
pub fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A finished command's stderr as text.
pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
