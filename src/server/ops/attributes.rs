//! GetObjectAttributes: ETag, Checksum, ObjectParts, StorageClass and ObjectSize of a version, without its
//! bytes.

use crate::server::context::{App, Req};
use crate::server::error::{S3Error, S3Result};
use axum::response::Response;

pub fn get(_app: &App, _rq: &Req) -> S3Result<Response> {
    Err(S3Error::not_implemented("GetObjectAttributes"))
}
