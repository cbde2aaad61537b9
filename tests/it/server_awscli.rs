//! The bundled server driven by real third-party clients: the aws cli (`s3api` and `s3 cp`) and boto3.
//! The server is the real binary (`sosctl serve`, one per test) on a free loopback port.

use crate::support::{
    DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, ServeProcess, block_on, require_command, require_python_module, s3_client,
    scrubbed, wait_until,
};
use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

/// A third-party command in the scrubbed environment (HOME in `home`) with the credentials given.
fn clean(cmd: &str, home: &Path, key: &str, secret: &str) -> Command {
    let mut c = scrubbed(cmd, home);
    c.env("AWS_ACCESS_KEY_ID", key)
        .env("AWS_SECRET_ACCESS_KEY", secret)
        .env("AWS_DEFAULT_REGION", "ch-dk-2")
        .env("AWS_EC2_METADATA_DISABLED", "true");
    c
}

/// `s3api OP --bucket BUCKET` followed by `rest`.
fn api<'a>(op: &'a str, bucket: &'a str, rest: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["s3api", op, "--bucket", bucket];
    v.extend_from_slice(rest);
    v
}

struct Env {
    srv: ServeProcess,
    home: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        Env {
            srv: ServeProcess::start(&[], &[]),
            home: tempfile::tempdir().unwrap(),
        }
    }
    fn aws_as(&self, key: &str, secret: &str, args: &[&str]) -> Output {
        clean("aws", self.home.path(), key, secret)
            .arg("--endpoint-url")
            .arg(&self.srv.endpoint)
            .args(args)
            .output()
            .expect("aws runs")
    }
    fn aws(&self, args: &[&str]) -> Output {
        self.aws_as(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, args)
    }
    /// Runs and expects success; returns stdout parsed as JSON (Null when empty).
    fn ok(&self, args: &[&str]) -> serde_json::Value {
        let o = self.aws(args);
        assert!(
            o.status.success(),
            "aws {args:?} failed: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        let s = String::from_utf8_lossy(&o.stdout);
        if s.trim().is_empty() {
            serde_json::Value::Null
        } else {
            serde_json::from_str(&s).unwrap_or(serde_json::Value::String(s.into()))
        }
    }
    /// Runs and expects failure with `code` in the error text.
    fn fails(&self, args: &[&str], code: &str) {
        let o = self.aws(args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!o.status.success(), "aws {args:?} should fail with {code}");
        assert!(err.contains(code), "aws {args:?}: expected {code}, got: {err}");
    }
    /// Runs the python `script` with the default credentials and `args`, expecting it to succeed and print
    /// `boto3 ok`.
    fn boto3(&self, script: &str, args: &[&str]) {
        let o = clean("python3", self.home.path(), DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)
            .args(["-c", script])
            .args(args)
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(
            o.status.success() && out.contains("boto3 ok"),
            "{out}{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    fn file(&self, name: &str, content: &[u8]) -> String {
        let p = self.home.path().join(name);
        std::fs::write(&p, content).unwrap();
        p.to_string_lossy().into_owned()
    }
}

const GUIDE_CONFIG: &str = r#"{
    "Role": "6f00a21e-a535-4286-86c5-e81eeab3b4ff",
    "Rules": [{
        "ID": "vie1-follower",
        "Priority": 1,
        "Filter": { "Prefix": "" },
        "Status": "Enabled",
        "DeleteMarkerReplication": { "Status": "Enabled" },
        "Destination": { "Bucket": "my-destination" }
    }]
}"#;

