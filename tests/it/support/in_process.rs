//! The bundled server inside the test process, for the tests that reach into it through its hooks (pause
//! replication, inject destination faults), read its store, or restart it on the same data directory. Every
//! test that runs it goes through here; a test that only needs a server uses the real binary instead.

use super::client::s3_client;
use sosctl::s3::Client;
pub use sosctl::server::replication::Fault;
pub use sosctl::server::{DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, RunningServer, ServerConfig, ServerHandle};

/// The default configuration (port 0, memory, the well-known pair) on a runtime of its own in a background
/// thread, for plain `#[test]`s; stops when dropped.
pub fn spawn() -> ServerHandle {
    sosctl::server::spawn(ServerConfig::default()).expect("the bundled server starts in process")
}

/// `cfg` on the calling `#[tokio::test]`'s runtime; stops when dropped or shut down.
pub async fn start(cfg: ServerConfig) -> RunningServer {
    sosctl::server::start(cfg)
        .await
        .expect("the bundled server starts in process")
}

/// A library client with the default access key and `secret` (a wrong one to test refusals).
pub fn client(endpoint: &str, region: &str, secret: &str, retries: u32) -> Client {
    s3_client(endpoint, region, DEFAULT_ACCESS_KEY, secret, retries)
}
