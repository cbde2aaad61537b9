//! The bucket operations: create, delete, where a bucket lives ([`Client::locate_bucket`]), and its
//! settings (versioning, Object Lock, replication); also the bundled server's operator report.

use super::client::{Answer, Client, Req, bucket_path, invalid};
use super::error::{ErrorKind, Missing, S3Error};
use super::options::CreateBucketOptions;
use super::types::*;
use super::xml;
use crate::model::operator::OperatorReport;
use crate::model::s3::Versioning;
use reqwest::Method;

impl Client {
    pub async fn list_buckets(&self) -> Result<Vec<BucketEntry>, S3Error> {
        let a = self.call(Req::new(Method::GET, "/".into())).await?;
        xml::parse_list_buckets(a.text()?).map_err(invalid)
    }

    /// CreateBucket.
    pub async fn create_bucket(&self, bucket: &str, opts: &CreateBucketOptions) -> Result<(), S3Error> {
        let mut req = Req::new(Method::PUT, bucket_path(bucket));
        if let Some(loc) = opts.location.as_deref().filter(|l| !l.is_empty()) {
            req = req.body(xml::create_bucket_body(loc));
        }
        if opts.object_lock {
            req = req.h("x-amz-bucket-object-lock-enabled", "true");
        }
        self.call(req.h_opt("x-amz-acl", opts.acl.as_deref())).await.map(drop)
    }

    pub async fn delete_bucket(&self, bucket: &str) -> Result<(), S3Error> {
        self.call(Req::new(Method::DELETE, bucket_path(bucket))).await.map(drop)
    }

    /// HeadBucket: Ok with the bucket's region (`x-amz-bucket-region`) when the server says it.
    pub async fn head_bucket(&self, bucket: &str) -> Result<Option<String>, S3Error> {
        let a = self.call(Req::new(Method::HEAD, bucket_path(bucket))).await?;
        Ok(region_of(&a))
    }

    /// Where a bucket lives, from a HEAD of it: here (with the region the server names), in another region
    /// (a 301, 307 or 400 that names it), missing, or refused. Only the absence of an answer is an error;
    /// to follow a bucket found elsewhere, build a client for its region with [`Client::for_region`].
    pub async fn locate_bucket(&self, bucket: &str) -> Result<Location, S3Error> {
        let e = match self.call(Req::new(Method::HEAD, bucket_path(bucket))).await {
            Ok(a) => {
                return Ok(Location {
                    region: region_of(&a),
                    status: 200,
                    presence: Presence::Here,
                });
            }
            Err(e) => e,
        };
        let kind = e.kind();
        let S3Error::Service { status, region, .. } = e else {
            return Err(e);
        };
        let presence = match kind {
            ErrorKind::Redirect { region: Some(_) } => Presence::Elsewhere,
            ErrorKind::Redirect { region: None } => Presence::Redirected,
            ErrorKind::NotFound(_) => Presence::Missing,
            _ if status == 403 => Presence::Denied,
            _ => Presence::Refused,
        };
        Ok(Location {
            region,
            status,
            presence,
        })
    }

    /// GetBucketLocation: None for the server's default region (an empty constraint).
    pub async fn get_bucket_location(&self, bucket: &str) -> Result<Option<String>, S3Error> {
        let a = self
            .call(Req::new(Method::GET, bucket_path(bucket)).q("location", ""))
            .await?;
        xml::parse_location(a.text()?).map_err(invalid)
    }

    pub async fn get_bucket_versioning(&self, bucket: &str) -> Result<Versioning, S3Error> {
        let a = self
            .call(Req::new(Method::GET, bucket_path(bucket)).q("versioning", ""))
            .await?;
        xml::parse_versioning(a.text()?).map_err(invalid)
    }

    /// Enables (`true`) or suspends (`false`) versioning.
    pub async fn put_bucket_versioning(&self, bucket: &str, enabled: bool) -> Result<(), S3Error> {
        let req = Req::new(Method::PUT, bucket_path(bucket))
            .q("versioning", "")
            .body(xml::versioning_body(enabled))
            .md5();
        self.call(req).await.map(drop)
    }

    /// The Object Lock configuration; a bucket without one reads as not enabled.
    pub async fn get_object_lock_configuration(&self, bucket: &str) -> Result<ObjectLockConfig, S3Error> {
        match self
            .call(Req::new(Method::GET, bucket_path(bucket)).q("object-lock", ""))
            .await
        {
            Ok(a) => xml::parse_object_lock(a.text()?).map_err(invalid),
            Err(e) if e.kind() == ErrorKind::NotFound(Missing::Config) => Ok(ObjectLockConfig::default()),
            Err(e) => Err(e),
        }
    }

    pub async fn put_object_lock_configuration(&self, bucket: &str, cfg: &ObjectLockConfig) -> Result<(), S3Error> {
        let req = Req::new(Method::PUT, bucket_path(bucket))
            .q("object-lock", "")
            .body(xml::object_lock_body(cfg))
            .md5();
        self.call(req).await.map(drop)
    }

    /// The replication configuration as raw XML; None when the bucket has none.
    pub async fn get_bucket_replication(&self, bucket: &str) -> Result<Option<String>, S3Error> {
        match self
            .call(Req::new(Method::GET, bucket_path(bucket)).q("replication", ""))
            .await
        {
            Ok(a) => Ok(Some(a.text()?.to_string())),
            Err(e) if e.kind() == ErrorKind::NotFound(Missing::Config) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// PutBucketReplication with the XML document as is (Content-MD5 added, as S3 requires).
    pub async fn put_bucket_replication(&self, bucket: &str, xml: String) -> Result<(), S3Error> {
        let req = Req::new(Method::PUT, bucket_path(bucket))
            .q("replication", "")
            .h("content-type", "application/xml")
            .body(xml)
            .md5();
        self.call(req).await.map(drop)
    }

    pub async fn delete_bucket_replication(&self, bucket: &str) -> Result<(), S3Error> {
        self.call(Req::new(Method::DELETE, bucket_path(bucket)).q("replication", ""))
            .await
            .map(drop)
    }

    /// The bundled server's operator report (`GET /_sosctl/replication`). None from a server that does
    /// not serve one: an error status, or an answer that is not a report (a JSON object with a
    /// `replication` list); a figure the report lacks reads as absent.
    pub async fn operator_report(&self) -> Result<Option<OperatorReport>, S3Error> {
        let a = match self.call(Req::new(Method::GET, "/_sosctl/replication".into())).await {
            Ok(a) => a,
            Err(S3Error::Service { .. }) => return Ok(None),
            Err(e) => return Err(e),
        };
        let Ok(v) = serde_json::from_slice::<serde_json::Value>(&a.body) else {
            return Ok(None);
        };
        if !v.get("replication").is_some_and(serde_json::Value::is_array) {
            return Ok(None);
        }
        Ok(serde_json::from_value(v).ok())
    }
}

fn region_of(a: &Answer) -> Option<String> {
    a.header("x-amz-bucket-region").filter(|r| !r.is_empty())
}
