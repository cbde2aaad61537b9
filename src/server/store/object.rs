//! Object methods of the store: PutObject / CopyObject (write conditions, Object Lock defaults, the
//! replication state of a new version), GetObject, DeleteObject (delete markers, locked versions), and the
//! retention and legal-hold updates.

use super::Store;
use super::body::Body;
use super::port::WorkItem;
use super::state::{BucketState, Op};
use super::types::OWNER_ID;
use super::types::{
    DeleteResult, LockMode, Millis, NewObject, PutResult, ReplicationState, ReplicationStatus, Retention, TargetState,
    Version, VersionMeta, Versioning, new_version_id, now_ms,
};
use crate::model::acl::{Acl, Ownership};
use crate::server::error::{Kind, S3Error, S3Result};
use std::sync::Arc;

impl Store {
    /// The replication state of a new source version (decided in the same critical section that writes it).
    fn replication_for(
        st: &BucketState,
        key: &str,
        delete_marker: bool,
        sse_c: bool,
        now: Millis,
    ) -> Option<ReplicationState> {
        if sse_c {
            return None;
        }
        let targets = st.replication.as_ref()?.targets(key, delete_marker);
        if targets.is_empty() {
            return None;
        }
        Some(ReplicationState {
            status: ReplicationStatus::Pending,
            targets: targets
                .into_iter()
                .map(|bucket| TargetState {
                    bucket,
                    status: ReplicationStatus::Pending,
                    reason: None,
                })
                .collect(),
            since: now,
        })
    }

    pub(super) fn notify(&self, bucket: &str, key: &str, v: &VersionMeta) {
        if v.replication
            .as_ref()
            .is_some_and(|r| r.status == ReplicationStatus::Pending)
        {
            let sink = self.sink.read().unwrap_or_else(|e| e.into_inner()).clone();
            if let Some(s) = sink {
                s.enqueue(WorkItem {
                    bucket: bucket.into(),
                    key: key.into(),
                    version_id: v.version_id.clone(),
                });
            }
        }
    }

    /// The metadata of a new version of `key` written at `now` as the `seq`th write (0 when only checking).
    pub(super) fn new_meta(
        st: &BucketState,
        key: &str,
        obj: &NewObject,
        now: Millis,
        seq: u64,
    ) -> S3Result<VersionMeta> {
        if st.lock.is_none() && (obj.retention.is_some() || obj.legal_hold) {
            return Err(S3Error::msg(
                Kind::InvalidRequest,
                "Bucket is missing Object Lock Configuration",
            ));
        }
        if let Some(acl) = &obj.acl {
            Self::check_acl_allowed(st, acl)?;
        }
        let retention = obj
            .retention
            .or_else(|| st.lock.and_then(|l| l.default).map(|d| d.retention_from(now)));
        Ok(VersionMeta {
            version_id: match st.versioning {
                Versioning::Enabled => new_version_id(),
                _ => "null".into(),
            },
            last_modified: now,
            etag: obj.etag.clone(),
            size: obj.body.len(),
            delete_marker: false,
            headers: obj.headers.clone(),
            user_meta: obj.user_meta.clone(),
            replication: Self::replication_for(st, key, false, obj.sse_c, now),
            sse_c: obj.sse_c,
            retention,
            legal_hold: obj.legal_hold,
            parts_count: obj.parts_count,
            seq,
            checksum: obj.checksum.clone(),
            parts: Vec::new(),
            sse_c_key_md5: obj.sse_c_key_md5.clone(),
            upload_id: None,
            acl: obj.acl.clone(),
        })
    }

    /// `If-None-Match: *` and `If-Match` of a write (PutObject, CompleteMultipartUpload), against the
    /// current version.
    pub(super) fn check_write_conditions(st: &BucketState, key: &str, obj: &NewObject) -> S3Result<()> {
        let current = st.find(key, None).filter(|v| !v.meta.delete_marker);
        if obj.if_none_match_star && current.is_some() {
            return Err(S3Error::new(Kind::PreconditionFailed).with_resource(key.to_string()));
        }
        if let Some(want) = &obj.if_match {
            let want = want.trim().trim_matches('"');
            match current {
                Some(v) if want == "*" || v.meta.etag == want => {}
                Some(_) => return Err(S3Error::new(Kind::PreconditionFailed).with_resource(key.to_string())),
                None => return Err(S3Error::new(Kind::NoSuchKey).with_resource(key.to_string())),
            }
        }
        Ok(())
    }

