//! The JSON form (what `exo storage bucket replication set` and `aws s3api put-bucket-replication` take):
//! reading it against the schema (keys case-insensitive, unknown keys named with the closest valid one),
//! decoding the canonical value into the typed model, and writing the model back as JSON.

use super::{
    AccessControlTranslation, Destination, EncryptionConfiguration, Field, Filter, Finding, Kind, LineIndex, Metrics,
    Minutes, ReplicationConfig, ReplicationTime, Rule, SCHEMA, SourceSelectionCriteria, StatusOnly, Tag, closest,
};
use serde_json::{Map, Value};
use std::collections::HashMap;

const MALFORMED: &str = "MalformedXML";

/// Parses JSON text into the canonical value (exact key names in schema order) and the schema errors found
/// (unknown keys, wrong types: those members are left out of the value); `Err` only for a syntax error.
pub(crate) fn read(text: &str) -> Result<(Value, Vec<Finding>), Vec<Finding>> {
    let root: Value = serde_json::from_str(text).map_err(|e| vec![syntax_error(&e)])?;
    let (root, wrapper) = unwrap_wrapper(root);
    let positions = Positions::new(text, wrapper);
    let mut errors = Vec::new();
    let canonical = normalize_obj(&root, SCHEMA, "", None, &positions, &mut errors);
    Ok((canonical, errors))
}

pub(crate) fn syntax_error(e: &serde_json::Error) -> Finding {
    // serde_json appends " at line L column C"; the position goes into line_col instead.
    let text = e.to_string();
    let message = match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let line_col = (e.line() > 0).then(|| (e.line(), e.column().max(1)));
    Finding::error("", MALFORMED, format!("invalid JSON: {message}")).at(line_col)
}

/// `aws s3api get-bucket-replication` prints the config wrapped in `{"ReplicationConfiguration": ...}`.
/// Returns the config and the wrapper key as written, if there was one.
fn unwrap_wrapper(root: Value) -> (Value, Option<String>) {
    if let Value::Object(map) = &root
        && map.len() == 1
        && let Some((k, v)) = map.iter().next()
        && k.eq_ignore_ascii_case("ReplicationConfiguration")
        && v.is_object()
    {
        return (v.clone(), Some(k.clone()));
    }
    (root, None)
}

/// Where the members of a (syntactically valid) JSON text start, so that an error about a key or a value
/// can say line:column. Paths are lowercased (`rules[0].filter.prefx`), as keys match case-insensitively;
/// object members are located by their key, array elements by their value.
/// The scan runs on first use only: a document without errors never pays for it.
/// Also used by the IAM policy reader (`model::iam`), which has its own schema but the same needs.
pub(crate) struct Positions<'a> {
    text: &'a str,
    offsets: std::cell::OnceCell<HashMap<String, usize>>,
    lines: std::cell::OnceCell<LineIndex<'a>>,
    /// The lowercased wrapper key, when the config came wrapped.
    prefix: Option<String>,
}

enum Frame {
    Obj { path: String, key: Option<String> },
    Arr { path: String, idx: usize },
}

impl<'a> Positions<'a> {
    pub(crate) fn new(text: &'a str, wrapper: Option<String>) -> Self {
        Positions {
            text,
            offsets: std::cell::OnceCell::new(),
            lines: std::cell::OnceCell::new(),
            prefix: wrapper.map(|w| w.to_lowercase()),
        }
    }

    fn offsets(&self) -> &HashMap<String, usize> {
        self.offsets.get_or_init(|| Self::scan(self.text))
    }

