//! `sosctl download sos://BUCKET/KEY|PREFIX/ [DEST]`: objects to local files, concurrently, never outside
//! DEST (a key with `..` and the like is refused before anything is written), each through a temporary
//! file renamed into place, so that a failure or Ctrl-C (exit 130) leaves no partial file.

use super::connect::{client_for_bucket, explain, missing_bucket};
use super::exit::{Exit, UsageError};
use super::output::{self, Format, Printer};
use super::progress::{FileProgress, Reporter, reporter};
use super::settings::Settings;
use super::target;
use crate::s3::limiter::Outcome;
use crate::s3::{Client, ErrorKind, GetObjectOptions, Limiter, ListOptions, Missing, ObjectBody, S3Error};
use anyhow::Context;
use futures_util::StreamExt;
use serde_json::json;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use tokio::task::JoinSet;

#[derive(Debug, clap::Args)]
#[command(after_long_help = DOWNLOAD_OUTPUT_HELP)]
pub struct DownloadArgs {
    /// sos://BUCKET/KEY, or sos://BUCKET/PREFIX/ (or sos://BUCKET) for the objects directly under it
    pub source: String,
    /// Local destination (file or directory) [default: current directory]
    pub dest: Option<PathBuf>,
    /// Download everything under the prefix, subdirectories included
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// Overwrite existing local files
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Show what would be downloaded, download nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
    /// Download this version of the object
    #[arg(long, value_name = "ID")]
    pub version_id: Option<String>,
    /// Objects downloaded at once: pinned at N [default: adaptive, up to 512]
    #[arg(long, value_name = "N")]
    pub concurrency: Option<usize>,
}

/// Help of `download -O json` / `-O text`.
const DOWNLOAD_OUTPUT_HELP: &str = "\
DEST is a directory (the object keeps its name) or a file path; default the current directory.
As in exo, `sos://b/prefix/` (or `sos://b`) without -r downloads the objects directly under it into
the directory DEST, not those of its subdirectories; `-r sos://b/prefix/` writes each key under DEST by its path below the prefix; a key with `..`, `.`
or empty components, or an absolute one, is refused before anything is written. Without -f an
existing local file is an error naming it. Requests in flight adapt to the link (from 16, or more when
the server is far, growing while
throughput grows, halved on 503 SlowDown or errors, at most 512); --concurrency N pins them. Each object is written to a temporary file in the same
directory and renamed when complete, so a failure or Ctrl-C (exit 130) leaves no partial file.
On a terminal (unless -Q), stderr shows a bar per object in flight and a total bar (`3/10 files`,
bytes, rate, time left), and each finished object leaves a line `KEY  SIZE / SIZE | TIME` as exo's do.
Output: table prints `downloaded N files, SIZE` on stderr (and one line per object with -n); json
{dry_run, files, bytes, downloaded: [{bucket, key, file, size (bytes), etag}]} (exo prints no JSON
document for download, only its progress bars); text one
`sos://bucket/key<TAB>file<TAB>size` line per object.";

/// One object and the local file it goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DownloadItem {
    pub key: String,
    pub file: PathBuf,
    pub size: u64,
    pub etag: Option<String>,
}

/// The relative local path of a key below a prefix, or why it is refused: only plain components, so
/// that nothing lands outside the destination.
pub fn safe_relative(rel: &str) -> Result<PathBuf, String> {
    if rel.starts_with('/') {
        return Err("it is an absolute path".into());
    }
    let mut out = PathBuf::new();
    for part in rel.split('/') {
        match part {
            "" => return Err("it has an empty path component (`//`)".into()),
            "." | ".." => return Err(format!("it has a `{part}` component")),
            p if p.contains('\\') || p.contains('\0') => return Err("it contains `\\` or NUL".into()),
            p => out.push(p),
        }
    }
    // Belt and braces: only normal components may remain.
    if out.components().all(|c| matches!(c, Component::Normal(_))) {
        Ok(out)
    } else {
        Err("it is not a plain relative path".into())
    }
}

