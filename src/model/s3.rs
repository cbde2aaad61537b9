//! The S3 vocabulary that the client, the CLI and the bundled server share: versioning states, Object Lock
//! modes and retentions, replication statuses, and the one bucket-name check. Each type parses and prints
//! its wire spelling, and serializes with serde in a form that stays stable, since the server's journal
//! stores it.

use serde::{Deserialize, Serialize};

/// Milliseconds since the Unix epoch.
pub type Millis = i64;

/// A bucket's versioning state. `Disabled` means it was never enabled (S3 answers no `<Status>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Versioning {
    #[serde(rename = "Unversioned", alias = "Disabled")]
    Disabled,
    Enabled,
    Suspended,
}

impl Versioning {
    pub fn as_str(self) -> &'static str {
        match self {
            Versioning::Disabled => "Disabled",
            Versioning::Enabled => "Enabled",
            Versioning::Suspended => "Suspended",
        }
    }

    /// The `<Status>` of a VersioningConfiguration: absent or empty is `Disabled`; S3 spells the others
    /// exactly.
    pub fn from_status(status: Option<&str>) -> Result<Versioning, String> {
        match status.map(str::trim) {
            None | Some("") => Ok(Versioning::Disabled),
            Some("Enabled") => Ok(Versioning::Enabled),
            Some("Suspended") => Ok(Versioning::Suspended),
            Some(other) => Err(format!("unknown versioning status `{other}` (Enabled or Suspended)")),
        }
    }

    /// Whether new writes get their own version id (not `null`).
    pub fn is_enabled(self) -> bool {
        self == Versioning::Enabled
    }
}

impl std::fmt::Display for Versioning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An Object Lock retention mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LockMode {
    #[serde(rename = "GOVERNANCE")]
    Governance,
    #[serde(rename = "COMPLIANCE")]
    Compliance,
}

impl LockMode {
    pub const ALL: [LockMode; 2] = [LockMode::Governance, LockMode::Compliance];

    pub fn as_str(self) -> &'static str {
        match self {
            LockMode::Governance => "GOVERNANCE",
            LockMode::Compliance => "COMPLIANCE",
        }
    }

    /// The wire spelling, exactly (S3 refuses `governance`).
    pub fn parse(s: &str) -> Option<LockMode> {
        LockMode::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// Any case, for what people type.
    pub fn parse_ignore_case(s: &str) -> Option<LockMode> {
        LockMode::ALL.into_iter().find(|m| m.as_str().eq_ignore_ascii_case(s))
    }
}

impl std::fmt::Display for LockMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The retention of one object version: its mode and the time until which it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {
    pub mode: LockMode,
    pub until: Millis,
}

/// A bucket's default retention: a mode and a period in days or in years (S3 takes exactly one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DefaultRetention {
    pub mode: LockMode,
    pub days: Option<u32>,
    pub years: Option<u32>,
}

impl DefaultRetention {
    /// The retention a version written at `now` gets (a year counts 365 days, as S3 counts it).
    pub fn retention_from(&self, now: Millis) -> Retention {
        let days = self.days.map(i64::from).unwrap_or(0) + self.years.map(|y| i64::from(y) * 365).unwrap_or(0);
        Retention {
            mode: self.mode,
            until: now + days * 86_400_000,
        }
    }
}

/// `GOVERNANCE, 30 days`, `COMPLIANCE, 1 year`.
impl std::fmt::Display for DefaultRetention {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (n, unit) = match (self.days, self.years) {
            (Some(d), _) => (d, "day"),
            (None, Some(y)) => (y, "year"),
            (None, None) => return f.write_str(self.mode.as_str()),
        };
        let s = if n == 1 { "" } else { "s" };
        write!(f, "{}, {n} {unit}{s}", self.mode)
    }
}

/// A version's replication status, as `x-amz-replication-status` carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ReplicationStatus {
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "COMPLETED", alias = "COMPLETE")]
    Completed,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "REPLICA")]
    Replica,
}

