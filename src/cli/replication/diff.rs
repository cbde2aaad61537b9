//! `sosctl bucket replication diff sos://SRC[/PREFIX]`: proves each destination complete, or says what it
//! lacks. Per destination the source and the destination are listed concurrently (each listing a task
//! that reads its pages ahead into a channel of two pages), and the two sorted listings are merged in key
//! order, so memory stays bounded whatever the key count. Each key the rules select for the destination is
//! classed by [`crate::model::diff::classify`]; a missing or different key is HEADed at the source for its
//! replication status (PENDING: not a fault yet), and `--checksum` compares the contents of what ETags
//! cannot. `sync` ([`super::sync`]) acts on the same [`findings`].

use crate::cli::connect::{client_for_bucket, explain};
use crate::cli::exit::{Exit, UsageError};
use crate::cli::output::{self, Format, Printer};
use crate::cli::settings::Settings;
use crate::cli::target;
use crate::model::diff::{Class, Entry, Shard, classify};
use crate::model::{self, ReplicationConfig, bucket_name};
use crate::s3::limiter::Outcome;
use crate::s3::{Client, ErrorKind, GetObjectOptions, Limiter, ListOptions, ObjectHead, S3Error};
use futures_util::{Stream, StreamExt, TryStreamExt};
use serde_json::{Value, json};
use sha2::Digest as _;
use std::collections::{BTreeMap, VecDeque};
use std::pin::Pin;
use std::sync::Arc;
use tokio::sync::mpsc;

#[derive(Debug, clap::Args)]
#[command(after_long_help = DIFF_HELP)]
pub struct DiffArgs {
    /// sos://SRC[/PREFIX] (the source)
    pub target: String,
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// List every differing key in the table output too (JSON and text always list them)
    #[arg(long)]
    pub detail: bool,
}

/// The options `diff` and `sync` share: what is compared and how.
#[derive(Debug, Clone, clap::Args)]
pub struct ScopeArgs {
    /// Compare with this one bucket, every key under the prefix, instead of the destinations of the
    /// source's replication rules (a plain bucket-to-bucket compare; delete markers are not replicated)
    #[arg(long, value_name = "sos://DST")]
    pub to: Option<String>,
    /// The --to bucket is on this other S3 endpoint (same credentials and zone), e.g. another server
    #[arg(long, value_name = "URL", requires = "to")]
    pub to_endpoint: Option<String>,
    /// Compare latest versions with ListObjectVersions (version ids, delete markers on both sides)
    #[arg(long)]
    pub versions: bool,
    /// Compare the contents where ETags cannot tell (multipart uploads): stored checksums when both sides
    /// have one of the same kind, else a SHA-256 of both bodies, streamed
    #[arg(long)]
    pub checksum: bool,
    /// Only the keys of shard I of N (0 ≤ I < N), by a stable hash of the key (FNV-1a 64 mod N)
    #[arg(long, value_name = "I/N", value_parser = Shard::parse)]
    pub shard: Option<Shard>,
    /// Pin the requests in flight (HEADs, content reads, copies) at N; without it they adapt to the link
    /// (up to 512)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub concurrency: Option<u16>,
}

const DIFF_HELP: &str = "\
Compares the source with every destination its replication rules select: the Enabled rules, their prefix \
filters, and per destination the rule of highest priority (tag filters select nothing, as SOS objects have \
no tags). With --to sos://DST, with that one bucket instead, every key under the prefix (--to-endpoint: \
a bucket of another S3 endpoint, reached with the same credentials and zone). Both sides are \
listed concurrently (ListObjectsV2, or ListObjectVersions with --versions) and merged in key order, in \
bounded memory. Each selected key is:
  in-sync        same size and ETag (with --versions: of the latest versions)
  missing        at the source only
  different      a different size or ETag
  extra          at the destination only
  delete-marker  the source's latest is a delete marker under an Enabled DeleteMarkerReplication rule and \
the destination still serves the object, or (--versions) the destination's latest is a delete marker where \
the source serves the object
  pending        missing or different while the source's replication status is PENDING
  unverified     the same size but ETags of multipart uploads, which depend on part sizes; --checksum \
