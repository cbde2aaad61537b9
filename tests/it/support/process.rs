//! Long-running processes a test starts (servers): output into files of a scratch directory, stopped and
//! cleaned up when dropped, and — since the servers shared by the whole binary live in statics, which are
//! never dropped — also by a watchdog shell once the test process is gone.

use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};

/// A child process with its stdout and stderr in `dir/stdout.log` and `dir/stderr.log`.
pub struct Watched {
    child: Child,
    dir: PathBuf,
    watchdog: Child,
}

/// A fresh scratch directory named after `name`, which a [`Watched`] process then owns (removes).
pub fn scratch_dir(name: &str) -> std::io::Result<PathBuf> {
    Ok(tempfile::Builder::new()
        .prefix(&format!("sosctl-it-{name}-"))
        .tempdir()?
        .keep())
}

/// Polls the test process and the child; a child that ended first is the test's to clean up (its output
/// stays readable). Once the test process is gone: TERM, up to 10 s of grace, KILL, and the scratch
/// directory removed. Arguments: test pid, child pid, scratch directory.
const WATCHDOG: &str = r#"
while kill -0 "$1" 2>/dev/null; do
  kill -0 "$2" 2>/dev/null || exit 0
  sleep 0.2
done
kill "$2" 2>/dev/null
i=0
while kill -0 "$2" 2>/dev/null && [ "$i" -lt 20 ]; do sleep 0.5; i=$((i+1)); done
kill -9 "$2" 2>/dev/null
rm -rf "$3"
"#;

impl Watched {
    /// Starts `cmd` (stdin closed) and its watchdog. `dir` comes from [`scratch_dir`]; it is removed with
    /// this value, or by the watchdog.
    pub fn start(mut cmd: Command, dir: PathBuf) -> std::io::Result<Watched> {
        let out = std::fs::File::create(dir.join("stdout.log"))?;
        let err = std::fs::File::create(dir.join("stderr.log"))?;
        let mut child = cmd.stdin(Stdio::null()).stdout(out).stderr(err).spawn()?;
        let watchdog = Command::new("sh")
            .arg("-c")
            .arg(WATCHDOG)
            .arg("watchdog")
            .arg(std::process::id().to_string())
            .arg(child.id().to_string())
            .arg(&dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        match watchdog {
            Ok(watchdog) => Ok(Watched { child, dir, watchdog }),
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                let _ = std::fs::remove_dir_all(&dir);
                Err(e)
            }
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Everything the process wrote on stdout so far.
    pub fn stdout(&self) -> String {
        std::fs::read_to_string(self.dir.join("stdout.log")).unwrap_or_default()
    }

    /// Everything the process wrote on stderr so far.
    pub fn stderr(&self) -> String {
        std::fs::read_to_string(self.dir.join("stderr.log")).unwrap_or_default()
    }

    /// The last lines of stdout and stderr, for an error message.
    pub fn output_tail(&self) -> String {
        let text = format!("{}{}", self.stdout(), self.stderr());
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(15)..].join("\n")
    }

    /// The exit status if the process has ended.
    pub fn exited(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    /// Waits for the process to end.
    pub fn wait(&mut self) -> ExitStatus {
        self.child.wait().expect("wait for a child process")
    }

    /// SIGKILL (only this process), then waits for it.
    pub fn kill(&mut self) -> ExitStatus {
        self.child.kill().expect("SIGKILL a child process");
        self.wait()
    }
}

impl Drop for Watched {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // The watchdog sees the child gone within one of its polls and exits.
        let _ = self.watchdog.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
