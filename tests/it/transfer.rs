//! `upload` and `download` end to end: the real binary against every available server (moto, SeaweedFS,
//! `sosctl serve`; one test per server), plus a scripted server that refuses parts and a Ctrl-C in the
//! middle of an upload.

use crate::support::{
    ACCESS_KEY, Kind, SECRET_KEY, Server, per_server, require_command, scrubbed, sosctl, sosctl_process, stderr,
    stdout, target, wait_until_every,
};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::Output;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Every key of a bucket (all pages).
fn keys(s: &Server, bucket: &str) -> Vec<String> {
    let c = s.client();
    let mut out = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let page = s
            .run(c.list_objects_v2(bucket, &Default::default(), token.as_deref()))
            .unwrap_or_else(|e| panic!("{}: list {bucket}: {e}", s.name));
        out.extend(page.objects.into_iter().map(|o| o.key));
        match page.next_continuation_token {
            Some(t) if page.is_truncated => token = Some(t),
            _ => break,
        }
    }
    out.sort();
    out
}

/// The binary pointed at `s` with `args`, and its output.
fn run(s: &Server, args: &[&str]) -> Output {
    s.cmd().args(args).output().unwrap()
}

/// Asserts that the run `out` succeeded and returns its stdout as JSON.
fn json_ok(s: &Server, out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "{}: {}", s.name, stderr(out));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Like [`run`], in `dir`.
fn run_in(s: &Server, dir: &Path, args: &[&str]) -> Output {
    s.cmd().current_dir(dir).args(args).output().unwrap()
}

/// Runs the binary pointed at `s` with `args`, asserting that it succeeds.
fn succeeds(s: &Server, args: &[&str]) {
    s.cmd().args(args).assert().success();
}

/// Like [`succeeds`], in `dir`.
fn succeeds_in(s: &Server, dir: &Path, args: &[&str]) {
    s.cmd().current_dir(dir).args(args).assert().success();
}

fn get(s: &Server, bucket: &str, key: &str) -> Vec<u8> {
    let c = s.client();
    s.run(async {
        let r = c.get_object(bucket, key, &Default::default()).await.unwrap();
        r.bytes().await.unwrap().to_vec()
    })
}

fn write(dir: &Path, rel: &str, body: &[u8]) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, body).unwrap();
}

/// Pseudo-random bytes (a fixed xorshift sequence), so that a wrong part order shows up.
fn noise(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

per_server!(
    fn upload_one_file_to_bucket_prefix_and_exact_key(s: &Server) {
        let b = s.new_bucket("up-one");
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "config.json", b"{\"a\": 1}");
        let out = run_in(s, dir.path(), &["upload", "config.json", &format!("sos://{b}")]);
        assert!(out.status.success(), "{}: {}", s.name, stderr(&out));
        assert!(
            stderr(&out).contains("uploaded 1 file, 8 B"),
            "{}: {}",
            s.name,
            stderr(&out)
        );
        succeeds_in(s, dir.path(), &["put", "config.json", &format!("sos://{b}/pre/fix/")]);
        succeeds_in(s, dir.path(), &["upload", "config.json", &format!("sos://{b}/renamed")]);
        assert_eq!(
            keys(s, &b),
            ["config.json", "pre/fix/config.json", "renamed"],
            "{}",
            s.name
        );
        assert_eq!(get(s, &b, "renamed"), b"{\"a\": 1}");
        // Content-Type by the local file's name, whatever the key.
        for key in ["config.json", "renamed"] {
            let head = s.run(s.client().head_object(&b, key, None)).unwrap();
            assert_eq!(
                head.content_type.as_deref(),
                Some("application/json"),
                "{}: {key}",
                s.name
            );
        }
    }
);

