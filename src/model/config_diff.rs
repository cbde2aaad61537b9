//! What a new replication configuration changes against the stored one, field by field: rules added,
//! removed, and each changed member of a rule (status, priority, filter, destination, delete-marker
//! replication, ...), with whether the change removes or weakens replication (what `bucket replication
//! set` asks to confirm). Pure: two configs in, a list of changes out.
//!
//! Rules are matched by ID; rules without an ID are matched by their position among the rules without one.

use super::{Filter, ReplicationConfig, Rule, StatusOnly, bucket_name};
use std::collections::BTreeSet;

/// What happened to a rule (or to the config's Role).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Changed => "changed",
        }
    }
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// `rule "ID"`, `rule #N` (1-based, for a rule without ID) or `config` (for the Role).
    pub rule: String,
    pub kind: ChangeKind,
    /// The member changed (`Status`, `Destination.Bucket`, ...); None for a rule added or removed.
    pub field: Option<&'static str>,
    /// The old and new value as shown (`-` for absent); for a rule added or removed, a one-line summary.
    pub old: Option<String>,
    pub new: Option<String>,
    /// It removes or weakens replication: a rule removed or disabled, a destination changed, a filter
    /// narrowed or moved, a replicated kind of change (delete markers, existing objects, replica
    /// modifications, SSE-KMS objects, RTC, metrics) no longer enabled.
    pub weakens: bool,
}

impl Change {
    /// One line: `~ rule "a": Status: Enabled → Disabled (weakens)`.
    pub fn line(&self) -> String {
        let sign = match self.kind {
            ChangeKind::Added => '+',
            ChangeKind::Removed => '-',
            ChangeKind::Changed => '~',
        };
        let what = match (self.kind, self.field) {
            (ChangeKind::Changed, Some(f)) => format!(
                "{f}: {} → {}",
                self.old.as_deref().unwrap_or("-"),
                self.new.as_deref().unwrap_or("-")
            ),
            (ChangeKind::Added, _) => format!("added ({})", self.new.as_deref().unwrap_or("")),
            (ChangeKind::Removed, _) => format!("removed (was {})", self.old.as_deref().unwrap_or("")),
            (ChangeKind::Changed, None) => "changed".into(),
        };
        let flag = if self.weakens { " (weakens)" } else { "" };
        format!("{sign} {}: {what}{flag}", self.rule)
    }
}

/// The changes from `old` to `new`, in the order of the old rules, then the rules added.
pub fn diff(old: &ReplicationConfig, new: &ReplicationConfig) -> Vec<Change> {
    let mut out = Vec::new();
    if old.role != new.role {
        out.push(Change {
            rule: "config".into(),
            kind: ChangeKind::Changed,
            field: Some("Role"),
            old: Some(shown(Some(old.role.clone()))),
            new: Some(shown(Some(new.role.clone()))),
            weakens: false,
        });
    }
    let old_keys = keys(old);
    let new_keys = keys(new);
    for (i, k) in old_keys.iter().enumerate() {
        let o = &old.rules[i];
        match new_keys.iter().position(|n| n == k) {
            None => out.push(Change {
                rule: k.clone(),
                kind: ChangeKind::Removed,
                field: None,
                old: Some(summary(o)),
                new: None,
                weakens: true,
            }),
            Some(j) => rule_changes(k, o, &new.rules[j], &mut out),
        }
    }
    for (j, k) in new_keys.iter().enumerate() {
        if !old_keys.contains(k) {
            out.push(Change {
                rule: k.clone(),
                kind: ChangeKind::Added,
                field: None,
                old: None,
                new: Some(summary(&new.rules[j])),
                weakens: false,
            });
        }
    }
    out
}

/// Whether any change needs a confirmation.
pub fn weakens(changes: &[Change]) -> bool {
    changes.iter().any(|c| c.weakens)
}

/// The matching key of each rule: `rule "ID"`, or `rule #N` counting only the rules without an ID.
fn keys(cfg: &ReplicationConfig) -> Vec<String> {
    let mut anonymous = 0;
    cfg.rules
        .iter()
        .map(|r| match r.id.as_deref().filter(|id| !id.is_empty()) {
            Some(id) => format!("rule \"{id}\""),
            None => {
                anonymous += 1;
                format!("rule #{anonymous}")
            }
        })
        .collect()
}

fn shown(v: Option<String>) -> String {
    match v {
        Some(s) if !s.is_empty() => s,
        _ => "-".into(),
    }
}

