//! `sosctl bucket replication set|show|delete|check|status`: the online replication commands.
//!
//! `set` and `check` share one prerequisite run ([`prerequisites`]) and the offline validation of
//! `replication validate`; `status` HEADs the current versions concurrently and, when the endpoint is the
//! bundled server, adds its operator figures (`GET /_sosctl/replication`, used only when it answers 200).

use super::Exit;
use super::connect::{block_on, client, explain, list_all};
use super::offline::{diagnostic, read_input};
use super::output::{self, Format, Printer};
use super::settings::Settings;
use super::target;
use crate::model::{self, Finding, ReplicationConfig, Severity};
use crate::s3::{self, Client, ClientConfig, Method, S3Error, VersioningStatus};
use futures_util::StreamExt;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

#[derive(Debug, clap::Subcommand)]
pub enum ReplicationCommand {
    /// Validate a JSON (or XML) config, check the prerequisites, and apply it
    #[command(after_long_help = SET_HELP)]
    Set(SetArgs),
    /// Show the bucket's replication config (table like exo's; -O json prints what `set` reads)
    #[command(visible_alias = "get", after_long_help = SHOW_HELP)]
    Show(ShowArgs),
    /// Delete the bucket's replication config
    #[command(visible_alias = "del", after_long_help = DELETE_HELP)]
    Delete(DeleteArgs),
    /// Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)
    #[command(after_long_help = CHECK_HELP)]
    Check(CheckArgs),
    /// Per-object replication status of the current versions, with a summary; --wait for CI
    #[command(after_long_help = STATUS_HELP)]
    Status(StatusArgs),
}

const SET_HELP: &str = "\
The config is read and validated exactly as `sosctl replication validate --source BUCKET` does (errors and \
warnings on stderr, each with its path). Then, unless --no-check, the prerequisites are checked online as \
`bucket replication check` does: source versioning Enabled; each destination exists, is reachable with these \
credentials and has versioning Enabled; Object Lock on the source implies it on every destination; no \
destination is the source. Only then is the XML document (the one --dry-run prints) sent.

Output: table: a note on stderr; json {bucket, applied, dry_run, rules, destinations, checks}; text \
`bucket<TAB>applied`. --dry-run prints the XML document on stdout in every format.

Exit codes: 0 applied (or, with --dry-run, would be sent); 2 the config does not parse or validate, or a \
prerequisite failed (the check table is printed on stderr, nothing is sent: the same code as `check`, so a \
pipeline treats both alike); 1 the server refused the config (its S3 code and message are shown) or could \
not be reached.";

const SHOW_HELP: &str = "\
Output: table Bucket, Role, then per rule ID, Status, Priority, DeleteMarkerReplication, Filter Prefix and \
Destination Bucket (`-` for a member the rule does not have); json: the config in the JSON shape `set` reads \
(so `show -O json sos://B | sosctl bucket replication set sos://B -` round-trips); text: one line per rule \
`bucket<TAB>role<TAB>id<TAB>status<TAB>priority<TAB>delete-marker-replication<TAB>prefix<TAB>destination`. \
--xml prints the document as the server returns it.

Exit codes: 0 shown; 1 the bucket has no replication configuration, does not exist, or the request failed.";

const DELETE_HELP: &str = "\
Without -f, asks for confirmation on a terminal and refuses (exit 2) when stdin is not one. A bucket without \
a replication configuration is reported and left alone (exit 0).

Output: table: a note on stderr; json {bucket, deleted}; text `bucket<TAB>deleted|none`.";

const CHECK_HELP: &str = "\
Checks, one row each: the config validates (FILE if given, else the bucket's stored config); source \
versioning Enabled; for each destination: it differs from the source, exists and is reachable with these \
credentials (a bucket the server redirects to another zone is followed there), has versioning Enabled, and \
has Object Lock when the source has it. A failed check carries a fix hint.

