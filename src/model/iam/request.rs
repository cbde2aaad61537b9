//! The request a policy is evaluated against: what the expression bindings (`service`, `operation`,
//! `parameters`, `zone`, `now`, `source_ip`, `api_key`, `identity`) are made of.

use std::collections::BTreeMap;
use std::net::IpAddr;

/// The service name of SOS in policies (`services.sos`, the `service` binding).
pub const SOS: &str = "sos";

/// One request to authorise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// `service`: `"sos"` for every S3 call.
    pub service: String,
    /// `operation`: a name of [`super::SosOperation`] for SOS (`get-object`); any string is evaluated.
    pub operation: String,
    /// `parameters.bucket`, absent for calls on no bucket (`list-buckets`).
    pub bucket: Option<String>,
    /// `parameters.key`, for calls on an object. Whether SOS exposes it is not documented; absent when
    /// the call has no object, so that a rule reading it concludes nothing.
    pub key: Option<String>,
    /// `zone`: `ch-gva-2`.
    pub zone: String,
    /// `now`, bound as an RFC 3339 string (`timestamp(now)` in expressions).
    pub now: time::OffsetDateTime,
    /// `source_ip`, bound as a string (`source_ip.inIpRange('10.0.0.0/8')`).
    pub source_ip: IpAddr,
    /// `api_key`; null when the request is anonymous.
    pub api_key: Option<String>,
    /// `identity`, a map of strings or nulls; `identity.key` is the API key (null: anonymous).
    pub identity: BTreeMap<String, Option<String>>,
}

impl Request {
    /// An anonymous SOS request for `operation` on `bucket`, now (to the second), from the loopback address,
    /// in `zone`.
    pub fn sos(operation: impl Into<String>, bucket: Option<String>, zone: impl Into<String>) -> Request {
        Request {
            service: SOS.to_string(),
            operation: operation.into(),
            bucket,
            key: None,
            zone: zone.into(),
            // Whole seconds: a policy compares times, and the output reads better.
            now: time::OffsetDateTime::now_utc()
                .replace_nanosecond(0)
                .unwrap_or(time::OffsetDateTime::UNIX_EPOCH),
            source_ip: IpAddr::from([127, 0, 0, 1]),
            api_key: None,
            identity: BTreeMap::from([("key".to_string(), None)]),
        }
    }

    /// The same request made with an API key: `api_key` and `identity.key` are that key.
    pub fn with_api_key(mut self, key: impl Into<String>) -> Request {
        let key = key.into();
        self.identity.insert("key".into(), Some(key.clone()));
        self.api_key = Some(key);
        self
    }

    /// `now` as the binding shows it: RFC 3339, UTC.
    pub fn now_rfc3339(&self) -> String {
        self.now
            .to_offset(time::UtcOffset::UTC)
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default()
    }
}
