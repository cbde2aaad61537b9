//! `sosctl serve`: the bundled S3-compatible server (path-style and `BUCKET.localhost` virtual hosts).
//!
//! - [`router`]: method + path + query → [`router::Endpoint`], named after the S3 operations.
//! - [`store`]: buckets, versions, Object Lock, multipart, replication state; persistence for `--data-dir`.
//! - [`replication`]: the stored replication config, PUT-time validation, and the replication engine's hooks.
//! - [`engine`]: the asynchronous replication engine and the `/_sosctl/replication` operator endpoints.
//! - `bucket`, `object`, `multipart`, `lock`, `list`: one module per operation family (HTTP ↔ store).
//! - [`error`]: the S3 error table and XML error document.
//!
//! Every request is authenticated ([`auth`]) before anything else, then its body is read and decoded.
//!
//! Public API: [`ServerConfig`], [`start`] → [`RunningServer`] (async), [`spawn`] → [`ServerHandle`] (own
//! runtime in a background thread, for sync callers).

pub mod auth;
mod bucket;
pub mod error;
mod http;
mod list;
mod lock;
mod multipart;
mod object;
pub mod replication;
mod reqbody;
pub mod router;
pub mod store;
mod xml;

use error::{Kind, S3Error, S3Result};
use replication::{Hooks, engine};
use router::Endpoint;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Instant, SystemTime};
use store::Store;

pub const DEFAULT_ACCESS_KEY: &str = "sosctl-local";
pub const DEFAULT_SECRET_KEY: &str = "sosctl-local-secret";
pub const DEFAULT_REGION: &str = "ch-dk-2";

/// Largest request body accepted (S3's single-PUT limit).
const MAX_BODY: usize = 5 * 1024 * 1024 * 1024;

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
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            data_dir: None,
            credentials: vec![(DEFAULT_ACCESS_KEY.to_string(), DEFAULT_SECRET_KEY.to_string())],
            region: DEFAULT_REGION.to_string(),
            replication_workers: 8,
            verbose: false,
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

/// Shared by all requests.
pub(crate) struct App {
    pub store: Arc<Store>,
    pub engine: Arc<engine::Engine>,
    pub keyring: auth::Keyring,
    pub region: String,
    pub verbose: bool,
    next_id: AtomicU64,
}

impl App {
    fn request_id(&self) -> String {
        format!("{:016X}", self.next_id.fetch_add(1, Ordering::Relaxed))
    }
}