/// `sosctl download`.
pub async fn run(s: &Settings, a: DownloadArgs) -> anyhow::Result<Exit> {
    let src = target::parse(&a.source)?;
    if a.concurrency == Some(0) {
        return Err(UsageError::new("--concurrency must be at least 1").into());
    }
    let bucket = src.bucket.clone();
    let dest_arg = a.dest.clone().unwrap_or_else(|| PathBuf::from("."));
    let p = s.printer();
    // The client is made where the first request goes (after the usage checks): it finds the bucket's zone.
    let mut listed_with = None;
    // A prefix or a bucket without -r is its direct children, as in exo (not its subdirectories).
    let whole_prefix = !matches!(&src.key, Some(k) if !k.ends_with('/'));
    let items = if a.recursive || whole_prefix {
        if a.version_id.is_some() {
            return Err(UsageError::new(if a.recursive {
                "--version-id downloads one object: it does not go with -r"
            } else {
                "--version-id downloads one object: it does not go with a prefix or a bucket"
            })
            .into());
        }
        if dest_arg.is_file() {
            return Err(UsageError::new(format!(
                "`{}` is a file: the objects under a prefix go to a directory",
                dest_arg.display()
            ))
            .into());
        }
        let prefix = match &src.key {
            Some(k) if !k.ends_with('/') => format!("{k}/"),
            Some(k) => k.clone(),
            None => String::new(),
        };
        let c = client_for_bucket(s, &bucket, &format!("listing sos://{bucket}/{prefix}")).await?;
        let opts = ListOptions {
            prefix: Some(prefix.clone()),
            delimiter: (!a.recursive).then(|| "/".to_string()),
            page_size: None,
        };
        let objects = c
            .list_all_objects(&bucket, &opts)
            .await
            .map_err(|e| explain(e, &format!("listing sos://{bucket}/{prefix}"), &bucket, None))?;
        listed_with = Some(c);
        let mut items = Vec::new();
        for o in objects {
            let rel = &o.key[prefix.len()..];
            // A zero-byte `dir/` key is a folder marker, not a file.
            if rel.is_empty() || (rel.ends_with('/') && o.size == 0) {
                continue;
            }
            let path = safe_relative(rel).map_err(|why| {
                anyhow::anyhow!(
                    "refusing to download sos://{bucket}/{}: {why}, so it could be written outside `{}`; nothing was downloaded",
                    o.key,
                    dest_arg.display()
                )
            })?;
            items.push(DownloadItem {
                file: dest_arg.join(path),
                key: o.key,
                size: o.size,
                etag: Some(o.etag),
            });
        }
        if items.is_empty() {
            if a.recursive {
                anyhow::bail!("no objects under sos://{bucket}/{prefix}");
            }
            anyhow::bail!("no objects directly under sos://{bucket}/{prefix} (add -r for those of its subdirectories)");
        }
        items
    } else {
        let key = src.key.clone().expect("a key without a trailing `/`");
        let name = key.rsplit('/').next().unwrap_or(&key);
        safe_relative(name)
            .map_err(|why| anyhow::anyhow!("refusing to download sos://{bucket}/{key}: its name {why}"))?;
        let into_dir = dest_arg.is_dir() || dest_arg.as_os_str().to_string_lossy().ends_with('/');
        let file = if into_dir {
            dest_arg.join(name)
        } else {
            dest_arg.clone()
        };
        vec![DownloadItem {
            key,
            file,
            size: 0,
            etag: None,
        }]
    };
    if !a.force {
        for it in &items {
            if it.file.exists() {
                return Err(UsageError::new(format!(
                    "`{}` already exists (pass -f to overwrite it); nothing was downloaded",
                    it.file.display()
                ))
                .into());
            }
        }
    }
    let c = match listed_with {
        Some(c) => c,
        // One object: the first request is its HEAD or GET.
        None => {
            let key = items.first().map(|i| i.key.as_str()).unwrap_or_default();
            client_for_bucket(s, &bucket, &format!("downloading sos://{bucket}/{key}")).await?
        }
    };
    if a.dry_run {
        let items = if a.recursive || whole_prefix {
            items
        } else {
            // One object: its size and ETag from HEAD, which also says whether it exists.
            let mut it = items.into_iter().next().expect("one item");
            let doing = format!("downloading sos://{bucket}/{}", it.key);
            let h = c
                .head_object(&bucket, &it.key, a.version_id.as_deref())
                .await
                .map_err(|e| explain(e, &doing, &bucket, Some(&it.key)))?;
            it.size = h.size;
            it.etag = h.etag;
            vec![it]
        };
        print_downloaded(s, &p, &bucket, &items, true)?;
        return Ok(Exit::Success);
    }
    let total: u64 = items.iter().map(|i| i.size).sum();
    let limiter = Arc::new(Limiter::from_flag(a.concurrency));
    // The slots are taken here, not by the client (see Downloader::download), so the limiter learns the
    // server's first answer (the zone HEAD, the listing) from the client itself.
    if let Some(took) = c.first_answer() {
        limiter.learn_first_answer(took);
    }
    let queue = limiter.ceiling();
    let dl = Arc::new(Downloader {
        client: c,
        limiter,
        bucket: bucket.clone(),
        version_id: a.version_id.clone(),
        reporter: reporter(&p, total, items.len(), "downloading"),
    });
    let work = async {
        let mut tasks: JoinSet<anyhow::Result<DownloadItem>> = JoinSet::new();
        let mut pending = items.into_iter();
        let mut done = Vec::new();
        loop {
            while tasks.len() < queue {
                match pending.next() {
                    Some(it) => {
                        tasks.spawn(dl.clone().download(it));
                    }
                    None => break,
                }
            }
            match tasks.join_next().await {
                None => break,
                Some(j) => done.push(j.context("a download task failed")??),
            }
        }
        anyhow::Ok(done)
    };
    let done = tokio::select! {
        r = work => r?,
        _ = tokio::signal::ctrl_c() => {
            // Dropping the tasks drops their temporary files' guards, which remove them.
            p.note("interrupted: no partial file was left");
            return Ok(Exit::Interrupted);
        }
    };
    let mut done = done;
    done.sort_by(|x, y| x.key.cmp(&y.key));
    print_downloaded(s, &p, &bucket, &done, false)?;
    Ok(Exit::Success)
}

