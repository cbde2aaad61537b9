//! `sosctl bucket replication check sos://BUCKET [FILE]`: the prerequisite report, PASS/FAIL/WARN per
//! check with a fix hint; its checks ([`prerequisites`]) are also what `set` runs before sending.

use super::offline::{Loaded, read_input};
use crate::cli::connect::{client, explain};
use crate::cli::exit::Exit;
use crate::cli::output::{Format, plural};
use crate::cli::settings::Settings;
use crate::cli::target;
use crate::model::{self, ReplicationConfig, Severity};
use crate::s3::{self, Client, ClientConfig, Method, S3Error, VersioningStatus};
use serde_json::{Value, json};

#[derive(Debug, clap::Args)]
#[command(after_long_help = CHECK_HELP)]
pub struct CheckArgs {
    /// sos://BUCKET (the source)
    pub bucket: String,
    /// Config to check instead of the stored one (JSON or XML, - for stdin)
    pub file: Option<String>,
}

const CHECK_HELP: &str = "\
Checks, one row each: the config validates (FILE if given, else the bucket's stored config); source \
versioning Enabled; for each destination: it differs from the source, exists and is reachable with these \
credentials (a bucket the server redirects to another zone is followed there), has versioning Enabled, and \
has Object Lock when the source has it. A failed check carries a fix hint.

