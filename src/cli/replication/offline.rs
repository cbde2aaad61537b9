//! `sosctl replication convert|validate`: offline tools on replication configs (no network, no config
//! file, no zone: only the output settings).
//!
//! Both read a config file (or `-` for stdin) in either wire form. Diagnostics go to stderr as
//! `error: FILE:LINE:COL: PATH: message`, so that stdout holds only the converted document or the report.
//! The reading and validation ([`model::load`]) is also what `bucket replication set` and `check` apply to
//! the config they are given, so that all three word every finding alike ([`report`]).

use crate::cli::exit::Exit;
pub use crate::cli::findings::diagnostic;
use crate::cli::findings::{FindingsReport, print_findings, problems};
use crate::cli::iam::check::{POLICY_HEADER, offline_policy_rows, policy_row_cells, policy_summary, read_policy_file};
pub use crate::cli::input::read_input;
use crate::cli::output::{Printer, plural};
use crate::cli::settings::OutputSettings;
use crate::model::prereq::Outcome;
use crate::model::{self, Loaded, Severity};

#[derive(Debug, clap::Args)]
pub struct ReplicationArgs {
    #[command(subcommand)]
    pub command: OfflineCommand,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ConvertTo {
    Xml,
    Json,
}

#[derive(Debug, clap::Subcommand)]
pub enum OfflineCommand {
    /// Convert a config JSON -> XML (default) or XML -> JSON; the input format is detected
    ///
    /// The XML is the exact wire document (S3 namespace, model element order), the same bytes for the same
    /// config. JSON keys match case-insensitively and the `{"ReplicationConfiguration": ...}` wrapper of
    /// `aws s3api get-bucket-replication` is accepted; an unknown key is an error naming the closest valid
    /// one (exo ignores it). exo's defaults (Filter Prefix "", Priority 0, DeleteMarkerReplication
    /// Disabled) are applied to JSON and reported as notes on stderr. An invalid config is not converted:
    /// every problem is printed on stderr and the exit code is 2.
    Convert {
        /// Config file, or - for stdin
        file: String,
        /// Output format
        #[arg(long, value_enum, default_value = "xml")]
        to: ConvertTo,
    },
    /// Validate a config: every problem at once, with its path; exit 2 if any error
    ///
    /// Runs every check that needs no bucket state: structure and unknown keys, Role, rule count, IDs,
    /// Status, Filter, unique priorities, V1/V2 rules, destination bucket names, ReplicationTime and
    /// Metrics, prefix lengths; warns about what SOS does not honour (tag filters never match, SSE-KMS,
    /// replication time, metrics, account, storage class, existing-object replication). Warnings and notes
    /// do not fail.
    ///
    /// With --policy FILE (and --source), the IAM policy of the config's Role is checked too: one row per
    /// operation replication performs (get-object on the source; put-object, put-object-retention and
    /// put-object-legal-hold, delete-object with DeleteMarkerReplication Enabled, on each destination), the
    /// policy rule that decided, and for a denial the rule to add. Offline the source's Object Lock is
    /// unknown: a denied retention or legal hold is a WARN; any other denial FAILs (exit 2). -O json adds
    /// "policy": {"file", "checked", "passed", "rows": [{"operation", "bucket", "rules", "result",
    /// "allowed", "decided_by", "detail", "fix", "fix_rule"}], "broad_grants"}.
    ///
    /// -O json prints {"valid", "rules", "errors", "warnings", "notes", "findings": [{"severity", "path",
    /// "rule_id", "message", "code", "line", "column"}]}, where code is the S3 error code a server answers
    /// with (MalformedXML, InvalidArgument, InvalidRequest; null for warnings and notes) and line/column
    /// point into the input: at the syntax error, or at the member concerned (its rule when it is absent).
    Validate(ValidateArgs),
}

#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// Config file, or - for stdin
    pub file: String,
    /// The source bucket, to add the source != destination check (required with --policy)
    #[arg(long, value_name = "BUCKET")]
    pub source: Option<String>,
    /// The IAM policy of the config's Role: check that it allows what replication performs (one PASS/FAIL
    /// row per operation and bucket, with the rule to add when denied; exit 2 on a FAIL)
    #[arg(long, value_name = "FILE", requires = "source")]
    pub policy: Option<String>,
}

