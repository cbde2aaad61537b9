//! `sosctl bucket replication check sos://BUCKET [FILE]`: the prerequisite report, PASS/FAIL/WARN per
//! check with a fix hint; its checks ([`prerequisites`]) are also what `set` runs before sending.
//!
//! The checks themselves are [`crate::model::prereq`]'s: this room reads the facts they take (HEAD of
//! each destination, following it to its zone; versioning; Object Lock), adds a fix hint to each
//! finding, and prints the table.

use super::offline::{read_input, report};
use crate::cli::connect::{self, explain};
use crate::cli::exit::Exit;
use crate::cli::iam::check::{policy_rows, read_policy_file, report_policy};
use crate::cli::output::Printer;
use crate::cli::output::{Format, plural};
use crate::cli::settings::Settings;
use crate::cli::target;
use crate::cli::zones::Located;
use crate::model::iam::Policy;
use crate::model::iam::replication::SourceLock;
use crate::model::prereq::{
    Check, DestinationFacts, Fact, Outcome, Prereq, Reach, SourceFacts, destination_findings, differs, source_findings,
};
use crate::model::s3::Versioning;
use crate::model::{self, Loaded, ReplicationConfig, Severity};
use crate::s3::{Client, ErrorKind, Missing, Presence, S3Error};
use serde_json::{Value, json};

#[derive(Debug, clap::Args)]
#[command(after_long_help = CHECK_HELP)]
pub struct CheckArgs {
    /// sos://BUCKET (the source)
    pub bucket: String,
    /// Config to check instead of the stored one (JSON or XML, - for stdin)
    pub file: Option<String>,
    /// The IAM policy of the config's Role: a row per operation replication performs on each bucket
    /// (PASS/FAIL, the policy rule that decided, the rule to add when denied)
    #[arg(long, value_name = "FILE")]
    pub policy: Option<String>,
}

const CHECK_HELP: &str = "\
Checks, one row each: the config validates (FILE if given, else the bucket's stored config); source \
versioning Enabled; for each destination: it differs from the source, exists and is reachable with these \
credentials (a bucket the server redirects to another zone is followed there), has versioning Enabled, and \
has Object Lock when the source has it. A failed check carries a fix hint.