    fn scan(text: &str) -> HashMap<String, usize> {
        let b = text.as_bytes();
        let mut offsets = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        let mut expect_key = false;
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            match c {
                b' ' | b'\t' | b'\n' | b'\r' | b':' => {
                    i += 1;
                    continue;
                }
                b',' => {
                    match stack.last_mut() {
                        Some(Frame::Obj { key, .. }) => {
                            *key = None;
                            expect_key = true;
                        }
                        Some(Frame::Arr { idx, .. }) => *idx += 1,
                        None => {}
                    }
                    i += 1;
                    continue;
                }
                b'}' | b']' => {
                    stack.pop();
                    expect_key = false;
                    i += 1;
                    continue;
                }
                _ => {}
            }
            if c == b'"' && expect_key {
                let end = string_end(b, i);
                let key: String = serde_json::from_str(&text[i..end]).unwrap_or_default();
                if let Some(Frame::Obj { path, key: k }) = stack.last_mut() {
                    let lower = key.to_lowercase();
                    offsets.entry(child_path(path, &lower)).or_insert(i);
                    *k = Some(lower);
                }
                expect_key = false;
                i = end;
                continue;
            }
            let here = match stack.last() {
                Some(Frame::Obj { path, key }) => child_path(path, key.as_deref().unwrap_or_default()),
                Some(Frame::Arr { path, idx }) => {
                    let p = format!("{path}[{idx}]");
                    offsets.entry(p.clone()).or_insert(i);
                    p
                }
                None => String::new(),
            };
            match c {
                b'{' => {
                    stack.push(Frame::Obj { path: here, key: None });
                    expect_key = true;
                    i += 1;
                }
                b'[' => {
                    stack.push(Frame::Arr { path: here, idx: 0 });
                    i += 1;
                }
                b'"' => i = string_end(b, i),
                _ => {
                    while i < b.len() && !matches!(b[i], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                        i += 1;
                    }
                }
            }
        }
        offsets
    }

    /// The line:column of the member at `path` (a canonical path; case does not matter).
    pub(crate) fn at(&self, path: &str) -> Option<(usize, usize)> {
        Some(self.line_col(self.offset(path)?))
    }

    /// The byte offset where the member at `path` starts: its key for an object member, its value for an
    /// array element.
    fn offset(&self, path: &str) -> Option<usize> {
        let lower = path.to_lowercase();
        let full = match &self.prefix {
            Some(w) => child_path(w, &lower),
            None => lower,
        };
        self.offsets().get(&full).copied()
    }

    /// The byte offset where the value of the member at `path` starts (past its key and colon).
    pub(crate) fn value_offset(&self, path: &str) -> Option<usize> {
        let start = self.offset(path)?;
        let b = self.text.as_bytes();
        if !path.ends_with(']') && b.get(start) == Some(&b'"') {
            let mut i = string_end(b, start);
            while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b':') {
                i += 1;
            }
            return Some(i);
        }
        Some(start)
    }

    /// The line:column of a byte offset of the text.
    pub(crate) fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.get_or_init(|| LineIndex::new(self.text)).line_col(offset)
    }
}

/// The position of each finding's path in a JSON text (or of its closest ancestor present in the text),
/// for findings that have none yet.
pub(crate) fn add_positions(text: &str, findings: &mut [Finding]) {
    let mut pos = Positions::new(text, None);
    if pos.offsets().keys().all(|k| k.starts_with("replicationconfiguration")) {
        pos.prefix = Some("replicationconfiguration".into());
    }
    for f in findings.iter_mut().filter(|f| f.line_col.is_none()) {
        let mut path = f.path.as_str();
        while !path.is_empty() {
            if let Some(lc) = pos.at(path) {
                f.line_col = Some(lc);
                break;
            }
            path = super::parent_path(path);
        }
    }
}

/// The index just past the JSON string starting at `start` (its opening quote).
fn string_end(b: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < b.len() && b[i] != b'"' {
        i += if b[i] == b'\\' { 2 } else { 1 };
    }
    (i + 1).min(b.len())
}

pub(crate) fn child_path(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

pub(crate) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn rule_id_of(v: &Value) -> Option<&str> {
    v.as_object()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("ID"))?
        .1
        .as_str()
}

