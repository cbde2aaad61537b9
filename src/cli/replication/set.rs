//! `sosctl bucket replication set sos://BUCKET FILE`: validate the config as `replication validate`
//! does, check the prerequisites as `check` does, show what it changes against the stored config, ask
//! before removing or weakening anything, and only then send it.
//!
//! [`apply`] is the step after reading: shared with the per-rule edits of [`super::rule`].

use super::check::{Row, check_table_text, failed, prerequisites_for, read_role_policy};
use super::offline::{read_input, report};
use super::show::stored_xml;
use crate::cli::connect::{client_for_bucket, explain};
use crate::cli::exit::Exit;
use crate::cli::output::{Format, Printer, plural};
use crate::cli::prompt::confirm;
use crate::cli::settings::Settings;
use crate::cli::target;
use crate::model::config_diff::{self, Change};
use crate::model::iam::Policy;
use crate::model::{self, ReplicationConfig};
use crate::s3::Client;
use serde_json::{Value, json};

#[derive(Debug, clap::Args)]
#[command(after_long_help = SET_HELP)]
pub struct SetArgs {
    /// sos://BUCKET (the source)
    pub bucket: String,
    /// Config file (JSON or XML), or - for stdin
    pub file: String,
    #[command(flatten)]
    pub apply: ApplyArgs,
    /// The IAM policy of the config's Role: refuse (exit 2) when it denies an operation replication
    /// performs, as `bucket replication check --policy` reports it (checked with the prerequisites; not
    /// with --no-check)
    #[arg(long, value_name = "FILE", conflicts_with = "no_check")]
    pub policy: Option<String>,
}

/// The flags of every command that sends a configuration (`set`, `rule ...`).
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct ApplyArgs {
    /// Skip the online prerequisite checks
    #[arg(long)]
    pub no_check: bool,
    /// Print the changes and the XML that would be sent, send nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
    /// Apply changes that remove or weaken replication without asking
    #[arg(short = 'f', long)]
    pub force: bool,
}

const SET_HELP: &str = "\
The config is read and validated exactly as `sosctl replication validate --source BUCKET` does (errors and \
warnings on stderr, each with its path). Then, unless --no-check, the prerequisites are checked online as \
`bucket replication check` does: source versioning Enabled; each destination exists, is reachable with these \
credentials and has versioning Enabled; Object Lock on the source implies it on every destination; no \
destination is the source; with --policy FILE, the Role's policy allows every operation replication \
performs (rows as `bucket replication check --policy` prints them).

When the bucket already has a configuration, what the new one changes is printed on stderr, one line per \
change: `+ rule \"ID\": added (...)`, `- rule \"ID\": removed (...)`, `~ rule \"ID\": FIELD: OLD → NEW` \
(rules are matched by ID; rules without one by position). A change that removes or weakens replication is \
marked `(weakens)`: a rule removed or disabled, a destination changed, a filter narrowed or moved, \
DeleteMarkerReplication, ExistingObjectReplication, ReplicaModifications, SseKmsEncryptedObjects, \
ReplicationTime or Metrics no longer Enabled. Such changes are asked for on a terminal (y/N), and refused \
without -f when stdin is not one (exit 2, nothing sent). Only then is the XML document (the one --dry-run \
prints) sent. --dry-run prints the changes and the XML and sends nothing (no question asked); with \
--no-check too, nothing is read from the server either (no changes shown).

Output: table: the changes and a note on stderr; json {bucket, applied, dry_run, replaced, changes: [{rule, \
kind, field, old, new, weakens}], rules, destinations, checks}; text `bucket<TAB>applied`. --dry-run prints \
the XML document on stdout in every format.

Exit codes: 0 applied (or, with --dry-run, would be sent; or the question was answered no: nothing sent); 2 \
the config does not parse or validate, a prerequisite failed (the check table is printed on stderr, nothing \
is sent: the same code as `check`, so a pipeline treats both alike), or a change weakens replication and \
there is neither a terminal to ask nor -f; 1 the server refused the config (its S3 code and message are \
shown) or could not be reached.";

/// `sosctl bucket replication set`.
pub async fn run(s: &Settings, a: SetArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let p = s.printer();
    let (name, text) = read_input(&a.file)?;
    let policy = match &a.policy {
        Some(f) => match read_role_policy(&p, f)? {
            Some(policy) => Some(policy),
            None => return Ok(Exit::Invalid),
        },
        None => None,
    };
    let loaded = model::load(&text, Some(&bucket));
    report(&p, &name, &loaded);
    let Some(cfg) = loaded.valid() else {
        eprintln!(
            "error: {name}: invalid replication config: {}; nothing sent",
            crate::cli::findings::problems(&loaded.findings)
        );
        return Ok(Exit::Invalid);
    };
    if a.apply.no_check && a.apply.dry_run {
        // Nothing to read: print what would be sent without a server.
        p.note("note: --no-check --dry-run: the stored configuration is not read, so no changes are shown");
        p.raw(&model::to_xml(cfg))?;
        return Ok(Exit::Success);
    }
    // The first request: the source's versioning (a check), or the stored config.
    let doing = match a.apply.no_check {
        false => format!("reading versioning of sos://{bucket}"),
        true => format!("reading the replication configuration of sos://{bucket}"),
    };
    let c = client_for_bucket(s, &bucket, &doing).await?;
    apply(s, &c, &bucket, cfg, None, a.apply, policy.as_ref()).await
}

