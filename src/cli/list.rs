//! `sosctl list [sos://BUCKET[/PREFIX]]`: buckets (each in its own zone; `-z` picks one), or the objects (or
//! versions) under a prefix, in exo's shapes; with `--stream` each page is printed as it arrives, in
//! constant memory.

use super::connect::{client, client_for_bucket, explain, list_all, locate};
use super::exit::{Exit, UsageError};
use super::output::{self, Format, Printer};
use super::parse;
use super::settings::Settings;
use super::target;
use crate::s3::{BucketEntry, ListOptions, S3Error, VersionEntry};
use futures_util::stream::{self, StreamExt, TryStreamExt};
use serde_json::json;
use time::OffsetDateTime;

#[derive(Debug, clap::Args)]
#[command(after_long_help = LIST_OUTPUT_HELP)]
pub struct ListArgs {
    /// sos://BUCKET[/PREFIX]; without it, the buckets
    pub target: Option<String>,
    /// List recursively (all keys under the prefix, no directory grouping)
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// List object versions (version id and vN per row)
    #[arg(long)]
    pub versions: bool,
    /// With --versions, include delete markers
    #[arg(long, requires = "versions")]
    pub delete_markers: bool,
    /// Only these versions: comma-separated version IDs or numbers (v3); implies --versions
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "VERSIONS",
        conflicts_with = "exclude_versions"
    )]
    pub only_versions: Vec<String>,
    /// All versions but these: comma-separated version IDs or numbers (v3); implies --versions
    #[arg(long, value_delimiter = ',', value_name = "VERSIONS")]
    pub exclude_versions: Vec<String>,
    /// Only objects last modified before WHEN: a duration ago (exo's Go syntax: 30m, 1h45m, 7d) or an RFC 3339
    /// time (2025-02-20T15:50:12Z)
    #[arg(long, value_name = "WHEN", alias = "older-than-timestamp", value_parser = parse_when)]
    pub older_than: Option<When>,
    /// Only objects last modified at or before WHEN (as --older-than)
    #[arg(long, value_name = "WHEN", value_parser = parse_when)]
    pub older_than_or_equal: Option<When>,
    /// Only objects last modified after WHEN (as --older-than)
    #[arg(long, value_name = "WHEN", alias = "newer-than-timestamp", value_parser = parse_when)]
    pub newer_than: Option<When>,
    /// Only objects last modified at or after WHEN (as --older-than)
    #[arg(long, value_name = "WHEN", value_parser = parse_when)]
    pub newer_than_or_equal: Option<When>,
    /// Print keys as pages arrive, in constant memory
    #[arg(short = 's', long)]
    pub stream: bool,
    /// Keys per listing request (the server's maximum is usually 1000); for tests of paging
    #[arg(long, hide = true, value_name = "N")]
    pub page_size: Option<u32>,
    /// With no bucket: add each bucket's size (the sum of its current objects), read by listing every
    /// bucket in full
    #[arg(long)]
    pub size: bool,
}

/// Help of `list -O json` / `-O text`.
const LIST_OUTPUT_HELP: &str = "\
Output formats (-O):
- table (default): exo's lines, `2025-02-20 15:50:12 UTC  372 B  config.json`, directories as
  `DIR  prefix/`, buckets as `created  zone  name/` (with --size `created  zone  size  name/`,
  exo's columns). With --versions a row adds the version id, a column that says `latest` on the
  current version, and ends with vN as exo's do (v1 = the oldest version of the key), or
  `delete-marker` for a delete marker.
- json: one array, with exo's keys and value formats (so jq filters written for exo work) and
  sosctl's beside them. Buckets: {name, zone, created (`2025-02-20 15:50:12 UTC`), created_rfc3339}
  (with --size also size, in bytes). Objects: exo's {name, size (bytes, 0 for a directory),
  last_modified (`2025-02-20 15:50:12 UTC`, absent for a directory), dir, version_id,
  version_number} and sosctl's {key (= name), is_dir (= dir), last_modified_rfc3339, etag}; with
  --versions also is_latest, delete_marker (version_number is null for a delete marker; version_id
  and version_number are null without --versions). With --stream the array is written as the
  pages arrive.
