//! The store's side of replication, owned here so that the store depends on no replication code: what it
//! needs of a bucket's replication configuration ([`StoredReplication`]: the accepted document and the rules
//! that pick destinations) and the port it calls when a new version has to be replicated ([`ReplicationSink`],
//! fed with [`WorkItem`]s). The engine (`server::replication::engine`) implements the sink.

use crate::model;
use crate::server::error::{Kind, S3Error};

/// A bucket's replication configuration as stored: `xml` is returned verbatim by GET ?replication, `config`
/// is the parsed model used to choose destinations.
#[derive(Debug, Clone)]
pub struct StoredReplication {
    pub xml: String,
    pub config: model::ReplicationConfig,
}

/// The S3 error for a document with errors: the first error's S3 code answers, every error is in the message.
pub(crate) fn from_findings(findings: &[model::Finding]) -> S3Error {
    let errors: Vec<&model::Finding> = findings.iter().filter(|f| f.is_error()).collect();
    let Some(first) = errors.first() else {
        return S3Error::msg(Kind::MalformedXML, "The replication configuration is not valid");
    };
    let code = if first.s3_code.is_empty() {
        "MalformedXML"
    } else {
        first.s3_code
    };
    let message = errors.iter().map(|f| f.to_string()).collect::<Vec<_>>().join("; ");
    S3Error::raw(code, 400, message)
}

impl StoredReplication {
    /// Reads a stored document back (it was validated when accepted).
    pub fn from_xml(doc: &str) -> Result<StoredReplication, S3Error> {
        if !doc.trim_start().starts_with('<') {
            return Err(S3Error::msg(
                Kind::MalformedXML,
                "The replication configuration must be an XML document",
            ));
        }
        let parsed = model::parse(doc).map_err(|f| from_findings(&f))?;
        Ok(StoredReplication {
            xml: doc.to_string(),
            config: parsed.config,
        })
    }

    /// Destination buckets a new version of `key` goes to (the model's rule choice); delete markers only
    /// where the winning rule has DeleteMarkerReplication Enabled.
    pub fn targets(&self, key: &str, delete_marker: bool) -> Vec<String> {
        model::targets(&self.config, key)
            .into_iter()
            .filter(|t| !delete_marker || t.delete_marker_replication)
            .map(|t| t.bucket)
            .collect()
    }

    /// The destination buckets, in rule order (the model's one list of them).
    pub fn destinations(&self) -> Vec<String> {
        self.config.destinations()
    }
}

/// One version waiting to be replicated; the store's version metadata says to which destinations.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WorkItem {
    pub bucket: String,
    pub key: String,
    pub version_id: String,
}

/// Receives new PENDING versions (after they are durable). Implemented by the replication engine.
pub trait ReplicationSink: Send + Sync {
    fn enqueue(&self, item: WorkItem);
}
