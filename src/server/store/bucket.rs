//! Bucket-level methods of the store: create, delete, bucket info, and the settings a bucket carries
//! (versioning, Object Lock configuration, replication configuration).

use super::Store;
use super::port::StoredReplication;
use super::state::{BucketCell, BucketState, Op, new_cell};
use super::types::OWNER_ID;
use super::types::{BucketInfo, LockConfig, Versioning, now_ms};
use crate::model::acl::{Acl, Ownership};
use crate::model::cors::CorsConfig;
use crate::model::s3::{NameRules, bucket_name_problem};
use crate::server::error::{Kind, S3Error, S3Result};
use std::sync::Arc;

impl Store {
    fn info_of(cell: &BucketCell, st: &BucketState) -> BucketInfo {
        BucketInfo {
            name: cell.name.clone(),
            region: cell.region.clone(),
            created: cell.created,
            versioning: st.versioning,
            object_lock: st.lock.is_some(),
        }
    }

    pub fn bucket_info(&self, name: &str) -> S3Result<BucketInfo> {
        let cell = self.bucket(name)?;
        let st = cell.lock();
        Ok(Self::info_of(&cell, &st))
    }

    pub fn list_buckets(&self) -> Vec<BucketInfo> {
        let cells: Vec<Arc<BucketCell>> = self.read_buckets().values().cloned().collect();
        cells.iter().map(|c| Self::info_of(c, &c.lock())).collect()
    }

    pub async fn create_bucket(&self, name: &str, region: &str, lock: bool) -> S3Result<()> {
        // S3's naming rules, the same check the replication model holds destinations to.
        if let Some(problem) = bucket_name_problem(name, NameRules::S3) {
            return Err(S3Error::msg(
                Kind::InvalidBucketName,
                format!("The specified bucket is not valid: {problem}"),
            )
            .with_resource(format!("/{name}")));
        }
        let durable = {
            let mut map = self.write_buckets();
            if map.contains_key(name) {
                return Err(S3Error::new(Kind::BucketAlreadyOwnedByYou).with_resource(format!("/{name}")));
            }
            let created = now_ms();
            map.insert(name.to_string(), Arc::new(new_cell(name, region, created, lock)));
            self.log(&Op::CreateBucket {
                name: name.into(),
                region: region.into(),
                created,
                lock,
            })
        };
        Self::durable(durable).await
    }

    /// DeleteBucket: refused while the bucket holds a version or delete marker. Unfinished multipart uploads
    /// do not keep it (AWS S3 deletes such a bucket, and so do Ceph RGW and moto); they go with it.
    pub async fn delete_bucket(&self, name: &str) -> S3Result<()> {
        let (durable, _uploads) = {
            let mut map = self.write_buckets();
            let cell = map
                .get(name)
                .cloned()
                .ok_or_else(|| S3Error::new(Kind::NoSuchBucket).with_resource(format!("/{name}")))?;
            let mut st = cell.lock();
            if !st.objects.is_empty() {
                return Err(S3Error::new(Kind::BucketNotEmpty).with_resource(format!("/{name}")));
            }
            st.deleted = true;
            // The parts' blob files may go only once the delete is durable: until then a crash replays a
            // journal that still has the uploads.
            let uploads = std::mem::take(&mut st.uploads);
            map.remove(name);
            (self.log(&Op::DeleteBucket { name: name.into() }), uploads)
        };
        Self::durable(durable).await
    }

    pub async fn set_versioning(&self, bucket: &str, status: Versioning) -> S3Result<()> {
        self.mutate(bucket, |_, st| {
            if status == Versioning::Suspended {
                if st.lock.is_some() {
                    return Err(S3Error::msg(
                        Kind::InvalidBucketState,
                        "An Object Lock configuration is present on this bucket, so the versioning state cannot be changed.",
                    ));
                }
                if st.replication.is_some() {
                    return Err(S3Error::msg(
                        Kind::InvalidBucketState,
                        "A replication configuration is present on this bucket, so the versioning state cannot be changed.",
                    ));
                }
            }
            Ok((Op::SetVersioning { bucket: bucket.into(), status }, ()))
        })
        .await
    }

