//! Bucket CORS configurations, as far as the server, the client and `cors add|delete` / `show` need them:
//! the `CORSConfiguration` document (read with its rules checked as S3 checks them, written back), and
//! the matching of a browser's request against the rules (first match wins). Pure.
//!
//! Sources: the S3 API reference (PutBucketCors, GetBucketCors, DeleteBucketCors, "Appendix: OPTIONS
//! object") and the S3 user guide ("Elements of a CORS configuration", "Troubleshooting CORS"): at most 100
//! rules, a document of at most 64 KB, methods GET, PUT, HEAD, POST and DELETE only, at most one `*` in
//! each AllowedOrigin and AllowedHeader.

use crate::xml::{Element, Writer};
use serde::{Deserialize, Serialize};

/// Most rules a configuration holds (S3's limit).
pub const MAX_RULES: usize = 100;
/// Largest configuration document, in bytes (S3's limit: 64 KB).
pub const MAX_DOCUMENT_BYTES: usize = 64 * 1024;
/// Longest rule ID (S3's limit).
pub const MAX_ID_CHARS: usize = 255;
/// The methods a rule may allow.
pub const METHODS: [&str; 5] = ["GET", "PUT", "HEAD", "POST", "DELETE"];

/// One `CORSRule`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorsRule {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub allowed_origins: Vec<String>,
    pub allowed_methods: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowed_headers: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expose_headers: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age_seconds: Option<u32>,
}

/// A `CORSConfiguration`: its rules, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorsConfig {
    pub rules: Vec<CorsRule>,
}

/// What is wrong with a configuration, as S3 classes it: a document that does not follow the schema
/// (MalformedXML) or a rule it refuses (InvalidRequest).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorsError {
    Malformed(String),
    Invalid(String),
}

impl CorsError {
    pub fn message(&self) -> &str {
        match self {
            CorsError::Malformed(m) | CorsError::Invalid(m) => m,
        }
    }
}

impl std::fmt::Display for CorsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

/// Whether `pattern` (at most one `*`, which stands for any run of characters) matches `value`.
fn wildcard_match(pattern: &str, value: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == value,
        Some((head, tail)) => {
            value.len() >= head.len() + tail.len() && value.starts_with(head) && value.ends_with(tail)
        }
    }
}

impl CorsRule {
    /// Checks one rule as S3 does; `n` is its position (1-based), for messages.
    pub fn validate(&self, n: usize) -> Result<(), CorsError> {
        let at = match &self.id {
            Some(id) => format!("CORSRule {n} (ID `{id}`)"),
            None => format!("CORSRule {n}"),
        };
        if self.allowed_origins.is_empty() {
            return Err(CorsError::Malformed(format!("{at} has no AllowedOrigin")));
        }
        if self.allowed_methods.is_empty() {
            return Err(CorsError::Malformed(format!("{at} has no AllowedMethod")));
        }
        if let Some(id) = &self.id
            && id.chars().count() > MAX_ID_CHARS
        {
            return Err(CorsError::Invalid(format!(
                "{at}: the ID is longer than {MAX_ID_CHARS} characters"
            )));
        }
        if let Some(m) = self.allowed_methods.iter().find(|m| !METHODS.contains(&m.as_str())) {
            return Err(CorsError::Invalid(format!(
                "Found unsupported HTTP method in CORS config. Unsupported method is {m} ({at}; GET, PUT, HEAD, POST and DELETE are)"
            )));
        }
        for o in &self.allowed_origins {
            if o.is_empty() {
                return Err(CorsError::Malformed(format!("{at} has an empty AllowedOrigin")));
            }
            if o.matches('*').count() > 1 {
                return Err(CorsError::Invalid(format!(
                    "AllowedOrigin \"{o}\" can not have more than one wildcard ({at})"
                )));
            }
        }
        for h in &self.allowed_headers {
            if h.matches('*').count() > 1 {
                return Err(CorsError::Invalid(format!(
                    "AllowedHeader \"{h}\" can not have more than one wildcard ({at})"
                )));
            }
        }
        Ok(())
    }

    fn allows_origin(&self, origin: &str) -> bool {
        self.allowed_origins.iter().any(|o| wildcard_match(o, origin))
    }

    /// Whether every requested header is allowed (names compare without case).
    fn allows_headers(&self, requested: &[String]) -> bool {
        if requested.is_empty() {
            return true;
        }
        let allowed: Vec<String> = self.allowed_headers.iter().map(|a| a.to_ascii_lowercase()).collect();
        requested.iter().all(|h| {
            let h = h.to_ascii_lowercase();
            allowed.iter().any(|a| wildcard_match(a, &h))
        })
    }

