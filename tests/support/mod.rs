//! Shared harness of the integration tests: the `sosctl` binary in a scrubbed environment, third-party
//! tool detection that skips locally and fails in CI, free loopback ports, and polling with a deadline.
//!
//! Each test binary includes this with `mod support;` and uses only part of it.
#![allow(dead_code)]

use std::net::TcpListener;
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Variables that tell TLS clients where the CA certificates are: kept, since the machines set them and
/// tools must run with them.
const KEPT: [&str; 1] = ["AWS_CA_BUNDLE"];

/// Whether a variable would leak the developer's S3 setup into a test.
pub fn is_scrubbed(name: &str) -> bool {
    ["SOSCTL_", "EXOSCALE_", "AWS_"].iter().any(|p| name.starts_with(p)) && !KEPT.contains(&name)
}

/// The `sosctl` binary with HOME (and so the config dir) in a fresh temporary directory and every
/// SOSCTL_*/EXOSCALE_*/AWS_* variable removed. Derefs to [`assert_cmd::Command`]; the directory lives as
/// long as this value.
pub struct Sosctl {
    cmd: assert_cmd::Command,
    home: tempfile::TempDir,
}

pub fn sosctl() -> Sosctl {
    let home = tempfile::tempdir().expect("temp HOME");
    let mut cmd = assert_cmd::Command::cargo_bin("sosctl").expect("the sosctl binary");
    for (k, _) in std::env::vars_os() {
        if let Some(k) = k.to_str()
            && is_scrubbed(k)
        {
            cmd.env_remove(k);
        }
    }
    cmd.env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join(".config"))
        .current_dir(home.path());
    Sosctl { cmd, home }
}

impl Sosctl {
    /// The temporary HOME.
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

/// Whether a third-party tool is on PATH. Missing: prints why the test is skipped and returns false —
/// or panics when CI=true, so that CI never passes a test that did not run.
pub fn require_tool(name: &str) -> bool {
    if find_on_path(name).is_some() {
        return true;
    }
    skip(&format!("`{name}` is not on PATH"))
}

/// Whether `python3 -c "import MODULE"` works (boto3, moto); same skip/panic rule as [`require_tool`].
pub fn require_python_module(module: &str) -> bool {
    let ok = std::process::Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if ok {
        return true;
    }
    skip(&format!("python3 cannot import `{module}`"))
}

fn skip(why: &str) -> bool {
    if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
        panic!("{why}, and CI=true: install it (see .ci/run) instead of skipping");
    }
    eprintln!("SKIP: {why}; this test did not run");
    false
}

/// The full path of an executable on PATH.
pub fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// A TCP port on 127.0.0.1 that was free a moment ago, for third-party servers that cannot be told to
/// bind port 0. (Our own server binds port 0 itself.)
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("bind 127.0.0.1:0")
        .port()
}

/// Polls `cond` until it holds or `deadline` has passed; returns whether it held. Starts at 10 ms between
/// polls and backs off to 200 ms.
pub fn wait_until(deadline: Duration, mut cond: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + deadline;
    let mut pause = Duration::from_millis(10);
    loop {
        if cond() {
            return true;
        }
        if Instant::now() >= end {
            return false;
        }
        std::thread::sleep(pause.min(end.saturating_duration_since(Instant::now())));
        pause = (pause * 2).min(Duration::from_millis(200));
    }
}

/// Whether something accepts TCP connections on 127.0.0.1:port.
pub fn port_open(port: u16) -> bool {
    std::net::TcpStream::connect_timeout(
        &std::net::SocketAddr::from(([127, 0, 0, 1], port)),
        Duration::from_millis(200),
    )
    .is_ok()
}

/// A stand-in HTTP server on 127.0.0.1:0 that answers every request with the same status and body (an S3
/// error document, say) and keeps the request heads it saw. It runs until the test process ends.
pub struct CannedServer {
    pub port: u16,
    pub requests: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

pub fn canned_server(status: &'static str, body: &'static str) -> CannedServer {
    use std::io::{BufRead, BufReader, Write};
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let port = listener.local_addr().unwrap().port();
    let requests = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = requests.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
                head.push_str(&line);
                line.clear();
            }
            seen.lock().unwrap().push(head);
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\ncontent-type: application/xml\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    CannedServer { port, requests }
}

/// A third-party server process started by a test; killed (only this process) when dropped.
pub struct ServerProcess {
    pub port: u16,
    child: std::process::Child,
}

impl ServerProcess {
    /// Starts `program args...` (which must listen on `port`) and waits up to `deadline` until the port
    /// accepts connections. Panics with the server's output when it exits or never listens.
    pub fn start(program: &str, args: &[&str], port: u16, deadline: Duration) -> ServerProcess {
        let log = tempfile::NamedTempFile::new().unwrap();
        let child = std::process::Command::new(program)
            .args(args)
            .stdin(std::process::Stdio::null())
            .stdout(log.reopen().unwrap())
            .stderr(log.reopen().unwrap())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
        let mut server = ServerProcess { port, child };
        let up = wait_until(deadline, || {
            port_open(port) || server.child.try_wait().ok().flatten().is_some()
        });
        if !up || !port_open(port) {
            let out = std::fs::read_to_string(log.path()).unwrap_or_default();
            panic!("{program} did not listen on 127.0.0.1:{port} within {deadline:?}:\n{out}");
        }
        server
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// moto's S3 server on a free loopback port (it accepts any credentials and does not replicate), or None
/// when moto is missing outside CI.
pub fn moto() -> Option<ServerProcess> {
    if !require_python_module("moto.server") {
        return None;
    }
    let port = free_port();
    let p = port.to_string();
    Some(ServerProcess::start(
        "python3",
        &["-m", "moto.server", "-H", "127.0.0.1", "-p", &p],
        port,
        Duration::from_secs(30),
    ))
}
