//! The listings: one page of ListObjectsV2, ListObjectVersions or ListMultipartUploads, and each as a
//! stream of every page ([`Pages`]), which follows the server's markers to the last page.

use super::client::{Client, Req, bucket_path, invalid};
use super::error::S3Error;
use super::options::ListOptions;
use super::types::*;
use super::xml;
use futures_util::Stream;
use reqwest::Method;
use std::future::Future;
use std::pin::Pin;

/// Every page of a listing, in order; an error ends it.
pub type Pages<T> = Pin<Box<dyn Stream<Item = Result<T, S3Error>> + Send>>;

/// The pages that `fetch` reads from a start cursor on, each telling the next cursor (`None` after the last).
fn pages<T, C, F, Fut>(fetch: F, next: fn(&T) -> Option<C>) -> Pages<T>
where
    T: Send + 'static,
    C: Send + 'static,
    F: Fn(Option<C>) -> Fut + Send + 'static,
    Fut: Future<Output = Result<T, S3Error>> + Send + 'static,
{
    // The state: None once the last page is out, else the cursor the next page starts at.
    let start: Option<Option<C>> = Some(None);
    Box::pin(futures_util::stream::try_unfold(start, move |state| {
        let fetched = state.map(&fetch);
        async move {
            let Some(fetched) = fetched else {
                return Ok(None);
            };
            let page = fetched.await?;
            let after = next(&page).map(Some);
            Ok(Some((page, after)))
        }
    }))
}

fn list_query(req: Req, opts: &ListOptions, size_param: &str) -> Req {
    let page_size = opts.page_size.map(|m| m.to_string());
    req.q_opt(size_param, page_size.as_deref())
        .q_opt("prefix", opts.prefix.as_deref().filter(|p| !p.is_empty()))
        .q_opt("delimiter", opts.delimiter.as_deref().filter(|d| !d.is_empty()))
}

impl Client {
    /// One page of ListObjectsV2, from the start or from a continuation token.
    pub async fn list_objects_v2(
        &self,
        bucket: &str,
        opts: &ListOptions,
        continuation_token: Option<&str>,
    ) -> Result<ListObjectsPage, S3Error> {
        let req = Req::new(Method::GET, bucket_path(bucket)).q("list-type", "2");
        let req = list_query(req, opts, "max-keys").q_opt("continuation-token", continuation_token);
        let a = self.call(req).await?;
        xml::parse_list_objects_v2(a.text()?).map_err(invalid)
    }

    /// Every page of ListObjectsV2.
    pub fn object_pages(&self, bucket: &str, opts: &ListOptions) -> Pages<ListObjectsPage> {
        let (c, bucket, opts) = (self.clone(), bucket.to_string(), opts.clone());
        pages(
            move |token: Option<String>| {
                let (c, bucket, opts) = (c.clone(), bucket.clone(), opts.clone());
                async move { c.list_objects_v2(&bucket, &opts, token.as_deref()).await }
            },
            |p: &ListObjectsPage| p.next_token().map(str::to_string),
        )
    }

    /// Every current object under `opts.prefix`, all pages.
    pub async fn list_all_objects(&self, bucket: &str, opts: &ListOptions) -> Result<Vec<ObjectEntry>, S3Error> {
        use futures_util::TryStreamExt;
        let mut out = Vec::new();
        let mut pages = self.object_pages(bucket, opts);
        while let Some(page) = pages.try_next().await? {
            out.extend(page.objects);
        }
        Ok(out)
    }

    /// One page of ListObjectVersions (versions and delete markers, in the server's order).
    pub async fn list_object_versions(
        &self,
        bucket: &str,
        opts: &ListOptions,
        marker: Option<&VersionMarker>,
    ) -> Result<ListVersionsPage, S3Error> {
        let req = list_query(
            Req::new(Method::GET, bucket_path(bucket)).q("versions", ""),
            opts,
            "max-keys",
        )
        .q_opt("key-marker", marker.map(|m| m.key.as_str()))
        .q_opt("version-id-marker", marker.and_then(|m| m.version_id.as_deref()));
        let a = self.call(req).await?;
        xml::parse_list_versions(a.text()?).map_err(invalid)
    }

    /// Every page of ListObjectVersions.
    pub fn version_pages(&self, bucket: &str, opts: &ListOptions) -> Pages<ListVersionsPage> {
        let (c, bucket, opts) = (self.clone(), bucket.to_string(), opts.clone());
        pages(
            move |marker: Option<VersionMarker>| {
                let (c, bucket, opts) = (c.clone(), bucket.clone(), opts.clone());
                async move { c.list_object_versions(&bucket, &opts, marker.as_ref()).await }
            },
            ListVersionsPage::next_marker,
        )
    }

    /// One page of ListMultipartUploads (`opts.page_size` is its `max-uploads`; the delimiter is not
    /// sent).
    pub async fn list_multipart_uploads(
        &self,
        bucket: &str,
        opts: &ListOptions,
        marker: Option<&UploadMarker>,
    ) -> Result<ListMultipartUploadsPage, S3Error> {
        let opts = ListOptions {
            delimiter: None,
            ..opts.clone()
        };
        let req = list_query(
            Req::new(Method::GET, bucket_path(bucket)).q("uploads", ""),
            &opts,
            "max-uploads",
        )
        .q_opt("key-marker", marker.map(|m| m.key.as_str()))
        .q_opt("upload-id-marker", marker.and_then(|m| m.upload_id.as_deref()));
        let a = self.call(req).await?;
        xml::parse_list_multipart_uploads(a.text()?).map_err(invalid)
    }

    /// Every page of ListMultipartUploads.
    pub fn upload_pages(&self, bucket: &str, opts: &ListOptions) -> Pages<ListMultipartUploadsPage> {
        let (c, bucket, opts) = (self.clone(), bucket.to_string(), opts.clone());
        pages(
            move |marker: Option<UploadMarker>| {
                let (c, bucket, opts) = (c.clone(), bucket.clone(), opts.clone());
                async move { c.list_multipart_uploads(&bucket, &opts, marker.as_ref()).await }
            },
            ListMultipartUploadsPage::next_marker,
        )
    }
}
