//! Where the bundled server claims S3 behaviour, it behaves as S3 documents it (issue 9, "Harden sosctl
//! serve"): replicas keep the source's current version, keys and metadata within S3's limits, multipart,
//! Object Lock, listing, authentication and SSE-C details, and stored checksums. Real clients drive it —
//! boto3 and the aws cli against the real binary (`sosctl serve`, one per test), the library client against
//! the server in process where a test restarts it or needs requests no SDK would send.

use crate::support::in_process::{self, DEFAULT_SECRET_KEY, RunningServer, ServerConfig};
use crate::support::{DEFAULT_ACCESS_KEY, ServeProcess, require_command, require_python_module, scrubbed, wait_for};
use bytes::Bytes;
use reqwest::Method;
use serde_json::Value;
use sosctl::s3::Client;
use std::process::Output;
use std::time::Duration;

const DEADLINE: Duration = Duration::from_secs(30);

/// A real `sosctl serve` and a HOME for the clients that talk to it.
struct Env {
    srv: ServeProcess,
    home: tempfile::TempDir,
}

/// Common to every boto3 script: the client (argv[1] is the endpoint) and `code(f)`, the S3 error code `f`
/// fails with (the HTTP status for HEAD, which has no body), or None.
const PRELUDE: &str = r#"
import base64, hashlib, os, sys, zlib
import boto3
from botocore.config import Config
from botocore.exceptions import ClientError
s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="ch-dk-2", config=Config(retries={"max_attempts": 1}))
def code(f):
    try:
        f()
    except ClientError as ex:
        return ex.response["Error"]["Code"]
    return None
def status(f):
    try:
        f()
    except ClientError as ex:
        return ex.response["ResponseMetadata"]["HTTPStatusCode"]
    return 200
"#;

impl Env {
    fn new() -> Env {
        Env {
            srv: ServeProcess::start(&[], &[]),
            home: tempfile::tempdir().unwrap(),
        }
    }

    fn command(&self, program: &str) -> std::process::Command {
        let mut c = scrubbed(program, self.home.path());
        c.env("AWS_ACCESS_KEY_ID", DEFAULT_ACCESS_KEY)
            .env("AWS_SECRET_ACCESS_KEY", DEFAULT_SECRET_KEY)
            .env("AWS_DEFAULT_REGION", "ch-dk-2")
            .env("AWS_EC2_METADATA_DISABLED", "true");
        c
    }