struct Downloader {
    client: Client,
    /// One slot per object, held from its GET until its body is written (a slot per attempt in the
    /// client would be given back when the headers arrive, before the transfer).
    limiter: Arc<Limiter>,
    bucket: String,
    version_id: Option<String>,
    reporter: Arc<dyn Reporter>,
}

/// A temporary file removed on drop unless it was renamed into place.
struct TempFile {
    path: PathBuf,
    kept: bool,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.kept {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

impl Downloader {
    async fn download(self: Arc<Self>, it: DownloadItem) -> anyhow::Result<DownloadItem> {
        let slot = self.limiter.acquire().await;
        let result = self.download_one(it).await;
        slot.finish(match &result {
            Err(e)
                if e.chain()
                    .any(|c| c.downcast_ref::<S3Error>().is_some_and(|s| s.kind().is_transient())) =>
            {
                Outcome::Congested
            }
            _ => Outcome::Done,
        });
        result
    }

    async fn download_one(&self, mut it: DownloadItem) -> anyhow::Result<DownloadItem> {
        let doing = format!("downloading sos://{}/{}", self.bucket, it.key);
        let opts = GetObjectOptions::version(self.version_id.as_deref());
        let resp = match self.client.get_object(&self.bucket, &it.key, &opts).await {
            Ok(r) => r,
            // A GET 404 without a body does not say whether the bucket or the key is missing.
            Err(e) if e.kind() == ErrorKind::NotFound(Missing::Key) => {
                return Err(match missing_bucket(&self.client, &self.bucket).await {
                    Some(b) => explain(b, &doing, &self.bucket, None),
                    None => explain(e, &doing, &self.bucket, Some(&it.key)),
                });
            }
            Err(e) => return Err(explain(e, &doing, &self.bucket, Some(&it.key))),
        };
        if resp.head.headers.contains_key("content-length") {
            // One object is downloaded without a HEAD first: its size is first known here, and the
            // total planned from the listing (0 for it) grows by what it did not know.
            if resp.head.size > it.size {
                self.reporter.plan(resp.head.size - it.size);
            }
            it.size = resp.head.size;
        }
        if let Some(e) = &resp.head.etag {
            it.etag = Some(e.clone());
        }
        let dir = match it.file.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        tokio::fs::create_dir_all(&dir)
            .await
            .with_context(|| format!("creating directory `{}`", dir.display()))?;
        let name = it
            .file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut tmp = TempFile {
            path: dir.join(format!(".{name}.sosctl-{:08x}.part", fastrand::u32(..))),
            kept: false,
        };
        let progress = self.reporter.begin(&it.key, it.size);
        let written = write_body(resp, &tmp.path, progress.as_ref()).await;
        progress.end();
        let written = written.with_context(|| doing.clone())?;
        if written != it.size {
            anyhow::bail!("{doing}: the transfer ended after {written} of {} bytes", it.size);
        }
        tokio::fs::rename(&tmp.path, &it.file)
            .await
            .with_context(|| format!("{doing}: moving the downloaded file to `{}`", it.file.display()))?;
        tmp.kept = true;
        Ok(it)
    }
}

/// Streams a body into a new file; the number of bytes written.
async fn write_body(resp: ObjectBody, path: &Path, progress: &dyn FileProgress) -> anyhow::Result<u64> {
    use tokio::io::AsyncWriteExt;
    let f = tokio::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .await
        .with_context(|| format!("creating `{}`", path.display()))?;
    let mut w = tokio::io::BufWriter::with_capacity(256 << 10, f);
    let mut stream = resp.bytes_stream();
    let mut n = 0u64;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        w.write_all(&chunk)
            .await
            .with_context(|| format!("writing `{}`", path.display()))?;
        n += chunk.len() as u64;
        progress.add(chunk.len() as u64);
    }
    w.flush()
        .await
        .with_context(|| format!("writing `{}`", path.display()))?;
    Ok(n)
}

fn print_downloaded(
    s: &Settings,
    p: &Printer,
    bucket: &str,
    done: &[DownloadItem],
    dry_run: bool,
) -> anyhow::Result<()> {
    let bytes: u64 = done.iter().map(|d| d.size).sum();
    match s.output.format {
        Format::Json => p.json(&json!({
            "dry_run": dry_run,
            "files": done.len(),
            "bytes": bytes,
            "downloaded": done.iter().map(|d| json!({
                "bucket": bucket,
                "key": d.key,
                "file": d.file.display().to_string(),
                "size": d.size,
                "etag": d.etag,
            })).collect::<Vec<_>>(),
        }))?,
        Format::Text => p.text_rows(
            &done
                .iter()
                .map(|d| {
                    vec![
                        format!("sos://{bucket}/{}", d.key),
                        d.file.display().to_string(),
                        d.size.to_string(),
                    ]
                })
                .collect::<Vec<_>>(),
        )?,
        Format::Table => {
            if dry_run {
                for d in done {
                    p.line(&format!(
                        "would download sos://{bucket}/{} -> {} ({})",
                        d.key,
                        d.file.display(),
                        output::size(d.size)
                    ))?;
                }
            }
            p.note(&format!(
                "{} {}, {}",
                if dry_run { "would download" } else { "downloaded" },
                output::plural(done.len(), "file"),
                output::size(bytes)
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_keys_are_downloaded() {
        assert_eq!(safe_relative("a/b.txt").unwrap(), PathBuf::from("a/b.txt"));
        for bad in [
            "../x",
            "a/../../x",
            "a/./b",
            "/etc/passwd",
            "a//b",
            "..",
            ".",
            "a/",
            "a\\..\\b",
        ] {
            assert!(safe_relative(bad).is_err(), "{bad} accepted");
        }
    }
}
