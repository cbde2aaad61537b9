//! Multipart methods of the store: create, upload a part, abort, list, and complete (the listed parts become
//! the new version's body without copying; its checksum is made from the parts' as S3 makes it, and a
//! repeated Complete of an upload that already completed answers that version again).

use super::Store;
use super::body::Body;
use super::checksum::{self, ChecksumSpec, ChecksumType, StoredChecksum};
use super::state::{BucketState, Op};
use super::types::{
    Millis, NewObject, Part, PartInfo, PutResult, Upload, UploadMeta, Version, Versioning, md5_digest, new_upload_id,
    now_ms,
};
use crate::server::auth::ChecksumAlgorithm;
use crate::server::error::{Kind, S3Error, S3Result};
use std::sync::Arc;

/// A part as UploadPart delivers it (body already stored).
#[derive(Debug, Clone, Default)]
pub struct NewPart {
    pub body: Body,
    pub etag: String,
    pub checksum: Option<StoredChecksum>,
}

/// One `<Part>` of a CompleteMultipartUpload document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompletedPart {
    pub number: u32,
    pub etag: String,
    /// A `<ChecksumCRC32>` (...) given for the part: it must be the part's stored checksum.
    pub checksum: Option<(ChecksumAlgorithm, String)>,
}

/// What a CompleteMultipartUpload asks for.
#[derive(Debug, Clone, Default)]
pub struct Completion {
    pub parts: Vec<CompletedPart>,
    /// `If-None-Match: *`: refuse when the key has a current version.
    pub if_none_match_star: bool,
    /// `If-Match`: the current version's ETag must be this.
    pub if_match: Option<String>,
    /// `x-amz-checksum-*`: the whole object's checksum, checked against the one made from the parts.
    pub checksum: Option<(ChecksumAlgorithm, String)>,
    /// `x-amz-checksum-type`.
    pub checksum_type: Option<ChecksumType>,
    /// `x-amz-mp-object-size`: the object's size, checked.
    pub object_size: Option<u64>,
}

impl Store {
    pub async fn create_upload(&self, bucket: &str, key: &str, obj: NewObject) -> S3Result<String> {
        self.create_upload_with(bucket, key, obj, None).await
    }

