//! The library's own S3 client, for seeding and checking a server's state independently of the commands
//! under test, and a way to run its futures from a plain `#[test]`.

use sosctl::s3::{Client, ClientConfig};
use std::time::Duration;

/// A client for `endpoint`, signing for `region` with the given pair, retrying idempotent requests
/// `retries` times.
pub fn s3_client(endpoint: &str, region: &str, access_key: &str, secret_key: &str, retries: u32) -> Client {
    Client::new(ClientConfig {
        endpoint: endpoint.to_string(),
        region: region.to_string(),
        access_key: access_key.to_string(),
        secret_key: secret_key.to_string(),
        session_token: None,
        timeout: Duration::from_secs(30),
        retries,
        trace: false,
    })
    .expect("an S3 client")
}

/// Runs a future (of the client, say) to completion on a runtime of its own.
pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
        .block_on(f)
}
