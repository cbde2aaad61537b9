//! `sosctl serve`: the bundled S3-compatible server (path-style and `BUCKET.localhost` virtual hosts).
//!
//! A request is routed first (pure, no I/O), then authenticated, then its body is read and decoded, then
//! the operation runs against the store. Routing errors are answered only once the request is
//! authenticated and its body decoded.
//!
//! - this file: the public façade: [`ServerConfig`], [`start`], [`spawn`], [`RunningServer`],
//!   [`ServerHandle`], [`ServerError`].
//! - `listener`: the accept loop and the connections (connection limit, idle and header timeouts, graceful
//!   shutdown), on hyper's HTTP/1 driver.
//! - `context`: `App` (what every request shares) and `Req` (one authenticated request).
//! - `dispatch`: the order above, and the response stamping (request id, `Server`, the verbose log line).
//! - [`router`]: method + path + query + headers → [`router::Endpoint`], named after the S3 operations, with
//!   the multipart parameters parsed and checked.
//! - [`auth`]: SigV4 (header and presigned URL), then body verification (aws-chunked, checksums).
//! - `ops`: one module per operation family (`bucket`, `object`, `multipart`, `lock`, `list`): HTTP ↔ store.
//! - [`store`]: buckets, versions, Object Lock, multipart, replication state; persistence for `--data-dir`.
//!   It owns its side of replication (`store::port`), so it depends on no replication code.
//! - [`replication`]: PUT-time validation of a replication configuration, the asynchronous engine and the
//!   `/_sosctl/replication` operator endpoints ([`replication::engine`]), and its test hooks
//!   ([`replication::Hooks`], [`replication::Fault`]).
//! - [`error`]: the S3 error table and XML error document; `xml`: reading and writing S3 XML; `http`:
//!   responses, S3 time formats, object headers; `reqbody`: reading and verifying a body as it arrives,
//!   within the endpoint's limit, into one buffer or the store.
//!
//! Public API: [`ServerConfig`], [`start`] → [`RunningServer`] (async), [`spawn`] → [`ServerHandle`] (own
//! runtime in a background thread, for sync callers).

pub mod auth;
mod context;
mod dispatch;
pub mod error;
mod http;
pub mod iam;
mod listener;
pub mod metrics;
mod ops;
pub mod replication;
mod reqbody;
pub mod router;
pub mod store;
mod xml;
mod zone;

use context::App;
use replication::{Hooks, engine};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use store::Store;

pub const DEFAULT_ACCESS_KEY: &str = "sosctl-local";
pub const DEFAULT_SECRET_KEY: &str = "sosctl-local-secret";
pub const DEFAULT_REGION: &str = "ch-dk-2";

/// How to run the server.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub listen: SocketAddr,
    /// `None`: everything in memory.
    pub data_dir: Option<PathBuf>,
    /// (access key, secret key) pairs accepted.
    pub credentials: Vec<(String, String)>,
    /// Zone of buckets created by requests that name none.
    pub region: String,
    pub replication_workers: usize,
    /// One line per request on stderr.
    pub verbose: bool,
    /// Test-only: each replication worker waits this long before each item, so that a test can catch
    /// replication in the middle (`sosctl serve --test-replication-delay-ms`). Zero otherwise.
    pub test_replication_delay: std::time::Duration,
    /// Most connections open at once; further clients wait until one closes.
    pub max_connections: usize,
    /// `--iam FILE`: roles and API keys bound to them, applied at start (format in `iam::startup`).
    pub iam_file: Option<PathBuf>,
    /// How long a request head may take once its first byte has arrived.
    pub header_timeout: std::time::Duration,
    /// How long a connection may wait for its next request (or a request body, or a client reading its
    /// response) before it is closed.
    pub idle_timeout: std::time::Duration,
    /// Where the Prometheus metrics are served: None on the S3 listener, to loopback clients only
    /// ([`metrics`]); Some(ADDR) on a listener of their own, to anyone reaching it.
    pub metrics_listen: Option<SocketAddr>,
}

/// [`ServerConfig::max_connections`] by default: twice the most requests a sosctl client keeps in flight
/// (`s3::limiter::CEILING`), so that one client at its ceiling, with the connections its pool opens
/// beside them, never waits for a free one. `serve` raises the open-file limit to fit (`cli::serve`).
pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;
/// The listen backlog asked of the kernel (which caps it at `net.core.somaxconn`): a client that opens
/// hundreds of connections at once (a distant one, see `s3::limiter`) must not overflow the queue of
/// connections not yet accepted, where a dropped SYN costs it a retransmission a second later. The
/// standard library's `bind` asks for 128.
pub const LISTEN_BACKLOG: u32 = 1024;