per_server!(
    fn upload_several_files_with_content_types_and_json_output(s: &Server) {
        let b = s.new_bucket("up-many");
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.json", b"[]");
        write(dir.path(), "page.html", b"<p>");
        write(dir.path(), "blob", b"0123456789");
        // Several files and a destination without `/`: refused as exo does, nothing sent.
        let out = run_in(
            s,
            dir.path(),
            &["upload", "a.json", "page.html", "blob", &format!("sos://{b}/k")],
        );
        assert_eq!(out.status.code(), Some(2), "{}: {}", s.name, stderr(&out));
        assert!(
            stderr(&out).contains(&format!("`sos://{b}/k` must end with `/`")),
            "{}",
            stderr(&out)
        );
        assert!(keys(s, &b).is_empty(), "{}", s.name);
        let out = run_in(
            s,
            dir.path(),
            &[
                "-O",
                "json",
                "upload",
                "a.json",
                "page.html",
                "blob",
                &format!("sos://{b}/k/"),
            ],
        );
        let doc = json_ok(s, &out);
        assert_eq!(doc["files"], 3);
        assert_eq!(doc["bytes"], 15);
        assert_eq!(doc["dry_run"], false);
        let up = doc["uploaded"].as_array().unwrap();
        assert!(up.iter().all(|u| u["etag"].as_str().is_some_and(|e| !e.is_empty())));
        assert_eq!(keys(s, &b), ["k/a.json", "k/blob", "k/page.html"], "{}", s.name);
        let c = s.client();
        for (key, ct) in [
            ("k/a.json", "application/json"),
            ("k/page.html", "text/html"),
            ("k/blob", "application/octet-stream"),
        ] {
            let h = s.run(c.head_object(&b, key, None)).unwrap();
            assert_eq!(h.content_type.as_deref(), Some(ct), "{}: {key}", s.name);
        }
        let listed: Vec<&str> = up.iter().map(|u| u["key"].as_str().unwrap()).collect();
        assert_eq!(listed, ["k/a.json", "k/blob", "k/page.html"], "{}", s.name);

        // Output in key order whatever order the uploads finish in: the first names are the largest.
        let names: Vec<String> = (0..12).map(|i| format!("f{i:02}")).collect();
        for (i, n) in names.iter().enumerate() {
            write(dir.path(), n, &noise((12 - i) * 64 * 1024));
        }
        let mut args = vec!["-O".to_string(), "text".into(), "upload".into()];
        args.extend(names.iter().cloned());
        args.push(format!("sos://{b}/t/"));
        let out = s.cmd().current_dir(dir.path()).args(&args).output().unwrap();
        assert!(out.status.success(), "{}: {}", s.name, stderr(&out));
        let text = String::from_utf8(out.stdout).unwrap();
        let keys_out: Vec<&str> = text.lines().map(|l| l.split('\t').nth(1).unwrap()).collect();
        let want: Vec<String> = names.iter().map(|n| format!("sos://{b}/t/{n}")).collect();
        assert_eq!(keys_out, want, "{}: {text}", s.name);
    }
);

per_server!(
    fn upload_recursive_with_and_without_trailing_slash(s: &Server) {
        let b = s.new_bucket("up-rec");
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "site/index.html", b"<html>");
        write(dir.path(), "site/css/a.css", b"p{}");
        // Without -r a directory is refused, naming it.
        let out = run_in(s, dir.path(), &["upload", "site", &format!("sos://{b}")]);
        assert_eq!(out.status.code(), Some(2), "{}", s.name);
        assert!(stderr(&out).contains("`site` is a directory"), "{}", stderr(&out));
        succeeds_in(s, dir.path(), &["upload", "-r", "site", &format!("sos://{b}/")]);
        succeeds_in(s, dir.path(), &["upload", "-r", "site/", &format!("sos://{b}/flat/")]);
        succeeds_in(
            s,
            &dir.path().join("site"),
            &["upload", "-r", "./", &format!("sos://{b}/here/")],
        );
        assert_eq!(
            keys(s, &b),
            [
                "flat/css/a.css",
                "flat/index.html",
                "here/css/a.css",
                "here/index.html",
                "site/css/a.css",
                "site/index.html"
            ],
            "{}",
            s.name
        );
        let h = s.run(s.client().head_object(&b, "flat/css/a.css", None)).unwrap();
        assert_eq!(h.content_type.as_deref(), Some("text/css"));
    }
);

per_server!(
    fn upload_dry_run_sends_nothing(s: &Server) {
        let b = s.new_bucket("up-dry");
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "d/one.txt", b"1");
        write(dir.path(), "d/two.txt", b"22");
        let out = run_in(s, dir.path(), &["upload", "-n", "-r", "d", &format!("sos://{b}/p/")]);
        assert!(out.status.success(), "{}: {}", s.name, stderr(&out));
        let text = stdout(&out);
        assert!(
            text.contains(&format!("would upload d/one.txt -> sos://{b}/p/d/one.txt (1 B)")),
            "{text}"
        );
        assert!(text.contains(&format!("sos://{b}/p/d/two.txt")), "{text}");
        assert!(stderr(&out).contains("would upload 2 files, 3 B"), "{}", stderr(&out));
        assert!(keys(s, &b).is_empty(), "{}: dry run uploaded something", s.name);
        // exo prints no JSON document for upload; each file has its local name, bucket, key, size in
        // bytes, Content-Type, ETag (null until sent) and part count.
        let out = run_in(
            s,
            dir.path(),
            &["-O", "json", "upload", "-r", "d", &format!("sos://{b}/p/")],
        );
        let doc = json_ok(s, &out);
        assert_eq!(
            (doc["dry_run"].clone(), doc["files"].clone(), doc["bytes"].clone()),
            (false.into(), 2.into(), 3.into()),
            "{doc}"
        );
        let one = &doc["uploaded"][0];
        assert_eq!(one["file"], "d/one.txt", "{doc}");
        assert_eq!(one["bucket"], b.as_str(), "{doc}");
        assert_eq!(one["key"], "p/d/one.txt", "{doc}");
        assert_eq!(one["size"], 1, "{doc}");
        assert_eq!(one["content_type"], "text/plain", "{doc}");
        assert!(one["etag"].as_str().is_some_and(|e| e.len() > 2), "{doc}");
        assert_eq!(one["parts"], 0, "{doc}");
    }
);

