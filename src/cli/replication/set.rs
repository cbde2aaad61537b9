//! `sosctl bucket replication set sos://BUCKET FILE`: validate the config as `replication validate`
//! does, check the prerequisites as `check` does, and only then send it.

use super::check::{Row, check_table_text, failed, prerequisites};
use super::offline::{read_input, report};
use crate::cli::connect::{client_for_bucket, explain};
use crate::cli::exit::Exit;
use crate::cli::output::{Format, plural};
use crate::cli::settings::Settings;
use crate::cli::target;
use crate::model;
use serde_json::json;

#[derive(Debug, clap::Args)]
#[command(after_long_help = SET_HELP)]
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

/// `sosctl bucket replication set`.
pub async fn run(s: &Settings, a: SetArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let p = s.printer();
    let (name, text) = read_input(&a.file)?;
    let loaded = model::load(&text, Some(&bucket));
    report(&p, &name, &loaded);
    let Some(cfg) = loaded.valid() else {
        eprintln!(
            "error: {name}: invalid replication config: {}; nothing sent",
            plural(loaded.errors(), "error")
        );
        return Ok(Exit::Invalid);
    };
    let xml = model::to_xml(cfg);
    let dests = cfg.destinations();
    let mut checks = Vec::new();
    let c = if a.no_check && a.dry_run {
        None
    } else {
        // The first request: the source's versioning (a check), or the PUT itself.
        let doing = match a.no_check {
            false => format!("reading versioning of sos://{bucket}"),
            true => format!("setting the replication configuration of sos://{bucket}"),
        };
        Some(client_for_bucket(s, &bucket, &doing).await?)
    };
    if !a.no_check {
        let c = c.as_ref().expect("a client when checking");
        checks = prerequisites(s, c, &bucket, Some(cfg)).await?;
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
    match s.output.format {
        Format::Json => p.json(&json!({
            "bucket": bucket,
            "applied": true,
            "dry_run": false,
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