/// Binds `addr` for listening, with [`LISTEN_BACKLOG`] (and SO_REUSEADDR on Unix, as the standard
/// library's `bind` sets it).
async fn bind(addr: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    #[cfg(unix)]
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(LISTEN_BACKLOG)
}
/// [`ServerConfig::header_timeout`] by default.
pub const DEFAULT_HEADER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// [`ServerConfig::idle_timeout`] by default.
pub const DEFAULT_IDLE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            data_dir: None,
            credentials: vec![(DEFAULT_ACCESS_KEY.to_string(), DEFAULT_SECRET_KEY.to_string())],
            region: DEFAULT_REGION.to_string(),
            replication_workers: 8,
            verbose: false,
            test_replication_delay: std::time::Duration::ZERO,
            max_connections: DEFAULT_MAX_CONNECTIONS,
            iam_file: None,
            header_timeout: DEFAULT_HEADER_TIMEOUT,
            idle_timeout: DEFAULT_IDLE_TIMEOUT,
            metrics_listen: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error("invalid server configuration: {0}")]
    Config(String),
    #[error("server runtime: {0}")]
    Runtime(std::io::Error),
}

/// A server running on the caller's tokio runtime. Dropping it stops it (without waiting).
pub struct RunningServer {
    addr: SocketAddr,
    metrics_addr: Option<SocketAddr>,
    metrics_task: Option<tokio::task::JoinHandle<()>>,
    store: Arc<Store>,
    engine: Arc<engine::Engine>,
    hooks: Arc<Hooks>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl RunningServer {
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    /// `http://127.0.0.1:PORT`
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }
    /// Where `GET /metrics` is served: the metrics listener, or the S3 one (to loopback clients).
    pub fn metrics_url(&self) -> String {
        format!("http://{}/metrics", self.metrics_addr.unwrap_or(self.addr))
    }
    /// Test hooks for the replication engine (pause, destination faults).
    pub fn hooks(&self) -> &Arc<Hooks> {
        &self.hooks
    }
    /// The store (for the replication engine and tests).
    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }
    /// Stops accepting, lets requests in flight finish, flushes the journal.
    pub async fn shutdown(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.metrics_task.take() {
            t.abort();
        }
        if let Some(t) = self.task.take() {
            let _ = t.await;
        }
        self.engine.shutdown().await;
        self.store.close();
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.metrics_task.take() {
            t.abort();
        }
        let _ = self.engine.stop();
    }
}

/// Binds, loads the data dir, and serves until shut down.
pub async fn start(cfg: ServerConfig) -> Result<RunningServer, ServerError> {
    if cfg.credentials.is_empty() {
        return Err(ServerError::Config(
            "at least one access key / secret key pair is needed".into(),
        ));
    }
    if let Some((k, _)) = cfg.credentials.iter().find(|(k, s)| k.is_empty() || s.is_empty()) {
        return Err(ServerError::Config(format!(
            "empty access key or secret key (access key `{k}`)"
        )));
    }
    if cfg.max_connections == 0 || cfg.header_timeout.is_zero() || cfg.idle_timeout.is_zero() {
        return Err(ServerError::Config(
            "the connection limit and the header and idle timeouts must be above zero".into(),
        ));
    }
    let store = match &cfg.data_dir {
        Some(dir) => {
            let dir = dir.clone();
            tokio::task::spawn_blocking(move || Store::open(&dir))
                .await
                .map_err(|e| ServerError::Runtime(std::io::Error::other(e)))??
        }
        None => Store::memory(),
    };
    let store = Arc::new(store);
    let iam = Arc::new(match &cfg.data_dir {
        Some(dir) => iam::Iam::open(dir).map_err(ServerError::Config)?,
        None => iam::Iam::memory(),
    });
    if let Some(file) = &cfg.iam_file {
        let read = iam::load_iam_file(file).map_err(ServerError::Config)?;
        read.apply(&iam, &file.display().to_string())
            .await
            .map_err(ServerError::Config)?;
    }
    if store.data_dir().is_some() {
        // Rewrites the journal when it has grown; ends when the store is gone.
        let weak = Arc::downgrade(&store);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_secs(2));
            loop {
                tick.tick().await;
                let Some(s) = weak.upgrade() else { break };
                if s.needs_compaction() {
                    // A failed compaction (or a panicked one) leaves the journal as it was; the next tick retries.
                    let outcome = match tokio::task::spawn_blocking(move || s.compact()).await {
                        Ok(done) => done.map_err(|e| e.to_string()),
                        Err(panicked) => Err(panicked.to_string()),
                    };
                    if let Err(e) = outcome {
                        eprintln!("sosctl serve: journal compaction failed (will retry): {e}");
                    }
                }
            }
        });
    }
    let listener = bind(cfg.listen).await.map_err(|source| ServerError::Bind {
        addr: cfg.listen,
        source,
    })?;
    let addr = listener.local_addr().map_err(ServerError::Runtime)?;
    let hooks = Arc::new(Hooks::default());
    let engine = engine::Engine::start_as(
        store.clone(),
        hooks.clone(),
        cfg.replication_workers,
        cfg.test_replication_delay,
        Some(iam.clone()),
    );
    let metrics = Arc::new(metrics::Metrics::new());
    engine.set_metrics(metrics.clone());
    let keyring = auth::Keyring::new(cfg.credentials.clone());
    for (k, secret) in iam.key_pairs() {
        if keyring.contains(&k) {
            return Err(ServerError::Config(format!(
                "API key {k} is both a key of the server and a key bound to an IAM role"
            )));
        }
        keyring.insert(k, secret);
    }
    let mut app = App::new(
        store.clone(),
        engine.clone(),
        keyring,
        iam,
        cfg.region.clone(),
        cfg.verbose,
    );
    app.metrics = Some(metrics);
    // With a listener of their own, the S3 listener no longer serves them.
    app.metrics_on_s3_listener = cfg.metrics_listen.is_none();
    let app = Arc::new(app);
    let (metrics_addr, metrics_task) = match cfg.metrics_listen {
        Some(at) => {
            let l = bind(at)
                .await
                .map_err(|source| ServerError::Bind { addr: at, source })?;
            let bound = l.local_addr().map_err(ServerError::Runtime)?;
            let limits = listener::Limits {
                max_connections: 64,
                header_timeout: cfg.header_timeout,
                idle_timeout: cfg.idle_timeout,
            };
            (
                Some(bound),
                Some(tokio::spawn(listener::serve_metrics(l, app.clone(), limits))),
            )
        }
        None => (None, None),
    };
    let limits = listener::Limits {
        max_connections: cfg.max_connections,
        header_timeout: cfg.header_timeout,
        idle_timeout: cfg.idle_timeout,
    };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(listener::serve(listener, app, limits, stopped));
    Ok(RunningServer {
        addr,
        metrics_addr,
        metrics_task,
        store,
        engine,
        hooks,
        stop: Some(stop),
        task: Some(task),
    })
}

