//! One change applied to every object under a prefix, as exo's `forEachObject` does for `metadata`,
//! `headers` and `setacl`: its direct children, or with `-r` everything under it, listed page by page (memory
//! bounded), each object changed in turn; one that fails is told on stderr and the rest go on. The summary
//! is printed in the chosen format and the exit says whether every object was changed.

use super::connect::explain;
use super::exit::Exit;
use super::output::Format;
use super::settings::Settings;
use crate::s3::{Client, ListOptions};
use futures_util::TryStreamExt;
use serde_json::json;

/// `key` as the prefix it stands for (`dir` → `dir/`).
pub fn as_prefix(key: &str) -> String {
    if key.ends_with('/') {
        key.to_string()
    } else {
        format!("{key}/")
    }
}

/// Applies `change` to each object under `prefix` (see the module); `verb` tells the summary
/// (`metadata added to`, `ACL set on`).
pub async fn each_object(
    s: &Settings,
    c: &Client,
    bucket: &str,
    prefix: &str,
    recursive: bool,
    verb: &str,
    mut change: impl AsyncFnMut(&str) -> anyhow::Result<()>,
) -> anyhow::Result<Exit> {
    let opts = ListOptions {
        prefix: Some(prefix.to_string()),
        delimiter: (!recursive).then(|| "/".to_string()),
        page_size: None,
    };
    let mut pages = c.object_pages(bucket, &opts);
    let (mut done, mut failed) = (0u64, Vec::new());
    while let Some(page) = pages
        .try_next()
        .await
        .map_err(|e| explain(e, &format!("listing sos://{bucket}/{prefix}"), bucket, None))?
    {
        for o in page.objects {
            match change(&o.key).await {
                Ok(()) => done += 1,
                Err(e) => {
                    eprintln!("{}", super::exit::render(&e));
                    failed.push(o.key);
                }
            }
        }
    }
    let p = s.printer();
    match s.output.format {
        Format::Json => {
            p.json(&json!({"prefix": format!("sos://{bucket}/{prefix}"), "updated": done, "failed": failed}))?
        }
        Format::Text => p.line(&format!("{done}\t{}", failed.len()))?,
        Format::Table => p.note(&format!("{verb} {done} object(s) under sos://{bucket}/{prefix}")),
    }
    if failed.is_empty() {
        Ok(Exit::Success)
    } else {
        anyhow::bail!(
            "{} object(s) under sos://{bucket}/{prefix} could not be changed",
            failed.len()
        )
    }
}
