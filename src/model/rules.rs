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

#[cfg(test)]
mod tests {
    use super::super::{Destination, StatusOnly, Tag};
    use super::*;

    fn rule(id: &str, priority: i64, filter: Filter, bucket: &str, dmr: bool) -> Rule {
        Rule {
            id: Some(id.into()),
            priority: Some(priority),
            filter: Some(filter),
            status: "Enabled".into(),
            destination: Destination {
                bucket: bucket.into(),
                ..Destination::default()
            },
            delete_marker_replication: Some(StatusOnly {
                status: if dmr { "Enabled" } else { "Disabled" }.into(),
            }),
            ..Rule::default()
        }
    }

    fn cfg(rules: Vec<Rule>) -> ReplicationConfig {
        ReplicationConfig {
            role: "r".into(),
            rules,
        }
    }

    fn prefix(p: &str) -> Filter {
        Filter::Prefix(p.into())
    }

    fn buckets(t: &[Target]) -> Vec<(&str, Option<&str>)> {
        t.iter().map(|t| (t.bucket.as_str(), t.rule_id.as_deref())).collect()
    }

    #[test]
    fn prefix_filter_selects_keys() {
        let c = cfg(vec![rule("logs", 1, prefix("logs/"), "dst", true)]);
        assert_eq!(buckets(&targets(&c, "logs/a.txt")), [("dst", Some("logs"))]);
        assert!(targets(&c, "img/a.png").is_empty());
        assert!(targets(&c, "log").is_empty());
        let all = cfg(vec![rule("all", 1, prefix(""), "dst", false)]);
        assert_eq!(targets(&all, "anything").len(), 1);
        let empty = cfg(vec![rule("all", 1, Filter::Empty, "dst", false)]);
        assert_eq!(targets(&empty, "x").len(), 1);
    }

    #[test]
    fn highest_priority_wins_alone_per_destination() {
        let c = cfg(vec![
            rule("low", 1, prefix(""), "dst", true),
            rule("high", 5, prefix("docs/"), "dst", false),
        ]);
        let t = targets(&c, "docs/a");
        assert_eq!(buckets(&t), [("dst", Some("high"))]);
        assert_eq!(t[0].priority, 5);
        // The winner's DeleteMarkerReplication applies, not the lower rule's.
        assert!(!t[0].delete_marker_replication);
        // Where the high rule does not match, the low rule is the only candidate.
        let t = targets(&c, "other");
        assert_eq!(buckets(&t), [("dst", Some("low"))]);
        assert!(t[0].delete_marker_replication);
    }

    #[test]
    fn disabled_rule_is_ignored_with_no_fallback_needed() {
        let mut high = rule("high", 5, prefix(""), "dst", false);
        high.status = "Disabled".into();
        let c = cfg(vec![rule("low", 1, prefix(""), "dst", true), high]);
        assert_eq!(buckets(&targets(&c, "k")), [("dst", Some("low"))]);
        let mut only = rule("only", 1, prefix(""), "dst", true);
        only.status = "Disabled".into();
        assert!(targets(&cfg(vec![only]), "k").is_empty());
    }

    #[test]
    fn tag_rule_never_matches() {
        let tag = Tag {
            key: "k".into(),
            value: "v".into(),
        };
        let c = cfg(vec![
            rule("tag", 9, Filter::Tag(tag.clone()), "dst", false),
            rule(
                "and",
                8,
                Filter::And {
                    prefix: Some(String::new()),
                    tags: vec![tag],
                },
                "other",
                false,
            ),
        ]);
        assert!(targets(&c, "k").is_empty());
        // A tag rule with a higher priority does not hide a matching prefix rule.
        let mut c = c;
        c.rules.push(rule("plain", 1, prefix(""), "dst", true));
        assert_eq!(buckets(&targets(&c, "k")), [("dst", Some("plain"))]);
    }

    #[test]
    fn two_destinations_each_get_their_winner() {
        let c = cfg(vec![
            rule("to-b", 1, prefix(""), "bucket-b", true),
            rule("to-c-low", 2, prefix(""), "arn:aws:s3:::bucket-c", false),
            rule("to-c-high", 3, prefix("a"), "bucket-c", true),
        ]);
        let t = targets(&c, "abc");
        assert_eq!(
            buckets(&t),
            [("bucket-b", Some("to-b")), ("bucket-c", Some("to-c-high"))]
        );
        let t = targets(&c, "xyz");
        assert_eq!(
            buckets(&t),
            [("bucket-b", Some("to-b")), ("bucket-c", Some("to-c-low"))]
        );
    }

    #[test]
    fn v1_rule_prefix_selects_keys() {
        let mut r = rule("v1", 0, Filter::Empty, "dst", false);
        r.filter = None;
        r.priority = None;
        r.prefix = Some("logs/".into());
        let c = cfg(vec![r]);
        assert_eq!(targets(&c, "logs/x").len(), 1);
        assert_eq!(targets(&c, "logs/x")[0].priority, 0);
        assert!(targets(&c, "x").is_empty());
    }
}
