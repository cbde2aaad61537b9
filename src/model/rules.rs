//! Rule choice (replication.md §3): which destinations a new version of a key replicates to, and with
//! which rule. Used by the bundled server when a version is written.

use super::{Filter, ReplicationConfig, Rule, bucket_name};

/// A destination a key replicates to, and what its winning rule says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The plain bucket name (an `arn:aws:s3:::` prefix is stripped).
    pub bucket: String,
    pub rule_id: Option<String>,
    pub priority: i64,
    /// Whether delete markers replicate to this destination.
    pub delete_marker_replication: bool,
}

/// The destinations of `key`: among the Enabled rules whose filter matches the key (by prefix; a tag
/// condition never matches, as SOS objects have no tags), grouped by destination bucket, the rule with
/// the highest priority wins alone in each group. Destinations come in the order of their first rule in
/// the config; on equal priorities (an invalid config) the earlier rule wins.
pub fn targets(cfg: &ReplicationConfig, key: &str) -> Vec<Target> {
    let mut out: Vec<Target> = Vec::new();
    for rule in cfg.rules.iter().filter(|r| r.status == "Enabled" && matches(r, key)) {
        let bucket = bucket_name(&rule.destination.bucket);
        let priority = rule.priority.unwrap_or(0);
        let candidate = Target {
            bucket: bucket.to_string(),
            rule_id: rule.id.clone(),
            priority,
            delete_marker_replication: rule
                .delete_marker_replication
                .as_ref()
                .is_some_and(|d| d.status == "Enabled"),
        };
        match out.iter_mut().find(|t| t.bucket == bucket) {
            Some(t) if priority > t.priority => *t = candidate,
            Some(_) => {}
            None => out.push(candidate),
        }
    }
    out
}

/// Whether a rule's filter (or V1 prefix) selects `key`.
pub fn matches(rule: &Rule, key: &str) -> bool {
    match &rule.filter {
        Some(f) => filter_matches(f, key),
        None => rule.prefix.as_deref().is_none_or(|p| key.starts_with(p)),
    }
}

fn filter_matches(f: &Filter, key: &str) -> bool {
    match f {
        Filter::Empty => true,
        Filter::Prefix(p) => key.starts_with(p.as_str()),
        Filter::Tag(_) => false,
        Filter::And { prefix, tags } => tags.is_empty() && prefix.as_deref().is_none_or(|p| key.starts_with(p)),
        // Not a valid filter; it selects nothing rather than guessing.
        Filter::Several(_) => false,
    }
}
