//! ACLs and Object Ownership: Get/PutBucketAcl, Get/PutObjectAcl, Get/PutBucketOwnershipControls (what
//! `setacl`, `show` and `bucket object-ownership` need). Documents are the model's ([`crate::model::acl`]).

use super::client::{Client, Req, bucket_path, invalid};
use super::error::{ErrorKind, Missing, S3Error};
use crate::model::acl::{self, Acl, Ownership, Permission};
use reqwest::Method;

/// The ACL to set: a canned one (`x-amz-acl`), or grants (`x-amz-grant-*` headers, exo's flags).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AclSpec {
    Canned(String),
    Grants(Vec<(Permission, String)>),
}

impl AclSpec {
    fn apply(&self, mut req: Req) -> Req {
        match self {
            AclSpec::Canned(c) => req = req.h("x-amz-acl", c.clone()),
            AclSpec::Grants(g) => {
                for (p, who) in g {
                    req = req.h(p.header(), who.clone());
                }
            }
        }
        req
    }
}

/// A GetBucketAcl / GetObjectAcl answer: the owner it names and the grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AclAnswer {
    pub owner: Option<String>,
    pub acl: Acl,
}

fn answer(text: &str) -> Result<AclAnswer, S3Error> {
    let (owner, acl) = acl::parse_policy_with_owner(text).map_err(invalid)?;
    Ok(AclAnswer { owner, acl })
}

impl Client {
    pub async fn get_bucket_acl(&self, bucket: &str) -> Result<AclAnswer, S3Error> {
        let a = self
            .call(Req::new(Method::GET, bucket_path(bucket)).q("acl", ""))
            .await?;
        answer(a.text()?)
    }

    pub async fn put_bucket_acl(&self, bucket: &str, spec: &AclSpec) -> Result<(), S3Error> {
        let req = spec.apply(Req::new(Method::PUT, bucket_path(bucket)).q("acl", ""));
        self.call(req).await.map(drop)
    }

    pub async fn get_object_acl(
        &self,
        bucket: &str,
        key: &str,
        version_id: Option<&str>,
    ) -> Result<AclAnswer, S3Error> {
        let req = Req::object(Method::GET, bucket, key)
            .q("acl", "")
            .q_opt("versionId", version_id);
        let a = self.call(req).await?;
        answer(a.text()?)
    }

    pub async fn put_object_acl(&self, bucket: &str, key: &str, spec: &AclSpec) -> Result<(), S3Error> {
        let req = spec.apply(Req::object(Method::PUT, bucket, key).q("acl", ""));
        self.call(req).await.map(drop)
    }

    /// The bucket's Object Ownership; None when it has no ownership controls.
    pub async fn get_bucket_ownership(&self, bucket: &str) -> Result<Option<Ownership>, S3Error> {
        match self
            .call(Req::new(Method::GET, bucket_path(bucket)).q("ownershipControls", ""))
            .await
        {
            Ok(a) => {
                let root = crate::xml::parse(a.text()?).map_err(|e| invalid(e.message))?;
                Ownership::from_controls(&root).map(Some).map_err(invalid)
            }
            Err(e) if e.kind() == ErrorKind::NotFound(Missing::Config) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub async fn put_bucket_ownership(&self, bucket: &str, o: Ownership) -> Result<(), S3Error> {
        let req = Req::new(Method::PUT, bucket_path(bucket))
            .q("ownershipControls", "")
            .body(o.to_controls())
            .md5();
        self.call(req).await.map(drop)
    }
}
