//! The S3 client: path-style requests signed with rusty-s3's public SigV4 signing, sent with reqwest
//! (rustls), retried with exponential backoff and jitter when idempotent, typed errors classified into
//! kinds, `--trace` with secrets redacted, and XML documents parsed with the crate's XML core.
//!
//! The client knows nothing of the CLI: build a [`ClientConfig`] (the CLI does it from its settings) and
//! call the async operations of [`Client`]; their optional parts are option structs ([`PutObjectOptions`],
//! [`GetObjectOptions`], [`ListOptions`], ...), listings also come as streams of pages ([`Pages`]). Its
//! types speak the shared vocabulary of [`crate::model::s3`] (versioning, Object Lock, replication status).
//!
//! Layout: `client` (configuration, signing, the one retry loop), the operations by subject (`bucket`,
//! `object`, `listing`, `multipart`), `error` (errors and their kinds), `options`, `types`, `xml`.

mod acl;
mod bucket;
mod client;
mod cors;
mod error;
pub mod limiter;
mod listing;
mod multipart;
mod object;
mod options;
pub mod retry;
#[cfg(test)]
pub(crate) mod scripted;
pub mod trace;
mod types;
pub mod xml;

pub use acl::{AclAnswer, AclSpec};
pub use client::{Client, ClientConfig, MAX_PRESIGN, bucket_path, object_path};
pub use error::{ErrorKind, Missing, S3Error};
pub use limiter::Limiter;
pub use listing::{Pages, read_ahead};
pub use object::{DELETE_BATCH, ObjectBody};
pub use options::*;
pub use reqwest::Method;
pub use types::*;
