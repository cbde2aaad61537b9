//! What replication needs from its role's policy, as data: the operations the replication of a config
//! performs on which bucket ([`needs`], [`version_needs`] for one version in the server's engine), each
//! checked against a policy into a PASS/FAIL row that names what decided ([`check`]), with a fix hint that
//! is a rule to add — one that works: [`Fix::apply`] adds it to the document and the row then passes — and
//! warnings when the policy grants far more than replication needs ([`broad_grants`]).
//!
//! The operations, after the guide: `get-object` on the source; `put-object` and the `put-object-*`
//! calls replication makes on each destination (`put-object-retention` and `put-object-legal-hold` when
//! the source has Object Lock: a replica carries its source's lock); `delete-object` on a destination
//! whose rule has DeleteMarkerReplication Enabled.

use super::eval::DecidedBy;
use super::operations::SosOperation;
use super::policy::{Effect, Policy, ServicePolicy};
use super::request::{Request, SOS};
use crate::model::prereq::Outcome;
use crate::model::{ReplicationConfig, bucket_name};
use serde_json::{Value, json};

/// Whether an operation is needed whatever the source holds, or only when the source has Object Lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    /// Only for a source with Object Lock. When that is unknown (offline, no source bucket to ask), a
    /// denial is a warning, not a failure.
    SourceObjectLock,
}

/// One operation replication performs on one bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Need {
    pub operation: SosOperation,
    pub bucket: String,
    /// The config's rules that need it (their IDs; `#N` for a rule without one, counting from 1).
    pub rules: Vec<String>,
    pub when: When,
    /// Why replication performs it, for people: "read the source version".
    pub why: &'static str,
}

/// Whether the source has Object Lock, as far as the caller knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceLock {
    Yes,
    No,
    Unknown,
}

/// The operations replicating `source` with `cfg` performs, in order: the source's first, then each
/// destination's (rule order), each (operation, bucket) once with every rule that needs it. Retention and
/// legal hold are left out when the source is known to have no Object Lock.
pub fn needs(cfg: &ReplicationConfig, source: &str, lock: SourceLock) -> Vec<Need> {
    let mut out: Vec<Need> = Vec::new();
    let mut add = |op: SosOperation, bucket: &str, rule: &str, when: When, why: &'static str| match out
        .iter_mut()
        .find(|n| n.operation == op && n.bucket == bucket)
    {
        Some(n) => {
            if !n.rules.iter().any(|r| r == rule) {
                n.rules.push(rule.to_string());
            }
        }
        None => out.push(Need {
            operation: op,
            bucket: bucket.to_string(),
            rules: vec![rule.to_string()],
            when,
            why,
        }),
    };
    let rule_name = |i: usize, id: &Option<String>| id.clone().unwrap_or_else(|| format!("#{}", i + 1));
    for (i, r) in cfg.rules.iter().enumerate() {
        add(
            SosOperation::GetObject,
            source,
            &rule_name(i, &r.id),
            When::Always,
            "read the source version",
        );
    }
    for (i, r) in cfg.rules.iter().enumerate() {
        let dest = bucket_name(&r.destination.bucket);
        if dest.is_empty() {
            continue;
        }
        let name = rule_name(i, &r.id);
        add(SosOperation::PutObject, dest, &name, When::Always, "write the replica");
        if lock != SourceLock::No {
            add(
                SosOperation::PutObjectRetention,
                dest,
                &name,
                When::SourceObjectLock,
                "copy the source's retention to the replica",
            );
            add(
                SosOperation::PutObjectLegalHold,
                dest,
                &name,
                When::SourceObjectLock,
                "copy the source's legal hold to the replica",
            );
        }
        if r.delete_marker_replication
            .as_ref()
            .is_some_and(|d| d.status == "Enabled")
        {
            add(
                SosOperation::DeleteObject,
                dest,
                &name,
                When::Always,
                "replicate delete markers (DeleteMarkerReplication Enabled)",
            );
        }
    }
    out
}

/// What the replication of one version to one destination performs: `get-object` on the source, then on
/// the destination `delete-object` for a delete marker, else `put-object` and, when the version carries
/// them, `put-object-retention` and `put-object-legal-hold`. (operation, bucket) pairs, in that order.
pub fn version_needs(
    source: &str,
    dest: &str,
    delete_marker: bool,
    retention: bool,
    legal_hold: bool,
) -> Vec<(SosOperation, String)> {
    let mut out = vec![(SosOperation::GetObject, source.to_string())];
    if delete_marker {
        out.push((SosOperation::DeleteObject, dest.to_string()));
    } else {
        out.push((SosOperation::PutObject, dest.to_string()));
        if retention {
            out.push((SosOperation::PutObjectRetention, dest.to_string()));
        }
        if legal_hold {
            out.push((SosOperation::PutObjectLegalHold, dest.to_string()));
        }
    }
    out
}