/// A server on its own runtime in a background thread; stops (and waits) on drop.
pub struct ServerHandle {
    addr: SocketAddr,
    hooks: Arc<Hooks>,
    store: Arc<Store>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl ServerHandle {
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }
    pub fn hooks(&self) -> &Arc<Hooks> {
        &self.hooks
    }
    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }
    /// Stops the server and waits for it.
    pub fn stop(mut self) {
        self.stop_now();
    }
    fn stop_now(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for ServerHandle {
    fn drop(&mut self) {
        self.stop_now();
    }
}

/// Runs [`start`] on a new runtime in a background thread.
pub fn spawn(cfg: ServerConfig) -> Result<ServerHandle, ServerError> {
    type Ready = Result<(SocketAddr, Arc<Hooks>, Arc<Store>), ServerError>;
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Ready>();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::Builder::new()
        .name("sosctl-serve".into())
        .spawn(move || {
            let rt = match tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
            {
                Ok(rt) => rt,
                Err(e) => {
                    let _ = ready_tx.send(Err(ServerError::Runtime(e)));
                    return;
                }
            };
            rt.block_on(async move {
                match start(cfg).await {
                    Ok(s) => {
                        let _ = ready_tx.send(Ok((s.addr(), s.hooks.clone(), s.store.clone())));
                        let _ = stopped.await;
                        s.shutdown().await;
                    }
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                    }
                }
            });
        })
        .map_err(ServerError::Runtime)?;
    match ready_rx.recv() {
        Ok(Ok((addr, hooks, store))) => Ok(ServerHandle {
            addr,
            hooks,
            store,
            stop: Some(stop),
            thread: Some(thread),
        }),
        Ok(Err(e)) => {
            let _ = thread.join();
            Err(e)
        }
        Err(_) => {
            let _ = thread.join();
            Err(ServerError::Runtime(std::io::Error::other(
                "server thread ended before starting",
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A burst of connections larger than the standard library's backlog of 128 is queued by the kernel,
    /// not dropped: none of 400 connects, made at once to a listener that accepts none of them, waits for
    /// a SYN retransmission (a second or more).
    #[tokio::test]
    async fn the_listen_backlog_queues_a_burst_of_new_connections() {
        let listener = bind(SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut connects = tokio::task::JoinSet::new();
        for _ in 0..400 {
            connects.spawn(async move {
                tokio::time::timeout(
                    std::time::Duration::from_millis(800),
                    tokio::net::TcpStream::connect(addr),
                )
                .await
            });
        }
        let mut open = Vec::new();
        while let Some(r) = connects.join_next().await {
            match r.unwrap() {
                Ok(Ok(s)) => open.push(s),
                Ok(Err(e)) => panic!("connect failed after {} connections: {e}", open.len()),
                Err(_) => panic!("a connect waited beyond 800 ms, after {} connections", open.len()),
            }
        }
        assert_eq!(open.len(), 400);
        drop(listener);
    }
}