    /// PutObject / CopyObject.
    pub async fn put_object(&self, bucket: &str, key: &str, obj: NewObject) -> S3Result<PutResult> {
        let now = now_ms();
        let res = self
            .mutate(bucket, |_, st| {
                Self::check_write_conditions(st, key, &obj)?;
                let meta = Self::new_meta(st, key, &obj, now, self.next_seq())?;
                let version = Arc::new(Version {
                    meta,
                    body: obj.body.clone(),
                });
                let versioned = st.versioning == Versioning::Enabled;
                let op = Op::PutVersion {
                    bucket: bucket.into(),
                    key: key.into(),
                    version: version.clone(),
                    upload_id: None,
                };
                Ok((op, PutResult { version, versioned }))
            })
            .await?;
        self.notify(bucket, key, &res.version.meta);
        Ok(res)
    }

    /// The current version (`None`) or a given one. A current delete marker answers NoSuchKey (with the
    /// marker's headers); a version id naming a delete marker answers MethodNotAllowed.
    pub fn get_object(&self, bucket: &str, key: &str, version_id: Option<&str>) -> S3Result<Arc<Version>> {
        let cell = self.bucket(bucket)?;
        let st = cell.lock();
        let resource = format!("/{bucket}/{key}");
        match st.find(key, version_id) {
            None if version_id.is_some() => {
                let bad_id = version_id.is_some_and(|v| v != "null" && v.len() != 32);
                Err(if bad_id {
                    S3Error::msg(Kind::InvalidArgument, "Invalid version id specified")
                } else {
                    S3Error::new(Kind::NoSuchVersion)
                }
                .with_resource(resource))
            }
            None => Err(S3Error::new(Kind::NoSuchKey).with_resource(resource)),
            Some(v) if v.meta.delete_marker => {
                let e = if version_id.is_some() {
                    S3Error::new(Kind::MethodNotAllowed)
                } else {
                    S3Error::new(Kind::NoSuchKey)
                };
                Err(e
                    .with_resource(resource)
                    .with_header("x-amz-delete-marker", "true")
                    .with_header("x-amz-version-id", v.meta.version_id.clone()))
            }
            Some(v) => Ok(v.clone()),
        }
    }

    /// DeleteObject. Without a version id: unversioned → the null version goes; Enabled → a delete marker;
    /// Suspended → a null delete marker replacing the null version. With one: that version goes, unless
    /// Object Lock holds it.
    pub async fn delete_object(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
        bypass_governance: bool,
    ) -> S3Result<DeleteResult> {
        let now = now_ms();
        let res = self
            .mutate(bucket, |_, st| match version_id {
                Some(vid) => {
                    let Some(v) = st.find(key, Some(vid)) else {
                        // Deleting a version that does not exist succeeds, as in S3.
                        let op = Op::RemoveVersion {
                            bucket: bucket.into(),
                            key: key.into(),
                            version_id: vid.into(),
                        };
                        return Ok((
                            op,
                            (
                                DeleteResult {
                                    version_id: Some(vid.into()),
                                    delete_marker: false,
                                },
                                None,
                            ),
                        ));
                    };
                    if let Some(why) = v.meta.locked(now, bypass_governance) {
                        return Err(S3Error::msg(
                            Kind::AccessDenied,
                            format!("Access Denied because object protected by object lock ({why})"),
                        )
                        .with_resource(format!("/{bucket}/{key}")));
                    }
                    let op = Op::RemoveVersion {
                        bucket: bucket.into(),
                        key: key.into(),
                        version_id: vid.into(),
                    };
                    Ok((
                        op,
                        (
                            DeleteResult {
                                version_id: Some(vid.into()),
                                delete_marker: v.meta.delete_marker,
                            },
                            None,
                        ),
                    ))
                }
                None if st.versioning == Versioning::Disabled => {
                    let op = Op::RemoveVersion {
                        bucket: bucket.into(),
                        key: key.into(),
                        version_id: "null".into(),
                    };
                    Ok((op, (DeleteResult::default(), None)))
                }
                None => {
                    let meta = VersionMeta {
                        version_id: if st.versioning == Versioning::Enabled {
                            new_version_id()
                        } else {
                            "null".into()
                        },
                        last_modified: now,
                        etag: String::new(),
                        size: 0,
                        delete_marker: true,
                        headers: Vec::new(),
                        user_meta: Vec::new(),
                        replication: Self::replication_for(st, key, true, false, now),
                        seq: self.next_seq(),
                        ..VersionMeta::default()
                    };
                    let vid = meta.version_id.clone();
                    let version = Arc::new(Version {
                        meta,
                        body: Body::empty(),
                    });
                    let op = Op::PutVersion {
                        bucket: bucket.into(),
                        key: key.into(),
                        version: version.clone(),
                        upload_id: None,
                    };
                    Ok((
                        op,
                        (
                            DeleteResult {
                                version_id: Some(vid),
                                delete_marker: true,
                            },
                            Some(version),
                        ),
                    ))
                }
            })
            .await?;
        if let Some(v) = &res.1 {
            self.notify(bucket, key, &v.meta);
        }
        Ok(res.0)
    }

