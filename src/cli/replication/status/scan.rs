//! One pass over a bucket or prefix: the listing (current versions, or every version with `--versions`)
//! streamed page by page into the HEAD fan-out ([`head_stream`], `--concurrency` requests in flight), and
//! the [`Tally`] of what came back. Nothing is kept per object: memory is a page of the listing and the
//! HEADs in flight, whatever the bucket holds.

use crate::cli::connect::explain;
use crate::model::operator::FAILURE_HEADER;
use crate::model::s3::ReplicationStatus;
use crate::s3::{Client, ErrorKind, ListOptions, read_ahead};
use futures_util::{Stream, StreamExt, TryStreamExt};
use std::collections::BTreeMap;

/// What the listing gives: a version to HEAD, or a delete marker (counted apart, not HEADed).
#[derive(Debug, Clone)]
pub enum Listed {
    Version {
        key: String,
        version_id: Option<String>,
        size: u64,
        latest: bool,
    },
    DeleteMarker,
}

/// One version and its replication status.
#[derive(Debug, Clone)]
pub struct ObjStatus {
    pub key: String,
    pub version_id: Option<String>,
    pub size: u64,
    /// `x-amz-replication-status` as sent, shown as it is even when S3 does not define it.
    pub status: Option<String>,
    /// Why it FAILED, when the server says (the bundled server's [`FAILURE_HEADER`]).
    pub reason: Option<String>,
    /// The current version of its key (always, without `--versions`).
    pub latest: bool,
}

/// The summary's class of the objects whose status S3 does not define, or that have none.
pub const NONE: &str = "none";

impl ObjStatus {
    pub fn replication(&self) -> Option<ReplicationStatus> {
        self.status.as_deref().and_then(ReplicationStatus::parse)
    }
    pub fn is(&self, st: ReplicationStatus) -> bool {
        self.replication() == Some(st)
    }
    /// The summary class: a [`ReplicationStatus`], or [`NONE`] (also for a status S3 does not define).
    pub fn class(&self) -> &'static str {
        self.replication().map_or(NONE, ReplicationStatus::as_str)
    }
}

/// What one HEAD (or its absence) gave.
#[derive(Debug, Clone)]
pub enum Seen {
    Object(ObjStatus),
    DeleteMarker,
    /// Deleted between the listing and the HEAD.
    Gone,
}

/// (objects, bytes)
pub type Tally2 = (u64, u64);

/// Objects and bytes per status class, delete markers apart, and in total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub by_class: BTreeMap<&'static str, Tally2>,
    pub total: Tally2,
    pub delete_markers: u64,
    /// Of `total`, the versions that are not their key's current one (only with `--versions`).
    pub noncurrent: u64,
}

impl Default for Tally {
    fn default() -> Self {
        let by_class = ReplicationStatus::ALL
            .map(ReplicationStatus::as_str)
            .into_iter()
            .chain([NONE])
            .map(|k| (k, (0, 0)))
            .collect();
        Tally {
            by_class,
            total: (0, 0),
            delete_markers: 0,
            noncurrent: 0,
        }
    }
}

impl Tally {
    pub fn add(&mut self, seen: &Seen) {
        match seen {
            Seen::Object(o) => {
                let e = self.by_class.entry(o.class()).or_default();
                e.0 += 1;
                e.1 += o.size;
                self.total.0 += 1;
                self.total.1 += o.size;
                if !o.latest {
                    self.noncurrent += 1;
                }
            }
            Seen::DeleteMarker => self.delete_markers += 1,
            Seen::Gone => {}
        }
    }
    pub fn count(&self, st: ReplicationStatus) -> u64 {
        self.by_class.get(st.as_str()).map_or(0, |x| x.0)
    }
    /// The classes in display order (PENDING, COMPLETED, FAILED, REPLICA, none) with their figures.
    pub fn ordered(&self) -> Vec<(&'static str, Tally2)> {
        let mut v: Vec<(&'static str, Tally2)> = self.by_class.iter().map(|(k, t)| (*k, *t)).collect();
        let order = |k: &str| {
            ReplicationStatus::ALL
                .iter()
                .position(|s| s.as_str() == k)
                .unwrap_or(ReplicationStatus::ALL.len())
        };
        v.sort_by_key(|(k, _)| order(k));
        v
    }
}

/// Pages of the listing fetched ahead of the HEADs: with 1000 keys a page and up to 512 HEADs in flight, a
/// page lasts about two round trips and the next one is one round trip away, so two ahead keep the fan-out
/// fed.
const PAGES_AHEAD: usize = 2;

/// HEADs started ahead of the oldest one still unanswered, per request the limiter may allow in flight:
/// the rows come out in listing order, so the queue holds the answers that came early; four times the
/// limit keeps one slow answer (a new connection's handshake, a retry) from stopping the others.
const REORDER_WINDOW: usize = 4;

/// The listing of `bucket` under `prefix`, streamed: current versions, or with `versions` every version
/// and delete marker. The pages are requested ahead of the reader ([`read_ahead`]) and outside the
/// client's limiter: the HEADs wait on the listing, so it does not queue behind them.
pub fn listing<'a>(
    c: &'a Client,
    bucket: &'a str,
    prefix: &'a str,
    versions: bool,
) -> impl Stream<Item = anyhow::Result<Listed>> + 'a {
    let opts = ListOptions::prefix(prefix);
    let err = move |e| explain(e, &format!("listing sos://{bucket}/{prefix}"), bucket, None);
    let c = c.without_limiter();
    let pages: futures_util::stream::BoxStream<'a, anyhow::Result<Vec<Listed>>> = if versions {
        read_ahead(c.version_pages(bucket, &opts), PAGES_AHEAD)
            .map_err(err)
            .map_ok(|page| {
                page.entries
                    .into_iter()
                    .map(|e| match e.delete_marker {
                        true => Listed::DeleteMarker,
                        false => Listed::Version {
                            key: e.key,
                            version_id: Some(e.version_id),
                            size: e.size,
                            latest: e.is_latest,
                        },
                    })
                    .collect()
            })
            .boxed()
    } else {
        read_ahead(c.object_pages(bucket, &opts), PAGES_AHEAD)
            .map_err(err)
            .map_ok(|page| {
                page.objects
                    .into_iter()
                    .map(|o| Listed::Version {
                        key: o.key,
                        version_id: None,
                        size: o.size,
                        latest: true,
                    })
                    .collect()
            })
            .boxed()
    };
    pages
        .map_ok(|v| futures_util::stream::iter(v.into_iter().map(Ok)))
        .try_flatten()
}