per_server!(
    fn multipart_upload_round_trips_through_download(s: &Server) {
        let b = s.new_bucket("up-mp");
        let dir = tempfile::tempdir().unwrap();
        let body = noise(12 << 20);
        write(dir.path(), "big.bin", &body);
        let out = run_in(
            s,
            dir.path(),
            &[
                "-O",
                "json",
                "upload",
                "--part-size",
                "5MiB",
                "--concurrency",
                "3",
                "big.bin",
                &format!("sos://{b}/data/"),
            ],
        );
        let doc = json_ok(s, &out);
        assert_eq!(doc["uploaded"][0]["parts"], 3, "{doc}");
        let h = s.run(s.client().head_object(&b, "data/big.bin", None)).unwrap();
        let etag = h.etag.unwrap_or_default();
        assert!(
            etag.trim_matches('"').ends_with("-3"),
            "{}: multipart ETag expected, got {etag}",
            s.name
        );
        assert_eq!(h.size, body.len() as u64);
        let down = tempfile::tempdir().unwrap();
        succeeds_in(s, down.path(), &["get", &format!("sos://{b}/data/big.bin")]);
        let got = std::fs::read(down.path().join("big.bin")).unwrap();
        assert!(got == body, "{}: downloaded content differs", s.name);
        // Nothing left behind in the directory but the file.
        let names: Vec<_> = std::fs::read_dir(down.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }
);

per_server!(
    fn download_recursive_into_dir_with_force_and_dry_run(s: &Server) {
        let b = s.new_bucket("down-rec");
        s.put(&b, "logs/2025/a.log", b"aaa");
        s.put(&b, "logs/2025/b.log", b"bb");
        s.put(&b, "logs/top.txt", b"t");
        s.put(&b, "logsother.txt", b"not under logs/");
        let dest = tempfile::tempdir().unwrap();
        let out_dir = dest.path().join("out");
        let out = run(
            s,
            &[
                "download",
                "-n",
                "-r",
                &format!("sos://{b}/logs"),
                out_dir.to_str().unwrap(),
            ],
        );
        assert!(out.status.success(), "{}: {}", s.name, stderr(&out));
        assert!(stdout(&out).contains("would download"), "{}", stdout(&out));
        assert!(!out_dir.exists(), "dry run wrote something");
        let out = run(
            s,
            &[
                "-O",
                "json",
                "download",
                "-r",
                &format!("sos://{b}/logs/"),
                out_dir.to_str().unwrap(),
            ],
        );
        let doc = json_ok(s, &out);
        assert_eq!(doc["files"], 3, "{doc}");
        assert_eq!(doc["bytes"], 6, "{doc}");
        assert_eq!(std::fs::read(out_dir.join("2025/a.log")).unwrap(), b"aaa");
        assert_eq!(std::fs::read(out_dir.join("2025/b.log")).unwrap(), b"bb");
        assert_eq!(std::fs::read(out_dir.join("top.txt")).unwrap(), b"t");
        assert!(!out_dir.join("logsother.txt").exists());
        // Again without -f: refused, naming the file, and nothing changed.
        std::fs::write(out_dir.join("top.txt"), b"local").unwrap();
        let out = run(
            s,
            &["download", "-r", &format!("sos://{b}/logs/"), out_dir.to_str().unwrap()],
        );
        assert_eq!(out.status.code(), Some(2), "{}: {}", s.name, stderr(&out));
        assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
        assert!(stderr(&out).contains("-f"), "{}", stderr(&out));
        assert_eq!(std::fs::read(out_dir.join("top.txt")).unwrap(), b"local");
        succeeds(
            s,
            &[
                "download",
                "-f",
                "-r",
                &format!("sos://{b}/logs/"),
                out_dir.to_str().unwrap(),
            ],
        );
        assert_eq!(std::fs::read(out_dir.join("top.txt")).unwrap(), b"t");
        // One object to an explicit file name.
        let file = dest.path().join("renamed.log");
        succeeds(
            s,
            &[
                "download",
                &format!("sos://{b}/logs/2025/a.log"),
                file.to_str().unwrap(),
            ],
        );
        assert_eq!(std::fs::read(&file).unwrap(), b"aaa");
    }
);

per_server!(
    fn download_of_a_prefix_without_r_takes_its_direct_children(s: &Server) {
        // exo: `download sos://b/dir/` lists dir/ without descending and downloads what is directly there.
        let b = s.new_bucket("down-kids");
        s.put(&b, "dir/a.txt", b"aa");
        s.put(&b, "dir/b.txt", b"bbb");
        s.put(&b, "dir/sub/deep.txt", b"deep");
        s.put(&b, "top.txt", b"t");
        let dest = tempfile::tempdir().unwrap();
        let out_dir = dest.path().join("out");
        let out = run(
            s,
            &[
                "-O",
                "json",
                "download",
                &format!("sos://{b}/dir/"),
                out_dir.to_str().unwrap(),
            ],
        );
        let doc = json_ok(s, &out);
        assert_eq!(doc["files"], 2, "{}: {doc}", s.name);
        assert_eq!(doc["bytes"], 5, "{doc}");
        // exo prints no JSON document for download; each object has its bucket, key, local file, size in
        // bytes and ETag.
        let first = &doc["downloaded"][0];
        assert_eq!(first["bucket"], b.as_str(), "{doc}");
        assert_eq!(first["key"], "dir/a.txt", "{doc}");
        assert_eq!(first["file"], out_dir.join("a.txt").display().to_string(), "{doc}");
        assert_eq!(first["size"], 2, "{doc}");
        assert!(first["etag"].as_str().is_some_and(|e| e.len() > 2), "{doc}");
        assert_eq!(std::fs::read(out_dir.join("a.txt")).unwrap(), b"aa");
        assert_eq!(std::fs::read(out_dir.join("b.txt")).unwrap(), b"bbb");
        assert!(
            !out_dir.join("sub").exists(),
            "{}: a subdirectory was downloaded",
            s.name
        );
        // The bucket alone is its root's objects.
        let root = dest.path().join("root");
        succeeds(s, &["download", &format!("sos://{b}"), root.to_str().unwrap()]);
        let names: Vec<_> = std::fs::read_dir(&root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["top.txt"], "{}", s.name);
        // A prefix with only subdirectories says where the objects are; --version-id is one object's.
        let out = run(
            s,
            &["download", &format!("sos://{b}/dir/sub/x/"), root.to_str().unwrap()],
        );
        assert_eq!(out.status.code(), Some(1), "{}: {}", s.name, stderr(&out));
        assert!(
            stderr(&out).contains(&format!("no objects directly under sos://{b}/dir/sub/x/")),
            "{}",
            stderr(&out)
        );
        let out = run(s, &["download", "--version-id", "v", &format!("sos://{b}/dir/")]);
        assert_eq!(out.status.code(), Some(2), "{}: {}", s.name, stderr(&out));
        assert!(stderr(&out).contains("--version-id"), "{}", stderr(&out));
    }
);

per_server!(
    fn download_refuses_keys_that_escape_the_destination(s: &Server) {
        if !require_command("aws", &["--version"]) {
            return;
        }
        let b = s.new_bucket("down-dots");
        s.put(&b, "safe/ok.txt", b"ok");
        // Our client (like any WHATWG URL user) folds `..` segments; aws cli sends them as they are.
        let src = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(src.path(), b"evil").unwrap();
        let aws_home = tempfile::tempdir().unwrap();
        let put = scrubbed("aws", aws_home.path())
            .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
            .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
            .env("AWS_DEFAULT_REGION", s.zone)
            .args(["--endpoint-url", &s.endpoint, "s3api", "put-object", "--bucket", &b])
            .args(["--key", "safe/../../x", "--body", src.path().to_str().unwrap()])
            .output()
            .unwrap();
        if !keys(s, &b).iter().any(|k| k.contains("..")) {
            eprintln!(
                "SKIP {}: the server does not keep a key with `..` components ({})",
                s.name,
                stderr(&put).trim()
            );
            return;
        }
        let root = tempfile::tempdir().unwrap();
        let dest = root.path().join("a").join("b");
        let out = run(
            s,
            &["download", "-r", &format!("sos://{b}/safe/"), dest.to_str().unwrap()],
        );
        assert_eq!(out.status.code(), Some(1), "{}: {}", s.name, stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("safe/../../x") && err.contains("`..`"), "{err}");
        assert!(!root.path().join("x").exists() && !root.path().join("a/x").exists());
        assert!(!dest.join("ok.txt").exists(), "refusal must come before any download");
    }
);

per_server!(
    fn missing_file_bucket_and_key_are_named(s: &Server) {
        let b = s.new_bucket("missing");
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "here.txt", b"x");
        let out = run_in(
            s,
            dir.path(),
            &["upload", "here.txt", "gone.txt", &format!("sos://{b}")],
        );
        assert_eq!(out.status.code(), Some(2), "{}", s.name);
        assert!(
            stderr(&out).contains("local file `gone.txt` does not exist"),
            "{}",
            stderr(&out)
        );
        assert!(keys(s, &b).is_empty(), "nothing is uploaded when an argument is wrong");
        let nob = s.bucket("no-such");
        let out = run_in(s, dir.path(), &["upload", "here.txt", &format!("sos://{nob}")]);
        assert_eq!(out.status.code(), Some(1), "{}", s.name);
        assert!(
            stderr(&out).contains(&format!("bucket \"{nob}\" does not exist")),
            "{}: {}",
            s.name,
            stderr(&out)
        );
        let out = run_in(s, dir.path(), &["download", &format!("sos://{b}/nope.txt")]);
        assert_eq!(out.status.code(), Some(1), "{}", s.name);
        assert!(
            stderr(&out).contains("\"nope.txt\" does not exist"),
            "{}: {}",
            s.name,
            stderr(&out)
        );
        let out = run_in(s, dir.path(), &["download", &format!("sos://{nob}/k")]);
        assert_eq!(out.status.code(), Some(1), "{}", s.name);
        assert!(
            stderr(&out).contains(&format!("bucket \"{nob}\" does not exist")),
            "{}: {}",
            s.name,
            stderr(&out)
        );
        assert!(!dir.path().join("k").exists());
    }
);

