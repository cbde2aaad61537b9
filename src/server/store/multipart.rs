//! Multipart methods of the store: create, upload a part, abort, list, and complete (the listed parts become
//! the new version's body without copying).

use super::Store;
use super::body::Body;
use super::state::{BucketState, Op};
use super::types::{
    NewObject, Part, PutResult, Upload, UploadMeta, Version, Versioning, md5_digest, new_upload_id, now_ms,
};
use crate::server::error::{Kind, S3Error, S3Result};
use std::sync::Arc;

impl Store {
    pub async fn create_upload(&self, bucket: &str, key: &str, obj: NewObject) -> S3Result<String> {
        let now = now_ms();
        self.mutate(bucket, |_, st| {
            // Lock headers are checked now so that Complete cannot fail on them.
            Self::new_meta(st, key, &obj, now)?;
            let upload = UploadMeta {
                upload_id: new_upload_id(),
                key: key.into(),
                initiated: now,
                headers: obj.headers.clone(),
                user_meta: obj.user_meta.clone(),
                sse_c: obj.sse_c,
                retention: obj.retention,
                legal_hold: obj.legal_hold,
            };
            let id = upload.upload_id.clone();
            Ok((
                Op::CreateUpload {
                    bucket: bucket.into(),
                    upload,
                },
                id,
            ))
        })
        .await
    }

    fn upload_of<'a>(st: &'a BucketState, key: &str, upload_id: &str) -> S3Result<&'a Upload> {
        st.uploads
            .get(upload_id)
            .filter(|u| u.meta.key == key)
            .ok_or_else(|| S3Error::new(Kind::NoSuchUpload).with_resource(upload_id.to_string()))
    }

    pub async fn upload_part(
        &self,
        bucket: &str,
        key: &str,
        upload_id: &str,
        number: u32,
        body: Body,
        etag: String,
    ) -> S3Result<()> {
        if !(1..=10_000).contains(&number) {
            return Err(S3Error::part_number_out_of_range());
        }
        self.mutate(bucket, |_, st| {
            Self::upload_of(st, key, upload_id)?;
            let part = Arc::new(Part {
                number,
                etag,
                size: body.len(),
                last_modified: now_ms(),
                body,
            });
            Ok((
                Op::PutPart {
                    bucket: bucket.into(),
                    upload_id: upload_id.into(),
                    part,
                },
                (),
            ))
        })
        .await
    }

    pub async fn abort_upload(&self, bucket: &str, key: &str, upload_id: &str) -> S3Result<()> {
        self.mutate(bucket, |_, st| {
            Self::upload_of(st, key, upload_id)?;
            Ok((
                Op::AbortUpload {
                    bucket: bucket.into(),
                    upload_id: upload_id.into(),
                },
                (),
            ))
        })
        .await
    }

    /// The upload and its parts (ListParts).
    pub fn get_upload(&self, bucket: &str, key: &str, upload_id: &str) -> S3Result<Upload> {
        let cell = self.bucket(bucket)?;
        let st = cell.lock();
        Self::upload_of(&st, key, upload_id).cloned()
    }

    pub fn list_uploads(&self, bucket: &str, prefix: &str) -> S3Result<Vec<UploadMeta>> {
        let cell = self.bucket(bucket)?;
        let st = cell.lock();
        let mut v: Vec<UploadMeta> = st
            .uploads
            .values()
            .filter(|u| u.meta.key.starts_with(prefix))
            .map(|u| u.meta.clone())
            .collect();
        v.sort_by(|a, b| (&a.key, a.initiated).cmp(&(&b.key, b.initiated)));
        Ok(v)
    }

    /// CompleteMultipartUpload: the listed parts (ascending, ETags matching, all but the last >= 5 MiB)
    /// become the new version's body without copying.
    pub async fn complete_upload(
        &self,
        bucket: &str,
        key: &str,
        upload_id: &str,
        wanted: &[(u32, String)],
    ) -> S3Result<PutResult> {
        const MIN_PART: u64 = 5 * 1024 * 1024;
        let now = now_ms();
        let res = self
            .mutate(bucket, |_, st| {
                let up = Self::upload_of(st, key, upload_id)?;
                if wanted.is_empty() {
                    return Err(S3Error::msg(Kind::MalformedXML, "You must specify at least one part"));
                }
                if wanted.windows(2).any(|w| w[1].0 <= w[0].0) {
                    return Err(S3Error::new(Kind::InvalidPartOrder));
                }
                let mut parts = Vec::with_capacity(wanted.len());
                for (i, (n, etag)) in wanted.iter().enumerate() {
                    let p = up
                        .parts
                        .get(n)
                        .filter(|p| p.etag == etag.trim().trim_matches('"'))
                        .ok_or_else(|| {
                            S3Error::msg(
                                Kind::InvalidPart,
                                format!("Part {n} was not uploaded or its ETag does not match"),
                            )
                        })?;
                    if i + 1 < wanted.len() && p.size < MIN_PART {
                        return Err(S3Error::msg(
                            Kind::EntityTooSmall,
                            format!(
                                "Part {n} is {} bytes; all parts but the last must be at least 5 MiB",
                                p.size
                            ),
                        ));
                    }
                    parts.push(p.clone());
                }
                let mut md5s = Vec::with_capacity(parts.len() * 16);
                for p in &parts {
                    md5s.extend(hex::decode(&p.etag).unwrap_or_default());
                }
                let etag = format!("{}-{}", hex::encode(md5_digest(&md5s)), parts.len());
                let body = Body::concat(parts.iter().map(|p| &p.body));
                let m = &up.meta;
                let obj = NewObject {
                    body,
                    etag,
                    headers: m.headers.clone(),
                    user_meta: m.user_meta.clone(),
                    sse_c: m.sse_c,
                    retention: m.retention,
                    legal_hold: m.legal_hold,
                    parts_count: Some(parts.len() as u32),
                    ..Default::default()
                };
                let meta = Self::new_meta(st, key, &obj, now)?;
                let version = Arc::new(Version { meta, body: obj.body });
                let versioned = st.versioning != Versioning::Disabled;
                let op = Op::PutVersion {
                    bucket: bucket.into(),
                    key: key.into(),
                    version: version.clone(),
                    upload_id: Some(upload_id.into()),
                };
                Ok((op, PutResult { version, versioned }))
            })
            .await?;
        self.notify(bucket, key, &res.version.meta);
        Ok(res)
    }
}
