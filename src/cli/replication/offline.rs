//! `sosctl replication convert|validate`: offline tools on replication configs (no network, no config
//! file, no zone: only the output settings).
//!
//! Both read a config file (or `-` for stdin) in either wire form. Diagnostics go to stderr as
//! `error: FILE:LINE:COL: PATH: message`, so that stdout holds only the converted document or the report.
//! The reading and validation ([`model::load`]) is also what `bucket replication set` and `check` apply to
//! the config they are given, so that all three word every finding alike ([`report`]).

use crate::cli::exit::{Exit, UsageError};
use crate::cli::output::{Format, Printer, plural};
use crate::cli::settings::OutputSettings;
use crate::model::{self, Finding, Loaded, MAX_DOCUMENT_BYTES, Severity};
use anyhow::Context;
use std::io::Read;

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
    /// -O json prints {"valid", "rules", "errors", "warnings", "notes", "findings": [{"severity", "path",
    /// "rule_id", "message", "code", "line", "column"}]}, where code is the S3 error code a server answers
    /// with (MalformedXML, InvalidArgument, InvalidRequest; null for warnings and notes) and line/column
    /// point into the input: at the syntax error, or at the member concerned (its rule when it is absent).
    Validate {
        /// Config file, or - for stdin
        file: String,
        /// The source bucket, to add the source != destination check
        #[arg(long, value_name = "BUCKET")]
        source: Option<String>,
    },
}

/// `sosctl replication convert|validate`.
pub fn run(out: &OutputSettings, a: ReplicationArgs) -> anyhow::Result<Exit> {
    match a.command {
        OfflineCommand::Convert { file, to } => convert(out, &file, to),
        OfflineCommand::Validate { file, source } => validate(out, &file, source.as_deref()),
    }
}

/// Reads a config argument: a file path, or `-` for stdin. Returns the name to show in diagnostics and
/// the text. A missing, too large or non-UTF-8 file, or a directory, is invalid input (exit 2); other I/O
/// errors exit 1. Never more than one byte past S3's limit is read, so that `/dev/zero` or a huge file
/// is refused instead of filling memory.
pub fn read_input(file: &str) -> anyhow::Result<(String, String)> {
    let (name, read) = if file == "-" {
        ("<stdin>".to_string(), read_limited(std::io::stdin().lock()))
    } else {
        let opened = std::fs::File::open(file);
        (file.to_string(), opened.and_then(read_limited))
    };
    let bytes = match read {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(UsageError::new(format!("{file}: no such file")).into());
        }
        Err(e) if e.kind() == std::io::ErrorKind::IsADirectory => {
            return Err(UsageError::new(format!("{file}: is a directory, not a config file")).into());
        }
        Err(e) if file == "-" => return Err(e).context("reading the config from stdin"),
        Err(e) => return Err(e).with_context(|| format!("reading {file}")),
    };
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(UsageError::new(format!(
            "{name}: the config is larger than S3's limit of 2 MB ({MAX_DOCUMENT_BYTES} bytes); not read further"
        ))
        .into());
    }
    let text =
        String::from_utf8(bytes).map_err(|_| UsageError::new(format!("{name}: the config is not UTF-8 text")))?;
    Ok((name, text))
}