/// A scripted S3 server: HeadBucket and CreateMultipartUpload succeed, every UploadPart is refused
/// (403, not retried), AbortMultipartUpload answers 204. Keeps `METHOD path?query` of each request.
fn refusing_parts_server() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let log = log.clone();
            std::thread::spawn(move || {
                let mut w = stream.try_clone().unwrap();
                let mut r = BufReader::new(stream);
                loop {
                    let mut first = String::new();
                    if r.read_line(&mut first).unwrap_or(0) == 0 {
                        return;
                    }
                    let mut len = 0usize;
                    loop {
                        let mut line = String::new();
                        if r.read_line(&mut line).unwrap_or(0) == 0 {
                            return;
                        }
                        if line == "\r\n" {
                            break;
                        }
                        if let Some((k, v)) = line.split_once(':')
                            && k.eq_ignore_ascii_case("content-length")
                        {
                            len = v.trim().parse().unwrap_or(0);
                        }
                    }
                    let mut body = vec![0u8; len];
                    if r.read_exact(&mut body).is_err() {
                        return;
                    }
                    let mut parts = first.split_whitespace();
                    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
                    log.lock().unwrap().push(format!("{method} {target}"));
                    let (status, body) = if method == "POST" && target.contains("uploads") {
                        (
                            "200 OK",
                            "<InitiateMultipartUploadResult><Bucket>b</Bucket><Key>big.bin</Key><UploadId>UP1</UploadId></InitiateMultipartUploadResult>".to_string(),
                        )
                    } else if method == "PUT" && target.contains("partNumber") {
                        (
                            "403 Forbidden",
                            "<Error><Code>AccessDenied</Code><Message>parts refused</Message></Error>".to_string(),
                        )
                    } else if method == "DELETE" {
                        ("204 No Content", String::new())
                    } else {
                        ("200 OK", String::new())
                    };
                    let _ = write!(
                        w,
                        "HTTP/1.1 {status}\r\ncontent-type: application/xml\r\ncontent-length: {}\r\n\r\n{body}",
                        body.len()
                    );
                }
            });
        }
    });
    (port, seen)
}

