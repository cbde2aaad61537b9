//! `sosctl show sos://BUCKET[/KEY]`: an object's details (Replication Status included), or a bucket's
//! zone, versioning, Object Lock and replication summary.

use super::connect::{client_for_bucket, explain, head_object_checked};
use super::exit::{Exit, UsageError};
use super::output::{self, Format, Printer};
use super::settings::Settings;
use super::target;
use crate::model::acl::{Acl, Ownership};
use crate::model::cors::CorsConfig;
use crate::s3::{self, Client, ErrorKind, S3Error};
use serde_json::json;
use std::collections::BTreeMap;

#[derive(Debug, clap::Args)]
#[command(after_long_help = SHOW_OUTPUT_HELP)]
pub struct ShowArgs {
    /// sos://BUCKET or sos://BUCKET/KEY
    pub target: String,
    /// Show this version of the object
    #[arg(long, value_name = "ID")]
    pub version_id: Option<String>,
    /// Also show every raw response header of the object (Raw Headers)
    #[arg(long)]
    pub headers: bool,
}

/// Help of `show -O json` / `-O text`.
const SHOW_OUTPUT_HELP: &str = "\
Output formats (-O):
- table (default): an object's Path, Bucket, Version ID, Last Modified, Size, ETag,
  Content-Type, URL, Replication Status, Metadata, Headers (exo's: the headers `sosctl headers`
  can change — Cache-Control, Content-Disposition, Content-Encoding, Content-Language,
  Content-Type, Expires — sorted), and with --headers Raw Headers (every response header);
  a bucket's Name, Zone, Versioning, Object Lock, Replication (rule count and destinations; `-`
  when none), ACL, CORS (each rule between `{` and `}`, as exo shows it; `-` when none), Object
  Ownership.
- json, object: exo's keys {name (the key), bucket, last_modified (`2025-02-20 15:50:12 UTC`),
  size (bytes), metadata {}, headers {}, url, replication_status} and sosctl's {path, key,
  version_id, last_modified_rfc3339, etag, content_type}; with --headers also raw_headers {}.
- json, bucket: {name, bucket (= name), zone, versioning, object_lock, default_retention,
  replication_rules, replication_destinations, acl, cors (exo's: a list of {allowed_origins,
  allowed_methods, allowed_headers}, each key only when set, with sosctl's id, expose_headers,
  max_age_seconds), objectOwnership}.
- text: one `field<TAB>value` line per table row.";

/// `sosctl show`.
pub async fn run(s: &Settings, a: ShowArgs) -> anyhow::Result<Exit> {
    let t = target::parse(&a.target)?;
    match t.key.clone() {
        Some(key) if !key.ends_with('/') => {
            let doing = format!("showing sos://{}/{key}", t.bucket);
            let c = client_for_bucket(s, &t.bucket, &doing).await?;
            show_object(s, &c, &t.bucket, &key, a.version_id.as_deref(), a.headers).await
        }
        Some(_) => Err(UsageError::new(format!(
            "`{}` is a prefix; show takes sos://BUCKET or sos://BUCKET/KEY (list it with `sosctl list {}`)",
            a.target, a.target
        ))
        .into()),
        None => {
            if a.version_id.is_some() || a.headers {
                return Err(UsageError::new("--version-id and --headers need an object: sos://BUCKET/KEY").into());
            }
            let c = client_for_bucket(s, &t.bucket, &format!("showing sos://{}", t.bucket)).await?;
            show_bucket(s, &c, &t.bucket).await
        }
    }
}

/// The object headers exo shows (and `headers add|delete` changes), with exo's names.
const EXO_HEADERS: [&str; 6] = [
    "Cache-Control",
    "Content-Disposition",
    "Content-Encoding",
    "Content-Language",
    "Content-Type",
    "Expires",
];

/// Those of [`EXO_HEADERS`] the object has.
fn exo_headers(raw: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    EXO_HEADERS
        .iter()
        .filter_map(|h| raw.get(&h.to_ascii_lowercase()).map(|v| (h.to_string(), v.clone())))
        .collect()
}