    /// Runs a boto3 script (after [`PRELUDE`]); it must print `boto3 ok`.
    fn boto3(&self, script: &str) {
        let o = self
            .command("python3")
            .args(["-c", &format!("{PRELUDE}{script}\nprint(\"boto3 ok\")\n")])
            .arg(&self.srv.endpoint)
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(
            o.status.success() && out.contains("boto3 ok"),
            "{out}{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }

    fn aws(&self, args: &[&str]) -> Output {
        self.command("aws")
            .arg("--endpoint-url")
            .arg(&self.srv.endpoint)
            .args(args)
            .output()
            .expect("aws runs")
    }

    /// `aws ARGS`, expected to succeed; stdout as JSON (Null when empty).
    fn aws_ok(&self, args: &[&str]) -> Value {
        let o = self.aws(args);
        assert!(
            o.status.success(),
            "aws {args:?}: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        let s = String::from_utf8_lossy(&o.stdout);
        if s.trim().is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&s).unwrap()
        }
    }

    fn client(&self) -> Client {
        in_process::client(&self.srv.endpoint, "ch-dk-2", DEFAULT_SECRET_KEY, 0)
    }
}

/// Runs a boto3 script (after [`PRELUDE`]) against a server of its own; without boto3 the test is skipped
/// (or fails, under CI).
fn boto3(script: &str) {
    if require_python_module("boto3") {
        Env::new().boto3(script);
    }
}

fn run<F: std::future::Future>(f: F) -> F::Output {
    crate::support::block_on(f)
}

/// Status and body of a raw request through the library client (paths as given, already encoded).
async fn raw(c: &Client, method: Method, path: &str, headers: &[(&str, &str)], body: &'static [u8]) -> (u16, String) {
    let h: Vec<(String, String)> = headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let r = c.raw(method, path, &h, Bytes::from_static(body)).await.unwrap();
    let status = r.status().as_u16();
    (status, r.text().await.unwrap())
}

// ---------- item 4: replica divergence ----------

/// (version id, delete marker) of every version of `key`, newest first.
async fn key_versions(c: &Client, bucket: &str, key: &str) -> Vec<String> {
    let mut out = Vec::new();
    let opts = sosctl::s3::ListOptions {
        prefix: Some(key.to_string()),
        page_size: Some(1000),
        ..Default::default()
    };
    let mut marker: Option<sosctl::s3::VersionMarker> = None;
    loop {
        let page = c.list_object_versions(bucket, &opts, marker.as_ref()).await.unwrap();
        out.extend(
            page.entries
                .iter()
                .filter(|e| e.key == key)
                .map(|e| e.version_id.clone()),
        );
        match page.next_marker() {
            Some(m) => marker = Some(m),
            None => return out,
        }
    }
}

async fn pending(c: &Client) -> u64 {
    let r = c
        .raw(Method::GET, "/_sosctl/replication", &[], Bytes::new())
        .await
        .unwrap();
    let doc: Value = serde_json::from_str(&r.text().await.unwrap()).unwrap();
    doc["replication"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["pending"].as_u64().unwrap())
        .sum()
}

async fn same_versions_and_current(c: &Client, when: &str) {
    let src = key_versions(c, "src", "k").await;
    let dst = key_versions(c, "dst", "k").await;
    assert_eq!(
        dst, src,
        "{when}: the replica orders the key's versions as the source does"
    );
    let current = |b: &'static str| async move { c.head_object(b, "k", None).await.unwrap().version_id };
    assert_eq!(current("dst").await, current("src").await, "{when}: current version");
}

async fn start_in(dir: &std::path::Path) -> (RunningServer, Client) {
    let s = in_process::start(ServerConfig {
        data_dir: Some(dir.to_path_buf()),
        ..ServerConfig::default()
    })
    .await;
    let c = in_process::client(&s.endpoint(), "ch-dk-2", DEFAULT_SECRET_KEY, 0);
    (s, c)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replica_ends_with_the_source_current_version_under_concurrent_writes_and_after_restart() {
    let dir = tempfile::tempdir().unwrap();
    let (s, c) = start_in(dir.path()).await;
    for b in ["src", "dst"] {
        c.create_bucket(b, &Default::default()).await.unwrap();
        c.put_bucket_versioning(b, true).await.unwrap();
    }
    let config = r#"<ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Role>r</Role><Rule><ID>all</ID><Priority>1</Priority><Status>Enabled</Status><Filter><Prefix></Prefix></Filter><Destination><Bucket>dst</Bucket></Destination><DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication></Rule></ReplicationConfiguration>"#;
    c.put_bucket_replication("src", config.to_string()).await.unwrap();
    // Writers racing on one key: versions land in the same millisecond, and the replication work of one
    // can be queued before that of the version written just before it (each waits for the journal first).
    let mut writers = tokio::task::JoinSet::new();
    for w in 0..12 {
        let c = c.clone();
        writers.spawn(async move {
            for i in 0..12 {
                let body = Bytes::from(format!("writer {w} write {i}"));
                c.put_object("src", "k", body, &Default::default()).await.unwrap();
            }
        });
    }
    while let Some(done) = writers.join_next().await {
        done.unwrap();
    }
    wait_for("replication to drain", DEADLINE, || async { pending(&c).await == 0 }).await;
    assert_eq!(key_versions(&c, "src", "k").await.len(), 144);
    same_versions_and_current(&c, "after replication").await;
    s.shutdown().await;

    let (s, c) = start_in(dir.path()).await;
    same_versions_and_current(&c, "after a restart").await;
    s.shutdown().await;
}

// ---------- item 5: keys that are not UTF-8 ----------

#[test]
fn percent_escapes_that_are_not_utf8_are_invalid_uri_not_one_key() {
    let e = Env::new();
    let c = e.client();
    run(async {
        c.create_bucket("esc", &Default::default()).await.unwrap();
        for path in ["/esc/k%FF", "/esc/k%FE", "/esc/%C3"] {
            let (status, doc) = raw(&c, Method::PUT, path, &[], b"x").await;
            assert_eq!(status, 400, "{path}: {doc}");
            assert!(doc.contains("<Code>InvalidURI</Code>"), "{path}: {doc}");
        }
        let (status, _) = raw(&c, Method::PUT, "/esc/k%C3%A9", &[], b"x").await;
        assert_eq!(status, 200);
        let page = c.list_objects_v2("esc", &Default::default(), None).await.unwrap();
        let keys: Vec<&str> = page.objects.iter().map(|o| o.key.as_str()).collect();
        assert_eq!(keys, vec!["k\u{e9}"]);
    });
}

// ---------- item 6: S3's size limits ----------

#[test]
fn user_metadata_over_2_kb_and_keys_over_1024_bytes_are_refused() {
    boto3(
        r#"
s3.create_bucket(Bucket="limits")
# Names (without x-amz-meta-) and values together: 2048 bytes are fine, 2049 are not.
s3.put_object(Bucket="limits", Key="at", Body=b"1", Metadata={"m": "v" * 2047})
assert len(s3.head_object(Bucket="limits", Key="at")["Metadata"]["m"]) == 2047
assert code(lambda: s3.put_object(Bucket="limits", Key="over", Body=b"1", Metadata={"m": "v" * 2048})) == "MetadataTooLarge"
assert code(lambda: s3.create_multipart_upload(Bucket="limits", Key="over", Metadata={"a": "x" * 1500, "b": "y" * 600})) == "MetadataTooLarge"
assert code(lambda: s3.copy_object(Bucket="limits", Key="copy", CopySource="limits/at", MetadataDirective="REPLACE", Metadata={"m": "v" * 4096})) == "MetadataTooLarge"
assert status(lambda: s3.head_object(Bucket="limits", Key="over")) == 404
# Keys: 1024 bytes of UTF-8 are fine, 1025 are not.
s3.put_object(Bucket="limits", Key="\u00e9" * 512, Body=b"1")
assert code(lambda: s3.put_object(Bucket="limits", Key="\u00e9" * 512 + "x", Body=b"1")) == "KeyTooLongError"
assert code(lambda: s3.create_multipart_upload(Bucket="limits", Key="k" * 1025)) == "KeyTooLongError"
assert sorted(len(o["Key"].encode()) for o in s3.list_objects_v2(Bucket="limits")["Contents"]) == [2, 1024]
"#,
    );
}

// ---------- item 9: fidelity where the server claims support ----------

#[test]
fn delete_bucket_holding_only_unfinished_uploads_deletes_it() {
    boto3(
        r#"
s3.create_bucket(Bucket="leftover")
up = s3.create_multipart_upload(Bucket="leftover", Key="k")["UploadId"]
s3.upload_part(Bucket="leftover", Key="k", UploadId=up, PartNumber=1, Body=b"part")
s3.delete_bucket(Bucket="leftover")
assert status(lambda: s3.head_bucket(Bucket="leftover")) == 404
# A version still keeps a bucket.
s3.create_bucket(Bucket="kept")
s3.put_object(Bucket="kept", Key="k", Body=b"1")
assert code(lambda: s3.delete_bucket(Bucket="kept")) == "BucketNotEmpty"
"#,
    );
}

#[test]
fn multipart_complete_repeats_honours_conditions_and_parts_are_readable() {
    boto3(
        r#"
s3.create_bucket(Bucket="mpu")
s3.put_bucket_versioning(Bucket="mpu", VersioningConfiguration={"Status": "Enabled"})
P = 5 * 1024 * 1024
data = os.urandom(P) + os.urandom(P) + b"tail"
def upload(key):
    up = s3.create_multipart_upload(Bucket="mpu", Key=key)["UploadId"]
    parts = []
    for n, (a, b) in enumerate([(0, P), (P, 2 * P), (2 * P, len(data))], 1):
        etag = s3.upload_part(Bucket="mpu", Key=key, UploadId=up, PartNumber=n, Body=data[a:b])["ETag"]
        parts.append({"PartNumber": n, "ETag": etag})
    return up, {"Parts": parts}

# A repeated Complete (the first answer lost) answers the object again, as S3 does.
up, parts = upload("k")
first = s3.complete_multipart_upload(Bucket="mpu", Key="k", UploadId=up, MultipartUpload=parts)
again = s3.complete_multipart_upload(Bucket="mpu", Key="k", UploadId=up, MultipartUpload=parts)
assert (again["ETag"], again["VersionId"]) == (first["ETag"], first["VersionId"]), (first, again)
assert len(s3.list_object_versions(Bucket="mpu", Prefix="k")["Versions"]) == 1

# If-None-Match: * and If-Match are honoured by Complete.
up, parts = upload("k")
assert code(lambda: s3.complete_multipart_upload(Bucket="mpu", Key="k", UploadId=up, MultipartUpload=parts, IfNoneMatch="*")) == "PreconditionFailed"
assert code(lambda: s3.complete_multipart_upload(Bucket="mpu", Key="k", UploadId=up, MultipartUpload=parts, IfMatch='"0123"')) == "PreconditionFailed"
s3.complete_multipart_upload(Bucket="mpu", Key="k", UploadId=up, MultipartUpload=parts, IfMatch=first["ETag"])
up, parts = upload("fresh")
assert code(lambda: s3.complete_multipart_upload(Bucket="mpu", Key="fresh", UploadId=up, MultipartUpload=parts, IfMatch=first["ETag"])) == "NoSuchKey"
s3.complete_multipart_upload(Bucket="mpu", Key="fresh", UploadId=up, MultipartUpload=parts, IfNoneMatch="*")

# GET and HEAD with partNumber answer that part.
h = s3.head_object(Bucket="mpu", Key="fresh", PartNumber=2)
assert h["ContentLength"] == P and h["PartsCount"] == 3 and h["ContentRange"] == f"bytes {P}-{2 * P - 1}/{len(data)}", h
g = s3.get_object(Bucket="mpu", Key="fresh", PartNumber=3)
assert g["Body"].read() == b"tail" and g["ResponseMetadata"]["HTTPStatusCode"] == 206
assert code(lambda: s3.get_object(Bucket="mpu", Key="fresh", PartNumber=4)) == "InvalidPartNumber"
assert code(lambda: s3.get_object(Bucket="mpu", Key="fresh", PartNumber=1, Range="bytes=0-1")) == "InvalidRequest"
s3.put_object(Bucket="mpu", Key="single", Body=b"whole")
assert s3.get_object(Bucket="mpu", Key="single", PartNumber=1)["Body"].read() == b"whole"
assert code(lambda: s3.get_object(Bucket="mpu", Key="single", PartNumber=2)) == "InvalidPartNumber"

# UploadPartCopy: a range past the end of the source, or not bytes=first-last, is InvalidArgument.
up = s3.create_multipart_upload(Bucket="mpu", Key="copied")["UploadId"]
def copy_part(r):
    return code(lambda: s3.upload_part_copy(Bucket="mpu", Key="copied", UploadId=up, PartNumber=1, CopySource={"Bucket": "mpu", "Key": "single"}, CopySourceRange=r))
assert copy_part("bytes=0-4") is None
for r in ["bytes=0-5", "bytes=9-12", "bytes=3-1", "bytes=-2", "bytes=1-", "items=0-1", "bytes=a-b"]:
    assert copy_part(r) == "InvalidArgument", r
"#,
    );
}

#[test]
fn writes_into_a_suspended_bucket_announce_no_version_id() {
    boto3(
        r#"
s3.create_bucket(Bucket="susp")
s3.put_bucket_versioning(Bucket="susp", VersioningConfiguration={"Status": "Enabled"})
assert "VersionId" in s3.put_object(Bucket="susp", Key="k", Body=b"1")
s3.put_bucket_versioning(Bucket="susp", VersioningConfiguration={"Status": "Suspended"})
r = s3.put_object(Bucket="susp", Key="k", Body=b"2")
assert "VersionId" not in r, r
up = s3.create_multipart_upload(Bucket="susp", Key="m")["UploadId"]
etag = s3.upload_part(Bucket="susp", Key="m", UploadId=up, PartNumber=1, Body=b"p")["ETag"]
r = s3.complete_multipart_upload(Bucket="susp", Key="m", UploadId=up, MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": etag}]})
assert "VersionId" not in r, r
assert s3.head_object(Bucket="susp", Key="k").get("VersionId") in (None, "null")
"#,
    );
}

#[test]
fn object_lock_mode_changes_need_the_bypass_and_zero_periods_are_invalid() {
    boto3(
        r#"
import datetime
s3.create_bucket(Bucket="lock", ObjectLockEnabledForBucket=True)
later = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=1)
much_later = later + datetime.timedelta(days=1)
v = s3.put_object(Bucket="lock", Key="k", Body=b"1", ObjectLockMode="GOVERNANCE", ObjectLockRetainUntilDate=later)["VersionId"]
def retain(mode, until, bypass=False):
    return code(lambda: s3.put_object_retention(Bucket="lock", Key="k", VersionId=v, Retention={"Mode": mode, "RetainUntilDate": until}, BypassGovernanceRetention=bypass))
assert retain("COMPLIANCE", later) == "AccessDenied"
assert retain("COMPLIANCE", much_later) == "AccessDenied"
assert retain("GOVERNANCE", much_later) is None
assert retain("COMPLIANCE", much_later, bypass=True) is None
assert s3.get_object_retention(Bucket="lock", Key="k", VersionId=v)["Retention"]["Mode"] == "COMPLIANCE"
assert retain("GOVERNANCE", much_later, bypass=True) == "AccessDenied"
for period in [{"Days": 0}, {"Years": 0}]:
    rule = {"DefaultRetention": dict(Mode="GOVERNANCE", **period)}
    got = code(lambda: s3.put_object_lock_configuration(Bucket="lock", ObjectLockConfiguration={"ObjectLockEnabled": "Enabled", "Rule": rule}))
    assert got == "InvalidRetentionPeriod", (period, got)
"#,
    );
}

#[test]
fn listings_max_keys_zero_v1_prefix_and_list_buckets_paging() {
    boto3(
        r#"
for b in ["page-a", "page-b", "page-c", "other"]:
    s3.create_bucket(Bucket=b)
s3.put_object(Bucket="page-a", Key="a b/\u00e9+x", Body=b"1")
r = s3.list_objects_v2(Bucket="page-a", MaxKeys=0)
assert r["IsTruncated"] is False and r["KeyCount"] == 0 and "Contents" not in r, r
# boto3 asks V1 for url encoding and decodes what S3 encodes there, which is not Prefix.
r = s3.list_objects(Bucket="page-a", Prefix="a b/")
assert r["Prefix"] == "a b/" and [o["Key"] for o in r["Contents"]] == ["a b/\u00e9+x"], r
assert s3.list_objects_v2(Bucket="page-a", Prefix="a b/")["Prefix"] == "a b/"
names, token = [], None
while True:
    kw = {"ContinuationToken": token} if token else {}
    r = s3.list_buckets(MaxBuckets=2, Prefix="page-", **kw)
    names += [b["Name"] for b in r["Buckets"]]
    assert len(r["Buckets"]) <= 2 and r["Prefix"] == "page-"
    token = r.get("ContinuationToken")
    if not token:
        break
assert names == ["page-a", "page-b", "page-c"], names
assert len(s3.list_buckets()["Buckets"]) == 4
"#,
    );
}

#[test]
fn content_encoding_is_kept_as_sent() {
    boto3(
        r#"
s3.create_bucket(Bucket="enc")
s3.put_object(Bucket="enc", Key="k", Body=b"x", ContentEncoding="deflate, gzip")
assert s3.head_object(Bucket="enc", Key="k")["ContentEncoding"] == "deflate, gzip"
"#,
    );
}

/// SigV4 of `GET /` signed with a `Date` header only, in the `-0000` form of RFC 2822.
fn list_buckets_signed_with_date_header(endpoint: &str) -> (u16, String) {
    use hmac::{KeyInit, Mac};
    use sha2::{Digest, Sha256};
    type H = hmac::Hmac<Sha256>;
    fn mac(key: &[u8], data: &str) -> Vec<u8> {
        let mut m = <H as KeyInit>::new_from_slice(key).unwrap();
        m.update(data.as_bytes());
        m.finalize().into_bytes().to_vec()
    }
    let now = time::OffsetDateTime::now_utc();
    let date = now
        .format(time::macros::format_description!(
            "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] -0000"
        ))
        .unwrap();
    let amz = now
        .format(time::macros::format_description!(
            "[year][month][day]T[hour][minute][second]Z"
        ))
        .unwrap();
    let host = endpoint.trim_start_matches("http://");
    let empty = hex::encode(Sha256::digest(b""));
    let canonical = format!(
        "GET\n/\n\ndate:{date}\nhost:{host}\nx-amz-content-sha256:{empty}\n\ndate;host;x-amz-content-sha256\n{empty}"
    );
    let scope = format!("{}/ch-dk-2/s3/aws4_request", &amz[..8]);
    let sts = format!(
        "AWS4-HMAC-SHA256\n{amz}\n{scope}\n{}",
        hex::encode(Sha256::digest(canonical.as_bytes()))
    );
    let mut key = mac(format!("AWS4{DEFAULT_SECRET_KEY}").as_bytes(), &amz[..8]);
    for part in ["ch-dk-2", "s3", "aws4_request"] {
        key = mac(&key, part);
    }
    let sig = hex::encode(mac(&key, &sts));
    let auth = format!(
        "AWS4-HMAC-SHA256 Credential={DEFAULT_ACCESS_KEY}/{scope}, SignedHeaders=date;host;x-amz-content-sha256, Signature={sig}"
    );
    run(async {
        let r = reqwest::Client::new()
            .get(format!("{endpoint}/"))
            .header("date", date)
            .header("x-amz-content-sha256", empty)
            .header("authorization", auth)
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    })
}

#[test]
fn a_date_header_in_the_rfc_2822_form_is_accepted() {
    let e = Env::new();
    let (status, doc) = list_buckets_signed_with_date_header(&e.srv.endpoint);
    assert_eq!(status, 200, "{doc}");
    assert!(doc.contains("<ListAllMyBucketsResult"), "{doc}");
}

fn unsigned_get(endpoint: &str, path: &str) -> String {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(endpoint.trim_start_matches("http://")).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    resp
}

#[test]
fn anonymous_requests_for_a_missing_bucket_are_no_such_bucket() {
    let e = Env::new();
    run(e.client().create_bucket("exists", &Default::default())).unwrap();
    let missing = unsigned_get(&e.srv.endpoint, "/no-such-bucket/key");
    assert!(missing.starts_with("HTTP/1.1 404"), "{missing}");
    assert!(missing.contains("<Code>NoSuchBucket</Code>"), "{missing}");
    for path in ["/exists/key", "/exists", "/"] {
        let refused = unsigned_get(&e.srv.endpoint, path);
        assert!(refused.starts_with("HTTP/1.1 403"), "{path}: {refused}");
        assert!(refused.contains("<Code>AccessDenied</Code>"), "{path}: {refused}");
    }
}

#[test]
fn checksums_are_stored_and_answered() {
    boto3(
        r#"
s3.create_bucket(Bucket="sums")
data = b"checksummed body"
sha = base64.b64encode(hashlib.sha256(data).digest()).decode()
r = s3.put_object(Bucket="sums", Key="one", Body=data, ChecksumAlgorithm="SHA256")
assert r["ChecksumSHA256"] == sha, r
h = s3.head_object(Bucket="sums", Key="one", ChecksumMode="ENABLED")
assert h["ChecksumSHA256"] == sha and h["ChecksumType"] == "FULL_OBJECT", h
assert "ChecksumSHA256" not in s3.head_object(Bucket="sums", Key="one")
g = s3.get_object(Bucket="sums", Key="one", ChecksumMode="ENABLED")
assert g["Body"].read() == data and g["ChecksumSHA256"] == sha
assert "ChecksumSHA256" not in s3.get_object(Bucket="sums", Key="one", ChecksumMode="ENABLED", Range="bytes=0-3")
a = s3.get_object_attributes(Bucket="sums", Key="one", ObjectAttributes=["ETag", "Checksum", "ObjectParts", "StorageClass", "ObjectSize"])
assert a["Checksum"] == {"ChecksumSHA256": sha, "ChecksumType": "FULL_OBJECT"} and a["ObjectSize"] == len(data), a
assert a["ETag"] == hashlib.md5(data).hexdigest() and a["StorageClass"] == "STANDARD" and "ObjectParts" not in a, a
listed = s3.list_objects_v2(Bucket="sums")["Contents"][0]
assert listed["ChecksumAlgorithm"] == ["SHA256"] and listed["ChecksumType"] == "FULL_OBJECT", listed
s3.copy_object(Bucket="sums", Key="copy", CopySource="sums/one")
assert s3.head_object(Bucket="sums", Key="copy", ChecksumMode="ENABLED")["ChecksumSHA256"] == sha

# Multipart, composite CRC32: the CRC32 of the parts' CRC32s, answered with -3; parts listed with theirs.
P = 5 * 1024 * 1024
chunks = [os.urandom(P), os.urandom(P), b"end"]
def crc32(b):
    return base64.b64encode(zlib.crc32(b).to_bytes(4, "big")).decode()
up = s3.create_multipart_upload(Bucket="sums", Key="mp", ChecksumAlgorithm="CRC32")["UploadId"]
parts = []
for n, c in enumerate(chunks, 1):
    r = s3.upload_part(Bucket="sums", Key="mp", UploadId=up, PartNumber=n, Body=c, ChecksumAlgorithm="CRC32")
    assert r["ChecksumCRC32"] == crc32(c)
    parts.append({"PartNumber": n, "ETag": r["ETag"], "ChecksumCRC32": r["ChecksumCRC32"]})
lp = s3.list_parts(Bucket="sums", Key="mp", UploadId=up)
assert [p["ChecksumCRC32"] for p in lp["Parts"]] == [crc32(c) for c in chunks] and lp["ChecksumAlgorithm"] == "CRC32", lp
bad = [dict(parts[0], ChecksumCRC32=crc32(b"other"))] + parts[1:]
assert code(lambda: s3.complete_multipart_upload(Bucket="sums", Key="mp", UploadId=up, MultipartUpload={"Parts": bad})) == "InvalidPart"
composite = base64.b64encode(zlib.crc32(b"".join(zlib.crc32(c).to_bytes(4, "big") for c in chunks)).to_bytes(4, "big")).decode() + "-3"
done = s3.complete_multipart_upload(Bucket="sums", Key="mp", UploadId=up, MultipartUpload={"Parts": parts})
assert done["ChecksumCRC32"] == composite and done["ChecksumType"] == "COMPOSITE", done
h = s3.head_object(Bucket="sums", Key="mp", ChecksumMode="ENABLED")
assert h["ChecksumCRC32"] == composite and h["ChecksumType"] == "COMPOSITE", h
assert s3.head_object(Bucket="sums", Key="mp", PartNumber=2, ChecksumMode="ENABLED")["ChecksumCRC32"] == crc32(chunks[1])
a = s3.get_object_attributes(Bucket="sums", Key="mp", ObjectAttributes=["Checksum", "ObjectParts"], MaxParts=2)
op = a["ObjectParts"]
assert op["TotalPartsCount"] == 3 and op["IsTruncated"] is True and op["NextPartNumberMarker"] == 2, op
assert [(p["PartNumber"], p["Size"], p["ChecksumCRC32"]) for p in op["Parts"]] == [(1, P, crc32(chunks[0])), (2, P, crc32(chunks[1]))], op
assert a["Checksum"]["ChecksumType"] == "COMPOSITE", a

# Multipart, full-object CRC32: the CRC32 of the whole object, which Complete checks when it is sent.
whole = base64.b64encode(zlib.crc32(b"".join(chunks)).to_bytes(4, "big")).decode()
up = s3.create_multipart_upload(Bucket="sums", Key="full", ChecksumAlgorithm="CRC32", ChecksumType="FULL_OBJECT")["UploadId"]
parts = []
for n, c in enumerate(chunks, 1):
    r = s3.upload_part(Bucket="sums", Key="full", UploadId=up, PartNumber=n, Body=c, ChecksumAlgorithm="CRC32")
    parts.append({"PartNumber": n, "ETag": r["ETag"]})
assert code(lambda: s3.complete_multipart_upload(Bucket="sums", Key="full", UploadId=up, MultipartUpload={"Parts": parts}, ChecksumCRC32=crc32(b"no"), ChecksumType="FULL_OBJECT")) == "BadDigest"
done = s3.complete_multipart_upload(Bucket="sums", Key="full", UploadId=up, MultipartUpload={"Parts": parts}, ChecksumCRC32=whole, ChecksumType="FULL_OBJECT")
assert done["ChecksumCRC32"] == whole and done["ChecksumType"] == "FULL_OBJECT", done
g = s3.get_object(Bucket="sums", Key="full", ChecksumMode="ENABLED")
assert g["ChecksumCRC32"] == whole and g["Body"].read() == b"".join(chunks)
assert code(lambda: s3.create_multipart_upload(Bucket="sums", Key="x", ChecksumAlgorithm="SHA256", ChecksumType="FULL_OBJECT")) == "InvalidRequest"
"#,
    );
}

#[test]
fn sse_c_objects_need_their_key_to_be_read() {
    boto3(
        r#"
s3.create_bucket(Bucket="ssec")
key, other = os.urandom(32), os.urandom(32)
md5 = base64.b64encode(hashlib.md5(key).digest()).decode()
sse = {"SSECustomerAlgorithm": "AES256", "SSECustomerKey": key}
r = s3.put_object(Bucket="ssec", Key="k", Body=b"secret", **sse)
assert (r["SSECustomerAlgorithm"], r["SSECustomerKeyMD5"]) == ("AES256", md5), r
assert status(lambda: s3.head_object(Bucket="ssec", Key="k")) == 400
assert code(lambda: s3.get_object(Bucket="ssec", Key="k")) == "InvalidRequest"
assert code(lambda: s3.get_object(Bucket="ssec", Key="k", SSECustomerAlgorithm="AES256", SSECustomerKey=other)) == "AccessDenied"
# GetObjectAttributes (which botocore does not encode keys for) needs the key as well.
raw = {"SSECustomerAlgorithm": "AES256", "SSECustomerKey": base64.b64encode(key).decode(), "SSECustomerKeyMD5": md5}
assert code(lambda: s3.get_object_attributes(Bucket="ssec", Key="k", ObjectAttributes=["ObjectSize"])) == "InvalidRequest"
assert s3.get_object_attributes(Bucket="ssec", Key="k", ObjectAttributes=["ObjectSize"], **raw)["ObjectSize"] == 6
h = s3.head_object(Bucket="ssec", Key="k", **sse)
assert h["SSECustomerKeyMD5"] == md5 and h["ContentLength"] == 6, h
assert s3.get_object(Bucket="ssec", Key="k", **sse)["Body"].read() == b"secret"
# A key whose MD5 does not match it is refused on the write.
wrong_md5 = dict(raw, SSECustomerKeyMD5=base64.b64encode(hashlib.md5(other).digest()).decode())
assert code(lambda: s3.put_object(Bucket="ssec", Key="bad", Body=b"x", **wrong_md5)) == "InvalidArgument"
# A copy reads its source with the source's key.
assert code(lambda: s3.copy_object(Bucket="ssec", Key="c", CopySource="ssec/k")) == "InvalidRequest"
s3.copy_object(Bucket="ssec", Key="c", CopySource="ssec/k", CopySourceSSECustomerAlgorithm="AES256", CopySourceSSECustomerKey=key)
assert s3.get_object(Bucket="ssec", Key="c")["Body"].read() == b"secret"
# Multipart: every part carries the upload's key.
up = s3.create_multipart_upload(Bucket="ssec", Key="m", **sse)["UploadId"]
assert code(lambda: s3.upload_part(Bucket="ssec", Key="m", UploadId=up, PartNumber=1, Body=b"p")) == "InvalidRequest"
etag = s3.upload_part(Bucket="ssec", Key="m", UploadId=up, PartNumber=1, Body=b"p", **sse)["ETag"]
s3.complete_multipart_upload(Bucket="ssec", Key="m", UploadId=up, MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": etag}]})
assert status(lambda: s3.head_object(Bucket="ssec", Key="m")) == 400
assert s3.get_object(Bucket="ssec", Key="m", **sse)["Body"].read() == b"p"
"#,
    );
}

#[test]
fn aws_cli_reads_checksums_parts_and_attributes() {
    if !require_command("aws", &["--version"]) {
        return;
    }
    let e = Env::new();
    e.aws_ok(&["s3api", "create-bucket", "--bucket", "cli"]);
    let file = e.home.path().join("body.txt");
    std::fs::write(&file, b"cli body").unwrap();
    let put = e.aws_ok(&[
        "s3api",
        "put-object",
        "--bucket",
        "cli",
        "--key",
        "k",
        "--body",
        &file.to_string_lossy(),
        "--checksum-algorithm",
        "SHA256",
    ]);
    let want = put["ChecksumSHA256"]
        .as_str()
        .expect("the PUT answers its checksum")
        .to_string();
    let head = e.aws_ok(&[
        "s3api",
        "head-object",
        "--bucket",
        "cli",
        "--key",
        "k",
        "--checksum-mode",
        "ENABLED",
    ]);
    assert_eq!(head["ChecksumSHA256"], want.as_str(), "{head}");
    let attrs = e.aws_ok(&[
        "s3api",
        "get-object-attributes",
        "--bucket",
        "cli",
        "--key",
        "k",
        "--object-attributes",
        "Checksum",
        "ObjectSize",
    ]);
    assert_eq!(attrs["Checksum"]["ChecksumSHA256"], want.as_str(), "{attrs}");
    assert_eq!(attrs["ObjectSize"], 8, "{attrs}");
    let part = e.aws_ok(&[
        "s3api",
        "head-object",
        "--bucket",
        "cli",
        "--key",
        "k",
        "--part-number",
        "1",
    ]);
    assert_eq!(part["ContentLength"], 8, "{part}");
}

// ---------- ListMultipartUploads paging within one key ----------

#[test]
fn multipart_uploads_of_one_key_page_without_skipping_any() {
    use futures_util::TryStreamExt;
    let e = Env::new();
    let c = e.client();
    run(async {
        c.create_bucket("mpu", &Default::default()).await.unwrap();
        let mut started = Vec::new();
        for _ in 0..7 {
            started.push(
                c.create_multipart_upload("mpu", "k", &Default::default())
                    .await
                    .unwrap(),
            );
        }
        // Pages of two: every page but the last ends inside the uploads of "k". Upload ids are random, so
        // resuming by "id greater than the marker" (the old way) skipped some.
        let opts = sosctl::s3::ListOptions {
            page_size: Some(2),
            ..Default::default()
        };
        let pages: Vec<_> = c.upload_pages("mpu", &opts).try_collect().await.unwrap();
        assert_eq!(pages.len(), 4);
        let mut listed: Vec<String> = pages
            .iter()
            .flat_map(|p| p.uploads.iter().map(|u| u.upload_id.clone()))
            .collect();
        assert_eq!(listed.len(), 7, "{listed:?}");
        listed.sort();
        started.sort();
        assert_eq!(listed, started);
    });
}

#[test]
fn list_parts_with_the_largest_marker_lists_none() {
    let e = Env::new();
    let c = e.client();
    run(async {
        c.create_bucket("lparts", &Default::default()).await.unwrap();
        let id = c
            .create_multipart_upload("lparts", "k", &Default::default())
            .await
            .unwrap();
        let path = format!("/lparts/k?uploadId={id}&part-number-marker=4294967295");
        let (status, doc) = raw(&c, Method::GET, &path, &[], b"").await;
        assert_eq!(status, 200, "{doc}");
        assert!(!doc.contains("<Part>"), "{doc}");
        assert!(doc.contains("<IsTruncated>false</IsTruncated>"), "{doc}");
    });
}