/// Where a fix rule goes in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FixAt {
    /// At the end of `services.sos.rules` (no rule decided).
    Append,
    /// Before `services.sos.rules[i]`, the deny rule that decided.
    Before(usize),
    /// `services.sos` is `"type": "deny"`: it becomes `"type": "rules"` holding the rule.
    ReplaceType,
    /// The policy has no `sos` service (its default strategy denied): `services.sos` is added with the rule.
    AddService,
}

/// A rule that grants what a row lacks, and where to put it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub at: FixAt,
    /// A CEL expression true exactly for the missing (operation, bucket).
    pub expression: String,
}

impl Fix {
    fn for_need(need: &Need, by: &DecidedBy) -> Fix {
        let at = match by.innermost() {
            DecidedBy::Rule {
                index,
                action: Effect::Deny,
                ..
            } => FixAt::Before(*index),
            DecidedBy::ServiceType { .. } => FixAt::ReplaceType,
            DecidedBy::DefaultStrategy { .. } => FixAt::AddService,
            _ => FixAt::Append,
        };
        Fix {
            at,
            expression: grant_expression(need.operation, &need.bucket),
        }
    }

    /// The rule as JSON: `{"action": "allow", "expression": ...}`.
    pub fn rule(&self) -> Value {
        json!({"action": "allow", "expression": self.expression})
    }

    /// The hint as one line: where, and the rule to add.
    pub fn hint(&self) -> String {
        let rule = self.rule().to_string();
        match self.at {
            FixAt::Append => format!("add to services.sos.rules: {rule}"),
            FixAt::Before(i) => format!("add to services.sos.rules, before rules[{i}] (the deny rule): {rule}"),
            FixAt::ReplaceType => format!("set services.sos to {{\"type\": \"rules\", \"rules\": [{rule}]}}"),
            FixAt::AddService => format!("add \"sos\": {{\"type\": \"rules\", \"rules\": [{rule}]}} to services"),
        }
    }

    /// Adds the rule to a policy document (as JSON) where the hint says. False when the document does not
    /// have the shape the hint was made for.
    pub fn apply(&self, doc: &mut Value) -> bool {
        let rule = self.rule();
        let Some(services) = doc.get_mut("services").and_then(Value::as_object_mut) else {
            return false;
        };
        match self.at {
            FixAt::AddService | FixAt::ReplaceType => {
                services.insert(SOS.into(), json!({"type": "rules", "rules": [rule]}));
                true
            }
            FixAt::Append | FixAt::Before(_) => {
                let Some(rules) = services
                    .get_mut(SOS)
                    .and_then(|s| s.get_mut("rules"))
                    .and_then(Value::as_array_mut)
                else {
                    return false;
                };
                let i = match self.at {
                    FixAt::Before(i) => i.min(rules.len()),
                    _ => rules.len(),
                };
                rules.insert(i, rule);
                true
            }
        }
    }
}

