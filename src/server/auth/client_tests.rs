//! End-to-end checks with real S3 clients (aws cli, s3cmd, s5cmd, rclone): a minimal axum server
//! on 127.0.0.1:0 runs every request through [`authenticate`] and [`decode_body_verified`],
//! records the outcome, and answers just enough for a single-object upload to go through. The
//! assertions are on what the server recorded, so a client's own reaction to the minimal answers
//! does not matter. Missing tools are skipped with a printed reason (a failure when CI=true).

use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use md5::Digest as _;

use super::*;

const AK: &str = "AKCLIENTTEST";
const SK: &str = "client/test+secret";
const REGION: &str = "ch-dk-2";

#[derive(Debug, Clone)]
struct Entry {
    method: Method,
    path: String,
    /// The decoded body, or the S3 error code.
    outcome: Result<Vec<u8>, &'static str>,
    mode: String,
}

#[derive(Clone)]
struct Recorder {
    keyring: Arc<Keyring>,
    entries: Arc<Mutex<Vec<Entry>>>,
}

async fn handle(State(rec): State<Recorder>, method: Method, uri: Uri, headers: HeaderMap, raw: Bytes) -> Response {
    let result = authenticate(&method, &uri, &headers, &rec.keyring, SystemTime::now())
        .and_then(|ctx| decode_body_verified(&ctx, &headers, raw, ChecksumHeaders::OfBody).map(|d| (ctx, d)));
    let path = String::from_utf8_lossy(&sigv4::percent_decode(uri.path())).into_owned();
    let (outcome, mode, response) = match result {
        Ok((ctx, decoded)) => {
            let mode = match &ctx.body {
                BodyMode::Sha256(_) => "sha256".to_owned(),
                BodyMode::StreamingSigned { trailer, .. } => format!("streaming-signed trailer={trailer}"),
                other => format!("{other:?}"),
            };
            let etag = format!("\"{}\"", hex::encode(md5::Md5::digest(&decoded.body)));
            let response = if uri.query().is_some_and(|q| q.contains("location")) {
                format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint \
                     xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">{REGION}</LocationConstraint>"
                )
                .into_response()
            } else if method == Method::HEAD || method == Method::GET {
                StatusCode::NOT_FOUND.into_response()
            } else {
                ([("etag", etag)], "").into_response()
            };
            (Ok(decoded.body.to_vec()), mode, response)
        }
        Err(e) => {
            let body = format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{}</Code><Message>{}</Message></Error>",
                e.code, e.message
            );
            let status = StatusCode::from_u16(e.status).unwrap_or(StatusCode::FORBIDDEN);
            (Err(e.code), String::new(), (status, body).into_response())
        }
    };
    rec.entries.lock().unwrap().push(Entry {
        method,
        path,
        outcome,
        mode,
    });
    response
}

struct Server {
    endpoint: String,
    entries: Arc<Mutex<Vec<Entry>>>,
}

fn start_server() -> Server {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let endpoint = format!("http://{}", listener.local_addr().unwrap());
    let entries = Arc::new(Mutex::new(Vec::new()));
    let rec = Recorder {
        keyring: Arc::new(Keyring::new(vec![(AK.into(), SK.into())])),
        entries: entries.clone(),
    };
    std::thread::spawn(move || {
        // Handlers run on this thread (current-thread runtime): require the strict canonical
        // form, so a client passing only through the as-sent fallback is noticed.
        super::STRICT_ONLY.with(|s| s.set(true));
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let app = axum::Router::new()
                .fallback(handle)
                .layer(DefaultBodyLimit::disable())
                .with_state(rec);
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
    });
    Server { endpoint, entries }
}

fn tool_available(tool: &str, version_arg: &str) -> bool {
    let ok = Command::new(tool)
        .arg(version_arg)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{tool} is required in CI");
        eprintln!("skipping the {tool} end-to-end check: {tool} is not installed");
    }
    ok
}

