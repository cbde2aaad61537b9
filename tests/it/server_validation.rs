//! The bundled server's answers to PUT ?replication (replication.md §2) over HTTP: each refused document gets
//! the S3 error code and status of the §2 table, the bucket-state checks come in their order (source
//! versioning first), GET returns the stored document byte for byte, and suspending versioning under a config
//! is refused. The server is the real binary (`sosctl serve`, one per test), driven by `sosctl::s3::Client`.

use crate::support::{DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, ServeProcess, s3_client};
use sosctl::s3::{Client, S3Error};

async fn start() -> (ServeProcess, Client) {
    let s = ServeProcess::start(&[], &[]);
    let c = s3_client(&s.endpoint, "ch-dk-2", DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, 0);
    (s, c)
}

const NS: &str = r#"xmlns="http://s3.amazonaws.com/doc/2006-03-01/""#;

fn rule(id: &str, priority: &str, dest: &str) -> String {
    format!(
        "<Rule><ID>{id}</ID><Priority>{priority}</Priority><Status>Enabled</Status><Filter><Prefix></Prefix></Filter>\
         <Destination><Bucket>{dest}</Bucket></Destination>\
         <DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication></Rule>"
    )
}

fn doc(role: &str, rules: &[String]) -> String {
    format!(
        "<ReplicationConfiguration {NS}><Role>{role}</Role>{}</ReplicationConfiguration>",
        rules.concat()
    )
}

/// Sends the document and returns the refusal as (HTTP status, code, message).
async fn refusal(c: &Client, bucket: &str, xml: String) -> (u16, String, String) {
    match c.put_bucket_replication(bucket, xml).await {
        Ok(()) => panic!("the server accepted a document it must refuse"),
        Err(e @ S3Error::Service { .. }) => (
            e.status().unwrap(),
            e.code().unwrap_or_default().to_string(),
            e.message().unwrap_or_default().to_string(),
        ),
        Err(e) => panic!("expected an S3 error document, got {e}"),
    }
}

#[tokio::test]
async fn put_replication_answers_each_check_with_its_code() {
    let (_s, c) = start().await;
    for b in ["src", "dst", "dst2"] {
        c.create_bucket(b, &Default::default()).await.unwrap();
        c.put_bucket_versioning(b, true).await.unwrap();
    }
    let role = "6f00a21e-a535-4286-86c5-e81eeab3b4ff";

    // §2 #9: duplicate priority.
    let (st, code, msg) = refusal(&c, "src", doc(role, &[rule("a", "1", "dst"), rule("b", "1", "dst2")])).await;
    assert_eq!((st, code.as_str()), (400, "InvalidRequest"), "{msg}");
    assert!(msg.contains("Found duplicate priority 1."), "{msg}");

    // §2 #5: duplicate IDs.
    let (st, code, msg) = refusal(&c, "src", doc(role, &[rule("a", "1", "dst"), rule("a", "2", "dst2")])).await;
    assert_eq!((st, code.as_str()), (400, "InvalidArgument"), "{msg}");
    assert!(msg.contains("Rule Id must be unique."), "{msg}");

    // §2 #4: ID longer than 255 characters.
    let long = "x".repeat(256);
    let (st, code, msg) = refusal(&c, "src", doc(role, &[rule(&long, "1", "dst")])).await;
    assert_eq!((st, code.as_str()), (400, "InvalidArgument"), "{msg}");

    // §2 #2: no Role.
    let (st, code, msg) = refusal(&c, "src", doc("", &[rule("a", "1", "dst")])).await;
    assert_eq!((st, code.as_str()), (400, "MalformedXML"), "{msg}");

    // §2 #1: an unknown element, named with the closest valid one.
    let typo = doc(role, &[rule("a", "1", "dst")])
        .replace("<Filter><Prefix>", "<Filter><Prefx>")
        .replace("</Prefix></Filter>", "</Prefx></Filter>");
    let (st, code, msg) = refusal(&c, "src", typo).await;
    assert_eq!((st, code.as_str()), (400, "MalformedXML"), "{msg}");
    assert!(msg.contains("Prefix"), "{msg}");

    // §2 #14: destination = source.
    let (st, code, msg) = refusal(&c, "src", doc(role, &[rule("a", "1", "src")])).await;
    assert_eq!((st, code.as_str()), (400, "InvalidRequest"), "{msg}");
    assert!(
        msg.contains("Destination bucket cannot be the same as the source bucket."),
        "{msg}"
    );

    // Bucket state: a destination that does not exist.
    let (st, code, msg) = refusal(&c, "src", doc(role, &[rule("a", "1", "nowhere")])).await;
    assert_eq!((st, code.as_str()), (400, "InvalidRequest"), "{msg}");

    // Nothing refused was stored.
    assert_eq!(c.get_bucket_replication("src").await.unwrap(), None);

    // An accepted document (arn form of the destination) is returned exactly as sent.
    let good = doc(role, &[rule("a", "1", "arn:aws:s3:::dst"), rule("b", "2", "dst2")]);
    c.put_bucket_replication("src", good.clone()).await.unwrap();
    assert_eq!(
        c.get_bucket_replication("src").await.unwrap().as_deref(),
        Some(good.as_str())
    );

    // Suspending versioning under a config is refused.
    let e = c.put_bucket_versioning("src", false).await.unwrap_err();
    assert_eq!((e.status(), e.code()), (Some(409), Some("InvalidBucketState")), "{e}");
}

#[tokio::test]
async fn bucket_state_checks_come_in_order() {
    let (_s, c) = start().await;
    c.create_bucket("plain-src", &Default::default()).await.unwrap();
    c.create_bucket("plain-dst", &Default::default()).await.unwrap();
    let xml = doc("r", &[rule("a", "1", "plain-dst")]);

    // Source unversioned: reported first, although the destination is unversioned too.
    let (st, code, msg) = refusal(&c, "plain-src", xml.clone()).await;
    assert_eq!((st, code.as_str()), (400, "InvalidRequest"), "{msg}");
    assert!(msg.contains("Versioning must be 'Enabled' on the bucket"), "{msg}");

    // Then the destination's versioning.
    c.put_bucket_versioning("plain-src", true).await.unwrap();
    let (st, code, msg) = refusal(&c, "plain-src", xml.clone()).await;
    assert_eq!((st, code.as_str()), (400, "InvalidRequest"), "{msg}");
    assert_eq!(msg, "Destination bucket must have versioning enabled.");

    // Object Lock on the source requires it on the destination.
    c.create_bucket(
        "locked-src",
        &sosctl::s3::CreateBucketOptions {
            object_lock: true,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    c.put_bucket_versioning("plain-dst", true).await.unwrap();
    let (st, code, msg) = refusal(&c, "locked-src", xml.clone()).await;
    assert_eq!((st, code.as_str()), (400, "InvalidRequest"), "{msg}");

    // With every prerequisite met the same document is accepted.
    c.put_bucket_replication("plain-src", xml).await.unwrap();
}