    /// The `Access-Control-Allow-Origin` value for `origin`: `*` when the rule allows any origin, else the
    /// origin itself (with credentials allowed, as S3 answers).
    pub fn allow_origin(&self, origin: &str) -> (String, bool) {
        if self.allowed_origins.iter().any(|o| o == "*") {
            ("*".to_string(), false)
        } else {
            (origin.to_string(), true)
        }
    }
}

/// Most header names a preflight may ask about (a browser asks about a handful): matching costs the
/// requested names times the allowed ones, so a request is not let ask about thousands.
pub const MAX_REQUESTED_HEADERS: usize = 100;

/// The header names of an `Access-Control-Request-Headers` value (lower-cased, each once).
pub fn requested_headers(value: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for h in value.split(',').map(str::trim).filter(|h| !h.is_empty()) {
        let h = h.to_ascii_lowercase();
        if !names.contains(&h) {
            names.push(h);
        }
        if names.len() > MAX_REQUESTED_HEADERS {
            break;
        }
    }
    names
}

impl CorsConfig {
    /// Reads a `CORSConfiguration` element and checks it (what the server accepts).
    pub fn from_element(root: &Element) -> Result<CorsConfig, CorsError> {
        let config = CorsConfig::read_element(root)?;
        config.validate()?;
        Ok(config)
    }

    /// Reads a `CORSConfiguration` element without checking its rules: what a client reads back from a
    /// server, whose rules are that server's to judge (one may take what S3 refuses).
    pub fn read_element(root: &Element) -> Result<CorsConfig, CorsError> {
        if root.name != "CORSConfiguration" {
            return Err(CorsError::Malformed(format!(
                "the root element is <{}>, expected <CORSConfiguration>",
                root.name
            )));
        }
        if let Some(other) = root.children.iter().find(|c| c.name != "CORSRule") {
            return Err(CorsError::Malformed(format!(
                "unexpected <{}> in <CORSConfiguration>",
                other.name
            )));
        }
        let mut rules = Vec::new();
        for (i, r) in root.children("CORSRule").enumerate() {
            let n = i + 1;
            let mut rule = CorsRule::default();
            for c in &r.children {
                let text = c.text.trim().to_string();
                match c.name.as_str() {
                    "ID" if rule.id.is_none() => rule.id = Some(text),
                    "AllowedOrigin" => rule.allowed_origins.push(text),
                    "AllowedMethod" => rule.allowed_methods.push(text),
                    "AllowedHeader" => rule.allowed_headers.push(text),
                    "ExposeHeader" => rule.expose_headers.push(text),
                    "MaxAgeSeconds" if rule.max_age_seconds.is_none() => {
                        rule.max_age_seconds = Some(text.parse().map_err(|_| {
                            CorsError::Malformed(format!(
                                "CORSRule {n}: MaxAgeSeconds `{text}` is not a whole number of seconds"
                            ))
                        })?)
                    }
                    other => {
                        return Err(CorsError::Malformed(format!(
                            "CORSRule {n}: unexpected or repeated <{other}>"
                        )));
                    }
                }
            }
            rules.push(rule);
        }
        Ok(CorsConfig { rules })
    }

    /// Reads the text of a `CORSConfiguration` document and checks it.
    pub fn parse(text: &str) -> Result<CorsConfig, CorsError> {
        CorsConfig::from_element(&Self::root_of(text)?)
    }

    /// Reads the text of a `CORSConfiguration` document as a server answered it ([`CorsConfig::read_element`]).
    pub fn read(text: &str) -> Result<CorsConfig, CorsError> {
        CorsConfig::read_element(&Self::root_of(text)?)
    }

    fn root_of(text: &str) -> Result<Element, CorsError> {
        crate::xml::parse(text).map_err(|e| CorsError::Malformed(format!("not an XML document: {e}")))
    }

    /// Checks the whole configuration: 1 to 100 rules, each valid.
    pub fn validate(&self) -> Result<(), CorsError> {
        if self.rules.is_empty() {
            return Err(CorsError::Malformed(
                "a CORSConfiguration needs at least one CORSRule".into(),
            ));
        }
        if self.rules.len() > MAX_RULES {
            return Err(CorsError::Invalid(format!(
                "The CORS configuration has {} rules; at most {MAX_RULES} are allowed",
                self.rules.len()
            )));
        }
        for (i, r) in self.rules.iter().enumerate() {
            r.validate(i + 1)?;
        }
        Ok(())
    }