compares the contents (stored checksums when both sides have one of the same kind, else a streamed SHA-256 \
of both bodies)
Without --versions a key whose source latest is a delete marker does not list at the source: a key only at \
the destination is looked up at the source (one ListObjectVersions of one entry) to tell delete-marker from \
extra, where its rule replicates delete markers.

The HEADs and --checksum reads adapt to the link (from 16 in flight or more when the server is far, at most 512, halved on 503 SlowDown); \
--concurrency N pins them at N.

Output: table Destination and one column per class (objects), then with --detail a table Destination, Key, \
Class, Source, Destination, Status; json {source, prefix, shard, differences: [{destination, key, class, \
status, source: {size, etag, version_id, delete_marker}, destination_object: {...}}], destinations: \
[{bucket, counts: {class: objects}, bytes: {class: bytes}}], in_sync}; text \
`destination<TAB>class<TAB>key<TAB>source size<TAB>destination size<TAB>status` for each key not in sync, \
the summary on stderr.

Exit codes: 0 every destination in sync (pending and unverified keys allowed: they are not known to \
differ); 5 a key is missing, different, extra or a delete-marker mismatch; 1 the requests failed; 2 bad \
arguments.";

/// The source side of a comparison.
pub struct Scope {
    pub src: Client,
    pub bucket: String,
    pub prefix: String,
    pub versions: bool,
    pub checksum: bool,
    pub shard: Option<Shard>,
    /// How many per-object tasks are started at once: the limiter's ceiling (it decides how many of
    /// their requests are sent).
    pub concurrency: usize,
    /// The requests in flight of the whole command, source and destinations: every request of
    /// [`Scope::src`] and [`Pair::client`] takes a slot per attempt; a body read (a content hash, a
    /// streamed copy) holds one slot from its request to its last byte, through [`Scope::slot`].
    pub limiter: Arc<Limiter>,
}

impl Scope {
    /// Runs `work` (requests of clients without the limiter: [`Client::without_limiter`]) in one slot
    /// of the limiter, from its first request to its last byte, and tells it how the work ended.
    pub async fn slot<T>(&self, work: impl Future<Output = anyhow::Result<T>>) -> anyhow::Result<T> {
        let slot = self.limiter.acquire().await;
        let r = work.await;
        slot.finish(match &r {
            Err(e)
                if e.chain()
                    .any(|c| c.downcast_ref::<S3Error>().is_some_and(|s| s.kind().is_transient())) =>
            {
                Outcome::Congested
            }
            _ => Outcome::Done,
        });
        r
    }
}

/// One destination and what selects its keys.
pub struct Pair {
    pub dest: String,
    pub client: Client,
    /// The source's rules; None for `--to` (every key, delete markers not replicated).
    pub rules: Option<ReplicationConfig>,
}

impl Pair {
    /// Some(whether delete markers replicate) when the rules select `key` for this destination.
    pub fn select(&self, key: &str) -> Option<bool> {
        match &self.rules {
            None => Some(false),
            Some(cfg) => model::targets(cfg, key)
                .into_iter()
                .find(|t| t.bucket == self.dest)
                .map(|t| t.delete_marker_replication),
        }
    }

    /// Whether a copy can be made by the destination's server from the source (CopyObject): the same
    /// endpoint and the same zone.
    pub fn same_place(&self, scope: &Scope) -> bool {
        self.client.endpoint() == scope.src.endpoint() && self.client.region() == scope.src.region()
    }
}

/// A selected key of one destination and its class.
#[derive(Debug, Clone)]
pub struct Finding {
    pub key: String,
    pub class: Class,
    pub src: Option<Entry>,
    pub dst: Option<Entry>,
    /// The source's `x-amz-replication-status`, for the keys HEADed (missing, different).
    pub status: Option<String>,
    /// The source's HEAD, for the keys HEADed.
    pub head: Option<ObjectHead>,
    /// Whether the key's rule replicates delete markers.
    pub delete_markers: bool,
}

impl Finding {
    /// The bytes the finding is about: the source's size, or the destination's for an extra key.
    pub fn bytes(&self) -> u64 {
        self.src
            .as_ref()
            .filter(|e| !e.delete_marker)
            .or(self.dst.as_ref())
            .map_or(0, |e| e.size)
    }
}

