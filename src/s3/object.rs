//! The object operations: head, get (a streamed [`ObjectBody`]), put, delete (one or in batches),
//! server-side copy, and a version's Object Lock retention.

use super::client::{Client, Req, bucket_path, copy_source, error_in_200, header, invalid, object_path};
use super::error::{ErrorKind, Missing, S3Error};
use super::options::{CopyObjectOptions, GetObjectOptions, PutObjectOptions};
use super::types::*;
use super::xml;
use crate::model::s3::{ReplicationStatus, Retention};
use bytes::Bytes;
use futures_util::{Stream, TryStreamExt};
use reqwest::Method;
use reqwest::header::HeaderMap;
use std::collections::BTreeMap;
use std::time::Duration;

/// DeleteObjects takes at most this many keys per request.
pub const DELETE_BATCH: usize = 1000;

/// GetObject's answer: its headers read, its body still to come.
#[derive(Debug)]
pub struct ObjectBody {
    /// 200, or 206 for a range.
    pub status: u16,
    /// The answer's headers; `size` is the length of the body sent (of the range, for a range).
    pub head: ObjectHead,
    response: reqwest::Response,
    timeout: Duration,
}

impl ObjectBody {
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The whole body at once.
    pub async fn bytes(self) -> Result<Bytes, S3Error> {
        let timeout = self.timeout;
        self.response
            .bytes()
            .await
            .map_err(|e| S3Error::from_reqwest(e, timeout))
    }

    /// The whole body, read into one buffer of `expected` bytes allocated at once (no growing and copying
    /// as the chunks arrive, so that holding a part costs its size, not twice it). A longer body is read
    /// whole too; the caller compares the length.
    pub async fn bytes_sized(self, expected: usize) -> Result<Bytes, S3Error> {
        let mut buf = bytes::BytesMut::with_capacity(expected);
        let mut stream = Box::pin(self.bytes_stream());
        while let Some(chunk) = stream.try_next().await? {
            buf.extend_from_slice(&chunk);
        }
        Ok(buf.freeze())
    }

    /// The body as it arrives (each wait for data under the client's timeout).
    pub fn bytes_stream(self) -> impl Stream<Item = Result<Bytes, S3Error>> + Send + 'static {
        let timeout = self.timeout;
        self.response
            .bytes_stream()
            .map_err(move |e| S3Error::from_reqwest(e, timeout))
    }
}

impl Client {
    pub async fn head_object(&self, bucket: &str, key: &str, version_id: Option<&str>) -> Result<ObjectHead, S3Error> {
        let req = Req::object(Method::HEAD, bucket, key).q_opt("versionId", version_id);
        let a = self.call(req).await?;
        Ok(object_head(&a.headers))
    }

    /// HeadObject asking for the stored checksums too (`x-amz-checksum-mode: ENABLED`): a server that
    /// keeps them answers `x-amz-checksum-*` headers ([`ObjectHead::headers`]).
    pub async fn head_object_checksums(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
    ) -> Result<ObjectHead, S3Error> {
        let req = Req::object(Method::HEAD, bucket, key)
            .q_opt("versionId", version_id)
            .h("x-amz-checksum-mode", "ENABLED");
        let a = self.call(req).await?;
        Ok(object_head(&a.headers))
    }

    /// GetObject, for streaming the body.
    pub async fn get_object(&self, bucket: &str, key: &str, opts: &GetObjectOptions) -> Result<ObjectBody, S3Error> {
        let range = opts.range.map(|(first, last)| match last {
            Some(l) => format!("bytes={first}-{l}"),
            None => format!("bytes={first}-"),
        });
        let req = Req::object(Method::GET, bucket, key)
            .q_opt("versionId", opts.version_id.as_deref())
            .h_opt("range", range.as_deref());
        let response = self.call_stream(req).await?;
        Ok(ObjectBody {
            status: response.status().as_u16(),
            head: object_head(response.headers()),
            response,
            timeout: self.config().timeout,
        })
    }

    /// PutObject.
    pub async fn put_object(
        &self,
        bucket: &str,
        key: &str,
        body: Bytes,
        opts: &PutObjectOptions,
    ) -> Result<PutObjectOutput, S3Error> {
        let mut req = Req::new(Method::PUT, object_path(bucket, key))
            .body(body)
            .h_opt("content-type", opts.content_type.as_deref())
            .h_opt("x-amz-acl", opts.acl.as_deref())
            .hs(&opts.headers);
        if req.headers.iter().any(|(k, _)| k.starts_with("x-amz-object-lock")) {
            // S3 requires a checksum on requests that set a retention.
            req = req.md5();
        }
        let a = self.call(req).await?;
        Ok(PutObjectOutput {
            etag: a.header("etag"),
            version_id: a.header("x-amz-version-id"),
        })
    }