/// A server running on the caller's tokio runtime. Dropping it stops it (without waiting).
pub struct RunningServer {
    addr: SocketAddr,
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
    let listener = tokio::net::TcpListener::bind(cfg.listen)
        .await
        .map_err(|source| ServerError::Bind {
            addr: cfg.listen,
            source,
        })?;
    let addr = listener.local_addr().map_err(ServerError::Runtime)?;
    let hooks = Arc::new(Hooks::default());
    // Test-only slowdown of the replication workers (see `engine`); ignored unless a number.
    let delay = std::env::var("SOSCTL_SERVE_TEST_REPLICATION_DELAY_MS")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(std::time::Duration::ZERO, std::time::Duration::from_millis);
    let engine = engine::Engine::start(store.clone(), hooks.clone(), cfg.replication_workers, delay);
    let app = Arc::new(App {
        store: store.clone(),
        engine: engine.clone(),
        keyring: auth::Keyring::new(cfg.credentials.clone()),
        region: cfg.region.clone(),
        verbose: cfg.verbose,
        next_id: AtomicU64::new(u64::from(fastrand::u32(..)) << 20),
    });
    let router = axum::Router::new().fallback(handle).with_state(app);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, router)
            .with_graceful_shutdown(async move {
                let _ = stopped.await;
            })
            .await;
    });
    Ok(RunningServer {
        addr,
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

/// A request after authentication: what it addresses, its headers, its decoded body.
pub(crate) struct Req {
    pub method: axum::http::Method,
    pub headers: axum::http::HeaderMap,
    pub target: router::Target,
    pub region: String,
    pub body: bytes::Bytes,
}

impl Req {
    pub fn bucket(&self) -> &str {
        self.target.bucket.as_deref().unwrap_or("")
    }
    pub fn key(&self) -> &str {
        self.target.key.as_deref().unwrap_or("")
    }
    pub fn query(&self, k: &str) -> Option<&str> {
        self.target.query.get(k)
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    /// `/bucket/key` for error documents.
    pub fn resource(&self) -> String {
        match &self.target.key {
            Some(k) => format!("/{}/{k}", self.bucket()),
            None => format!("/{}", self.bucket()),
        }
    }
}

type Response = axum::response::Response;

async fn handle(axum::extract::State(app): axum::extract::State<Arc<App>>, req: axum::extract::Request) -> Response {
    let started = Instant::now();
    let rid = app.request_id();
    let method = req.method().clone();
    let uri = req.uri().clone();
    let mut resp = match dispatch(&app, req).await {
        Ok(r) => r,
        Err(e) => http::error_response(&e, &rid, method == axum::http::Method::HEAD),
    };
    let h = resp.headers_mut();
    if let Ok(v) = axum::http::HeaderValue::from_str(&rid) {
        h.insert("x-amz-request-id", v.clone());
        h.insert("x-amz-id-2", v);
    }
    h.insert(
        axum::http::header::SERVER,
        axum::http::HeaderValue::from_static("sosctl"),
    );
    if app.verbose {
        eprintln!(
            "{} {} {} {}ms",
            method,
            uri.path_and_query().map(|p| p.as_str()).unwrap_or("/"),
            resp.status().as_u16(),
            started.elapsed().as_millis()
        );
    }
    resp
}

fn auth_error(e: auth::AuthError) -> S3Error {
    S3Error::raw(e.code, e.status, e.message)
}

async fn dispatch(app: &App, req: axum::extract::Request) -> S3Result<Response> {
    let (parts, body) = req.into_parts();
    let ctx = auth::authenticate(
        &parts.method,
        &parts.uri,
        &parts.headers,
        &app.keyring,
        SystemTime::now(),
    )
    .map_err(auth_error)?;
    let target = router::Target::from_request(&parts.uri, &parts.headers);
    let endpoint = router::route(&parts.method, &target, parts.headers.contains_key("x-amz-copy-source"));
    if let Endpoint::NotImplemented(op) = &endpoint {
        return Err(S3Error::not_implemented(op));
    }
    let raw = reqbody::read(body, MAX_BODY)
        .await
        .map_err(|e| S3Error::msg(Kind::IncompleteBody, format!("could not read the request body: {e}")))?;
    // Hashing and de-chunking a large body takes a while: keep it off the async workers.
    let body = if raw.len() > 1024 * 1024 {
        let (ctx, headers) = (ctx.clone(), parts.headers.clone());
        tokio::task::spawn_blocking(move || auth::decode_body(&ctx, &headers, raw))
            .await
            .map_err(S3Error::internal)?
            .map_err(auth_error)?
    } else {
        auth::decode_body(&ctx, &parts.headers, raw).map_err(auth_error)?
    };
    let region = if ctx.region.is_empty() {
        app.region.clone()
    } else {
        ctx.region.clone()
    };
    let rq = Req {
        method: parts.method,
        headers: parts.headers,
        target,
        region,
        body,
    };
    let res = run(app, &endpoint, &rq).await;
    res.map_err(|e| {
        if e.resource.is_empty() {
            e.with_resource(rq.resource())
        } else {
            e
        }
    })
}

async fn run(app: &App, endpoint: &Endpoint, rq: &Req) -> S3Result<Response> {
    use Endpoint::*;
    match endpoint {
        ListBuckets => bucket::list_buckets(app, rq),
        CreateBucket => bucket::create(app, rq).await,
        DeleteBucket => bucket::delete(app, rq).await,
        HeadBucket => bucket::head(app, rq),
        GetBucketLocation => bucket::location(app, rq),
        GetBucketVersioning => lock::get_versioning(app, rq),
        PutBucketVersioning => lock::put_versioning(app, rq).await,
        GetObjectLockConfiguration => lock::get_lock_config(app, rq),
        PutObjectLockConfiguration => lock::put_lock_config(app, rq).await,
        GetBucketReplication => bucket::get_replication(app, rq),
        PutBucketReplication => bucket::put_replication(app, rq).await,
        DeleteBucketReplication => bucket::delete_replication(app, rq).await,
        ListObjects => list::list_objects(app, rq, false),
        ListObjectsV2 => list::list_objects(app, rq, true),
        ListObjectVersions => list::list_versions(app, rq),
        ListMultipartUploads => multipart::list_uploads(app, rq),
        DeleteObjects => object::delete_objects(app, rq).await,
        PutObject => object::put(app, rq).await,
        CopyObject => object::copy(app, rq).await,
        GetObject => object::get(app, rq, false).await,
        HeadObject => object::get(app, rq, true).await,
        DeleteObject => object::delete(app, rq).await,
        CreateMultipartUpload => multipart::create(app, rq).await,
        UploadPart => multipart::upload_part(app, rq).await,
        UploadPartCopy => multipart::upload_part_copy(app, rq).await,
        CompleteMultipartUpload => multipart::complete(app, rq).await,
        AbortMultipartUpload => multipart::abort(app, rq).await,
        ListParts => multipart::list_parts(app, rq),
        GetObjectRetention => lock::get_retention(app, rq),
        PutObjectRetention => lock::put_retention(app, rq).await,
        GetObjectLegalHold => lock::get_legal_hold(app, rq),
        PutObjectLegalHold => lock::put_legal_hold(app, rq).await,
        OperatorHealth => Ok(http::text(axum::http::StatusCode::OK, "ok\n")),
        OperatorReplication => {
            let post = rq.method == axum::http::Method::POST;
            let present: Vec<&str> = ["retry-failed", "pause", "resume"]
                .into_iter()
                .filter(|k| rq.query(k).is_some())
                .collect();
            let doc = app.engine.operator(post, &present).await?;
            Ok(http::json(axum::http::StatusCode::OK, &doc))
        }
        NotImplemented(op) => Err(S3Error::not_implemented(op)),
    }
}