/// The scope and destinations of the arguments: the source's zone found, its rules read (or `--to`), each
/// destination followed to its zone.
pub async fn open(s: &Settings, target_arg: &str, a: &ScopeArgs) -> anyhow::Result<(Arc<Scope>, Vec<Arc<Pair>>)> {
    let t = target::parse(target_arg)?;
    let bucket = t.bucket.clone();
    let prefix = t.key.clone().unwrap_or_default();
    let to = match &a.to {
        Some(to) => {
            let d = target::parse(to)?;
            if d.key.is_some() {
                return Err(
                    UsageError::new(format!("--to {to}: give a bucket (sos://DST), not a key or prefix")).into(),
                );
            }
            if d.bucket == bucket && a.to_endpoint.is_none() {
                return Err(UsageError::new(format!("--to {to}: the destination is the source")).into());
            }
            Some(d.bucket)
        }
        None => None,
    };
    // The requests adapt to the link (crate::s3::limiter) unless --concurrency pins them.
    let limiter = Arc::new(Limiter::from_flag(a.concurrency.map(usize::from)));
    let scope_of = |src: Client| {
        Arc::new(Scope {
            src: src.with_limiter(limiter.clone()),
            bucket: bucket.clone(),
            prefix: prefix.clone(),
            versions: a.versions,
            checksum: a.checksum,
            shard: a.shard,
            concurrency: limiter.ceiling(),
            limiter: limiter.clone(),
        })
    };
    let listing = |b: &str| format!("listing sos://{b}/{prefix}");
    if let Some(dest) = to {
        let src = client_for_bucket(s, &bucket, &listing(&bucket)).await?;
        let client = match &a.to_endpoint {
            Some(url) => {
                let url = crate::cli::settings::endpoint_for_zone(url, &s.zone)?;
                Client::new(crate::s3::ClientConfig {
                    endpoint: url,
                    ..crate::s3::ClientConfig::from_settings(s)?
                })
                .map_err(|e| UsageError::new(format!("--to-endpoint: {e}")))?
            }
            None => client_for_bucket(s, &dest, &listing(&dest)).await?,
        };
        let pair = Pair {
            dest,
            client: client.with_limiter(limiter.clone()),
            rules: None,
        };
        return Ok((scope_of(src), vec![Arc::new(pair)]));
    }
    let doing = format!("reading the replication configuration of sos://{bucket}");
    let src = client_for_bucket(s, &bucket, &doing).await?;
    let xml = src
        .get_bucket_replication(&bucket)
        .await
        .map_err(|e| explain(e, &doing, &bucket, None))?
        .ok_or_else(|| {
            anyhow::anyhow!(
                "sos://{bucket} has no replication configuration, so no destination to compare with \
                 (compare with one bucket: --to sos://DST)"
            )
        })?;
    let cfg = match model::parse(&xml) {
        Ok(p) => p.config,
        Err(errors) => {
            let first = errors.first().map(|f| f.message.clone()).unwrap_or_default();
            anyhow::bail!("{doing}: the stored configuration does not parse: {first}");
        }
    };
    let mut dests: Vec<String> = Vec::new();
    for r in cfg.rules.iter().filter(|r| r.status == "Enabled") {
        let d = bucket_name(&r.destination.bucket).to_string();
        if !d.is_empty() && !dests.contains(&d) {
            dests.push(d);
        }
    }
    if dests.is_empty() {
        anyhow::bail!("sos://{bucket}: no Enabled replication rule, so no destination to compare with");
    }
    let mut pairs = Vec::new();
    for dest in dests {
        let client = client_for_bucket(s, &dest, &listing(&dest)).await?;
        pairs.push(Arc::new(Pair {
            dest,
            client: client.with_limiter(limiter.clone()),
            rules: Some(cfg.clone()),
        }));
    }
    Ok((scope_of(src), pairs))
}

/// A listing's pages read ahead by a task of its own, as entries of current state.
type Listed = mpsc::Receiver<anyhow::Result<Vec<Entry>>>;

