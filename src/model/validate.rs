//! Validation of a parsed config: the checks of replication.md §2 that need no bucket state, every
//! problem at once, each with its path, the rule's ID, and the S3 error code a server answers with.
//!
//! Findings come out errors first (MalformedXML before InvalidArgument before InvalidRequest, as a
//! server checks the document's shape before its meaning), then warnings, then notes; within a class, in
//! document order. The server answers a PUT with the first error's code.

use super::{Filter, Finding, MAX_RULES, ReplicationConfig, Rule, Severity, Tag, bucket_name};
use std::collections::{BTreeMap, HashMap, HashSet};

const MALFORMED: &str = "MalformedXML";
const INVALID_ARGUMENT: &str = "InvalidArgument";
const INVALID_REQUEST: &str = "InvalidRequest";

const MAX_ID_CHARS: usize = 255;
const MAX_PREFIX_CHARS: usize = 1024;
const RTC_MINUTES: i64 = 15;
/// S3's limits on object tags, which a replication filter's tags follow.
const MAX_TAG_KEY_CHARS: usize = 128;
const MAX_TAG_VALUE_CHARS: usize = 256;

/// The storage classes of the API reference's `StorageClass` type.
pub const STORAGE_CLASSES: [&str; 13] = [
    "STANDARD",
    "REDUCED_REDUNDANCY",
    "STANDARD_IA",
    "ONEZONE_IA",
    "INTELLIGENT_TIERING",
    "GLACIER",
    "DEEP_ARCHIVE",
    "OUTPOSTS",
    "GLACIER_IR",
    "SNOW",
    "EXPRESS_ONEZONE",
    "FSX_OPENZFS",
    "FSX_ONTAP",
];

/// Runs every offline check; `source_bucket` adds "destination differs from the source".
pub fn validate(cfg: &ReplicationConfig, source_bucket: Option<&str>) -> Vec<Finding> {
    let mut out = Vec::new();
    check_role(&cfg.role, &mut out);
    if cfg.rules.is_empty() {
        out.push(Finding::error("Rules", MALFORMED, "at least one rule is required"));
    } else if cfg.rules.len() > MAX_RULES {
        out.push(Finding::error(
            "Rules",
            MALFORMED,
            format!("{} rules; a configuration holds at most {MAX_RULES}", cfg.rules.len()),
        ));
    }
    let v2 = cfg
        .rules
        .iter()
        .any(|r| r.filter.is_some() || r.destination.replication_time.is_some());
    for (i, rule) in cfg.rules.iter().enumerate() {
        let mut c = RuleCheck {
            path: format!("Rules[{i}]"),
            id: rule.id.as_deref(),
            out: &mut out,
        };
        c.check_rule(rule, v2, source_bucket);
    }
    check_unique_ids(cfg, &mut out);
    check_unique_priorities(cfg, &mut out);
    check_control_characters(cfg, &mut out);
    let size = super::to_xml(cfg).len();
    if size > super::MAX_DOCUMENT_BYTES {
        out.push(Finding::error(
            "",
            MALFORMED,
            format!(
                "the XML document is {size} bytes; S3 takes a replication configuration of at most {} bytes (2 MB)",
                super::MAX_DOCUMENT_BYTES
            ),
        ));
    }
    if !v2 {
        check_v1_single_destination(cfg, &mut out);
    }
    out.sort_by_key(|f| (f.severity, code_rank(f)));
    out
}

/// Calls `visit(path, rule ID, text)` for every string member of a config.
fn each_string<'a>(cfg: &'a ReplicationConfig, mut visit: impl FnMut(String, Option<&'a str>, &'a str)) {
    visit("Role".into(), None, &cfg.role);
    for (i, r) in cfg.rules.iter().enumerate() {
        let id = r.id.as_deref();
        let mut at = |member: &str, text: Option<&'a str>| {
            if let Some(text) = text {
                visit(format!("Rules[{i}].{member}"), id, text);
            }
        };
        at("ID", r.id.as_deref());
        at("Prefix", r.prefix.as_deref());
        at("Status", Some(&r.status));
        let d = &r.destination;
        at("Destination.Bucket", Some(&d.bucket));
        at("Destination.Account", d.account.as_deref());
        at("Destination.StorageClass", d.storage_class.as_deref());
        at(
            "Destination.EncryptionConfiguration.ReplicaKmsKeyID",
            d.encryption_configuration
                .as_ref()
                .and_then(|e| e.replica_kms_key_id.as_deref()),
        );
        at(
            "Destination.AccessControlTranslation.Owner",
            d.access_control_translation.as_ref().map(|a| a.owner.as_str()),
        );
        let mut filter = |path: &str, f: &'a Filter| match f {
            Filter::Prefix(p) => at(&format!("{path}.Prefix"), Some(p)),
            Filter::Tag(t) => {
                at(&format!("{path}.Tag.Key"), Some(&t.key));
                at(&format!("{path}.Tag.Value"), Some(&t.value));
            }
            Filter::And { prefix, tags } => {
                at(&format!("{path}.And.Prefix"), prefix.as_deref());
                for (j, t) in tags.iter().enumerate() {
                    at(&format!("{path}.And.Tags[{j}].Key"), Some(&t.key));
                    at(&format!("{path}.And.Tags[{j}].Value"), Some(&t.value));
                }
            }
            Filter::Empty | Filter::Several(_) => {}
        };
        match &r.filter {
            Some(Filter::Several(parts)) => parts.iter().for_each(|p| filter("Filter", p)),
            Some(f) => filter("Filter", f),
            None => {}
        }
    }
}

