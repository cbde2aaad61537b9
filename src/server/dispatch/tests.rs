//! The order of [`super::dispatch`] over real HTTP: a routing error waits for authentication, a bad
//! `partNumber` is refused with the InvalidArgument messages the server always used for it, and the checksum
//! headers of CompleteMultipartUpload are the object's (not checked against the XML part list), and the
//! stored `Content-Encoding` drops `aws-chunked` whatever its case.

use crate::server::auth::ChecksumAlgorithm;
use crate::server::{self, ServerConfig};
use rusty_s3::{Bucket, Credentials, S3Action, UrlStyle};
use std::time::Duration;

const TTL: Duration = Duration::from_secs(300);

struct Fixture {
    _server: server::RunningServer,
    bucket: Bucket,
    creds: Credentials,
    http: reqwest::Client,
}

async fn fixture() -> Fixture {
    let s = server::start(ServerConfig::default()).await.unwrap();
    let bucket = Bucket::new(s.endpoint().parse().unwrap(), UrlStyle::Path, "bkt", "ch-dk-2").unwrap();
    let f = Fixture {
        _server: s,
        bucket,
        creds: Credentials::new(server::DEFAULT_ACCESS_KEY, server::DEFAULT_SECRET_KEY),
        http: reqwest::Client::new(),
    };
    let url = f.bucket.create_bucket(&f.creds).sign(TTL);
    assert_eq!(f.http.put(url).send().await.unwrap().status(), 200);
    f
}

/// (status, body) of a response.
async fn answer(r: reqwest::RequestBuilder) -> (u16, String) {
    let r = r.send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

fn element<'a>(doc: &'a str, name: &str) -> &'a str {
    let open = format!("<{name}>");
    let start = doc
        .find(&open)
        .map(|i| i + open.len())
        .unwrap_or_else(|| panic!("no {name} in {doc}"));
    &doc[start..start + doc[start..].find('<').unwrap()]
}

#[tokio::test]
async fn bad_part_numbers_are_answered_after_authentication() {
    let f = fixture().await;
    let base = f.bucket.object_url("k");
    // Unsigned: refused as such, whatever the part number.
    let (status, doc) = answer(f.http.put(format!("{base}?partNumber=abc&uploadId=u")).body("x")).await;
    assert_eq!((status, element(&doc, "Code")), (403, "AccessDenied"), "{doc}");
    for (n, message) in [
        ("abc", "Part number must be an integer between 1 and 10000, not `abc`"),
        ("0", "Part number must be an integer between 1 and 10000, inclusive"),
        ("10001", "Part number must be an integer between 1 and 10000, inclusive"),
    ] {
        let mut action = f.bucket.put_object(Some(&f.creds), "k");
        action.query_mut().insert("partNumber", n);
        action.query_mut().insert("uploadId", "u");
        let (status, doc) = answer(f.http.put(action.sign(TTL)).body("x")).await;
        assert_eq!(
            (
                status,
                element(&doc, "Code"),
                element(&doc, "Message"),
                element(&doc, "Resource")
            ),
            (400, "InvalidArgument", message, "/bkt/k"),
            "{n}"
        );
    }
}

#[tokio::test]
async fn complete_multipart_upload_leaves_object_checksum_headers_to_the_server() {
    let f = fixture().await;
    let url = f.bucket.create_multipart_upload(Some(&f.creds), "mp").sign(TTL);
    let (status, doc) = answer(f.http.post(url)).await;
    assert_eq!(status, 200, "{doc}");
    let upload_id = element(&doc, "UploadId").to_string();
    let url = f.bucket.upload_part(Some(&f.creds), "mp", 1, &upload_id).sign(TTL);
    let r = f.http.put(url).body("only part").send().await.unwrap();
    assert_eq!(r.status(), 200);
    let etag = r.headers()["etag"].to_str().unwrap().to_string();
    // The header is the whole object's checksum: checked against the XML part list, it would be BadDigest.
    let object_crc = ChecksumAlgorithm::Crc32.base64(b"only part");
    let mut action =
        f.bucket
            .complete_multipart_upload(Some(&f.creds), "mp", &upload_id, std::iter::once(etag.as_str()));
    action.headers_mut().insert("x-amz-checksum-crc32", object_crc.clone());
    let url = action.sign(TTL);
    let (status, doc) = answer(
        f.http
            .post(url)
            .header("x-amz-checksum-crc32", &object_crc)
            .body(action.body()),
    )
    .await;
    assert_eq!(status, 200, "{doc}");
    assert_eq!(element(&doc, "Key"), "mp");
}

#[tokio::test]
async fn stored_content_encoding_drops_aws_chunked_in_any_case() {
    let f = fixture().await;
    let mut action = f.bucket.put_object(Some(&f.creds), "enc");
    action.headers_mut().insert("content-encoding", "AWS-CHUNKED,gzip");
    let url = action.sign(TTL);
    let r = f
        .http
        .put(url)
        .header("content-encoding", "AWS-CHUNKED,gzip")
        .body("zipped")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let url = f.bucket.head_object(Some(&f.creds), "enc").sign(TTL);
    let r = f.http.head(url).send().await.unwrap();
    assert_eq!(r.headers()["content-encoding"], "gzip");
}