fn listing(c: Client, bucket: String, prefix: String, versions: bool) -> Listed {
    let (tx, rx) = mpsc::channel(2);
    tokio::spawn(async move {
        let opts = ListOptions::prefix(prefix.clone());
        let fail = |e| explain(e, &format!("listing sos://{bucket}/{prefix}"), &bucket, None);
        if versions {
            let mut pages = c.version_pages(&bucket, &opts);
            while let Some(page) = pages.next().await {
                let item = page.map_err(fail).map(|p| {
                    p.entries
                        .into_iter()
                        .filter(|e| e.is_latest)
                        .map(|e| Entry {
                            etag: e.etag.as_deref().map(model::diff::plain_etag).unwrap_or("").to_string(),
                            key: e.key,
                            size: e.size,
                            version_id: Some(e.version_id),
                            delete_marker: e.delete_marker,
                        })
                        .collect()
                });
                let stop = item.is_err();
                if tx.send(item).await.is_err() || stop {
                    break;
                }
            }
        } else {
            let mut pages = c.object_pages(&bucket, &opts);
            while let Some(page) = pages.next().await {
                let item = page.map_err(fail).map(|p| {
                    p.objects
                        .into_iter()
                        .map(|o| Entry::object(o.key, o.size, &o.etag))
                        .collect()
                });
                let stop = item.is_err();
                if tx.send(item).await.is_err() || stop {
                    break;
                }
            }
        }
    });
    rx
}

/// The head of a listing, checked to come in strictly increasing key order (the merge relies on it).
struct Cursor {
    rx: Listed,
    buf: VecDeque<Entry>,
    done: bool,
    last: Option<String>,
    what: String,
}

impl Cursor {
    fn new(rx: Listed, what: String) -> Cursor {
        Cursor {
            rx,
            buf: VecDeque::new(),
            done: false,
            last: None,
            what,
        }
    }

    async fn fill(&mut self) -> anyhow::Result<()> {
        while self.buf.is_empty() && !self.done {
            match self.rx.recv().await {
                Some(Ok(entries)) => self.buf.extend(entries),
                Some(Err(e)) => return Err(e),
                None => self.done = true,
            }
        }
        Ok(())
    }

    fn pop(&mut self) -> anyhow::Result<Entry> {
        let e = self.buf.pop_front().expect("pop after a fill that found an entry");
        if let Some(last) = &self.last
            && e.key.as_str() <= last.as_str()
        {
            anyhow::bail!(
                "the listing of {} is not in key order (`{}` after `{last}`): cannot compare it",
                self.what,
                e.key
            );
        }
        self.last = Some(e.key.clone());
        Ok(e)
    }
}

/// Both listings merged: each key with what each side lists of it.
struct Merge {
    s: Cursor,
    d: Cursor,
}

impl Merge {
    async fn next(&mut self) -> anyhow::Result<Option<(Option<Entry>, Option<Entry>)>> {
        self.s.fill().await?;
        self.d.fill().await?;
        let order = match (self.s.buf.front(), self.d.buf.front()) {
            (None, None) => return Ok(None),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (Some(a), Some(b)) => a.key.cmp(&b.key),
        };
        Ok(Some(match order {
            std::cmp::Ordering::Less => (Some(self.s.pop()?), None),
            std::cmp::Ordering::Greater => (None, Some(self.d.pop()?)),
            std::cmp::Ordering::Equal => (Some(self.s.pop()?), Some(self.d.pop()?)),
        }))
    }
}

/// A stream of the findings of one destination.
pub type Findings = Pin<Box<dyn Stream<Item = anyhow::Result<Finding>> + Send>>;

