//! `sosctl iam policy validate|eval`: offline tools on Exoscale IAM policies (no network, no config
//! file: only the output settings, and the global `--zone` as the zone of the request `eval` decides).
//!
//! Both read a policy file (or `-` for stdin) through the same model reader ([`iam::load`]) that the
//! bundled server will use, so that a policy that validates here is one the server accepts. `validate`
//! reports like `replication validate` (a table of findings and a summary line; exit 2 on errors);
//! `eval` prints the decision and what decided, and exits 0 when the request is allowed, 6 when denied.

use crate::cli::exit::{Exit, UsageError};
use crate::cli::findings::{FindingsReport, print_findings};
use crate::cli::iam::check::{read_policy_file, report_policy};
use crate::cli::input::read_input;
use crate::cli::output::{Format, Printer, plural};
use crate::cli::settings::{DEFAULT_ZONE, OutputSettings};
use crate::model::iam::{self, DecidedBy, Decision, Outcome, Policy, Request, SosOperation, Step};
use serde_json::{Value, json};
use std::net::IpAddr;

#[derive(Debug, clap::Subcommand)]
pub enum PolicyCommand {
    /// Validate an IAM policy: every problem at once, with its path and line:column; exit 2 if any error
    ///
    /// Checks the document against Exoscale's policy format: JSON syntax; the members
    /// default-service-strategy ("allow" or "deny") and services, each service with its type ("rules",
    /// "allow" or "deny") and rules, each rule with its action ("allow" or "deny") and expression; unknown
    /// keys (named with the closest valid one) and wrong types. Every expression is compiled as CEL, a
    /// syntax error pointing at its line:column in the file. Warnings (they do not fail): a rule's
    /// resources (deprecated, not supported by the service), rules that can never decide (an unknown
    /// variable, an SOS operation name that does not exist, with the closest one, an invalid IP range),
    /// a rules service without rules (everything denied), rules under an allow or deny type (ignored).
    ///
    /// -O json prints {"valid", "rules", "errors", "warnings", "notes", "findings": [{"severity", "path",
    /// "message", "line", "column"}]}.
    Validate {
        /// Policy file, or - for stdin
        file: String,
    },
    /// Evaluate a request against an IAM policy: allowed (exit 0) or denied (exit 6), and what decided
    ///
    /// As SOS evaluates it: a service the policy does not name gets default-service-strategy; a service of
    /// type allow or deny is decided by it; for type rules, the first rule whose expression is true decides
    /// with its action (a rule whose expression is false, fails to evaluate — a missing map key, a type
    /// error — or is not a boolean concludes nothing); when no rule decides, the request is denied. With
    /// --org-policy, the request must pass the organization policy too.
    ///
    /// The expression sees service ("sos"), operation, parameters (bucket, and key with --key), zone
    /// (the global --zone, else ch-dk-2: this is a request of your making, so neither the environment nor
    /// the config file is read for it), now (RFC 3339), source_ip, api_key (null without --api-key) and
    /// identity (identity.key is the API key or null), and Exoscale's source_ip.inIpRange('10.0.0.0/8')
    /// and parameters.has('key').
    ///
    /// -O json prints {"allowed", "decision", "decided_by": {"policy", "file", "kind", "service", "index",
    /// "action", "expression", "text"}, "steps": [{"index", "outcome", "detail"}], "policy", "org_policy",
    /// "request"}.
    /// An invalid policy is not evaluated: its problems go to stderr, nothing to stdout, exit 2.
    Eval(EvalArgs),
}

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// Policy file, or - for stdin
    pub file: String,
    /// The SOS operation, e.g. get-object, put-object, delete-object (an unknown name is warned about)
    #[arg(long, value_name = "OP")]
    pub operation: String,
    /// The bucket (parameters.bucket)
    #[arg(long, value_name = "BUCKET")]
    pub bucket: String,
    /// The object key (parameters.key) [default: none: parameters has no key]
    #[arg(long, value_name = "KEY")]
    pub key: Option<String>,
    /// The client's address (source_ip), IPv4 or IPv6
    #[arg(long = "source-ip", value_name = "IP", default_value = "127.0.0.1")]
    pub source_ip: IpAddr,
    /// The API key making the request (api_key, identity.key) [default: none: an anonymous request]
    #[arg(long = "api-key", value_name = "KEY")]
    pub api_key: Option<String>,
    /// The time of the request (now), RFC 3339, e.g. 2025-02-20T15:50:12Z [default: the current time]
    #[arg(long, value_name = "TIME", value_parser = rfc3339)]
    pub now: Option<time::OffsetDateTime>,
    /// The organization policy, which the request must pass too (file, or - for stdin) [default: allow-all]
    #[arg(long = "org-policy", value_name = "FILE")]
    pub org_policy: Option<String>,
}

