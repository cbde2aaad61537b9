//! Bucket CORS: Get/Put/DeleteBucketCors (what `cors add|delete` and `show` need). The document is the
//! model's ([`crate::model::cors`]).

use super::client::{Client, Req, bucket_path, invalid};
use super::error::{ErrorKind, Missing, S3Error};
use crate::model::cors::CorsConfig;
use reqwest::Method;

impl Client {
    /// The bucket's CORS configuration; None when it has none (NoSuchCORSConfiguration).
    pub async fn get_bucket_cors(&self, bucket: &str) -> Result<Option<CorsConfig>, S3Error> {
        match self
            .call(Req::new(Method::GET, bucket_path(bucket)).q("cors", ""))
            .await
        {
            Ok(a) => CorsConfig::read(a.text()?)
                .map(Some)
                .map_err(|e| invalid(e.message().to_string())),
            Err(e) if e.kind() == ErrorKind::NotFound(Missing::Config) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Replaces the bucket's CORS configuration (S3 requires Content-MD5 on it).
    pub async fn put_bucket_cors(&self, bucket: &str, config: &CorsConfig) -> Result<(), S3Error> {
        let req = Req::new(Method::PUT, bucket_path(bucket))
            .q("cors", "")
            .body(config.to_xml())
            .md5();
        self.call(req).await.map(drop)
    }

    pub async fn delete_bucket_cors(&self, bucket: &str) -> Result<(), S3Error> {
        self.call(Req::new(Method::DELETE, bucket_path(bucket)).q("cors", ""))
            .await
            .map(drop)
    }
}