#[test]
fn a_failing_part_aborts_the_multipart_upload() {
    let (port, seen) = refusing_parts_server();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "big.bin", &noise(11 << 20));
    let out = sosctl()
        .current_dir(dir.path())
        .env("SOSCTL_ENDPOINT", format!("http://127.0.0.1:{port}"))
        .env("SOSCTL_ZONE", "ch-dk-2")
        .env("SOSCTL_ACCESS_KEY", ACCESS_KEY)
        .env("SOSCTL_SECRET_KEY", SECRET_KEY)
        .args(["upload", "--part-size", "5MiB", "big.bin", "sos://bucket/"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("AccessDenied") && err.contains("aborted"), "{err}");
    let seen = seen.lock().unwrap().clone();
    assert!(
        seen.iter()
            .any(|r| r.starts_with("POST /bucket/big.bin?") && r.contains("uploads")),
        "{seen:?}"
    );
    assert!(
        seen.iter().any(|r| r.starts_with("PUT ") && r.contains("partNumber")),
        "{seen:?}"
    );
    assert!(
        seen.iter()
            .any(|r| r.starts_with("DELETE /bucket/big.bin?") && r.contains("uploadId=UP1")),
        "AbortMultipartUpload was not sent: {seen:?}"
    );
    assert!(
        !seen.iter().any(|r| r.starts_with("POST ") && r.contains("uploadId=")),
        "completed anyway: {seen:?}"
    );
}

/// The binary as a plain child process (for signals), in the scrubbed environment pointed at `s`, its stdout
/// and stderr piped.
fn spawn_sosctl(s: &Server, home: &Path) -> std::process::Command {
    let mut child = sosctl_process(home);
    child
        .env("SOSCTL_ENDPOINT", &s.endpoint)
        .env("SOSCTL_ZONE", s.zone)
        .env("SOSCTL_ACCESS_KEY", ACCESS_KEY)
        .env("SOSCTL_SECRET_KEY", SECRET_KEY)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    child
}

/// Polls `started` every `every` until it holds, for 60 s at most, asserting meanwhile that `child` (doing
/// `action`) has not ended: `thing` names what `started` looks for.
fn until_under_way(
    child: &mut std::process::Child,
    thing: &str,
    action: &str,
    every: Duration,
    mut started: impl FnMut() -> bool,
) {
    let appeared = wait_until_every(every, Duration::from_secs(60), || {
        if started() {
            return true;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the {action} ended before it could be interrupted"
        );
        false
    });
    assert!(appeared, "no {thing} appeared within 60 s");
}

/// Sends SIGINT (what Ctrl-C sends) to `child`, asserting that `kill` delivered it.
fn interrupt(child: &std::process::Child) {
    let pid = child.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .unwrap()
            .success()
    );
}

fn big_file(path: &Path, mib: usize) {
    let mut f = std::fs::File::create(path).unwrap();
    let chunk = noise(1 << 20);
    for _ in 0..mib {
        f.write_all(&chunk).unwrap();
    }
}