/// XML 1.0 cannot carry the control characters other than tab, newline and carriage return, not even as
/// character references, so a config holding one could not be sent: S3 answers MalformedXML.
fn check_control_characters(cfg: &ReplicationConfig, out: &mut Vec<Finding>) {
    each_string(cfg, |path, id, text| {
        if let Some((at, c)) = text
            .chars()
            .enumerate()
            .find(|(_, c)| (*c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r'))
        {
            out.push(
                Finding::error(
                    path,
                    MALFORMED,
                    format!(
                        "holds the control character U+{:04X} at character {}; XML 1.0 cannot carry it (only tab, \
                         newline and carriage return)",
                        c as u32,
                        at + 1
                    ),
                )
                .with_rule(id),
            );
        }
    });
}

fn code_rank(f: &Finding) -> u8 {
    match f.s3_code {
        MALFORMED => 0,
        INVALID_ARGUMENT => 1,
        _ => 2,
    }
}

fn check_role(role: &str, out: &mut Vec<Finding>) {
    if role.trim().is_empty() {
        out.push(Finding::error(
            "Role",
            MALFORMED,
            "Role is required: the IAM role UUID (Exoscale) or role ARN (AWS)",
        ));
    } else if !is_uuid(role) && !role.starts_with("arn:") {
        out.push(Finding::warning(
            "Role",
            format!("\"{role}\" is neither an IAM role UUID (Exoscale) nor an ARN (AWS)"),
        ));
    }
}

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

fn check_unique_ids(cfg: &ReplicationConfig, out: &mut Vec<Finding>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, rule) in cfg.rules.iter().enumerate() {
        let Some(id) = rule.id.as_deref().filter(|id| !id.is_empty()) else {
            continue;
        };
        if let Some(first) = seen.get(id) {
            out.push(
                Finding::error(
                    format!("Rules[{i}].ID"),
                    INVALID_ARGUMENT,
                    format!("Rule Id must be unique. (\"{id}\" is also the ID of Rules[{first}])"),
                )
                .with_rule(Some(id)),
            );
        } else {
            seen.insert(id, i);
        }
    }
}

fn check_unique_priorities(cfg: &ReplicationConfig, out: &mut Vec<Finding>) {
    let mut seen: HashSet<i64> = HashSet::new();
    for (i, rule) in cfg.rules.iter().enumerate() {
        let Some(p) = rule.priority else { continue };
        if !seen.insert(p) {
            out.push(
                Finding::error(
                    format!("Rules[{i}].Priority"),
                    INVALID_REQUEST,
                    format!("Found duplicate priority {p}."),
                )
                .with_rule(rule.id.as_deref()),
            );
        }
    }
}

fn check_v1_single_destination(cfg: &ReplicationConfig, out: &mut Vec<Finding>) {
    let mut buckets: BTreeMap<&str, usize> = BTreeMap::new();
    let mut first: Option<&str> = None;
    for (i, rule) in cfg.rules.iter().enumerate() {
        let b = bucket_name(&rule.destination.bucket);
        if b.is_empty() {
            continue;
        }
        buckets.entry(b).or_insert(i);
        match first {
            None => first = Some(b),
            Some(f) if f != b => out.push(
                Finding::error(
                    format!("Rules[{i}].Destination.Bucket"),
                    INVALID_REQUEST,
                    format!(
                        "a V1 configuration (no rule has a Filter) replicates to a single destination: \
                         \"{b}\" differs from \"{f}\"; use Filter (V2) rules for several destinations"
                    ),
                )
                .with_rule(rule.id.as_deref()),
            ),
            Some(_) => {}
        }
    }
}

/// Checks of one rule, with its path and ID at hand.
struct RuleCheck<'a> {
    path: String,
    id: Option<&'a str>,
    out: &'a mut Vec<Finding>,
}