/// The findings of one destination, in key order: every selected key of the shard, in sync or not.
pub fn findings(scope: Arc<Scope>, pair: Arc<Pair>) -> Findings {
    let merge = Merge {
        s: Cursor::new(
            listing(
                scope.src.clone(),
                scope.bucket.clone(),
                scope.prefix.clone(),
                scope.versions,
            ),
            format!("sos://{}", scope.bucket),
        ),
        d: Cursor::new(
            listing(
                pair.client.clone(),
                pair.dest.clone(),
                scope.prefix.clone(),
                scope.versions,
            ),
            format!("sos://{}", pair.dest),
        ),
    };
    let (sc, pc) = (scope.clone(), pair.clone());
    let raw = futures_util::stream::try_unfold(merge, move |mut merge| {
        let (scope, pair) = (sc.clone(), pc.clone());
        async move {
            loop {
                let Some((s, d)) = merge.next().await? else {
                    return Ok(None);
                };
                let key = s.as_ref().or(d.as_ref()).map(|e| e.key.clone()).unwrap_or_default();
                if scope.shard.is_some_and(|sh| !sh.contains(&key)) {
                    continue;
                }
                let Some(dm) = pair.select(&key) else { continue };
                let Some(class) = classify(s.as_ref(), d.as_ref(), dm) else {
                    continue;
                };
                let f = Finding {
                    key,
                    class,
                    src: s,
                    dst: d,
                    status: None,
                    head: None,
                    delete_markers: dm,
                };
                return Ok(Some((f, merge)));
            }
        }
    });
    let concurrency = scope.concurrency;
    Box::pin(
        raw.map_ok(move |f| {
            let (scope, pair) = (scope.clone(), pair.clone());
            async move { resolve(&scope, &pair, f).await }
        })
        .try_buffered(concurrency)
        .try_filter_map(|f| async move { Ok(f) }),
    )
}

/// What the listings cannot tell: the source's status of a missing or different key (None: it was
/// deleted since the listing), whether a key only at the destination is a replicated delete marker, and
/// with `--checksum` the contents of an unverified key.
async fn resolve(scope: &Scope, pair: &Pair, mut f: Finding) -> anyhow::Result<Option<Finding>> {
    match f.class {
        Class::Missing | Class::Different => {
            let version = f.src.as_ref().and_then(|e| e.version_id.as_deref());
            let h = match scope.src.head_object(&scope.bucket, &f.key, version).await {
                Ok(h) => h,
                Err(e) if matches!(e.kind(), ErrorKind::NotFound(_)) => return Ok(None),
                Err(e) => {
                    return Err(explain(
                        e,
                        &format!("reading sos://{}/{}", scope.bucket, f.key),
                        &scope.bucket,
                        Some(&f.key),
                    ));
                }
            };
            f.status = h.replication_status_raw().map(str::to_string);
            if f.status.as_deref() == Some("PENDING") {
                f.class = Class::Pending;
            }
            f.head = Some(h);
        }
        Class::Extra if !scope.versions && f.delete_markers => {
            let opts = ListOptions {
                prefix: Some(f.key.clone()),
                delimiter: None,
                page_size: Some(1),
            };
            let page = scope
                .src
                .list_object_versions(&scope.bucket, &opts, None)
                .await
                .map_err(|e| {
                    explain(
                        e,
                        &format!("listing the versions of sos://{}/{}", scope.bucket, f.key),
                        &scope.bucket,
                        None,
                    )
                })?;
            if let Some(latest) = page.entries.first().filter(|e| e.key == f.key && e.delete_marker) {
                f.class = Class::DeleteMarker;
                f.src = Some(Entry {
                    key: latest.key.clone(),
                    size: 0,
                    etag: String::new(),
                    version_id: Some(latest.version_id.clone()),
                    delete_marker: true,
                });
            }
        }
        Class::Unverified if scope.checksum => {
            f.class = if same_content(scope, pair, &f).await? {
                Class::InSync
            } else {
                Class::Different
            };
        }
        _ => {}
    }
    Ok(Some(f))
}

/// The checksum headers compared, strongest first.
const CHECKSUMS: [&str; 5] = [
    "x-amz-checksum-sha256",
    "x-amz-checksum-sha1",
    "x-amz-checksum-crc64nvme",
    "x-amz-checksum-crc32c",
    "x-amz-checksum-crc32",
];

/// A whole-object checksum a HEAD answered (a composite one, of parts, is no checksum of the content).
fn full_checksum<'a>(h: &'a ObjectHead, name: &str) -> Option<&'a str> {
    if h.headers.get("x-amz-checksum-type").is_some_and(|t| t == "COMPOSITE") {
        return None;
    }
    h.headers.get(name).map(String::as_str).filter(|v| !v.contains('-'))
}