#[test]
fn ctrl_c_aborts_multipart_uploads_and_exits_130() {
    let Some(s) = target(Kind::Bundled) else {
        return;
    };
    let b = s.new_bucket("ctrl-c");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("huge.bin");
    // 400 MiB in 5 MiB parts one at a time: long enough to be caught in the middle.
    big_file(&file, 400);
    let home = tempfile::tempdir().unwrap();
    let mut child = spawn_sosctl(s, home.path())
        .args(["upload", "--part-size", "5MiB", "--concurrency", "1"])
        .arg(&file)
        .arg(format!("sos://{b}/"))
        .spawn()
        .unwrap();
    let c = s.client();
    let open_uploads = || {
        s.run(c.list_multipart_uploads(&b, &Default::default(), None))
            .unwrap()
            .uploads
            .len()
    };
    until_under_way(
        &mut child,
        "multipart upload",
        "upload",
        Duration::from_millis(20),
        || open_uploads() != 0,
    );
    interrupt(&child);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    assert!(stderr(&out).contains("interrupted"), "{}", stderr(&out));
    assert_eq!(open_uploads(), 0, "multipart uploads left open after Ctrl-C");
    assert!(keys(s, &b).is_empty(), "an object appeared after Ctrl-C");
}

per_server!(
    fn download_a_given_version(s: &Server) {
        let b = s.new_bucket("down-ver");
        succeeds(s, &["bucket", "versioning", "enable", &format!("sos://{b}")]);
        let v1 = s.put(&b, "doc.txt", b"first").expect("a version id");
        s.put(&b, "doc.txt", b"second");
        let dir = tempfile::tempdir().unwrap();
        let out = run_in(
            s,
            dir.path(),
            &[
                "-O",
                "text",
                "download",
                "--version-id",
                &v1,
                &format!("sos://{b}/doc.txt"),
                "old.txt",
            ],
        );
        assert!(out.status.success(), "{}: {}", s.name, stderr(&out));
        assert_eq!(stdout(&out), format!("sos://{b}/doc.txt\told.txt\t5\n"));
        assert_eq!(
            std::fs::read(dir.path().join("old.txt")).unwrap(),
            b"first",
            "{}",
            s.name
        );
        succeeds_in(s, dir.path(), &["download", &format!("sos://{b}/doc.txt")]);
        assert_eq!(
            std::fs::read(dir.path().join("doc.txt")).unwrap(),
            b"second",
            "{}",
            s.name
        );
    }
);

#[test]
fn upload_sets_the_canned_acl() {
    // Only moto answers GetObjectAcl among the test servers (`sosctl serve` has no ACLs).
    let Some(s) = target(Kind::Moto) else {
        return;
    };
    let b = s.new_bucket("up-acl");
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "pub.txt", b"hello");
    write(dir.path(), "priv.txt", b"hello");
    succeeds_in(
        s,
        dir.path(),
        &["upload", "--acl", "public-read", "pub.txt", &format!("sos://{b}")],
    );
    succeeds_in(s, dir.path(), &["upload", "priv.txt", &format!("sos://{b}")]);
    let c = s.client();
    let acl = |key: &str| {
        s.run(async {
            let r = c
                .raw(
                    sosctl::s3::Method::GET,
                    &format!("/{b}/{key}?acl"),
                    &[],
                    bytes::Bytes::new(),
                )
                .await
                .unwrap();
            r.text().await.unwrap()
        })
    };
    assert!(acl("pub.txt").contains("AllUsers"), "{}", acl("pub.txt"));
    assert!(!acl("priv.txt").contains("AllUsers"), "{}", acl("priv.txt"));
}

