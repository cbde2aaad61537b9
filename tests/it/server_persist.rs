//! `sosctl serve --data-dir`: the real binary as a child process. Acknowledged writes (objects, ACLs, ownership
//! controls, CORS rules) survive kill -9; keys like `../../etc/x` stay inside the data dir; SIGTERM stops it cleanly with
//! exit 0.

use crate::support::{DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, ServeProcess, require_python_module, scrubbed};
use std::path::Path;
use std::process::Command;

/// `sosctl serve -v --data-dir DATA` (one line per request on stderr).
fn serve(data: &Path) -> ServeProcess {
    ServeProcess::start(&["-v", "--data-dir", data.to_str().unwrap()], &[])
}

fn python(home: &Path, script: &str, endpoint: &str) -> String {
    let o = scrubbed("python3", home)
        .env("AWS_ACCESS_KEY_ID", DEFAULT_ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", DEFAULT_SECRET_KEY)
        .env("AWS_DEFAULT_REGION", "ch-dk-2")
        .args(["-c", script, endpoint])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        o.status.success(),
        "python failed: {out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    out
}

const PRELUDE: &str = r#"
import boto3, sys
from botocore.config import Config
s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="ch-dk-2", config=Config(retries={"max_attempts": 1}))
BIG = bytes((i * 7) % 251 for i in range(300 * 1024))
"#;

