//! `sosctl serve` as a child process, started one way for every test that needs the real binary: on
//! `--listen 127.0.0.1:0`, with the endpoint read from its start-up lines (`cli::serve::banner`: an
//! `endpoint:` line, ..., an `export ...` line last), polled for with a deadline.

use super::env::sosctl_process;
use super::poll::wait_until;
use super::process::{Watched, scratch_dir};
use std::path::Path;
use std::process::ExitStatus;
use std::time::Duration;

/// How long a start may take before it counts as failed (a debug build on two busy cores).
const START_DEADLINE: Duration = Duration::from_secs(30);

/// A running `sosctl serve`; killed (this process only) when dropped.
pub struct ServeProcess {
    process: Watched,
    /// `http://127.0.0.1:PORT`, from the start-up lines.
    pub endpoint: String,
    /// The start-up lines, without line ends.
    pub banner: Vec<String>,
}

impl ServeProcess {
    /// `sosctl serve --listen 127.0.0.1:0 ARGS...` with `env` on top of the scrubbed environment; panics with
    /// the server's output when it does not start.
    pub fn start(args: &[&str], env: &[(&str, &str)]) -> ServeProcess {
        Self::try_start(args, env).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Like [`ServeProcess::start`], with `home` as HOME (and its `.config` as the config dir) instead of
    /// a fresh one: for tests that set up a config file first.
    pub fn start_in(home: &Path, args: &[&str], env: &[(&str, &str)]) -> ServeProcess {
        Self::try_start_in(Some(home), args, env).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Like [`ServeProcess::start`], returning why it did not start.
    pub fn try_start(args: &[&str], env: &[(&str, &str)]) -> Result<ServeProcess, String> {
        Self::try_start_in(None, args, env)
    }

    fn try_start_in(home: Option<&Path>, args: &[&str], env: &[(&str, &str)]) -> Result<ServeProcess, String> {
        let dir = scratch_dir("serve").map_err(|e| format!("sosctl serve: no scratch directory: {e}"))?;
        let home = match home {
            Some(h) => h.to_path_buf(),
            None => {
                let h = dir.join("home");
                std::fs::create_dir(&h).map_err(|e| format!("sosctl serve: no HOME: {e}"))?;
                h
            }
        };
        let mut cmd = sosctl_process(&home);
        cmd.args(["serve", "--listen", "127.0.0.1:0"])
            .args(args)
            .envs(env.iter().copied());
        let mut process = Watched::start(cmd, dir).map_err(|e| format!("sosctl serve does not start: {e}"))?;
        let mut banner = None;
        let mut ended = None;
        wait_until(START_DEADLINE, || {
            banner = parse_banner(&process.stdout());
            ended = process.exited();
            banner.is_some() || ended.is_some()
        });
        match (banner, ended) {
            (Some((endpoint, banner)), None) => Ok(ServeProcess {
                process,
                endpoint,
                banner,
            }),
            (_, Some(status)) => Err(format!(
                "sosctl serve {args:?} exited ({status}) before it served:\n{}",
                process.output_tail()
            )),
            (None, None) => Err(format!(
                "sosctl serve {args:?} printed no endpoint within {START_DEADLINE:?}:\n{}",
                process.output_tail()
            )),
        }
    }

    pub fn pid(&self) -> u32 {
        self.process.pid()
    }

    /// SIGKILL: no chance to flush anything; waits for the end.
    pub fn kill(&mut self) -> ExitStatus {
        self.process.kill()
    }

    /// Waits for the process to end (after the test signalled it).
    pub fn wait(&mut self) -> ExitStatus {
        self.process.wait()
    }

    /// Everything the server wrote on stderr so far (`-v` logs a line per request there).
    pub fn stderr(&self) -> String {
        self.process.stderr()
    }
}

/// The endpoint and the lines of a complete banner (the `export` line ended), or None while incomplete or
/// when it names no endpoint.
fn parse_banner(stdout: &str) -> Option<(String, Vec<String>)> {
    let lines: Vec<&str> = stdout.split_inclusive('\n').collect();
    let end = lines
        .iter()
        .position(|l| l.starts_with("export ") && l.ends_with('\n'))?;
    let banner: Vec<String> = lines[..=end].iter().map(|l| l.trim_end().to_string()).collect();
    let endpoint = banner
        .iter()
        .find_map(|l| l.strip_prefix("endpoint:"))
        .map(|e| e.trim().to_string())?;
    Some((endpoint, banner))
}