/// Everything a reader holds up to one byte past [`MAX_DOCUMENT_BYTES`] (that byte tells it is too large).
fn read_limited(r: impl Read) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    r.take(MAX_DOCUMENT_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

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

fn validate(out: &OutputSettings, file: &str, source: Option<&str>) -> anyhow::Result<Exit> {
    let printer = out.printer();
    let (name, text) = read_input(file)?;
    let Loaded { findings, config, .. } = model::load(&text, source);
    let rules = config.map(|c| c.rules.len());
    let (errors, warnings, notes) = model::counts(&findings);
    let valid = errors == 0;
    let location = |f: &Finding| match (f.path.is_empty(), f.line_col) {
        (false, Some((l, c))) => format!("{} ({l}:{c})", f.path),
        (false, None) => f.path.clone(),
        (true, Some((l, c))) => format!("{l}:{c}"),
        (true, None) => "-".to_string(),
    };
    let rows: Vec<Vec<String>> = findings
        .iter()
        .map(|f| {
            vec![
                f.severity.to_string(),
                location(f),
                f.rule_id.clone().unwrap_or_else(|| "-".into()),
                f.message.clone(),
            ]
        })
        .collect();
    let summary = {
        let mut parts = Vec::new();
        if let Some(n) = rules {
            parts.push(plural(n, "rule"));
        }
        if errors > 0 {
            parts.push(plural(errors, "error"));
        }
        if warnings > 0 {
            parts.push(plural(warnings, "warning"));
        }
        if notes > 0 {
            parts.push(plural(notes, "note"));
        }
        format!("{}: {}", if valid { "valid" } else { "invalid" }, parts.join(", "))
    };
    match printer.format {
        Format::Json => {
            let items: Vec<serde_json::Value> = findings
                .iter()
                .map(|f| {
                    serde_json::json!({
                        "severity": f.severity.as_str(),
                        "path": f.path,
                        "rule_id": f.rule_id,
                        "message": f.message,
                        "code": (!f.s3_code.is_empty()).then_some(f.s3_code),
                        "line": f.line_col.map(|(l, _)| l),
                        "column": f.line_col.map(|(_, c)| c),
                    })
                })
                .collect();
            printer.json(&serde_json::json!({
                "valid": valid,
                "rules": rules,
                "errors": errors,
                "warnings": warnings,
                "notes": notes,
                "findings": items,
            }))?;
        }
        Format::Table => {
            if !rows.is_empty() {
                printer.table(&["Severity", "Path", "Rule", "Message"], &rows)?;
            }
            printer.line(&summary)?;
        }
        Format::Text => {
            // Path and position in separate fields, for cut and awk.
            let rows: Vec<Vec<String>> = findings
                .iter()
                .map(|f| {
                    vec![
                        f.severity.to_string(),
                        if f.path.is_empty() { "-".into() } else { f.path.clone() },
                        f.line_col.map_or_else(|| "-".into(), |(l, c)| format!("{l}:{c}")),
                        f.rule_id.clone().unwrap_or_else(|| "-".into()),
                        f.message.clone(),
                    ]
                })
                .collect();
            printer.text_rows(&rows)?;
            if rows.is_empty() {
                printer.line(&summary)?;
            }
        }
    }
    if valid {
        Ok(Exit::Success)
    } else {
        eprintln!("error: {name}: invalid replication config: {}", plural(errors, "error"));
        Ok(Exit::Invalid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::exit::{code_for, render};

    #[test]
    fn an_endless_or_oversized_config_is_refused_without_reading_it_all() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.json");
        std::fs::write(&big, vec![b' '; 3 * 1024 * 1024]).unwrap();
        for file in ["/dev/zero".to_string(), big.display().to_string()] {
            let e = read_input(&file).unwrap_err();
            let msg = render(&e);
            assert_eq!(code_for(&e), 2, "{msg}");
            assert!(msg.contains(&file) && msg.contains("2 MB"), "{msg}");
        }
        // stdin goes through the same bounded read.
        let endless = read_limited(std::io::repeat(b'{')).unwrap();
        assert_eq!(endless.len(), MAX_DOCUMENT_BYTES + 1);
        // Up to the limit, a file is read whole.
        let full = dir.path().join("full.json");
        std::fs::write(&full, vec![b' '; MAX_DOCUMENT_BYTES]).unwrap();
        let (name, text) = read_input(&full.display().to_string()).unwrap();
        assert_eq!(
            (name.as_str(), text.len()),
            (full.to_str().unwrap(), MAX_DOCUMENT_BYTES)
        );
    }
}