    /// Replaces a version's metadata via `f` (retention, legal hold, replication status).
    async fn update_meta(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
        f: impl FnOnce(&BucketState, &mut VersionMeta) -> S3Result<()>,
    ) -> S3Result<VersionMeta> {
        self.mutate(bucket, |_, st| {
            let v = st.find(key, version_id).ok_or_else(|| {
                if version_id.is_some() {
                    S3Error::new(Kind::NoSuchVersion)
                } else {
                    S3Error::new(Kind::NoSuchKey)
                }
                .with_resource(format!("/{bucket}/{key}"))
            })?;
            if v.meta.delete_marker {
                return Err(S3Error::new(Kind::MethodNotAllowed).with_resource(format!("/{bucket}/{key}")));
            }
            let mut meta = v.meta.clone();
            f(st, &mut meta)?;
            Ok((
                Op::SetMeta {
                    bucket: bucket.into(),
                    key: key.into(),
                    meta: meta.clone(),
                },
                meta,
            ))
        })
        .await
    }

    /// PutObjectAcl: refused under BucketOwnerEnforced unless it grants the owner alone.
    pub async fn put_object_acl(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
        acl: Acl,
    ) -> S3Result<VersionMeta> {
        self.update_meta(bucket, key, version_id, |st, meta| {
            Self::check_acl_allowed(st, &acl)?;
            meta.acl = Some(acl);
            Ok(())
        })
        .await
    }

    /// With BucketOwnerEnforced, ACLs are disabled: only one that grants the owner alone is accepted (S3
    /// accepts `bucket-owner-full-control` and its equivalents).
    pub fn check_acl_allowed(st: &BucketState, acl: &Acl) -> S3Result<()> {
        if st.ownership == Some(Ownership::BucketOwnerEnforced) && !acl.owner_only(OWNER_ID) {
            return Err(S3Error::new(Kind::AccessControlListNotSupported));
        }
        Ok(())
    }

    fn require_lock(st: &BucketState) -> S3Result<()> {
        if st.lock.is_none() {
            return Err(S3Error::msg(
                Kind::InvalidRequest,
                "Bucket is missing Object Lock Configuration",
            ));
        }
        Ok(())
    }

    /// PutObjectRetention: COMPLIANCE cannot be shortened, removed or changed to GOVERNANCE; GOVERNANCE can be
    /// shortened, removed or changed to COMPLIANCE only with the bypass (as S3 answers: a mode change of a
    /// GOVERNANCE-locked version is an override of its retention). Extending either needs nothing.
    pub async fn put_retention(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
        retention: Option<Retention>,
        bypass_governance: bool,
    ) -> S3Result<VersionMeta> {
        let now = now_ms();
        self.update_meta(bucket, key, version_id, |st, meta| {
            Self::require_lock(st)?;
            if let Some(cur) = meta.retention.filter(|r| r.until > now) {
                let overrides = match retention {
                    None => true,
                    Some(new) => new.until < cur.until || new.mode != cur.mode,
                };
                if overrides && (cur.mode == LockMode::Compliance || !bypass_governance) {
                    return Err(S3Error::msg(
                        Kind::AccessDenied,
                        format!(
                            "Access Denied: the object is under {} retention until a later date",
                            cur.mode.as_str()
                        ),
                    ));
                }
            }
            meta.retention = retention;
            Ok(())
        })
        .await
    }

    pub async fn put_legal_hold(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
        on: bool,
    ) -> S3Result<VersionMeta> {
        self.update_meta(bucket, key, version_id, |st, meta| {
            Self::require_lock(st)?;
            meta.legal_hold = on;
            Ok(())
        })
        .await
    }
}
