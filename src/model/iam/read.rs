//! Reading a policy document: JSON syntax, then the schema (unknown keys named with the closest valid
//! one, wrong types, bad `allow`/`deny`/`rules` values, missing members, the unsupported `resources`),
//! then every expression compiled — every problem at once, each with its JSON path and line:column.
//!
//! An expression's problems are located inside its JSON string: the position CEL gives (in the decoded
//! string) is carried back through the escapes as written in the file (`\"`, `\n`, `\u00e9`, surrogate
//! pairs), so the column is exact whatever the string holds.

use super::expr::{Compiled, Problem};
use super::policy::{Effect, Policy, PolicyRule, Service, ServicePolicy};
use crate::model::json::{Positions, child_path, syntax_error, type_name};
use crate::model::{Finding, Severity, closest, counts};
use serde_json::{Map, Value};

/// A policy read and checked: the policy when it has no error, and every finding: errors, then warnings,
/// each in document order.
#[derive(Debug, Clone)]
pub struct LoadedPolicy {
    pub policy: Option<Policy>,
    /// Rules in the document (all services), when it could be read as an object.
    pub rules: Option<usize>,
    pub findings: Vec<Finding>,
}

impl LoadedPolicy {
    /// (errors, warnings, notes)
    pub fn counts(&self) -> (usize, usize, usize) {
        counts(&self.findings)
    }

    pub fn errors(&self) -> usize {
        self.counts().0
    }
}

/// Reads and checks a policy document (see [`LoadedPolicy`]).
pub fn load(text: &str) -> LoadedPolicy {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return failed(Finding::error("", "", "the document is empty"));
    }
    let root: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let mut f = syntax_error(&e);
            f.s3_code = "";
            return failed(f);
        }
    };
    let mut reader = Reader {
        text,
        pos: Positions::new(text, None),
        findings: Vec::new(),
        rules: 0,
    };
    let policy = reader.policy(&root);
    let mut findings = reader.findings;
    // Errors, then warnings; each in document order.
    findings.sort_by_key(|f| (f.severity, f.line_col));
    let valid = !findings.iter().any(Finding::is_error);
    LoadedPolicy {
        policy: policy.filter(|_| valid),
        rules: root.is_object().then_some(reader.rules),
        findings,
    }
}

fn failed(f: Finding) -> LoadedPolicy {
    LoadedPolicy {
        policy: None,
        rules: None,
        findings: vec![f],
    }
}

impl Policy {
    /// Reads a policy: the policy (its warnings dropped), or every finding, errors first. [`load`] keeps
    /// the warnings of a valid policy too.
    pub fn parse(text: &str) -> Result<Policy, Vec<Finding>> {
        let loaded = load(text);
        loaded.policy.ok_or(loaded.findings)
    }
}

const TOP: [&str; 2] = ["default-service-strategy", "services"];
const SERVICE: [&str; 2] = ["type", "rules"];
const RULE: [&str; 3] = ["action", "expression", "resources"];

struct Reader<'a> {
    text: &'a str,
    pos: Positions<'a>,
    findings: Vec<Finding>,
    rules: usize,
}