pub(super) async fn show_object(
    s: &Settings,
    c: &Client,
    bucket: &str,
    key: &str,
    version: Option<&str>,
    raw_headers: bool,
) -> anyhow::Result<Exit> {
    let h = head_object_checked(c, bucket, key, version, &format!("showing sos://{bucket}/{key}")).await?;
    let url = c.object_url(bucket, key);
    let p = s.printer();
    let dash = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".into());
    let headers = exo_headers(&h.headers);
    // exo shows the ACL; a server without ACLs says so in its place.
    let acl = c
        .get_object_acl(bucket, key, version)
        .await
        .map(|a| a.acl)
        .map_err(|e| unavailable(&e));
    match s.output.format {
        Format::Json => {
            let mut v = json!({
                "name": key,
                "bucket": bucket,
                "last_modified": h.last_modified.map(output::time),
                "size": h.size,
                "metadata": h.metadata,
                "headers": headers,
                "url": url,
                "replication_status": h.replication_status_raw(),
                "path": format!("sos://{bucket}/{key}"),
                "key": key,
                "version_id": h.version_id,
                "last_modified_rfc3339": output::rfc3339(h.last_modified),
                "etag": h.etag,
                "content_type": h.content_type,
                "acl": acl.as_ref().map(Acl::exo_json).ok(),
            });
            if raw_headers {
                v["raw_headers"] = json!(h.headers);
            }
            p.json(&v)?
        }
        Format::Text | Format::Table => {
            let mut rows: Vec<(String, String)> = vec![
                ("Path".into(), format!("sos://{bucket}/{key}")),
                ("Bucket".into(), bucket.to_string()),
                ("Version ID".into(), dash(&h.version_id)),
                ("Last Modified".into(), output::time_or_dashes(h.last_modified)),
                ("Size".into(), output::size(h.size)),
                ("ETag".into(), dash(&h.etag)),
                ("Content-Type".into(), dash(&h.content_type)),
                ("URL".into(), url),
                (
                    "Replication Status".into(),
                    h.replication_status_raw().unwrap_or("-").to_string(),
                ),
                ("ACL".into(), acl.as_ref().map_or_else(Clone::clone, Acl::lines)),
                ("Metadata".into(), kv_lines(&h.metadata, "=")),
                ("Headers".into(), kv_lines(&headers, ": ")),
            ];
            if raw_headers {
                rows.push(("Raw Headers".into(), kv_lines(&h.headers, ": ")));
            }
            print_kv(&p, s.output.format, &rows)?;
        }
    }
    Ok(Exit::Success)
}