Output: table Check, Bucket, Result, Detail, Fix; json {bucket, config (\"stored\" or the file name), \
passed, checks: [{check, bucket, result, detail, fix}]}; text \
`result<TAB>check<TAB>bucket<TAB>detail<TAB>fix` lines.

Exit codes: 0 no FAIL (WARN allowed); 2 any FAIL; 1 the requests themselves failed (network).";

/// Destination bucket names of a config, plain (no ARN prefix), in rule order, without repeats.
pub fn destinations(cfg: &ReplicationConfig) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in &cfg.rules {
        let b = model::bucket_name(&r.destination.bucket).to_string();
        if !b.is_empty() && !out.contains(&b) {
            out.push(b);
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    Warn,
    Fail,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "PASS",
            Outcome::Warn => "WARN",
            Outcome::Fail => "FAIL",
        }
    }
}

/// One row of the prerequisite report.
#[derive(Debug, Clone)]
pub struct Check {
    check: &'static str,
    bucket: String,
    outcome: Outcome,
    detail: String,
    fix: Option<String>,
}

impl Check {
    pub fn new(check: &'static str, bucket: &str, outcome: Outcome, detail: impl Into<String>) -> Check {
        Check {
            check,
            bucket: bucket.to_string(),
            outcome,
            detail: detail.into(),
            fix: None,
        }
    }
    pub fn fix(mut self, fix: impl Into<String>) -> Check {
        self.fix = Some(fix.into());
        self
    }
    pub fn row(&self) -> Vec<String> {
        vec![
            self.check.to_string(),
            self.bucket.clone(),
            self.outcome.as_str().to_string(),
            self.detail.clone(),
            self.fix.clone().unwrap_or_else(|| "-".into()),
        ]
    }
    pub fn json(&self) -> Value {
        json!({
            "check": self.check,
            "bucket": self.bucket,
            "result": self.outcome.as_str(),
            "detail": self.detail,
            "fix": self.fix,
        })
    }
}

const CHECK_HEADER: [&str; 5] = ["Check", "Bucket", "Result", "Detail", "Fix"];

/// `--zone Z ` when a bucket lives in another zone than the settings' one (for the hints).
fn zone_flag(s: &Settings, zone: Option<&str>) -> String {
    match zone {
        Some(z) if z != s.zone => format!("--zone {z} "),
        _ => String::new(),
    }
}

/// Where a bucket answers: the client to use for it and its zone when the server said.
enum Located {
    Found { client: Client, zone: Option<String> },
    Missing,
    Refused(String),
}

fn header(resp: &reqwest::Response, name: &str) -> Option<String> {
    resp.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .filter(|v| !v.is_empty())
}

/// HEADs a bucket on the settings' endpoint; when the server redirects to another region (S3 answers 301
/// with `x-amz-bucket-region`), tries once more on that zone's endpoint. Transport failures are errors.
async fn locate(s: &Settings, c: &Client, bucket: &str) -> anyhow::Result<Located> {
    let path = s3::bucket_path(bucket);
    let doing = format!("checking bucket \"{bucket}\"");
    let resp = c
        .raw(Method::HEAD, &path, &[], bytes::Bytes::new())
        .await
        .map_err(|e| explain(e, &doing, bucket, None))?;
    let status = resp.status().as_u16();
    let region = header(&resp, "x-amz-bucket-region");
    match status {
        200..=299 => Ok(Located::Found {
            client: c.clone(),
            zone: region,
        }),
        404 => Ok(Located::Missing),
        301 | 307 | 400 if region.as_deref().is_some_and(|r| r != s.zone) => {
            let zone = region.unwrap_or_default();
            let endpoint = s.endpoint_for(&zone)?;
            let other = Client::new(ClientConfig {
                endpoint,
                region: zone.clone(),
                ..c.config().clone()
            })?;
            let again = other
                .raw(Method::HEAD, &path, &[], bytes::Bytes::new())
                .await
                .map_err(|e| explain(e, &doing, bucket, None))?;
            match again.status().as_u16() {
                200..=299 => Ok(Located::Found {
                    client: other,
                    zone: Some(zone),
                }),
                404 => Ok(Located::Missing),
                st => Ok(Located::Refused(format!(
                    "the server redirects it to zone {zone}, where it answers HTTP {st}"
                ))),
            }
        }
        301 | 307 => Ok(Located::Refused(format!(
            "the server redirects (HTTP {status}): the bucket is in another zone; the endpoint \
             template has no {{zone}} to follow it"
        ))),
        403 => Ok(Located::Refused(
            "access denied with these credentials (HTTP 403)".into(),
        )),
        st => Ok(Located::Refused(format!("HTTP {st}"))),
    }
}

/// The message of an S3 error for a check's detail: code and message, or the transport failure.
fn detail_of(e: &S3Error) -> String {
    e.to_string()
}

/// Runs every online prerequisite for replicating `source` with `cfg` (None: the config is unknown or
/// invalid, so only the source is checked). Network failures are errors; everything the server says is
/// a row.
pub async fn prerequisites(
    s: &Settings,
    c: &Client,
    source: &str,
    cfg: Option<&ReplicationConfig>,
) -> anyhow::Result<Vec<Check>> {
    let mut out = Vec::new();
    let src_url = format!("sos://{source}");
    // Source: versioning (which also tells whether it exists), then Object Lock.
    let mut source_lock: Option<bool> = None;
    match c.get_bucket_versioning(source).await {
        Ok(VersioningStatus::Enabled) => {
            out.push(Check::new(
                "source versioning Enabled",
                source,
                Outcome::Pass,
                "Enabled",
            ));
            source_lock = match c.get_object_lock_configuration(source).await {
                Ok(l) => Some(l.enabled),
                Err(e @ (S3Error::Transport(_) | S3Error::Timeout(_))) => {
                    return Err(explain(e, &format!("reading Object Lock of {src_url}"), source, None));
                }
                Err(e) => {
                    out.push(
                        Check::new(
                            "source Object Lock readable",
                            source,
                            Outcome::Warn,
                            format!("cannot read it: {}", detail_of(&e)),
                        )
                        .fix("check the destinations' Object Lock by hand"),
                    );
                    None
                }
            };
        }
        Ok(v) => {
            out.push(
                Check::new(
                    "source versioning Enabled",
                    source,
                    Outcome::Fail,
                    format!("versioning is {v}"),
                )
                .fix(format!(
                    "enable versioning with `sosctl bucket versioning enable {src_url}`"
                )),
            );
            source_lock = c.get_object_lock_configuration(source).await.ok().map(|l| l.enabled);
        }
        Err(e) if e.is_code("NoSuchBucket") || e.status() == Some(404) => {
            out.push(
                Check::new("source exists", source, Outcome::Fail, "the bucket does not exist")
                    .fix(format!("create it with `sosctl mb {src_url}`, then enable versioning")),
            );
        }
        Err(e @ (S3Error::Transport(_) | S3Error::Timeout(_))) => {
            return Err(explain(e, &format!("reading versioning of {src_url}"), source, None));
        }
        Err(e) => {
            out.push(
                Check::new(
                    "source versioning Enabled",
                    source,
                    Outcome::Fail,
                    format!("cannot read it: {}", detail_of(&e)),
                )
                .fix("check the credentials and the zone (--zone)"),
            );
        }
    }

    let Some(cfg) = cfg else { return Ok(out) };
    for dest in destinations(cfg) {
        let url = format!("sos://{dest}");
        if dest == source {
            out.push(
                Check::new(
                    "destination differs from the source",
                    &dest,
                    Outcome::Fail,
                    "a rule replicates the bucket into itself",
                )
                .fix("set Destination.Bucket to another bucket"),
            );
            continue;
        }
        out.push(Check::new(
            "destination differs from the source",
            &dest,
            Outcome::Pass,
            format!("{dest} ≠ {source}"),
        ));
        let (dc, zone) = match locate(s, c, &dest).await? {
            Located::Found { client, zone } => {
                let detail = match &zone {
                    Some(z) => format!("reachable (zone {z})"),
                    None => "reachable".to_string(),
                };
                out.push(Check::new(
                    "destination exists and is reachable",
                    &dest,
                    Outcome::Pass,
                    detail,
                ));
                (client, zone)
            }
            Located::Missing => {
                out.push(
                    Check::new(
                        "destination exists and is reachable",
                        &dest,
                        Outcome::Fail,
                        "the bucket does not exist",
                    )
                    .fix(format!(
                        "create it with `sosctl mb --zone ZONE {url}` and enable its versioning"
                    )),
                );
                continue;
            }
            Located::Refused(why) => {
                out.push(
                    Check::new("destination exists and is reachable", &dest, Outcome::Fail, why).fix(
                        "replication needs the destination reachable with the same credentials (same organization)",
                    ),
                );
                continue;
            }
        };
        let zf = zone_flag(s, zone.as_deref());
        match dc.get_bucket_versioning(&dest).await {
            Ok(VersioningStatus::Enabled) => out.push(Check::new(
                "destination versioning Enabled",
                &dest,
                Outcome::Pass,
                "Enabled",
            )),
            Ok(v) => out.push(
                Check::new(
                    "destination versioning Enabled",
                    &dest,
                    Outcome::Fail,
                    format!("versioning is {v}"),
                )
                .fix(format!(
                    "enable versioning with `sosctl bucket versioning enable {zf}{url}`"
                )),
            ),
            Err(e @ (S3Error::Transport(_) | S3Error::Timeout(_))) => {
                return Err(explain(e, &format!("reading versioning of {url}"), &dest, None));
            }
            Err(e) => out.push(
                Check::new(
                    "destination versioning Enabled",
                    &dest,
                    Outcome::Fail,
                    format!("cannot read it: {}", detail_of(&e)),
                )
                .fix("replication needs the destination readable with the same credentials"),
            ),
        }
        let lock_check = "Object Lock on the destination if on the source";
        match source_lock {
            Some(false) => out.push(Check::new(
                lock_check,
                &dest,
                Outcome::Pass,
                "not needed: the source has no Object Lock",
            )),
            None => out.push(Check::new(
                lock_check,
                &dest,
                Outcome::Warn,
                "unknown: the source's Object Lock could not be read",
            )),
            Some(true) => match dc.get_object_lock_configuration(&dest).await {
                Ok(l) if l.enabled => out.push(Check::new(lock_check, &dest, Outcome::Pass, "Enabled on both")),
                Ok(_) => out.push(
                    Check::new(
                        lock_check,
                        &dest,
                        Outcome::Fail,
                        "the source has Object Lock, the destination has not",
                    )
                    .fix(format!("enable it with `sosctl bucket object-lock enable {zf}{url}`")),
                ),
                Err(e @ (S3Error::Transport(_) | S3Error::Timeout(_))) => {
                    return Err(explain(e, &format!("reading Object Lock of {url}"), &dest, None));
                }
                Err(e) => out.push(Check::new(
                    lock_check,
                    &dest,
                    Outcome::Warn,
                    format!("cannot read it: {}", detail_of(&e)),
                )),
            },
        }
    }
    Ok(out)
}

/// Suffix of the name of a config read from the bucket (not a file).
const STORED: &str = " (stored)";

/// The row for the config's own validation.
fn config_check(source: &str, loaded: &Loaded) -> Check {
    let (errors, warnings, _) = model::counts(&loaded.findings);
    let check = "config is valid";
    if errors > 0 {
        let first: Vec<String> = loaded
            .findings
            .iter()
            .filter(|f| f.is_error())
            .take(3)
            .map(|f| f.to_string())
            .collect();
        let more = if errors > 3 {
            format!("; and {} more", errors - 3)
        } else {
            String::new()
        };
        Check::new(
            check,
            source,
            Outcome::Fail,
            format!("{}: {}{more}", plural(errors, "error"), first.join("; ")),
        )
        .fix(match loaded.name.strip_suffix(STORED) {
            Some(_) => format!("replace it with `sosctl bucket replication set sos://{source} FILE`"),
            None => format!("see `sosctl replication validate {}`", shell_word(&loaded.name)),
        })
    } else if warnings > 0 {
        let first: Vec<String> = loaded
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .map(|f| f.to_string())
            .collect();
        Check::new(
            check,
            source,
            Outcome::Warn,
            format!("{}: {}", plural(warnings, "warning"), first.join("; ")),
        )
    } else {
        let n = loaded.config.as_ref().map_or(0, |c| c.rules.len());
        Check::new(check, source, Outcome::Pass, plural(n, "rule"))
    }
}

/// A file name as it would be typed in a shell (`-` for stdin).
fn shell_word(s: &str) -> String {
    if s == "<stdin>" {
        "-".to_string()
    } else if s.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:".contains(c)) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// The check table as text (for stderr, where the printer does not write).
pub fn check_table_text(checks: &[Check]) -> String {
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::ASCII_FULL_CONDENSED);
    t.set_header(CHECK_HEADER.to_vec());
    for c in checks {
        t.add_row(c.row());
    }
    t.to_string()
}

pub fn failed(checks: &[Check]) -> usize {
    checks.iter().filter(|c| c.outcome == Outcome::Fail).count()
}

/// `sosctl bucket replication check`.
pub async fn run(s: &Settings, a: CheckArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let p = s.printer();
    // Read a local file before any request, so that a missing file is a plain usage error.
    let local = match &a.file {
        Some(f) => Some(read_input(f)?),
        None => None,
    };
    let c = client(s)?;
    let loaded = match local {
        Some((name, text)) => Some(Loaded::from_text(name, &text, Some(&bucket))),
        None => match c.get_bucket_replication(&bucket).await {
            Ok(Some(xml)) => Some(Loaded::from_text(
                format!("sos://{bucket}{STORED}"),
                &xml,
                Some(&bucket),
            )),
            Ok(None) => None,
            // The source check below says what is wrong with the bucket itself.
            Err(e) if e.is_code("NoSuchBucket") => None,
            Err(e) => {
                return Err(explain(
                    e,
                    &format!("reading the replication configuration of sos://{bucket}"),
                    &bucket,
                    None,
                ));
            }
        },
    };
    if let Some(l) = &loaded {
        l.report(&p);
    }
    let cfg = loaded.as_ref().and_then(|l| l.config.as_ref());
    let mut checks = prerequisites(s, &c, &bucket, cfg).await?;
    match &loaded {
        Some(l) => checks.push(config_check(&bucket, l)),
        None => checks.push(
            Check::new(
                "config is valid",
                &bucket,
                Outcome::Fail,
                "the bucket has no replication configuration",
            )
            .fix(format!(
                "check a config before applying it with `sosctl bucket replication check sos://{bucket} FILE`"
            )),
        ),
    }
    let n = failed(&checks);
    let warns = checks.iter().filter(|c| c.outcome == Outcome::Warn).count();
    match s.output.format {
        Format::Json => p.json(&json!({
            "bucket": bucket,
            "config": match (&a.file, &loaded) {
                (Some(_), Some(l)) => Value::from(l.name.clone()),
                (None, Some(_)) => Value::from("stored"),
                _ => Value::Null,
            },
            "passed": n == 0,
            "checks": checks.iter().map(Check::json).collect::<Vec<_>>(),
        }))?,
        Format::Text => {
            let rows: Vec<Vec<String>> = checks
                .iter()
                .map(|c| {
                    vec![
                        c.outcome.as_str().into(),
                        c.check.into(),
                        c.bucket.clone(),
                        c.detail.clone(),
                        c.fix.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            p.text_rows(&rows)?;
        }
        Format::Table => {
            let rows: Vec<Vec<String>> = checks.iter().map(Check::row).collect();
            p.table(&CHECK_HEADER, &rows)?;
            let passed = checks.len() - n - warns;
            p.line(&format!(
                "{}: {passed} passed, {warns} warned, {n} failed",
                plural(checks.len(), "check")
            ))?;
        }
    }
    if n > 0 {
        eprintln!(
            "error: sos://{bucket}: {} failed",
            plural(n, "replication prerequisite")
        );
        return Ok(Exit::Invalid);
    }
    Ok(Exit::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_in_hints_are_shell_words() {
        assert_eq!(shell_word("./config.json"), "./config.json");
        assert_eq!(shell_word("<stdin>"), "-");
        assert_eq!(shell_word("my config.json"), "'my config.json'");
    }
}