    /// The document, as PutBucketCors sends it and GetBucketCors answers it.
    pub fn to_xml(&self) -> String {
        let mut w = Writer::new("CORSConfiguration");
        for r in &self.rules {
            w.open("CORSRule");
            w.opt("ID", r.id.as_deref());
            for o in &r.allowed_origins {
                w.elem("AllowedOrigin", o);
            }
            for m in &r.allowed_methods {
                w.elem("AllowedMethod", m);
            }
            for h in &r.allowed_headers {
                w.elem("AllowedHeader", h);
            }
            for h in &r.expose_headers {
                w.elem("ExposeHeader", h);
            }
            if let Some(s) = r.max_age_seconds {
                w.elem("MaxAgeSeconds", &s.to_string());
            }
            w.close("CORSRule");
        }
        w.finish()
    }

    /// The first rule that allows a request from `origin` with `method` sending `headers` (a preflight's
    /// Access-Control-Request-Headers; none for an actual request), as S3 picks it.
    pub fn matching(&self, origin: &str, method: &str, headers: &[String]) -> Option<&CorsRule> {
        self.rules.iter().find(|r| {
            r.allows_origin(origin) && r.allowed_methods.iter().any(|m| m == method) && r.allows_headers(headers)
        })
    }

    /// exo's JSON of a configuration: one `{allowed_origins, allowed_methods, allowed_headers}` a rule (each
    /// key left out when empty, as exo does), and sosctl's `id` (first), `expose_headers`, `max_age_seconds` when set.
    pub fn exo_json(&self) -> serde_json::Value {
        let rules: Vec<serde_json::Value> = self
            .rules
            .iter()
            .map(|r| {
                let mut m = serde_json::Map::new();
                if let Some(id) = &r.id {
                    m.insert("id".into(), serde_json::json!(id));
                }
                let mut put = |k: &str, v: &[String]| {
                    if !v.is_empty() {
                        m.insert(k.into(), serde_json::json!(v));
                    }
                };
                put("allowed_origins", &r.allowed_origins);
                put("allowed_methods", &r.allowed_methods);
                put("allowed_headers", &r.allowed_headers);
                put("expose_headers", &r.expose_headers);
                if let Some(s) = r.max_age_seconds {
                    m.insert("max_age_seconds".into(), serde_json::json!(s));
                }
                serde_json::Value::Object(m)
            })
            .collect();
        serde_json::Value::Array(rules)
    }