- text: tab-separated. Buckets: name, zone, created (with --size also size, in bytes). Objects:
  key, size (bytes) or DIR, last_modified, etag. With --versions: key, version_id, vN (DM for a
  delete marker), size, last_modified, is_latest, delete_marker.

Filters, as exo's: --only-versions / --exclude-versions take version IDs and numbers (v2), imply
--versions, and do not go together (numbers need the whole key, so not with --stream either);
--older-than, --newer-than and their -or-equal forms compare each object's (or version's) last
modification with a time: WHEN is a duration before now (exo's Go syntax: 90s, 1h45m; d for days) or
an RFC 3339 time. exo's --older-than-timestamp / --newer-than-timestamp are accepted as aliases.

Buckets: every bucket of the account, each with its own zone (the server's BucketRegion, else
the zone a HEAD of the bucket finds); -z/--zone given as a flag lists only the buckets of that
zone. S3 has no call that tells a bucket's size: --size lists each bucket (one request per 1000
objects; noncurrent versions and unfinished uploads are not counted). exo reads sizes from
Exoscale's account API (sos-buckets-usage), which is not S3.";

/// One line of `list`.
#[derive(Debug, Clone)]
struct Row {
    key: String,
    is_dir: bool,
    size: u64,
    last_modified: Option<OffsetDateTime>,
    etag: Option<String>,
    version: Option<VersionInfo>,
}

#[derive(Debug, Clone)]
struct VersionInfo {
    version_id: String,
    number: Option<u64>,
    is_latest: bool,
    delete_marker: bool,
}

impl Row {
    fn dir(prefix: String) -> Row {
        Row {
            key: prefix,
            is_dir: true,
            size: 0,
            last_modified: None,
            etag: None,
            version: None,
        }
    }

    fn size_text(&self) -> String {
        if self.is_dir {
            "DIR".into()
        } else if self.version.as_ref().is_some_and(|v| v.delete_marker) {
            "-".into()
        } else {
            output::size(self.size)
        }
    }

    fn json(&self, versions: bool) -> serde_json::Value {
        let vi = self.version.as_ref().filter(|_| versions);
        // exo's keys first (ListObjectsItemOutput: name, size, last_modified, dir, version_id,
        // version_number), then sosctl's.
        let mut v = json!({
            "name": self.key,
            "size": if self.is_dir { 0 } else { self.size },
        });
        if !self.is_dir {
            v["last_modified"] = json!(self.last_modified.map(output::time));
        }
        v["dir"] = json!(self.is_dir);
        v["version_id"] = json!(vi.map(|v| &v.version_id));
        v["version_number"] = json!(vi.and_then(|v| v.number));
        v["key"] = json!(self.key);
        v["is_dir"] = json!(self.is_dir);
        v["last_modified_rfc3339"] = json!(output::rfc3339(self.last_modified));
        v["etag"] = json!(self.etag);
        if versions {
            v["is_latest"] = json!(vi.is_some_and(|v| v.is_latest));
            v["delete_marker"] = json!(vi.is_some_and(|v| v.delete_marker));
        }
        v
    }

    fn text(&self, versions: bool) -> String {
        let size = if self.is_dir {
            "DIR".to_string()
        } else {
            self.size.to_string()
        };
        let lm = output::rfc3339(self.last_modified).unwrap_or_default();
        let etag = self.etag.clone().unwrap_or_default();
        match (&self.version, versions) {
            (Some(v), true) => format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                self.key,
                v.version_id,
                v.number.map_or("DM".to_string(), |n| format!("v{n}")),
                size,
                lm,
                v.is_latest,
                v.delete_marker
            ),
            (None, true) => format!("{}\t\t\t{size}\t\t\t", self.key),
            _ => format!("{}\t{size}\t{lm}\t{etag}", self.key),
        }
    }
}

/// Writes rows as they come, in the selected format; JSON is one array opened on the first batch.
struct RowSink {
    format: Format,
    versions: bool,
    printer: Printer,
    written: usize,
}

