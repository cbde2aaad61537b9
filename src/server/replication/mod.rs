//! Replication in the server: the PUT-time validation of a replication configuration (with the bucket-state
//! checks), the asynchronous replication engine ([`engine`]) and its test hooks ([`Hooks`], [`Fault`]).
//!
//! The store owns its side of the seam (`store::port`: [`StoredReplication`], `ReplicationSink`, `WorkItem`),
//! so the store depends on no code here. How the engine hooks in:
//!
//! 1. At start (in `server::start`, after the store is loaded): the engine implements `ReplicationSink`, calls
//!    `Store::set_replication_sink(Some(engine))`, then enqueues `Store::pending_replication()` (PENDING
//!    versions found in the data dir, oldest first). From then on the store calls `enqueue` once per new
//!    PENDING version, after its journal record is durable (PutObject, CopyObject,
//!    CompleteMultipartUpload, and delete markers whose winning rule has DeleteMarkerReplication Enabled).
//! 2. A worker takes a `WorkItem`, reads `Store::version(bucket, key, version_id)` (its
//!    `meta.replication.targets` lists the destinations still PENDING), consults [`Hooks`] (paused? fault
//!    injected for this destination?), and calls `Store::put_replica(dest, key, &version)` for each
//!    target: same version id, Last-Modified, ETag, headers, metadata and retention, status REPLICA, body
//!    shared without copying; a retry of a replica already present is a no-op. `ReplicaError` is the
//!    permanent failure reason (DstBucketNotFound, DstBucketUnversioned, DstBucketObjectLockConfigMissing,
//!    DstPutObjectNotPermitted).
//! 3. It records each outcome with `Store::set_target_status(bucket, key, version_id, dest, status,
//!    reason)`, which recomputes the overall status (COMPLETED when every target is, FAILED when any
//!    failed) and journals it. Per-key ordering (a delete marker after the version it hides) is the
//!    engine's job: items for one key arrive in write order.
//! 4. `GET/POST /_sosctl/replication` is routed to `Endpoint::OperatorReplication`, served by the engine;
//!    `ReplicationState::since` gives the age of pending items.

pub mod engine;
mod hooks;

pub use hooks::{Fault, Hooks};

use super::error::{Kind, S3Error};
use super::store::port::from_findings;
use super::store::{BucketInfo, StoredReplication};
use crate::model;
use crate::model::prereq::{self, DestinationFacts, Fact, Reach, S3Refusal, SourceFacts};

fn refused(r: &S3Refusal) -> S3Error {
    S3Error::raw(r.code, 400, r.message.clone())
}