    /// The rules as exo's table shows them: each between `{` and `}`, one `Allowed Origins [a b]` line a
    /// field that is set (sosctl adds ID, Expose Headers and Max Age).
    pub fn lines(&self) -> String {
        let list = |v: &[String]| format!("[{}]", v.join(" "));
        let mut out = Vec::new();
        for r in &self.rules {
            out.push("{".to_string());
            if let Some(id) = &r.id {
                out.push(format!("  ID               {id}"));
            }
            for (name, v) in [
                ("Allowed Origins", &r.allowed_origins),
                ("Allowed Methods", &r.allowed_methods),
                ("Allowed Headers", &r.allowed_headers),
                ("Expose Headers ", &r.expose_headers),
            ] {
                if !v.is_empty() {
                    out.push(format!("  {name}  {}", list(v)));
                }
            }
            if let Some(s) = r.max_age_seconds {
                out.push(format!("  Max Age          {s}s"));
            }
            out.push("}".to_string());
        }
        if out.is_empty() { "-".into() } else { out.join("\n") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(origins: &[&str], methods: &[&str], headers: &[&str]) -> CorsRule {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect();
        CorsRule {
            allowed_origins: v(origins),
            allowed_methods: v(methods),
            allowed_headers: v(headers),
            ..Default::default()
        }
    }

    #[test]
    fn a_document_round_trips() {
        let text = r#"<CORSConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
            <CORSRule><ID>web</ID><AllowedOrigin>https://*.example.net</AllowedOrigin><AllowedOrigin>http://a</AllowedOrigin>
            <AllowedMethod>GET</AllowedMethod><AllowedMethod>PUT</AllowedMethod><AllowedHeader>x-amz-*</AllowedHeader>
            <ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule>
            <CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>HEAD</AllowedMethod></CORSRule>
        </CORSConfiguration>"#;
        let c = CorsConfig::parse(text).unwrap();
        assert_eq!(c.rules.len(), 2);
        assert_eq!(c.rules[0].id.as_deref(), Some("web"));
        assert_eq!(c.rules[0].allowed_origins, ["https://*.example.net", "http://a"]);
        assert_eq!(c.rules[0].max_age_seconds, Some(3000));
        assert_eq!(c.rules[0].expose_headers, ["ETag"]);
        assert_eq!(CorsConfig::parse(&c.to_xml()).unwrap(), c);
        // What another server took is read back as it is; only the server checks it.
        let lax = "<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>*</AllowedMethod></CORSRule></CORSConfiguration>";
        assert_eq!(CorsConfig::read(lax).unwrap().rules[0].allowed_methods, ["*"]);
        assert!(matches!(CorsConfig::parse(lax), Err(CorsError::Invalid(_))));
    }

    #[test]
    fn rules_are_checked_as_s3_checks_them() {
        let bad = |r: CorsRule| CorsConfig { rules: vec![r] }.validate().unwrap_err();
        let e = bad(rule(&["*"], &["PATCH"], &[]));
        assert!(matches!(e, CorsError::Invalid(_)) && e.message().contains("Unsupported method is PATCH"));
        let e = bad(rule(&["http://*.*.x"], &["GET"], &[]));
        assert!(matches!(e, CorsError::Invalid(_)) && e.message().contains("more than one wildcard"));
        let e = bad(rule(&["*"], &["GET"], &["x-*-*"]));
        assert!(e.message().contains("AllowedHeader"), "{e}");
        assert!(matches!(bad(rule(&[], &["GET"], &[])), CorsError::Malformed(_)));
        assert!(matches!(bad(rule(&["*"], &[], &[])), CorsError::Malformed(_)));
        let mut long = rule(&["*"], &["GET"], &[]);
        long.id = Some("i".repeat(256));
        assert!(bad(long).message().contains("255"));
        let many = CorsConfig {
            rules: vec![rule(&["*"], &["GET"], &[]); 101],
        };
        assert!(matches!(many.validate(), Err(CorsError::Invalid(m)) if m.contains("at most 100")));
        assert!(
            CorsConfig {
                rules: vec![rule(&["*"], &["GET"], &[]); 100]
            }
            .validate()
            .is_ok()
        );
        assert!(matches!(CorsConfig::default().validate(), Err(CorsError::Malformed(_))));
        // Schema problems are MalformedXML.
        for doc in [
            "<CORSConfiguration><Rule/></CORSConfiguration>",
            "<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><MaxAgeSeconds>soon</MaxAgeSeconds></CORSRule></CORSConfiguration>",
            "<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><Color/></CORSRule></CORSConfiguration>",
            "<Other/>",
            "<CORSConfiguration>",
        ] {
            assert!(matches!(CorsConfig::parse(doc), Err(CorsError::Malformed(_))), "{doc}");
        }
    }

    #[test]
    fn the_first_rule_that_allows_origin_method_and_headers_wins() {
        let c = CorsConfig {
            rules: vec![
                rule(&["https://app.example.net"], &["PUT"], &["content-type", "x-amz-*"]),
                rule(&["https://*.example.net"], &["GET", "HEAD"], &[]),
                rule(&["*"], &["GET"], &["*"]),
            ],
        };
        let h = |s: &str| requested_headers(s);
        let pick = |o: &str, m: &str, hs: &str| {
            c.matching(o, m, &h(hs))
                .map(|r| c.rules.iter().position(|x| x == r).unwrap())
        };
        assert_eq!(
            pick("https://app.example.net", "PUT", "Content-Type, X-Amz-Date"),
            Some(0)
        );
        assert_eq!(pick("https://app.example.net", "PUT", "authorization"), None);
        assert_eq!(pick("https://app.example.net", "GET", ""), Some(1));
        assert_eq!(pick("https://x.example.net", "GET", "authorization"), Some(2));
        assert_eq!(pick("https://x.example.net", "HEAD", ""), Some(1));
        assert_eq!(pick("https://example.org", "DELETE", ""), None);
        // The wildcard needs the text around it: `https://*.example.net` is not `https://example.net`.
        assert_eq!(pick("https://.example.net", "HEAD", ""), Some(1));
        assert_eq!(pick("https://example.net", "HEAD", ""), None);
        assert_eq!(c.rules[2].allow_origin("https://o"), ("*".to_string(), false));
        assert_eq!(c.rules[1].allow_origin("https://o"), ("https://o".to_string(), true));
    }

    #[test]
    fn exo_json_and_lines() {
        let mut r = rule(&["https://a", "https://b"], &["GET"], &[]);
        r.max_age_seconds = Some(60);
        let c = CorsConfig { rules: vec![r] };
        let j = c.exo_json();
        assert_eq!(j[0]["allowed_origins"], serde_json::json!(["https://a", "https://b"]));
        assert_eq!(j[0]["allowed_methods"], serde_json::json!(["GET"]));
        assert!(
            j[0].get("allowed_headers").is_none(),
            "left out when empty, as exo: {j}"
        );
        assert_eq!(j[0]["max_age_seconds"], 60);
        let l = c.lines();
        assert!(l.starts_with("{\n") && l.ends_with("\n}"), "{l}");
        assert!(l.contains("Allowed Origins  [https://a https://b]"), "{l}");
        assert_eq!(CorsConfig::default().lines(), "-");
    }
}
