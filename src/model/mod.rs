//! The replication configuration model shared by the CLI and the bundled server: the typed config, its
//! two wire forms (the exo/aws-cli JSON and the S3 XML document), validation with every finding at once,
//! and rule selection for a key. Pure: no I/O here.
//!
//! Reading goes through one schema ([`SCHEMA`]) for both forms: the JSON or XML input is first checked
//! against it and turned into a canonical JSON value (exact key names, schema order), which is then
//! decoded into the typed [`ReplicationConfig`]. That keeps "unknown key, did you mean ..." and type
//! errors identical for both inputs.

pub mod acl;
pub mod config_diff;
pub mod cors;
pub mod diff;
pub mod iam;
mod json;
pub mod operator;
pub mod prereq;
pub mod rules;
pub mod s3;
mod validate;
mod xml;

pub use json::to_json;
pub use rules::{Target, targets};
pub use validate::{bucket_problem, counts, validate};
pub use xml::{MAX_DOCUMENT_BYTES, to_xml};

/// The S3 namespace of the wire document.
pub const S3_NAMESPACE: &str = crate::xml::S3_NS;

/// At most this many rules per configuration.
pub const MAX_RULES: usize = 1000;

/// Longest rule ID shown in a finding (S3's limit on IDs).
const MAX_SHOWN_ID_CHARS: usize = 255;

/// A replication configuration as written by the user. Fields that are required by S3 but may be absent
/// in the input (`Role`, `Status`, `Destination.Bucket`) are empty strings after parsing, so that
/// [`validate`] can report them along with every other problem.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReplicationConfig {
    pub role: String,
    pub rules: Vec<Rule>,
}

impl ReplicationConfig {
    /// The destination bucket names (plain, without an ARN prefix), in rule order, without repeats.
    pub fn destinations(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in &self.rules {
            let b = bucket_name(&r.destination.bucket);
            if !b.is_empty() && !out.iter().any(|d| d == b) {
                out.push(b.to_string());
            }
        }
        out
    }
}

/// One `<Rule>`, members in the SDKs' model order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rule {
    pub id: Option<String>,
    pub priority: Option<i64>,
    /// Deprecated V1 rule-level prefix.
    pub prefix: Option<String>,
    pub filter: Option<Filter>,
    /// `Enabled` or `Disabled` once validated; `""` when absent.
    pub status: String,
    pub source_selection_criteria: Option<SourceSelectionCriteria>,
    pub existing_object_replication: Option<StatusOnly>,
    pub destination: Destination,
    pub delete_marker_replication: Option<StatusOnly>,
}

/// A V2 `<Filter>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    /// `<Filter/>`: every object.
    Empty,
    Prefix(String),
    Tag(Tag),
    And {
        prefix: Option<String>,
        tags: Vec<Tag>,
    },
    /// A filter holding more than one of Prefix / Tag / And, each child in schema order. Invalid (check 8)
    /// but kept so that validation can report it and conversion does not silently drop a condition.
    Several(Vec<Filter>),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tag {
    pub key: String,
    pub value: String,
}