    /// CreateMultipartUpload, with the checksum the object is to get from its parts.
    pub async fn create_upload_with(
        &self,
        bucket: &str,
        key: &str,
        obj: NewObject,
        checksum_spec: Option<ChecksumSpec>,
    ) -> S3Result<String> {
        let now = now_ms();
        self.mutate(bucket, |_, st| {
            // Lock headers are checked now so that Complete cannot fail on them.
            Self::new_meta(st, key, &obj, now, 0)?;
            let upload = UploadMeta {
                upload_id: new_upload_id(),
                key: key.into(),
                initiated: now,
                headers: obj.headers.clone(),
                user_meta: obj.user_meta.clone(),
                sse_c: obj.sse_c,
                retention: obj.retention,
                legal_hold: obj.legal_hold,
                checksum: checksum_spec,
                sse_c_key_md5: obj.sse_c_key_md5.clone(),
                acl: obj.acl.clone(),
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
        let part = NewPart {
            body,
            etag,
            checksum: None,
        };
        self.put_part(bucket, key, upload_id, number, part).await
    }

    /// UploadPart (and UploadPartCopy): stores part `number`, replacing an earlier upload of it.
    pub async fn put_part(&self, bucket: &str, key: &str, upload_id: &str, number: u32, part: NewPart) -> S3Result<()> {
        if !(1..=10_000).contains(&number) {
            return Err(S3Error::part_number_out_of_range());
        }
        self.mutate(bucket, |_, st| {
            Self::upload_of(st, key, upload_id)?;
            let part = Arc::new(Part {
                number,
                etag: part.etag,
                size: part.body.len(),
                last_modified: now_ms(),
                body: part.body,
                checksum: part.checksum,
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
        v.sort_by(|a, b| (&a.key, a.initiated, &a.upload_id).cmp(&(&b.key, b.initiated, &b.upload_id)));
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
        let completion = Completion {
            parts: wanted
                .iter()
                .map(|(number, etag)| CompletedPart {
                    number: *number,
                    etag: etag.clone(),
                    checksum: None,
                })
                .collect(),
            ..Completion::default()
        };
        self.complete_upload_with(bucket, key, upload_id, &completion).await
    }

    /// CompleteMultipartUpload with its conditions and checksums.
    pub async fn complete_upload_with(
        &self,
        bucket: &str,
        key: &str,
        upload_id: &str,
        c: &Completion,
    ) -> S3Result<PutResult> {
        let now = now_ms();
        let attempt = self
            .mutate(bucket, |_, st| {
                let up = Self::upload_of(st, key, upload_id)?;
                self.assemble(st, bucket, key, up, c, now)
            })
            .await;
        match attempt {
            Ok(res) => {
                self.notify(bucket, key, &res.version.meta);
                Ok(res)
            }
            // Completed before (a retry whose first answer was lost): S3 answers that object again.
            Err(e) if e.kind == Kind::NoSuchUpload => self.completed_before(bucket, key, upload_id, &c.parts).ok_or(e),
            Err(e) => Err(e),
        }
    }

    /// The version an earlier Complete of `upload_id` with these parts wrote, if it is still there.
    fn completed_before(&self, bucket: &str, key: &str, upload_id: &str, parts: &[CompletedPart]) -> Option<PutResult> {
        let etags: Vec<&str> = parts.iter().map(|p| p.etag.as_str()).collect();
        let etag = multipart_etag(&etags);
        let cell = self.bucket(bucket).ok()?;
        let st = cell.lock();
        let version =
            st.objects.get(key)?.iter().find(|v| {
                v.meta.upload_id.as_deref() == Some(upload_id) && !v.meta.delete_marker && v.meta.etag == etag
            })?;
        Some(PutResult {
            version: version.clone(),
            versioned: version.meta.version_id != "null",
        })
    }

    /// The checks of a Complete and the version it writes.
    fn assemble(
        &self,
        st: &BucketState,
        bucket: &str,
        key: &str,
        up: &Upload,
        c: &Completion,
        now: Millis,
    ) -> S3Result<(Op, PutResult)> {
        const MIN_PART: u64 = 5 * 1024 * 1024;
        let conditions = NewObject {
            if_none_match_star: c.if_none_match_star,
            if_match: c.if_match.clone(),
            ..NewObject::default()
        };
        Self::check_write_conditions(st, key, &conditions)?;
        let wanted = &c.parts;
        if wanted.is_empty() {
            return Err(S3Error::msg(Kind::MalformedXML, "You must specify at least one part"));
        }
        if wanted.windows(2).any(|w| w[1].number <= w[0].number) {
            return Err(S3Error::new(Kind::InvalidPartOrder));
        }
        let mut parts = Vec::with_capacity(wanted.len());
        for (i, w) in wanted.iter().enumerate() {
            let n = w.number;
            let p = up
                .parts
                .get(&n)
                .filter(|p| p.etag == w.etag.trim().trim_matches('"'))
                .ok_or_else(|| {
                    S3Error::msg(
                        Kind::InvalidPart,
                        format!("Part {n} was not uploaded or its ETag does not match"),
                    )
                })?;
            if let Some((alg, value)) = &w.checksum
                && !p
                    .checksum
                    .as_ref()
                    .is_some_and(|have| have.algorithm == *alg && have.value == value.trim())
            {
                return Err(S3Error::msg(
                    Kind::InvalidPart,
                    format!(
                        "The {} given for part {n} is not the checksum it was uploaded with",
                        alg.name()
                    ),
                ));
            }
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
        let size: u64 = parts.iter().map(|p| p.size).sum();
        if let Some(declared) = c.object_size
            && declared != size
        {
            return Err(S3Error::msg(
                Kind::InvalidRequest,
                format!(
                    "The provided 'x-amz-mp-object-size' header value {declared} does not match what was computed: {size}"
                ),
            ));
        }
        let spec = object_checksum_spec(up, c, &parts)?;
        let checksum = match spec {
            Some(spec) => Some(object_checksum(spec, &parts, c)?),
            None => None,
        };
        let etags: Vec<&str> = parts.iter().map(|p| p.etag.as_str()).collect();
        let body = Body::concat(parts.iter().map(|p| &p.body));
        let m = &up.meta;
        let obj = NewObject {
            body,
            etag: multipart_etag(&etags),
            headers: m.headers.clone(),
            user_meta: m.user_meta.clone(),
            sse_c: m.sse_c,
            retention: m.retention,
            legal_hold: m.legal_hold,
            parts_count: Some(parts.len() as u32),
            checksum,
            sse_c_key_md5: m.sse_c_key_md5.clone(),
            acl: m.acl.clone(),
            ..Default::default()
        };
        let mut meta = Self::new_meta(st, key, &obj, now, self.next_seq())?;
        meta.parts = parts
            .iter()
            .map(|p| PartInfo {
                size: p.size,
                checksum: spec.and_then(|s| {
                    p.checksum
                        .as_ref()
                        .filter(|c| c.algorithm == s.algorithm)
                        .map(|c| c.value.clone())
                }),
            })
            .collect();
        meta.upload_id = Some(m.upload_id.clone());
        let version = Arc::new(Version { meta, body: obj.body });
        let versioned = st.versioning == Versioning::Enabled;
        let op = Op::PutVersion {
            bucket: bucket.into(),
            key: key.into(),
            version: version.clone(),
            upload_id: Some(m.upload_id.clone()),
        };
        Ok((op, PutResult { version, versioned }))
    }
}

/// A multipart ETag: the MD5 of the parts' MD5s, then `-` and the number of parts.
fn multipart_etag(etags: &[&str]) -> String {
    let mut md5s = Vec::with_capacity(etags.len() * 16);
    for e in etags {
        md5s.extend(hex::decode(e.trim().trim_matches('"')).unwrap_or_default());
    }
    format!("{}-{}", hex::encode(md5_digest(&md5s)), etags.len())
}

/// How the object's checksum is made: the upload's algorithm and type, or (for an upload created without
/// one) the algorithm of a whole-object checksum the Complete sends, when every part has a checksum in it.
/// `None`: the object gets no checksum.
fn object_checksum_spec(up: &Upload, c: &Completion, parts: &[Arc<Part>]) -> S3Result<Option<ChecksumSpec>> {
    let invalid = |m: String| Err(S3Error::msg(Kind::InvalidRequest, m));
    match (up.meta.checksum, &c.checksum) {
        (Some(spec), _) => {
            if let Some(t) = c.checksum_type
                && t != spec.kind
            {
                return invalid(format!(
                    "The upload was created using the {} checksum mode. The complete request must use the same checksum mode.",
                    spec.kind.as_str()
                ));
            }
            if let Some((alg, _)) = &c.checksum
                && *alg != spec.algorithm
            {
                return invalid(format!(
                    "The upload was created using a {} checksum. The complete request must use the same algorithm.",
                    spec.algorithm.name()
                ));
            }
            // Parts stored before checksums were kept have none: then the object has none either.
            let all = parts
                .iter()
                .all(|p| p.checksum.as_ref().is_some_and(|c| c.algorithm == spec.algorithm));
            Ok(all.then_some(spec))
        }
        (None, Some((alg, _))) => {
            let kind = c.checksum_type.unwrap_or(ChecksumType::default_for(*alg));
            if !kind.supports(*alg) {
                return invalid(format!(
                    "The {} checksum type is not supported for {}",
                    kind.as_str(),
                    alg.name()
                ));
            }
            // Without a checksum of every part in that algorithm there is nothing to check it against, short
            // of reading the whole object: it is taken as sent was always taken, and not stored.
            let all = parts
                .iter()
                .all(|p| p.checksum.as_ref().is_some_and(|c| c.algorithm == *alg));
            Ok(all.then_some(ChecksumSpec { algorithm: *alg, kind }))
        }
        (None, None) => Ok(None),
    }
}

/// The object's checksum from its parts', checked against the one the Complete sent (with or without the
/// `-N` of a composite value).
fn object_checksum(spec: ChecksumSpec, parts: &[Arc<Part>], c: &Completion) -> S3Result<StoredChecksum> {
    let values: Vec<(&str, u64)> = parts
        .iter()
        .filter_map(|p| p.checksum.as_ref().map(|c| (c.value.as_str(), p.size)))
        .collect();
    let made = checksum::of_parts(spec, &values).map_err(S3Error::internal)?;
    if let Some((alg, sent)) = &c.checksum {
        let sent = sent.trim();
        if sent != made.value && sent != made.answer() {
            return Err(S3Error::msg(
                Kind::BadDigest,
                format!(
                    "The {} you specified did not match the calculated checksum.",
                    alg.name()
                ),
            ));
        }
    }
    Ok(made)
}