/// Runs a client with a clean environment (temp HOME, no AWS_* leaking in) and a time limit.
fn run(tool: &str, args: &[&str], env: &[(&str, &str)], home: &Path) -> std::process::Output {
    let mut cmd = Command::new("timeout");
    cmd.arg("120").arg(tool).args(args).env("HOME", home);
    for (k, _) in std::env::vars() {
        if k.starts_with("AWS_") || k.starts_with("RCLONE_") || k.starts_with("S3CMD") {
            cmd.env_remove(k);
        }
    }
    cmd.envs(env.iter().copied());
    cmd.output().unwrap()
}

fn test_file(dir: &Path) -> (std::path::PathBuf, Vec<u8>) {
    let data: Vec<u8> = (0..300_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let path = dir.join("upload.bin");
    std::fs::write(&path, &data).unwrap();
    (path, data)
}

/// Checks the server saw every request authenticate and one upload of `data` to `key`.
fn assert_uploaded(server: &Server, tool: &str, out: &std::process::Output, key: &str, data: &[u8]) {
    let entries = server.entries.lock().unwrap().clone();
    let ctx = format!(
        "{tool} (exit {:?})\nstdout: {}\nstderr: {}\nrequests: {:#?}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        entries
            .iter()
            .map(|e| format!(
                "{} {} {:?} {}",
                e.method,
                e.path,
                e.outcome.as_ref().map(Vec::len),
                e.mode
            ))
            .collect::<Vec<_>>()
    );
    assert!(!entries.is_empty(), "no request reached the server: {ctx}");
    assert!(
        entries.iter().all(|e| e.outcome.is_ok()),
        "a request was refused: {ctx}"
    );
    let upload = entries
        .iter()
        .find(|e| e.method == Method::PUT && e.path.ends_with(key))
        .unwrap_or_else(|| panic!("no PUT of {key}: {ctx}"));
    assert!(upload.outcome.as_deref() == Ok(data), "uploaded bytes differ: {ctx}");
    eprintln!("{tool}: PUT {key} authenticated, body mode {}", upload.mode);
}

/// Checks the server saw requests (e.g. listings with awkward query strings) and authenticated
/// every one.
fn assert_all_authenticated(server: &Server, tool: &str, out: &std::process::Output) {
    let entries = std::mem::take(&mut *server.entries.lock().unwrap());
    assert!(
        !entries.is_empty() && entries.iter().all(|e| e.outcome.is_ok()),
        "{tool}: {entries:?}\nstderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

const KEY: &str = "dir/a b+c~(1)&=é.bin";
const PREFIX: &str = "dir/a b+c~(1)&=é";

#[test]
fn aws_cli_put_object_and_wrong_secret() {
    if !tool_available("aws", "--version") {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let (file, data) = test_file(home.path());
    let server = start_server();
    let file_arg = file.to_str().unwrap();
    let env = [
        ("AWS_ACCESS_KEY_ID", AK),
        ("AWS_SECRET_ACCESS_KEY", SK),
        ("AWS_DEFAULT_REGION", REGION),
    ];
    let args = [
        "s3api",
        "put-object",
        "--endpoint-url",
        &server.endpoint,
        "--bucket",
        "bucket",
        "--key",
        KEY,
        "--body",
        file_arg,
        "--metadata",
        "note=two  spaces",
    ];
    let out = run("aws", &args, &env, home.path());
    assert_uploaded(&server, "aws s3api put-object", &out, KEY, &data);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    server.entries.lock().unwrap().clear();
    let list = [
        "s3api",
        "list-objects-v2",
        "--endpoint-url",
        &server.endpoint,
        "--bucket",
        "bucket",
        "--prefix",
        PREFIX,
        "--start-after",
        "x=y&z w",
    ];
    let out = run("aws", &list, &env, home.path());
    assert_all_authenticated(&server, "aws s3api list-objects-v2", &out);

    let wrong = [
        ("AWS_ACCESS_KEY_ID", AK),
        ("AWS_SECRET_ACCESS_KEY", "not-the-secret"),
        ("AWS_DEFAULT_REGION", REGION),
    ];
    server.entries.lock().unwrap().clear();
    let out = run("aws", &args, &wrong, home.path());
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("SignatureDoesNotMatch"));
    let entries = server.entries.lock().unwrap().clone();
    assert!(
        entries.iter().all(|e| e.outcome == Err("SignatureDoesNotMatch")),
        "{entries:?}"
    );
}

#[test]
fn s3cmd_put() {
    if !tool_available("s3cmd", "--version") {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let (file, data) = test_file(home.path());
    let server = start_server();
    let host = server.endpoint.trim_start_matches("http://").to_owned();
    let cfg = home.path().join("s3cfg");
    std::fs::write(
        &cfg,
        format!(
            "[default]\naccess_key = {AK}\nsecret_key = {SK}\nhost_base = {host}\nhost_bucket = {host}\n\
             bucket_location = {REGION}\nuse_https = False\nsignature_v2 = False\n"
        ),
    )
    .unwrap();
    let target = format!("s3://bucket/{KEY}");
    let out = run(
        "s3cmd",
        &["-c", cfg.to_str().unwrap(), "put", file.to_str().unwrap(), &target],
        &[],
        home.path(),
    );
    assert_uploaded(&server, "s3cmd put", &out, KEY, &data);
}

#[test]
fn s5cmd_cp() {
    if !tool_available("s5cmd", "version") {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let (file, data) = test_file(home.path());
    let server = start_server();
    let target = format!("s3://bucket/{KEY}");
    let out = run(
        "s5cmd",
        &[
            "--endpoint-url",
            &server.endpoint,
            "cp",
            file.to_str().unwrap(),
            &target,
        ],
        &[
            ("AWS_ACCESS_KEY_ID", AK),
            ("AWS_SECRET_ACCESS_KEY", SK),
            ("AWS_REGION", REGION),
        ],
        home.path(),
    );
    assert_uploaded(&server, "s5cmd cp", &out, KEY, &data);
    server.entries.lock().unwrap().clear();
    let pattern = format!("s3://bucket/{PREFIX}*");
    let out = run(
        "s5cmd",
        &["--endpoint-url", &server.endpoint, "ls", &pattern],
        &[
            ("AWS_ACCESS_KEY_ID", AK),
            ("AWS_SECRET_ACCESS_KEY", SK),
            ("AWS_REGION", REGION),
        ],
        home.path(),
    );
    assert_all_authenticated(&server, "s5cmd ls", &out);
}

#[test]
fn rclone_copyto() {
    if !tool_available("rclone", "version") {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let (file, data) = test_file(home.path());
    let server = start_server();
    let target = format!(":s3:bucket/{KEY}");
    let endpoint = server.endpoint.clone();
    let out = run(
        "rclone",
        &[
            "copyto",
            file.to_str().unwrap(),
            &target,
            "--s3-provider",
            "Other",
            "--s3-endpoint",
            &endpoint,
            "--s3-access-key-id",
            AK,
            "--s3-secret-access-key",
            SK,
            "--s3-region",
            REGION,
            "--s3-no-check-bucket",
            "--s3-no-head",
            "--no-check-dest",
            "--retries",
            "1",
        ],
        &[],
        home.path(),
    );
    assert_uploaded(&server, "rclone copyto", &out, KEY, &data);
    server.entries.lock().unwrap().clear();
    let dir = format!(":s3:bucket/{PREFIX}");
    let out = run(
        "rclone",
        &[
            "lsf",
            &dir,
            "--s3-provider",
            "Other",
            "--s3-endpoint",
            &endpoint,
            "--s3-access-key-id",
            AK,
            "--s3-secret-access-key",
            SK,
            "--s3-region",
            REGION,
            "--retries",
            "1",
        ],
        &[],
        home.path(),
    );
    assert_all_authenticated(&server, "rclone lsf", &out);
}