fn kv_lines(m: &BTreeMap<String, String>, sep: &str) -> String {
    if m.is_empty() {
        return "-".into();
    }
    m.iter()
        .map(|(k, v)| format!("{k}{sep}{v}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Key/value rows: a table, or `key<TAB>value` lines (multi-line values joined with `; `).
fn print_kv(p: &Printer, format: Format, rows: &[(String, String)]) -> anyhow::Result<()> {
    if format == Format::Text {
        let lines: Vec<Vec<String>> = rows
            .iter()
            .map(|(k, v)| vec![k.clone(), v.replace('\n', "; ")])
            .collect();
        p.text_rows(&lines)?;
    } else {
        p.kv_table(None, rows)?;
    }
    Ok(())
}

/// What `show` says about a bucket setting the server does not implement.
fn unsupported(e: &S3Error) -> Option<String> {
    match e.kind() {
        ErrorKind::NotImplemented | ErrorKind::MethodNotAllowed => {
            Some(format!("unsupported by the server ({})", e.code().unwrap_or_default()))
        }
        _ => None,
    }
}

/// What `show` says in place of a setting it could not read (ACLs on a server without them): never fatal.
fn unavailable(e: &S3Error) -> String {
    unsupported(e).unwrap_or_else(|| format!("unavailable ({})", e.code().unwrap_or("error")))
}

/// Replication summary from the raw XML: rule count and destination buckets.
fn replication_summary(xml: &str) -> (usize, Vec<String>) {
    let Ok(root) = s3::xml::parse(xml) else {
        return (0, Vec::new());
    };
    let rules: Vec<_> = root.children("Rule").collect();
    let mut dests: Vec<String> = rules
        .iter()
        .filter_map(|r| r.child("Destination").and_then(|d| d.text_of("Bucket")))
        .map(|b| b.trim().trim_start_matches("arn:aws:s3:::").to_string())
        .collect();
    dests.dedup();
    (rules.len(), dests)
}

/// A bucket's details (`show sos://BUCKET`, and what `mb` prints after creating one, as exo does).
pub(super) async fn show_bucket(s: &Settings, c: &Client, bucket: &str) -> anyhow::Result<Exit> {
    let doing = format!("showing sos://{bucket}");
    let fail = |e: S3Error| explain(e, &doing, bucket, None);
    c.head_bucket(bucket).await.map_err(fail)?;
    let zone = match c.get_bucket_location(bucket).await {
        Ok(Some(z)) => z,
        // An empty constraint: the server's default region, the one this client signs for.
        Ok(None) => c.region().to_string(),
        Err(e) => unsupported(&e).ok_or(e).map_err(fail)?,
    };
    let versioning = match c.get_bucket_versioning(bucket).await {
        Ok(v) => v.to_string(),
        Err(e) => unsupported(&e).ok_or(e).map_err(fail)?,
    };
    let (lock_enabled, lock_text, retention) = match c.get_object_lock_configuration(bucket).await {
        Ok(l) => {
            let r = l.default_retention.as_ref().map(ToString::to_string);
            let text = match (&r, l.enabled) {
                (Some(r), true) => format!("Enabled (default retention: {r})"),
                (None, true) => "Enabled".to_string(),
                (_, false) => "Disabled".to_string(),
            };
            (Some(l.enabled), text, r)
        }
        Err(e) => (None, unsupported(&e).ok_or(e).map_err(fail)?, None),
    };
    let replication = match c.get_bucket_replication(bucket).await {
        Ok(Some(x)) => Ok(replication_summary(&x)),
        Ok(None) => Err("-".to_string()),
        Err(e) => Err(unsupported(&e).ok_or(e).map_err(fail)?),
    };
    let acl = c
        .get_bucket_acl(bucket)
        .await
        .map(|a| a.acl)
        .map_err(|e| unavailable(&e));
    let ownership = c.get_bucket_ownership(bucket).await.map_err(|e| unavailable(&e));
    // exo shows the rules (none: an empty list); a server without CORS says so in their place.
    let cors = c
        .get_bucket_cors(bucket)
        .await
        .map(Option::unwrap_or_default)
        .map_err(|e| unavailable(&e));
    let p = s.printer();
    match s.output.format {
        Format::Json => {
            let (rules, dests) = match &replication {
                Ok((n, d)) => (json!(n), json!(d)),
                Err(_) => (json!(0), json!([])),
            };
            p.json(&json!({
                "name": bucket,
                "bucket": bucket,
                "zone": zone,
                "versioning": versioning,
                "object_lock": lock_enabled,
                "default_retention": retention,
                "replication_rules": rules,
                "replication_destinations": dests,
                "acl": acl.as_ref().map(Acl::exo_json).ok(),
                "cors": cors.as_ref().map(CorsConfig::exo_json).ok(),
                "objectOwnership": ownership.as_ref().ok().copied().flatten().map(Ownership::as_str),
            }))?
        }
        _ => {
            let repl = match replication {
                Ok((n, d)) => format!(
                    "{n} rule{}{}",
                    if n == 1 { "" } else { "s" },
                    if d.is_empty() {
                        String::new()
                    } else {
                        format!(" → {}", d.join(", "))
                    }
                ),
                Err(text) => text,
            };
            let rows = vec![
                ("Name".to_string(), bucket.to_string()),
                ("Zone".to_string(), zone),
                ("Versioning".to_string(), versioning),
                ("Object Lock".to_string(), lock_text),
                ("Replication".to_string(), repl),
                ("ACL".to_string(), acl.as_ref().map_or_else(Clone::clone, Acl::lines)),
                (
                    "CORS".to_string(),
                    cors.as_ref().map_or_else(Clone::clone, CorsConfig::lines),
                ),
                (
                    "Object Ownership".to_string(),
                    match &ownership {
                        Ok(o) => o.map_or("-", Ownership::as_str).to_string(),
                        Err(text) => text.clone(),
                    },
                ),
            ];
            print_kv(&p, s.output.format, &rows)?;
        }
    }
    Ok(Exit::Success)
}
