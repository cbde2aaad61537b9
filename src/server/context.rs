//! The request context the operations work with: [`App`], what every request shares (store, replication
//! engine, keys, default region), and [`Req`], one authenticated request (what it addresses, its headers,
//! its decoded body). A leaf: it knows nothing of routing tables or handlers.

use super::auth::{Keyring, VerifiedChecksum};
use super::iam::Iam;
use super::replication::engine::Engine;
use super::router::Target;
use super::store::Store;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// The client's address, in each request's extensions (set by the listener).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Peer(pub std::net::SocketAddr);

/// Shared by all requests.
pub(crate) struct App {
    pub store: Arc<Store>,
    pub engine: Arc<Engine>,
    pub keyring: Keyring,
    /// Roles and the keys bound to them.
    pub iam: Arc<Iam>,
    /// Zone of buckets created by requests that name none (and of requests signed without one).
    pub region: String,
    pub verbose: bool,
    /// The Prometheus metrics (`server::metrics`); None only for an App built without them.
    pub metrics: Option<Arc<super::metrics::Metrics>>,
    /// Whether the S3 listener answers an unsigned `GET /metrics` from loopback (no `--metrics-listen`).
    pub metrics_on_s3_listener: bool,
    next_id: AtomicU64,
}

impl App {
    pub fn new(
        store: Arc<Store>,
        engine: Arc<Engine>,
        keyring: Keyring,
        iam: Arc<Iam>,
        region: String,
        verbose: bool,
    ) -> App {
        App {
            store,
            engine,
            keyring,
            iam,
            region,
            verbose,
            metrics: None,
            metrics_on_s3_listener: true,
            // A random start, so that ids of two runs do not repeat each other.
            next_id: AtomicU64::new(u64::from(fastrand::u32(..)) << 20),
        }
    }

    pub fn request_id(&self) -> String {
        format!("{:016X}", self.next_id.fetch_add(1, Ordering::Relaxed))
    }
}

/// A request after authentication: what it addresses, its headers, its decoded body.
pub(crate) struct Req {
    pub method: axum::http::Method,
    pub headers: axum::http::HeaderMap,
    pub target: Target,
    pub region: String,
    pub body: bytes::Bytes,
    /// The `x-amz-checksum-*` values (header or trailer) the body was verified against.
    pub checksums: Vec<VerifiedChecksum>,
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
    /// `x-amz-bypass-governance-retention: true`: lets a permitted caller shorten or remove GOVERNANCE
    /// retention.
    pub fn bypass_governance(&self) -> bool {
        self.header("x-amz-bypass-governance-retention")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    }
    /// `/bucket/key` for error documents.
    pub fn resource(&self) -> String {
        match &self.target.key {
            Some(k) => format!("/{}/{k}", self.bucket()),
            None => format!("/{}", self.bucket()),
        }
    }
}