#[test]
fn aws_cli_versioning_replication_config_and_objects() {
    if !require_command("aws", &["--version"]) {
        return;
    }
    let e = Env::new();
    e.ok(&api("create-bucket", "my-source", &[]));
    // A bucket is made in the zone of the request's signature (a LocationConstraint of another zone is
    // refused, as a regional S3 endpoint refuses it); every later call on it is signed for ch-dk-2, and the
    // aws cli follows the server's refusal to at-vie-1.
    e.ok(&api(
        "create-bucket",
        "my-destination",
        &[
            "--region",
            "at-vie-1",
            "--create-bucket-configuration",
            "LocationConstraint=at-vie-1",
        ],
    ));
    e.fails(
        &api(
            "create-bucket",
            "elsewhere",
            &["--create-bucket-configuration", "LocationConstraint=at-vie-1"],
        ),
        "IllegalLocationConstraintException",
    );
    let cfg = format!("file://{}", e.file("config.json", GUIDE_CONFIG.as_bytes()));
    let put_repl = api(
        "put-bucket-replication",
        "my-source",
        &["--replication-configuration", cfg.as_str()],
    );
    // Source versioning is checked first, then the destination's.
    e.fails(&put_repl, "Versioning must be 'Enabled'");
    e.ok(&api(
        "put-bucket-versioning",
        "my-source",
        &["--versioning-configuration", "Status=Enabled"],
    ));
    e.fails(&put_repl, "Destination bucket must have versioning enabled");
    e.ok(&api(
        "put-bucket-versioning",
        "my-destination",
        &["--versioning-configuration", "Status=Enabled"],
    ));
    e.ok(&put_repl);
    let got = e.ok(&api("get-bucket-replication", "my-source", &[]));
    let rule = &got["ReplicationConfiguration"]["Rules"][0];
    assert_eq!(rule["ID"], "vie1-follower");
    assert_eq!(rule["Destination"]["Bucket"], "my-destination");
    assert_eq!(rule["DeleteMarkerReplication"]["Status"], "Enabled");
    e.fails(
        &api(
            "put-bucket-versioning",
            "my-source",
            &["--versioning-configuration", "Status=Suspended"],
        ),
        "InvalidBucketState",
    );
    let region = e.ok(&api("get-bucket-location", "my-destination", &[]));
    assert_eq!(region["LocationConstraint"], "at-vie-1");

    let body = e.file("hello.txt", b"hello replication\n");
    let put = e.ok(&api(
        "put-object",
        "my-source",
        &[
            "--key",
            "dir/hello.txt",
            "--body",
            &body,
            "--content-type",
            "text/plain",
            "--metadata",
            "colour=blue",
        ],
    ));
    let v1 = put["VersionId"].as_str().expect("a version id").to_string();
    let head = e.ok(&api("head-object", "my-source", &["--key", "dir/hello.txt"]));
    assert_eq!(head["ContentLength"], 18);
    assert_eq!(head["ContentType"], "text/plain");
    assert_eq!(head["Metadata"]["colour"], "blue");
    assert_eq!(head["VersionId"], v1.as_str());
    // PENDING from the write on, COMPLETED once the engine has written the replica (polled, with a deadline).
    assert!(
        head["ReplicationStatus"] == "PENDING" || head["ReplicationStatus"] == "COMPLETED",
        "{head}"
    );
    let head_of = |bucket: &str| {
        e.ok(&api(
            "head-object",
            bucket,
            &["--key", "dir/hello.txt", "--version-id", v1.as_str()],
        ))
    };
    let completed = wait_until(Duration::from_secs(30), || {
        head_of("my-source")["ReplicationStatus"] == "COMPLETED"
    });
    assert!(completed, "never COMPLETED");
    let replica = head_of("my-destination");
    assert_eq!(replica["ReplicationStatus"], "REPLICA");
    assert_eq!(replica["ETag"], head["ETag"]);
    assert_eq!(replica["Metadata"]["colour"], "blue");

    e.ok(&api(
        "put-object",
        "my-source",
        &["--key", "dir/hello.txt", "--body", &body],
    ));
    e.ok(&api("delete-object", "my-source", &["--key", "dir/hello.txt"]));
    let versions = e.ok(&api("list-object-versions", "my-source", &[]));
    assert_eq!(versions["Versions"].as_array().unwrap().len(), 2, "{versions}");
    assert_eq!(versions["DeleteMarkers"].as_array().unwrap().len(), 1, "{versions}");
    assert_eq!(versions["DeleteMarkers"][0]["IsLatest"], true);
    e.fails(&api("head-object", "my-source", &["--key", "dir/hello.txt"]), "404");
    let old = e.ok(&api(
        "head-object",
        "my-source",
        &["--key", "dir/hello.txt", "--version-id", &v1],
    ));
    assert_eq!(old["Metadata"]["colour"], "blue");
    e.fails(&api("delete-bucket", "my-source", &[]), "BucketNotEmpty");

    e.ok(&api("delete-bucket-replication", "my-source", &[]));
    e.fails(
        &api("get-bucket-replication", "my-source", &[]),
        "ReplicationConfigurationNotFoundError",
    );
    // ACLs as the aws cli reads and writes them: the owner's full control, then a canned ACL's grants.
    let acl = e.ok(&api("get-bucket-acl", "my-source", &[]));
    assert_eq!(acl["Owner"]["ID"], "sosctl", "{acl}");
    assert_eq!(acl["Grants"][0]["Permission"], "FULL_CONTROL", "{acl}");
    assert_eq!(acl["Grants"][0]["Grantee"]["Type"], "CanonicalUser", "{acl}");
    e.ok(&api("put-bucket-acl", "my-source", &["--acl", "public-read"]));
    let acl = e.ok(&api("get-bucket-acl", "my-source", &[]));
    let groups: Vec<&str> = acl["Grants"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| g["Grantee"]["URI"].as_str())
        .collect();
    assert_eq!(groups, ["http://acs.amazonaws.com/groups/global/AllUsers"], "{acl}");
    e.fails(
        &api("get-bucket-ownership-controls", "my-source", &[]),
        "OwnershipControlsNotFoundError",
    );
    // CORS as the aws cli writes and reads it (it sends the integrity check S3 requires).
    e.fails(&api("get-bucket-cors", "my-source", &[]), "NoSuchCORSConfiguration");
    let rules = r#"{"CORSRules":[{"ID":"web","AllowedOrigins":["https://app.example.net"],"AllowedMethods":["GET","PUT"],"AllowedHeaders":["x-amz-*"],"ExposeHeaders":["ETag"],"MaxAgeSeconds":600},{"AllowedOrigins":["*"],"AllowedMethods":["HEAD"]}]}"#;
    e.ok(&api("put-bucket-cors", "my-source", &["--cors-configuration", rules]));
    let got = e.ok(&api("get-bucket-cors", "my-source", &[]));
    assert_eq!(got, serde_json::from_str::<serde_json::Value>(rules).unwrap(), "{got}");
    e.fails(
        &api(
            "put-bucket-cors",
            "my-source",
            &[
                "--cors-configuration",
                r#"{"CORSRules":[{"AllowedOrigins":["*"],"AllowedMethods":["PATCH"]}]}"#,
            ],
        ),
        "Unsupported method is PATCH",
    );
    e.ok(&api("delete-bucket-cors", "my-source", &[]));
    e.fails(&api("get-bucket-cors", "my-source", &[]), "NoSuchCORSConfiguration");
}