impl RowSink {
    fn emit(&mut self, rows: &[Row]) -> anyhow::Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut out = String::new();
        match self.format {
            Format::Json => {
                for r in rows {
                    out.push_str(if self.written == 0 { "[\n  " } else { ",\n  " });
                    out.push_str(&serde_json::to_string(&r.json(self.versions))?);
                    self.written += 1;
                }
            }
            Format::Text => {
                for r in rows {
                    out.push_str(&r.text(self.versions));
                    out.push('\n');
                    self.written += 1;
                }
            }
            Format::Table => {
                // Aligned within the batch (a page when streaming), so memory stays bounded.
                let width = rows.iter().map(|r| r.size_text().len()).max().unwrap_or(0);
                for r in rows {
                    let time = if r.is_dir {
                        " ".repeat(23)
                    } else {
                        output::time_or_dashes(r.last_modified)
                    };
                    out.push_str(&format!("{time}  {:>width$}  {}", r.size_text(), r.key));
                    if let Some(v) = &r.version {
                        // exo's `key  version-id  vN`, with sosctl's latest column before the vN.
                        let latest = if v.is_latest { "latest" } else { "" };
                        out.push_str(&format!("  {}  {latest:<6}  ", v.version_id));
                        match v.number {
                            Some(n) => out.push_str(&format!("v{n}")),
                            None => out.push_str("delete-marker"),
                        }
                    }
                    out.push('\n');
                    self.written += 1;
                }
            }
        }
        self.printer.raw(&out)?;
        Ok(())
    }

    fn finish(&mut self) -> anyhow::Result<()> {
        if self.format == Format::Json {
            self.printer.raw(if self.written == 0 { "[]\n" } else { "\n]\n" })?;
        }
        Ok(())
    }
}

/// Numbers the versions of one key (given newest first): v1 is the oldest; delete markers get none.
fn number_versions(group: Vec<VersionEntry>, with_markers: bool) -> Vec<Row> {
    let total = group.iter().filter(|e| !e.delete_marker).count() as u64;
    let mut n = total;
    let mut rows = Vec::new();
    for e in group {
        let number = if e.delete_marker {
            None
        } else {
            let k = n;
            n = n.saturating_sub(1);
            Some(k)
        };
        if e.delete_marker && !with_markers {
            continue;
        }
        rows.push(Row {
            key: e.key,
            is_dir: false,
            size: e.size,
            last_modified: e.last_modified,
            etag: e.etag,
            version: Some(VersionInfo {
                version_id: e.version_id,
                number,
                is_latest: e.is_latest,
                delete_marker: e.delete_marker,
            }),
        });
    }
    rows
}

/// A time given on the command line: a duration before now, or an RFC 3339 time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When(OffsetDateTime);

fn parse_when(s: &str) -> Result<When, String> {
    if let Ok(t) = OffsetDateTime::parse(s.trim(), &time::format_description::well_known::Rfc3339) {
        return Ok(When(t));
    }
    let d = parse::duration(s).map_err(|e| format!("{e}; or give an RFC 3339 time (2025-02-20T15:50:12Z)"))?;
    Ok(When(OffsetDateTime::now_utc() - d))
}

/// One entry of --only-versions / --exclude-versions.
#[derive(Debug, PartialEq, Eq)]
enum VersionPick {
    Number(u64),
    Id(String),
}

/// exo's list filters: on last modification (every bound must hold) and on versions.
#[derive(Debug, Default)]
struct Filters {
    /// (bound, the row must be before it, equality allowed)
    times: Vec<(OffsetDateTime, bool, bool)>,
    only: Vec<VersionPick>,
    exclude: Vec<VersionPick>,
}

impl Filters {
    fn from_args(a: &ListArgs) -> Result<Filters, UsageError> {
        let picks = |v: &[String], flag: &str| -> Result<Vec<VersionPick>, UsageError> {
            v.iter()
                .map(|t| {
                    let t = t.trim();
                    if t.is_empty() {
                        return Err(UsageError::new(format!("--{flag}: an empty version in the list")));
                    }
                    match t
                        .strip_prefix('v')
                        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                    {
                        Some(n) => {
                            if a.stream {
                                return Err(UsageError::new(format!(
                                    "--{flag} {t}: version numbers need every version of a key, which --stream \
                                     does not wait for; give version IDs, or drop --stream"
                                )));
                            }
                            n.parse()
                                .map(VersionPick::Number)
                                .map_err(|_| UsageError::new(format!("--{flag}: version number `{t}` is too large")))
                        }
                        None => Ok(VersionPick::Id(t.to_string())),
                    }
                })
                .collect()
        };
        let mut times = Vec::new();
        for (w, before, equal) in [
            (a.older_than, true, false),
            (a.older_than_or_equal, true, true),
            (a.newer_than, false, false),
            (a.newer_than_or_equal, false, true),
        ] {
            if let Some(When(t)) = w {
                times.push((t, before, equal));
            }
        }
        Ok(Filters {
            times,
            only: picks(&a.only_versions, "only-versions")?,
            exclude: picks(&a.exclude_versions, "exclude-versions")?,
        })
    }

