//! Findings of a document (a replication config, an IAM policy) as the offline commands print them: one
//! diagnostic line each on stderr ([`diagnostic`]), or the report of `replication validate` and `iam policy
//! validate` ([`print_findings`]).

use crate::cli::output::{Format, Printer, plural};
use crate::model::{self, Finding};

/// One diagnostic line: `error: config.json:3:15: Rules[0].Filter (rule "r1"): unknown key ...`.
pub fn diagnostic(name: &str, f: &Finding) -> String {
    let mut s = format!("{}: {name}", f.severity);
    if let Some((line, col)) = f.line_col {
        s.push_str(&format!(":{line}:{col}"));
    }
    s.push_str(": ");
    if !f.path.is_empty() {
        s.push_str(&f.path);
        if let Some(id) = &f.rule_id {
            s.push_str(&format!(" (rule \"{id}\")"));
        }
        s.push_str(": ");
    }
    s.push_str(&f.message);
    s
}

/// `2 errors, 1 warning`: the problems of an invalid document, counted together (notes are not problems).
pub fn problems(findings: &[Finding]) -> String {
    let (errors, warnings, _) = model::counts(findings);
    if warnings == 0 {
        plural(errors, "error")
    } else {
        format!("{}, {}", plural(errors, "error"), plural(warnings, "warning"))
    }
}

/// A document's findings as `replication validate` and `iam policy validate` print them, with what a
/// caller adds (the `--policy` rows).
pub struct FindingsReport<'a> {
    pub findings: &'a [Finding],
    /// Rules in the document, when it could be read.
    pub rules: Option<usize>,
    /// A replication config: the Rule column and the S3 code of each finding.
    pub config: bool,
    /// Parts appended to the summary line.
    pub summary_extra: Vec<String>,
    /// Members added to the JSON document.
    pub json_extra: serde_json::Map<String, serde_json::Value>,
    /// A second table (header, rows) printed after the findings: in the table format before the summary
    /// line, in the text format as more rows.
    pub extra_table: Option<(Vec<&'static str>, Vec<Vec<String>>)>,
}

/// `path (5:23)`, `5:23` at the top, `-` when neither is known.
fn location(f: &Finding) -> String {
    match (f.path.is_empty(), f.line_col) {
        (false, Some((l, c))) => format!("{} ({l}:{c})", f.path),
        (false, None) => f.path.clone(),
        (true, Some((l, c))) => format!("{l}:{c}"),
        (true, None) => "-".to_string(),
    }
}

/// Prints a [`FindingsReport`]: JSON {valid, rules, errors, warnings, notes, findings, ...extra}; a table
/// of findings and a summary line; or text rows (path and position in separate fields, for cut and awk).
/// Returns whether the document is valid (no error).
pub fn print_findings(p: &Printer, r: FindingsReport<'_>) -> std::io::Result<bool> {
    let (errors, warnings, notes) = model::counts(r.findings);
    let valid = errors == 0;
    let rule_id = |f: &Finding| f.rule_id.clone().unwrap_or_else(|| "-".into());
    match p.format {
        Format::Json => {
            let items: Vec<serde_json::Value> = r
                .findings
                .iter()
                .map(|f| {
                    let mut item = serde_json::json!({
                        "severity": f.severity.as_str(),
                        "path": f.path,
                        "message": f.message,
                        "line": f.line_col.map(|(l, _)| l),
                        "column": f.line_col.map(|(_, c)| c),
                    });
                    if r.config {
                        item["rule_id"] = serde_json::json!(f.rule_id);
                        item["code"] = serde_json::json!((!f.s3_code.is_empty()).then_some(f.s3_code));
                    }
                    item
                })
                .collect();
            let mut doc = serde_json::json!({
                "valid": valid,
                "rules": r.rules,
                "errors": errors,
                "warnings": warnings,
                "notes": notes,
                "findings": items,
            });
            if let Some(m) = doc.as_object_mut() {
                m.extend(r.json_extra);
            }
            p.json(&doc)?;
        }
        Format::Table => {
            if !r.findings.is_empty() {
                let rows: Vec<Vec<String>> = r
                    .findings
                    .iter()
                    .map(|f| {
                        let mut row = vec![f.severity.to_string(), location(f)];
                        if r.config {
                            row.push(rule_id(f));
                        }
                        row.push(f.message.clone());
                        row
                    })
                    .collect();
                let header: &[&str] = if r.config {
                    &["Severity", "Path", "Rule", "Message"]
                } else {
                    &["Severity", "Path", "Message"]
                };
                p.table(header, &rows)?;
            }
            if let Some((header, rows)) = &r.extra_table {
                p.table(header, rows)?;
            }
            let mut parts: Vec<String> = r.rules.map(|n| plural(n, "rule")).into_iter().collect();
            for (n, what) in [(errors, "error"), (warnings, "warning"), (notes, "note")] {
                if n > 0 {
                    parts.push(plural(n, what));
                }
            }
            parts.extend(r.summary_extra);
            p.line(&format!(
                "{}: {}",
                if valid { "valid" } else { "invalid" },
                parts.join(", ")
            ))?;
        }
        Format::Text => {
            let mut rows: Vec<Vec<String>> = r
                .findings
                .iter()
                .map(|f| {
                    let mut row = vec![
                        f.severity.to_string(),
                        if f.path.is_empty() { "-".into() } else { f.path.clone() },
                        f.line_col.map_or_else(|| "-".into(), |(l, c)| format!("{l}:{c}")),
                    ];
                    if r.config {
                        row.push(rule_id(f));
                    }
                    row.push(f.message.clone());
                    row
                })
                .collect();
            if let Some((_, extra)) = r.extra_table {
                rows.extend(extra);
            }
            let empty = rows.is_empty();
            p.text_rows(&rows)?;
            if empty {
                let mut parts: Vec<String> = r.rules.map(|n| plural(n, "rule")).into_iter().collect();
                parts.extend(r.summary_extra);
                p.line(&format!(
                    "{}: {}",
                    if valid { "valid" } else { "invalid" },
                    parts.join(", ")
                ))?;
            }
        }
    }
    Ok(valid)
}