#[test]
fn acknowledged_writes_survive_kill_9_and_keys_stay_inside() {
    if !require_python_module("boto3") {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let mut child = serve(&data);
    let (ep, banner) = (child.endpoint.clone(), child.banner.clone());
    assert!(
        banner.iter().any(|l| l.contains(&data.display().to_string())),
        "{banner:?}"
    );
    assert!(
        banner.iter().any(|l| l.starts_with("export SOSCTL_ENDPOINT=")),
        "{banner:?}"
    );

    let write = format!(
        "{PRELUDE}{}",
        r#"
s3.create_bucket(Bucket="keep")
s3.put_bucket_versioning(Bucket="keep", VersioningConfiguration={"Status": "Enabled"})
v1 = s3.put_object(Bucket="keep", Key="../../etc/x", Body=b"first")["VersionId"]
s3.put_object(Bucket="keep", Key="../../etc/x", Body=b"second")
s3.put_object(Bucket="keep", Key="big.bin", Body=BIG, ContentType="application/x-test")
s3.delete_object(Bucket="keep", Key="gone")
up = s3.create_multipart_upload(Bucket="keep", Key="mp")["UploadId"]
e1 = s3.upload_part(Bucket="keep", Key="mp", UploadId=up, PartNumber=1, Body=b"p" * (5 * 1024 * 1024))["ETag"]
e2 = s3.upload_part(Bucket="keep", Key="mp", UploadId=up, PartNumber=2, Body=b"end")["ETag"]
s3.complete_multipart_upload(Bucket="keep", Key="mp", UploadId=up, MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": e1}, {"PartNumber": 2, "ETag": e2}]})
print("v1=" + v1)
"#
    );
    let out = python(home.path(), &write, &ep);
    let v1 = out
        .lines()
        .find_map(|l| l.strip_prefix("v1="))
        .expect("version id printed")
        .to_string();

    // kill -9: no chance to flush anything that was not already durable.
    child.kill();

    let entries: Vec<_> = std::fs::read_dir(root.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        entries,
        vec![std::ffi::OsString::from("data")],
        "nothing written outside the data dir"
    );
    assert!(!data.join("etc").exists() && !root.path().join("etc").exists());

    let mut child = serve(&data);
    let ep = child.endpoint.clone();
    let read = format!(
        "{PRELUDE}{}",
        r#"
v1 = sys.argv[2] if len(sys.argv) > 2 else None
assert s3.get_object(Bucket="keep", Key="../../etc/x")["Body"].read() == b"second"
vs = s3.list_object_versions(Bucket="keep", Prefix="../")
assert len(vs["Versions"]) == 2, vs
assert s3.get_object(Bucket="keep", Key="../../etc/x", VersionId=vs["Versions"][1]["VersionId"])["Body"].read() == b"first"
big = s3.get_object(Bucket="keep", Key="big.bin")
assert big["Body"].read() == BIG and big["ContentType"] == "application/x-test"
mp = s3.get_object(Bucket="keep", Key="mp")["Body"].read()
assert len(mp) == 5 * 1024 * 1024 + 3 and mp.endswith(b"end")
assert len(s3.list_object_versions(Bucket="keep", Prefix="gone").get("DeleteMarkers", [])) == 1
print("ids=" + vs["Versions"][1]["VersionId"])
"#
    );
    let out = python(home.path(), &read, &ep);
    assert!(out.contains(&format!("ids={v1}")), "{out}");

    // SIGTERM: stop accepting, finish, exit 0.
    let st = Command::new("kill")
        .args(["-TERM", &child.pid().to_string()])
        .status()
        .unwrap();
    assert!(st.success());
    let status = child.wait();
    assert!(status.success(), "exit status after SIGTERM: {status:?}");
    let err = child.stderr();
    assert!(
        err.contains("GET /keep/big.bin 200"),
        "-v logs one line per request: {err}"
    );
    assert!(err.contains("stopped"), "{err}");
}

/// `sosctl -O json ARGS` against `endpoint` with the server's keys: its JSON document, or its stderr.
fn sosctl_json(endpoint: &str, args: &[&str]) -> serde_json::Value {
    let o = crate::support::sosctl()
        .env("SOSCTL_ENDPOINT", endpoint)
        .env("SOSCTL_ACCESS_KEY", DEFAULT_ACCESS_KEY)
        .env("SOSCTL_SECRET_KEY", DEFAULT_SECRET_KEY)
        .args(["-O", "json"])
        .args(args)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        o.status.success(),
        "sosctl {args:?}: {out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("sosctl {args:?}: not JSON ({e}): {out}"))
}

#[test]
fn acls_and_ownership_controls_survive_a_restart() {
    // Set with the CLI, the server killed with -9 (only what was durable when acknowledged is there), then
    // read back from a new server on the same data dir. Every value differs from its default, so a store
    // that forgot them would answer something else.
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let file = root.path().join("k.txt");
    std::fs::write(&file, "kept").unwrap();
    let mut child = serve(&data);
    let ep = child.endpoint.clone();
    sosctl_json(&ep, &["mb", "sos://acl-keep"]);
    sosctl_json(&ep, &["setacl", "sos://acl-keep", "public-read"]);
    sosctl_json(
        &ep,
        &["bucket", "object-ownership", "set", "sos://acl-keep", "ObjectWriter"],
    );
    sosctl_json(&ep, &["upload", file.to_str().unwrap(), "sos://acl-keep/"]);
    sosctl_json(
        &ep,
        &["setacl", "sos://acl-keep/k.txt", "--read-acp", "AUTHENTICATED_USERS"],
    );
    let bucket_before = sosctl_json(&ep, &["show", "sos://acl-keep"]);
    let object_before = sosctl_json(&ep, &["show", "sos://acl-keep/k.txt"]);
    assert_eq!(bucket_before["acl"]["read"], "ALL_USERS", "{bucket_before}");
    assert_eq!(bucket_before["objectOwnership"], "ObjectWriter", "{bucket_before}");
    assert_eq!(
        object_before["acl"]["read_acp"], "AUTHENTICATED_USERS",
        "{object_before}"
    );
    child.kill();

    let child = serve(&data);
    let ep = child.endpoint.clone();
    let bucket = sosctl_json(&ep, &["show", "sos://acl-keep"]);
    assert_eq!(
        bucket["acl"], bucket_before["acl"],
        "bucket ACL after the restart: {bucket}"
    );
    assert_eq!(bucket["acl"]["read"], "ALL_USERS", "{bucket}");
    let ownership = sosctl_json(&ep, &["bucket", "object-ownership", "status", "sos://acl-keep"]);
    assert_eq!(ownership["objectOwnership"], "ObjectWriter", "{ownership}");
    let object = sosctl_json(&ep, &["show", "sos://acl-keep/k.txt"]);
    assert_eq!(
        object["acl"], object_before["acl"],
        "object ACL after the restart: {object}"
    );
    assert_eq!(object["acl"]["read_acp"], "AUTHENTICATED_USERS", "{object}");
    assert_eq!(object["acl"]["full_control"], bucket["acl"]["full_control"], "{object}");
}

#[test]
fn cors_rules_survive_a_kill_9_and_answer_preflights_after_the_restart() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let mut child = serve(&data);
    let ep = child.endpoint.clone();
    sosctl_json(&ep, &["mb", "sos://cors-keep"]);
    sosctl_json(
        &ep,
        &[
            "cors",
            "add",
            "sos://cors-keep",
            "--allowed-origin",
            "https://app.example.net",
            "--allowed-method",
            "GET,PUT",
            "--max-age",
            "90",
        ],
    );
    sosctl_json(
        &ep,
        &[
            "cors",
            "add",
            "sos://cors-keep",
            "--allowed-origin",
            "*",
            "--allowed-method",
            "HEAD",
        ],
    );
    let before = sosctl_json(&ep, &["show", "sos://cors-keep"])["cors"].clone();
    assert_eq!(before.as_array().map(Vec::len), Some(2), "{before}");
    child.kill();

    let child = serve(&data);
    let after = sosctl_json(&child.endpoint, &["show", "sos://cors-keep"])["cors"].clone();
    assert_eq!(after, before, "the rules after the restart");
    let r = crate::support::block_on(
        reqwest::Client::new()
            .request(reqwest::Method::OPTIONS, format!("{}/cors-keep/k", child.endpoint))
            .header("origin", "https://app.example.net")
            .header("access-control-request-method", "PUT")
            .send(),
    )
    .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.headers().get("access-control-max-age").and_then(|v| v.to_str().ok()),
        Some("90")
    );
}