impl RuleCheck<'_> {
    fn p(&self, member: &str) -> String {
        if member.is_empty() {
            self.path.clone()
        } else {
            format!("{}.{member}", self.path)
        }
    }

    fn error(&mut self, member: &str, code: &'static str, msg: impl Into<String>) {
        let f = Finding::error(self.p(member), code, msg).with_rule(self.id);
        self.out.push(f);
    }

    fn warn(&mut self, member: &str, msg: impl Into<String>) {
        let f = Finding::warning(self.p(member), msg).with_rule(self.id);
        self.out.push(f);
    }

    fn note(&mut self, member: &str, msg: impl Into<String>) {
        let f = Finding::note(self.p(member), msg).with_rule(self.id);
        self.out.push(f);
    }

    /// An `Enabled | Disabled` member (check 1: enum values are exact).
    fn status(&mut self, member: &str, value: &str) {
        if value.is_empty() {
            self.error(member, MALFORMED, "Status is required: \"Enabled\" or \"Disabled\"");
        } else if value != "Enabled" && value != "Disabled" {
            self.error(
                member,
                MALFORMED,
                format!("must be \"Enabled\" or \"Disabled\" (case-sensitive), found \"{value}\""),
            );
        }
    }

    fn prefix_len(&mut self, member: &str, prefix: &str) {
        let n = prefix.chars().count();
        if n > MAX_PREFIX_CHARS {
            self.error(
                member,
                INVALID_ARGUMENT,
                format!("Prefix is {n} characters; at most {MAX_PREFIX_CHARS}"),
            );
        }
    }

    fn check_rule(&mut self, rule: &Rule, v2: bool, source: Option<&str>) {
        self.check_id(rule);
        // Check 6.
        self.status("Status", &rule.status);
        // Check 7.
        if rule.prefix.is_some() && rule.filter.is_some() {
            self.error(
                "",
                MALFORMED,
                "a rule has either a rule-level Prefix (V1) or a Filter (V2), not both; move the prefix into Filter.Prefix",
            );
        }
        if let Some(prefix) = &rule.prefix {
            self.prefix_len("Prefix", prefix);
        }
        if let Some(filter) = &rule.filter {
            self.check_filter("Filter", filter, true);
        }
        // Check 9, the sign and range (uniqueness is checked across rules).
        if let Some(p) = rule.priority {
            if p < 0 {
                self.error(
                    "Priority",
                    INVALID_REQUEST,
                    format!("Priority must be a non-negative integer, found {p}"),
                );
            } else if p > i64::from(i32::MAX) {
                self.error(
                    "Priority",
                    INVALID_REQUEST,
                    format!("Priority must be at most {}, found {p}", i32::MAX),
                );
            }
        }
        let dmr_enabled = rule
            .delete_marker_replication
            .as_ref()
            .is_some_and(|d| d.status == "Enabled");
        if let Some(d) = &rule.delete_marker_replication {
            self.status("DeleteMarkerReplication.Status", &d.status);
        }
        if v2 {
            self.check_v2(rule);
        } else {
            self.check_v1(rule);
        }
        // Check 12.
        if dmr_enabled && rule.filter.as_ref().is_some_and(has_tag) {
            self.error(
                "DeleteMarkerReplication",
                INVALID_REQUEST,
                "DeleteMarkerReplication cannot be Enabled on a rule whose Filter has a Tag",
            );
        }
        if let Some(e) = &rule.existing_object_replication {
            self.status("ExistingObjectReplication.Status", &e.status);
            if e.status == "Enabled" {
                self.warn(
                    "ExistingObjectReplication",
                    "not honoured by SOS: only writes made after the configuration is set are replicated",
                );
            }
        }
        if let Some(s) = &rule.source_selection_criteria {
            if let Some(k) = &s.sse_kms_encrypted_objects {
                self.status("SourceSelectionCriteria.SseKmsEncryptedObjects.Status", &k.status);
                if k.status == "Enabled" && rule.destination.encryption_configuration.is_none() {
                    self.error(
                        "Destination.EncryptionConfiguration",
                        INVALID_REQUEST,
                        "SseKmsEncryptedObjects Enabled needs Destination.EncryptionConfiguration with the \
                         ReplicaKmsKeyID replicas are encrypted with",
                    );
                }
                if k.status == "Enabled" {
                    self.warn(
                        "SourceSelectionCriteria.SseKmsEncryptedObjects",
                        "not honoured by SOS (it has no SSE-KMS)",
                    );
                }
            }
            if let Some(m) = &s.replica_modifications {
                self.status("SourceSelectionCriteria.ReplicaModifications.Status", &m.status);
            }
        }
        self.check_destination(rule, source);
    }

    /// Check 4.
    fn check_id(&mut self, rule: &Rule) {
        let Some(id) = &rule.id else { return };
        let n = id.chars().count();
        if n > MAX_ID_CHARS {
            self.error(
                "ID",
                INVALID_ARGUMENT,
                format!("ID is {n} characters; at most {MAX_ID_CHARS}"),
            );
        }
        if !id.is_ascii() {
            self.error("ID", INVALID_ARGUMENT, "ID must be ASCII");
        }
    }

    /// Check 8 (and 16 for the prefixes inside, 17 for tags).
    fn check_filter(&mut self, path: &str, filter: &Filter, top: bool) {
        match filter {
            Filter::Empty => {}
            Filter::Prefix(p) => self.prefix_len(&format!("{path}.Prefix"), p),
            Filter::Tag(t) => {
                self.check_tags(&format!("{path}.Tag"), std::slice::from_ref(t), false);
                self.warn_tag(path);
            }
            Filter::And { prefix, tags } => {
                let and = format!("{path}.And");
                if let Some(p) = prefix {
                    self.prefix_len(&format!("{and}.Prefix"), p);
                }
                let conditions = usize::from(prefix.is_some()) + tags.len();
                if conditions < 2 {
                    self.error(
                        &and,
                        MALFORMED,
                        format!(
                            "And needs at least two conditions (a Prefix and a Tag, or two Tags), found {conditions}"
                        ),
                    );
                }
                self.check_tags(&format!("{and}.Tags"), tags, true);
                if !tags.is_empty() {
                    self.warn_tag(path);
                }
            }
            Filter::Several(parts) => {
                if top {
                    let names: Vec<&str> = parts.iter().map(filter_kind).collect();
                    self.error(
                        path,
                        MALFORMED,
                        format!(
                            "Filter holds {} members ({}); it takes exactly one of Prefix, Tag or And (combine conditions with And)",
                            names.len(),
                            names.join(", ")
                        ),
                    );
                }
                for part in parts {
                    self.check_filter(path, part, false);
                }
            }
        }
    }

    fn warn_tag(&mut self, path: &str) {
        self.warn(
            path,
            "SOS has no object tagging: a rule with a Tag condition never matches any object",
        );
    }

    fn check_tags(&mut self, path: &str, tags: &[Tag], indexed: bool) {
        let mut seen = HashSet::new();
        for (j, t) in tags.iter().enumerate() {
            let tp = if indexed {
                format!("{path}[{j}]")
            } else {
                path.to_string()
            };
            let (key_chars, value_chars) = (t.key.chars().count(), t.value.chars().count());
            if key_chars > MAX_TAG_KEY_CHARS {
                self.error(
                    &format!("{tp}.Key"),
                    INVALID_ARGUMENT,
                    format!("tag key is {key_chars} characters; at most {MAX_TAG_KEY_CHARS}"),
                );
            }
            if value_chars > MAX_TAG_VALUE_CHARS {
                self.error(
                    &format!("{tp}.Value"),
                    INVALID_ARGUMENT,
                    format!("tag value is {value_chars} characters; at most {MAX_TAG_VALUE_CHARS}"),
                );
            }
            if t.key.is_empty() {
                self.error(&format!("{tp}.Key"), MALFORMED, "a Tag needs a non-empty Key");
            } else if !seen.insert(t.key.as_str()) {
                self.error(
                    &format!("{tp}.Key"),
                    MALFORMED,
                    format!("tag key \"{}\" appears twice in And", t.key),
                );
            }
        }
    }

    /// Checks 9 and 10 for a rule of a V2 configuration, and the V1/V2 mix (check 11).
    fn check_v2(&mut self, rule: &Rule) {
        if rule.filter.is_none() {
            if rule.prefix.is_some() {
                self.error(
                    "Prefix",
                    INVALID_REQUEST,
                    "this rule uses the V1 rule-level Prefix while other rules use Filter (V2); use Filter.Prefix",
                );
            } else {
                self.error(
                    "Filter",
                    INVALID_REQUEST,
                    "in a V2 configuration (some rule has a Filter) every rule needs a Filter; use {\"Prefix\": \"\"} for every object",
                );
            }
        }
        // A rule without a Filter in a V2 configuration is told about the Filter it lacks; what else a V2
        // rule needs is said in the same terms, not as if it had a Filter.
        let kind = if rule.filter.is_some() {
            "in a V2 rule (one with a Filter)"
        } else {
            "in a V2 configuration (some rule has a Filter)"
        };
        if rule.priority.is_none() {
            self.error("Priority", INVALID_REQUEST, format!("Priority is required {kind}"));
        }
        if rule.delete_marker_replication.is_none() {
            self.error(
                "DeleteMarkerReplication",
                INVALID_REQUEST,
                format!("DeleteMarkerReplication is required {kind}"),
            );
        }
    }

    /// Check 11 for a rule of a V1 configuration (no rule has a Filter).
    fn check_v1(&mut self, rule: &Rule) {
        if rule.prefix.is_none() {
            self.note("", "neither Filter nor Prefix: a V1 rule that applies to every object");
        }
        // The API reference makes Priority and DeleteMarkerReplication members of the V2 rule (both come
        // with a Filter); a V1 rule replicates delete markers its own way. So both are refused alike, whatever
        // the DeleteMarkerReplication status.
        if rule.priority.is_some() {
            self.error(
                "Priority",
                INVALID_REQUEST,
                "Priority belongs to V2 rules: add a Filter ({\"Prefix\": \"\"} for every object) or remove Priority",
            );
        }
        if rule.delete_marker_replication.is_some() {
            self.error(
                "DeleteMarkerReplication",
                INVALID_REQUEST,
                "DeleteMarkerReplication belongs to V2 rules: add a Filter ({\"Prefix\": \"\"} for every object) or \
                 remove DeleteMarkerReplication",
            );
        }
        if rule
            .source_selection_criteria
            .as_ref()
            .is_some_and(|s| s.replica_modifications.is_some())
        {
            self.error(
                "SourceSelectionCriteria.ReplicaModifications",
                INVALID_REQUEST,
                "ReplicaModifications needs a V2 rule (one with a Filter)",
            );
        }
    }

    /// Checks 13, 14, 15 and the destination warnings of 17.
    fn check_destination(&mut self, rule: &Rule, source: Option<&str>) {
        let d = &rule.destination;
        if d.bucket.is_empty() {
            self.error("Destination.Bucket", MALFORMED, "Destination.Bucket is required");
        } else if let Some(problem) = bucket_problem(&d.bucket) {
            self.error("Destination.Bucket", INVALID_ARGUMENT, problem);
        }
        if let Some(src) = source
            && !d.bucket.is_empty()
            && bucket_name(&d.bucket) == bucket_name(src)
        {
            self.error(
                "Destination.Bucket",
                INVALID_REQUEST,
                "Destination bucket cannot be the same as the source bucket.",
            );
        }
        match (&d.replication_time, &d.metrics) {
            (Some(_), None) => self.error(
                "Destination.Metrics",
                INVALID_REQUEST,
                "ReplicationTime needs Metrics too",
            ),
            (None, Some(_)) => self.error(
                "Destination.ReplicationTime",
                INVALID_REQUEST,
                "Metrics needs ReplicationTime too",
            ),
            _ => {}
        }
        if let Some(rt) = &d.replication_time {
            self.status("Destination.ReplicationTime.Status", &rt.status);
            match rt.time.as_ref().and_then(|t| t.minutes) {
                Some(RTC_MINUTES) => {}
                other => self.error(
                    "Destination.ReplicationTime.Time.Minutes",
                    INVALID_REQUEST,
                    format!("must be {RTC_MINUTES}, found {}", show_minutes(other)),
                ),
            }
            if rt.status == "Enabled" {
                self.warn(
                    "Destination.ReplicationTime",
                    "not honoured by SOS (no replication time control)",
                );
            }
        }
        if let Some(m) = &d.metrics {
            self.status("Destination.Metrics.Status", &m.status);
            let minutes = m.event_threshold.as_ref().map(|e| e.minutes);
            let needed = m.status == "Enabled" && d.replication_time.is_some();
            match minutes {
                Some(Some(RTC_MINUTES)) => {}
                None if !needed => {}
                other => self.error(
                    "Destination.Metrics.EventThreshold.Minutes",
                    INVALID_REQUEST,
                    format!("must be {RTC_MINUTES}, found {}", show_minutes(other.flatten())),
                ),
            }
            if m.status == "Enabled" {
                self.warn("Destination.Metrics", "not honoured by SOS (no replication metrics)");
            }
        }
        if let (Some(rt), Some(m)) = (&d.replication_time, &d.metrics)
            && rt.status == "Enabled"
            && m.status == "Disabled"
        {
            self.error(
                "Destination.Metrics.Status",
                INVALID_REQUEST,
                "ReplicationTime is Enabled, so Metrics must be Enabled too",
            );
        }
        if let Some(account) = &d.account
            && !(account.len() == 12 && account.bytes().all(|b| b.is_ascii_digit()))
        {
            self.error(
                "Destination.Account",
                INVALID_ARGUMENT,
                format!("must be a 12-digit account ID, found \"{account}\""),
            );
        }
        if let Some(class) = &d.storage_class
            && !STORAGE_CLASSES.contains(&class.as_str())
        {
            let hint = super::closest(class, STORAGE_CLASSES.into_iter())
                .map(|c| format!(" (did you mean \"{c}\"?)"))
                .unwrap_or_default();
            self.error(
                "Destination.StorageClass",
                MALFORMED,
                format!("\"{class}\" is not an S3 storage class{hint}"),
            );
        }
        if let Some(e) = &d.encryption_configuration
            && e.replica_kms_key_id.as_deref().is_some_and(|k| k.trim().is_empty())
        {
            self.error(
                "Destination.EncryptionConfiguration.ReplicaKmsKeyID",
                INVALID_ARGUMENT,
                "ReplicaKmsKeyID is empty: give the ID or ARN of the KMS key replicas are encrypted with",
            );
        }
        if let Some(act) = &d.access_control_translation {
            if act.owner != "Destination" {
                self.error(
                    "Destination.AccessControlTranslation.Owner",
                    MALFORMED,
                    format!("must be \"Destination\", found \"{}\"", act.owner),
                );
            }
            if d.account.is_none() {
                self.error(
                    "Destination.AccessControlTranslation",
                    INVALID_ARGUMENT,
                    "AccessControlTranslation needs Destination.Account",
                );
            }
            self.warn(
                "Destination.AccessControlTranslation",
                "not honoured by SOS (source and destination are in the same organization)",
            );
        }
        if d.account.is_some() {
            self.warn(
                "Destination.Account",
                "not honoured by SOS (source and destination are in the same organization)",
            );
        }
        if d.storage_class.is_some() {
            self.warn(
                "Destination.StorageClass",
                "not honoured by SOS: replicas keep the default storage class",
            );
        }
        if d.encryption_configuration.is_some() {
            self.warn(
                "Destination.EncryptionConfiguration",
                "not honoured by SOS (it has no SSE-KMS)",
            );
        }
    }
}

