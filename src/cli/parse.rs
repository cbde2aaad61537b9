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

/// Parses a Go-style duration, as exo's flags take them: a sequence of decimal numbers, each with a unit
/// (`90s`, `1h45m`, `1.5h`, `500ms`; units ns, us/µs, ms, s, m, h), plus `d` for days (which Go lacks), or a
/// plain number of seconds. The value is echoed as given in errors.
pub fn duration(s: &str) -> Result<Duration, String> {
    let t = s.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        let n: f64 = t
            .parse()
            .map_err(|_| format!("invalid duration `{s}`: expected e.g. 30s, 1h45m"))?;
        return Duration::try_from_secs_f64(n).map_err(|_| format!("invalid duration `{s}`: out of range"));
    }
    let mut rest = t;
    let mut total = 0f64;
    if rest.is_empty() {
        return Err(format!("invalid duration `{s}`: expected e.g. 30s, 1h45m"));
    }
    while !rest.is_empty() {
        let num_end = rest
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .ok_or_else(|| format!("invalid duration `{s}`: `{rest}` has no unit (ns, us, ms, s, m, h, d)"))?;
        let (num, after) = rest.split_at(num_end);
        let n: f64 = num
            .parse()
            .map_err(|_| format!("invalid duration `{s}`: expected e.g. 30s, 1h45m (a number before each unit)"))?;
        let unit_end = after
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(after.len());
        let (unit, next) = after.split_at(unit_end);
        let scale = match unit {
            "ns" => 1e-9,
            "us" | "µs" | "μs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            "d" => 86400.0,
            _ => {
                return Err(format!(
                    "invalid duration `{s}`: unknown unit `{unit}` (use ns, us, ms, s, m, h or d)"
                ));
            }
        };
        total += n * scale;
        rest = next;
    }
    Duration::try_from_secs_f64(total).map_err(|_| format!("invalid duration `{s}`: out of range"))
}

/// A duration with the text it was given as, for messages that echo the user's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GivenDuration {
    pub text: String,
    pub value: Duration,
}

/// [`duration`], keeping the text.
pub fn given_duration(s: &str) -> Result<GivenDuration, String> {
    Ok(GivenDuration {
        text: s.trim().to_string(),
        value: duration(s)?,
    })
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

    #[test]
    fn go_style_durations_as_exo_takes_them() {
        assert_eq!(duration("1h45m").unwrap(), Duration::from_secs(6300));
        assert_eq!(duration("90s").unwrap(), Duration::from_secs(90));
        assert_eq!(duration("1.5h").unwrap(), Duration::from_secs(5400));
        assert_eq!(duration("2h30m15s").unwrap(), Duration::from_secs(9015));
        assert_eq!(duration("1m500ms").unwrap(), Duration::from_millis(60_500));
        assert_eq!(duration("8d").unwrap(), Duration::from_secs(8 * 86400));
        assert_eq!(duration("1500us").unwrap(), Duration::from_micros(1500));
        for bad in ["", "h", "1x", "1h5", "1..5s", "-1s", "1h 5m"] {
            let e = duration(bad).expect_err(bad);
            assert!(
                e.contains(&format!("`{bad}`")),
                "{bad}: the value is echoed as given: {e}"
            );
        }
    }
}