/// `parameters.bucket == 'B' && operation == 'OP'`. Bucket names hold only lower-case letters, digits,
/// dots and hyphens; anything else is escaped for a single-quoted CEL string.
pub fn grant_expression(op: SosOperation, bucket: &str) -> String {
    let quoted: String = bucket
        .chars()
        .flat_map(|c| match c {
            '\'' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("parameters.bucket == '{quoted}' && operation == '{op}'")
}

/// One operation replication needs, checked against the policy.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyRow {
    pub need: Need,
    pub outcome: Outcome,
    pub allowed: bool,
    /// What decided, as [`DecidedBy`] words it.
    pub decided_by: DecidedBy,
    /// For a row that is not a PASS.
    pub fix: Option<Fix>,
}

impl PolicyRow {
    /// `get-object on my-source (rules vie1-follower): allowed by rule services.sos.rules[0] (allow)`.
    pub fn detail(&self) -> String {
        let verdict = if self.allowed { "allowed" } else { "denied" };
        let cond = match (self.need.when, self.allowed) {
            (When::SourceObjectLock, false) if self.outcome == Outcome::Warn => {
                " (needed only if the source has Object Lock, which is not known here)"
            }
            _ => "",
        };
        let by = match self.decided_by.innermost() {
            DecidedBy::Rule { .. } => format!("{verdict} by {}", self.decided_by.brief()),
            // "no rule of services.sos matched: denied" says the verdict already.
            _ => {
                let brief = self.decided_by.brief();
                format!("{verdict}: {}", brief.strip_suffix(": denied").unwrap_or(&brief))
            }
        };
        format!(
            "{} on {} ({}: {}): {by}{cond}",
            self.need.operation,
            self.need.bucket,
            if self.need.rules.len() == 1 { "rule" } else { "rules" },
            self.need.rules.join(", "),
        )
    }
}

/// Checks each need against `policy`; `zone` gives a bucket's zone for the `zone` binding. A denied need is
/// a FAIL, or a WARN when it is only needed with Object Lock on the source and `lock` is unknown.
pub fn check(policy: &Policy, needs: &[Need], lock: SourceLock, zone: impl Fn(&str) -> String) -> Vec<PolicyRow> {
    needs
        .iter()
        .map(|n| {
            let d = policy.evaluate(&Request::sos(
                n.operation.as_str(),
                Some(n.bucket.clone()),
                zone(&n.bucket),
            ));
            let outcome = match (d.allowed, n.when, lock) {
                (true, _, _) => Outcome::Pass,
                (false, When::SourceObjectLock, SourceLock::Unknown) => Outcome::Warn,
                (false, _, _) => Outcome::Fail,
            };
            let fix = (!d.allowed).then(|| Fix::for_need(n, &d.by));
            PolicyRow {
                need: n.clone(),
                outcome,
                allowed: d.allowed,
                decided_by: d.by,
                fix,
            }
        })
        .collect()
}

/// Bucket operations replication never performs, tried on each bucket of the config to tell a policy that grants
/// far more than replication needs.
const NEVER_NEEDED: [SosOperation; 2] = [SosOperation::DeleteBucket, SosOperation::PutBucketReplication];

/// Warnings for a policy that grants far more than replication needs: `services.sos` of type `allow` (or
/// no `sos` service under an allow default), an allow rule whose expression is `true`, and any operation
/// replication never performs (`delete-bucket`, `put-bucket-replication`) allowed on a
/// bucket of the config.
pub fn broad_grants(policy: &Policy, buckets: &[String], zone: impl Fn(&str) -> String) -> Vec<String> {
    let mut out = Vec::new();
    match policy.service(SOS).map(|s| &s.policy) {
        Some(ServicePolicy::Type(Effect::Allow)) => out.push(
            "services.sos has \"type\": \"allow\": every SOS operation on every bucket is allowed; replication \
             needs only get-object on the source and put-object* (and delete-object) on the destinations"
                .to_string(),
        ),
        None if policy.default_service_strategy == Effect::Allow => out.push(
            "the policy has no \"sos\" service and default-service-strategy is \"allow\": every SOS operation \
             on every bucket is allowed"
                .to_string(),
        ),
        Some(ServicePolicy::Rules(rules)) => {
            for (i, r) in rules.iter().enumerate() {
                if r.action == Effect::Allow && r.expression.trim() == "true" {
                    out.push(format!(
                        "services.sos.rules[{i}] allows everything (its expression is `true`): rules after it \
                         never apply"
                    ));
                }
            }
        }
        _ => {}
    }
    if out.is_empty() {
        for b in buckets {
            let allowed: Vec<&str> = NEVER_NEEDED
                .iter()
                .filter(|op| {
                    policy
                        .evaluate(&Request::sos(op.as_str(), Some(b.clone()), zone(b)))
                        .allowed
                })
                .map(|op| op.as_str())
                .collect();
            if !allowed.is_empty() {
                out.push(format!(
                    "the policy allows {} on {b}, which replication never needs",
                    allowed.join(", ")
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Destination, Rule, StatusOnly};

    const GUIDE: &str = r#"{"default-service-strategy": "deny", "services": {"sos": {"type": "rules", "rules": [
        {"action": "allow", "expression": "parameters.bucket == 'my-source' && operation == 'get-object'"},
        {"action": "allow", "expression": "parameters.bucket == 'my-destination' && (operation.startsWith('put-object') || operation.startsWith('delete-object'))"}]}}}"#;

    fn config(dests: &[(&str, bool)]) -> ReplicationConfig {
        ReplicationConfig {
            role: "r".into(),
            rules: dests
                .iter()
                .enumerate()
                .map(|(i, (b, dm))| Rule {
                    id: Some(format!("rule-{i}")),
                    status: "Enabled".into(),
                    destination: Destination {
                        bucket: b.to_string(),
                        ..Destination::default()
                    },
                    delete_marker_replication: Some(StatusOnly {
                        status: if *dm { "Enabled" } else { "Disabled" }.into(),
                    }),
                    ..Rule::default()
                })
                .collect(),
        }
    }

    fn zone(_: &str) -> String {
        "ch-dk-2".into()
    }

    fn policy(text: &str) -> Policy {
        Policy::parse(text).unwrap()
    }

    fn ops(rows: &[PolicyRow]) -> Vec<(String, String, Outcome)> {
        rows.iter()
            .map(|r| (r.need.operation.to_string(), r.need.bucket.clone(), r.outcome))
            .collect()
    }

    /// Applies every row's fix to the document and checks the rows again: everything passes.
    fn fixed_passes(text: &str, cfg: &ReplicationConfig, lock: SourceLock) {
        let mut doc: Value = serde_json::from_str(text).unwrap();
        let mut p = policy(text);
        // One fix at a time, re-checked: a later row's hint depends on the document the first fix made.
        for _ in 0..20 {
            let rows = check(&p, &needs(cfg, "my-source", lock), lock, zone);
            let Some(fix) = rows.iter().find_map(|r| r.fix.clone()) else {
                return;
            };
            assert!(fix.apply(&mut doc), "{}", fix.hint());
            p = policy(&doc.to_string());
        }
        panic!("fixes did not converge: {doc}");
    }

    #[test]
    fn the_guides_policy_passes_every_row() {
        let cfg = config(&[("my-destination", true)]);
        let rows = check(
            &policy(GUIDE),
            &needs(&cfg, "my-source", SourceLock::Yes),
            SourceLock::Yes,
            zone,
        );
        assert_eq!(
            ops(&rows),
            [
                ("get-object".into(), "my-source".into(), Outcome::Pass),
                ("put-object".into(), "my-destination".into(), Outcome::Pass),
                ("put-object-retention".into(), "my-destination".into(), Outcome::Pass),
                ("put-object-legal-hold".into(), "my-destination".into(), Outcome::Pass),
                ("delete-object".into(), "my-destination".into(), Outcome::Pass),
            ]
        );
        assert!(rows.iter().all(|r| r.fix.is_none()));
        assert_eq!(
            rows[0].detail(),
            "get-object on my-source (rule: rule-0): allowed by rule services.sos.rules[0] (allow)"
        );
        assert!(broad_grants(&policy(GUIDE), &["my-source".into(), "my-destination".into()], zone).is_empty());
    }

    #[test]
    fn a_policy_that_forgets_the_destination_fails_with_a_fix_that_works() {
        let forgot = GUIDE.replace("my-destination", "my-destinaton");
        let cfg = config(&[("my-destination", true), ("other", false)]);
        let rows = check(
            &policy(&forgot),
            &needs(&cfg, "my-source", SourceLock::No),
            SourceLock::No,
            zone,
        );
        assert_eq!(
            ops(&rows),
            [
                ("get-object".into(), "my-source".into(), Outcome::Pass),
                ("put-object".into(), "my-destination".into(), Outcome::Fail),
                ("delete-object".into(), "my-destination".into(), Outcome::Fail),
                ("put-object".into(), "other".into(), Outcome::Fail),
            ]
        );
        assert_eq!(rows[0].need.rules, ["rule-0", "rule-1"]);
        let fix = rows[1].fix.clone().unwrap();
        assert_eq!(fix.at, FixAt::Append);
        assert_eq!(
            fix.hint(),
            r#"add to services.sos.rules: {"action":"allow","expression":"parameters.bucket == 'my-destination' && operation == 'put-object'"}"#
        );
        assert_eq!(rows[1].decided_by, DecidedBy::NoRuleMatched { service: SOS.into() });
        fixed_passes(&forgot, &cfg, SourceLock::No);
    }

    #[test]
    fn fixes_go_before_a_deny_rule_replace_a_deny_type_or_add_the_service() {
        let cfg = config(&[("my-destination", true)]);
        let deny_first = r#"{"default-service-strategy": "deny", "services": {"sos": {"type": "rules", "rules": [
            {"action": "deny", "expression": "operation.startsWith('delete-')"},
            {"action": "allow", "expression": "operation.startsWith('put-object') || operation == 'get-object'"}]}}}"#;
        let rows = check(
            &policy(deny_first),
            &needs(&cfg, "my-source", SourceLock::No),
            SourceLock::No,
            zone,
        );
        let failed: Vec<&PolicyRow> = rows.iter().filter(|r| r.outcome == Outcome::Fail).collect();
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].need.operation, SosOperation::DeleteObject);
        assert_eq!(failed[0].fix.as_ref().unwrap().at, FixAt::Before(0));
        fixed_passes(deny_first, &cfg, SourceLock::No);

        let deny_type = r#"{"default-service-strategy": "allow", "services": {"sos": {"type": "deny"}}}"#;
        let rows = check(
            &policy(deny_type),
            &needs(&cfg, "my-source", SourceLock::No),
            SourceLock::No,
            zone,
        );
        assert!(rows.iter().all(|r| r.outcome == Outcome::Fail));
        assert_eq!(rows[0].fix.as_ref().unwrap().at, FixAt::ReplaceType);
        fixed_passes(deny_type, &cfg, SourceLock::No);

        let no_sos = r#"{"default-service-strategy": "deny", "services": {"compute": {"type": "allow"}}}"#;
        let rows = check(
            &policy(no_sos),
            &needs(&cfg, "my-source", SourceLock::Yes),
            SourceLock::Yes,
            zone,
        );
        assert_eq!(rows.len(), 5);
        assert_eq!(rows[0].fix.as_ref().unwrap().at, FixAt::AddService);
        fixed_passes(no_sos, &cfg, SourceLock::Yes);
    }

    #[test]
    fn lock_operations_warn_when_the_source_lock_is_unknown() {
        let puts_only = GUIDE.replace(
            "(operation.startsWith('put-object') || operation.startsWith('delete-object'))",
            "(operation == 'put-object' || operation == 'delete-object')",
        );
        let cfg = config(&[("my-destination", false)]);
        let unknown = check(
            &policy(&puts_only),
            &needs(&cfg, "my-source", SourceLock::Unknown),
            SourceLock::Unknown,
            zone,
        );
        assert_eq!(
            unknown.iter().map(|r| r.outcome).collect::<Vec<_>>(),
            [Outcome::Pass, Outcome::Pass, Outcome::Warn, Outcome::Warn]
        );
        assert!(
            unknown[2].detail().ends_with("which is not known here)"),
            "{}",
            unknown[2].detail()
        );
        let locked = check(
            &policy(&puts_only),
            &needs(&cfg, "my-source", SourceLock::Yes),
            SourceLock::Yes,
            zone,
        );
        assert_eq!(locked[2].outcome, Outcome::Fail);
        // Without Object Lock on the source, neither is needed.
        assert_eq!(needs(&cfg, "my-source", SourceLock::No).len(), 2);
    }

    #[test]
    fn broad_policies_are_warned_about() {
        let buckets = ["my-source".to_string(), "my-destination".to_string()];
        let allow = policy(r#"{"default-service-strategy": "deny", "services": {"sos": {"type": "allow"}}}"#);
        assert!(broad_grants(&allow, &buckets, zone)[0].contains("\"type\": \"allow\""));
        let default_allow = policy(r#"{"default-service-strategy": "allow", "services": {}}"#);
        assert!(broad_grants(&default_allow, &buckets, zone)[0].contains("default-service-strategy"));
        let truthy = policy(
            r#"{"default-service-strategy": "deny", "services": {"sos": {"type": "rules", "rules": [
            {"action": "allow", "expression": " true "}]}}}"#,
        );
        assert!(broad_grants(&truthy, &buckets, zone)[0].contains("rules[0] allows everything"));
        let wide = policy(
            r#"{"default-service-strategy": "deny", "services": {"sos": {"type": "rules", "rules": [
            {"action": "allow", "expression": "parameters.bucket == 'my-destination'"}]}}}"#,
        );
        assert_eq!(
            broad_grants(&wide, &buckets, zone),
            [
                "the policy allows delete-bucket, put-bucket-replication on my-destination, which replication never needs"
            ]
        );
    }

    #[test]
    fn a_versions_operations_follow_what_it_carries() {
        let names = |v: Vec<(SosOperation, String)>| v.into_iter().map(|(o, b)| format!("{o}@{b}")).collect::<Vec<_>>();
        assert_eq!(
            names(version_needs("s", "d", false, false, false)),
            ["get-object@s", "put-object@d"]
        );
        assert_eq!(
            names(version_needs("s", "d", false, true, true)),
            [
                "get-object@s",
                "put-object@d",
                "put-object-retention@d",
                "put-object-legal-hold@d"
            ]
        );
        assert_eq!(
            names(version_needs("s", "d", true, true, false)),
            ["get-object@s", "delete-object@d"]
        );
        assert_eq!(
            grant_expression(SosOperation::PutObject, "it's"),
            "parameters.bucket == 'it\\'s' && operation == 'put-object'"
        );
    }
}