/// `sosctl replication convert|validate`; `zone` is the global `--zone` (the zone of the requests
/// `--policy` decides).
pub fn run(out: &OutputSettings, zone: Option<&str>, a: ReplicationArgs) -> anyhow::Result<Exit> {
    match a.command {
        OfflineCommand::Convert { file, to } => convert(out, &file, to),
        OfflineCommand::Validate(v) => validate(out, zone, v),
    }
}

/// Errors and warnings of a config read from `name` on stderr (as `replication validate` words them),
/// notes unless --quiet.
pub fn report(p: &Printer, name: &str, loaded: &Loaded) {
    for f in &loaded.findings {
        match f.severity {
            Severity::Note => p.note(&diagnostic(name, f)),
            _ => eprintln!("{}", diagnostic(name, f)),
        }
    }
}

fn convert(out: &OutputSettings, file: &str, to: ConvertTo) -> anyhow::Result<Exit> {
    let printer = out.printer();
    let (name, text) = read_input(file)?;
    let loaded = model::load(&text, None);
    let Some(config) = &loaded.config else {
        for f in &loaded.findings {
            eprintln!("{}", diagnostic(&name, f));
        }
        return Ok(Exit::Invalid);
    };
    let errors = loaded.errors();
    if errors > 0 {
        for f in loaded.findings.iter().filter(|f| f.severity != Severity::Note) {
            eprintln!("{}", diagnostic(&name, f));
        }
        eprintln!("error: {name}: not converted: {}", plural(errors, "error"));
        return Ok(Exit::Invalid);
    }
    for f in &loaded.findings {
        match f.severity {
            Severity::Warning => eprintln!("{}", diagnostic(&name, f)),
            _ => printer.note(&diagnostic(&name, f)),
        }
    }
    match to {
        ConvertTo::Xml => printer.raw(&model::to_xml(config))?,
        ConvertTo::Json => printer.json(&model::to_json(config))?,
    }
    Ok(Exit::Success)
}

fn validate(out: &OutputSettings, zone: Option<&str>, a: ValidateArgs) -> anyhow::Result<Exit> {
    let printer = out.printer();
    let (name, text) = read_input(&a.file)?;
    // The policy is read before anything is printed: an unreadable policy file is a usage error.
    let policy = a.policy.as_deref().map(read_policy_file).transpose()?;
    let Loaded { findings, config, .. } = model::load(&text, a.source.as_deref());
    let mut report = FindingsReport {
        findings: &findings,
        rules: config.as_ref().map(|c| c.rules.len()),
        config: true,
        summary_extra: Vec::new(),
        json_extra: serde_json::Map::new(),
        extra_table: None,
    };
    let mut denied = 0;
    if let Some((policy_name, loaded)) = &policy {
        let (rows, json) = offline_policy_rows(
            &printer,
            policy_name,
            loaded,
            config.as_ref().filter(|_| model::counts(&findings).0 == 0),
            a.source.as_deref().unwrap_or_default(),
            zone,
        );
        denied = rows.iter().filter(|r| r.outcome == Outcome::Fail).count();
        report.summary_extra.push(format!("policy: {}", policy_summary(&rows)));
        report.json_extra.insert("policy".into(), json);
        report.extra_table = Some((POLICY_HEADER.to_vec(), rows.iter().map(policy_row_cells).collect()));
    }
    let valid = print_findings(&printer, report)?;
    let policy_invalid = policy.as_ref().is_some_and(|(_, l)| l.policy.is_none());
    if !valid {
        eprintln!("error: {name}: invalid replication config: {}", problems(&findings));
        return Ok(Exit::Invalid);
    }
    if policy_invalid {
        return Ok(Exit::Invalid);
    }
    if denied > 0 {
        let policy_name = policy.as_ref().map(|(n, _)| n.as_str()).unwrap_or_default();
        eprintln!(
            "error: {policy_name}: the policy denies {} replication performs",
            plural(denied, "operation")
        );
        return Ok(Exit::Invalid);
    }
    Ok(Exit::Success)
}
