//! The S3 operations, one module per family; each handler turns an authenticated [`Req`] into store calls
//! and an S3 response (XML documents, headers). Called by `dispatch` with the [`Endpoint`]'s typed fields.
//!
//! - [`bucket`]: ListBuckets, CreateBucket, DeleteBucket, HeadBucket, GetBucketLocation, bucket replication.
//! - [`object`]: PutObject, GetObject/HeadObject, DeleteObject(s), CopyObject.
//! - [`multipart`]: the multipart upload operations.
//! - [`lock`]: versioning and Object Lock (configuration, retention, legal hold).
//! - [`list`]: ListObjects(V2), ListObjectVersions.
//! - [`acl`]: ACLs (bucket and object) and Object Ownership.
//! - [`cors`]: Get/Put/DeleteBucketCors, the unsigned preflight (`OPTIONS`) and the `Access-Control-*`
//!   headers of cross-origin requests.
//! - [`attributes`]: GetObjectAttributes (the attributes of a version without its bytes).
//! - `sse_c`: the customer-key headers (SSE-C) of writes and reads; `checksums`: the `x-amz-checksum-*`
//!   headers of writes and how stored checksums are answered.
//!
//! [`Req`]: super::context::Req
//! [`Endpoint`]: super::router::Endpoint

pub(super) mod acl;
pub(super) mod attributes;
pub(super) mod bucket;
pub(super) mod checksums;
pub(super) mod cors;
pub(super) mod list;
pub(super) mod lock;
pub(super) mod multipart;
pub(super) mod object;
pub(super) mod sse_c;
