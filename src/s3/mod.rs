//! The S3 client: path-style requests signed with rusty-s3's public SigV4 signing, sent with reqwest
//! (rustls), retried with exponential backoff and jitter when idempotent, typed errors, `--trace` with
//! secrets redacted, and XML documents parsed with quick-xml.
//!
//! The client knows nothing of the CLI: build a [`ClientConfig`] (the CLI does it from its settings) and
//! call the async operations of [`Client`].

mod client;
mod error;
pub mod retry;
pub mod trace;
mod types;
pub mod xml;

pub use client::{Client, ClientConfig, DELETE_BATCH, MAX_PRESIGN, bucket_path, object_path};
pub use error::S3Error;
pub use reqwest::Method;
pub use types::*;