async fn same_content(scope: &Scope, pair: &Pair, f: &Finding) -> anyhow::Result<bool> {
    let sv = f.src.as_ref().and_then(|e| e.version_id.clone());
    let dv = f.dst.as_ref().and_then(|e| e.version_id.clone());
    let src = (&scope.src, scope.bucket.as_str(), sv.as_deref());
    let dst = (&pair.client, pair.dest.as_str(), dv.as_deref());
    let (hs, hd) = tokio::try_join!(head_checksums(src, &f.key), head_checksums(dst, &f.key))?;
    for name in CHECKSUMS {
        if let (Some(a), Some(b)) = (full_checksum(&hs, name), full_checksum(&hd, name)) {
            return Ok(a == b);
        }
    }
    // Each body read holds a slot of the limiter to its last byte (a slot per attempt would be given
    // back when the headers arrive).
    let (sc, dc) = (scope.src.without_limiter(), pair.client.without_limiter());
    let src = (&sc, src.1, src.2);
    let dst = (&dc, dst.1, dst.2);
    let (a, b) = tokio::try_join!(
        scope.slot(body_sha256(src, &f.key)),
        scope.slot(body_sha256(dst, &f.key))
    )?;
    Ok(a == b)
}

async fn head_checksums((c, b, v): (&Client, &str, Option<&str>), key: &str) -> anyhow::Result<ObjectHead> {
    c.head_object_checksums(b, key, v)
        .await
        .map_err(|e| explain(e, &format!("reading sos://{b}/{key}"), b, Some(key)))
}

/// The SHA-256 of a version's body, read as a stream.
async fn body_sha256((c, bucket, version): (&Client, &str, Option<&str>), key: &str) -> anyhow::Result<[u8; 32]> {
    let doing = format!("reading sos://{bucket}/{key}");
    let body = c
        .get_object(bucket, key, &GetObjectOptions::version(version))
        .await
        .map_err(|e| explain(e, &doing, bucket, Some(key)))?;
    let mut stream = Box::pin(body.bytes_stream());
    let mut h = sha2::Sha256::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| explain(e, &doing, bucket, Some(key)))?;
        h.update(&chunk);
    }
    Ok(h.finalize().into())
}

/// Objects and bytes per class of one destination.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub counts: BTreeMap<Class, (u64, u64)>,
}

impl Tally {
    pub fn add(&mut self, f: &Finding) {
        let e = self.counts.entry(f.class).or_default();
        e.0 += 1;
        e.1 += f.bytes();
    }
    pub fn objects(&self, c: Class) -> u64 {
        self.counts.get(&c).map_or(0, |e| e.0)
    }
    pub fn differs(&self) -> bool {
        Class::ALL.iter().any(|c| c.differs() && self.objects(*c) > 0)
    }
    fn json(&self, dest: &str) -> Value {
        let counts: serde_json::Map<String, Value> = Class::ALL
            .iter()
            .map(|c| (c.as_str().replace('-', "_"), Value::from(self.objects(*c))))
            .collect();
        let bytes: serde_json::Map<String, Value> = Class::ALL
            .iter()
            .map(|c| {
                (
                    c.as_str().replace('-', "_"),
                    Value::from(self.counts.get(c).map_or(0, |e| e.1)),
                )
            })
            .collect();
        json!({"bucket": dest, "counts": counts, "bytes": bytes})
    }
}

fn entry_json(e: Option<&Entry>) -> Value {
    match e {
        None => Value::Null,
        Some(e) => json!({
            "size": e.size,
            "etag": (!e.delete_marker).then_some(e.etag.as_str()),
            "version_id": e.version_id,
            "delete_marker": e.delete_marker,
        }),
    }
}

fn finding_json(dest: &str, f: &Finding) -> Value {
    json!({
        "destination": dest,
        "key": f.key,
        "class": f.class.as_str(),
        "status": f.status,
        "source": entry_json(f.src.as_ref()),
        "destination_object": entry_json(f.dst.as_ref()),
    })
}

fn entry_text(e: Option<&Entry>) -> String {
    match e {
        None => "-".into(),
        Some(e) if e.delete_marker => "delete marker".into(),
        Some(e) => format!("{} {}", output::size(e.size), e.etag),
    }
}

