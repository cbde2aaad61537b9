//! sosctl: S3 bucket replication from the command line.
//!
//! - [`model`]: the replication config (JSON and XML wire forms, validation, rule selection). Pure, no I/O;
//!   shared by the client and the bundled server.
//! - [`s3`]: the S3 client (SigV4 signing via rusty-s3, reqwest, retries, multipart, typed errors).
//! - [`server`]: `sosctl serve`, the bundled S3 server with versioning, Object Lock and asynchronous replication.
//! - [`xml`]: the one XML core (bounded element tree with positions, escaping, writer) under all three.
//! - [`cli`]: the command tree, settings resolved in two stages, one room per command, output and progress.

pub mod cli;
pub mod model;
pub mod s3;
pub mod server;
pub mod xml;