Output: table Check, Bucket, Result, Detail, Fix; json {bucket, config (\"stored\" or the file name), \
passed, checks: [{check, bucket, result, detail, fix}]}; text \
`result<TAB>check<TAB>bucket<TAB>detail<TAB>fix` lines.

Exit codes: 0 no FAIL (WARN allowed); 2 any FAIL; 1 the requests themselves failed (network).";

const STATUS_HELP: &str = "\
Lists the current versions under the bucket or prefix and HEADs each (--concurrency at once) for its \
x-amz-replication-status: PENDING, COMPLETED, FAILED or REPLICA; `-` when it has none (it matched no rule, \
or was written before the config). --wait re-reads the versions still PENDING (the same version ids) with \
a growing interval, until none is or --wait-timeout passes; a progress bar is drawn on stderr when it is a \
terminal. Against the bundled server (`sosctl serve`), its replication figures for the bucket (pending, \
oldest pending, lag percentiles) are added when its /_sosctl/replication endpoint answers.

Output: table Key, Version, Size, Status, then a summary table Status, Objects, Size; json {bucket, prefix, \
objects: [{key, version_id, size, status}], summary: {pending, completed, failed, replica, none: {objects, \
bytes}}, total: {objects, bytes}, waited, timed_out, server (the bundled server's figures, or null)}; text \
`key<TAB>version<TAB>size<TAB>status` lines (the summary goes to stderr). --failed lists only FAILED objects \
(the summary still counts all).

Exit codes: 0 nothing FAILED (and, with --wait, nothing PENDING); 4 an object is FAILED (also when --wait \
timed out); 3 --wait timed out with objects still PENDING; 1 the requests failed.";

#[derive(Debug, clap::Args)]
pub struct SetArgs {
    /// sos://BUCKET (the source)
    pub bucket: String,
    /// Config file (JSON or XML), or - for stdin
    pub file: String,
    /// Skip the online prerequisite checks
    #[arg(long)]
    pub no_check: bool,
    /// Print the XML that would be sent, send nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// sos://BUCKET
    pub bucket: String,
    /// Print the raw wire XML
    #[arg(long)]
    pub xml: bool,
}

#[derive(Debug, clap::Args)]
pub struct DeleteArgs {
    /// sos://BUCKET
    pub bucket: String,
    /// Do not prompt
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// sos://BUCKET (the source)
    pub bucket: String,
    /// Config to check instead of the stored one (JSON or XML, - for stdin)
    pub file: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// sos://BUCKET[/PREFIX]
    pub target: String,
    /// Poll until nothing is PENDING (exit 3 on timeout, 4 if any FAILED)
    #[arg(long)]
    pub wait: bool,
    /// How long --wait waits
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = super::parse_duration, requires = "wait")]
    pub wait_timeout: std::time::Duration,
    /// List only FAILED objects
    #[arg(long)]
    pub failed: bool,
    /// Objects HEADed at once
    #[arg(long, value_name = "N", default_value_t = 32, value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub concurrency: u16,
}

pub fn run(s: &Settings, c: ReplicationCommand) -> anyhow::Result<Exit> {
    match c {
        ReplicationCommand::Set(a) => block_on(set(s, a))?,
        ReplicationCommand::Show(a) => block_on(show(s, a))?,
        ReplicationCommand::Delete(a) => block_on(delete(s, a))?,
        ReplicationCommand::Check(a) => block_on(check(s, a))?,
        ReplicationCommand::Status(a) => block_on(status(s, a))?,
    }
}

// ---- reading and validating a config ----

/// A config read and validated, with every finding (validation errors and warnings, and the notes about
/// exo defaults applied while reading JSON).
struct Loaded {
    name: String,
    config: Option<ReplicationConfig>,
    findings: Vec<Finding>,
}

impl Loaded {
    fn from_text(name: String, text: &str, source: &str) -> Loaded {
        match model::parse(text) {
            Ok(parsed) => {
                let mut findings = model::validate(&parsed.config, Some(source));
                findings.extend(parsed.notes);
                model::add_positions(text, &mut findings);
                findings.sort_by_key(|f| f.severity);
                Loaded {
                    name,
                    config: Some(parsed.config),
                    findings,
                }
            }
            Err(errors) => Loaded {
                name,
                config: None,
                findings: errors,
            },
        }
    }

    fn errors(&self) -> usize {
        model::counts(&self.findings).0
    }

    /// Errors and warnings on stderr (as `replication validate` words them), notes unless --quiet.
    fn report(&self, p: &Printer) {
        for f in &self.findings {
            match f.severity {
                Severity::Note => p.note(&diagnostic(&self.name, f)),
                _ => eprintln!("{}", diagnostic(&self.name, f)),
            }
        }
    }

    /// The config when it has no error.
    fn valid(&self) -> Option<&ReplicationConfig> {
        if self.errors() == 0 { self.config.as_ref() } else { None }
    }
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// Destination bucket names of a config, plain (no ARN prefix), in rule order, without repeats.
fn destinations(cfg: &ReplicationConfig) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in &cfg.rules {
        let b = model::bucket_name(&r.destination.bucket).to_string();
        if !b.is_empty() && !out.contains(&b) {
            out.push(b);
        }
    }
    out
}

// ---- prerequisite checks ----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Pass,
    Warn,
    Fail,
}

impl Outcome {
    fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "PASS",
            Outcome::Warn => "WARN",
            Outcome::Fail => "FAIL",
        }
    }
}

