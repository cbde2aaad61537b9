//! What replication needs from its role's policy, for the commands that take `--policy FILE`
//! (`replication validate`, `bucket replication check|set`): reading the policy file, and the rows of
//! [`crate::model::iam::replication`] as table cells, text and JSON. The checking itself is the model's.

use crate::cli::findings::diagnostic;
use crate::cli::input::read_input;
use crate::cli::output::{Printer, plural};
use crate::model::iam::replication::{self, PolicyRow, SourceLock};
use crate::model::iam::{self, LoadedPolicy, Policy};
use crate::model::prereq::Outcome;
use crate::model::{ReplicationConfig, Severity};
use serde_json::{Value, json};

/// The columns of the policy rows.
pub const POLICY_HEADER: [&str; 6] = ["Operation", "Bucket", "Config rules", "Result", "Decided by", "Fix"];

/// Reads and checks a policy file (or `-`): its name for diagnostics and what the model read. A missing
/// or unreadable file is a usage error (exit 2), as for a config file.
pub fn read_policy_file(file: &str) -> anyhow::Result<(String, LoadedPolicy)> {
    let (name, _, loaded) = read_policy_text(file)?;
    Ok((name, loaded))
}

/// [`read_policy_file`], with the text as read (to send the document as written).
pub fn read_policy_text(file: &str) -> anyhow::Result<(String, String, LoadedPolicy)> {
    let (name, text) = read_input(file)?;
    let loaded = iam::load(&text);
    Ok((name, text, loaded))
}

/// A policy's findings on stderr (notes unless --quiet) and, when it has errors, a line saying it was not
/// used (`what`: "not evaluated", "not checked", "nothing created").
pub fn report_policy(p: &Printer, name: &str, loaded: &LoadedPolicy, what: &str) {
    for f in &loaded.findings {
        match f.severity {
            Severity::Note => p.note(&diagnostic(name, f)),
            _ => eprintln!("{}", diagnostic(name, f)),
        }
    }
    if loaded.policy.is_none() {
        eprintln!(
            "error: {name}: invalid IAM policy, {what}: {}",
            plural(loaded.errors(), "error")
        );
    }
}

/// The rows for `policy` and `cfg` replicating `source`, and the warnings about grants far broader than
/// needed; `zone` gives each bucket's zone.
pub fn policy_rows(
    policy: &Policy,
    cfg: &ReplicationConfig,
    source: &str,
    lock: SourceLock,
    zone: impl Fn(&str) -> String,
) -> (Vec<PolicyRow>, Vec<String>) {
    let needs = replication::needs(cfg, source, lock);
    let rows = replication::check(policy, &needs, lock, &zone);
    let mut buckets = vec![source.to_string()];
    buckets.extend(cfg.destinations());
    let broad = replication::broad_grants(policy, &buckets, &zone);
    (rows, broad)
}

/// `--policy` of `replication validate`: the policy's findings and the broad-grant warnings go to stderr;
/// the rows (none when the policy or the config is invalid) and their JSON come back. Offline, the
/// source's Object Lock is unknown: retention and legal hold are checked, a denial of them is a WARN.
pub fn offline_policy_rows(
    p: &Printer,
    name: &str,
    loaded: &LoadedPolicy,
    cfg: Option<&ReplicationConfig>,
    source: &str,
    zone: Option<&str>,
) -> (Vec<PolicyRow>, Value) {
    report_policy(p, name, loaded, "not checked");
    let (Some(policy), Some(cfg)) = (&loaded.policy, cfg) else {
        return (Vec::new(), json!({"file": name, "checked": false, "rows": []}));
    };
    let zone = zone.unwrap_or(crate::cli::settings::DEFAULT_ZONE).to_string();
    let (rows, broad) = policy_rows(policy, cfg, source, SourceLock::Unknown, |_| zone.clone());
    for w in &broad {
        eprintln!("warning: {name}: {w}");
    }
    let json = policy_json(name, &rows, &broad);
    (rows, json)
}

/// `{file, checked, passed, rows: [...], broad_grants: [...]}`.
pub fn policy_json(name: &str, rows: &[PolicyRow], broad: &[String]) -> Value {
    json!({
        "file": name,
        "checked": true,
        "passed": !rows.iter().any(|r| r.outcome == Outcome::Fail),
        "rows": rows.iter().map(row_json).collect::<Vec<_>>(),
        "broad_grants": broad,
    })
}

/// One row as JSON: {operation, bucket, rules, result, allowed, decided_by, detail, fix, fix_rule}.
pub fn row_json(r: &PolicyRow) -> Value {
    json!({
        "operation": r.need.operation.as_str(),
        "bucket": r.need.bucket,
        "rules": r.need.rules,
        "result": r.outcome.as_str(),
        "allowed": r.allowed,
        "decided_by": r.decided_by.to_string(),
        "detail": r.detail(),
        "fix": r.fix.as_ref().map(|f| f.hint()),
        "fix_rule": r.fix.as_ref().map(|f| f.rule()),
    })
}

/// One row as the cells of [`POLICY_HEADER`].
pub fn policy_row_cells(r: &PolicyRow) -> Vec<String> {
    vec![
        r.need.operation.to_string(),
        r.need.bucket.clone(),
        r.need.rules.join(", "),
        r.outcome.as_str().to_string(),
        r.decided_by.brief(),
        r.fix.as_ref().map_or_else(|| "-".into(), |f| f.hint()),
    ]
}

/// `5 operations allowed, 1 denied`.
pub fn policy_summary(rows: &[PolicyRow]) -> String {
    if rows.is_empty() {
        return "not checked".to_string();
    }
    let denied = rows.iter().filter(|r| !r.allowed).count();
    let failed = rows.iter().filter(|r| r.outcome == Outcome::Fail).count();
    let mut s = format!("{} allowed", plural(rows.len() - denied, "operation"));
    if denied > 0 {
        s.push_str(&format!(", {denied} denied ({failed} failing)"));
    }
    s
}
