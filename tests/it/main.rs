//! The integration tests, one binary: the real `sosctl` binary, the bundled server (as a process or in
//! process) and third-party S3 servers and clients, all through the one harness in `support`. Each module
//! was a test binary of its own; the per-server tests make one `#[test]` per server
//! (`storage::list_buckets_in_every_format::moto`).

mod support;

mod cli;
mod cli_rooms;
mod fidelity;
mod generated;
mod hostile;
mod iam;
mod iam_replication;
mod iam_roles;
mod offline;
mod readme_walkthrough;
mod replication_cmd;
mod replication_engine;
mod replication_moto;
mod replication_sync;
mod s3_client;
mod server_awscli;
mod server_persist;
mod server_validation;
mod storage;
mod transfer;
mod zones;