    pub fn lock_config(&self, bucket: &str) -> S3Result<Option<LockConfig>> {
        Ok(self.bucket(bucket)?.lock().lock)
    }

    /// PutObjectLockConfiguration: allowed on lock-enabled buckets, and on buckets with versioning Enabled
    /// (which enables Object Lock on them, as S3 now allows).
    pub async fn set_lock_config(&self, bucket: &str, config: LockConfig) -> S3Result<()> {
        self.mutate(bucket, |_, st| {
            if st.lock.is_none() && st.versioning != Versioning::Enabled {
                return Err(S3Error::msg(
                    Kind::InvalidBucketState,
                    "Versioning must be 'Enabled' on the bucket to apply an Object Lock configuration",
                ));
            }
            Ok((
                Op::SetLock {
                    bucket: bucket.into(),
                    config,
                },
                (),
            ))
        })
        .await
    }

    /// The bucket's ACL (None: never set, which is private).
    pub fn bucket_acl(&self, bucket: &str) -> S3Result<Option<Acl>> {
        Ok(self.bucket(bucket)?.lock().acl.clone())
    }

    /// PutBucketAcl (and an ACL given at CreateBucket): refused under BucketOwnerEnforced unless it grants
    /// the owner alone.
    pub async fn set_bucket_acl(&self, bucket: &str, acl: Acl) -> S3Result<()> {
        self.mutate(bucket, |_, st| {
            Self::check_acl_allowed(st, &acl)?;
            Ok((
                Op::SetBucketAcl {
                    bucket: bucket.into(),
                    acl,
                },
                (),
            ))
        })
        .await
    }

    pub fn ownership(&self, bucket: &str) -> S3Result<Option<Ownership>> {
        Ok(self.bucket(bucket)?.lock().ownership)
    }

    /// PutBucketOwnershipControls (None: DeleteBucketOwnershipControls). BucketOwnerEnforced is refused while
    /// the bucket's ACL grants anyone but the owner (S3: InvalidBucketAclWithObjectOwnership).
    pub async fn set_ownership(&self, bucket: &str, ownership: Option<Ownership>) -> S3Result<()> {
        self.mutate(bucket, |_, st| {
            if ownership == Some(Ownership::BucketOwnerEnforced)
                && st.acl.as_ref().is_some_and(|a| !a.owner_only(OWNER_ID))
            {
                return Err(S3Error::new(Kind::InvalidBucketAclWithObjectOwnership));
            }
            Ok((
                Op::SetOwnership {
                    bucket: bucket.into(),
                    ownership,
                },
                (),
            ))
        })
        .await
    }

    /// The bucket's CORS configuration (None: none stored).
    pub fn cors(&self, bucket: &str) -> S3Result<Option<CorsConfig>> {
        Ok(self.bucket(bucket)?.lock().cors.clone())
    }

    /// PutBucketCors (a configuration already checked), or DeleteBucketCors (None).
    pub async fn set_cors(&self, bucket: &str, cors: Option<CorsConfig>) -> S3Result<()> {
        self.mutate(bucket, |_, _| {
            Ok((
                Op::SetCors {
                    bucket: bucket.into(),
                    cors,
                },
                (),
            ))
        })
        .await
    }

    pub fn replication(&self, bucket: &str) -> S3Result<Option<StoredReplication>> {
        Ok(self.bucket(bucket)?.lock().replication.clone())
    }

    /// Stores (or with `None` removes) a replication config already validated by
    /// `server::replication::validate_replication`; versioning is re-checked under the lock.
    pub async fn set_replication(&self, bucket: &str, cfg: Option<StoredReplication>) -> S3Result<()> {
        self.mutate(bucket, |_, st| {
            if cfg.is_some() && st.versioning != Versioning::Enabled {
                return Err(S3Error::msg(
                    Kind::InvalidRequest,
                    "Versioning must be 'Enabled' on the bucket to apply a replication configuration",
                ));
            }
            Ok((
                Op::SetReplication {
                    bucket: bucket.into(),
                    xml: cfg.map(|c| c.xml),
                },
                (),
            ))
        })
        .await
    }
}