/// One row of the prerequisite report.
#[derive(Debug, Clone)]
struct Check {
    check: &'static str,
    bucket: String,
    outcome: Outcome,
    detail: String,
    fix: Option<String>,
}

impl Check {
    fn new(check: &'static str, bucket: &str, outcome: Outcome, detail: impl Into<String>) -> Check {
        Check {
            check,
            bucket: bucket.to_string(),
            outcome,
            detail: detail.into(),
            fix: None,
        }
    }
    fn fix(mut self, fix: impl Into<String>) -> Check {
        self.fix = Some(fix.into());
        self
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.check.to_string(),
            self.bucket.clone(),
            self.outcome.as_str().to_string(),
            self.detail.clone(),
            self.fix.clone().unwrap_or_else(|| "-".into()),
        ]
    }
    fn json(&self) -> Value {
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
async fn prerequisites(
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
fn check_table_text(checks: &[Check]) -> String {
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::ASCII_FULL_CONDENSED);
    t.set_header(CHECK_HEADER.to_vec());
    for c in checks {
        t.add_row(c.row());
    }
    t.to_string()
}

fn failed(checks: &[Check]) -> usize {
    checks.iter().filter(|c| c.outcome == Outcome::Fail).count()
}

// ---- set ----

async fn set(s: &Settings, a: SetArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let p = s.printer();
    let (name, text) = read_input(&a.file)?;
    let loaded = Loaded::from_text(name, &text, &bucket);
    loaded.report(&p);
    let Some(cfg) = loaded.valid() else {
        eprintln!(
            "error: {}: invalid replication config: {}; nothing sent",
            loaded.name,
            plural(loaded.errors(), "error")
        );
        return Ok(Exit::Invalid);
    };
    let xml = model::to_xml(cfg);
    let dests = destinations(cfg);
    let mut checks = Vec::new();
    let c = if a.no_check && a.dry_run {
        None
    } else {
        Some(client(s)?)
    };
    if !a.no_check {
        let c = c.as_ref().expect("a client when checking");
        checks = prerequisites(s, c, &bucket, Some(cfg)).await?;
        let n = failed(&checks);
        if n > 0 {
            if s.output == Format::Json {
                p.json(&json!({
                    "bucket": bucket,
                    "applied": false,
                    "dry_run": a.dry_run,
                    "rules": cfg.rules.len(),
                    "destinations": dests,
                    "checks": checks.iter().map(Check::json).collect::<Vec<_>>(),
                }))?;
            } else {
                eprintln!("{}", check_table_text(&checks));
            }
            eprintln!(
                "error: not setting the replication configuration of sos://{bucket}: {} failed (see the fixes \
                 above; --no-check skips these checks)",
                plural(n, "prerequisite")
            );
            return Ok(Exit::Invalid);
        }
    }
    if a.dry_run {
        p.raw(&xml)?;
        return Ok(Exit::Success);
    }
    let c = c.expect("a client when sending");
    c.put_bucket_replication(&bucket, xml).await.map_err(|e| {
        explain(
            e,
            &format!("setting the replication configuration of sos://{bucket}"),
            &bucket,
            None,
        )
    })?;
    match s.output {
        Format::Json => p.json(&json!({
            "bucket": bucket,
            "applied": true,
            "dry_run": false,
            "rules": cfg.rules.len(),
            "destinations": dests,
            "checks": checks.iter().map(Check::json).collect::<Vec<_>>(),
        }))?,
        Format::Text => p.line(&format!("{bucket}\tapplied"))?,
        Format::Table => p.note(&format!(
            "replication configuration of sos://{bucket} set: {} → {}",
            plural(cfg.rules.len(), "rule"),
            dests.join(", ")
        )),
    }
    Ok(Exit::Success)
}

// ---- show ----

/// The stored config of a bucket as XML, None when it has none; S3 errors explained (exit 1).
async fn stored_xml(c: &Client, bucket: &str) -> anyhow::Result<Option<String>> {
    c.get_bucket_replication(bucket).await.map_err(|e| {
        explain(
            e,
            &format!("reading the replication configuration of sos://{bucket}"),
            bucket,
            None,
        )
    })
}

fn filter_text(r: &model::Rule) -> String {
    fn one(f: &model::Filter) -> String {
        match f {
            model::Filter::Empty => "(every object)".into(),
            model::Filter::Prefix(p) if p.is_empty() => "(every object)".into(),
            model::Filter::Prefix(p) => p.clone(),
            model::Filter::Tag(t) => format!("tag {}={}", t.key, t.value),
            model::Filter::And { prefix, tags } => {
                let mut parts: Vec<String> = prefix.iter().map(|p| format!("prefix {p}")).collect();
                parts.extend(tags.iter().map(|t| format!("tag {}={}", t.key, t.value)));
                parts.join(" and ")
            }
            model::Filter::Several(fs) => fs.iter().map(one).collect::<Vec<_>>().join(", "),
        }
    }
    match (&r.filter, &r.prefix) {
        (Some(f), _) => one(f),
        (None, Some(p)) if p.is_empty() => "(every object)".into(),
        (None, Some(p)) => p.clone(),
        (None, None) => "-".into(),
    }
}

/// The prefix for the text output: the raw prefix, empty for every object, `-` when not a prefix filter.
fn prefix_raw(r: &model::Rule) -> String {
    match (&r.filter, &r.prefix) {
        (Some(model::Filter::Prefix(p)), _) | (None, Some(p)) => p.clone(),
        (Some(model::Filter::Empty), _) => String::new(),
        (Some(model::Filter::And { prefix: Some(p), .. }), _) => p.clone(),
        _ => "-".into(),
    }
}

async fn show(s: &Settings, a: ShowArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let c = client(s)?;
    let p = s.printer();
    let Some(xml) = stored_xml(&c, &bucket).await? else {
        anyhow::bail!(
            "sos://{bucket} has no replication configuration (ReplicationConfigurationNotFoundError)\nhint: set \
             one with `sosctl bucket replication set sos://{bucket} FILE`"
        );
    };
    if a.xml {
        p.raw(&xml)?;
        if !xml.ends_with('\n') {
            p.raw("\n")?;
        }
        return Ok(Exit::Success);
    }
    let cfg = match model::parse(&xml) {
        Ok(parsed) => parsed.config,
        Err(errors) => {
            let first = errors.first().map(|f| f.to_string()).unwrap_or_default();
            anyhow::bail!(
                "the replication configuration of sos://{bucket} returned by the server does not parse: {first}\n\
                 hint: see the document with `sosctl bucket replication show --xml sos://{bucket}`"
            );
        }
    };
    let dash = |o: Option<String>| o.unwrap_or_else(|| "-".into());
    match s.output {
        Format::Json => p.json(&model::to_json(&cfg))?,
        Format::Text => {
            let rows: Vec<Vec<String>> = cfg
                .rules
                .iter()
                .map(|r| {
                    vec![
                        bucket.clone(),
                        cfg.role.clone(),
                        dash(r.id.clone()),
                        r.status.clone(),
                        dash(r.priority.map(|n| n.to_string())),
                        dash(r.delete_marker_replication.as_ref().map(|d| d.status.clone())),
                        prefix_raw(r),
                        model::bucket_name(&r.destination.bucket).to_string(),
                    ]
                })
                .collect();
            p.text_rows(&rows)?;
        }
        Format::Table => {
            let mut rows: Vec<(String, String)> = vec![
                ("Bucket".into(), bucket.clone()),
                (
                    "Role".into(),
                    if cfg.role.is_empty() {
                        "-".into()
                    } else {
                        cfg.role.clone()
                    },
                ),
            ];
            for (i, r) in cfg.rules.iter().enumerate() {
                rows.push((format!("Rule {}", i + 1), String::new()));
                rows.push(("  ID".into(), dash(r.id.clone())));
                rows.push(("  Status".into(), r.status.clone()));
                rows.push(("  Priority".into(), dash(r.priority.map(|n| n.to_string()))));
                rows.push((
                    "  DeleteMarkerReplication".into(),
                    dash(r.delete_marker_replication.as_ref().map(|d| d.status.clone())),
                ));
                rows.push(("  Filter Prefix".into(), filter_text(r)));
                rows.push((
                    "  Destination Bucket".into(),
                    model::bucket_name(&r.destination.bucket).to_string(),
                ));
            }
            p.kv_table(None, &rows)?;
        }
    }
    Ok(Exit::Success)
}

// ---- delete ----

async fn delete(s: &Settings, a: DeleteArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let c = client(s)?;
    let p = s.printer();
    // Read first: a missing bucket or config is said before any prompt.
    if stored_xml(&c, &bucket).await?.is_none() {
        match s.output {
            Format::Json => p.json(&json!({"bucket": bucket, "deleted": false}))?,
            Format::Text => p.line(&format!("{bucket}\tnone"))?,
            Format::Table => p.note(&format!(
                "sos://{bucket} has no replication configuration: nothing to delete"
            )),
        }
        return Ok(Exit::Success);
    }
    if !super::storage::confirm(
        &format!("delete the replication configuration of sos://{bucket}"),
        a.force,
    )? {
        p.note("aborted, nothing deleted");
        return Ok(Exit::Success);
    }
    c.delete_bucket_replication(&bucket).await.map_err(|e| {
        explain(
            e,
            &format!("deleting the replication configuration of sos://{bucket}"),
            &bucket,
            None,
        )
    })?;
    match s.output {
        Format::Json => p.json(&json!({"bucket": bucket, "deleted": true}))?,
        Format::Text => p.line(&format!("{bucket}\tdeleted"))?,
        Format::Table => p.note(&format!("deleted the replication configuration of sos://{bucket}")),
    }
    Ok(Exit::Success)
}

// ---- check ----

async fn check(s: &Settings, a: CheckArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let p = s.printer();
    // Read a local file before any request, so that a missing file is a plain usage error.
    let local = match &a.file {
        Some(f) => Some(read_input(f)?),
        None => None,
    };
    let c = client(s)?;
    let loaded = match local {
        Some((name, text)) => Some(Loaded::from_text(name, &text, &bucket)),
        None => match c.get_bucket_replication(&bucket).await {
            Ok(Some(xml)) => Some(Loaded::from_text(format!("sos://{bucket}{STORED}"), &xml, &bucket)),
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
    match s.output {
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

// ---- status ----

/// One current version and its replication status.
#[derive(Debug, Clone)]
struct ObjStatus {
    key: String,
    version_id: Option<String>,
    size: u64,
    status: Option<String>,
}

const STATUSES: [&str; 4] = ["PENDING", "COMPLETED", "FAILED", "REPLICA"];

impl ObjStatus {
    fn is(&self, st: &str) -> bool {
        self.status.as_deref() == Some(st)
    }
    /// The summary bucket: one of [`STATUSES`], or `none` (also for a status this tool does not know).
    fn class(&self) -> &str {
        match self.status.as_deref() {
            Some(s) if STATUSES.contains(&s) => s,
            _ => "none",
        }
    }
}

/// HEADs each (key, version) with `concurrency` requests in flight; an object gone since the listing
/// (404) comes back as None.
async fn head_all(
    c: &Client,
    bucket: &str,
    items: Vec<(String, Option<String>, u64)>,
    concurrency: usize,
) -> anyhow::Result<Vec<Option<ObjStatus>>> {
    let results: Vec<anyhow::Result<Option<ObjStatus>>> = futures_util::stream::iter(items)
        .map(|(key, version, size)| async move {
            match c.head_object(bucket, &key, version.as_deref()).await {
                Ok(h) => Ok(Some(ObjStatus {
                    key,
                    version_id: h.version_id.or(version),
                    // HEAD's Content-Length is the version's size; the listing's is only a fallback.
                    size: if h.headers.contains_key("content-length") {
                        h.size
                    } else {
                        size
                    },
                    status: h.replication_status,
                })),
                Err(e) if e.status() == Some(404) => Ok(None),
                Err(e) => Err(explain(
                    e,
                    &format!("reading the status of sos://{bucket}/{key}"),
                    bucket,
                    Some(&key),
                )),
            }
        })
        .buffered(concurrency)
        .collect()
        .await;
    results.into_iter().collect()
}

/// The bundled server's replication figures for the bucket, when the endpoint serves
/// `GET /_sosctl/replication` (200 with the expected JSON); None from any other server.
async fn server_figures(c: &Client, bucket: &str) -> Option<Value> {
    let resp = c
        .raw(Method::GET, "/_sosctl/replication", &[], bytes::Bytes::new())
        .await
        .ok()?;
    if resp.status().as_u16() != 200 {
        return None;
    }
    let body = resp.bytes().await.ok()?;
    let v: Value = serde_json::from_slice(&body).ok()?;
    let entries: Vec<Value> = v
        .get("replication")?
        .as_array()?
        .iter()
        .filter(|e| e.get("source").and_then(Value::as_str) == Some(bucket))
        .cloned()
        .collect();
    Some(json!({
        "paused": v.get("paused").and_then(Value::as_bool),
        "replication": entries,
    }))
}

fn ms_text(v: Option<&Value>) -> Option<String> {
    let ms = v?.as_f64()?;
    Some(if ms >= 1000.0 {
        format!("{:.1} s", ms / 1000.0)
    } else {
        format!("{ms:.0} ms")
    })
}

/// One line per destination of the server's figures.
fn figures_lines(fig: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if fig.get("paused").and_then(Value::as_bool) == Some(true) {
        out.push("server: replication is paused".to_string());
    }
    for e in fig.get("replication").and_then(Value::as_array).into_iter().flatten() {
        let num = |k: &str| e.get(k).and_then(Value::as_u64);
        let mut parts = Vec::new();
        if let Some(n) = num("pending") {
            let bytes = num("pending_bytes")
                .map(|b| format!(" ({})", output::size(b)))
                .unwrap_or_default();
            parts.push(format!("{n} pending{bytes}"));
        }
        for k in ["completed", "failed"] {
            if let Some(n) = num(k) {
                parts.push(format!("{n} {k}"));
            }
        }
        if let Some(t) = ms_text(e.get("oldest_pending_age_ms")).filter(|_| num("pending").unwrap_or(1) > 0) {
            parts.push(format!("oldest pending {t}"));
        }
        if let Some(lag) = e.get("lag_ms") {
            let pcts: Vec<String> = ["p50", "p99"]
                .iter()
                .filter_map(|p| ms_text(lag.get(*p)).map(|t| format!("{p} {t}")))
                .collect();
            if !pcts.is_empty() {
                parts.push(format!("lag {}", pcts.join(", ")));
            }
        }
        let src = e.get("source").and_then(Value::as_str).unwrap_or("?");
        let dst = e.get("destination").and_then(Value::as_str).unwrap_or("?");
        if parts.is_empty() {
            parts.push("no figures".to_string());
        }
        out.push(format!("server: {src} → {dst}: {}", parts.join(", ")));
    }
    out
}

/// (objects, bytes)
type Tally = (u64, u64);

/// Objects and bytes per status class, and in total.
fn summary(objs: &[ObjStatus]) -> (BTreeMap<&'static str, Tally>, Tally) {
    let mut m: BTreeMap<&'static str, Tally> = BTreeMap::new();
    for k in STATUSES.iter().copied().chain(["none"]) {
        m.insert(k, (0, 0));
    }
    let mut total = (0, 0);
    for o in objs {
        let class = STATUSES.iter().copied().find(|s| *s == o.class()).unwrap_or("none");
        let e = m.entry(class).or_default();
        e.0 += 1;
        e.1 += o.size;
        total.0 += 1;
        total.1 += o.size;
    }
    (m, total)
}

fn progress_bar(p: &Printer, total: usize) -> Option<indicatif::ProgressBar> {
    if !p.progress_enabled() {
        return None;
    }
    let pb = indicatif::ProgressBar::with_draw_target(Some(total as u64), indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{spinner} replicated {pos}/{len} [{bar:40}] {elapsed} {msg}")
    {
        pb.set_style(style.progress_chars("=> "));
    }
    pb.enable_steady_tick(Duration::from_millis(200));
    Some(pb)
}

async fn status(s: &Settings, a: StatusArgs) -> anyhow::Result<Exit> {
    let t = target::parse(&a.target)?;
    let bucket = t.bucket.clone();
    let prefix = t.key.clone().unwrap_or_default();
    let c = client(s)?;
    let p = s.printer();
    let concurrency = usize::from(a.concurrency);
    let listed = list_all(&c, &bucket, &prefix).await?;
    let mut objs: Vec<ObjStatus> = head_all(
        &c,
        &bucket,
        listed.into_iter().map(|o| (o.key, None, o.size)).collect(),
        concurrency,
    )
    .await?
    .into_iter()
    .flatten()
    .collect();
    objs.sort_by(|x, y| x.key.cmp(&y.key));

    let mut timed_out = false;
    if a.wait {
        let deadline = Instant::now() + a.wait_timeout;
        let pending = |objs: &[ObjStatus]| objs.iter().filter(|o| o.is("PENDING")).count();
        let pb = progress_bar(&p, objs.len());
        let mut interval = Duration::from_millis(200);
        loop {
            let n = pending(&objs);
            if let Some(pb) = &pb {
                pb.set_position((objs.len() - n) as u64);
                pb.set_message(format!("{n} PENDING"));
            }
            if n == 0 {
                break;
            }
            let now = Instant::now();
            if now >= deadline {
                timed_out = true;
                break;
            }
            tokio::time::sleep(interval.min(deadline - now)).await;
            interval = (interval * 3 / 2).min(Duration::from_secs(5));
            // Re-read exactly the versions seen PENDING: a newer write is not what was waited for.
            let idx: Vec<usize> = (0..objs.len()).filter(|&i| objs[i].is("PENDING")).collect();
            let items = idx
                .iter()
                .map(|&i| (objs[i].key.clone(), objs[i].version_id.clone(), objs[i].size))
                .collect();
            let fresh = head_all(&c, &bucket, items, concurrency).await?;
            let mut gone = Vec::new();
            for (i, f) in idx.into_iter().zip(fresh) {
                match f {
                    Some(f) => objs[i].status = f.status,
                    None => gone.push(i),
                }
            }
            // A version deleted while waiting no longer waits for anything.
            for i in gone.into_iter().rev() {
                objs.remove(i);
            }
        }
        if let Some(pb) = pb {
            pb.finish_and_clear();
        }
    }

    let (sum, total) = summary(&objs);
    let figures = server_figures(&c, &bucket).await;
    // Objects without any status are what a bucket without a config shows: say so rather than leave a
    // column of `-` to interpret. Only asked when nothing has a status; an error asking is no answer.
    if !objs.is_empty()
        && objs.iter().all(|o| o.status.is_none())
        && matches!(c.get_bucket_replication(&bucket).await, Ok(None))
    {
        p.note(&format!(
            "note: sos://{bucket} has no replication configuration, so its objects carry no replication status \
             (set one with `sosctl bucket replication set sos://{bucket} FILE`)"
        ));
    }
    let shown: Vec<&ObjStatus> = objs.iter().filter(|o| !a.failed || o.is("FAILED")).collect();
    let status_text = |o: &ObjStatus| o.status.clone().unwrap_or_else(|| "-".into());
    let version_text = |o: &ObjStatus| o.version_id.clone().unwrap_or_else(|| "-".into());
    let summary_rows: Vec<Vec<String>> = sum
        .iter()
        .filter(|(_, (n, _))| *n > 0)
        .map(|(k, (n, b))| vec![k.to_string(), n.to_string(), output::size(*b)])
        .collect();
    // Fixed order: PENDING, COMPLETED, FAILED, REPLICA, none.
    let order = |k: &str| STATUSES.iter().position(|s| *s == k).unwrap_or(STATUSES.len());
    let mut summary_rows = summary_rows;
    summary_rows.sort_by_key(|r| order(&r[0]));
    let summary_line = {
        let parts: Vec<String> = summary_rows
            .iter()
            .map(|r| format!("{} {} ({})", r[1], r[0], r[2]))
            .collect();
        format!(
            "{} ({}){}{}",
            plural(total.0 as usize, "object"),
            output::size(total.1),
            if parts.is_empty() { "" } else { ": " },
            parts.join(", ")
        )
    };
    match s.output {
        Format::Json => {
            let key = |k: &str| k.to_ascii_lowercase();
            let summary: serde_json::Map<String, Value> = sum
                .iter()
                .map(|(k, (n, b))| (key(k), json!({"objects": n, "bytes": b})))
                .collect();
            p.json(&json!({
                "bucket": bucket,
                "prefix": prefix,
                "objects": shown.iter().map(|o| json!({
                    "key": o.key,
                    "version_id": o.version_id,
                    "size": o.size,
                    "status": o.status,
                })).collect::<Vec<_>>(),
                "summary": summary,
                "total": {"objects": total.0, "bytes": total.1},
                "waited": a.wait,
                "timed_out": timed_out,
                "server": figures,
            }))?;
        }
        Format::Text => {
            let rows: Vec<Vec<String>> = shown
                .iter()
                .map(|o| vec![o.key.clone(), version_text(o), o.size.to_string(), status_text(o)])
                .collect();
            p.text_rows(&rows)?;
            p.note(&summary_line);
            if let Some(f) = &figures {
                for l in figures_lines(f) {
                    p.note(&l);
                }
            }
        }
        Format::Table => {
            if !shown.is_empty() {
                let rows: Vec<Vec<String>> = shown
                    .iter()
                    .map(|o| vec![o.key.clone(), version_text(o), output::size(o.size), status_text(o)])
                    .collect();
                p.table(&["Key", "Version", "Size", "Status"], &rows)?;
            }
            if !summary_rows.is_empty() {
                p.table(&["Status", "Objects", "Size"], &summary_rows)?;
            }
            p.line(&format!(
                "total: {} ({})",
                plural(total.0 as usize, "object"),
                output::size(total.1)
            ))?;
            if let Some(f) = &figures {
                for l in figures_lines(f) {
                    p.line(&l)?;
                }
            }
        }
    }
    let location = if prefix.is_empty() {
        format!("sos://{bucket}")
    } else {
        format!("sos://{bucket}/{prefix}")
    };
    let failed = sum.get("FAILED").map_or(0, |x| x.0);
    let pending = sum.get("PENDING").map_or(0, |x| x.0);
    if failed > 0 {
        eprintln!(
            "error: {}: {} in FAILED replication state",
            location,
            plural(failed as usize, "object")
        );
        return Ok(Exit::ReplicationFailed);
    }
    if timed_out {
        eprintln!(
            "error: {}: {} still PENDING after waiting {}",
            location,
            plural(pending as usize, "object"),
            humantime(a.wait_timeout)
        );
        return Ok(Exit::TimedOut);
    }
    Ok(Exit::Success)
}

fn humantime(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs < 1.0 {
        format!("{} ms", d.as_millis())
    } else if secs < 120.0 {
        format!("{secs:.0} s")
    } else {
        format!("{:.0} min", secs / 60.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(key: &str, size: u64, status: Option<&str>) -> ObjStatus {
        ObjStatus {
            key: key.into(),
            version_id: None,
            size,
            status: status.map(str::to_string),
        }
    }

    #[test]
    fn summary_counts_objects_and_bytes_per_status() {
        let objs = [
            obj("a", 10, Some("PENDING")),
            obj("b", 5, Some("PENDING")),
            obj("c", 7, Some("COMPLETED")),
            obj("d", 1, None),
            // A status this tool does not know is counted with the objects that have none.
            obj("e", 2, Some("PROCESSING")),
        ];
        let (m, total) = summary(&objs);
        assert_eq!(m["PENDING"], (2, 15));
        assert_eq!(m["COMPLETED"], (1, 7));
        assert_eq!(m["FAILED"], (0, 0));
        assert_eq!(m["REPLICA"], (0, 0));
        assert_eq!(m["none"], (2, 3));
        assert_eq!(total, (5, 25));
    }

    #[test]
    fn server_figures_are_read_leniently() {
        let fig = json!({
            "paused": true,
            "replication": [{
                "source": "a", "destination": "b", "pending": 2, "pending_bytes": 2048, "completed": 5,
                "failed": 1, "oldest_pending_age_ms": 1500, "lag_ms": {"p50": 3, "p99": 250}
            }, {"source": "a", "destination": "c"}]
        });
        let lines = figures_lines(&fig);
        assert_eq!(lines[0], "server: replication is paused");
        assert_eq!(
            lines[1],
            "server: a → b: 2 pending (2.0 KiB), 5 completed, 1 failed, oldest pending 1.5 s, lag p50 3 ms, p99 250 ms"
        );
        assert_eq!(lines[2], "server: a → c: no figures");
    }

    #[test]
    fn filters_are_told_plainly() {
        let mut r = model::Rule::default();
        assert_eq!(filter_text(&r), "-");
        assert_eq!(prefix_raw(&r), "-");
        r.prefix = Some("logs/".into());
        assert_eq!(filter_text(&r), "logs/");
        r.prefix = None;
        r.filter = Some(model::Filter::Prefix(String::new()));
        assert_eq!(filter_text(&r), "(every object)");
        assert_eq!(prefix_raw(&r), "");
        r.filter = Some(model::Filter::And {
            prefix: Some("p/".into()),
            tags: vec![model::Tag {
                key: "k".into(),
                value: "v".into(),
            }],
        });
        assert_eq!(filter_text(&r), "prefix p/ and tag k=v");
    }

    #[test]
    fn file_names_in_hints_are_shell_words() {
        assert_eq!(shell_word("./config.json"), "./config.json");
        assert_eq!(shell_word("<stdin>"), "-");
        assert_eq!(shell_word("my config.json"), "'my config.json'");
    }
}