fn normalize_obj(
    v: &Value,
    fields: &'static [Field],
    path: &str,
    rule_id: Option<&str>,
    pos: &Positions,
    errors: &mut Vec<Finding>,
) -> Value {
    let err = |at: &str, p: &str, msg: String| Finding::error(p, MALFORMED, msg).with_rule(rule_id).at(pos.at(at));
    let Some(map) = v.as_object() else {
        let message = if path.is_empty() {
            format!("the document must be an object, found {}", type_name(v))
        } else {
            format!("expected an object, found {}", type_name(v))
        };
        errors.push(err(path, path, message));
        return Value::Object(Map::new());
    };
    let mut slots: Vec<Option<(&str, Value)>> = vec![None; fields.len()];
    let mut given = vec![false; fields.len()];
    for (key, val) in map {
        let at = child_path(path, key);
        let Some(idx) = fields.iter().position(|f| f.json.eq_ignore_ascii_case(key)) else {
            let hint = closest(key, fields.iter().map(|f| f.json))
                .map(|c| format!(" (did you mean \"{c}\"?)"))
                .unwrap_or_default();
            errors.push(err(&at, path, format!("unknown key \"{key}\"{hint}")));
            continue;
        };
        let field = &fields[idx];
        if let Some((first, _)) = &slots[idx] {
            errors.push(err(
                &at,
                path,
                format!("key \"{key}\" given twice (also as \"{first}\")"),
            ));
            continue;
        }
        if val.is_null() {
            // An explicit null means "absent", as for the SDKs' optional members.
            continue;
        }
        given[idx] = true;
        let p = child_path(path, field.json);
        let out = match &field.kind {
            Kind::Str => match val {
                Value::String(_) => val.clone(),
                other => {
                    errors.push(err(&p, &p, format!("expected a string, found {}", type_name(other))));
                    continue;
                }
            },
            Kind::Int => match val.as_i64() {
                Some(n) => Value::from(n),
                None => {
                    errors.push(err(&p, &p, format!("expected an integer, found {}", describe(val))));
                    continue;
                }
            },
            Kind::Obj(sub) => normalize_obj(val, sub, &p, rule_id, pos, errors),
            Kind::List(sub) => {
                let Some(items) = val.as_array() else {
                    errors.push(err(&p, &p, format!("expected an array, found {}", type_name(val))));
                    continue;
                };
                let top = path.is_empty();
                Value::Array(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| {
                            let id = if top { rule_id_of(item) } else { rule_id };
                            normalize_obj(item, sub, &format!("{p}[{i}]"), id, pos, errors)
                        })
                        .collect(),
                )
            }
        };
        slots[idx] = Some((key.as_str(), out));
    }
    for name in super::required_members(fields) {
        if let Some(i) = fields.iter().position(|f| f.json == *name)
            && !given[i]
        {
            errors.push(err(path, path, super::missing_member(name)));
        }
    }
    let mut out = Map::new();
    for (field, slot) in fields.iter().zip(slots) {
        if let Some((_, v)) = slot {
            out.insert(field.json.to_string(), v);
        }
    }
    Value::Object(out)
}

fn describe(v: &Value) -> String {
    match v {
        Value::Number(n) => format!("{n}"),
        Value::String(s) => format!("the string {s:?}"),
        other => type_name(other).to_string(),
    }
}

/// Decodes a canonical value (as produced by [`read`] or the XML reader) into the model.
pub(crate) fn decode(v: &Value) -> ReplicationConfig {
    ReplicationConfig {
        role: string(v, "Role").unwrap_or_default(),
        rules: v
            .get("Rules")
            .and_then(Value::as_array)
            .map(|rules| rules.iter().map(decode_rule).collect())
            .unwrap_or_default(),
    }
}