    /// DeleteObject: without a version id a versioned bucket gets a delete marker.
    pub async fn delete_object(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
    ) -> Result<DeleteObjectOutput, S3Error> {
        let req = Req::object(Method::DELETE, bucket, key).q_opt("versionId", version_id);
        let a = self.call(req).await?;
        Ok(DeleteObjectOutput {
            version_id: a.header("x-amz-version-id"),
            delete_marker: a.header("x-amz-delete-marker").is_some_and(|v| v == "true"),
        })
    }

    /// DeleteObjects in batches of 1000; per-key failures are in the output's `errors`, not an Err.
    pub async fn delete_objects(
        &self,
        bucket: &str,
        objects: &[(String, Option<String>)],
    ) -> Result<DeleteObjectsOutput, S3Error> {
        let mut out = DeleteObjectsOutput::default();
        for batch in objects.chunks(DELETE_BATCH) {
            let req = Req::new(Method::POST, bucket_path(bucket))
                .q("delete", "")
                .h("content-type", "application/xml")
                .body(xml::delete_objects_body(batch))
                .md5();
            let a = self.call(req).await?;
            let page = xml::parse_delete_result(a.text()?).map_err(invalid)?;
            out.deleted.extend(page.deleted);
            out.errors.extend(page.errors);
        }
        Ok(out)
    }

    /// CopyObject (server side), metadata copied unless the headers say otherwise.
    pub async fn copy_object(
        &self,
        src_bucket: &str,
        src_key: &str,
        dst_bucket: &str,
        dst_key: &str,
        opts: &CopyObjectOptions,
    ) -> Result<CopyObjectOutput, S3Error> {
        let source = copy_source(src_bucket, src_key, opts.source_version_id.as_deref());
        let req = Req::new(Method::PUT, object_path(dst_bucket, dst_key))
            .h("x-amz-copy-source", source)
            .hs(&opts.headers);
        let a = self.call(req).await?;
        // CopyObject may answer 200 with an error document.
        let text = a.text()?;
        if let Ok(root) = xml::parse(text)
            && root.name == "Error"
        {
            return Err(error_in_200(xml::parse_error(text).map_err(invalid)?));
        }
        Ok(CopyObjectOutput {
            etag: xml::parse_copy_result(text).map_err(invalid)?,
            version_id: a.header("x-amz-version-id"),
        })
    }

    /// GetObjectRetention: None when the version has no retention.
    pub async fn get_object_retention(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
    ) -> Result<Option<Retention>, S3Error> {
        let req = Req::new(Method::GET, object_path(bucket, key))
            .q("retention", "")
            .q_opt("versionId", version_id);
        match self.call(req).await {
            Ok(a) => {
                let text = a.text()?.trim();
                // Some servers answer 200 with nothing (or a bare XML declaration) when there is none.
                if text.is_empty() || (text.starts_with("<?xml") && !text.contains("</")) {
                    return Ok(None);
                }
                xml::parse_retention(text).map(Some).map_err(invalid)
            }
            // SeaweedFS says ObjectLockConfigurationNotFoundError for a version without retention.
            Err(e) if e.kind() == ErrorKind::NotFound(Missing::Config) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// PutObjectRetention.
    pub async fn put_object_retention(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
        retention: &Retention,
    ) -> Result<(), S3Error> {
        let body = xml::retention_body(retention).map_err(S3Error::InvalidRequest)?;
        let req = Req::new(Method::PUT, object_path(bucket, key))
            .q("retention", "")
            .q_opt("versionId", version_id)
            .body(body)
            .md5();
        self.call(req).await.map(drop)
    }
}

/// An object's headers, as HeadObject and GetObject answer them.
fn object_head(h: &HeaderMap) -> ObjectHead {
    let mut headers = BTreeMap::new();
    let mut metadata = BTreeMap::new();
    for (k, v) in h {
        let v = String::from_utf8_lossy(v.as_bytes()).into_owned();
        if let Some(m) = k.as_str().strip_prefix("x-amz-meta-") {
            metadata.insert(m.to_string(), v.clone());
        }
        headers
            .entry(k.as_str().to_string())
            .and_modify(|e: &mut String| {
                e.push_str(", ");
                e.push_str(&v);
            })
            .or_insert(v);
    }
    ObjectHead {
        size: header(h, "content-length").and_then(|s| s.parse().ok()).unwrap_or(0),
        etag: header(h, "etag"),
        last_modified: header(h, "last-modified").and_then(|s| xml::parse_http_date(&s)),
        content_type: header(h, "content-type"),
        version_id: header(h, "x-amz-version-id"),
        replication_status: header(h, "x-amz-replication-status").and_then(|s| ReplicationStatus::parse(&s)),
        metadata,
        headers,
    }
}