/// `sosctl bucket replication diff`.
pub async fn run(s: &Settings, a: DiffArgs) -> anyhow::Result<Exit> {
    let (scope, pairs) = open(s, &a.target, &a.scope).await?;
    let p = s.printer();
    let mut tallies: Vec<(String, Tally)> = Vec::new();
    let mut detail_rows: Vec<Vec<String>> = Vec::new();
    let json = s.output.format == Format::Json;
    let mut first = true;
    if json {
        p.raw(&format!(
            "{{\n  \"source\": {},\n  \"prefix\": {},\n  \"shard\": {},\n  \"differences\": [",
            json!(scope.bucket),
            json!(scope.prefix),
            json!(scope.shard.map(|s| s.to_string()))
        ))?;
    }
    for pair in &pairs {
        let mut tally = Tally::default();
        let mut stream = findings(scope.clone(), pair.clone());
        while let Some(f) = stream.try_next().await? {
            tally.add(&f);
            if f.class == Class::InSync {
                continue;
            }
            match s.output.format {
                Format::Json => {
                    let sep = if first { "\n    " } else { ",\n    " };
                    first = false;
                    p.raw(&format!("{sep}{}", finding_json(&pair.dest, &f)))?;
                }
                Format::Text => p.text_rows(&[vec![
                    pair.dest.clone(),
                    f.class.as_str().into(),
                    f.key.clone(),
                    f.src.as_ref().map_or("-".into(), |e| e.size.to_string()),
                    f.dst.as_ref().map_or("-".into(), |e| e.size.to_string()),
                    f.status.clone().unwrap_or_else(|| "-".into()),
                ]])?,
                Format::Table if a.detail => detail_rows.push(vec![
                    pair.dest.clone(),
                    f.key.clone(),
                    f.class.as_str().into(),
                    entry_text(f.src.as_ref()),
                    entry_text(f.dst.as_ref()),
                    f.status.clone().unwrap_or_else(|| "-".into()),
                ]),
                Format::Table => {}
            }
        }
        tallies.push((pair.dest.clone(), tally));
    }
    let differs = tallies.iter().any(|(_, t)| t.differs());
    print_summary(&p, s.output.format, &scope, &tallies, &detail_rows, differs)?;
    Ok(if differs { Exit::Differs } else { Exit::Success })
}