impl ReplicationStatus {
    /// In the order reports list them.
    pub const ALL: [ReplicationStatus; 4] = [
        ReplicationStatus::Pending,
        ReplicationStatus::Completed,
        ReplicationStatus::Failed,
        ReplicationStatus::Replica,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReplicationStatus::Pending => "PENDING",
            ReplicationStatus::Completed => "COMPLETED",
            ReplicationStatus::Failed => "FAILED",
            ReplicationStatus::Replica => "REPLICA",
        }
    }

    /// The header's value. S3's API lists both `COMPLETE` and `COMPLETED`; both mean the same.
    pub fn parse(s: &str) -> Option<ReplicationStatus> {
        match s.trim() {
            "COMPLETE" => Some(ReplicationStatus::Completed),
            s => ReplicationStatus::ALL.into_iter().find(|r| r.as_str() == s),
        }
    }
}

impl std::fmt::Display for ReplicationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which naming rules a bucket name is held to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameRules {
    /// S3's rules for new buckets (general purpose buckets), which SOS follows: 3–63 characters of
    /// lowercase letters, digits, `.` and `-`, beginning and ending with a letter or digit, no `..`, not
    /// formatted as an IP address, none of the prefixes and suffixes S3 reserves.
    S3,
    /// What an S3-compatible endpoint may accept beyond S3's rules (legacy buckets, other servers):
    /// 1–255 letters, digits, `.`, `-` and `_`, and never `.` or `..` alone. The CLI holds arguments to
    /// these, since the server it talks to has the last word.
    Compatible,
}

/// Prefixes and suffixes S3 reserves for its own names (access points, Object Lambda, S3 Express).
const RESERVED_PREFIXES: [&str; 3] = ["xn--", "sthree-", "amzn-s3-demo-"];
const RESERVED_SUFFIXES: [&str; 5] = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];

/// Why `name` is not a bucket name under `rules`, or None when it is one.
pub fn bucket_name_problem(name: &str, rules: NameRules) -> Option<String> {
    match rules {
        NameRules::Compatible => compatible_problem(name),
        NameRules::S3 => s3_problem(name),
    }
}

fn compatible_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("the bucket name is empty".into());
    }
    if matches!(name, "." | "..") {
        return Some(format!("`{name}` is not a bucket name"));
    }
    if name.len() > 255 {
        return Some(format!("a bucket name is at most 255 characters, found {}", name.len()));
    }
    name.chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')))
        .map(|c| format!("`{c}` is not allowed (letters, digits, `.`, `-`)"))
}

