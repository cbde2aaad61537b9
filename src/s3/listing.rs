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

/// The pages of `pages`, fetched up to `ahead` pages ahead of the reader by a task of their own: the next
/// page's request goes out as soon as the previous page arrived, not when the reader has used it up, so a
/// reader that spends a round trip or more on each page (a HEAD per entry, say) does not also wait one per
/// page. At most `ahead` pages wait unread (memory stays bounded); dropping the stream ends the task after
/// the request in flight.
pub fn read_ahead<T: Send + 'static>(mut pages: Pages<T>, ahead: usize) -> Pages<T> {
    use futures_util::StreamExt;
    let (tx, mut rx) = tokio::sync::mpsc::channel(ahead.max(1));
    tokio::spawn(async move {
        while let Some(page) = pages.next().await {
            let last = page.is_err();
            if tx.send(page).await.is_err() || last {
                break;
            }
        }
    });
    Box::pin(futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    /// Ten pages of one number each; `fetched` counts the pages requested so far.
    fn counted_pages(fetched: Arc<AtomicUsize>) -> Pages<usize> {
        Box::pin(futures_util::stream::unfold(0usize, move |i| {
            let fetched = fetched.clone();
            async move {
                if i == 10 {
                    return None;
                }
                fetched.fetch_add(1, Ordering::SeqCst);
                Some((Ok(i), i + 1))
            }
        }))
    }

    /// Waits (with a deadline, never a fixed sleep) until `fetched` reaches `n`; its final value.
    async fn until_fetched(fetched: &AtomicUsize, n: usize) -> usize {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while fetched.load(Ordering::SeqCst) < n && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        fetched.load(Ordering::SeqCst)
    }

    #[tokio::test]
    async fn read_ahead_requests_the_next_pages_before_they_are_read_and_no_more_than_allowed() {
        let fetched = Arc::new(AtomicUsize::new(0));
        let mut pages = read_ahead(counted_pages(fetched.clone()), 2);
        assert_eq!(pages.next().await.unwrap().unwrap(), 0);
        // Page 0 read; two wait in the queue and the task holds the one it is trying to hand over.
        assert_eq!(
            until_fetched(&fetched, 4).await,
            4,
            "the next pages were not requested ahead"
        );
        for _ in 0..50 {
            tokio::task::yield_now().await;
        }
        assert_eq!(
            fetched.load(Ordering::SeqCst),
            4,
            "more pages fetched than the read-ahead allows"
        );
        let rest: Vec<usize> = pages.map(|p| p.unwrap()).collect().await;
        assert_eq!(rest, (1..10).collect::<Vec<_>>(), "pages out of order or lost");
    }

    #[tokio::test]
    async fn read_ahead_ends_after_an_error() {
        let failing: Pages<usize> = Box::pin(futures_util::stream::iter([
            Ok(1),
            Err(S3Error::InvalidResponse("broken page".into())),
            Ok(3),
        ]));
        let got: Vec<Result<usize, S3Error>> = read_ahead(failing, 1).collect().await;
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(matches!(&got[1], Err(S3Error::InvalidResponse(m)) if m == "broken page"));
    }
}