#[test]
fn aws_cli_object_lock() {
    if !require_command("aws", &["--version"]) {
        return;
    }
    let e = Env::new();
    e.ok(&api("create-bucket", "locked", &["--object-lock-enabled-for-bucket"]));
    let v = e.ok(&api("get-bucket-versioning", "locked", &[]));
    assert_eq!(v["Status"], "Enabled");
    e.ok(&api(
        "put-object-lock-configuration",
        "locked",
        &[
            "--object-lock-configuration",
            r#"{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"GOVERNANCE","Days":1}}}"#,
        ],
    ));
    let c = e.ok(&api("get-object-lock-configuration", "locked", &[]));
    assert_eq!(c["ObjectLockConfiguration"]["Rule"]["DefaultRetention"]["Days"], 1);
    let body = e.file("x", b"keep me");
    let vid = e.ok(&api("put-object", "locked", &["--key", "k", "--body", &body]))["VersionId"]
        .as_str()
        .unwrap()
        .to_string();
    let r = e.ok(&api(
        "get-object-retention",
        "locked",
        &["--key", "k", "--version-id", &vid],
    ));
    assert_eq!(r["Retention"]["Mode"], "GOVERNANCE");
    e.fails(
        &api("delete-object", "locked", &["--key", "k", "--version-id", &vid]),
        "AccessDenied",
    );
    e.ok(&api(
        "put-object-legal-hold",
        "locked",
        &["--key", "k", "--version-id", &vid, "--legal-hold", "Status=ON"],
    ));
    let lh = e.ok(&api(
        "get-object-legal-hold",
        "locked",
        &["--key", "k", "--version-id", &vid],
    ));
    assert_eq!(lh["LegalHold"]["Status"], "ON");
    e.fails(
        &api(
            "delete-object",
            "locked",
            &["--key", "k", "--version-id", &vid, "--bypass-governance-retention"],
        ),
        "AccessDenied",
    );
    e.ok(&api(
        "put-object-legal-hold",
        "locked",
        &["--key", "k", "--version-id", &vid, "--legal-hold", "Status=OFF"],
    ));
    e.ok(&api(
        "delete-object",
        "locked",
        &["--key", "k", "--version-id", &vid, "--bypass-governance-retention"],
    ));
    e.fails(
        &api(
            "put-bucket-versioning",
            "locked",
            &["--versioning-configuration", "Status=Suspended"],
        ),
        "InvalidBucketState",
    );
}

