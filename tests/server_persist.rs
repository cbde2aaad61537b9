//! `sosctl serve --data-dir`: the real binary as a child process. Acknowledged writes survive kill -9;
//! keys like `../../etc/x` stay inside the data dir; SIGTERM stops it cleanly with exit 0.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

fn have_boto3() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import boto3"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !ok {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("boto3 is required under CI=true");
        }
        eprintln!("skipping: python3 with boto3 is not installed");
    }
    ok
}

fn scrub(c: &mut Command, home: &Path) {
    for (k, _) in std::env::vars() {
        if (k.starts_with("SOSCTL_") || k.starts_with("EXOSCALE_") || k.starts_with("AWS_")) && k != "AWS_CA_BUNDLE" {
            c.env_remove(k);
        }
    }
    if std::env::var_os("PYENV_ROOT").is_none()
        && let Some(h) = std::env::var_os("HOME")
    {
        c.env("PYENV_ROOT", Path::new(&h).join(".pyenv"));
    }
    c.env("HOME", home);
}

/// The server process, killed (by its pid) if the test ends early.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `sosctl serve` and returns it with its endpoint (read from the start-up lines).
fn serve(data: &Path, home: &Path) -> (Running, String, Vec<String>) {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("sosctl"));
    scrub(&mut c, home);
    c.args(["serve", "--listen", "127.0.0.1:0", "-v", "--data-dir"])
        .arg(data);
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = Running(c.spawn().expect("sosctl starts"));
    let mut lines = Vec::new();
    let mut out = BufReader::new(child.0.stdout.take().unwrap());
    let mut endpoint = None;
    // The banner ends with the `export ...` line.
    while !lines.last().is_some_and(|l: &String| l.starts_with("export ")) {
        let mut l = String::new();
        if out.read_line(&mut l).unwrap() == 0 {
            panic!("sosctl serve exited before printing its start-up lines: {lines:?}");
        }
        if let Some(e) = l.strip_prefix("endpoint:") {
            endpoint = Some(e.trim().to_string());
        }
        lines.push(l.trim_end().to_string());
    }
    (child, endpoint.expect("an endpoint line"), lines)
}

fn python(home: &Path, script: &str, endpoint: &str) -> String {
    let mut c = Command::new("python3");
    scrub(&mut c, home);
    let o = c
        .env("AWS_ACCESS_KEY_ID", "sosctl-local")
        .env("AWS_SECRET_ACCESS_KEY", "sosctl-local-secret")
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
    if !have_boto3() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let (mut child, ep, banner) = serve(&data, home.path());
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
    child.0.kill().unwrap();
    child.0.wait().unwrap();

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

    let (mut child, ep, _) = serve(&data, home.path());
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
        .args(["-TERM", &child.0.id().to_string()])
        .status()
        .unwrap();
    assert!(st.success());
    let status = child.0.wait().unwrap();
    assert!(status.success(), "exit status after SIGTERM: {status:?}");
    let mut err = String::new();
    std::io::Read::read_to_string(child.0.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert!(
        err.contains("GET /keep/big.bin 200"),
        "-v logs one line per request: {err}"
    );
    assert!(err.contains("stopped"), "{err}");
}
