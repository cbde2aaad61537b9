//! Removing objects: `sosctl delete` (one key or version, or with `-r` the current objects under a
//! prefix), `sosctl purge` (every version and delete marker), and the emptying of a bucket that
//! `rb -r` asks for ([`empty_bucket`]). All three go through one loop, `sweep`, which differs only in
//! what it lists.

use super::connect::{client_for_bucket, explain, head_object_checked, missing_bucket};
use super::exit::{Exit, UsageError};
use super::output::{Format, Printer};
use super::prompt::confirm_like_exo as confirm;
use super::settings::Settings;
use super::target;
use crate::s3::{Client, DeleteErrorEntry, ErrorKind, ListOptions, S3Error};
use futures_util::TryStreamExt;
use serde_json::json;

#[derive(Debug, clap::Args)]
#[command(after_long_help = DELETE_OUTPUT_HELP)]
pub struct DeleteArgs {
    /// sos://BUCKET/KEY or sos://BUCKET/PREFIX/
    pub target: String,
    /// Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly
    /// under PREFIX/, as exo does)
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// Do not prompt
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Print each deleted key
    #[arg(short = 'v', long)]
    pub verbose: bool,
    /// Permanently delete this version (without it, a versioned bucket gets a delete marker)
    #[arg(long, value_name = "ID")]
    pub version_id: Option<String>,
}

#[derive(Debug, clap::Args)]
#[command(after_long_help = PURGE_OUTPUT_HELP)]
pub struct PurgeArgs {
    /// sos://BUCKET[/PREFIX/]
    pub target: String,
    /// Do not prompt
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Print each deleted version
    #[arg(short = 'v', long)]
    pub verbose: bool,
}