/// The stored config, as the diff compares it (`None` for [`apply`]: read it there).
pub enum Stored {
    /// The bucket has none.
    None,
    /// The config read (by a rule edit, which starts from it).
    Config(ReplicationConfig),
    /// A stored document that does not parse here (shown as its error; every change then asks).
    Unreadable(String),
}

/// Reads the stored config of `bucket` for a diff.
pub async fn read_stored(c: &Client, bucket: &str) -> anyhow::Result<Stored> {
    Ok(match stored_xml(c, bucket).await? {
        None => Stored::None,
        Some(xml) => match model::parse(&xml) {
            Ok(parsed) => Stored::Config(parsed.config),
            Err(errors) => Stored::Unreadable(errors.first().map(|f| f.to_string()).unwrap_or_default()),
        },
    })
}

/// Sends a valid `cfg` to `bucket`: the prerequisites (unless --no-check), the changes against the stored
/// config (read here unless given), a confirmation when one weakens replication, then the PUT (or, with
/// --dry-run, the XML on stdout), and the report in the chosen format.
pub async fn apply(
    s: &Settings,
    c: &Client,
    bucket: &str,
    cfg: &ReplicationConfig,
    stored: Option<Stored>,
    a: ApplyArgs,
    policy: Option<&Policy>,
) -> anyhow::Result<Exit> {
    let p = s.printer();
    let xml = model::to_xml(cfg);
    let dests = cfg.destinations();
    let mut checks = Vec::new();
    if !a.no_check {
        checks = prerequisites_for(s, c, bucket, Some(cfg), policy).await?;
        let n = failed(&checks);
        if n > 0 {
            if s.output.format == Format::Json {
                p.json(&json!({
                    "bucket": bucket,
                    "applied": false,
                    "dry_run": a.dry_run,
                    "rules": cfg.rules.len(),
                    "destinations": dests,
                    "checks": checks.iter().map(Row::json).collect::<Vec<_>>(),
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
    let stored = match stored {
        None => read_stored(c, bucket).await?,
        Some(st) => st,
    };
    let (changes, weakens) = match &stored {
        Stored::Config(old) => {
            let ch = config_diff::diff(old, cfg);
            let w = config_diff::weakens(&ch);
            (Some(ch), w)
        }
        Stored::Unreadable(why) => {
            eprintln!(
                "warning: the stored replication configuration of sos://{bucket} does not parse ({why}); \
                       its changes cannot be shown, and replacing it asks first"
            );
            (None, true)
        }
        Stored::None => (None, false),
    };
    if let Some(ch) = &changes {
        show_changes(&p, bucket, ch, weakens && !a.dry_run);
    }
    if a.dry_run {
        p.raw(&xml)?;
        return Ok(Exit::Success);
    }
    if weakens {
        let question = format!("apply these changes, which remove or weaken replication of sos://{bucket}");
        if !confirm(&question, a.force)? {
            p.note("aborted, nothing sent");
            return Ok(Exit::Success);
        }
    }
    c.put_bucket_replication(bucket, xml).await.map_err(|e| {
        explain(
            e,
            &format!("setting the replication configuration of sos://{bucket}"),
            bucket,
            None,
        )
    })?;
    match s.output.format {
        Format::Json => p.json(&json!({
            "bucket": bucket,
            "applied": true,
            "dry_run": false,
            "replaced": matches!(stored, Stored::Config(_) | Stored::Unreadable(_)),
            "changes": changes.as_deref().map(changes_json),
            "rules": cfg.rules.len(),
            "destinations": dests,
            "checks": checks.iter().map(Row::json).collect::<Vec<_>>(),
        }))?,
        Format::Text => p.line(&format!("{bucket}\tapplied"))?,
        Format::Table => p.note(&format!(
            "replication configuration of sos://{bucket} set: {} → {}",
            plural(cfg.rules.len(), "rule"),
            dests.join(", ")
        )),
    }
    for w in checks.iter().filter_map(Row::existing_objects_warning) {
        p.note(&w);
    }
    Ok(Exit::Success)
}

/// The changes on stderr (in every format: JSON carries them in its document too); printed even with
/// --quiet when a question follows, since the question is about them.
fn show_changes(p: &Printer, bucket: &str, changes: &[Change], asking: bool) {
    let say = |line: &str| {
        if asking {
            eprintln!("{line}");
        } else {
            p.note(line);
        }
    };
    if changes.is_empty() {
        say(&format!("no change to the replication configuration of sos://{bucket}"));
        return;
    }
    say(&format!(
        "{} to the replication configuration of sos://{bucket}:",
        plural(changes.len(), "change")
    ));
    for c in changes {
        say(&format!("  {}", c.line()));
    }
}

fn changes_json(changes: &[Change]) -> Value {
    changes
        .iter()
        .map(|c| {
            json!({
                "rule": c.rule,
                "kind": c.kind.as_str(),
                "field": c.field,
                "old": c.old,
                "new": c.new,
                "weakens": c.weakens,
            })
        })
        .collect()
}