/// A member holding only `Status` (DeleteMarkerReplication, ExistingObjectReplication, ...).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StatusOnly {
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SourceSelectionCriteria {
    pub sse_kms_encrypted_objects: Option<StatusOnly>,
    pub replica_modifications: Option<StatusOnly>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Destination {
    /// A plain bucket name or `arn:aws:s3:::name`; `""` when absent.
    pub bucket: String,
    pub account: Option<String>,
    pub storage_class: Option<String>,
    pub access_control_translation: Option<AccessControlTranslation>,
    pub encryption_configuration: Option<EncryptionConfiguration>,
    pub replication_time: Option<ReplicationTime>,
    pub metrics: Option<Metrics>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AccessControlTranslation {
    /// Must be `Destination`; `""` when absent.
    pub owner: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EncryptionConfiguration {
    pub replica_kms_key_id: Option<String>,
}

/// `{Minutes}`, the value of `ReplicationTime.Time` and `Metrics.EventThreshold`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Minutes {
    pub minutes: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReplicationTime {
    pub status: String,
    pub time: Option<Minutes>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Metrics {
    pub status: String,
    pub event_threshold: Option<Minutes>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem (or note) about a config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    /// Where, as a JSON path: `Rules[1].Destination.Bucket`; `""` for the whole document.
    pub path: String,
    /// The ID of the rule concerned, when it has one.
    pub rule_id: Option<String>,
    pub message: String,
    /// The S3 error code a server answers with for this problem (`MalformedXML`, `InvalidArgument`,
    /// `InvalidRequest`); `""` for warnings and notes.
    pub s3_code: &'static str,
    /// 1-based line and column, for syntax errors (and XML element errors).
    pub line_col: Option<(usize, usize)>,
}

impl Finding {
    pub fn error(path: impl Into<String>, s3_code: &'static str, message: impl Into<String>) -> Self {
        Finding {
            severity: Severity::Error,
            path: path.into(),
            rule_id: None,
            message: message.into(),
            s3_code,
            line_col: None,
        }
    }

    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Finding {
            severity: Severity::Warning,
            s3_code: "",
            ..Finding::error(path, "", message)
        }
    }

    pub fn note(path: impl Into<String>, message: impl Into<String>) -> Self {
        Finding {
            severity: Severity::Note,
            s3_code: "",
            ..Finding::error(path, "", message)
        }
    }

    /// The rule's ID, as findings show it: an ID longer than S3 allows (itself an error) is cut there,
    /// with an ellipsis, so that a huge ID is not repeated in every finding of its rule.
    pub fn with_rule(mut self, rule_id: Option<&str>) -> Self {
        self.rule_id = rule_id.map(|id| match id.char_indices().nth(MAX_SHOWN_ID_CHARS) {
            Some((cut, _)) => format!("{}…", &id[..cut]),
            None => id.to_string(),
        });
        self
    }

    pub fn at(mut self, line_col: Option<(usize, usize)>) -> Self {
        self.line_col = line_col;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `path: message` (or just the message at the document level).
impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Json,
    Xml,
}

/// A parsed config, the format it came in, and the notes about defaults applied while reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub config: ReplicationConfig,
    pub format: InputFormat,
    pub notes: Vec<Finding>,
}

/// Reads a config in either wire form: XML when the first non-blank character is `<`, else JSON.
///
/// Errors (all of them, not only the first): syntax errors with line:column, unknown keys naming the
/// closest valid key, wrong types. JSON input gets exo's defaults (see [`apply_exo_defaults`]), each
/// reported as a note; the XML document is taken as it is, since that is what a server receives.
pub fn parse(text: &str) -> Result<Parsed, Vec<Finding>> {
    parse_for(text, None)
}

/// [`parse`], with the source bucket that the semantic checks run after schema errors are given.
fn parse_for(text: &str, source: Option<&str>) -> Result<Parsed, Vec<Finding>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(vec![Finding::error(
            "",
            "MalformedXML",
            format!(
                "the document is {} bytes; S3 takes a replication configuration of at most {MAX_DOCUMENT_BYTES} \
                 bytes (2 MB)",
                text.len()
            ),
        )]);
    }
    let first = text.trim_start().chars().next();
    let (canonical, schema_errors, format) = match first {
        None => return Err(vec![Finding::error("", "MalformedXML", "the document is empty")]),
        Some('<') => {
            let (v, e) = xml::read(text)?;
            (v, e, InputFormat::Xml)
        }
        Some(_) => {
            let (v, e) = json::read(text)?;
            (v, e, InputFormat::Json)
        }
    };
    let mut config = json::decode(&canonical);
    let notes = match format {
        InputFormat::Json => apply_exo_defaults(&mut config),
        InputFormat::Xml => Vec::new(),
    };
    if schema_errors.is_empty() {
        return Ok(Parsed { config, format, notes });
    }
    // Every error at its line:column (the readers locate theirs; the semantic ones are located here).
    let mut errors = with_semantic_findings(schema_errors, &config, source);
    add_positions(text, &mut errors);
    Err(errors)
}

/// A config read and checked in one step, as `replication validate`, `replication convert`,
/// `bucket replication set` and the server's PUT ?replication all need it: parsed, validated (with the
/// source≠destination check when the source is known), every finding at its line:column, errors first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// None when the document could not be read (its errors are in `findings`).
    pub config: Option<ReplicationConfig>,
    pub format: Option<InputFormat>,
    /// Errors, then warnings, then notes (exo defaults applied while reading JSON).
    pub findings: Vec<Finding>,
}

impl Loaded {
    /// (errors, warnings, notes)
    pub fn counts(&self) -> (usize, usize, usize) {
        counts(&self.findings)
    }

    pub fn errors(&self) -> usize {
        self.counts().0
    }

    /// The config when it has no error.
    pub fn valid(&self) -> Option<&ReplicationConfig> {
        if self.errors() == 0 { self.config.as_ref() } else { None }
    }

    /// The errors, in order.
    pub fn error_findings(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.is_error())
    }
}

/// Reads, validates and locates a config (see [`Loaded`]).
pub fn load(text: &str, source: Option<&str>) -> Loaded {
    match parse_for(text, source) {
        Ok(parsed) => {
            let mut findings = validate::validate(&parsed.config, source);
            findings.extend(parsed.notes);
            add_positions(text, &mut findings);
            findings.sort_by_key(|f| f.severity);
            Loaded {
                config: Some(parsed.config),
                format: Some(parsed.format),
                findings,
            }
        }
        Err(mut errors) => {
            errors.sort_by_key(|f| f.severity);
            Loaded {
                config: None,
                format: None,
                findings: errors,
            }
        }
    }
}