/// Help of `delete -O json` / `-O text`.
const DELETE_OUTPUT_HELP: &str = "\
Without -f, asks for confirmation as exo does: the answer is read from standard input, a terminal or
not (`echo y | sosctl …`); anything but y/yes declines (exit 0, nothing deleted).
As in exo: `sos://b/dir/` without -r deletes the objects directly under dir/ (not those of its
subdirectories), and `sos://b` those at the root of the bucket; `-r sos://b/dir` deletes everything under dir/ (not keys that merely start with
`dir`); a key that does not exist is not an error (exit 0, with a note on stderr).
Output: table prints `deleted sos://b/key` lines with -v; json for one key {deleted: [{key,
version_id, delete_marker}]}, for a prefix {prefix, deleted (count)} and with -v `keys` (the deleted
keys, which exo's -v prints; exo has no JSON document); text `key<TAB>version_id<TAB>delete_marker`
for one key, the count for a prefix.";

/// Help of `purge -O json` / `-O text`.
const PURGE_OUTPUT_HELP: &str = "\
sos://b/prefix/ purges everything under the prefix; sos://b/key (no trailing `/`) every version of
that one key; sos://b the whole bucket. Stops at the first version that Object Lock protects and
names its key and version (exit 1) instead of listing it again and again.
Output: table prints `deleted sos://b/key (version V)` lines with -v; json {target, prefix, deleted
(count)} and with -v `keys` (the deleted keys, which exo's -v prints; exo has no JSON document) and
`versions` [{key, version_id}]; text the count.";

/// `sosctl delete`.
pub async fn delete(s: &Settings, a: DeleteArgs) -> anyhow::Result<Exit> {
    let t = target::parse(&a.target)?;
    let p = s.printer();
    let bucket = t.bucket.clone();
    match (&t.key, a.recursive) {
        (Some(key), false) if !key.ends_with('/') => {
            let doing = format!("deleting sos://{bucket}/{key}");
            let c = client_for_bucket(s, &bucket, &doing).await?;
            if a.version_id.is_none() {
                // DeleteObject succeeds on a missing key, and exo exits 0: so do we, but say so.
                match c.head_object(&bucket, key, None).await {
                    Ok(_) => {}
                    Err(e) if matches!(e.kind(), ErrorKind::NotFound(_)) => {
                        if let Some(b) = missing_bucket(&c, &bucket).await {
                            return Err(explain(b, &doing, &bucket, None));
                        }
                        p.note(&format!("sos://{bucket}/{key} does not exist: nothing deleted"));
                        return Ok(Exit::Success);
                    }
                    Err(_) => {
                        // Told the one way every command tells a failed HEAD.
                        head_object_checked(&c, &bucket, key, None, &doing).await?;
                    }
                }
            }
            let what = match &a.version_id {
                Some(v) => format!("permanently delete version {v} of sos://{bucket}/{key}"),
                None => format!("delete sos://{bucket}/{key}"),
            };
            if !confirm(&what, a.force)? {
                p.note("aborted, nothing deleted");
                return Ok(Exit::Success);
            }
            let out = c
                .delete_object(&bucket, key, a.version_id.as_deref())
                .await
                .map_err(|e| explain(e, &doing, &bucket, Some(key)))?;
            match s.output.format {
                Format::Json => p.json(&json!({
                    "deleted": [{"key": key, "version_id": a.version_id.clone().or(out.version_id.clone()), "delete_marker": out.delete_marker}],
                }))?,
                Format::Text => p.line(&format!(
                    "{key}\t{}\t{}",
                    a.version_id.clone().or(out.version_id.clone()).unwrap_or_default(),
                    out.delete_marker
                ))?,
                Format::Table => {
                    let line = match (&a.version_id, out.delete_marker, &out.version_id) {
                        (Some(v), _, _) => format!("deleted sos://{bucket}/{key} (version {v})"),
                        (None, true, Some(m)) => format!("deleted sos://{bucket}/{key} (delete marker {m})"),
                        _ => format!("deleted sos://{bucket}/{key}"),
                    };
                    if a.verbose {
                        p.line(&line)?;
                    }
                }
            }
            Ok(Exit::Success)
        }
        (key, false) => {
            // exo: a prefix without -r is its direct children.
            if a.version_id.is_some() {
                return Err(UsageError::new("--version-id deletes one version of one key: give the key").into());
            }
            let prefix = key.clone().unwrap_or_default();
            delete_prefix(s, &p, &a, &bucket, &prefix, Listing::Children).await
        }
        (key, true) => {
            if a.version_id.is_some() {
                return Err(
                    UsageError::new("--version-id deletes one version of one key: it does not go with -r").into(),
                );
            }
            // `-r sos://b/dir` means the directory dir/, not every key starting with "dir".
            let prefix = match key {
                Some(k) if !k.ends_with('/') => format!("{k}/"),
                Some(k) => k.clone(),
                None => String::new(),
            };
            delete_prefix(s, &p, &a, &bucket, &prefix, Listing::Current).await
        }
    }
}

/// `delete` of a prefix: its direct children (`Listing::Children`, exo's prefix without -r) or everything
/// under it (`Listing::Current`, -r), after the bucket is checked and the user confirms.
async fn delete_prefix(
    s: &Settings,
    p: &Printer,
    a: &DeleteArgs,
    bucket: &str,
    prefix: &str,
    listing: Listing,
) -> anyhow::Result<Exit> {
    let doing = format!("deleting sos://{bucket}/{prefix}");
    let c = client_for_bucket(s, bucket, &doing).await?;
    c.head_bucket(bucket)
        .await
        .map_err(|e| explain(e, &doing, bucket, None))?;
    let (question, done) = match listing {
        Listing::Children => (
            format!("delete the objects directly under sos://{bucket}/{prefix} (not its subdirectories)"),
            "directly under",
        ),
        _ => (format!("delete every object under sos://{bucket}/{prefix}"), "under"),
    };
    if !confirm(&question, a.force)? {
        p.note("aborted, nothing deleted");
        return Ok(Exit::Success);
    }
    let mut kept = Vec::new();
    let tell = Tell::of(s, a.verbose, &mut kept);
    let n = sweep(&c, p, bucket, prefix, None, listing, tell).await?;
    match s.output.format {
        Format::Json => p.json(&deleted_json(bucket, prefix, n, a.verbose.then_some(&kept), false))?,
        Format::Text => p.line(&n.to_string())?,
        Format::Table => p.note(&format!("deleted {n} object(s) {done} sos://{bucket}/{prefix}")),
    }
    Ok(Exit::Success)
}

/// `sosctl purge`.
pub async fn purge(s: &Settings, a: PurgeArgs) -> anyhow::Result<Exit> {
    let t = target::parse(&a.target)?;
    let p = s.printer();
    let bucket = t.bucket.clone();
    // Without a trailing `/` the argument is one key: purge all of its versions only.
    let (prefix, exact) = match &t.key {
        Some(k) if !k.ends_with('/') => (k.clone(), Some(k.clone())),
        Some(k) => (k.clone(), None),
        None => (String::new(), None),
    };
    let doing = format!("purging {}", t.url());
    let c = client_for_bucket(s, &bucket, &doing).await?;
    c.head_bucket(&bucket)
        .await
        .map_err(|e| explain(e, &doing, &bucket, None))?;
    if !confirm(
        &format!("permanently delete every version and delete marker of {}", t.url()),
        a.force,
    )? {
        p.note("aborted, nothing deleted");
        return Ok(Exit::Success);
    }
    let mut kept = Vec::new();
    let tell = Tell::of(s, a.verbose, &mut kept);
    let n = sweep(&c, &p, &bucket, &prefix, exact.as_deref(), Listing::Versions, tell).await?;
    match s.output.format {
        Format::Json => {
            let mut doc = deleted_json(&bucket, &prefix, n, a.verbose.then_some(&kept), true);
            doc["target"] = json!(t.url());
            p.json(&doc)?
        }
        Format::Text => p.line(&n.to_string())?,
        Format::Table => p.note(&format!("deleted {n} version(s) and delete marker(s) of {}", t.url())),
    }
    Ok(Exit::Success)
}

/// What [`sweep`] tells of each object it deletes: nothing, a `deleted sos://b/key` line (-v, table), or
/// its key and version kept for the JSON document (-v, json).
enum Tell<'a> {
    Nothing,
    Lines,
    Keep(&'a mut Vec<(String, Option<String>)>),
}

impl<'a> Tell<'a> {
    fn of(s: &Settings, verbose: bool, kept: &'a mut Vec<(String, Option<String>)>) -> Tell<'a> {
        match (verbose, s.output.format) {
            (true, Format::Table) => Tell::Lines,
            (true, Format::Json) => Tell::Keep(kept),
            _ => Tell::Nothing,
        }
    }
}

/// The JSON of a `delete` of a prefix or of a `purge`. exo prints no JSON document for either: its `-v`
/// prints each deleted key, so with -v the keys are here too (`keys`, in the order deleted), with each
/// version for purge (`versions`: [{key, version_id}]); `prefix` is the sos:// URL and `deleted` the count.
fn deleted_json(
    bucket: &str,
    prefix: &str,
    n: u64,
    kept: Option<&Vec<(String, Option<String>)>>,
    versions: bool,
) -> serde_json::Value {
    let mut doc = json!({"prefix": format!("sos://{bucket}/{prefix}"), "deleted": n});
    if let Some(kept) = kept {
        doc["keys"] = json!(kept.iter().map(|(k, _)| k).collect::<Vec<_>>());
        if versions {
            doc["versions"] = json!(
                kept.iter()
                    .map(|(k, v)| json!({"key": k, "version_id": v}))
                    .collect::<Vec<_>>()
            );
        }
    }
    doc
}

/// What a round of [`sweep`] lists, and so deletes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Listing {
    /// Every version and delete marker (ListObjectVersions): `purge`, `rb -r`.
    Versions,
    /// The current objects (ListObjectsV2), which in a versioned bucket leaves delete markers: `delete -r`.
    Current,
    /// The current objects directly under the prefix (ListObjectsV2 with the `/` delimiter): `delete
    /// sos://b/dir/` without -r.
    Children,
}

/// Deletes what `listing` lists under `prefix` (only the versions of `exact` when given); returns how many
/// it deleted.
///
/// Each round lists from the start and deletes the whole page: what was deleted is gone from the next
/// listing, so no marker ever points at a deleted version (some servers reject that). It stops at the
/// first version Object Lock protects, naming it, instead of listing it again and again; and it refuses
/// to go round in circles if the server reports deletions that did not happen.
async fn sweep(
    c: &Client,
    p: &Printer,
    bucket: &str,
    prefix: &str,
    exact: Option<&str>,
    mut listing: Listing,
    mut tell: Tell<'_>,
) -> anyhow::Result<u64> {
    let mut deleted = 0u64;
    let mut previous_first: Option<(String, Option<String>)> = None;
    loop {
        let doing = match listing {
            Listing::Versions => format!("purging sos://{bucket}/{prefix}"),
            Listing::Current | Listing::Children => format!("deleting sos://{bucket}/{prefix}"),
        };
        // Always the first page: what the last round deleted is gone from it (see above).
        let mut opts = ListOptions::prefix(prefix);
        if listing == Listing::Children {
            opts.delimiter = Some("/".to_string());
        }
        let (entries, truncated): (Vec<(String, Option<String>)>, bool) = match listing {
            Listing::Versions => match c.list_object_versions(bucket, &opts, None).await {
                Ok(page) => (
                    page.entries.into_iter().map(|e| (e.key, Some(e.version_id))).collect(),
                    page.is_truncated,
                ),
                Err(e) if e.kind() == ErrorKind::NotImplemented => {
                    // A server without the versions API: plain objects are all there is.
                    listing = Listing::Current;
                    continue;
                }
                Err(e) => return Err(explain(e, &doing, bucket, None)),
            },
            Listing::Current | Listing::Children => {
                let page = c
                    .list_objects_v2(bucket, &opts, None)
                    .await
                    .map_err(|e| explain(e, &doing, bucket, None))?;
                (
                    page.objects.into_iter().map(|o| (o.key, None)).collect(),
                    page.is_truncated,
                )
            }
        };
        // Keys come sorted, and `exact` sorts before every longer key it prefixes: past it, we are done.
        let mut past_exact = false;
        let batch: Vec<(String, Option<String>)> = entries
            .into_iter()
            .take_while(|(key, _)| {
                let keep = exact.is_none_or(|k| key == k);
                past_exact |= !keep;
                keep
            })
            .collect();
        let Some(first) = batch.first().cloned() else {
            break;
        };
        if previous_first.as_ref() == Some(&first) {
            let what = match &first.1 {
                Some(v) => format!("version {v} of \"{}\"", first.0),
                None => format!("\"{}\"", first.0),
            };
            anyhow::bail!("{doing}: the server reported {what} deleted, but still lists it; stopping");
        }
        previous_first = Some(first);
        let out = c
            .delete_objects(bucket, &batch)
            .await
            .map_err(|e| explain(e, &doing, bucket, None))?;
        for d in &out.deleted {
            deleted += 1;
            if let Tell::Keep(k) = &mut tell {
                k.push((d.key.clone(), d.version_id.clone()));
            }
            if matches!(tell, Tell::Lines) {
                p.line(&match listing {
                    Listing::Versions => format!(
                        "deleted sos://{bucket}/{} (version {})",
                        d.key,
                        d.version_id.as_deref().unwrap_or("null")
                    ),
                    Listing::Current | Listing::Children => format!("deleted sos://{bucket}/{}", d.key),
                })?;
            }
        }
        if !out.errors.is_empty() {
            return Err(refused(listing, &doing, &batch, &out.errors, deleted));
        }
        if past_exact || !truncated {
            break;
        }
    }
    Ok(deleted)
}

/// Why a round stopped: the keys DeleteObjects refused. For versions, the first refusal is told with its
/// version, and an Object Lock refusal with what to do about it.
fn refused(
    listing: Listing,
    doing: &str,
    batch: &[(String, Option<String>)],
    errors: &[DeleteErrorEntry],
    deleted: u64,
) -> anyhow::Error {
    let err = &errors[0];
    if listing != Listing::Versions {
        let shown: Vec<String> = errors
            .iter()
            .take(5)
            .map(|e| format!("\"{}\": {}: {}", e.key, e.code, e.message))
            .collect();
        return anyhow::anyhow!(
            "{doing}: {} object(s) could not be deleted ({deleted} were): {}{}",
            errors.len(),
            shown.join("; "),
            if errors.len() > 5 { "; ..." } else { "" }
        );
    }
    // Any refusal, or any error that speaks of a lock: purge cannot get past it.
    let locked = matches!(err.kind(), ErrorKind::AccessDenied | ErrorKind::Locked)
        || err.message.to_ascii_lowercase().contains("lock");
    // Some servers (moto) leave the version out of the error: it is the one we asked for.
    let asked: Vec<&str> = batch
        .iter()
        .filter(|(k, _)| *k == err.key)
        .filter_map(|(_, v)| v.as_deref())
        .collect();
    let version = match (err.version_id.as_deref(), asked.as_slice()) {
        (Some(v), _) => v,
        (None, [only]) => only,
        (None, _) => "null",
    };
    if locked {
        return anyhow::anyhow!(
            "{doing}: version {version} of \"{}\" is protected (object-locked or not permitted): {}: {}; \
             {} other version(s) could not be deleted in this batch; {deleted} deleted before stopping\n\
             hint: a version under retention can only be deleted once it expires (GOVERNANCE mode: with \
             the s3:BypassGovernanceRetention permission)",
            err.key,
            err.code,
            err.message,
            errors.len() - 1
        );
    }
    anyhow::anyhow!(
        "{doing}: {} version(s) could not be deleted, first: version {version} of \"{}\": {}: {}",
        errors.len(),
        err.key,
        err.code,
        err.message
    )
}

/// Empties a bucket for `rb -r`: every version and delete marker, then the multipart uploads in progress
/// (they too keep a bucket from being deleted). Returns how many versions and markers it deleted.
pub async fn empty_bucket(c: &Client, p: &Printer, bucket: &str) -> anyhow::Result<u64> {
    let n = sweep(c, p, bucket, "", None, Listing::Versions, Tell::Nothing).await?;
    abort_uploads(c, bucket, "")
        .await
        .map_err(|e| explain(e, &format!("emptying bucket \"{bucket}\""), bucket, None))?;
    Ok(n)
}

/// Aborts the multipart uploads in progress under `prefix` (they keep a bucket from being deleted), every
/// page of them.
async fn abort_uploads(c: &Client, bucket: &str, prefix: &str) -> Result<u64, S3Error> {
    let mut aborted = 0;
    let mut pages = c.upload_pages(bucket, &ListOptions::prefix(prefix));
    loop {
        let page = match pages.try_next().await {
            Ok(Some(p)) => p,
            Ok(None) => return Ok(aborted),
            Err(e) if e.kind() == ErrorKind::NotImplemented => return Ok(aborted),
            Err(e) => return Err(e),
        };
        for u in &page.uploads {
            c.abort_multipart_upload(bucket, &u.key, &u.upload_id).await?;
            aborted += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::s3::scripted::{client_for, http, scripted_with_log, uploads_page};

    #[tokio::test]
    async fn emptying_a_bucket_aborts_the_uploads_of_every_page() {
        // Each page's uploads are aborted before the next page is asked for.
        let aborted = Some(http("204 No Content", ""));
        let (ep, _, log) = scripted_with_log(vec![
            Some(uploads_page(&[("a", "u1"), ("b", "u2")], Some(("b", "u2")))),
            aborted,
            aborted,
            Some(uploads_page(&[("c", "u3")], None)),
            aborted,
        ])
        .await;
        let c = client_for(ep, 0, std::time::Duration::from_secs(5));
        assert_eq!(abort_uploads(&c, "b", "").await.unwrap(), 3);
        let deletes = log.lock().unwrap().iter().filter(|l| l.starts_with("DELETE")).count();
        assert_eq!(deletes, 3, "{:?}", log.lock().unwrap());
        // A server without the API has nothing to abort.
        let (ep, _, _) = scripted_with_log(vec![Some(http(
            "501 Not Implemented",
            "<Error><Code>NotImplemented</Code></Error>",
        ))])
        .await;
        let c = client_for(ep, 0, std::time::Duration::from_secs(5));
        assert_eq!(abort_uploads(&c, "b", "").await.unwrap(), 0);
    }
}