fn string(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

fn status_only(v: &Value, key: &str) -> Option<StatusOnly> {
    v.get(key).map(|s| StatusOnly {
        status: string(s, "Status").unwrap_or_default(),
    })
}

fn minutes(v: &Value, key: &str) -> Option<Minutes> {
    v.get(key).map(|m| Minutes {
        minutes: m.get("Minutes").and_then(Value::as_i64),
    })
}

fn tag(v: &Value) -> Tag {
    Tag {
        key: string(v, "Key").unwrap_or_default(),
        value: string(v, "Value").unwrap_or_default(),
    }
}

fn decode_filter(v: &Value) -> Filter {
    let mut parts = Vec::new();
    if let Some(p) = string(v, "Prefix") {
        parts.push(Filter::Prefix(p));
    }
    if let Some(t) = v.get("Tag") {
        parts.push(Filter::Tag(tag(t)));
    }
    if let Some(a) = v.get("And") {
        parts.push(Filter::And {
            prefix: string(a, "Prefix"),
            tags: a
                .get("Tags")
                .and_then(Value::as_array)
                .map(|t| t.iter().map(tag).collect())
                .unwrap_or_default(),
        });
    }
    match parts.len() {
        0 => Filter::Empty,
        1 => parts.pop().expect("one part"),
        _ => Filter::Several(parts),
    }
}

fn decode_rule(v: &Value) -> Rule {
    let d = v.get("Destination").cloned().unwrap_or(Value::Null);
    Rule {
        id: string(v, "ID"),
        priority: v.get("Priority").and_then(Value::as_i64),
        prefix: string(v, "Prefix"),
        filter: v.get("Filter").map(decode_filter),
        status: string(v, "Status").unwrap_or_default(),
        source_selection_criteria: v.get("SourceSelectionCriteria").map(|s| SourceSelectionCriteria {
            sse_kms_encrypted_objects: status_only(s, "SseKmsEncryptedObjects"),
            replica_modifications: status_only(s, "ReplicaModifications"),
        }),
        existing_object_replication: status_only(v, "ExistingObjectReplication"),
        destination: Destination {
            bucket: string(&d, "Bucket").unwrap_or_default(),
            account: string(&d, "Account"),
            storage_class: string(&d, "StorageClass"),
            access_control_translation: d.get("AccessControlTranslation").map(|a| AccessControlTranslation {
                owner: string(a, "Owner").unwrap_or_default(),
            }),
            encryption_configuration: d.get("EncryptionConfiguration").map(|e| EncryptionConfiguration {
                replica_kms_key_id: string(e, "ReplicaKmsKeyID"),
            }),
            replication_time: d.get("ReplicationTime").map(|r| ReplicationTime {
                status: string(r, "Status").unwrap_or_default(),
                time: minutes(r, "Time"),
            }),
            metrics: d.get("Metrics").map(|m| Metrics {
                status: string(m, "Status").unwrap_or_default(),
                event_threshold: minutes(m, "EventThreshold"),
            }),
        },
        delete_marker_replication: status_only(v, "DeleteMarkerReplication"),
    }
}

/// The JSON shape exo and `aws s3api put-bucket-replication` take, members in model order; [`super::parse`]
/// reads it back to the same config.
pub fn to_json(cfg: &ReplicationConfig) -> Value {
    let mut root = Map::new();
    root.insert("Role".into(), Value::from(cfg.role.as_str()));
    root.insert("Rules".into(), Value::Array(cfg.rules.iter().map(rule_json).collect()));
    Value::Object(root)
}

fn obj(pairs: Vec<(&str, Option<Value>)>) -> Value {
    let mut m = Map::new();
    for (k, v) in pairs {
        if let Some(v) = v {
            m.insert(k.to_string(), v);
        }
    }
    Value::Object(m)
}

fn status_json(s: &StatusOnly) -> Value {
    obj(vec![("Status", Some(Value::from(s.status.as_str())))])
}

fn minutes_json(m: &Minutes) -> Value {
    obj(vec![("Minutes", m.minutes.map(Value::from))])
}

fn tag_json(t: &Tag) -> Value {
    obj(vec![
        ("Key", Some(Value::from(t.key.as_str()))),
        ("Value", Some(Value::from(t.value.as_str()))),
    ])
}

fn filter_members(f: &Filter, out: &mut Map<String, Value>) {
    match f {
        Filter::Empty => {}
        Filter::Prefix(p) => {
            out.insert("Prefix".into(), Value::from(p.as_str()));
        }
        Filter::Tag(t) => {
            out.insert("Tag".into(), tag_json(t));
        }
        Filter::And { prefix, tags } => {
            let tags = (!tags.is_empty()).then(|| Value::Array(tags.iter().map(tag_json).collect()));
            out.insert(
                "And".into(),
                obj(vec![("Prefix", prefix.as_deref().map(Value::from)), ("Tags", tags)]),
            );
        }
        Filter::Several(parts) => parts.iter().for_each(|p| filter_members(p, out)),
    }
}

fn rule_json(r: &Rule) -> Value {
    let d = &r.destination;
    let destination = obj(vec![
        ("Bucket", Some(Value::from(d.bucket.as_str()))),
        ("Account", d.account.as_deref().map(Value::from)),
        ("StorageClass", d.storage_class.as_deref().map(Value::from)),
        (
            "AccessControlTranslation",
            d.access_control_translation
                .as_ref()
                .map(|a| obj(vec![("Owner", Some(Value::from(a.owner.as_str())))])),
        ),
        (
            "EncryptionConfiguration",
            d.encryption_configuration.as_ref().map(|e| {
                obj(vec![(
                    "ReplicaKmsKeyID",
                    e.replica_kms_key_id.as_deref().map(Value::from),
                )])
            }),
        ),
        (
            "ReplicationTime",
            d.replication_time.as_ref().map(|t| {
                obj(vec![
                    ("Status", Some(Value::from(t.status.as_str()))),
                    ("Time", t.time.as_ref().map(minutes_json)),
                ])
            }),
        ),
        (
            "Metrics",
            d.metrics.as_ref().map(|m| {
                obj(vec![
                    ("Status", Some(Value::from(m.status.as_str()))),
                    ("EventThreshold", m.event_threshold.as_ref().map(minutes_json)),
                ])
            }),
        ),
    ]);
    obj(vec![
        ("ID", r.id.as_deref().map(Value::from)),
        ("Priority", r.priority.map(Value::from)),
        ("Prefix", r.prefix.as_deref().map(Value::from)),
        (
            "Filter",
            r.filter.as_ref().map(|f| {
                let mut m = Map::new();
                filter_members(f, &mut m);
                Value::Object(m)
            }),
        ),
        ("Status", Some(Value::from(r.status.as_str()))),
        (
            "SourceSelectionCriteria",
            r.source_selection_criteria.as_ref().map(|s| {
                obj(vec![
                    (
                        "SseKmsEncryptedObjects",
                        s.sse_kms_encrypted_objects.as_ref().map(status_json),
                    ),
                    (
                        "ReplicaModifications",
                        s.replica_modifications.as_ref().map(status_json),
                    ),
                ])
            }),
        ),
        (
            "ExistingObjectReplication",
            r.existing_object_replication.as_ref().map(status_json),
        ),
        ("Destination", Some(destination)),
        (
            "DeleteMarkerReplication",
            r.delete_marker_replication.as_ref().map(status_json),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::super::{Filter, InputFormat, Severity, parse};
    use super::*;

    /// The reader's own errors (schema only), before `parse` adds the semantic checks.
    fn read_errors(text: &str) -> Vec<Finding> {
        match super::read(text) {
            Ok((_, errors)) => errors,
            Err(errors) => errors,
        }
    }

    #[test]
    fn keys_match_case_insensitively_and_come_out_canonical() {
        let p = parse(
            r#"{"role": "r", "RULES": [{"id": "x", "priority": 2, "filter": {"PREFIX": "a/"},
                "status": "Enabled", "deletemarkerreplication": {"status": "Disabled"},
                "destination": {"bucket": "dst"}}]}"#,
        )
        .unwrap();
        assert_eq!(p.format, InputFormat::Json);
        assert!(p.notes.is_empty(), "{:?}", p.notes);
        let r = &p.config.rules[0];
        assert_eq!(r.id.as_deref(), Some("x"));
        assert_eq!(r.priority, Some(2));
        assert_eq!(r.filter, Some(Filter::Prefix("a/".into())));
        assert_eq!(r.destination.bucket, "dst");
        let out = to_json(&p.config);
        assert_eq!(out["Rules"][0]["Filter"]["Prefix"], "a/");
        assert_eq!(out["Rules"][0]["DeleteMarkerReplication"]["Status"], "Disabled");
    }

    #[test]
    fn the_get_bucket_replication_wrapper_is_accepted() {
        let wrapped = r#"{"ReplicationConfiguration": {"Role": "r", "Rules": [{"Status": "Enabled",
            "Priority": 1, "Filter": {}, "DeleteMarkerReplication": {"Status": "Enabled"},
            "Destination": {"Bucket": "arn:aws:s3:::dst"}}]}}"#;
        let cfg = parse(wrapped).unwrap().config;
        assert_eq!(cfg.role, "r");
        assert_eq!(cfg.rules[0].filter, Some(Filter::Empty));
    }

    #[test]
    fn unknown_key_names_the_closest_valid_key() {
        let errs = parse(
            r#"{"Role": "r", "Rules": [{"ID": "one", "Filter": {"Prefx": "a"}, "Status": "Enabled",
                "Destination": {"Bucket": "b", "Acount": "x"}}], "Rulez": []}"#,
        )
        .unwrap_err();
        let shown: Vec<String> = errs.iter().filter(|e| e.is_error()).map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                r#"Rules[0].Filter: unknown key "Prefx" (did you mean "Prefix"?)"#,
                r#"Rules[0].Destination: unknown key "Acount" (did you mean "Account"?)"#,
                r#"unknown key "Rulez" (did you mean "Rules"?)"#,
                // The semantic checks still run on what could be read: every problem at once.
                r#"Rules[0].Destination.Bucket: invalid bucket name "b": a bucket name is 3 to 63 characters long, found 1"#,
            ]
        );
        assert_eq!(errs[0].rule_id.as_deref(), Some("one"));
        assert!(errs[..3].iter().all(|e| e.s3_code == "MalformedXML"));
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let errs = parse("{\n  \"Role\": \"r\",\n  \"Rules\": [,]\n}").unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].line_col, Some((3, 13)));
        assert_eq!(errs[0].message, "invalid JSON: expected value");
    }

    #[test]
    fn wrong_types_are_errors_with_their_path() {
        let errs = read_errors(
            r#"{"Role": 5, "Rules": [{"Priority": "1", "Status": "Enabled", "Filter": [],
                "Destination": {"Bucket": "b"}}, {"Priority": 1.5}]}"#,
        );
        let shown: Vec<String> = errs.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "Role: expected a string, found a number",
                "Rules[0].Priority: expected an integer, found the string \"1\"",
                "Rules[0].Filter: expected an object, found an array",
                "Rules[1].Priority: expected an integer, found 1.5",
            ]
        );
        let errs = parse("[1]").unwrap_err();
        assert_eq!(errs[0].message, "the document must be an object, found an array");
    }

    #[test]
    fn null_is_absent_and_case_duplicates_are_errors() {
        let cfg = parse(r#"{"Role": "r", "Rules": [{"ID": null, "Prefix": "p", "Status": "Enabled", "Destination": {"Bucket": "b"}}]}"#)
            .unwrap()
            .config;
        assert_eq!(cfg.rules[0].id, None);
        let errs = parse(r#"{"Role": "r", "role": "s", "Rules": []}"#).unwrap_err();
        assert_eq!(errs[0].message, "key \"role\" given twice (also as \"Role\")");
    }

    #[test]
    fn exo_defaults_are_applied_to_json_as_notes() {
        let p =
            parse(r#"{"Role": "r", "Rules": [{"ID": "a", "Status": "Enabled", "Destination": {"Bucket": "dst"}}]}"#)
                .unwrap();
        let r = &p.config.rules[0];
        assert_eq!(r.filter, Some(Filter::Prefix(String::new())));
        assert_eq!(r.priority, Some(0));
        assert_eq!(r.delete_marker_replication.as_ref().unwrap().status, "Disabled");
        let paths: Vec<&str> = p.notes.iter().map(|n| n.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "Rules[0].Filter",
                "Rules[0].Priority",
                "Rules[0].DeleteMarkerReplication"
            ]
        );
        assert!(
            p.notes
                .iter()
                .all(|n| n.severity == Severity::Note && n.rule_id.as_deref() == Some("a"))
        );
        // A V1 rule (rule-level Prefix) is left alone.
        let p = parse(
            r#"{"Role": "r", "Rules": [{"Prefix": "x/", "Status": "Enabled", "Destination": {"Bucket": "dst"}}]}"#,
        )
        .unwrap();
        assert!(p.notes.is_empty());
        assert_eq!(p.config.rules[0].filter, None);
        assert_eq!(p.config.rules[0].priority, None);
    }

    #[test]
    fn several_filter_members_are_kept_for_validation() {
        let cfg = parse(r#"{"Role": "r", "Rules": [{"Priority": 1, "Filter": {"Tag": {"Key": "k", "Value": "v"}, "Prefix": "p"},
            "Status": "Enabled", "DeleteMarkerReplication": {"Status": "Disabled"}, "Destination": {"Bucket": "dst"}}]}"#)
            .unwrap()
            .config;
        assert_eq!(
            cfg.rules[0].filter,
            Some(Filter::Several(vec![
                Filter::Prefix("p".into()),
                Filter::Tag(crate::model::Tag {
                    key: "k".into(),
                    value: "v".into()
                })
            ]))
        );
        assert_eq!(
            to_json(&cfg)["Rules"][0]["Filter"],
            serde_json::json!({"Prefix": "p", "Tag": {"Key": "k", "Value": "v"}})
        );
    }

    #[test]
    fn key_and_value_errors_carry_line_and_column() {
        let text = "{\n  \"Role\": \"r\",\n  \"rules\": [\n    {\"ID\": \"a\\\"b\", \"filter\": {\"Prefx\": \"x\"},\n     \"Priority\": \"1\"},\n    7\n  ]\n}";
        let errs = read_errors(text);
        let got: Vec<(String, Option<(usize, usize)>)> = errs.iter().map(|e| (e.path.clone(), e.line_col)).collect();
        assert_eq!(
            got,
            [
                ("Rules[0].Filter".to_string(), Some((4, 31))),
                ("Rules[0].Priority".to_string(), Some((5, 6))),
                ("Rules[1]".to_string(), Some((6, 5))),
            ]
        );
        // Inside the get-bucket-replication wrapper too.
        let wrapped = "{\"ReplicationConfiguration\": {\n\"Role\": \"r\", \"Rulez\": []}}";
        let errs = read_errors(wrapped);
        assert_eq!(errs[0].line_col, Some((2, 14)));
    }
}