impl Reader<'_> {
    /// A finding about `path`, located at the member `at` (the key itself, for an unknown key).
    fn push(&mut self, severity: Severity, path: &str, at: &str, message: String) {
        let f = match severity {
            Severity::Error => Finding::error(path, "", message),
            Severity::Warning => Finding::warning(path, message),
            Severity::Note => Finding::note(path, message),
        };
        // The document itself has no member to point at: its first character.
        let start = self.text.len() - self.text.trim_start().len();
        let line_col = self
            .pos
            .at(at)
            .or_else(|| self.pos.at(path))
            .unwrap_or_else(|| self.pos.line_col(start));
        self.findings.push(f.at(Some(line_col)));
    }

    fn error(&mut self, path: &str, message: String) {
        self.push(Severity::Error, path, path, message);
    }

    /// The members of an object, or an error naming what was found instead.
    fn object<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        let found = v.as_object();
        if found.is_none() {
            let what = if path.is_empty() { "the policy" } else { "this member" };
            self.error(path, format!("{what} must be an object, found {}", type_name(v)));
        }
        found
    }

    /// Reports the keys of `map` that are not in `known`, each with the closest known key.
    fn unknown_keys(&mut self, map: &Map<String, Value>, path: &str, known: &[&str]) {
        for key in map.keys().filter(|k| !known.contains(&k.as_str())) {
            let hint = closest(key, known.iter().copied())
                .map(|c| format!(" (did you mean \"{c}\"?)"))
                .unwrap_or_default();
            let at = child_path(path, key);
            self.push(Severity::Error, path, &at, format!("unknown key \"{key}\"{hint}"));
        }
    }

    /// A required member, or an error at its parent.
    fn required<'v>(&mut self, map: &'v Map<String, Value>, path: &str, key: &str, what: &str) -> Option<&'v Value> {
        let v = map.get(key);
        if v.is_none() {
            self.error(path, format!("\"{key}\" is required: {what}"));
        }
        v
    }

    /// A string member that must be one of `names`.
    fn one_of<'v>(&mut self, v: &'v Value, path: &str, names: &[&str]) -> Option<&'v str> {
        let expected = match names {
            [a, b] => format!("\"{a}\" or \"{b}\""),
            [a, b, c] => format!("\"{a}\", \"{b}\" or \"{c}\""),
            _ => names.join(", "),
        };
        let Some(s) = v.as_str() else {
            self.error(path, format!("expected {expected}, found {}", type_name(v)));
            return None;
        };
        if names.contains(&s) {
            return Some(s);
        }
        let hint = closest(s, names.iter().copied())
            .map(|c| format!(" (did you mean \"{c}\"?)"))
            .unwrap_or_default();
        self.error(path, format!("invalid value \"{s}\": expected {expected}{hint}"));
        None
    }

    fn effect(&mut self, v: &Value, path: &str) -> Option<Effect> {
        self.one_of(v, path, &["allow", "deny"]).and_then(Effect::from_name)
    }

    fn policy(&mut self, root: &Value) -> Option<Policy> {
        let map = self.object(root, "")?;
        self.unknown_keys(map, "", &TOP);
        let strategy = self
            .required(
                map,
                "",
                TOP[0],
                "\"allow\" or \"deny\", for the services the policy does not name",
            )
            .and_then(|v| self.effect(v, TOP[0]));
        let services = self
            .required(map, "", TOP[1], "an object of services (it may be empty)")
            .and_then(|v| self.services(v));
        Some(Policy {
            default_service_strategy: strategy?,
            services: services?,
        })
    }

    fn services(&mut self, v: &Value) -> Option<Vec<Service>> {
        let map = self.object(v, "services")?;
        let mut out = Some(Vec::new());
        for (name, v) in map {
            let service = self.service(name, v, &child_path("services", name));
            match (&mut out, service) {
                (Some(list), Some(policy)) => list.push(Service {
                    name: name.clone(),
                    policy,
                }),
                _ => out = None,
            }
        }
        out
    }

    fn service(&mut self, name: &str, v: &Value, path: &str) -> Option<ServicePolicy> {
        let map = self.object(v, path)?;
        self.unknown_keys(map, path, &SERVICE);
        let type_path = child_path(path, "type");
        let kind = self
            .required(map, path, "type", "\"rules\", \"allow\" or \"deny\"")
            .and_then(|v| self.one_of(v, &type_path, &["rules", "allow", "deny"]));
        let rules_path = child_path(path, "rules");
        // The rules are read (and reported) whatever the type, so that fixing the type reveals nothing new.
        let rules = match map.get("rules") {
            None => Some(Vec::new()),
            Some(v) => self.rules(name, v, &rules_path),
        };
        let given = map.get("rules").and_then(Value::as_array).map_or(0, Vec::len);
        match kind? {
            "rules" => {
                if given == 0 {
                    self.push(
                        Severity::Warning,
                        path,
                        &rules_path,
                        "no rules: every operation of this service is denied".into(),
                    );
                }
                Some(ServicePolicy::Rules(rules?))
            }
            other => {
                let effect = Effect::from_name(other)?;
                if given > 0 {
                    self.push(
                        Severity::Warning,
                        &rules_path,
                        &rules_path,
                        format!("ignored: the type \"{other}\" decides every operation of this service"),
                    );
                }
                rules?;
                Some(ServicePolicy::Type(effect))
            }
        }
    }

    fn rules(&mut self, service: &str, v: &Value, path: &str) -> Option<Vec<PolicyRule>> {
        let Some(items) = v.as_array() else {
            self.error(path, format!("expected an array of rules, found {}", type_name(v)));
            return None;
        };
        self.rules += items.len();
        let mut out = Some(Vec::new());
        for (i, item) in items.iter().enumerate() {
            let rule = self.rule(service, item, &format!("{path}[{i}]"));
            match (&mut out, rule) {
                (Some(list), Some(rule)) => list.push(rule),
                _ => out = None,
            }
        }
        out
    }

    fn rule(&mut self, service: &str, v: &Value, path: &str) -> Option<PolicyRule> {
        let map = self.object(v, path)?;
        self.unknown_keys(map, path, &RULE);
        if map.contains_key("resources") {
            let at = child_path(path, "resources");
            self.push(
                Severity::Warning,
                &at,
                &at,
                "deprecated and not supported by the service: ignored (express resources in the expression, \
                 e.g. parameters.bucket == 'my-bucket')"
                    .into(),
            );
        }
        let action = self
            .required(map, path, "action", "\"allow\" or \"deny\"")
            .and_then(|v| self.effect(v, &child_path(path, "action")));
        let expr_path = child_path(path, "expression");
        let compiled = match self.required(map, path, "expression", "a CEL expression") {
            None => None,
            Some(Value::String(source)) => self.compile(source, service, &expr_path),
            Some(other) => {
                self.error(
                    &expr_path,
                    format!("expected a CEL expression in a string, found {}", type_name(other)),
                );
                None
            }
        };
        let (expression, compiled) = compiled?;
        Some(PolicyRule {
            action: action?,
            expression,
            compiled,
        })
    }

    fn compile(&mut self, source: &str, service: &str, path: &str) -> Option<(String, Compiled)> {
        let (compiled, problems) = match Compiled::new(source, service) {
            Ok((c, problems)) => (Some(c), problems),
            Err(problems) => (None, problems),
        };
        let quote = self.pos.value_offset(path);
        for Problem {
            severity,
            offset,
            message,
        } in problems
        {
            let line_col = quote.map(|q| self.pos.line_col(raw_offset(self.text, q, offset)));
            let f = match severity {
                Severity::Error => Finding::error(path, "", message),
                _ => Finding::warning(path, message),
            };
            self.findings.push(f.at(line_col));
        }
        Some((source.to_string(), compiled?))
    }
}