With --policy FILE (the IAM policy of the config's Role), one row per operation replication performs: \
get-object on the source; put-object on each destination, put-object-retention and put-object-legal-hold \
when the source has Object Lock, delete-object when the rule has DeleteMarkerReplication Enabled. Each row \
names the policy rule that decided; a denied one FAILs with the rule to add to the policy. A policy that \
grants far more than replication needs (services.sos type allow, a rule `true`, delete-bucket allowed) is a \
WARN row.

Output: table Check, Bucket, Result, Detail, Fix; json {bucket, config (\"stored\" or the file name), \
passed, checks: [{check, bucket, result, detail, fix}]}; text \
`result<TAB>check<TAB>bucket<TAB>detail<TAB>fix` lines.

Exit codes: 0 no FAIL (WARN allowed); 2 any FAIL; 1 the requests themselves failed (network).";

/// One row of the prerequisite report: a finding of [`crate::model::prereq`] (or the config's own check)
/// with the CLI's fix hint.
#[derive(Debug, Clone)]
pub struct Row {
    check: &'static str,
    bucket: String,
    outcome: Outcome,
    detail: String,
    fix: Option<String>,
}

impl Row {
    fn new(check: &'static str, bucket: &str, outcome: Outcome, detail: impl Into<String>) -> Row {
        Row {
            check,
            bucket: bucket.to_string(),
            outcome,
            detail: detail.into(),
            fix: None,
        }
    }
    fn fix(mut self, fix: impl Into<String>) -> Row {
        self.fix = Some(fix.into());
        self
    }
    /// A finding, with the hint that fixes it.
    fn of(s: &Settings, p: &Prereq, src: &SourceFacts, dst: Option<&DestinationFacts>) -> Row {
        Row {
            check: p.check.title(),
            bucket: p.bucket.clone(),
            outcome: p.outcome,
            detail: p.detail.clone(),
            fix: fix_hint(s, p, src, dst),
        }
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

/// What to do about a finding that did not pass; None when there is nothing to do by hand.
fn fix_hint(s: &Settings, p: &Prereq, src: &SourceFacts, dst: Option<&DestinationFacts>) -> Option<String> {
    let src_url = format!("sos://{}", src.name);
    let url = format!("sos://{}", p.bucket);
    let zf = match dst.map(|d| &d.reach) {
        Some(Reach::Found { zone }) => zone_flag(s, zone.as_deref()),
        _ => String::new(),
    };
    let hint = match (p.check, p.outcome) {
        (_, Outcome::Pass) => return None,
        (Check::SourceExists, _) => format!("create it with `sosctl mb {src_url}`, then enable versioning"),
        (Check::SourceVersioning, _) => match src.versioning {
            Fact::Known(_) => format!("enable versioning with `sosctl bucket versioning enable {src_url}`"),
            _ => "check the credentials and the zone (--zone)".to_string(),
        },
        (Check::SourceObjectLockReadable, _) => "check the destinations' Object Lock by hand".to_string(),
        (Check::DestinationDiffers, _) => "set Destination.Bucket to another bucket".to_string(),
        (Check::DestinationReachable, _) => match dst.map(|d| &d.reach) {
            Some(Reach::Missing) => {
                format!("create it with `sosctl mb --zone ZONE {url}` and enable its versioning")
            }
            _ => {
                "replication needs the destination reachable with the same credentials (same organization)".to_string()
            }
        },
        (Check::DestinationVersioning, _) => match dst.and_then(|d| d.versioning.as_ref()) {
            Some(Fact::Known(_)) => format!("enable versioning with `sosctl bucket versioning enable {zf}{url}`"),
            _ => "replication needs the destination readable with the same credentials".to_string(),
        },
        (Check::DestinationObjectLock, Outcome::Fail) => {
            format!("enable it with `sosctl bucket object-lock enable {zf}{url}`")
        }
        (Check::DestinationObjectLock, _) => return None,
    };
    Some(hint)
}

/// A fact read with one request: what the server said, or (Err) no answer at all, which aborts the
/// check with the request's story.
fn fact<T>(read: Result<T, S3Error>, doing: &str, bucket: &str) -> anyhow::Result<Fact<T>> {
    match read {
        Ok(t) => Ok(Fact::Known(t)),
        Err(e) if e.kind().is_no_answer() => Err(explain(e, doing, bucket, None)),
        Err(e) => Ok(Fact::Unreadable(e.to_string())),
    }
}

/// The source's versioning (which also tells whether it exists) and, when it exists, its Object Lock.
async fn source_facts(c: &Client, source: &str) -> anyhow::Result<SourceFacts> {
    let src_url = format!("sos://{source}");
    let versioning = match c.get_bucket_versioning(source).await {
        Err(e) if matches!(e.kind(), ErrorKind::NotFound(_)) => Fact::Missing,
        read => fact(read, &format!("reading versioning of {src_url}"), source)?,
    };
    let lock = c.get_object_lock_configuration(source);
    let object_lock = match versioning {
        Fact::Known(Versioning::Enabled) => Some(fact(
            lock.await.map(|l| l.enabled),
            &format!("reading Object Lock of {src_url}"),
            source,
        )?),
        // Versioning already fails the source; the lock is only worth knowing for the destinations' rows,
        // so that a failure to read it is no reason to stop.
        Fact::Known(_) => Some(match lock.await {
            Ok(l) => Fact::Known(l.enabled),
            Err(e) => Fact::Unreadable(e.to_string()),
        }),
        Fact::Missing | Fact::Unreadable(_) => None,
    };
    Ok(SourceFacts {
        name: source.to_string(),
        versioning,
        object_lock,
    })
}

/// Where a destination answers: the client to use for it, and whether it was found. A bucket the server
/// says lives in another zone is followed there ([`connect::locate`], once per bucket and run); no answer
/// is an error.
async fn locate(s: &Settings, bucket: &str) -> anyhow::Result<(Client, Reach)> {
    let Located {
        client,
        location,
        followed,
    } = connect::locate(s, bucket, &format!("checking bucket \"{bucket}\"")).await?;
    let reach = match (followed, location.presence) {
        (None, Presence::Here) => Reach::Found { zone: location.region },
        (Some(zone), Presence::Here) => Reach::Found { zone: Some(zone) },
        (_, Presence::Missing) => Reach::Missing,
        (Some(zone), _) => Reach::Refused(format!(
            "the server redirects it to zone {zone}, where it answers HTTP {}",
            location.status
        )),
        (None, Presence::Redirected) => Reach::Refused(format!(
            "the server redirects (HTTP {}): the bucket is in another zone; the endpoint template has no \
             {{zone}} to follow it",
            location.status
        )),
        (None, Presence::Denied) => Reach::Refused("access denied with these credentials (HTTP 403)".into()),
        (None, Presence::Elsewhere | Presence::Refused) => Reach::Refused(format!("HTTP {}", location.status)),
    };
    Ok((client, reach))
}

/// A destination's reach and, when it is found, its versioning and (when the source has Object Lock)
/// its Object Lock.
async fn destination_facts(s: &Settings, src: &SourceFacts, dest: &str) -> anyhow::Result<DestinationFacts> {
    let url = format!("sos://{dest}");
    let (dc, reach) = locate(s, dest).await?;
    let (mut versioning, mut object_lock) = (None, None);
    if let Reach::Found { .. } = reach {
        let read = dc.get_bucket_versioning(dest).await;
        versioning = Some(fact(read, &format!("reading versioning of {url}"), dest)?);
        if src.object_lock.as_ref().and_then(Fact::known) == Some(true) {
            let read = dc.get_object_lock_configuration(dest).await.map(|l| l.enabled);
            object_lock = Some(fact(read, &format!("reading Object Lock of {url}"), dest)?);
        }
    }
    Ok(DestinationFacts {
        name: dest.to_string(),
        reach,
        versioning,
        object_lock,
    })
}

/// Runs every online prerequisite for replicating `source` with `cfg` (None: the config is unknown or
/// invalid, so only the source is checked); `c` is the source's client. Network failures are errors;
/// everything the server says is a row.
pub async fn prerequisites(
    s: &Settings,
    c: &Client,
    source: &str,
    cfg: Option<&ReplicationConfig>,
) -> anyhow::Result<Vec<Row>> {
    prerequisites_for(s, c, source, cfg, None).await
}

/// [`prerequisites`], and with `policy` (the Role's policy, `--policy`) the rows of what replication needs
/// from it ([`policy_rows`]): the source's Object Lock decides whether retention and legal hold are
/// needed, each bucket's zone is the `zone` of its requests.
pub async fn prerequisites_for(
    s: &Settings,
    c: &Client,
    source: &str,
    cfg: Option<&ReplicationConfig>,
    policy: Option<&Policy>,
) -> anyhow::Result<Vec<Row>> {
    let mut zones: Vec<(String, String)> = vec![(source.to_string(), c.region().to_string())];
    let src = source_facts(c, source).await?;
    let mut out: Vec<Row> = source_findings(&src)
        .iter()
        .map(|p| Row::of(s, p, &src, None))
        .collect();
    let Some(cfg) = cfg else { return Ok(out) };
    out.extend(existing_objects(c, source, cfg).await);
    for dest in cfg.destinations() {
        let d = differs(source, &dest);
        out.push(Row::of(s, &d, &src, None));
        if d.failed() {
            continue;
        }
        let facts = destination_facts(s, &src, &dest).await?;
        if let Reach::Found { zone: Some(z) } = &facts.reach {
            zones.push((dest.clone(), z.clone()));
        }
        out.extend(
            destination_findings(&src, &facts)
                .iter()
                .map(|p| Row::of(s, p, &src, Some(&facts))),
        );
    }
    if let Some(policy) = policy {
        let lock = match src.object_lock.as_ref().and_then(Fact::known) {
            Some(true) => SourceLock::Yes,
            Some(false) => SourceLock::No,
            None => SourceLock::Unknown,
        };
        let zone = |b: &str| {
            zones
                .iter()
                .find(|(n, _)| n == b)
                .map_or_else(|| s.zone.clone(), |(_, z)| z.clone())
        };
        let (rows, broad) = policy_rows(policy, cfg, source, lock, zone);
        for r in rows {
            let row = Row::new(POLICY_CHECK, &r.need.bucket, r.outcome, r.detail());
            out.push(match &r.fix {
                Some(f) => row.fix(f.hint()),
                None => row,
            });
        }
        for w in broad {
            out.push(Row::new("policy grants no more than needed", source, Outcome::Warn, w));
        }
    }
    Ok(out)
}

/// The check name of the `--policy` rows.
const POLICY_CHECK: &str = "role policy allows";

/// Reads `--policy FILE`: its findings on stderr; None (after saying so) when it has errors.
pub fn read_role_policy(p: &Printer, file: &str) -> anyhow::Result<Option<Policy>> {
    let (name, loaded) = read_policy_file(file)?;
    report_policy(p, &name, &loaded, "nothing checked");
    Ok(loaded.policy)
}

/// The check of the objects the source already holds.
const EXISTING: &str = "existing objects are replicated";

/// Objects listed in one page (a bounded look, not a count).
const EXISTING_PAGE: u32 = 1000;

/// A WARN row when the first page of the source's listing holds objects the rules select: replication
/// only copies new writes, so those are not replicated (None when there are none, or the listing fails:
/// that is no prerequisite).
async fn existing_objects(c: &Client, source: &str, cfg: &ReplicationConfig) -> Option<Row> {
    let opts = crate::s3::ListOptions {
        page_size: Some(EXISTING_PAGE),
        ..Default::default()
    };
    let page = c.list_objects_v2(source, &opts, None).await.ok()?;
    let n = page
        .objects
        .iter()
        .filter(|o| !model::targets(cfg, &o.key).is_empty())
        .count();
    if n == 0 {
        return None;
    }
    let more = if page.is_truncated { " or more" } else { "" };
    Some(
        Row::new(
            EXISTING,
            source,
            Outcome::Warn,
            format!(
                "{n}{more} existing {} will not be replicated (only new writes are)",
                if n == 1 && more.is_empty() { "object" } else { "objects" }
            ),
        )
        .fix(format!("run `sosctl bucket replication sync sos://{source}` after set")),
    )
}

impl Row {
    /// The warning about existing objects, as `set` prints it after applying a config.
    pub fn existing_objects_warning(&self) -> Option<String> {
        (self.check == EXISTING)
            .then(|| format!("warning: {}; {}", self.detail, self.fix.as_deref().unwrap_or_default()))
    }
}

/// Suffix of the name of a config read from the bucket (not a file).
const STORED: &str = " (stored)";

/// The row for the config's own validation; `name` is where it was read from.
fn config_check(source: &str, name: &str, loaded: &Loaded) -> Row {
    let (errors, warnings, _) = loaded.counts();
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
        Row::new(
            check,
            source,
            Outcome::Fail,
            format!("{}: {}{more}", plural(errors, "error"), first.join("; ")),
        )
        .fix(match name.strip_suffix(STORED) {
            Some(_) => format!("replace it with `sosctl bucket replication set sos://{source} FILE`"),
            None => format!("see `sosctl replication validate {}`", shell_word(name)),
        })
    } else if warnings > 0 {
        let first: Vec<String> = loaded
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .map(|f| f.to_string())
            .collect();
        Row::new(
            check,
            source,
            Outcome::Warn,
            format!("{}: {}", plural(warnings, "warning"), first.join("; ")),
        )
    } else {
        let n = loaded.config.as_ref().map_or(0, |c| c.rules.len());
        Row::new(check, source, Outcome::Pass, plural(n, "rule"))
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
pub fn check_table_text(checks: &[Row]) -> String {
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::ASCII_FULL_CONDENSED);
    t.set_header(CHECK_HEADER.to_vec());
    for c in checks {
        t.add_row(c.row());
    }
    t.to_string()
}

pub fn failed(checks: &[Row]) -> usize {
    checks.iter().filter(|c| c.outcome == Outcome::Fail).count()
}

/// `sosctl bucket replication check`.
pub async fn run(s: &Settings, a: CheckArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let p = s.printer();
    // Read local files before any request, so that a missing file is a plain usage error.
    let local = match &a.file {
        Some(f) => Some(read_input(f)?),
        None => None,
    };
    let policy = match &a.policy {
        Some(f) => match read_role_policy(&p, f)? {
            Some(policy) => Some(policy),
            None => return Ok(Exit::Invalid),
        },
        None => None,
    };
    // The first request: the stored config, or (with FILE) the source's versioning.
    let doing = match &local {
        None => format!("reading the replication configuration of sos://{bucket}"),
        Some(_) => format!("reading versioning of sos://{bucket}"),
    };
    let c = connect::client_for_bucket(s, &bucket, &doing).await?;
    let loaded = match local {
        Some((name, text)) => Some((name, model::load(&text, Some(&bucket)))),
        None => match c.get_bucket_replication(&bucket).await {
            Ok(Some(xml)) => Some((format!("sos://{bucket}{STORED}"), model::load(&xml, Some(&bucket)))),
            Ok(None) => None,
            // The source check below says what is wrong with the bucket itself.
            Err(e) if e.kind() == ErrorKind::NotFound(Missing::Bucket) => None,
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
    if let Some((name, l)) = &loaded {
        report(&p, name, l);
    }
    let cfg = loaded.as_ref().and_then(|(_, l)| l.config.as_ref());
    let mut checks = prerequisites_for(s, &c, &bucket, cfg, policy.as_ref()).await?;
    match &loaded {
        Some((name, l)) => checks.push(config_check(&bucket, name, l)),
        None => checks.push(
            Row::new(
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
                (Some(_), Some((name, _))) => Value::from(name.clone()),
                (None, Some(_)) => Value::from("stored"),
                _ => Value::Null,
            },
            "passed": n == 0,
            "checks": checks.iter().map(Row::json).collect::<Vec<_>>(),
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
            let rows: Vec<Vec<String>> = checks.iter().map(Row::row).collect();
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

    #[tokio::test]
    async fn a_destination_in_another_zone_is_followed_there_once() {
        use crate::cli::settings::Credentials;
        use crate::s3::scripted::{http, http_with, scripted};
        let fra = "x-amz-bucket-region: de-fra-1\r\n";
        let (ep, _) = scripted(vec![
            // The first endpoint sends the request to de-fra-1, whose endpoint (the same template) has it.
            Some(http_with("301 Moved Permanently", fra, "")),
            Some(http_with("200 OK", fra, "")),
            // There, the credentials are refused.
            Some(http_with("301 Moved Permanently", fra, "")),
            Some(http("403 Forbidden", "")),
            // A redirect that names no zone cannot be followed.
            Some(http("307 Temporary Redirect", "")),
        ])
        .await;
        // A run's settings each time: a run locates a bucket once.
        let run = || Settings::for_endpoint(&ep, "ch-dk-2", Credentials::new("AKIATEST", "s3cr3t", "test")).unwrap();
        let (dc, reach) = locate(&run(), "dst").await.unwrap();
        assert_eq!(
            reach,
            Reach::Found {
                zone: Some("de-fra-1".into())
            }
        );
        assert_eq!(dc.region(), "de-fra-1");
        let (_, reach) = locate(&run(), "dst").await.unwrap();
        assert_eq!(
            reach,
            Reach::Refused("the server redirects it to zone de-fra-1, where it answers HTTP 403".into())
        );
        let (_, reach) = locate(&run(), "dst").await.unwrap();
        let Reach::Refused(why) = reach else {
            panic!("{reach:?}")
        };
        assert!(why.starts_with("the server redirects (HTTP 307)"), "{why}");
    }

    #[test]
    fn file_names_in_hints_are_shell_words() {
        assert_eq!(shell_word("./config.json"), "./config.json");
        assert_eq!(shell_word("<stdin>"), "-");
        assert_eq!(shell_word("my config.json"), "'my config.json'");
    }
}