#[test]
fn aws_cli_multipart_copy_of_20_mib_and_wrong_credentials() {
    if !require_command("aws", &["--version"]) {
        return;
    }
    let e = Env::new();
    e.ok(&api("create-bucket", "big", &[]));
    let data: Vec<u8> = (0..20 * 1024 * 1024u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let src = e.file("big.bin", &data);
    e.ok(&["s3", "cp", "--no-progress", &src, "s3://big/nested/big.bin"]);
    let head = e.ok(&api("head-object", "big", &["--key", "nested/big.bin"]));
    assert_eq!(head["ContentLength"], data.len());
    assert!(head["ETag"].as_str().unwrap().contains('-'), "a multipart ETag: {head}");
    let back = e.home.path().join("back.bin");
    e.ok(&[
        "s3",
        "cp",
        "--no-progress",
        "s3://big/nested/big.bin",
        &back.to_string_lossy(),
    ]);
    assert!(std::fs::read(&back).unwrap() == data, "downloaded bytes differ");
    let range = e.home.path().join("range.bin");
    e.ok(&api(
        "get-object",
        "big",
        &[
            "--key",
            "nested/big.bin",
            "--range",
            "bytes=10-19",
            &range.to_string_lossy(),
        ],
    ));
    assert_eq!(std::fs::read(&range).unwrap(), &data[10..20]);
    e.ok(&api(
        "copy-object",
        "big",
        &["--key", "copy.bin", "--copy-source", "big/nested/big.bin"],
    ));
    let listed = e.ok(&api("list-objects-v2", "big", &["--delimiter", "/"]));
    assert_eq!(listed["Contents"][0]["Key"], "copy.bin");
    assert_eq!(listed["CommonPrefixes"][0]["Prefix"], "nested/");

    let o = e.aws_as("nobody", "whatever", &["s3api", "list-buckets"]);
    assert!(!o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("InvalidAccessKeyId"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = e.aws_as(
        DEFAULT_ACCESS_KEY,
        "not-the-secret",
        &api("list-objects-v2", "big", &[]),
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("SignatureDoesNotMatch"), "{err}");
}

#[test]
fn unsigned_requests_are_refused() {
    use std::io::{Read, Write};
    let srv = ServeProcess::start(&[], &[]);
    // Anonymous requests for a bucket that exists are refused; for one that does not, S3 answers
    // NoSuchBucket (tests/it/fidelity.rs).
    let signed = s3_client(&srv.endpoint, "ch-dk-2", DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, 0);
    block_on(signed.create_bucket("some-bucket", &Default::default())).unwrap();
    let addr = srv.endpoint.trim_start_matches("http://");
    for path in ["/", "/_sosctl/health", "/some-bucket/key"] {
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
        let mut resp = String::new();
        s.read_to_string(&mut resp).unwrap();
        assert!(resp.starts_with("HTTP/1.1 403"), "{resp}");
        assert!(
            resp.contains("<Code>AccessDenied</Code>") && resp.contains("<RequestId>"),
            "{resp}"
        );
    }
}

#[test]
fn boto3_default_checksums_and_chunked_uploads() {
    if !require_python_module("boto3") {
        return;
    }
    let e = Env::new();
    let script = r#"
import boto3, os, sys, hashlib
from boto3.s3.transfer import TransferConfig
s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="ch-dk-2")
s3.create_bucket(Bucket="boto")
s3.put_bucket_versioning(Bucket="boto", VersioningConfiguration={"Status": "Enabled"})
r = s3.put_object(Bucket="boto", Key="small.txt", Body=b"small body", Metadata={"a": "b"})
assert r["VersionId"], r
got = s3.get_object(Bucket="boto", Key="small.txt")
assert got["Body"].read() == b"small body"
assert got["Metadata"] == {"a": "b"}, got["Metadata"]
path = os.path.join(sys.argv[2], "up.bin")
data = os.urandom(12 * 1024 * 1024 + 5)
open(path, "wb").write(data)
s3.upload_file(path, "boto", "up.bin", Config=TransferConfig(multipart_threshold=5 * 1024 * 1024, multipart_chunksize=5 * 1024 * 1024))
h = s3.head_object(Bucket="boto", Key="up.bin")
assert h["ContentLength"] == len(data), h
assert h["ETag"].endswith('-3"'), h["ETag"]
body = s3.get_object(Bucket="boto", Key="up.bin")["Body"].read()
assert hashlib.sha256(body).digest() == hashlib.sha256(data).digest()
s3.upload_file(path, "boto", "single.bin", Config=TransferConfig(multipart_threshold=64 * 1024 * 1024))
assert s3.get_object(Bucket="boto", Key="single.bin")["Body"].read() == data
d = s3.delete_objects(Bucket="boto", Delete={"Objects": [{"Key": "small.txt"}, {"Key": "single.bin"}]})
assert len(d["Deleted"]) == 2, d
keys = [o["Key"] for o in s3.list_objects_v2(Bucket="boto").get("Contents", [])]
assert keys == ["up.bin"], keys
print("boto3 ok")
"#;
    e.boto3(script, &[&e.srv.endpoint, &e.home.path().to_string_lossy()]);
}

#[test]
fn boto3_conditionals_paging_copy_and_presigned_urls() {
    if !require_python_module("boto3") {
        return;
    }
    let e = Env::new();
    let script = r#"
import boto3, sys, urllib.request, datetime
from botocore.exceptions import ClientError
s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="ch-dk-2")
def code(f):
    try:
        f()
    except ClientError as ex:
        return ex.response["Error"]["Code"]
    return None
s3.create_bucket(Bucket="cond")
s3.put_bucket_versioning(Bucket="cond", VersioningConfiguration={"Status": "Enabled"})
etag = s3.put_object(Bucket="cond", Key="k", Body=b"0123456789")["ETag"]
assert code(lambda: s3.get_object(Bucket="cond", Key="k", IfMatch='"nope"')) == "PreconditionFailed"
assert code(lambda: s3.get_object(Bucket="cond", Key="k", IfNoneMatch=etag)) == "304"
assert code(lambda: s3.get_object(Bucket="cond", Key="k", IfModifiedSince=datetime.datetime(2100, 1, 1))) == "304"
assert code(lambda: s3.get_object(Bucket="cond", Key="k", IfUnmodifiedSince=datetime.datetime(2000, 1, 1))) == "PreconditionFailed"
assert s3.get_object(Bucket="cond", Key="k", IfMatch=etag, Range="bytes=-3")["Body"].read() == b"789"
assert code(lambda: s3.get_object(Bucket="cond", Key="k", Range="bytes=50-")) == "InvalidRange"
assert code(lambda: s3.put_object(Bucket="cond", Key="k", Body=b"x", IfNoneMatch="*")) == "PreconditionFailed"

# Copy with REPLACE metadata, and from a specific version.
v1 = s3.head_object(Bucket="cond", Key="k")["VersionId"]
s3.put_object(Bucket="cond", Key="k", Body=b"newer")
c = s3.copy_object(Bucket="cond", Key="copy", CopySource={"Bucket": "cond", "Key": "k", "VersionId": v1}, MetadataDirective="REPLACE", Metadata={"m": "1"}, ContentType="text/x")
assert c["CopySourceVersionId"] == v1, c
h = s3.head_object(Bucket="cond", Key="copy")
assert h["Metadata"] == {"m": "1"} and h["ContentType"] == "text/x" and h["ContentLength"] == 10, h
assert code(lambda: s3.copy_object(Bucket="cond", Key="k", CopySource={"Bucket": "cond", "Key": "k"})) == "InvalidRequest"

# v1 and v2 listing paging, one key per page.
for k in ["p/a", "p/b", "p/c", "q"]:
    s3.put_object(Bucket="cond", Key=k, Body=b"")
seen, marker = [], ""
while True:
    r = s3.list_objects(Bucket="cond", Prefix="p/", Marker=marker, MaxKeys=1)
    seen += [o["Key"] for o in r.get("Contents", [])]
    if not r["IsTruncated"]:
        break
    marker = r.get("NextMarker") or seen[-1]
assert seen == ["p/a", "p/b", "p/c"], seen
keys = [o["Key"] for page in s3.get_paginator("list_objects_v2").paginate(Bucket="cond", PaginationConfig={"PageSize": 2}) for o in page.get("Contents", [])]
assert keys == ["copy", "k", "p/a", "p/b", "p/c", "q"], keys
vers = [(v["Key"], v["VersionId"]) for page in s3.get_paginator("list_object_versions").paginate(Bucket="cond", PaginationConfig={"PageSize": 1}) for v in page.get("Versions", [])]
assert len(vers) == 7 and len(set(vers)) == 7, vers

# UploadPartCopy: two ranges of a 6 MiB object become a new object.
src = bytes(range(256)) * (6 * 4096)
s3.put_object(Bucket="cond", Key="src6", Body=src)
up = s3.create_multipart_upload(Bucket="cond", Key="assembled")["UploadId"]
p1 = s3.upload_part_copy(Bucket="cond", Key="assembled", UploadId=up, PartNumber=1, CopySource={"Bucket": "cond", "Key": "src6"}, CopySourceRange="bytes=0-5242879")["CopyPartResult"]["ETag"]
p2 = s3.upload_part_copy(Bucket="cond", Key="assembled", UploadId=up, PartNumber=2, CopySource={"Bucket": "cond", "Key": "src6"}, CopySourceRange="bytes=5242880-6291455")["CopyPartResult"]["ETag"]
s3.complete_multipart_upload(Bucket="cond", Key="assembled", UploadId=up, MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": p1}, {"PartNumber": 2, "ETag": p2}]})
assert s3.get_object(Bucket="cond", Key="assembled")["Body"].read() == src
s3.delete_object(Bucket="cond", Key="src6")
s3.delete_object(Bucket="cond", Key="assembled")

# Presigned GET and PUT.
url = s3.generate_presigned_url("get_object", Params={"Bucket": "cond", "Key": "k"}, ExpiresIn=60)
assert urllib.request.urlopen(url).read() == b"newer"
put = s3.generate_presigned_url("put_object", Params={"Bucket": "cond", "Key": "pre"}, ExpiresIn=60)
urllib.request.urlopen(urllib.request.Request(put, data=b"via url", method="PUT")).read()
assert s3.get_object(Bucket="cond", Key="pre")["Body"].read() == b"via url"
print("boto3 ok")
"#;
    e.boto3(script, &[&e.srv.endpoint]);
}