/// The HEAD fan-out, in one place: each listed version HEADed with at most `concurrency` requests in flight
/// (the client's limiter, when it has one, decides how many of those are sent), results in listing order;
/// a version gone since the listing (404) comes back as [`Seen::Gone`]. Stops at the first error.
pub fn head_stream<'a>(
    c: &'a Client,
    bucket: &'a str,
    items: impl Stream<Item = anyhow::Result<Listed>> + 'a,
    concurrency: usize,
) -> impl Stream<Item = anyhow::Result<Seen>> + 'a {
    items
        .map(move |item| async move {
            let (key, version, size, latest) = match item? {
                Listed::DeleteMarker => return Ok(Seen::DeleteMarker),
                Listed::Version {
                    key,
                    version_id,
                    size,
                    latest,
                } => (key, version_id, size, latest),
            };
            head_one(c, bucket, key, version, size, latest).await
        })
        .buffered(match c.limiter() {
            Some(_) => concurrency.max(1) * REORDER_WINDOW,
            None => concurrency.max(1),
        })
}

async fn head_one(
    c: &Client,
    bucket: &str,
    key: String,
    version: Option<String>,
    size: u64,
    latest: bool,
) -> anyhow::Result<Seen> {
    match c.head_object(bucket, &key, version.as_deref()).await {
        Ok(h) => Ok(Seen::Object(ObjStatus {
            status: h.replication_status_raw().map(str::to_string),
            reason: h.headers.get(FAILURE_HEADER).cloned(),
            version_id: h.version_id.clone().or(version),
            // HEAD's Content-Length is the version's size; the listing's is only a fallback.
            size: if h.headers.contains_key("content-length") {
                h.size
            } else {
                size
            },
            key,
            latest,
        })),
        Err(e) if matches!(e.kind(), ErrorKind::NotFound(_)) => Ok(Seen::Gone),
        Err(e) => Err(explain(
            e,
            &format!("reading the status of sos://{bucket}/{key}"),
            bucket,
            Some(&key),
        )),
    }
}

/// HEADs exactly these versions again (for `--wait`), in order.
pub fn rehead<'a>(
    c: &'a Client,
    bucket: &'a str,
    objs: Vec<ObjStatus>,
    concurrency: usize,
) -> impl Stream<Item = anyhow::Result<Seen>> + 'a {
    let items = objs.into_iter().map(|o| {
        Ok(Listed::Version {
            key: o.key,
            version_id: o.version_id,
            size: o.size,
            latest: o.latest,
        })
    });
    head_stream(c, bucket, futures_util::stream::iter(items), concurrency)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(key: &str, size: u64, status: Option<&str>, latest: bool) -> Seen {
        Seen::Object(ObjStatus {
            key: key.into(),
            version_id: None,
            size,
            status: status.map(str::to_string),
            reason: None,
            latest,
        })
    }

    #[test]
    fn tally_counts_objects_and_bytes_per_status_and_markers_apart() {
        let mut t = Tally::default();
        for s in [
            obj("a", 10, Some("PENDING"), true),
            obj("b", 5, Some("PENDING"), true),
            obj("c", 7, Some("COMPLETED"), false),
            obj("d", 1, None, true),
            // A status this tool does not know is counted with the objects that have none.
            obj("e", 2, Some("PROCESSING"), true),
            Seen::DeleteMarker,
            Seen::Gone,
        ] {
            t.add(&s);
        }
        assert_eq!(t.by_class["PENDING"], (2, 15));
        assert_eq!(t.by_class["COMPLETED"], (1, 7));
        assert_eq!(t.by_class["FAILED"], (0, 0));
        assert_eq!(t.by_class["REPLICA"], (0, 0));
        assert_eq!(t.by_class["none"], (2, 3));
        assert_eq!(t.total, (5, 25));
        assert_eq!(t.delete_markers, 1);
        assert_eq!(t.noncurrent, 1);
        assert_eq!(t.count(ReplicationStatus::Pending), 2);
        let order: Vec<&str> = t.ordered().iter().map(|(k, _)| *k).collect();
        assert_eq!(order, ["PENDING", "COMPLETED", "FAILED", "REPLICA", "none"]);
    }
}