fn print_summary(
    p: &Printer,
    format: Format,
    scope: &Scope,
    tallies: &[(String, Tally)],
    detail_rows: &[Vec<String>],
    differs: bool,
) -> anyhow::Result<()> {
    let lines: Vec<String> = tallies
        .iter()
        .map(|(dest, t)| {
            let parts: Vec<String> = Class::ALL
                .iter()
                .filter(|c| t.objects(**c) > 0)
                .map(|c| format!("{} {}", t.objects(*c), c.as_str()))
                .collect();
            let verdict = if t.differs() { "differs" } else { "in sync" };
            let parts = if parts.is_empty() {
                "no selected keys".to_string()
            } else {
                parts.join(", ")
            };
            format!("sos://{} → {dest}: {verdict} ({parts})", scope.bucket)
        })
        .collect();
    let unverified: u64 = tallies.iter().map(|(_, t)| t.objects(Class::Unverified)).sum();
    match format {
        Format::Json => {
            let dests: Vec<Value> = tallies.iter().map(|(d, t)| t.json(d)).collect();
            p.raw(&format!(
                "{}],\n  \"destinations\": {},\n  \"in_sync\": {}\n}}\n",
                if tallies
                    .iter()
                    .all(|(_, t)| t.counts.keys().all(|c| *c == Class::InSync))
                {
                    ""
                } else {
                    "\n  "
                },
                serde_json::to_string(&dests).expect("JSON values always serialize"),
                !differs
            ))?;
        }
        Format::Text => {
            for l in &lines {
                p.note(l);
            }
        }
        Format::Table => {
            if !detail_rows.is_empty() {
                p.table(
                    &["Destination", "Key", "Class", "Source", "Destination", "Status"],
                    detail_rows,
                )?;
            }
            let mut header = vec!["Destination"];
            header.extend(Class::ALL.iter().map(|c| c.as_str()));
            let rows: Vec<Vec<String>> = tallies
                .iter()
                .map(|(d, t)| {
                    let mut r = vec![d.clone()];
                    r.extend(Class::ALL.iter().map(|c| t.objects(*c).to_string()));
                    r
                })
                .collect();
            p.table(&header, &rows)?;
            for l in &lines {
                p.line(l)?;
            }
        }
    }
    if unverified > 0 && !scope.checksum {
        p.note(&format!(
            "note: {} could not be compared by ETag (multipart uploads); --checksum compares their contents",
            output::plural(unverified as usize, "object")
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(pages: Vec<Vec<&str>>) -> Cursor {
        let (tx, rx) = mpsc::channel(pages.len().max(1));
        for p in pages {
            tx.try_send(Ok(p.into_iter().map(|k| Entry::object(k, 1, "e")).collect()))
                .unwrap();
        }
        Cursor::new(rx, "test".into())
    }

    async fn merged(a: Vec<Vec<&str>>, b: Vec<Vec<&str>>) -> anyhow::Result<Vec<(Option<String>, Option<String>)>> {
        let mut m = Merge {
            s: listed(a),
            d: listed(b),
        };
        let mut out = Vec::new();
        while let Some((s, d)) = m.next().await? {
            out.push((s.map(|e| e.key), d.map(|e| e.key)));
        }
        Ok(out)
    }

    fn pair(s: Option<&str>, d: Option<&str>) -> (Option<String>, Option<String>) {
        (s.map(str::to_string), d.map(str::to_string))
    }

    #[tokio::test]
    async fn listings_merge_in_key_order_across_pages() {
        let out = merged(
            vec![vec!["a", "c"], vec![], vec!["d", "f"]],
            vec![vec!["b"], vec!["c", "d", "g"]],
        )
        .await
        .unwrap();
        assert_eq!(
            out,
            [
                pair(Some("a"), None),
                pair(None, Some("b")),
                pair(Some("c"), Some("c")),
                pair(Some("d"), Some("d")),
                pair(Some("f"), None),
                pair(None, Some("g")),
            ]
        );
        assert!(merged(vec![], vec![]).await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_listing_out_of_key_order_is_an_error_not_a_wrong_answer() {
        let e = merged(vec![vec!["b", "a"]], vec![]).await.unwrap_err();
        assert!(e.to_string().contains("not in key order (`a` after `b`)"), "{e}");
        let e = merged(vec![vec!["a"], vec!["a"]], vec![]).await.unwrap_err();
        assert!(e.to_string().contains("not in key order"), "{e}");
    }

    #[test]
    fn a_pair_selects_by_its_rules_and_takes_the_winner_s_delete_marker_setting() {
        let cfg = model::parse(
            r#"{"Role":"r","Rules":[
              {"ID":"all","Priority":1,"Status":"Enabled","Filter":{"Prefix":""},"DeleteMarkerReplication":{"Status":"Disabled"},"Destination":{"Bucket":"d"}},
              {"ID":"logs","Priority":2,"Status":"Enabled","Filter":{"Prefix":"logs/"},"DeleteMarkerReplication":{"Status":"Enabled"},"Destination":{"Bucket":"d"}},
              {"ID":"off","Priority":3,"Status":"Disabled","Filter":{"Prefix":"x/"},"DeleteMarkerReplication":{"Status":"Enabled"},"Destination":{"Bucket":"e"}}]}"#,
        )
        .unwrap()
        .config;
        let settings = crate::cli::settings::Settings::for_endpoint(
            "http://127.0.0.1:1",
            "ch-dk-2",
            crate::cli::settings::Credentials::new("k", "s", "test"),
        )
        .unwrap();
        let client = crate::cli::connect::client(&settings).unwrap();
        let d = Pair {
            dest: "d".into(),
            client: client.clone(),
            rules: Some(cfg.clone()),
        };
        assert_eq!(d.select("a"), Some(false));
        assert_eq!(d.select("logs/a"), Some(true));
        let e = Pair {
            dest: "e".into(),
            client,
            rules: Some(cfg),
        };
        assert_eq!(e.select("x/a"), None);
    }
}