fn show_minutes(m: Option<i64>) -> String {
    m.map_or_else(|| "nothing".to_string(), |m| m.to_string())
}

fn filter_kind(f: &Filter) -> &'static str {
    match f {
        Filter::Empty => "nothing",
        Filter::Prefix(_) => "Prefix",
        Filter::Tag(_) => "Tag",
        Filter::And { .. } => "And",
        Filter::Several(_) => "several",
    }
}

/// Whether a filter has a tag condition (such a rule never matches on SOS).
pub(crate) fn has_tag(f: &Filter) -> bool {
    match f {
        Filter::Empty | Filter::Prefix(_) => false,
        Filter::Tag(_) => true,
        Filter::And { tags, .. } => !tags.is_empty(),
        Filter::Several(parts) => parts.iter().any(has_tag),
    }
}

/// Why `Destination.Bucket` is not a valid bucket name or S3 bucket ARN, if it is not.
pub fn bucket_problem(bucket: &str) -> Option<String> {
    let name = match bucket.strip_prefix("arn:aws:s3:::") {
        Some(name) => name,
        None if bucket.starts_with("arn:") => {
            return Some(format!("\"{bucket}\" is not an S3 bucket ARN (arn:aws:s3:::NAME)"));
        }
        None => bucket,
    };
    super::s3::bucket_name_problem(name, super::s3::NameRules::S3)
}

