//! `sosctl move SRC DST`, as exo has it: a server-side copy (CopyObject, which keeps the body, the metadata and
//! the headers) and then a delete of the source, object by object. One object, the objects directly under a
//! prefix (`sos://B/PREFIX/`), or with `-r` everything under it. Each copy is conditional on the source's
//! ETag read just before, so an object rewritten in between is not deleted unseen; an object whose delete
//! fails after its copy stays in both places (said, exit 1), as in exo.

use super::connect::{client_for_bucket, explain, head_object_checked};
use super::exit::{Exit, UsageError};
use super::output::Format;
use super::prompt::confirm_like_exo;
use super::settings::Settings;
use super::target;
use crate::s3::{Client, CopyObjectOptions, ListOptions};
use futures_util::TryStreamExt;
use serde_json::json;

/// The largest object one CopyObject copies (S3's limit).
const MAX_COPY: u64 = 5 << 30;

#[derive(Debug, clap::Args)]
#[command(after_long_help = MOVE_HELP)]
pub struct MoveArgs {
    /// sos://BUCKET/KEY, or sos://BUCKET/PREFIX/ for the objects directly under it
    pub source: String,
    /// sos://BUCKET/[KEY|PREFIX/]
    pub destination: String,
    /// Every object under the source prefix, subdirectories included
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// Do not ask before moving a prefix
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Print what would move, move nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
    /// Print each object moved
    #[arg(short = 'v', long)]
    pub verbose: bool,
}

const MOVE_HELP: &str = "\
As exo: an object moves to DST's key, or under DST when DST ends with `/` (sos://b/dir/ → dir/NAME);
a prefix (SRC ending with `/`, or -r) moves under DST, which must then be a prefix, keeping the
keys' paths below SRC. Moving a prefix asks first (the answer is read from standard input), unless
-f or -n. Source and destination must be in the same zone (a server-side copy); objects of more than
5 GiB are refused. In a versioned bucket the source gets a delete marker, as any delete.
Output: table prints `moved sos://a/k → sos://b/k` lines with -v (or -n); json {moved: [{from, to}],
failed}; text `from<TAB>to` lines.";

/// Where `src_key` goes: the whole key for an object, the path below `src_prefix` for a prefix move.
fn destination_key(src_key: &str, src_prefix: Option<&str>, dst: Option<&str>) -> String {
    let dst = dst.unwrap_or("");
    match src_prefix {
        Some(p) => format!("{dst}{}", &src_key[p.len()..]),
        None if dst.is_empty() || dst.ends_with('/') => {
            format!("{dst}{}", src_key.rsplit('/').next().unwrap_or(src_key))
        }
        None => dst.to_string(),
    }
}

/// Copies one object and deletes its source.
async fn move_one(c: &Client, sb: &str, sk: &str, db: &str, dk: &str) -> anyhow::Result<()> {
    let doing = format!("moving sos://{sb}/{sk} to sos://{db}/{dk}");
    let head = head_object_checked(c, sb, sk, None, &doing).await?;
    if head.size > MAX_COPY {
        anyhow::bail!("{doing}: the object is larger than 5 GiB, which one server-side copy cannot move");
    }
    let mut headers = Vec::new();
    if let Some(e) = &head.etag {
        headers.push(("x-amz-copy-source-if-match".to_string(), e.clone()));
    }
    let opts = CopyObjectOptions {
        source_version_id: head.version_id.clone().filter(|v| v != "null"),
        headers,
    };
    c.copy_object(sb, sk, db, dk, &opts)
        .await
        .map_err(|e| explain(e, &doing, db, Some(dk)))?;
    c.delete_object(sb, sk, None).await.map_err(|e| {
        explain(e, &doing, sb, Some(sk)).context(format!(
            "sos://{sb}/{sk} was copied to sos://{db}/{dk} but could not be deleted: it is now in both places"
        ))
    })?;
    Ok(())
}

