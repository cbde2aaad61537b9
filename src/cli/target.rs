//! `sos://BUCKET[/KEY]` arguments: `sos://` optional, `s3://` a synonym; a trailing `/` means a prefix.

use super::exit::UsageError;
use crate::model::s3::{NameRules, bucket_name_problem};

/// A parsed `sos://BUCKET[/KEY-or-PREFIX]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub bucket: String,
    /// The key or prefix; None for the bucket itself (`sos://b` and `sos://b/`).
    pub key: Option<String>,
}

impl Target {
    /// A trailing `/` (or no key at all): a prefix, not an exact key.
    pub fn is_prefix(&self) -> bool {
        self.key.as_deref().is_none_or(|k| k.ends_with('/'))
    }

    /// `sos://bucket/key` for messages.
    pub fn url(&self) -> String {
        match &self.key {
            Some(k) => format!("sos://{}/{k}", self.bucket),
            None => format!("sos://{}", self.bucket),
        }
    }
}

/// Parses `sos://BUCKET[/KEY]`, `s3://BUCKET[/KEY]` or `BUCKET[/KEY]`.
pub fn parse(arg: &str) -> Result<Target, UsageError> {
    let rest = strip_scheme(arg)?;
    let (bucket, key) = match rest.split_once('/') {
        Some((b, k)) => (b, (!k.is_empty()).then(|| k.to_string())),
        None => (rest, None),
    };
    check_bucket(bucket, arg)?;
    // An exact key is a URL path; a URL resolves `.` and `..`, so `b/../other` would address another
    // bucket. (A prefix is only a listing parameter, so there it is harmless.)
    if let Some(k) = key.as_deref().filter(|k| !k.ends_with('/'))
        && let Some(seg) = k.split('/').find(|s| matches!(*s, "." | ".."))
    {
        return Err(UsageError::new(format!(
            "the key `{k}` in `{arg}` has a `{seg}` path segment, which an S3 request URL cannot carry"
        )));
    }
    Ok(Target {
        bucket: bucket.to_string(),
        key,
    })
}

/// A bucket argument: `sos://BUCKET` (a trailing `/` is allowed, a key is not).
pub fn parse_bucket(arg: &str) -> Result<String, UsageError> {
    let t = parse(arg)?;
    if let Some(k) = t.key {
        return Err(UsageError::new(format!(
            "expected a bucket (sos://BUCKET), got `{arg}` which names the key `{k}`"
        )));
    }
    Ok(t.bucket)
}

/// An object argument: `sos://BUCKET/KEY` with a key that is not a prefix.
pub fn parse_object(arg: &str) -> Result<(String, String), UsageError> {
    let t = parse(arg)?;
    match t.key {
        Some(k) if !k.ends_with('/') => Ok((t.bucket, k)),
        Some(_) => Err(UsageError::new(format!(
            "expected an object (sos://BUCKET/KEY), got the prefix `{arg}` (it ends with `/`)"
        ))),
        None => Err(UsageError::new(format!(
            "expected an object (sos://BUCKET/KEY), got `{arg}` which has no key"
        ))),
    }
}

fn strip_scheme(arg: &str) -> Result<&str, UsageError> {
    for scheme in ["sos://", "s3://"] {
        if arg.len() >= scheme.len() && arg[..scheme.len()].eq_ignore_ascii_case(scheme) {
            return Ok(&arg[scheme.len()..]);
        }
    }
    if let Some((scheme, _)) = arg.split_once("://") {
        return Err(UsageError::new(format!(
            "unsupported scheme `{scheme}://` in `{arg}`: use sos://BUCKET[/KEY] (or s3://)"
        )));
    }
    Ok(arg)
}

/// The bucket of an argument, held to the names an S3-compatible server may accept (the model's rule);
/// the messages name the argument.
fn check_bucket(bucket: &str, arg: &str) -> Result<(), UsageError> {
    if bucket.is_empty() {
        return Err(UsageError::new(format!(
            "no bucket name in `{arg}`: use sos://BUCKET[/KEY]"
        )));
    }
    let Some(problem) = bucket_name_problem(bucket, NameRules::Compatible) else {
        return Ok(());
    };
    Err(UsageError::new(match bucket {
        // A dot segment reads as a path, not as a name: say how the argument is written.
        "." | ".." => format!("invalid bucket name `{bucket}` in `{arg}`: use sos://BUCKET[/KEY]"),
        _ if bucket.len() > 255 => format!("bucket name in `{arg}` is too long"),
        _ => format!("invalid bucket name `{bucket}` in `{arg}`: {problem}"),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_are_optional_and_synonyms() {
        for arg in ["sos://b/k.txt", "s3://b/k.txt", "b/k.txt", "SOS://b/k.txt"] {
            let t = parse(arg).unwrap();
            assert_eq!(t.bucket, "b", "{arg}");
            assert_eq!(t.key.as_deref(), Some("k.txt"), "{arg}");
            assert!(!t.is_prefix());
        }
    }

    #[test]
    fn trailing_slash_is_a_prefix() {
        let t = parse("sos://b/dir/").unwrap();
        assert_eq!(t.key.as_deref(), Some("dir/"));
        assert!(t.is_prefix());
        let t = parse("sos://b/").unwrap();
        assert_eq!(t.key, None);
        assert!(t.is_prefix());
        assert_eq!(parse("b").unwrap().key, None);
        assert_eq!(parse("sos://b/a/b/c").unwrap().key.as_deref(), Some("a/b/c"));
    }

    #[test]
    fn bad_arguments_are_named() {
        assert!(parse("sos://").unwrap_err().0.contains("no bucket"));
        assert!(parse("/k").unwrap_err().0.contains("no bucket"));
        assert!(parse("http://b/k").unwrap_err().0.contains("http://"));
        assert!(parse("sos://b c/k").unwrap_err().0.contains("invalid bucket name"));
        assert!(parse_bucket("sos://b/k").unwrap_err().0.contains("`k`"));
        assert_eq!(parse_bucket("sos://b/").unwrap(), "b");
        assert!(parse_object("sos://b/dir/").is_err());
        assert!(parse_object("sos://b").is_err());
        assert_eq!(parse_object("b/k").unwrap(), ("b".to_string(), "k".to_string()));
        assert!(parse("sos://b/../other").unwrap_err().0.contains("`..` path segment"));
        assert!(parse("sos://b/a/./k").unwrap_err().0.contains("`.` path segment"));
        assert!(parse("sos://..").unwrap_err().0.contains("invalid bucket name `..`"));
        assert!(parse("sos://./k").unwrap_err().0.contains("invalid bucket name `.`"));
        assert_eq!(
            parse("sos://a*b/k").unwrap_err().0,
            "invalid bucket name `a*b` in `sos://a*b/k`: `*` is not allowed (letters, digits, `.`, `-`)"
        );
        let long = format!("sos://{}", "a".repeat(256));
        assert_eq!(
            parse(&long).unwrap_err().0,
            format!("bucket name in `{long}` is too long")
        );
        assert!(parse(&format!("sos://{}", "a".repeat(255))).is_ok());
        assert!(parse("sos://My_Bucket.1/k").is_ok());
        // Dots inside a segment are ordinary characters; a prefix is only a listing parameter.
        assert_eq!(parse("b/a..b/.k").unwrap().key.as_deref(), Some("a..b/.k"));
        assert_eq!(parse("b/../").unwrap().key.as_deref(), Some("../"));
    }
}