/// Validates a PUT ?replication document as S3 does: the source's versioning first, then the document with
/// the same code as `replication validate` (`model::load`: the first error's S3 code answers, all errors in
/// the message), then each destination with the shared prerequisite checks (`model::prereq`: exists,
/// versioning Enabled, Object Lock when the source has it), the first failure answering. `lookup` answers
/// a bucket's state by name.
pub fn validate_replication(
    source: &BucketInfo,
    doc: &str,
    lookup: impl Fn(&str) -> Option<BucketInfo>,
) -> Result<StoredReplication, S3Error> {
    let src = SourceFacts {
        name: source.name.clone(),
        versioning: Fact::Known(source.versioning),
        object_lock: Some(Fact::Known(source.object_lock)),
    };
    if let Some(r) = prereq::first_refusal(&prereq::source_findings(&src)) {
        return Err(refused(r));
    }
    if !doc.trim_start().starts_with('<') {
        return Err(S3Error::msg(
            Kind::MalformedXML,
            "The replication configuration must be an XML document",
        ));
    }
    let loaded = model::load(doc, Some(&source.name));
    if loaded.errors() > 0 {
        return Err(from_findings(&loaded.findings));
    }
    let config = loaded.config.expect("a config without errors");
    for dest in config.destinations() {
        let facts = match lookup(&dest) {
            Some(d) => DestinationFacts {
                name: dest,
                reach: Reach::Found { zone: Some(d.region) },
                versioning: Some(Fact::Known(d.versioning)),
                object_lock: Some(Fact::Known(d.object_lock)),
            },
            None => DestinationFacts {
                name: dest,
                reach: Reach::Missing,
                versioning: None,
                object_lock: None,
            },
        };
        if let Some(r) = prereq::first_refusal(&prereq::destination_findings(&src, &facts)) {
            return Err(refused(r));
        }
    }
    Ok(StoredReplication {
        xml: doc.to_string(),
        config,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::s3::Versioning;

    const DOC: &str = r#"<ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Role>r</Role>
<Rule><ID>a</ID><Priority>1</Priority><Status>Enabled</Status><Filter><Prefix>logs/</Prefix></Filter><Destination><Bucket>arn:aws:s3:::dst1</Bucket></Destination><DeleteMarkerReplication><Status>Enabled</Status></DeleteMarkerReplication></Rule>
<Rule><ID>b</ID><Priority>2</Priority><Status>Enabled</Status><Filter><Prefix>logs/x</Prefix></Filter><Destination><Bucket>dst1</Bucket></Destination><DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication></Rule>
<Rule><ID>c</ID><Priority>3</Priority><Status>Enabled</Status><Filter><Tag><Key>k</Key><Value>v</Value></Tag></Filter><Destination><Bucket>dst2</Bucket></Destination><DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication></Rule>
<Rule><ID>d</ID><Priority>4</Priority><Status>Disabled</Status><Filter/><Destination><Bucket>dst3</Bucket></Destination><DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication></Rule>
</ReplicationConfiguration>"#;

    #[test]
    fn destination_choice() {
        let s = StoredReplication::from_xml(DOC).unwrap();
        assert_eq!(s.targets("logs/a", false), vec!["dst1"]);
        assert_eq!(s.targets("logs/a", true), vec!["dst1"]);
        // The higher-priority rule for d1 wins alone, and it does not replicate delete markers.
        assert_eq!(s.targets("logs/x1", true), Vec::<String>::new());
        assert_eq!(s.targets("other", false), Vec::<String>::new());
    }

    fn info(name: &str, v: Versioning, lock: bool) -> BucketInfo {
        BucketInfo {
            name: name.into(),
            region: "ch-dk-2".into(),
            created: 0,
            versioning: v,
            object_lock: lock,
        }
    }

    #[test]
    fn bucket_state_checks_in_order() {
        let doc = DOC
            .replace("<Bucket>dst2</Bucket>", "<Bucket>dst1</Bucket>")
            .replace("<Bucket>dst3</Bucket>", "<Bucket>dst1</Bucket>");
        let e = validate_replication(
            &info("src", Versioning::Enabled, false),
            &doc.replace("<Priority>2</Priority>", "<Priority>1</Priority>"),
            |n| Some(info(n, Versioning::Enabled, false)),
        )
        .unwrap_err();
        assert_eq!(e.code(), "InvalidRequest");
        assert!(e.message.contains("duplicate priority"), "{e}");
        let e = validate_replication(
            &info("src", Versioning::Enabled, false),
            "<ReplicationConfiguration><Rule><Bogus/></Rule></ReplicationConfiguration>",
            |_| None,
        )
        .unwrap_err();
        assert_eq!(e.code(), "MalformedXML");
        let unversioned = info("src", Versioning::Disabled, false);
        let e = validate_replication(&unversioned, "not xml", |_| None).unwrap_err();
        assert!(e.message.contains("Versioning must be 'Enabled'"), "{e}");
        let src = info("src", Versioning::Enabled, false);
        let e = validate_replication(&src, &doc, |_| None).unwrap_err();
        assert_eq!(e.code(), "InvalidRequest");
        let e = validate_replication(&src, &doc, |n| Some(info(n, Versioning::Suspended, false))).unwrap_err();
        assert_eq!(e.message, "Destination bucket must have versioning enabled.");
        assert!(validate_replication(&src, &doc, |n| Some(info(n, Versioning::Enabled, false))).is_ok());
        let locked = info("src", Versioning::Enabled, true);
        assert!(validate_replication(&locked, &doc, |n| Some(info(n, Versioning::Enabled, false))).is_err());
        assert!(validate_replication(&locked, &doc, |n| Some(info(n, Versioning::Enabled, true))).is_ok());
        let same = doc.replace(">dst1<", ">src<").replace("arn:aws:s3:::dst1", "src");
        assert!(
            validate_replication(&src, &same, |n| Some(info(n, Versioning::Enabled, false)))
                .unwrap_err()
                .message
                .contains("same")
        );
    }
}