/// `sosctl move`.
pub async fn run(s: &Settings, a: MoveArgs) -> anyhow::Result<Exit> {
    let src = target::parse(&a.source)?;
    let dst = target::parse(&a.destination)?;
    let Some(src_key) = src.key.clone() else {
        return Err(UsageError::new(format!(
            "`{}` is a bucket: give an object (sos://BUCKET/KEY) or a prefix (sos://BUCKET/PREFIX/)",
            a.source
        ))
        .into());
    };
    let is_prefix = src_key.ends_with('/') || a.recursive;
    if is_prefix && dst.key.as_deref().is_some_and(|k| !k.ends_with('/')) {
        return Err(UsageError::new(format!(
            "moving a prefix needs a prefix as destination: end `{}` with `/`",
            a.destination
        ))
        .into());
    }
    let c = client_for_bucket(s, &src.bucket, &format!("moving {}", a.source)).await?;
    let dc = client_for_bucket(s, &dst.bucket, &format!("moving to {}", a.destination)).await?;
    if dc.region() != c.region() {
        return Err(UsageError::new(format!(
            "sos://{} is in {} and sos://{} in {}: a move is a server-side copy, which works within one zone",
            src.bucket,
            c.region(),
            dst.bucket,
            dc.region()
        ))
        .into());
    }
    // The pairs to move.
    let mut pairs: Vec<(String, String)> = Vec::new();
    if is_prefix {
        let prefix = if src_key.ends_with('/') {
            src_key.clone()
        } else {
            format!("{src_key}/")
        };
        let opts = ListOptions {
            prefix: Some(prefix.clone()),
            delimiter: (!a.recursive).then(|| "/".to_string()),
            page_size: None,
        };
        let mut pages = c.object_pages(&src.bucket, &opts);
        while let Some(page) = pages
            .try_next()
            .await
            .map_err(|e| explain(e, &format!("listing sos://{}/{prefix}", src.bucket), &src.bucket, None))?
        {
            for o in page.objects {
                let to = destination_key(&o.key, Some(&prefix), dst.key.as_deref());
                pairs.push((o.key, to));
            }
        }
    } else {
        pairs.push((src_key.clone(), destination_key(&src_key, None, dst.key.as_deref())));
    }
    pairs.retain(|(from, to)| !(src.bucket == dst.bucket && from == to));
    let p = s.printer();
    if is_prefix && !a.force && !a.dry_run {
        let q = format!(
            "move {} object(s) from {} to sos://{}/{}",
            pairs.len(),
            a.source,
            dst.bucket,
            dst.key.as_deref().unwrap_or("")
        );
        if !confirm_like_exo(&q, false)? {
            p.note("aborted, nothing moved");
            return Ok(Exit::Success);
        }
    }
    let mut moved = Vec::new();
    let mut failed = Vec::new();
    for (from, to) in pairs {
        if !a.dry_run
            && let Err(e) = move_one(&c, &src.bucket, &from, &dst.bucket, &to).await
        {
            eprintln!("{}", super::exit::render(&e));
            failed.push(from);
            continue;
        }
        if (a.verbose || a.dry_run) && s.output.format == Format::Table {
            p.line(&format!(
                "{}moved sos://{}/{from} → sos://{}/{to}",
                if a.dry_run { "[dry-run] would be " } else { "" },
                src.bucket,
                dst.bucket
            ))?;
        }
        moved.push((from, to));
    }
    match s.output.format {
        Format::Json => p.json(&json!({
            "moved": moved.iter().map(|(f, t)| json!({
                "from": format!("sos://{}/{f}", src.bucket),
                "to": format!("sos://{}/{t}", dst.bucket),
            })).collect::<Vec<_>>(),
            "failed": failed,
            "dry_run": a.dry_run,
        }))?,
        Format::Text => {
            for (f, t) in &moved {
                p.line(&format!("sos://{}/{f}\tsos://{}/{t}", src.bucket, dst.bucket))?;
            }
        }
        Format::Table => {}
    }
    if failed.is_empty() {
        Ok(Exit::Success)
    } else {
        anyhow::bail!("{} object(s) could not be moved", failed.len())
    }
}

#[cfg(test)]
mod tests {
    use super::destination_key;

    #[test]
    fn destination_keys_as_exo_resolves_them() {
        assert_eq!(destination_key("a/file", None, None), "file");
        assert_eq!(destination_key("a/file", None, Some("dir/")), "dir/file");
        assert_eq!(destination_key("a/file", None, Some("renamed")), "renamed");
        assert_eq!(destination_key("p/x/y", Some("p/"), Some("q/")), "q/x/y");
        assert_eq!(destination_key("p/x", Some("p/"), None), "x");
    }
}
