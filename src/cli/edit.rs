//! `sosctl metadata add|delete` and `sosctl headers add|delete`, as exo has them: an object's user metadata or
//! its HTTP headers changed by a CopyObject onto itself with the REPLACE directive, which keeps the body and
//! every metadata entry and header not named. On a versioned bucket the copy is a new version (and on a
//! replicated one it replicates, which is how exo users re-trigger the replication of an object).
//!
//! One object (`sos://B/KEY`), the objects directly under a prefix (`sos://B/PREFIX/`), or with `-r` every
//! object under it. Each copy is conditional on the ETag read just before (`x-amz-copy-source-if-match`), so
//! a write that lands in between is not overwritten with stale metadata: that object fails, the rest go on.

use super::batch;
use super::connect::{client_for_bucket, explain, head_object_checked};
use super::exit::{Exit, UsageError};
use super::settings::Settings;
use super::show;
use super::target;
use crate::s3::{Client, CopyObjectOptions, ObjectHead};
use std::collections::BTreeMap;

#[derive(Debug, clap::Args)]
pub struct MetadataArgs {
    #[command(subcommand)]
    pub command: MetadataCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum MetadataCommand {
    /// Add (or overwrite) user metadata: KEY=VALUE pairs, stored as x-amz-meta-KEY
    Add {
        /// sos://BUCKET/KEY, or sos://BUCKET/PREFIX/ for the objects directly under it
        target: String,
        /// KEY=VALUE pairs
        #[arg(required = true, value_name = "KEY=VALUE")]
        pairs: Vec<String>,
        /// Every object under the prefix, subdirectories included
        #[arg(short = 'r', long)]
        recursive: bool,
    },
    /// Delete user metadata keys
    #[command(visible_alias = "del")]
    Delete {
        /// sos://BUCKET/KEY, or sos://BUCKET/PREFIX/ for the objects directly under it
        target: String,
        /// Metadata keys to remove
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
        /// Every object under the prefix, subdirectories included
        #[arg(short = 'r', long)]
        recursive: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct HeadersArgs {
    #[command(subcommand)]
    pub command: HeadersCommand,
}

/// The header flags of `headers add` (a value each).
#[derive(Debug, clap::Args)]
pub struct HeaderValues {
    /// Value of Cache-Control
    #[arg(long, value_name = "VALUE")]
    pub cache_control: Option<String>,
    /// Value of Content-Disposition
    #[arg(long, value_name = "VALUE")]
    pub content_disposition: Option<String>,
    /// Value of Content-Encoding
    #[arg(long, value_name = "VALUE")]
    pub content_encoding: Option<String>,
    /// Value of Content-Language
    #[arg(long, value_name = "VALUE")]
    pub content_language: Option<String>,
    /// Value of Content-Type
    #[arg(long, value_name = "VALUE")]
    pub content_type: Option<String>,
    /// Value of Expires (an HTTP date, e.g. `Wed, 21 Oct 2026 07:28:00 GMT`)
    #[arg(long, value_name = "VALUE")]
    pub expires: Option<String>,
}

/// The header flags of `headers delete` (a switch each).
#[derive(Debug, clap::Args)]
pub struct HeaderNames {
    /// Remove Cache-Control
    #[arg(long)]
    pub cache_control: bool,
    /// Remove Content-Disposition
    #[arg(long)]
    pub content_disposition: bool,
    /// Remove Content-Encoding
    #[arg(long)]
    pub content_encoding: bool,
    /// Remove Content-Language
    #[arg(long)]
    pub content_language: bool,
    /// Remove Content-Type (the server then gives its default, binary/octet-stream on S3)
    #[arg(long)]
    pub content_type: bool,
    /// Remove Expires
    #[arg(long)]
    pub expires: bool,
}

#[derive(Debug, clap::Subcommand)]
pub enum HeadersCommand {
    /// Add (or overwrite) HTTP headers: Cache-Control, Content-Disposition, Content-Encoding,
    /// Content-Language, Content-Type, Expires
    Add {
        /// sos://BUCKET/KEY, or sos://BUCKET/PREFIX/ for the objects directly under it
        target: String,
        #[command(flatten)]
        values: HeaderValues,
        /// Every object under the prefix, subdirectories included
        #[arg(short = 'r', long)]
        recursive: bool,
    },
    /// Delete HTTP headers
    #[command(visible_alias = "del")]
    Delete {
        /// sos://BUCKET/KEY, or sos://BUCKET/PREFIX/ for the objects directly under it
        target: String,
        #[command(flatten)]
        names: HeaderNames,
        /// Every object under the prefix, subdirectories included
        #[arg(short = 'r', long)]
        recursive: bool,
    },
}

/// The headers these commands manage, as S3 names them in a request (lower case).
const MANAGED: [&str; 6] = [
    "cache-control",
    "content-disposition",
    "content-encoding",
    "content-language",
    "content-type",
    "expires",
];

/// What to change on each object: metadata set or removed, headers set or removed.
#[derive(Debug, Default)]
struct Change {
    set_meta: BTreeMap<String, String>,
    remove_meta: Vec<String>,
    set_headers: BTreeMap<&'static str, String>,
    remove_headers: Vec<&'static str>,
}

impl Change {
    /// The request headers of the copy: every managed header and metadata entry the object keeps or gets.
    fn copy_headers(&self, head: &ObjectHead) -> Vec<(String, String)> {
        let mut out = vec![("x-amz-metadata-directive".to_string(), "REPLACE".to_string())];
        for h in MANAGED {
            if self.remove_headers.contains(&h) {
                continue;
            }
            let value = self.set_headers.get(h).or_else(|| head.headers.get(h));
            if let Some(v) = value {
                out.push((h.to_string(), v.clone()));
            }
        }
        let mut meta = head.metadata.clone();
        for k in &self.remove_meta {
            meta.remove(k);
        }
        meta.extend(self.set_meta.clone());
        out.extend(meta.into_iter().map(|(k, v)| (format!("x-amz-meta-{k}"), v)));
        out
    }
}

/// A metadata key S3 can carry in an `x-amz-meta-` header: an HTTP token, stored lower-cased.
fn meta_key(k: &str, what: &str) -> Result<String, UsageError> {
    let ok = !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
    if !ok {
        return Err(UsageError::new(format!(
            "{what} `{k}`: a metadata key is letters, digits and !#$%&'*+-.^_`|~ (it becomes an HTTP header name)"
        )));
    }
    Ok(k.to_ascii_lowercase())
}

/// A header value must be sendable as one: no control characters.
fn header_value(name: &str, v: &str) -> Result<String, UsageError> {
    if v.chars().any(|c| c.is_control()) {
        return Err(UsageError::new(format!(
            "--{name}: a header value cannot hold control characters"
        )));
    }
    Ok(v.to_string())
}

/// `sosctl metadata add|delete`.
pub async fn metadata(s: &Settings, a: MetadataArgs) -> anyhow::Result<Exit> {
    let mut change = Change::default();
    let (target, recursive, verb) = match a.command {
        MetadataCommand::Add {
            target,
            pairs,
            recursive,
        } => {
            for p in pairs {
                let (k, v) = p
                    .split_once('=')
                    .ok_or_else(|| UsageError::new(format!("`{p}` is not KEY=VALUE")))?;
                let k = meta_key(k, "metadata")?;
                change.set_meta.insert(k.clone(), header_value(&k, v)?);
            }
            (target, recursive, "metadata added to")
        }
        MetadataCommand::Delete {
            target,
            keys,
            recursive,
        } => {
            for k in keys {
                change.remove_meta.push(meta_key(&k, "metadata")?);
            }
            (target, recursive, "metadata deleted from")
        }
    };
    apply(s, &target, recursive, &change, verb).await
}

/// `sosctl headers add|delete`.
pub async fn headers(s: &Settings, a: HeadersArgs) -> anyhow::Result<Exit> {
    let mut change = Change::default();
    let (target, recursive, verb) = match a.command {
        HeadersCommand::Add {
            target,
            values,
            recursive,
        } => {
            let given = [
                values.cache_control,
                values.content_disposition,
                values.content_encoding,
                values.content_language,
                values.content_type,
                values.expires,
            ];
            for (name, v) in MANAGED.into_iter().zip(given) {
                if let Some(v) = v {
                    change.set_headers.insert(name, header_value(name, &v)?);
                }
            }
            (target, recursive, "headers added to")
        }
        HeadersCommand::Delete {
            target,
            names,
            recursive,
        } => {
            let given = [
                names.cache_control,
                names.content_disposition,
                names.content_encoding,
                names.content_language,
                names.content_type,
                names.expires,
            ];
            change.remove_headers = MANAGED
                .into_iter()
                .zip(given)
                .filter(|(_, on)| *on)
                .map(|(n, _)| n)
                .collect();
            (target, recursive, "headers deleted from")
        }
    };
    if change.set_headers.is_empty() && change.remove_headers.is_empty() {
        return Err(UsageError::new(
            "no header given: use --cache-control, --content-disposition, --content-encoding, --content-language, \
             --content-type or --expires",
        )
        .into());
    }
    apply(s, &target, recursive, &change, verb).await
}

/// Copies one object onto itself with the change; returns the new version id.
async fn update_one(
    c: &Client,
    bucket: &str,
    key: &str,
    change: &Change,
    doing: &str,
) -> anyhow::Result<Option<String>> {
    let head = head_object_checked(c, bucket, key, None, doing).await?;
    let mut headers = change.copy_headers(&head);
    if let Some(etag) = &head.etag {
        headers.push(("x-amz-copy-source-if-match".to_string(), etag.clone()));
    }
    let opts = CopyObjectOptions {
        source_version_id: None,
        headers,
    };
    let out = c
        .copy_object(bucket, key, bucket, key, &opts)
        .await
        .map_err(|e| explain(e, doing, bucket, Some(key)))?;
    Ok(out.version_id)
}

async fn apply(s: &Settings, arg: &str, recursive: bool, change: &Change, verb: &str) -> anyhow::Result<Exit> {
    let t = target::parse(arg)?;
    let Some(key) = t.key.clone() else {
        return Err(UsageError::new(format!(
            "`{arg}` is a bucket: give sos://BUCKET/KEY, or sos://BUCKET/PREFIX/ for the objects under it"
        ))
        .into());
    };
    let bucket = t.bucket.clone();
    let doing = format!("changing sos://{bucket}/{key}");
    let c = client_for_bucket(s, &bucket, &doing).await?;
    if !key.ends_with('/') && !recursive {
        update_one(&c, &bucket, &key, change, &doing).await?;
        // As exo: the object is shown as it is now.
        return show::show_object(s, &c, &bucket, &key, None, false).await;
    }
    let prefix = batch::as_prefix(&key);
    batch::each_object(s, &c, &bucket, &prefix, recursive, verb, async |k: &str| {
        update_one(&c, &bucket, k, change, &format!("changing sos://{bucket}/{k}"))
            .await
            .map(drop)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(headers: &[(&str, &str)], meta: &[(&str, &str)]) -> ObjectHead {
        ObjectHead {
            size: 1,
            etag: Some("\"e\"".into()),
            last_modified: None,
            content_type: None,
            version_id: None,
            replication_status: None,
            metadata: meta.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        }
    }

    #[test]
    fn the_copy_keeps_what_is_not_named() {
        let h = head(
            &[
                ("content-type", "text/csv"),
                ("cache-control", "no-store"),
                ("content-length", "1"),
            ],
            &[("owner", "alice"), ("color", "blue")],
        );
        let mut c = Change::default();
        c.set_meta.insert("color".into(), "red".into());
        c.remove_meta.push("owner".into());
        c.set_headers.insert("content-language", "fr".into());
        c.remove_headers.push("cache-control");
        let got = c.copy_headers(&h);
        let want: Vec<(String, String)> = [
            ("x-amz-metadata-directive", "REPLACE"),
            ("content-language", "fr"),
            ("content-type", "text/csv"),
            ("x-amz-meta-color", "red"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(got, want, "content-length is not a managed header and is never sent");
    }

    #[test]
    fn metadata_keys_are_http_tokens() {
        assert_eq!(meta_key("Owner", "m").unwrap(), "owner");
        for bad in ["", "a b", "k=v", "é", "a:b"] {
            assert!(meta_key(bad, "m").is_err(), "{bad:?}");
        }
        assert!(header_value("x", "a\nb").is_err());
    }
}
