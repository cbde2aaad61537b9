//! Multipart uploads: create, upload a part, complete, abort (their listing is in `listing`).

use super::client::{Client, Req, copy_source, error_in_200, invalid, object_path};
use super::error::S3Error;
use super::options::PutObjectOptions;
use super::types::*;
use super::xml;
use bytes::Bytes;
use reqwest::Method;

impl Client {
    /// CreateMultipartUpload: the upload id.
    pub async fn create_multipart_upload(
        &self,
        bucket: &str,
        key: &str,
        opts: &PutObjectOptions,
    ) -> Result<String, S3Error> {
        let req = Req::new(Method::POST, object_path(bucket, key))
            .q("uploads", "")
            .h_opt("content-type", opts.content_type.as_deref())
            .h_opt("x-amz-acl", opts.acl.as_deref())
            .hs(&opts.headers);
        let a = self.call(req).await?;
        xml::parse_initiate_multipart(a.text()?).map_err(invalid)
    }

    /// UploadPart: the part's ETag (as sent by the server, quotes included).
    pub async fn upload_part(
        &self,
        bucket: &str,
        key: &str,
        upload_id: &str,
        part_number: u32,
        body: Bytes,
    ) -> Result<String, S3Error> {
        let req = Req::new(Method::PUT, object_path(bucket, key))
            .q("partNumber", part_number.to_string())
            .q("uploadId", upload_id)
            .body(body);
        let a = self.call(req).await?;
        a.header("etag")
            .ok_or_else(|| invalid(format!("no ETag in the answer to part {part_number}")))
    }

    /// UploadPartCopy: bytes `first..=last` of a source version become part `part_number`; the part's ETag.
    #[allow(clippy::too_many_arguments)]
    pub async fn upload_part_copy(
        &self,
        bucket: &str,
        key: &str,
        upload_id: &str,
        part_number: u32,
        source: (&str, &str, Option<&str>),
        range: (u64, u64),
    ) -> Result<String, S3Error> {
        let (sb, sk, sv) = source;
        let req = Req::new(Method::PUT, object_path(bucket, key))
            .q("partNumber", part_number.to_string())
            .q("uploadId", upload_id)
            .h("x-amz-copy-source", copy_source(sb, sk, sv))
            .h("x-amz-copy-source-range", format!("bytes={}-{}", range.0, range.1));
        let a = self.call(req).await?;
        let text = a.text()?;
        if let Ok(root) = xml::parse(text)
            && root.name == "Error"
        {
            return Err(error_in_200(xml::parse_error(text).map_err(invalid)?));
        }
        xml::parse_copy_part_result(text)
            .map_err(invalid)?
            .ok_or_else(|| invalid(format!("no ETag in the answer to the copy of part {part_number}")))
    }

    pub async fn complete_multipart_upload(
        &self,
        bucket: &str,
        key: &str,
        upload_id: &str,
        parts: &[CompletedPart],
    ) -> Result<CompleteMultipartOutput, S3Error> {
        let req = Req::new(Method::POST, object_path(bucket, key))
            .q("uploadId", upload_id)
            .h("content-type", "application/xml")
            .body(xml::complete_multipart_body(parts));
        let a = self.call(req).await?;
        match xml::parse_complete_multipart(a.text()?).map_err(invalid)? {
            xml::CompleteAnswer::Done(etag) => Ok(CompleteMultipartOutput {
                etag,
                version_id: a.header("x-amz-version-id"),
            }),
            xml::CompleteAnswer::Error(e) => Err(error_in_200(e)),
        }
    }

    pub async fn abort_multipart_upload(&self, bucket: &str, key: &str, upload_id: &str) -> Result<(), S3Error> {
        let req = Req::new(Method::DELETE, object_path(bucket, key)).q("uploadId", upload_id);
        self.call(req).await.map(drop)
    }
}