fn status(s: &Option<StatusOnly>) -> Option<String> {
    s.as_ref().map(|s| s.status.clone())
}

/// A rule in one line: `Enabled, priority 1, every object → my-destination`.
pub fn summary(r: &Rule) -> String {
    let mut parts = vec![shown(Some(r.status.clone()))];
    if let Some(p) = r.priority {
        parts.push(format!("priority {p}"));
    }
    parts.push(filter_text(r));
    let mut s = parts.join(", ");
    s.push_str(&format!(
        " → {}",
        shown(Some(bucket_name(&r.destination.bucket).to_string()))
    ));
    s
}

/// The filter of a rule as people read it: `(every object)`, `logs/`, `prefix p/ and tag k=v`; `-` when
/// the rule has neither Filter nor Prefix.
pub fn filter_text(r: &Rule) -> String {
    fn one(f: &Filter) -> String {
        match f {
            Filter::Empty => "(every object)".into(),
            Filter::Prefix(p) if p.is_empty() => "(every object)".into(),
            Filter::Prefix(p) => p.clone(),
            Filter::Tag(t) => format!("tag {}={}", t.key, t.value),
            Filter::And { prefix, tags } => {
                let mut parts: Vec<String> = prefix.iter().map(|p| format!("prefix {p}")).collect();
                parts.extend(tags.iter().map(|t| format!("tag {}={}", t.key, t.value)));
                parts.join(" and ")
            }
            Filter::Several(fs) => fs.iter().map(one).collect::<Vec<_>>().join(", "),
        }
    }
    match (&r.filter, &r.prefix) {
        (Some(f), _) => one(f),
        (None, Some(p)) if p.is_empty() => "(every object)".into(),
        (None, Some(p)) => p.clone(),
        (None, None) => "-".into(),
    }
}

/// What a rule selects: a key prefix and tags every object must carry. None for a filter of several
/// conditions (invalid anyway), which is compared as text only.
fn selection(r: &Rule) -> Option<(String, BTreeSet<(String, String)>)> {
    let tag = |t: &super::Tag| (t.key.clone(), t.value.clone());
    match (&r.filter, &r.prefix) {
        (Some(Filter::Empty), _) | (None, None) => Some((String::new(), BTreeSet::new())),
        (Some(Filter::Prefix(p)), _) | (None, Some(p)) => Some((p.clone(), BTreeSet::new())),
        (Some(Filter::Tag(t)), _) => Some((String::new(), [tag(t)].into())),
        (Some(Filter::And { prefix, tags }), _) => {
            Some((prefix.clone().unwrap_or_default(), tags.iter().map(tag).collect()))
        }
        (Some(Filter::Several(_)), _) => None,
    }
}

/// Whether the new filter selects every object the old one did (a shorter prefix, fewer tags).
fn selects_at_least(old: &Rule, new: &Rule) -> bool {
    match (selection(old), selection(new)) {
        (Some((op, ot)), Some((np, nt))) => op.starts_with(&np) && nt.is_subset(&ot),
        _ => false,
    }
}

/// The compared members of a rule, as shown, with whether leaving "Enabled" weakens it.
fn members(r: &Rule) -> Vec<(&'static str, Option<String>, bool)> {
    let d = &r.destination;
    let ssc = r.source_selection_criteria.as_ref();
    vec![
        ("Status", Some(r.status.clone()), true),
        ("Priority", r.priority.map(|p| p.to_string()), false),
        ("DeleteMarkerReplication", status(&r.delete_marker_replication), true),
        (
            "ExistingObjectReplication",
            status(&r.existing_object_replication),
            true,
        ),
        (
            "SourceSelectionCriteria.SseKmsEncryptedObjects",
            ssc.and_then(|s| status(&s.sse_kms_encrypted_objects)),
            true,
        ),
        (
            "SourceSelectionCriteria.ReplicaModifications",
            ssc.and_then(|s| status(&s.replica_modifications)),
            true,
        ),
        ("Destination.Account", d.account.clone(), false),
        ("Destination.StorageClass", d.storage_class.clone(), false),
        (
            "Destination.AccessControlTranslation.Owner",
            d.access_control_translation.as_ref().map(|a| a.owner.clone()),
            false,
        ),
        (
            "Destination.EncryptionConfiguration.ReplicaKmsKeyID",
            d.encryption_configuration
                .as_ref()
                .and_then(|e| e.replica_kms_key_id.clone()),
            false,
        ),
        (
            "Destination.ReplicationTime",
            d.replication_time.as_ref().map(|t| minutes(&t.status, t.time.as_ref())),
            true,
        ),
        (
            "Destination.Metrics",
            d.metrics
                .as_ref()
                .map(|m| minutes(&m.status, m.event_threshold.as_ref())),
            true,
        ),
    ]
}