fn s3_problem(name: &str) -> Option<String> {
    let n = name.len();
    let why = if !(3..=63).contains(&n) {
        format!("a bucket name is 3 to 63 characters long, found {n}")
    } else if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '.' || *c == '-'))
    {
        format!("holds {c:?}; a bucket name has only lowercase letters, digits, '.' and '-'")
    } else if !name.starts_with(|c: char| c.is_ascii_alphanumeric())
        || !name.ends_with(|c: char| c.is_ascii_alphanumeric())
    {
        "must begin and end with a letter or a digit".to_string()
    } else if name.contains("..") {
        "must not hold two adjacent periods".to_string()
    } else if name.split('.').count() == 4 && name.split('.').all(|p| p.parse::<u8>().is_ok()) {
        "must not be formatted as an IP address".to_string()
    } else if let Some(p) = RESERVED_PREFIXES.iter().find(|p| name.starts_with(*p)) {
        format!("must not begin with \"{p}\", which S3 reserves")
    } else if let Some(sfx) = RESERVED_SUFFIXES.iter().find(|sfx| name.ends_with(*sfx)) {
        format!("must not end with \"{sfx}\", which S3 reserves")
    } else {
        return None;
    };
    Some(format!("invalid bucket name \"{name}\": {why}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versioning_reads_the_status_element_and_keeps_its_journal_spelling() {
        assert_eq!(Versioning::from_status(None), Ok(Versioning::Disabled));
        assert_eq!(Versioning::from_status(Some(" ")), Ok(Versioning::Disabled));
        assert_eq!(Versioning::from_status(Some("Enabled")), Ok(Versioning::Enabled));
        assert_eq!(Versioning::from_status(Some("Suspended")), Ok(Versioning::Suspended));
        assert!(Versioning::from_status(Some("enabled")).is_err());
        assert_eq!(Versioning::Disabled.to_string(), "Disabled");
        // The server's journal holds these spellings: they must not change.
        assert_eq!(serde_json::to_string(&Versioning::Disabled).unwrap(), "\"Unversioned\"");
        assert_eq!(serde_json::to_string(&Versioning::Enabled).unwrap(), "\"Enabled\"");
        let back: Versioning = serde_json::from_str("\"Unversioned\"").unwrap();
        assert_eq!(back, Versioning::Disabled);
    }

    #[test]
    fn lock_modes_parse_exactly_or_in_any_case() {
        assert_eq!(LockMode::parse("GOVERNANCE"), Some(LockMode::Governance));
        assert_eq!(LockMode::parse("governance"), None);
        assert_eq!(LockMode::parse_ignore_case("compliance"), Some(LockMode::Compliance));
        assert_eq!(serde_json::to_string(&LockMode::Compliance).unwrap(), "\"COMPLIANCE\"");
    }

    #[test]
    fn default_retention_prints_and_applies_its_period() {
        let d = DefaultRetention {
            mode: LockMode::Governance,
            days: Some(30),
            years: None,
        };
        assert_eq!(d.to_string(), "GOVERNANCE, 30 days");
        assert_eq!(d.retention_from(1000).until, 1000 + 30 * 86_400_000);
        let y = DefaultRetention {
            mode: LockMode::Compliance,
            days: None,
            years: Some(1),
        };
        assert_eq!(y.to_string(), "COMPLIANCE, 1 year");
        assert_eq!(y.retention_from(0).until, 365 * 86_400_000);
    }

    #[test]
    fn replication_statuses_parse_both_spellings_of_completed() {
        for s in ReplicationStatus::ALL {
            assert_eq!(ReplicationStatus::parse(s.as_str()), Some(s));
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{s}\""));
        }
        assert_eq!(ReplicationStatus::parse("COMPLETE"), Some(ReplicationStatus::Completed));
        assert_eq!(ReplicationStatus::parse("pending"), None);
    }

    #[test]
    fn s3_bucket_names() {
        for ok in ["my-bucket", "a.b.c", "abc", "123", "a-1.b-2", &"a".repeat(63)] {
            assert_eq!(bucket_name_problem(ok, NameRules::S3), None, "{ok}");
        }
        for (bad, why) in [
            ("ab", "3 to 63"),
            (&"a".repeat(64), "3 to 63"),
            ("My-Bucket", "lowercase"),
            ("a_b", "lowercase"),
            ("-ab", "begin and end"),
            ("ab.", "begin and end"),
            ("a..b", "adjacent periods"),
            ("192.168.5.4", "IP address"),
            // A leading zero is still formatted as an IP address (the server once let this through).
            ("192.168.01.1", "IP address"),
            ("xn--abc", "\"xn--\""),
            ("sthree-abc", "\"sthree-\""),
            ("data-s3alias", "\"-s3alias\""),
            ("data--ol-s3", "\"--ol-s3\""),
        ] {
            let p = bucket_name_problem(bad, NameRules::S3).unwrap_or_else(|| panic!("{bad} accepted"));
            assert!(p.contains(why), "{bad}: {p}");
        }
    }

    #[test]
    fn compatible_bucket_names_are_wider_but_not_anything() {
        for ok in ["My_Bucket", "a", "192.168.01.1", &"a".repeat(255)] {
            assert_eq!(bucket_name_problem(ok, NameRules::Compatible), None, "{ok}");
        }
        for (bad, why) in [
            ("", "empty"),
            ("..", "not a bucket name"),
            (&"a".repeat(256), "at most 255"),
            ("a/b", "`/` is not allowed"),
            ("a b", "` ` is not allowed"),
        ] {
            let p = bucket_name_problem(bad, NameRules::Compatible).unwrap_or_else(|| panic!("{bad:?} accepted"));
            assert!(p.contains(why), "{bad}: {p}");
        }
    }
}