/// Where byte `offset` of the decoded JSON string that starts at `quote` (its opening quote) is in `text`:
/// escapes count as written (`\n` is two bytes there, one decoded; `\u00e9` six and two; a surrogate pair
/// twelve and four). An offset at the string's end is its closing quote.
fn raw_offset(text: &str, quote: usize, offset: usize) -> usize {
    let b = text.as_bytes();
    let mut raw = quote + 1;
    let mut decoded = 0;
    while raw < b.len() && b[raw] != b'"' && decoded < offset {
        let (written, read) = if b[raw] == b'\\' {
            match b.get(raw + 1) {
                Some(b'u') => {
                    let unit = text
                        .get(raw + 2..raw + 6)
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .unwrap_or(0);
                    if (0xD800..0xDC00).contains(&unit) {
                        (12, 4)
                    } else {
                        (6, char::from_u32(unit).map_or(3, char::len_utf8))
                    }
                }
                _ => (2, 1),
            }
        } else {
            let n = text[raw..].chars().next().map_or(1, char::len_utf8);
            (n, n)
        };
        raw += written;
        decoded += read;
    }
    raw.min(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(l: &LoadedPolicy) -> Vec<String> {
        l.findings
            .iter()
            .map(|f| {
                let (line, col) = f.line_col.unwrap_or_default();
                format!("{} {line}:{col} {f}", f.severity)
            })
            .collect()
    }

    #[test]
    fn a_valid_policy_reads_into_the_model() {
        let l = load(
            r#"{"default-service-strategy": "deny", "services": {
                "sos": {"type": "rules", "rules": [{"action": "allow", "expression": "operation == 'get-object'"}]},
                "compute": {"type": "allow"}}}"#,
        );
        assert!(l.findings.is_empty(), "{:?}", l.findings);
        assert_eq!(l.rules, Some(1));
        let p = l.policy.unwrap();
        assert_eq!(p.default_service_strategy, Effect::Deny);
        assert_eq!(p.rule_count(), 1);
        let ServicePolicy::Rules(rules) = &p.service("sos").unwrap().policy else {
            panic!("rules")
        };
        assert_eq!(rules[0].action, Effect::Allow);
        assert_eq!(rules[0].expression, "operation == 'get-object'");
        assert!(matches!(
            p.service("compute").unwrap().policy,
            ServicePolicy::Type(Effect::Allow)
        ));
    }

    #[test]
    fn every_schema_problem_at_once_with_its_position() {
        let text = r#"{
  "default-service-stratgy": "deny",
  "services": {
    "sos": {"type": "rule", "rules": [
      {"action": "Allow", "expression": 5, "resources": ["x"]},
      {"acton": "deny", "expression": "true"},
      7
    ]},
    "dns": {"type": "allow", "rules": [{"action": "deny", "expression": "true"}]},
    "iam": {"type": "rules"}
  }
}"#;
        let l = load(text);
        assert!(l.policy.is_none());
        assert_eq!(l.rules, Some(4));
        assert_eq!(
            shown(&l),
            [
                r#"error 1:1 "default-service-strategy" is required: "allow" or "deny", for the services the policy does not name"#,
                r#"error 2:3 unknown key "default-service-stratgy" (did you mean "default-service-strategy"?)"#,
                r#"error 4:13 services.sos.type: invalid value "rule": expected "rules", "allow" or "deny" (did you mean "rules"?)"#,
                r#"error 5:8 services.sos.rules[0].action: invalid value "Allow": expected "allow" or "deny" (did you mean "allow"?)"#,
                r#"error 5:27 services.sos.rules[0].expression: expected a CEL expression in a string, found a number"#,
                r#"error 6:7 services.sos.rules[1]: "action" is required: "allow" or "deny""#,
                r#"error 6:8 services.sos.rules[1]: unknown key "acton" (did you mean "action"?)"#,
                r#"error 7:7 services.sos.rules[2]: this member must be an object, found a number"#,
                r#"warning 5:44 services.sos.rules[0].resources: deprecated and not supported by the service: ignored (express resources in the expression, e.g. parameters.bucket == 'my-bucket')"#,
                r#"warning 9:30 services.dns.rules: ignored: the type "allow" decides every operation of this service"#,
                r#"warning 10:5 services.iam: no rules: every operation of this service is denied"#,
            ]
        );
    }

    #[test]
    fn not_json_and_not_an_object() {
        let l = load("{\n  \"services\": {,}\n}");
        assert_eq!(shown(&l), ["error 2:16 invalid JSON: key must be a string"]);
        assert_eq!(l.findings[0].s3_code, "");
        assert_eq!(l.rules, None);
        let l = load("[]");
        assert_eq!(shown(&l), ["error 1:1 the policy must be an object, found an array"]);
        assert_eq!(shown(&load(" \n")), ["error 0:0 the document is empty"]);
        let l = load(r#"{"default-service-strategy": "allow", "services": []}"#);
        assert_eq!(
            shown(&l),
            ["error 1:39 services: this member must be an object, found an array"]
        );
    }

    #[test]
    fn expression_errors_are_located_inside_the_string() {
        // Plain: the column is the string's start + the offset in the expression.
        let text = "{\"default-service-strategy\": \"deny\", \"services\": {\"sos\": {\"type\": \"rules\", \"rules\": [\n  {\"action\": \"allow\", \"expression\": \"operation == 'get-object' &&\"}]}}}";
        let l = load(text);
        let col = "  {\"action\": \"allow\", \"expression\": \"operation == 'get-object' &&"
            .chars()
            .count()
            + 1;
        assert_eq!(l.findings.len(), 1, "{:?}", l.findings);
        assert_eq!(l.findings[0].path, "services.sos.rules[0].expression");
        assert_eq!(l.findings[0].line_col, Some((2, col)));
        assert!(
            l.findings[0]
                .message
                .starts_with("invalid CEL expression: Syntax error: mismatched input '<EOF>'")
        );
        // Escapes before the error shift it by what they take in the file: \" and \n two characters,
        // \u00e9 six, a surrogate pair twelve.
        let expr = r#"parameters.bucket == \"\u00e9\ud83d\ude00\" &&\n operation == 'get-objet'"#;
        let text = format!(
            "{{\"default-service-strategy\": \"deny\", \"services\": {{\"sos\": {{\"type\": \"rules\", \"rules\": [{{\"action\": \"allow\", \"expression\": \"{expr}\"}}]}}}}}}"
        );
        let l = load(&text);
        assert_eq!(l.findings.len(), 1, "{:?}", l.findings);
        let want = text.find("'get-objet'").unwrap() + 1;
        assert_eq!(l.findings[0].line_col, Some((1, want)));
        assert_eq!(
            l.findings[0].message,
            "\"get-objet\" is not an SOS operation (did you mean \"get-object\"?)"
        );
        assert_eq!(l.findings[0].severity, Severity::Warning);
        assert!(l.policy.is_some(), "warnings do not invalidate the policy");
    }

    #[test]
    fn raw_offsets_walk_escapes() {
        let text = r#"x"a\"é\u00e9\ud83d\ude00\n""#;
        let q = 1;
        let at = |decoded: usize| raw_offset(text, q, decoded);
        assert_eq!(at(0), 2);
        assert_eq!(at(1), 3); // past a
        assert_eq!(at(2), 5); // past \"
        assert_eq!(at(4), 7); // past é (two bytes)
        assert_eq!(at(6), 13); // past \u00e9
        assert_eq!(at(10), 25); // past the surrogate pair
        assert_eq!(at(11), 27); // past \n: the closing quote
        assert_eq!(at(99), 27);
    }
}