/// Every problem at once: after schema errors (unknown members, wrong types), the semantic checks still run
/// on what could be read, so a typo in one rule does not hide a bad bucket name in another, nor the warnings
/// of the whole document (errors and warnings are counted and listed together). A semantic finding inside
/// a member that had a type error (and so was dropped from the value) would only echo it, and is left out.
/// An unknown key is reported at its parent's path and dropped alone, so it hides nothing: a misspelt
/// `Statu` is followed by the (true) report that `Status` is missing.
fn with_semantic_findings(mut errors: Vec<Finding>, config: &ReplicationConfig, source: Option<&str>) -> Vec<Finding> {
    let dropped: std::collections::HashSet<&str> = errors
        .iter()
        .filter(|e| !e.path.is_empty() && !e.message.starts_with("unknown "))
        .map(|e| e.path.as_str())
        .collect();
    // A path is inside a dropped member when it or one of its ancestors is one (a set lookup per ancestor,
    // not a scan of every dropped path per finding).
    let inside_dropped = |path: &str| {
        let mut p = path;
        while !p.is_empty() {
            if dropped.contains(p) {
                return true;
            }
            p = parent_path(p);
        }
        false
    };
    let semantic: Vec<Finding> = validate::validate(config, source)
        .into_iter()
        .filter(|f| f.severity != Severity::Note)
        .filter(|f| !inside_dropped(&f.path))
        .collect();
    errors.extend(semantic);
    errors
}

/// What exo does to the JSON it reads, and so what sosctl does to exo-shaped JSON: a rule without Filter
/// and without rule-level Prefix gets `Filter{Prefix:""}`; then a rule with a Filter gets Priority 0 and
/// DeleteMarkerReplication Disabled when they are missing. Returns one note per default applied.
pub fn apply_exo_defaults(cfg: &mut ReplicationConfig) -> Vec<Finding> {
    let mut notes = Vec::new();
    for (i, rule) in cfg.rules.iter_mut().enumerate() {
        let id = rule.id.clone();
        let note = |field: &str, msg: &str| Finding::note(format!("Rules[{i}].{field}"), msg).with_rule(id.as_deref());
        if rule.filter.is_none() && rule.prefix.is_none() {
            rule.filter = Some(Filter::Prefix(String::new()));
            notes.push(note(
                "Filter",
                "no Filter and no Prefix: using Filter {\"Prefix\": \"\"} (every object), as exo does",
            ));
        }
        if rule.filter.is_some() {
            if rule.priority.is_none() {
                rule.priority = Some(0);
                notes.push(note("Priority", "no Priority: using 0, as exo does"));
            }
            if rule.delete_marker_replication.is_none() {
                rule.delete_marker_replication = Some(StatusOnly {
                    status: "Disabled".into(),
                });
                notes.push(note(
                    "DeleteMarkerReplication",
                    "no DeleteMarkerReplication: using Disabled (delete markers are not replicated)",
                ));
            }
        }
    }
    notes
}