/// Counts of findings by severity: (errors, warnings, notes).
pub fn counts(findings: &[Finding]) -> (usize, usize, usize) {
    let n = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    (n(Severity::Error), n(Severity::Warning), n(Severity::Note))
}

#[cfg(test)]
mod tests {
    use super::super::{
        AccessControlTranslation, Destination, EncryptionConfiguration, Metrics, Minutes, ReplicationTime,
        SourceSelectionCriteria, StatusOnly,
    };
    use super::*;

    fn status(s: &str) -> Option<StatusOnly> {
        Some(StatusOnly { status: s.into() })
    }

    /// A valid V2 rule like the guide's.
    fn rule(id: &str, priority: i64, bucket: &str) -> Rule {
        Rule {
            id: Some(id.into()),
            priority: Some(priority),
            filter: Some(Filter::Prefix(String::new())),
            status: "Enabled".into(),
            destination: Destination {
                bucket: bucket.into(),
                ..Destination::default()
            },
            delete_marker_replication: status("Enabled"),
            ..Rule::default()
        }
    }

    fn config(rules: Vec<Rule>) -> ReplicationConfig {
        ReplicationConfig {
            role: "6f00a21e-a535-4286-86c5-e81eeab3b4ff".into(),
            rules,
        }
    }

    fn one(r: Rule) -> ReplicationConfig {
        config(vec![r])
    }

    /// The errors as (path, code, message).
    fn errors(cfg: &ReplicationConfig) -> Vec<(String, &'static str, String)> {
        errors_with(cfg, None)
    }

    fn errors_with(cfg: &ReplicationConfig, src: Option<&str>) -> Vec<(String, &'static str, String)> {
        validate(cfg, src)
            .into_iter()
            .filter(Finding::is_error)
            .map(|f| (f.path, f.s3_code, f.message))
            .collect()
    }

    fn warnings(cfg: &ReplicationConfig) -> Vec<String> {
        validate(cfg, None)
            .into_iter()
            .filter(|f| f.severity == Severity::Warning)
            .map(|f| f.path)
            .collect()
    }

    #[track_caller]
    fn assert_one_error(cfg: &ReplicationConfig, path: &str, code: &str) {
        let errs = errors(cfg);
        assert_eq!(errs.len(), 1, "{errs:#?}");
        assert_eq!((errs[0].0.as_str(), errs[0].1), (path, code), "{errs:#?}");
    }

    #[test]
    fn accepts_the_guide_config_without_findings() {
        assert_eq!(validate(&one(rule("vie1-follower", 1, "my-destination")), None), vec![]);
    }

    // Check 1: enum values are exact.
    #[test]
    fn rejects_inexact_enum_values() {
        let mut r = rule("a", 1, "dst");
        r.delete_marker_replication = status("enabled");
        assert_one_error(&one(r), "Rules[0].DeleteMarkerReplication.Status", "MalformedXML");
        let mut r = rule("a", 1, "dst");
        r.destination.account = Some("123456789012".into());
        r.destination.access_control_translation = Some(AccessControlTranslation { owner: "Source".into() });
        assert_one_error(
            &one(r),
            "Rules[0].Destination.AccessControlTranslation.Owner",
            "MalformedXML",
        );
    }

    // Check 2.
    #[test]
    fn rejects_missing_role_and_warns_on_odd_role() {
        let mut cfg = one(rule("a", 1, "dst"));
        cfg.role = String::new();
        assert_one_error(&cfg, "Role", "MalformedXML");
        cfg.role = "arn:aws:iam::123456789012:role/replication".into();
        assert!(validate(&cfg, None).is_empty());
        cfg.role = "my-role".into();
        assert!(errors(&cfg).is_empty());
        assert_eq!(warnings(&cfg), ["Role"]);
    }

    // Check 3.
    #[test]
    fn rejects_zero_and_1001_rules_accepts_1000() {
        assert_one_error(&config(vec![]), "Rules", "MalformedXML");
        let many: Vec<Rule> = (0..1000).map(|i| rule(&format!("r{i}"), i, "dst")).collect();
        assert!(errors(&config(many.clone())).is_empty());
        let mut too_many = many;
        too_many.push(rule("r1000", 1000, "dst"));
        assert_one_error(&config(too_many), "Rules", "MalformedXML");
    }

    // Check 4.
    #[test]
    fn rejects_long_or_non_ascii_id() {
        assert!(errors(&one(rule(&"i".repeat(255), 1, "dst"))).is_empty());
        assert_one_error(&one(rule(&"i".repeat(256), 1, "dst")), "Rules[0].ID", "InvalidArgument");
        assert_one_error(&one(rule("r\u{e8}gle", 1, "dst")), "Rules[0].ID", "InvalidArgument");
    }