    fn picks_versions(&self) -> bool {
        !self.only.is_empty() || !self.exclude.is_empty()
    }

    fn keeps(&self, r: &Row) -> bool {
        if r.is_dir {
            return true;
        }
        let in_time = self.times.iter().all(|&(bound, before, equal)| match r.last_modified {
            None => false,
            Some(t) if equal && t == bound => true,
            Some(t) => (t < bound) == before && t != bound,
        });
        let matches = |picks: &[VersionPick]| {
            r.version.as_ref().is_some_and(|v| {
                picks.iter().any(|p| match p {
                    VersionPick::Number(n) => v.number == Some(*n),
                    VersionPick::Id(id) => v.version_id == *id,
                })
            })
        };
        in_time && (self.only.is_empty() || matches(&self.only)) && (self.exclude.is_empty() || !matches(&self.exclude))
    }
}

/// `sosctl list`.
pub async fn run(s: &Settings, mut a: ListArgs) -> anyhow::Result<Exit> {
    let printer = s.printer();
    let filters = Filters::from_args(&a)?;
    // As in exo, picking versions implies --versions.
    a.versions |= filters.picks_versions();
    let Some(arg) = a.target.as_deref() else {
        if !filters.times.is_empty() {
            return Err(UsageError::new(
                "--older-than/--newer-than filter objects: give a bucket, sosctl list sos://BUCKET",
            )
            .into());
        }
        if a.versions || a.recursive {
            return Err(UsageError::new("--versions and --recursive need a bucket: sosctl list sos://BUCKET").into());
        }
        return list_buckets(s, &printer, a.size).await;
    };
    if a.size {
        return Err(UsageError::new(
            "--size lists buckets with their sizes: sosctl list --size (an object's size is always shown)",
        )
        .into());
    }
    let t = target::parse(arg)?;
    let doing = format!("listing {}", t.url());
    let c = client_for_bucket(s, &t.bucket, &doing).await?;
    let opts = ListOptions {
        prefix: t.key.clone(),
        delimiter: (!a.recursive).then(|| "/".to_string()),
        page_size: a.page_size,
    };
    let mut sink = RowSink {
        format: s.output.format,
        versions: a.versions,
        printer: printer.clone(),
        written: 0,
    };
    let fail = |e: S3Error| explain(e, &doing, &t.bucket, None);
    // Without --stream everything is gathered, sorted and aligned as one batch.
    let mut all: Vec<Row> = Vec::new();
    let mut emit = |mut rows: Vec<Row>| -> anyhow::Result<()> {
        rows.retain(|r| filters.keeps(r));
        if a.stream {
            sink.emit(&rows)
        } else {
            all.extend(rows);
            Ok(())
        }
    };
    if a.versions {
        let mut pages = c.version_pages(&t.bucket, &opts);
        let mut group: Vec<VersionEntry> = Vec::new();
        while let Some(page) = pages.try_next().await.map_err(fail)? {
            let last = page.next_marker().is_none();
            let mut rows: Vec<Row> = page.common_prefixes.into_iter().map(Row::dir).collect();
            for e in page.entries {
                if group.first().is_some_and(|g| g.key != e.key) {
                    rows.extend(number_versions(std::mem::take(&mut group), a.delete_markers));
                }
                group.push(e);
            }
            // A key's versions may go on in the next page: its numbering waits for the last one.
            if last {
                rows.extend(number_versions(std::mem::take(&mut group), a.delete_markers));
            }
            emit(rows)?;
        }
    } else {
        let mut pages = c.object_pages(&t.bucket, &opts);
        while let Some(page) = pages.try_next().await.map_err(fail)? {
            let mut rows: Vec<Row> = page.common_prefixes.into_iter().map(Row::dir).collect();
            rows.extend(page.objects.into_iter().map(|o| Row {
                key: o.key,
                is_dir: false,
                size: o.size,
                last_modified: o.last_modified,
                etag: Some(o.etag),
                version: None,
            }));
            rows.sort_by(|x, y| x.key.cmp(&y.key));
            emit(rows)?;
        }
    }
    if !a.stream {
        // Stable: the versions of one key keep the server's newest-first order.
        all.sort_by(|x, y| x.key.cmp(&y.key));
        sink.emit(&all)?;
    }
    sink.finish()?;
    Ok(Exit::Success)
}