fn rfc3339(s: &str) -> Result<time::OffsetDateTime, String> {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
        .map_err(|_| format!("`{s}` is not an RFC 3339 time (e.g. 2025-02-20T15:50:12Z)"))
}

/// `sosctl iam policy ...`; `zone` is the global `--zone`, if given.
pub fn run(out: &OutputSettings, zone: Option<&str>, command: PolicyCommand) -> anyhow::Result<Exit> {
    match command {
        PolicyCommand::Validate { file } => validate(out, &file),
        PolicyCommand::Eval(e) => eval(out, zone.unwrap_or(DEFAULT_ZONE), e),
    }
}

fn validate(out: &OutputSettings, file: &str) -> anyhow::Result<Exit> {
    let printer = out.printer();
    let (name, text) = read_input(file)?;
    let loaded = iam::load(&text);
    let valid = print_findings(
        &printer,
        FindingsReport {
            findings: &loaded.findings,
            rules: loaded.rules,
            config: false,
            summary_extra: Vec::new(),
            json_extra: serde_json::Map::new(),
            extra_table: None,
        },
    )?;
    if valid {
        Ok(Exit::Success)
    } else {
        eprintln!(
            "error: {name}: invalid IAM policy: {}",
            plural(loaded.errors(), "error")
        );
        Ok(Exit::Invalid)
    }
}

/// A policy argument read and checked, its problems on stderr (notes unless --quiet); `None` when it
/// has errors.
fn read_policy(p: &Printer, file: &str) -> anyhow::Result<(String, Option<Policy>)> {
    let (name, loaded) = read_policy_file(file)?;
    report_policy(p, &name, &loaded, "not evaluated");
    Ok((name, loaded.policy))
}

fn eval(out: &OutputSettings, zone: &str, a: EvalArgs) -> anyhow::Result<Exit> {
    let printer = out.printer();
    if a.file == "-" && a.org_policy.as_deref() == Some("-") {
        return Err(UsageError::new("the policy and --org-policy cannot both be read from stdin (-)").into());
    }
    // Both policies are read and reported before either is evaluated: every problem at once.
    let (name, policy) = read_policy(&printer, &a.file)?;
    let org = a.org_policy.as_deref().map(|f| read_policy(&printer, f)).transpose()?;
    let Some(policy) = policy else {
        return Ok(Exit::Invalid);
    };
    let org = match org {
        None => None,
        Some((org_name, Some(p))) => Some((org_name, p)),
        Some((_, None)) => return Ok(Exit::Invalid),
    };
    if SosOperation::from_name(&a.operation).is_none() {
        let hint = SosOperation::closest(&a.operation)
            .map(|c| format!(" (did you mean \"{c}\"?)"))
            .unwrap_or_default();
        eprintln!(
            "warning: --operation: \"{}\" is not an SOS operation{hint}",
            a.operation
        );
    }
    let mut req = Request::sos(&a.operation, Some(a.bucket.clone()), zone);
    req.key = a.key.clone();
    req.source_ip = a.source_ip;
    if let Some(now) = a.now {
        req.now = now;
    }
    if let Some(k) = &a.api_key {
        req = req.with_api_key(k);
    }
    let by_policy = policy.evaluate(&req);
    let by_org = org.as_ref().map(|(org_name, o)| (org_name.as_str(), o.evaluate(&req)));
    let decision = match &by_org {
        Some((_, o)) => Decision::combine(o.clone(), by_policy.clone()),
        None => by_policy.clone(),
    };
    let decider = match (&decision.by, &by_org) {
        (DecidedBy::OrgPolicy(_), Some((org_name, _))) => org_name,
        _ => name.as_str(),
    };
    // Each policy's own decision, beside the combined one.
    let summary_json =
        |(file, d): &(&str, Decision)| json!({"file": file, "decision": d.effect().as_str(), "text": d.by.to_string()});
    match printer.format {
        Format::Json => printer.json(&json!({
            "allowed": decision.allowed,
            "decision": decision.effect().as_str(),
            "decided_by": decided_by_json(&decision.by, decider),
            "steps": decision.steps.iter().map(step_json).collect::<Vec<_>>(),
            "policy": summary_json(&(name.as_str(), by_policy.clone())),
            "org_policy": by_org.as_ref().map(summary_json),
            "request": request_json(&req),
        }))?,
        Format::Table | Format::Text => {
            let rows = eval_rows(&decision, decider, by_org.as_ref(), &req);
            if printer.format == Format::Text {
                let lines: Vec<Vec<String>> = rows
                    .iter()
                    .map(|(k, v)| vec![k.clone(), v.replace('\n', "; ")])
                    .collect();
                printer.text_rows(&lines)?;
            } else {
                printer.kv_table(None, &rows)?;
            }
        }
    }
    Ok(if decision.allowed { Exit::Success } else { Exit::Denied })
}