/// `Enabled (15 min)`, or the status alone.
fn minutes(status: &str, m: Option<&super::Minutes>) -> String {
    match m.and_then(|m| m.minutes) {
        Some(n) => format!("{status} ({n} min)"),
        None => status.to_string(),
    }
}

fn rule_changes(key: &str, o: &Rule, n: &Rule, out: &mut Vec<Change>) {
    let mut push = |field: &'static str, old: Option<String>, new: Option<String>, weakens: bool| {
        out.push(Change {
            rule: key.to_string(),
            kind: ChangeKind::Changed,
            field: Some(field),
            old: Some(shown(old)),
            new: Some(shown(new)),
            weakens,
        })
    };
    let (ot, nt) = (filter_text(o), filter_text(n));
    if ot != nt || selection(o) != selection(n) {
        push("Filter", Some(ot), Some(nt), !selects_at_least(o, n));
    }
    let (ob, nb) = (bucket_name(&o.destination.bucket), bucket_name(&n.destination.bucket));
    if ob != nb {
        // The old destination no longer receives what this rule selects.
        push("Destination.Bucket", Some(ob.into()), Some(nb.into()), true);
    }
    for ((field, ov, weak_if), (_, nv, _)) in members(o).into_iter().zip(members(n)) {
        if ov != nv {
            // Leaving "Enabled" (or a status that started with it, e.g. RTC "Enabled (15 min)") weakens.
            let was_on = ov.as_deref().is_some_and(|s| s.starts_with("Enabled"));
            let still_on = nv.as_deref().is_some_and(|s| s.starts_with("Enabled"));
            push(field, ov.clone(), nv.clone(), weak_if && was_on && !still_on);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Destination, Tag};

    fn rule(id: &str, dest: &str, prefix: &str) -> Rule {
        Rule {
            id: Some(id.into()),
            priority: Some(1),
            filter: Some(Filter::Prefix(prefix.into())),
            status: "Enabled".into(),
            delete_marker_replication: Some(StatusOnly {
                status: "Enabled".into(),
            }),
            destination: Destination {
                bucket: dest.into(),
                ..Destination::default()
            },
            ..Rule::default()
        }
    }

    fn cfg(rules: Vec<Rule>) -> ReplicationConfig {
        ReplicationConfig {
            role: "r".into(),
            rules,
        }
    }

    #[test]
    fn the_same_config_changes_nothing() {
        let a = cfg(vec![rule("a", "d", ""), rule("b", "e", "x/")]);
        assert!(diff(&a, &a).is_empty());
        // An ARN and a plain name of the same bucket are the same destination.
        let mut b = a.clone();
        b.rules[0].destination.bucket = "arn:aws:s3:::d".into();
        assert!(diff(&a, &b).is_empty());
    }

    #[test]
    fn rules_added_and_removed_by_id() {
        let old = cfg(vec![rule("a", "d", ""), rule("b", "e", "")]);
        let new = cfg(vec![rule("b", "e", ""), rule("c", "f", "logs/")]);
        let ch = diff(&old, &new);
        assert_eq!(ch.len(), 2, "{ch:?}");
        assert_eq!(ch[0].kind, ChangeKind::Removed);
        assert_eq!(ch[0].rule, "rule \"a\"");
        assert!(ch[0].weakens);
        assert_eq!(
            ch[0].line(),
            "- rule \"a\": removed (was Enabled, priority 1, (every object) → d) (weakens)"
        );
        assert_eq!(ch[1].kind, ChangeKind::Added);
        assert!(!ch[1].weakens);
        assert_eq!(ch[1].line(), "+ rule \"c\": added (Enabled, priority 1, logs/ → f)");
        assert!(weakens(&ch));
        // Adding alone needs no confirmation.
        assert!(!weakens(&diff(&cfg(vec![rule("b", "e", "")]), &new)));
    }

    #[test]
    fn each_weakening_member_is_flagged() {
        let old = cfg(vec![rule("a", "d", "")]);
        let mut new = old.clone();
        new.rules[0].status = "Disabled".into();
        new.rules[0].delete_marker_replication = Some(StatusOnly {
            status: "Disabled".into(),
        });
        new.rules[0].priority = Some(5);
        let ch = diff(&old, &new);
        let lines: Vec<String> = ch.iter().map(Change::line).collect();
        assert_eq!(
            lines,
            [
                "~ rule \"a\": Status: Enabled → Disabled (weakens)",
                "~ rule \"a\": Priority: 1 → 5",
                "~ rule \"a\": DeleteMarkerReplication: Enabled → Disabled (weakens)",
            ]
        );
        // The reverse strengthens: no confirmation.
        assert!(!weakens(&diff(&new, &old)));
        // DeleteMarkerReplication dropped altogether (S3's default is Disabled) weakens too.
        let mut gone = old.clone();
        gone.rules[0].delete_marker_replication = None;
        let ch = diff(&old, &gone);
        assert_eq!(
            ch[0].line(),
            "~ rule \"a\": DeleteMarkerReplication: Enabled → - (weakens)"
        );
    }

    #[test]
    fn a_destination_change_weakens() {
        let old = cfg(vec![rule("a", "d", "")]);
        let new = cfg(vec![rule("a", "e", "")]);
        let ch = diff(&old, &new);
        assert_eq!(ch.len(), 1);
        assert_eq!(ch[0].field, Some("Destination.Bucket"));
        assert!(ch[0].weakens);
        let mut sc = old.clone();
        sc.rules[0].destination.storage_class = Some("STANDARD_IA".into());
        let ch = diff(&old, &sc);
        assert_eq!(ch[0].line(), "~ rule \"a\": Destination.StorageClass: - → STANDARD_IA");
    }

    #[test]
    fn a_narrower_filter_weakens_a_broader_one_does_not() {
        let all = cfg(vec![rule("a", "d", "")]);
        let logs = cfg(vec![rule("a", "d", "logs/")]);
        let ch = diff(&all, &logs);
        assert_eq!(ch[0].line(), "~ rule \"a\": Filter: (every object) → logs/ (weakens)");
        assert!(!diff(&logs, &all)[0].weakens);
        // Another prefix selects other objects: weakens.
        assert!(diff(&logs, &cfg(vec![rule("a", "d", "img/")]))[0].weakens);
        // A tag added narrows; <Filter/> and Prefix "" select the same objects (no change).
        let mut tagged = logs.clone();
        tagged.rules[0].filter = Some(Filter::And {
            prefix: Some("logs/".into()),
            tags: vec![Tag {
                key: "k".into(),
                value: "v".into(),
            }],
        });
        assert!(diff(&logs, &tagged)[0].weakens);
        assert!(!diff(&tagged, &logs)[0].weakens);
        let mut empty = all.clone();
        empty.rules[0].filter = Some(Filter::Empty);
        assert!(diff(&all, &empty).is_empty());
    }

    #[test]
    fn rules_without_id_match_by_position_and_role_changes_are_told() {
        let mut a = rule("", "d", "");
        a.id = None;
        let mut b = a.clone();
        b.destination.bucket = "e".into();
        let old = cfg(vec![a.clone(), b.clone()]);
        let mut new = cfg(vec![a, b]);
        new.role = "other".into();
        new.rules[1].status = "Disabled".into();
        let lines: Vec<String> = diff(&old, &new).iter().map(Change::line).collect();
        assert_eq!(
            lines,
            [
                "~ config: Role: r → other",
                "~ rule #2: Status: Enabled → Disabled (weakens)"
            ]
        );
    }

    #[test]
    fn rtc_and_metrics_turned_off_weaken() {
        use crate::model::{Metrics, Minutes, ReplicationTime};
        let mut old = cfg(vec![rule("a", "d", "")]);
        old.rules[0].destination.replication_time = Some(ReplicationTime {
            status: "Enabled".into(),
            time: Some(Minutes { minutes: Some(15) }),
        });
        old.rules[0].destination.metrics = Some(Metrics {
            status: "Enabled".into(),
            event_threshold: None,
        });
        let mut new = old.clone();
        new.rules[0].destination.replication_time = None;
        new.rules[0].destination.metrics.as_mut().unwrap().status = "Disabled".into();
        let lines: Vec<String> = diff(&old, &new).iter().map(Change::line).collect();
        assert_eq!(
            lines,
            [
                "~ rule \"a\": Destination.ReplicationTime: Enabled (15 min) → - (weakens)",
                "~ rule \"a\": Destination.Metrics: Enabled → Disabled (weakens)"
            ]
        );
    }
}