    // Check 5.
    #[test]
    fn rejects_duplicate_ids() {
        let cfg = config(vec![rule("same", 1, "dst"), rule("same", 2, "other")]);
        let errs = errors(&cfg);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].0, "Rules[1].ID");
        assert_eq!(errs[0].1, "InvalidArgument");
        assert!(errs[0].2.starts_with("Rule Id must be unique."));
        assert!(errors(&config(vec![rule("a", 1, "dst"), rule("b", 2, "dst")])).is_empty());
    }

    // Check 6.
    #[test]
    fn rejects_missing_or_lowercase_status() {
        for bad in ["", "enabled", "ENABLED", "On"] {
            let mut r = rule("a", 1, "dst");
            r.status = bad.into();
            assert_one_error(&one(r), "Rules[0].Status", "MalformedXML");
        }
        let mut r = rule("a", 1, "dst");
        r.status = "Disabled".into();
        assert!(errors(&one(r)).is_empty());
    }

    // Check 7.
    #[test]
    fn rejects_rule_prefix_together_with_filter() {
        let mut r = rule("a", 1, "dst");
        r.prefix = Some("logs/".into());
        assert_one_error(&one(r), "Rules[0]", "MalformedXML");
    }

    // Check 8.
    #[test]
    fn rejects_filter_with_several_members() {
        let mut r = rule("a", 1, "dst");
        r.filter = Some(Filter::Several(vec![
            Filter::Prefix("p".into()),
            Filter::Tag(Tag {
                key: "k".into(),
                value: "v".into(),
            }),
        ]));
        r.delete_marker_replication = status("Disabled");
        assert_one_error(&one(r), "Rules[0].Filter", "MalformedXML");
    }

    #[test]
    fn rejects_and_with_fewer_than_two_conditions() {
        let mut r = rule("a", 1, "dst");
        r.delete_marker_replication = status("Disabled");
        r.filter = Some(Filter::And {
            prefix: Some("p".into()),
            tags: vec![],
        });
        assert_one_error(&one(r.clone()), "Rules[0].Filter.And", "MalformedXML");
        r.filter = Some(Filter::And {
            prefix: Some("p".into()),
            tags: vec![Tag {
                key: "k".into(),
                value: "v".into(),
            }],
        });
        assert!(errors(&one(r)).is_empty());
    }

    #[test]
    fn rejects_empty_or_repeated_tag_keys() {
        let mut r = rule("a", 1, "dst");
        r.delete_marker_replication = status("Disabled");
        let t = |k: &str| Tag {
            key: k.into(),
            value: "v".into(),
        };
        r.filter = Some(Filter::And {
            prefix: None,
            tags: vec![t("k"), t("k")],
        });
        assert_one_error(&one(r.clone()), "Rules[0].Filter.And.Tags[1].Key", "MalformedXML");
        r.filter = Some(Filter::Tag(t("")));
        assert_one_error(&one(r), "Rules[0].Filter.Tag.Key", "MalformedXML");
    }

    // Check 9.
    #[test]
    fn rejects_duplicate_priority() {
        let cfg = config(vec![rule("a", 1, "dst"), rule("b", 1, "other")]);
        let errs = errors(&cfg);
        assert_eq!(
            errs,
            [(
                "Rules[1].Priority".to_string(),
                "InvalidRequest",
                "Found duplicate priority 1.".to_string()
            )]
        );
        assert!(errors(&config(vec![rule("a", 1, "dst"), rule("b", 2, "other")])).is_empty());
    }

    #[test]
    fn rejects_negative_priority() {
        assert_one_error(&one(rule("a", -1, "dst")), "Rules[0].Priority", "InvalidRequest");
        assert!(errors(&one(rule("a", 0, "dst"))).is_empty());
    }

    // Check 10.
    #[test]
    fn rejects_v2_rule_without_delete_marker_replication_or_priority() {
        let mut r = rule("a", 1, "dst");
        r.delete_marker_replication = None;
        assert_one_error(&one(r), "Rules[0].DeleteMarkerReplication", "InvalidRequest");
        let mut r = rule("a", 1, "dst");
        r.priority = None;
        assert_one_error(&one(r), "Rules[0].Priority", "InvalidRequest");
    }

    // Check 11.
    fn v1_rule(bucket: &str) -> Rule {
        Rule {
            prefix: Some("logs/".into()),
            status: "Enabled".into(),
            destination: Destination {
                bucket: bucket.into(),
                ..Destination::default()
            },
            ..Rule::default()
        }
    }

    #[test]
    fn accepts_a_v1_rule() {
        assert!(validate(&one(v1_rule("dst")), None).is_empty());
    }

    #[test]
    fn rejects_v1_priority_delete_markers_and_replica_modifications() {
        let mut r = v1_rule("dst");
        r.priority = Some(1);
        assert_one_error(&one(r), "Rules[0].Priority", "InvalidRequest");
        // DeleteMarkerReplication is a V2 member whatever its status, as Priority is (the API reference
        // adds both with Filter); it was once refused only when Enabled.
        for st in ["Enabled", "Disabled"] {
            let mut r = v1_rule("dst");
            r.delete_marker_replication = status(st);
            assert_one_error(&one(r), "Rules[0].DeleteMarkerReplication", "InvalidRequest");
        }
        let mut r = v1_rule("dst");
        r.source_selection_criteria = Some(SourceSelectionCriteria {
            replica_modifications: status("Enabled"),
            ..SourceSelectionCriteria::default()
        });
        assert_one_error(
            &one(r),
            "Rules[0].SourceSelectionCriteria.ReplicaModifications",
            "InvalidRequest",
        );
    }

    #[test]
    fn rejects_v1_with_two_destinations_and_v1_v2_mix() {
        let cfg = config(vec![v1_rule("dst"), v1_rule("other")]);
        assert_one_error(&cfg, "Rules[1].Destination.Bucket", "InvalidRequest");
        let cfg = config(vec![rule("a", 1, "dst"), v1_rule("dst")]);
        let errs = errors(&cfg);
        let paths: Vec<&str> = errs.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(
            paths,
            [
                "Rules[1].Prefix",
                "Rules[1].Priority",
                "Rules[1].DeleteMarkerReplication"
            ]
        );
        assert!(errs.iter().all(|e| e.1 == "InvalidRequest"));
        // The V1 rule is not told it has a Filter.
        let all = validate(&cfg, None);
        let priority = all.iter().find(|f| f.path == "Rules[1].Priority").unwrap();
        assert_eq!(
            priority.message,
            "Priority is required in a V2 configuration (some rule has a Filter)"
        );
        let first = one(rule("a", 1, "dst"));
        assert!(validate(&first, None).is_empty());
    }

    // Check 12.
    #[test]
    fn rejects_delete_marker_replication_with_tag_filter() {
        let mut r = rule("a", 1, "dst");
        r.filter = Some(Filter::Tag(Tag {
            key: "k".into(),
            value: "v".into(),
        }));
        assert_one_error(&one(r.clone()), "Rules[0].DeleteMarkerReplication", "InvalidRequest");
        r.delete_marker_replication = status("Disabled");
        assert!(errors(&one(r)).is_empty());
    }

    // Check 13.
    #[test]
    fn rejects_missing_or_invalid_destination_bucket() {
        assert_one_error(&one(rule("a", 1, "")), "Rules[0].Destination.Bucket", "MalformedXML");
        for bad in [
            "ab",
            "My-Bucket",
            "-dst",
            "dst-",
            "a..b",
            "192.168.1.1",
            "under_score",
            &"a".repeat(64),
            "arn:aws:s3:::X",
            "arn:aws:iam::1:role/x",
        ] {
            assert_one_error(
                &one(rule("a", 1, bad)),
                "Rules[0].Destination.Bucket",
                "InvalidArgument",
            );
        }
        for good in ["abc", "my.bucket-1", "arn:aws:s3:::my-destination", &"a".repeat(63)] {
            assert!(errors(&one(rule("a", 1, good))).is_empty(), "{good}");
        }
    }

    // Check 14.
    #[test]
    fn rejects_destination_equal_to_source() {
        let cfg = one(rule("a", 1, "arn:aws:s3:::my-source"));
        let errs = errors_with(&cfg, Some("my-source"));
        assert_eq!(
            errs,
            [(
                "Rules[0].Destination.Bucket".to_string(),
                "InvalidRequest",
                "Destination bucket cannot be the same as the source bucket.".to_string()
            )]
        );
        assert!(errors_with(&cfg, Some("other")).is_empty());
        assert!(errors_with(&cfg, None).is_empty());
    }

    // Check 15.
    fn rtc(minutes: i64) -> (Option<ReplicationTime>, Option<Metrics>) {
        (
            Some(ReplicationTime {
                status: "Enabled".into(),
                time: Some(Minutes { minutes: Some(minutes) }),
            }),
            Some(Metrics {
                status: "Enabled".into(),
                event_threshold: Some(Minutes { minutes: Some(minutes) }),
            }),
        )
    }

    #[test]
    fn rejects_replication_time_without_metrics_or_not_15_minutes() {
        let (rt, m) = rtc(15);
        let mut r = rule("a", 1, "dst");
        r.destination.replication_time = rt.clone();
        r.destination.metrics = m.clone();
        assert!(errors(&one(r.clone())).is_empty());
        r.destination.metrics = None;
        assert_one_error(&one(r.clone()), "Rules[0].Destination.Metrics", "InvalidRequest");
        r.destination.replication_time = None;
        r.destination.metrics = m;
        assert_one_error(
            &one(r.clone()),
            "Rules[0].Destination.ReplicationTime",
            "InvalidRequest",
        );
        let (rt, m) = rtc(10);
        r.destination.replication_time = rt;
        r.destination.metrics = m;
        let paths: Vec<String> = errors(&one(r)).into_iter().map(|e| e.0).collect();
        assert_eq!(
            paths,
            [
                "Rules[0].Destination.ReplicationTime.Time.Minutes",
                "Rules[0].Destination.Metrics.EventThreshold.Minutes"
            ]
        );
    }

    #[test]
    fn rejects_access_control_translation_without_account() {
        let mut r = rule("a", 1, "dst");
        r.destination.access_control_translation = Some(AccessControlTranslation {
            owner: "Destination".into(),
        });
        assert_one_error(
            &one(r.clone()),
            "Rules[0].Destination.AccessControlTranslation",
            "InvalidArgument",
        );
        r.destination.account = Some("123456789012".into());
        assert!(errors(&one(r)).is_empty());
    }

    // Check 16.
    #[test]
    fn rejects_prefix_longer_than_1024() {
        let long = "p".repeat(1025);
        let mut r = rule("a", 1, "dst");
        r.filter = Some(Filter::Prefix("p".repeat(1024)));
        assert!(errors(&one(r.clone())).is_empty());
        r.filter = Some(Filter::Prefix(long.clone()));
        assert_one_error(&one(r.clone()), "Rules[0].Filter.Prefix", "InvalidArgument");
        r.delete_marker_replication = status("Disabled");
        r.filter = Some(Filter::And {
            prefix: Some(long.clone()),
            tags: vec![Tag {
                key: "k".into(),
                value: String::new(),
            }],
        });
        assert_one_error(&one(r), "Rules[0].Filter.And.Prefix", "InvalidArgument");
        let mut v1 = v1_rule("dst");
        v1.prefix = Some(long);
        assert_one_error(&one(v1), "Rules[0].Prefix", "InvalidArgument");
    }

    // Check 17.
    #[test]
    fn warns_on_what_sos_does_not_honour() {
        let (rt, m) = rtc(15);
        let mut r = rule("a", 1, "dst");
        r.filter = Some(Filter::Tag(Tag {
            key: "k".into(),
            value: "v".into(),
        }));
        r.delete_marker_replication = status("Disabled");
        r.source_selection_criteria = Some(SourceSelectionCriteria {
            sse_kms_encrypted_objects: status("Enabled"),
            replica_modifications: None,
        });
        r.existing_object_replication = status("Enabled");
        r.destination = Destination {
            bucket: "dst".into(),
            account: Some("123456789012".into()),
            storage_class: Some("STANDARD_IA".into()),
            access_control_translation: Some(AccessControlTranslation {
                owner: "Destination".into(),
            }),
            encryption_configuration: Some(EncryptionConfiguration {
                replica_kms_key_id: Some("k".into()),
            }),
            replication_time: rt,
            metrics: m,
        };
        let cfg = one(r.clone());
        assert!(errors(&cfg).is_empty(), "{:?}", errors(&cfg));
        // What is Disabled needs no warning.
        let mut off = r;
        off.existing_object_replication = status("Disabled");
        off.source_selection_criteria = Some(SourceSelectionCriteria {
            sse_kms_encrypted_objects: status("Disabled"),
            replica_modifications: None,
        });
        off.destination.replication_time.as_mut().unwrap().status = "Disabled".into();
        off.destination.metrics.as_mut().unwrap().status = "Disabled".into();
        let mut w_off = warnings(&one(off));
        w_off.sort();
        assert_eq!(
            w_off,
            [
                "Rules[0].Destination.AccessControlTranslation",
                "Rules[0].Destination.Account",
                "Rules[0].Destination.EncryptionConfiguration",
                "Rules[0].Destination.StorageClass",
                "Rules[0].Filter",
            ]
        );
        let mut w = warnings(&cfg);
        w.sort();
        assert_eq!(
            w,
            [
                "Rules[0].Destination.AccessControlTranslation",
                "Rules[0].Destination.Account",
                "Rules[0].Destination.EncryptionConfiguration",
                "Rules[0].Destination.Metrics",
                "Rules[0].Destination.ReplicationTime",
                "Rules[0].Destination.StorageClass",
                "Rules[0].ExistingObjectReplication",
                "Rules[0].Filter",
                "Rules[0].SourceSelectionCriteria.SseKmsEncryptedObjects",
            ]
        );
    }

    #[test]
    fn reports_every_problem_malformed_first_with_rule_ids() {
        let mut bad = rule("b", 1, "X");
        bad.status = "on".into();
        let cfg = config(vec![rule("a", 1, "dst"), bad]);
        let found = validate(&cfg, None);
        let codes: Vec<&str> = found.iter().map(|f| f.s3_code).collect();
        assert_eq!(codes, ["MalformedXML", "InvalidArgument", "InvalidRequest"]);
        assert!(found.iter().all(|f| f.rule_id.as_deref() == Some("b")));
        assert_eq!(counts(&found), (3, 0, 0));
    }

    // Stricter than the first versions, after the API reference (issue: validation more lenient than S3).
    #[test]
    fn rejects_a_storage_class_s3_does_not_have() {
        let mut r = rule("a", 1, "dst");
        r.destination.storage_class = Some("STANDARD-IA".into());
        assert_one_error(&one(r.clone()), "Rules[0].Destination.StorageClass", "MalformedXML");
        let f = validate(&one(r.clone()), None);
        assert!(
            f[0].message.contains("did you mean \"STANDARD_IA\""),
            "{}",
            f[0].message
        );
        for class in STORAGE_CLASSES {
            r.destination.storage_class = Some(class.into());
            assert!(errors(&one(r.clone())).is_empty(), "{class}");
        }
    }

    #[test]
    fn rejects_an_account_that_is_not_twelve_digits() {
        for bad in ["123", "12345678901a", "1234567890123", ""] {
            let mut r = rule("a", 1, "dst");
            r.destination.account = Some(bad.into());
            assert_one_error(&one(r), "Rules[0].Destination.Account", "InvalidArgument");
        }
    }

    #[test]
    fn rejects_sse_kms_selection_without_a_replica_key() {
        let mut r = rule("a", 1, "dst");
        r.source_selection_criteria = Some(SourceSelectionCriteria {
            sse_kms_encrypted_objects: status("Enabled"),
            replica_modifications: None,
        });
        assert_one_error(
            &one(r.clone()),
            "Rules[0].Destination.EncryptionConfiguration",
            "InvalidRequest",
        );
        r.destination.encryption_configuration = Some(EncryptionConfiguration {
            replica_kms_key_id: Some(" ".into()),
        });
        assert_one_error(
            &one(r.clone()),
            "Rules[0].Destination.EncryptionConfiguration.ReplicaKmsKeyID",
            "InvalidArgument",
        );
        r.destination.encryption_configuration = Some(EncryptionConfiguration {
            replica_kms_key_id: Some("arn:aws:kms:eu-west-1:123456789012:key/k".into()),
        });
        assert!(errors(&one(r)).is_empty());
    }

    #[test]
    fn rejects_replication_time_enabled_with_metrics_disabled() {
        let (rt, m) = rtc(15);
        let mut r = rule("a", 1, "dst");
        r.destination.replication_time = rt;
        r.destination.metrics = m;
        assert!(errors(&one(r.clone())).is_empty());
        r.destination.metrics.as_mut().unwrap().status = "Disabled".into();
        assert_one_error(&one(r), "Rules[0].Destination.Metrics.Status", "InvalidRequest");
    }

    #[test]
    fn rejects_tag_keys_and_values_over_s3s_limits() {
        let mut r = rule("a", 1, "dst");
        r.delete_marker_replication = status("Disabled");
        r.filter = Some(Filter::Tag(Tag {
            key: "k".repeat(128),
            value: "v".repeat(256),
        }));
        assert!(errors(&one(r.clone())).is_empty());
        r.filter = Some(Filter::Tag(Tag {
            key: "k".repeat(129),
            value: "v".repeat(256),
        }));
        assert_one_error(&one(r.clone()), "Rules[0].Filter.Tag.Key", "InvalidArgument");
        r.filter = Some(Filter::And {
            prefix: Some("p/".into()),
            tags: vec![Tag {
                key: "k".into(),
                value: "v".repeat(257),
            }],
        });
        assert_one_error(&one(r), "Rules[0].Filter.And.Tags[0].Value", "InvalidArgument");
    }

    #[test]
    fn rejects_control_characters_xml_cannot_carry_in_any_string() {
        let mut r = rule("a\u{1}", 1, "dst");
        r.filter = Some(Filter::Prefix("logs/\u{0}".into()));
        let cfg = one(r);
        let errs = errors(&cfg);
        let paths: Vec<&str> = errs.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(paths, ["Rules[0].ID", "Rules[0].Filter.Prefix"], "{errs:?}");
        assert!(errs.iter().all(|e| e.1 == "MalformedXML"));
        let f = validate(&cfg, None);
        assert!(f.iter().any(|f| f.message.contains("U+0000 at character 6")), "{f:?}");
        // Tab, newline and carriage return are XML characters.
        let mut ok = rule("a", 1, "dst");
        ok.filter = Some(Filter::Prefix("a\tb\nc\rd".into()));
        assert!(errors(&one(ok)).is_empty());
        let mut role = one(rule("a", 1, "dst"));
        role.role = "r\u{1f}".into();
        assert_eq!(errors(&role)[0].0, "Role");
    }

    #[test]
    fn rejects_a_configuration_whose_xml_exceeds_2_mb() {
        // Each rule within every per-member limit, 1000 of them: a prefix of 1024 characters and four
        // tags of 128 + 256 characters make about 2.7 KB of XML a rule.
        let rule_with = |i: i64, tags: usize| {
            let mut r = rule(&format!("rule-{i}"), i, "dst");
            r.delete_marker_replication = status("Disabled");
            r.filter = Some(Filter::And {
                prefix: Some(format!("{i:04}{}", "p".repeat(1020))),
                tags: (0..tags)
                    .map(|t| Tag {
                        key: format!("{t}{}", "k".repeat(127)),
                        value: "v".repeat(256),
                    })
                    .collect(),
            });
            r
        };
        let big = config((0..1000).map(|i| rule_with(i, 4)).collect());
        let size = super::super::to_xml(&big).len();
        assert!(size > super::super::MAX_DOCUMENT_BYTES, "{size}");
        let errs = errors(&big);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!((errs[0].0.as_str(), errs[0].1), ("", "MalformedXML"));
        // The same rules with one tag each stay under the limit.
        let small = config((0..1000).map(|i| rule_with(i, 1)).collect());
        assert!(super::super::to_xml(&small).len() < super::super::MAX_DOCUMENT_BYTES);
        assert!(errors(&small).is_empty());
    }
}