/// Fills in line:column for findings that have a path but no position (validation findings, notes),
/// pointing at the member in `text` (the document they were found in), or at its closest ancestor when
/// the member is absent (a missing `Priority` points at its rule).
pub fn add_positions(text: &str, findings: &mut [Finding]) {
    if findings.iter().all(|f| f.line_col.is_some() || f.path.is_empty()) {
        return;
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().starts_with('<') {
        xml::add_positions(text, findings);
    } else {
        json::add_positions(text, findings);
    }
}

/// `Rules[1].Filter` for `Rules[1].Filter.Prefix`, `Rules` for `Rules[1]`, `""` at the top.
pub(crate) fn parent_path(path: &str) -> &str {
    match path.rfind(['.', '[']) {
        Some(i) => &path[..i],
        None => "",
    }
}

/// The plain bucket name of a `Destination.Bucket` (strips `arn:aws:s3:::`).
pub fn bucket_name(dest_bucket: &str) -> &str {
    dest_bucket.strip_prefix("arn:aws:s3:::").unwrap_or(dest_bucket)
}

/// The shape of a config, shared by the JSON and XML readers.
#[derive(Debug)]
pub(crate) struct Field {
    /// The JSON member name (also the XML element name, except for lists).
    pub json: &'static str,
    /// The XML element name (`Rule` for `Rules`, `Tag` for `Tags`).
    pub xml: &'static str,
    pub kind: Kind,
}

#[derive(Debug)]
pub(crate) enum Kind {
    Str,
    Int,
    Obj(&'static [Field]),
    /// A list of objects: a JSON array, repeated elements in XML.
    List(&'static [Field]),
}

const fn f(name: &'static str, kind: Kind) -> Field {
    Field {
        json: name,
        xml: name,
        kind,
    }
}

pub(crate) static SCHEMA: &[Field] = &[
    f("Role", Kind::Str),
    Field {
        json: "Rules",
        xml: "Rule",
        kind: Kind::List(RULE),
    },
];
static RULE: &[Field] = &[
    f("ID", Kind::Str),
    f("Priority", Kind::Int),
    f("Prefix", Kind::Str),
    f("Filter", Kind::Obj(FILTER)),
    f("Status", Kind::Str),
    f("SourceSelectionCriteria", Kind::Obj(SOURCE_SELECTION)),
    f("ExistingObjectReplication", Kind::Obj(STATUS)),
    f("Destination", Kind::Obj(DESTINATION)),
    f("DeleteMarkerReplication", Kind::Obj(STATUS)),
];
static FILTER: &[Field] = &[
    f("Prefix", Kind::Str),
    f("Tag", Kind::Obj(TAG)),
    f("And", Kind::Obj(AND)),
];
static TAG: &[Field] = &[f("Key", Kind::Str), f("Value", Kind::Str)];

/// Members S3 requires that the readers check themselves, since decoding would make their absence
/// invisible: a Tag without a Value would silently become a tag with an empty value.
pub(crate) fn required_members(fields: &'static [Field]) -> &'static [&'static str] {
    if std::ptr::eq(fields, TAG) { &["Value"] } else { &[] }
}

/// The error for a required member that is absent.
pub(crate) fn missing_member(name: &str) -> String {
    format!("{name} is required here (it may be empty, but it must be given)")
}
static AND: &[Field] = &[
    f("Prefix", Kind::Str),
    Field {
        json: "Tags",
        xml: "Tag",
        kind: Kind::List(TAG),
    },
];
static STATUS: &[Field] = &[f("Status", Kind::Str)];
static SOURCE_SELECTION: &[Field] = &[
    f("SseKmsEncryptedObjects", Kind::Obj(STATUS)),
    f("ReplicaModifications", Kind::Obj(STATUS)),
];
static DESTINATION: &[Field] = &[
    f("Bucket", Kind::Str),
    f("Account", Kind::Str),
    f("StorageClass", Kind::Str),
    f("AccessControlTranslation", Kind::Obj(OWNER)),
    f("EncryptionConfiguration", Kind::Obj(ENCRYPTION)),
    f("ReplicationTime", Kind::Obj(REPLICATION_TIME)),
    f("Metrics", Kind::Obj(METRICS)),
];
static OWNER: &[Field] = &[f("Owner", Kind::Str)];
static ENCRYPTION: &[Field] = &[f("ReplicaKmsKeyID", Kind::Str)];
static REPLICATION_TIME: &[Field] = &[f("Status", Kind::Str), f("Time", Kind::Obj(MINUTES))];
static METRICS: &[Field] = &[f("Status", Kind::Str), f("EventThreshold", Kind::Obj(MINUTES))];
static MINUTES: &[Field] = &[f("Minutes", Kind::Int)];

/// The valid name closest to `name` (case-insensitive edit distance), for "did you mean" hints.
pub(crate) fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let lower = name.to_ascii_lowercase();
    candidates
        .map(|c| (edit_distance(&lower, &c.to_ascii_lowercase()), c))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Line starts of a text, for many line:column look-ups (one per finding) without rescanning the text.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// Characters before each multiple of [`CHECKPOINT`] bytes, so that a column costs at most that many
    /// bytes of counting, however long the line (a one-line document with many findings stays linear).
    chars_before: Vec<usize>,
}

const CHECKPOINT: usize = 4096;

/// Characters in `bytes` (a slice of UTF-8 that may cut a character: its continuation bytes do not count).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        let mut chars_before = vec![0];
        for chunk in text.as_bytes().chunks(CHECKPOINT) {
            chars_before.push(chars_before[chars_before.len() - 1] + count_chars(chunk));
        }
        LineIndex {
            text,
            starts,
            chars_before,
        }
    }

    /// Characters in the text before byte `offset`.
    fn chars_to(&self, offset: usize) -> usize {
        let k = offset / CHECKPOINT;
        self.chars_before[k] + count_chars(&self.text.as_bytes()[k * CHECKPOINT..offset])
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub(crate) fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        (line, self.chars_to(offset) - self.chars_to(start) + 1)
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let col = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_schema_error_does_not_hide_the_warnings_of_the_document() {
        // The unknown key is a schema error; Metrics is a warning (SOS has none) and, without
        // ReplicationTime, an error; the same source as destination is an error only with --source.
        let json = r#"{"Role": "6f00a21e-a535-4286-86c5-e81eeab3b4ff", "Rules": [{"ID": "m", "Priority": 1,
            "Filter": {"Prefix": ""}, "Status": "Enabled", "DeleteMarkerReplication": {"Status": "Disabled"},
            "Destination": {"Bucket": "my-destination", "Metrics": {"Status": "Enabled"}, "Acount": "x"}}]}"#;
        let loaded = load(json, Some("my-destination"));
        assert!(loaded.config.is_none());
        let (errors, warnings, _) = counts(&loaded.findings);
        let shown: Vec<String> = loaded
            .findings
            .iter()
            .map(|f| format!("{}: {}", f.severity, f.path))
            .collect();
        assert_eq!(warnings, 1, "{shown:?}");
        assert!(
            shown.contains(&"warning: Rules[0].Destination.Metrics".to_string()),
            "{shown:?}"
        );
        assert!(shown.contains(&"error: Rules[0].Destination".to_string()), "{shown:?}");
        assert!(
            loaded
                .findings
                .iter()
                .any(|f| f.is_error() && f.path == "Rules[0].Destination.Bucket"),
            "the source bucket is checked after schema errors too: {shown:?}"
        );
        assert_eq!(errors, 3, "{shown:?}");
        // Errors first, then warnings.
        assert!(loaded.findings.windows(2).all(|w| w[0].severity <= w[1].severity));
    }

    #[test]
    fn a_tag_without_a_value_is_an_error_in_both_forms() {
        let json = r#"{"Role": "r", "Rules": [{"ID": "t", "Priority": 1, "Status": "Enabled",
            "Filter": {"Tag": {"Key": "k"}}, "DeleteMarkerReplication": {"Status": "Disabled"},
            "Destination": {"Bucket": "dst"}}]}"#;
        let errs = parse(json).unwrap_err();
        let missing: Vec<&Finding> = errs
            .iter()
            .filter(|f| f.message.starts_with("Value is required"))
            .collect();
        assert_eq!(missing.len(), 1, "{errs:?}");
        assert_eq!(missing[0].path, "Rules[0].Filter.Tag");
        assert_eq!(missing[0].line_col.map(|(l, _)| l), Some(2));
        let xml = "<ReplicationConfiguration><Role>r</Role><Rule><Priority>1</Priority><Status>Enabled</Status>\
                   <Filter><And><Prefix>p</Prefix><Tag><Key>k</Key></Tag></And></Filter>\
                   <DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication>\
                   <Destination><Bucket>dst</Bucket></Destination></Rule></ReplicationConfiguration>";
        let errs: Vec<Finding> = parse(xml).unwrap_err().into_iter().filter(Finding::is_error).collect();
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].path, "Rules[0].Filter.And.Tags[0]");
        // An empty Value is a value.
        assert!(parse(&json.replace(r#"{"Key": "k"}"#, r#"{"Key": "k", "Value": ""}"#)).is_ok());
    }

    #[test]
    fn documents_over_2_mb_and_deeply_nested_xml_are_refused_not_read() {
        let big = format!("{{\"Role\": \"{}\", \"Rules\": []}}", "r".repeat(MAX_DOCUMENT_BYTES));
        let errs = parse(&big).unwrap_err();
        assert!(errs[0].message.contains("at most 2097152 bytes"), "{errs:?}");
        // 150 000 levels in 1 MB: once enough to overflow the stack; now one error at the level too deep.
        let deep = "<ReplicationConfiguration>".to_string() + &"<Rule>".repeat(150_000);
        assert!(deep.len() < MAX_DOCUMENT_BYTES);
        let errs = parse(&deep).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert!(errs[0].message.contains("nest deeper than 32"), "{errs:?}");
        assert_eq!(errs[0].line_col, Some((1, 27 + 31 * 6)));
    }

    #[test]
    fn columns_on_a_long_line_count_characters() {
        // Checkpoints every 4096 bytes: a column past several of them, after multi-byte characters.
        let text = format!("{}{}x", "é".repeat(5000), "a".repeat(3000));
        let idx = LineIndex::new(&text);
        let at = text.len() - 1;
        assert_eq!(idx.line_col(at), (1, 8001));
        assert_eq!(idx.line_col(at), line_col(&text, at));
        let two = format!("ab\n{}z", "é".repeat(3000));
        let idx = LineIndex::new(&two);
        assert_eq!(idx.line_col(two.len() - 1), (2, 3001));
        assert_eq!(idx.line_col(0), (1, 1));
    }

    #[test]
    fn a_huge_rule_id_is_shown_cut() {
        let f = Finding::error("Rules[0].ID", "InvalidArgument", "too long").with_rule(Some(&"i".repeat(10_000)));
        let shown = f.rule_id.unwrap();
        assert_eq!(shown.chars().count(), 256);
        assert!(shown.ends_with('…'));
        let f = Finding::note("x", "y").with_rule(Some("short"));
        assert_eq!(f.rule_id.as_deref(), Some("short"));
    }

    #[test]
    fn load_validates_locates_and_sorts_in_one_step() {
        let text = "{\"Role\": \"not-a-uuid\",\n \"Rules\": [{\"ID\": \"r\", \"Status\": \"Enabled\",\n  \"Destination\": {\"Bucket\": \"src\"}}]}";
        let l = load(text, Some("src"));
        assert_eq!(l.format, Some(InputFormat::Json));
        let severities: Vec<Severity> = l.findings.iter().map(|f| f.severity).collect();
        let mut sorted = severities.clone();
        sorted.sort();
        assert_eq!(severities, sorted, "errors first, then warnings, then notes");
        let (errors, warnings, notes) = l.counts();
        assert!(errors >= 1 && warnings >= 1 && notes >= 1, "{:?}", l.findings);
        let same = l
            .error_findings()
            .find(|f| f.message.contains("same as the source"))
            .expect("source check");
        assert_eq!(same.line_col.map(|(line, _)| line), Some(3), "{same:?}");
        assert!(l.valid().is_none());
        // Without the source, the same rule is valid.
        assert!(load(text, None).valid().is_some());
        // A document that does not parse: its errors, no config.
        let bad = load("{\"Role\": ", None);
        assert!(bad.config.is_none() && bad.errors() == 1, "{bad:?}");
    }

    #[test]
    fn destinations_are_in_rule_order_without_repeats_or_arn_prefix() {
        let text = r#"{"Role": "r", "Rules": [
            {"ID": "1", "Priority": 1, "Status": "Enabled", "Destination": {"Bucket": "zeta"}},
            {"ID": "2", "Priority": 2, "Status": "Enabled", "Destination": {"Bucket": "arn:aws:s3:::alpha"}},
            {"ID": "3", "Priority": 3, "Status": "Enabled", "Destination": {"Bucket": "zeta"}}]}"#;
        let cfg = parse(text).unwrap().config;
        assert_eq!(cfg.destinations(), ["zeta", "alpha"]);
    }

    #[test]
    fn schema_errors_do_not_hide_semantic_errors() {
        // An unknown key in one rule, a bad status and a bad bucket name in the same rule, a wrongly typed
        // Priority and a duplicate ID in another: all reported at once, schema errors first.
        let text = r#"{"Role": "x", "Rules": [
            {"ID": "a", "Status": "Enabld", "Filter": {"Prefx": ""}, "Destination": {"Bucket": "B_ad"}},
            {"ID": "a", "Priority": "x", "Status": "Enabled", "Destination": {"Bucket": "ok-b"}}]}"#;
        let all = parse(text).unwrap_err();
        // The warnings of the document are reported with them (here the Role is not a role).
        let warned: Vec<&str> = all
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .map(|f| f.path.as_str())
            .collect();
        assert_eq!(warned, ["Role"], "{all:?}");
        let errs: Vec<Finding> = all.into_iter().filter(Finding::is_error).collect();
        let got: Vec<&str> = errs.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            got,
            [
                "Rules[0].Filter",
                "Rules[1].Priority",
                "Rules[0].Status",
                "Rules[0].Destination.Bucket",
                "Rules[1].ID"
            ],
            "{errs:?}"
        );
        // Each one at its line:column, the semantic ones included.
        assert!(errs.iter().all(|e| e.line_col.is_some()), "{errs:?}");
        // The dropped Priority is not reported a second time as missing.
        assert_eq!(errs.iter().filter(|e| e.path == "Rules[1].Priority").count(), 1);
        // Same for XML.
        let doc = "<ReplicationConfiguration><Role>r</Role><Rule><Statu>Enabled</Statu>\
                   <Destination><Bucket>B_ad</Bucket></Destination></Rule></ReplicationConfiguration>";
        let errs = parse(doc).unwrap_err();
        let got: Vec<&str> = errs.iter().filter(|e| e.is_error()).map(|e| e.path.as_str()).collect();
        assert_eq!(
            got,
            ["Rules[0]", "Rules[0].Status", "Rules[0].Destination.Bucket"],
            "{errs:?}"
        );
    }

    /// Text with what makes escaping hard: markup characters, quotes, whitespace, `\r`, control
    /// characters (written as character references), and non-ASCII.
    fn text() -> impl Strategy<Value = String> {
        let special = prop::sample::select(vec![
            '&', '<', '>', '"', '\'', ' ', '\t', '\n', '\r', '\u{1}', '\u{1f}', ';', '#', '/', 'é', '日', '😀', ']',
        ]);
        let ch = prop_oneof![
            special,
            prop::char::range('a', 'z'),
            any::<char>().prop_filter("NUL has no XML form", |c| *c != '\0'),
        ];
        prop::collection::vec(ch, 0..12).prop_map(|v| v.into_iter().collect())
    }

    fn status() -> impl Strategy<Value = StatusOnly> {
        prop_oneof![Just("Enabled"), Just("Disabled"), Just("bogus")].prop_map(|s| StatusOnly { status: s.into() })
    }

    fn minutes() -> impl Strategy<Value = Minutes> {
        proptest::option::of(any::<i64>()).prop_map(|minutes| Minutes { minutes })
    }

    fn tag() -> impl Strategy<Value = Tag> {
        (text(), text()).prop_map(|(key, value)| Tag { key, value })
    }

    fn filter() -> impl Strategy<Value = Filter> {
        let and = || {
            (proptest::option::of(text()), prop::collection::vec(tag(), 0..3))
                .prop_map(|(prefix, tags)| Filter::And { prefix, tags })
        };
        let simple = prop_oneof![
            Just(Filter::Empty),
            text().prop_map(Filter::Prefix),
            tag().prop_map(Filter::Tag),
            and(),
        ];
        // Several members, kept in schema order (Prefix, Tag, And) as the readers produce them.
        let several = (text(), tag(), and(), 0..3usize).prop_map(|(p, t, a, drop)| {
            let mut parts = vec![Filter::Prefix(p), Filter::Tag(t), a];
            parts.remove(drop);
            Filter::Several(parts)
        });
        prop_oneof![4 => simple, 1 => several]
    }

    fn destination() -> impl Strategy<Value = Destination> {
        (
            text(),
            proptest::option::of(text()),
            proptest::option::of(text()),
            proptest::option::of(text().prop_map(|owner| AccessControlTranslation { owner })),
            proptest::option::of(
                proptest::option::of(text())
                    .prop_map(|replica_kms_key_id| EncryptionConfiguration { replica_kms_key_id }),
            ),
            proptest::option::of(
                (status(), proptest::option::of(minutes()))
                    .prop_map(|(s, time)| ReplicationTime { status: s.status, time }),
            ),
            proptest::option::of(
                (status(), proptest::option::of(minutes())).prop_map(|(s, event_threshold)| Metrics {
                    status: s.status,
                    event_threshold,
                }),
            ),
        )
            .prop_map(|(bucket, account, storage_class, act, enc, rt, metrics)| Destination {
                bucket,
                account,
                storage_class,
                access_control_translation: act,
                encryption_configuration: enc,
                replication_time: rt,
                metrics,
            })
    }

    fn rule() -> impl Strategy<Value = Rule> {
        (
            proptest::option::of(text()),
            proptest::option::of(any::<i64>()),
            proptest::option::of(text()),
            proptest::option::of(filter()),
            prop_oneof![Just(String::from("Enabled")), Just(String::from("Disabled")), text()],
            proptest::option::of(
                (proptest::option::of(status()), proptest::option::of(status())).prop_map(
                    |(sse_kms_encrypted_objects, replica_modifications)| SourceSelectionCriteria {
                        sse_kms_encrypted_objects,
                        replica_modifications,
                    },
                ),
            ),
            proptest::option::of(status()),
            destination(),
            proptest::option::of(status()),
        )
            .prop_map(
                |(id, priority, prefix, filter, status, ssc, eor, destination, dmr)| Rule {
                    id,
                    priority,
                    prefix,
                    filter,
                    status,
                    source_selection_criteria: ssc,
                    existing_object_replication: eor,
                    destination,
                    delete_marker_replication: dmr,
                },
            )
    }

    fn config() -> impl Strategy<Value = ReplicationConfig> {
        (text(), prop::collection::vec(rule(), 0..4)).prop_map(|(role, rules)| ReplicationConfig { role, rules })
    }

    /// Configs on which exo's JSON defaults change nothing (as after a first JSON read), so that a JSON
    /// reading is expected to give the config back unchanged.
    fn exo_shaped() -> impl Strategy<Value = ReplicationConfig> {
        config().prop_map(|mut c| {
            apply_exo_defaults(&mut c);
            c
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn xml_reads_back_every_config(cfg in config()) {
            let xml = to_xml(&cfg);
            let parsed = parse(&xml).map_err(|e| TestCaseError::fail(format!("{e:?}\n{xml}")))?;
            prop_assert_eq!(parsed.format, InputFormat::Xml);
            prop_assert_eq!(&parsed.config, &cfg);
            prop_assert!(parsed.notes.is_empty());
        }

        #[test]
        fn json_to_xml_to_json_is_lossless(cfg in exo_shaped()) {
            let json = serde_json::to_string_pretty(&to_json(&cfg)).unwrap();
            let from_json = parse(&json).map_err(|e| TestCaseError::fail(format!("{e:?}\n{json}")))?;
            prop_assert_eq!(&from_json.config, &cfg);
            prop_assert!(from_json.notes.is_empty());
            let xml = to_xml(&from_json.config);
            let back = parse(&xml).map_err(|e| TestCaseError::fail(format!("{e:?}\n{xml}")))?;
            let json_again = serde_json::to_string_pretty(&to_json(&back.config)).unwrap();
            prop_assert_eq!(json_again, json);
        }

        #[test]
        fn xml_to_json_to_xml_is_lossless(cfg in exo_shaped()) {
            let xml = to_xml(&cfg);
            let from_xml = parse(&xml).map_err(|e| TestCaseError::fail(format!("{e:?}\n{xml}")))?;
            let json = serde_json::to_string(&to_json(&from_xml.config)).unwrap();
            let back = parse(&json).map_err(|e| TestCaseError::fail(format!("{e:?}\n{json}")))?;
            prop_assert_eq!(to_xml(&back.config), xml);
        }
    }

    #[test]
    fn format_is_detected_from_the_first_character() {
        let json = "\u{feff}  \n{\"Role\": \"r\", \"Rules\": []}";
        assert_eq!(parse(json).unwrap().format, InputFormat::Json);
        let xml = "\n <ReplicationConfiguration><Role>r</Role></ReplicationConfiguration>";
        assert_eq!(parse(xml).unwrap().format, InputFormat::Xml);
        let errs = parse("  \n").unwrap_err();
        assert_eq!(errs[0].message, "the document is empty");
    }

    #[test]
    fn validation_findings_get_positions_in_xml() {
        let doc = "<ReplicationConfiguration>\n<Role>r</Role>\n<Rule><Priority>1</Priority></Rule>\n<Rule>\n  <Priority>1</Priority>\n  <Filter><And><Tag><Key>k</Key><Value>v</Value></Tag><Tag><Key>k</Key><Value>v</Value></Tag></And></Filter>\n</Rule>\n</ReplicationConfiguration>";
        let cfg = parse(doc).unwrap().config;
        let mut found = validate(&cfg, None);
        add_positions(doc, &mut found);
        let at = |path: &str| found.iter().find(|f| f.path == path).and_then(|f| f.line_col);
        assert_eq!(at("Rules[1].Priority"), Some((5, 3)));
        assert_eq!(at("Rules[1].Filter.And.Tags[1].Key"), Some((6, 60)));
        // An absent member points at its closest ancestor: the rule.
        assert_eq!(at("Rules[1].DeleteMarkerReplication"), Some((4, 1)));
        assert_eq!(at("Role"), Some((2, 1)));
    }

    #[test]
    fn validation_findings_get_positions_in_json() {
        let text = "{\"ReplicationConfiguration\": {\n \"Role\": \"\",\n \"Rules\": [\n  {\"Status\": \"on\",\n   \"Destination\": {\"Bucket\": \"dst\"}}]}}";
        let parsed = parse(text).unwrap();
        let mut found = validate(&parsed.config, None);
        found.extend(parsed.notes);
        add_positions(text, &mut found);
        let at = |path: &str| found.iter().find(|f| f.path == path).and_then(|f| f.line_col);
        assert_eq!(at("Role"), Some((2, 2)));
        assert_eq!(at("Rules[0].Status"), Some((4, 4)));
        assert_eq!(
            at("Rules[0].Priority"),
            Some((4, 3)),
            "a defaulted member points at its rule"
        );
    }

    #[test]
    fn bucket_name_strips_the_arn() {
        assert_eq!(bucket_name("arn:aws:s3:::my-bucket"), "my-bucket");
        assert_eq!(bucket_name("my-bucket"), "my-bucket");
    }

    #[test]
    fn closest_uses_edit_distance_case_insensitively() {
        let keys = ["Prefix", "Tag", "And"];
        assert_eq!(closest("Prefx", keys.into_iter()), Some("Prefix"));
        assert_eq!(closest("TAGS", keys.into_iter()), Some("Tag"));
        assert_eq!(closest("an", keys.into_iter()), Some("And"));
    }

    #[test]
    fn line_col_counts_characters() {
        let t = "ab\né日x\n\nz";
        let index = LineIndex::new(t);
        for (offset, want) in [
            (0, (1, 1)),
            (2, (1, 3)),
            (3, (2, 1)),
            (t.find('x').unwrap(), (2, 3)),
            (t.len() - 1, (4, 1)),
        ] {
            assert_eq!(line_col(t, offset), want);
            assert_eq!(index.line_col(offset), want);
        }
    }

    #[test]
    fn xml_document_over_2_mb_is_refused() {
        let big = format!(
            "<ReplicationConfiguration><Role>{}</Role></ReplicationConfiguration>",
            "r".repeat(2 * 1024 * 1024)
        );
        let errs = parse(&big).unwrap_err();
        assert!(errs[0].message.contains("at most 2097152"), "{errs:?}");
    }
}
