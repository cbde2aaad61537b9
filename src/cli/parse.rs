//! Value parsers of clap arguments: durations, sizes, canned ACLs and Object Lock modes. A bad value is
//! refused by clap itself (exit 2, with the argument named) before any command runs.

use crate::model::s3::LockMode;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use std::time::Duration;

const BUCKET_ACLS: &[&str] = &[
    "private",
    "public-read",
    "public-read-write",
    "authenticated-read",
    "log-delivery-write",
];
const OBJECT_ACLS: &[&str] = &[
    "private",
    "public-read",
    "public-read-write",
    "authenticated-read",
    "aws-exec-read",
    "bucket-owner-read",
    "bucket-owner-full-control",
];

fn canned_acl(s: &str, valid: &[&str], of: &str) -> Result<String, String> {
    if valid.contains(&s) {
        Ok(s.to_string())
    } else {
        // Some servers ignore an unknown x-amz-acl and apply none: refuse it before anything is sent.
        Err(format!(
            "`{s}` is not a canned ACL for {of}: use one of {}",
            valid.join(", ")
        ))
    }
}

/// `--mode` of `bucket object-lock enable`: an Object Lock mode in any case, listed (in help and
/// completions) in lower case.
pub fn lock_mode() -> impl TypedValueParser<Value = LockMode> {
    let names = LockMode::ALL.map(|m| m.as_str().to_ascii_lowercase());
    PossibleValuesParser::new(names)
        .map(|s| LockMode::parse_ignore_case(&s).expect("clap only lets a possible value through"))
}

/// `--acl` of `mb`: an S3 canned ACL for a bucket.
pub fn bucket_acl(s: &str) -> Result<String, String> {
    canned_acl(s, BUCKET_ACLS, "a bucket")
}

/// `--acl` of `upload`: an S3 canned ACL for an object.
pub fn object_acl(s: &str) -> Result<String, String> {
    canned_acl(s, OBJECT_ACLS, "an object")
}

/// Parses `30s`, `2m`, `1h`, `500ms`, or a plain number of seconds.
pub fn duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = match s.find(|c: char| !c.is_ascii_digit() && c != '.') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, "s"),
    };
    let n: f64 = num
        .parse()
        .map_err(|_| format!("invalid duration `{s}`: expected e.g. 30s, 2m, 1h"))?;
    let secs = match unit {
        "ms" => n / 1000.0,
        "s" => n,
        "m" => n * 60.0,
        "h" => n * 3600.0,
        "d" => n * 86400.0,
        _ => return Err(format!("invalid duration unit in `{s}`: use ms, s, m, h or d")),
    };
    Duration::try_from_secs_f64(secs).map_err(|_| format!("invalid duration `{s}`: out of range"))
}

/// A duration that must be positive: a zero per-request timeout would fail every request.
pub fn timeout(s: &str) -> Result<Duration, String> {
    let d = duration(s)?;
    if d.is_zero() {
        return Err(format!("invalid timeout `{s}`: must be greater than zero"));
    }
    Ok(d)
}

/// Parses `8MiB`, `5MB`, `1048576`, `64k`.
pub fn size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let i = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (n, unit) = t.split_at(i);
    let n: u64 = n
        .parse()
        .map_err(|_| format!("invalid size `{s}`: expected e.g. 8MiB"))?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("invalid size unit in `{s}`: use B, KiB, MiB or GiB")),
    };
    n.checked_mul(mult).ok_or_else(|| format!("size `{s}` is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse() {
        assert_eq!(duration("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(duration("1h").unwrap(), Duration::from_secs(3600));
        assert_eq!(duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(duration("7").unwrap(), Duration::from_secs(7));
        assert!(duration("3 weeks").is_err());
        assert!(duration("x").is_err());
    }
}