/// Buckets listed at once while their zones (and sizes) are read.
const BUCKET_CONCURRENCY: usize = 8;

/// One line of `list` without a bucket.
struct BucketRow {
    name: String,
    zone: String,
    created: Option<OffsetDateTime>,
    size: Option<u64>,
}

/// A bucket's zone: what ListBuckets said, else what a HEAD of it finds (the server's region for it, or
/// the zone it was followed to; the settings' zone when it names none).
async fn zone_of(s: &Settings, b: &BucketEntry) -> anyhow::Result<String> {
    if let Some(z) = &b.region {
        return Ok(z.clone());
    }
    let l = locate(s, &b.name, "listing buckets").await?;
    Ok(l.followed.or(l.location.region).unwrap_or_else(|| s.zone.clone()))
}

/// The sum of the bucket's current objects, listed in its zone.
async fn size_of(s: &Settings, bucket: &str) -> anyhow::Result<u64> {
    let c = client_for_bucket(s, bucket, &format!("listing sos://{bucket}/")).await?;
    Ok(list_all(&c, bucket, "").await?.iter().map(|o| o.size).sum())
}

async fn list_buckets(s: &Settings, printer: &Printer, with_size: bool) -> anyhow::Result<Exit> {
    let c = client(s)?;
    let buckets = c
        .list_buckets()
        .await
        .map_err(|e| explain(e, "listing buckets", "", None))?;
    let zoned: Vec<(BucketEntry, String)> = stream::iter(buckets)
        .map(|b| async move { zone_of(s, &b).await.map(|z| (b, z)) })
        .buffered(BUCKET_CONCURRENCY)
        .try_collect()
        .await?;
    let rows: Vec<BucketRow> = stream::iter(
        zoned
            .into_iter()
            .filter(|(_, zone)| !s.zone_from_flag || *zone == s.zone),
    )
    .map(|(b, zone)| async move {
        let size = match with_size {
            true => Some(size_of(s, &b.name).await?),
            false => None,
        };
        anyhow::Ok(BucketRow {
            name: b.name,
            zone,
            created: b.created,
            size,
        })
    })
    .buffered(BUCKET_CONCURRENCY)
    .try_collect()
    .await?;
    match s.output.format {
        Format::Json => printer.json(&serde_json::Value::Array(
            rows.iter()
                .map(|b| {
                    // exo's keys (ListBucketsItemOutput: name, zone, size, created), created_rfc3339 sosctl's.
                    let mut v = json!({
                        "name": b.name,
                        "zone": b.zone,
                        "created": b.created.map(output::time),
                        "created_rfc3339": output::rfc3339(b.created),
                    });
                    if let Some(n) = b.size {
                        v["size"] = json!(n);
                    }
                    v
                })
                .collect(),
        ))?,
        Format::Text => printer.text_rows(
            &rows
                .iter()
                .map(|b| {
                    let mut row = vec![
                        b.name.clone(),
                        b.zone.clone(),
                        output::rfc3339(b.created).unwrap_or_default(),
                    ];
                    row.extend(b.size.map(|n| n.to_string()));
                    row
                })
                .collect::<Vec<_>>(),
        )?,
        Format::Table => {
            let sizes: Vec<Option<String>> = rows.iter().map(|b| b.size.map(output::size)).collect();
            let width = sizes.iter().flatten().map(String::len).max().unwrap_or(0);
            let mut out = String::new();
            for (b, size) in rows.iter().zip(&sizes) {
                let size = size.as_ref().map(|z| format!("{z:>width$}  ")).unwrap_or_default();
                out.push_str(&format!(
                    "{}  {}  {size}{}/\n",
                    output::time_or_dashes(b.created),
                    b.zone,
                    b.name
                ));
            }
            printer.raw(&out)?;
        }
    }
    Ok(Exit::Success)
}