#[test]
fn ctrl_c_during_download_leaves_no_partial_file() {
    let Some(s) = target(Kind::Bundled) else {
        return;
    };
    let b = s.new_bucket("down-int");
    let src = tempfile::tempdir().unwrap();
    big_file(&src.path().join("huge.bin"), 400);
    succeeds_in(s, src.path(), &["-Q", "upload", "huge.bin", &format!("sos://{b}")]);
    let home = tempfile::tempdir().unwrap();
    let dest = tempfile::tempdir().unwrap();
    let mut child = spawn_sosctl(s, home.path())
        .args(["download", &format!("sos://{b}/huge.bin")])
        .arg(dest.path())
        .spawn()
        .unwrap();
    // Interrupt once the temporary file exists (the download is under way).
    let entries = || -> Vec<String> {
        std::fs::read_dir(dest.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    };
    until_under_way(
        &mut child,
        "temporary file",
        "download",
        Duration::from_millis(2),
        || !entries().is_empty(),
    );
    let names = entries();
    assert!(
        names.iter().all(|n| n.ends_with(".part") && n.starts_with('.')),
        "{names:?}"
    );
    interrupt(&child);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    assert!(entries().is_empty(), "left behind: {:?}", entries());
}

/// sosctl pointed at a stand-in server on `port`, in `dir`.
fn against(port: u16, dir: &Path) -> crate::support::Sosctl {
    let mut c = sosctl();
    c.current_dir(dir)
        .env("SOSCTL_ENDPOINT", format!("http://127.0.0.1:{port}"))
        .env("SOSCTL_ZONE", "ch-dk-2")
        .env("SOSCTL_ACCESS_KEY", ACCESS_KEY)
        .env("SOSCTL_SECRET_KEY", SECRET_KEY);
    c
}

/// `count` files of 10 bytes under dir/up/.
fn small_files(dir: &Path, count: usize) {
    for i in 0..count {
        write(dir, &format!("up/f{i:04}.txt"), b"0123456789");
    }
}

/// The distinct paths of the server's successful requests with this method.
fn served(load: &Mutex<crate::support::Load>, method: &str) -> std::collections::BTreeSet<String> {
    let l = load.lock().unwrap();
    l.served
        .iter()
        .filter_map(|s| s.strip_prefix(&format!("{method} ")))
        .map(str::to_string)
        .collect()
}

#[test]
fn uploads_to_a_distant_server_keep_more_requests_in_flight_than_the_old_fixed_eight() {
    // Every answer 150 ms away (far enough that a loaded machine still overlaps its requests): while the HEAD
    // that finds the bucket is out, the limit grows by 8 per ms of the wait, and its answer sets it at the
    // ceiling, rather than at 16.
    let server = crate::support::slow_server(Duration::from_millis(150), 0, usize::MAX);
    let dir = tempfile::tempdir().unwrap();
    small_files(dir.path(), 400);
    let out = against(server.port, dir.path())
        .args(["upload", "-r", "up/", "sos://bucket/p/"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(served(&server.load, "PUT").len(), 400);
    let peak = server.load.lock().unwrap().peak;
    assert!(
        peak > 200,
        "at most {peak} requests in flight: the limit did not start from the first answer"
    );
    assert!(
        peak <= sosctl::s3::limiter::CEILING,
        "{peak} requests in flight, over the ceiling"
    );
}

#[test]
fn upload_sends_its_small_files_while_the_zone_head_is_still_out() {
    // Every answer 300 ms away: the zone HEAD has not answered when the files are read, so they go at once,
    // as many as the wait allows (8 per ms of it), rather than a round trip later.
    let server = crate::support::slow_server(Duration::from_millis(300), 0, usize::MAX);
    let dir = tempfile::tempdir().unwrap();
    small_files(dir.path(), 40);
    let out = against(server.port, dir.path())
        .args(["upload", "-r", "up/", "sos://bucket/p/"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(served(&server.load, "PUT").len(), 40);
    let early = server.load.lock().unwrap().puts_beside_heads;
    assert_eq!(early, 40, "only {early} of 40 PUTs arrived while the zone HEAD was out");
    // `--concurrency N` pins the requests in flight: nothing goes beside the HEAD, and never more than N.
    server.load.lock().unwrap().peak = 0;
    let out = against(server.port, dir.path())
        .args(["upload", "--concurrency", "4", "-r", "up/", "sos://bucket/q/"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let l = server.load.lock().unwrap();
    assert_eq!(l.puts_beside_heads, 40, "a PUT went beside the HEAD with --concurrency");
    assert_eq!(l.peak, 4, "--concurrency 4");
}

#[test]
fn concurrency_pins_the_requests_in_flight_of_upload_and_download() {
    let server = crate::support::slow_server(Duration::from_millis(5), 60, usize::MAX);
    let dir = tempfile::tempdir().unwrap();
    small_files(dir.path(), 60);
    let out = against(server.port, dir.path())
        .args(["upload", "--concurrency", "3", "-r", "up/", "sos://bucket/p/"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(served(&server.load, "PUT").len(), 60);
    assert_eq!(server.load.lock().unwrap().peak, 3, "upload --concurrency 3");
    server.load.lock().unwrap().peak = 0;
    let out = against(server.port, dir.path())
        .args(["download", "--concurrency", "2", "-r", "sos://bucket/k/", "down/"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        served(&server.load, "GET")
            .iter()
            .filter(|p| p.starts_with("/bucket/k/"))
            .count(),
        60
    );
    assert_eq!(std::fs::read(dir.path().join("down/0059")).unwrap(), b"hello");
    assert_eq!(server.load.lock().unwrap().peak, 2, "download --concurrency 2");
    // Without the flag, download adapts too: more than the old fixed 8 at once (against a server 50 ms away,
    // so that the requests overlap even when the machine is loaded).
    let far = crate::support::slow_server(Duration::from_millis(50), 60, usize::MAX);
    let out = against(far.port, dir.path())
        .args(["download", "-r", "sos://bucket/k/", "again/"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let peak = far.load.lock().unwrap().peak;
    // The listing's answer, 50 ms away, starts the limit at 400: every one of the 60 GETs at once.
    assert!(peak > 40, "download kept at most {peak} in flight");
    for bad in [
        ["upload", "--concurrency", "0", "up/", "sos://bucket/"],
        ["download", "--concurrency", "0", "sos://bucket/k", "x"],
    ] {
        let out = against(server.port, dir.path()).args(bad).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("--concurrency must be at least 1"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn an_upload_throttled_with_slow_down_backs_off_and_completes() {
    // More than 24 requests at once get 503 SlowDown: the limit halves, the retries get through.
    let server = crate::support::slow_server(Duration::from_millis(10), 0, 24);
    let dir = tempfile::tempdir().unwrap();
    small_files(dir.path(), 600);
    let out = against(server.port, dir.path())
        .args(["--retries", "10", "upload", "-r", "up/", "sos://bucket/p/"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(served(&server.load, "PUT").len(), 600);
    let throttled = server.load.lock().unwrap().throttled;
    assert!(
        throttled > 0,
        "the limit never reached the server's: the test proves nothing"
    );
    // A fixed limit above the server's would be throttled on most of its requests; the halving keeps
    // the 503s to the probes.
    assert!(throttled < 300, "{throttled} of 600 PUTs were throttled");
}

#[test]
fn replication_status_heads_adapt_to_a_distant_server_and_concurrency_pins_them() {
    // 50 ms away: far enough that a loaded machine still overlaps its HEADs.
    let server = crate::support::slow_server(Duration::from_millis(50), 300, usize::MAX);
    let dir = tempfile::tempdir().unwrap();
    let out = against(server.port, dir.path())
        .args(["-O", "text", "bucket", "replication", "status", "sos://bucket/"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 300, "{}", stdout(&out));
    assert_eq!(
        served(&server.load, "HEAD")
            .iter()
            .filter(|p| p.starts_with("/bucket/k/"))
            .count(),
        300
    );
    let peak = server.load.lock().unwrap().head_peak;
    assert!(peak > 32, "status kept at most {peak} HEADs in flight");
    {
        let mut l = server.load.lock().unwrap();
        (l.peak, l.head_peak, l.connections) = (0, 0, 0);
    }
    let out = against(server.port, dir.path())
        .args([
            "-O",
            "text",
            "bucket",
            "replication",
            "status",
            "--concurrency",
            "4",
            "sos://bucket/",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 300, "{}", stdout(&out));
    let l = server.load.lock().unwrap();
    assert_eq!(l.head_peak, 4, "--concurrency 4");
    // The listing (three pages here) is not one of the four: its next page goes out while four HEADs are in
    // flight, so the HEADs never wait a round trip per page.
    assert_eq!(l.peak, 5, "the next page of the listing waited for a HEAD's slot");
    // About 300 requests over kept-alive connections: the four HEADs', the listing's, the zone's. One
    // connection per request would be over 300.
    assert!(
        l.connections <= 2 * 4 + 3,
        "{} connections for 300 HEADs at 4 in flight: connections are not reused",
        l.connections
    );
}

/// `sosctl ARGS` on a terminal (a pty made by `script`), against `endpoint`: everything it drew there.
fn on_a_terminal(home: &Path, endpoint: &str, args: &[&str]) -> String {
    let quote = |a: &str| format!("'{}'", a.replace('\'', r"'\''"));
    let line = std::iter::once(quote(crate::support::sosctl_bin().to_str().unwrap()))
        .chain(args.iter().map(|a| quote(a)))
        .collect::<Vec<_>>()
        .join(" ");
    let o = scrubbed("script", home)
        .current_dir(home)
        .env("SOSCTL_ENDPOINT", endpoint)
        .env("SOSCTL_ACCESS_KEY", crate::support::DEFAULT_ACCESS_KEY)
        .env("SOSCTL_SECRET_KEY", crate::support::DEFAULT_SECRET_KEY)
        .env("COLUMNS", "160")
        .args(["-q", "-e", "-c", &line, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(o.status.success(), "sosctl {args:?} on a pty: {out}{}", stderr(&o));
    out
}

#[test]
fn progress_on_a_terminal_counts_files_and_leaves_one_line_per_file() {
    if !require_command("script", &["--version"]) {
        return;
    }
    let h = crate::support::in_process::spawn();
    let home = tempfile::tempdir().unwrap();
    let up = home.path().join("up");
    write(&up, "a.txt", b"abc");
    write(&up, "empty", b"");
    write(&up, "logs/2025/a-rather-long-file-name-for-the-column.log", b"xy");
    write(&up, "big.bin", &noise(3 << 20));
    on_a_terminal(home.path(), &h.endpoint(), &["mb", "sos://tty"]);
    let out = on_a_terminal(
        home.path(),
        &h.endpoint(),
        &["upload", "-r", &format!("{}/", up.display()), "sos://tty/p/"],
    );
    // One finished line per file, name column and sizes at fixed widths, as exo's bars stay on screen.
    for (name, size) in [
        ("p/a.txt", "3 B"),
        ("p/empty", "0 B"),
        ("p/logs/2025…e-column.log", "2 B"),
        ("p/big.bin", "3.00 MiB"),
    ] {
        let line = format!("  {name:<24} {size:>11} / {size:>11} | ");
        assert!(out.contains(&line), "no finished line `{line}` in:\n{out}");
    }
    // The total bar counts files, small ones included, and ends on every byte.
    assert!(out.contains("uploading 4/4 files"), "{out}");
    assert!(
        out.contains(&format!("[{}]    3.00 MiB /    3.00 MiB", "=".repeat(30))),
        "{out}"
    );
    // One object: the total is its size (not `… / 0 B`), and it ends complete.
    let out = on_a_terminal(
        home.path(),
        &h.endpoint(),
        &["download", "sos://tty/p/big.bin", "got.bin"],
    );
    assert!(
        out.contains(&format!(
            "downloading 1/1 file [{}]    3.00 MiB /    3.00 MiB",
            "=".repeat(30)
        )),
        "{out}"
    );
    assert!(!out.contains("3.00 MiB /         0 B"), "{out}");
    assert_eq!(std::fs::read(home.path().join("got.bin")).unwrap().len(), 3 << 20);
}
