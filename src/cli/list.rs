//! `sosctl list [sos://BUCKET[/PREFIX]]`: buckets (each in its own zone; `-z` picks one), or the objects (or
//! versions) under a prefix, in exo's shapes; with `--stream` each page is printed as it arrives, in
//! constant memory.

use super::connect::{client, client_for_bucket, explain, list_all, locate};
use super::exit::{Exit, UsageError};
use super::output::{self, Format, Printer};
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
  exo's columns). With --versions a row adds the version id and vN (v1 = the oldest version of
  the key), `(latest)` on the current one, and `delete-marker` for delete markers.
- json: one array. Buckets: {name, zone, created} (with --size also size, in bytes). Objects:
  {key, is_dir, size (bytes), last_modified (RFC 3339), etag}; with --versions also version_id,
  version_number (null for a delete marker), is_latest, delete_marker. Directories: is_dir true,
  size, last_modified and etag null. With --stream the array is written as the pages arrive.
- text: tab-separated. Buckets: name, zone, created (with --size also size, in bytes). Objects:
  key, size (bytes) or DIR, last_modified, etag. With --versions: key, version_id, vN (DM for a
  delete marker), size, last_modified, is_latest, delete_marker.

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
        let mut v = json!({
            "key": self.key,
            "is_dir": self.is_dir,
            "size": (!self.is_dir).then_some(self.size),
            "last_modified": output::rfc3339(self.last_modified),
            "etag": self.etag,
        });
        if versions {
            let vi = self.version.as_ref();
            v["version_id"] = json!(vi.map(|v| &v.version_id));
            v["version_number"] = json!(vi.and_then(|v| v.number));
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
                        out.push_str("  ");
                        out.push_str(&v.version_id);
                        match v.number {
                            Some(n) => out.push_str(&format!("  v{n}")),
                            None => out.push_str("  delete-marker"),
                        }
                        if v.is_latest {
                            out.push_str(" (latest)");
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

/// `sosctl list`.
pub async fn run(s: &Settings, a: ListArgs) -> anyhow::Result<Exit> {
    let printer = s.printer();
    let Some(arg) = a.target.as_deref() else {
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
    let mut emit = |rows: Vec<Row>| -> anyhow::Result<()> {
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
                    let mut v = json!({"name": b.name, "zone": b.zone, "created": output::rfc3339(b.created)});
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