fn expression(by: &DecidedBy) -> Option<&str> {
    match by.innermost() {
        DecidedBy::Rule { expression, .. } => Some(expression),
        _ => None,
    }
}

fn steps_text(steps: &[Step]) -> String {
    steps
        .iter()
        .map(|s| format!("rules[{}]: {}", s.index, s.outcome))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The rows of the table (and the text lines): the decision, what decided, and the request.
fn eval_rows(d: &Decision, decider: &str, by_org: Option<&(&str, Decision)>, req: &Request) -> Vec<(String, String)> {
    let dash = |s: Option<&str>| s.unwrap_or("-").to_string();
    let which = match d.by {
        DecidedBy::OrgPolicy(_) => format!("{decider} (organization policy)"),
        _ => decider.to_string(),
    };
    let mut rows = vec![
        ("Decision".to_string(), d.effect().to_string()),
        ("Decided by".into(), format!("{which}: {}", d.by.brief())),
    ];
    if let Some(e) = expression(&d.by) {
        rows.push(("Expression".into(), e.to_string()));
    }
    if !d.steps.is_empty() {
        rows.push(("Rules evaluated".into(), steps_text(&d.steps)));
    }
    let org = match by_org {
        Some((file, o)) => format!("{file}: {}", o.effect()),
        None => "none (allow-all)".to_string(),
    };
    rows.extend([
        ("Organization policy".into(), org),
        ("Operation".into(), req.operation.clone()),
        ("Bucket".into(), dash(req.bucket.as_deref())),
        ("Key".into(), dash(req.key.as_deref())),
        ("Zone".into(), req.zone.clone()),
        ("Source IP".into(), req.source_ip.to_string()),
        ("API key".into(), dash(req.api_key.as_deref())),
        ("Now".into(), req.now_rfc3339()),
    ]);
    rows
}

fn decided_by_json(by: &DecidedBy, file: &str) -> Value {
    let (index, action) = match by.innermost() {
        DecidedBy::Rule { index, action, .. } => (Some(*index), Some(action.as_str())),
        _ => (None, None),
    };
    json!({
        "policy": if matches!(by, DecidedBy::OrgPolicy(_)) { "org_policy" } else { "policy" },
        "file": file,
        "kind": by.kind(),
        "service": by.service(),
        "index": index,
        "action": action,
        "expression": expression(by),
        "text": by.to_string(),
    })
}

fn step_json(s: &Step) -> Value {
    let (outcome, detail) = match &s.outcome {
        Outcome::True => ("true", None),
        Outcome::False => ("false", None),
        Outcome::Error(e) => ("error", Some(e.as_str())),
        Outcome::NotBool(t) => ("not-a-boolean", Some(t.as_str())),
    };
    json!({"index": s.index, "outcome": outcome, "detail": detail})
}

fn request_json(req: &Request) -> Value {
    let mut parameters = serde_json::Map::new();
    if let Some(b) = &req.bucket {
        parameters.insert("bucket".into(), json!(b));
    }
    if let Some(k) = &req.key {
        parameters.insert("key".into(), json!(k));
    }
    json!({
        "service": req.service,
        "operation": req.operation,
        "parameters": parameters,
        "zone": req.zone,
        "now": req.now_rfc3339(),
        "source_ip": req.source_ip.to_string(),
        "api_key": req.api_key,
        "identity": req.identity,
    })
}
