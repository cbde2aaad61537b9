//! The storage commands (list, mb, rb, show, delete, purge, presign, bucket versioning/object-lock) run
//! as a user would, against every available real S3 server: one test per server (`per_server!`);
//! `removal` has the deleting ones.

mod cors;
mod exo;
mod removal;

use crate::support::{ACCESS_KEY, SECRET_KEY, Server, free_port, per_server, sosctl, stderr, stdout};
use std::process::Output;

fn run(c: &mut assert_cmd::Command, args: &[&str]) -> Output {
    c.args(args).output().expect("sosctl runs")
}

/// Runs and expects success; returns stdout.
fn ok(s: &Server, args: &[&str]) -> String {
    let o = run(&mut s.cmd(), args);
    assert!(
        o.status.success(),
        "[{}] sosctl {args:?} failed ({:?}):\nstdout: {}\nstderr: {}",
        s.name,
        o.status.code(),
        stdout(&o),
        stderr(&o)
    );
    stdout(&o)
}

/// Runs and expects exit `code`; returns stderr.
fn fails(s: &Server, args: &[&str], code: i32) -> String {
    let o = run(&mut s.cmd(), args);
    assert_eq!(
        o.status.code(),
        Some(code),
        "[{}] sosctl {args:?}: expected exit {code}:\nstdout: {}\nstderr: {}",
        s.name,
        stdout(&o),
        stderr(&o)
    );
    stderr(&o)
}

/// `2025-02-20 15:50:12 UTC`
fn is_exo_time(t: &str) -> bool {
    let b = t.as_bytes();
    t.len() == 23
        && t.ends_with(" UTC")
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b' '
        && b[13] == b':'
        && b[16] == b':'
        && t[..4].chars().all(|c| c.is_ascii_digit())
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

fn sos(bucket: &str, key: &str) -> String {
    format!("sos://{bucket}/{key}")
}

per_server!(
    fn list_buckets_in_every_format(s: &Server) {
        let b1 = s.bucket("lsb");
        let b2 = s.bucket("lsb");
        s.create_bucket(&b1);
        ok(s, &["create", &format!("sos://{b2}")]);

        let table = ok(s, &["list"]);
        for b in [&b1, &b2] {
            let line = table
                .lines()
                .find(|l| l.ends_with(&format!("  {}  {b}/", s.zone)))
                .unwrap_or_else(|| panic!("[{}] no line for {b} in:\n{table}", s.name));
            assert!(is_exo_time(&line[..23]), "{line}");
        }

        let j = json(&ok(s, &["list", "-O", "json"]));
        let arr = j.as_array().unwrap();
        let e = arr.iter().find(|e| e["name"] == b1.as_str()).expect("bucket in JSON");
        assert_eq!(e["zone"], s.zone);
        // exo's value format under exo's key, RFC 3339 beside it.
        assert!(is_exo_time(e["created"].as_str().unwrap()), "exo's time: {e}");
        assert!(e["created_rfc3339"].as_str().unwrap().contains('T'), "RFC 3339: {e}");

        let text = ok(s, &["ls", "-O", "text"]);
        let row: Vec<&str> = text
            .lines()
            .find(|l| l.starts_with(&format!("{b2}\t")))
            .unwrap()
            .split('\t')
            .collect();
        assert_eq!(row.len(), 3, "{row:?}");
        assert_eq!(row[1], s.zone);
    }
);

per_server!(
    fn list_objects_dirs_recursive_prefix_and_formats(s: &Server) {
        let b = s.new_bucket("lso");
        s.put(&b, "config.json", &[b'x'; 372]);
        s.put(&b, "big.bin", &vec![0u8; 1946]);
        s.put(&b, "dir/a.txt", b"a");
        s.put(&b, "dir/sub/b.txt", b"bb");

        let out = ok(s, &["list", &format!("sos://{b}")]);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "[{}] {out}", s.name);
        // Sorted by key, sizes the exo way, aligned in one column; directories as DIR.
        assert!(lines[0].ends_with("  1.9 KiB  big.bin"), "{out}");
        assert!(is_exo_time(&lines[0][..23]), "{out}");
        assert!(lines[1].ends_with("    372 B  config.json"), "{out}");
        assert_eq!(lines[2], format!("{}      DIR  dir/", " ".repeat(23)), "{out}");

        let out = ok(s, &["ls", "-r", &format!("sos://{b}")]);
        let keys: Vec<&str> = out.lines().map(|l| l.rsplit("  ").next().unwrap()).collect();
        assert_eq!(keys, ["big.bin", "config.json", "dir/a.txt", "dir/sub/b.txt"], "{out}");

        let out = ok(s, &["ls", &sos(&b, "dir/")]);
        let keys: Vec<&str> = out.lines().map(|l| l.rsplit("  ").next().unwrap()).collect();
        assert_eq!(keys, ["dir/a.txt", "dir/sub/"], "{out}");

        let j = json(&ok(s, &["ls", "-O", "json", &format!("s3://{b}")]));
        let arr = j.as_array().unwrap();
        assert_eq!(arr.len(), 3);
        let cfg = arr.iter().find(|e| e["key"] == "config.json").unwrap();
        assert_eq!(cfg["size"], 372);
        assert_eq!(cfg["is_dir"], false);
        assert!(cfg["etag"].as_str().unwrap().len() >= 32, "{cfg}");
        let lm = cfg["last_modified_rfc3339"].as_str().unwrap();
        assert!(
            time::OffsetDateTime::parse(lm, &time::format_description::well_known::Rfc3339).is_ok(),
            "{lm}"
        );
        // exo's keys and formats: name, size, last_modified (`2006-01-02 15:04:05 UTC`), dir, version_id,
        // version_number.
        assert_eq!(cfg["name"], "config.json");
        assert_eq!(cfg["dir"], false);
        assert!(is_exo_time(cfg["last_modified"].as_str().unwrap()), "{cfg}");
        assert!(cfg["version_id"].is_null() && cfg["version_number"].is_null(), "{cfg}");
        let dir = arr.iter().find(|e| e["key"] == "dir/").unwrap();
        assert_eq!(dir["is_dir"], true);
        assert_eq!(dir["dir"], true);
        assert_eq!(dir["name"], "dir/");
        assert_eq!(dir["size"], 0, "exo's size of a directory: {dir}");
        assert!(
            dir.get("last_modified").is_none(),
            "exo omits it for a directory: {dir}"
        );

        let text = ok(s, &["ls", "-O", "text", "-r", &b]);
        let row: Vec<&str> = text
            .lines()
            .find(|l| l.starts_with("dir/sub/b.txt\t"))
            .unwrap()
            .split('\t')
            .collect();
        assert_eq!(row[1], "2");
        assert_eq!(row.len(), 4);

        // Empty listing: nothing in table form, an empty array in JSON.
        assert_eq!(ok(s, &["ls", &sos(&b, "nothing-here/")]), "");
        assert_eq!(
            json(&ok(s, &["ls", "-O", "json", &sos(&b, "nothing-here/")])),
            serde_json::json!([])
        );
    }
);

per_server!(
    fn list_stream_pages_through_everything_once(s: &Server) {
        let b = s.new_bucket("lss");
        let mut keys: Vec<String> = (0..7).map(|i| format!("k{i:02}")).collect();
        keys.push("d/x".into());
        for k in &keys {
            s.put(&b, k, k.as_bytes());
        }
        // Pages of 2 keys: the stream must still hold every key exactly once, and stay valid JSON.
        let j = json(&ok(s, &["ls", "-s", "-r", "--page-size", "2", "-O", "json", &b]));
        let mut got: Vec<String> = j
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["key"].as_str().unwrap().to_string())
            .collect();
        got.sort();
        let mut want = keys.clone();
        want.sort();
        assert_eq!(got, want, "[{}]", s.name);

        let out = ok(s, &["ls", "--stream", "--page-size", "3", &b]);
        let mut got: Vec<&str> = out.lines().map(|l| l.rsplit("  ").next().unwrap()).collect();
        got.sort();
        assert_eq!(got, ["d/", "k00", "k01", "k02", "k03", "k04", "k05", "k06"], "{out}");
        assert!(
            out.lines()
                .all(|l| is_exo_time(&l[..23]) || l.trim_start().starts_with("DIR")),
            "{out}"
        );
    }
);

per_server!(
    fn list_versions_numbers_and_delete_markers(s: &Server) {
        let b = s.new_bucket("lsv");
        ok(s, &["bucket", "versioning", "enable", &format!("sos://{b}")]);
        let v1 = s.put(&b, "doc.txt", b"one").expect("version id");
        let v2 = s.put(&b, "doc.txt", b"two!").expect("version id");
        let v3 = s.put(&b, "doc.txt", b"three").expect("version id");
        s.put(&b, "other.txt", b"o");
        s.run(s.client().delete_object(&b, "other.txt", None)).unwrap();

        let out = ok(s, &["ls", "--versions", "-r", &format!("sos://{b}")]);
        let doc: Vec<&str> = out.lines().filter(|l| l.contains("  doc.txt  ")).collect();
        assert_eq!(doc.len(), 3, "[{}] {out}", s.name);
        assert!(
            doc.iter()
                .any(|l| l.contains(&format!("  {v3}  latest  v3")) && l.ends_with("  v3")),
            "{out}"
        );
        assert!(doc.iter().any(|l| l.contains(&v2) && l.ends_with("  v2")), "{out}");
        assert!(
            doc.iter()
                .any(|l| l.contains(&v1) && l.ends_with("  v1") && l.contains("  3 B  ")),
            "{out}"
        );
        assert!(
            !out.contains("delete-marker"),
            "markers only with --delete-markers: {out}"
        );
        let other: Vec<&str> = out.lines().filter(|l| l.contains("other.txt")).collect();
        assert_eq!(other.len(), 1, "{out}");
        assert!(
            other[0].ends_with("  v1"),
            "the marker is latest, not this version: {out}"
        );

        let out = ok(s, &["ls", "--versions", "--delete-markers", "-r", &b]);
        let marker = out
            .lines()
            .find(|l| l.contains("other.txt") && l.contains("delete-marker"))
            .unwrap_or_else(|| panic!("{out}"));
        assert!(marker.ends_with("  latest  delete-marker"), "{marker}");
        // Newest first within a key, as S3 lists them (moto lists markers after every version).
        let first_other = out.lines().find(|l| l.contains("other.txt")).unwrap();
        assert_eq!(
            first_other, marker,
            "[{}] the latest marker comes first:\n{out}",
            s.name
        );

        // Paging through versions (2 per page) keeps the numbering of a key whose versions span pages.
        let j = json(&ok(
            s,
            &[
                "ls",
                "--versions",
                "--delete-markers",
                "-r",
                "--page-size",
                "2",
                "-O",
                "json",
                &b,
            ],
        ));
        let arr = j.as_array().unwrap();
        assert_eq!(arr.len(), 5, "{j}");
        let find = |v: &str| arr.iter().find(|e| e["version_id"] == v).unwrap().clone();
        assert_eq!(find(&v1)["version_number"], 1);
        assert_eq!(find(&v3)["version_number"], 3);
        assert_eq!(find(&v3)["is_latest"], true);
        assert_eq!(find(&v2)["size"], 4);
        let m = arr.iter().find(|e| e["delete_marker"] == true).unwrap();
        assert_eq!(m["key"], "other.txt");
        assert!(m["version_number"].is_null());

        let text = ok(s, &["ls", "--versions", "-r", "-O", "text", &b]);
        let row: Vec<&str> = text.lines().find(|l| l.contains(&v1)).unwrap().split('\t').collect();
        assert_eq!(row, ["doc.txt", v1.as_str(), "v1", "3", row[4], "false", "false"]);
    }
);

per_server!(
    fn mb_with_object_lock_and_errors(s: &Server) {
        let b = s.bucket("mbl");
        let j = json(&ok(s, &["mb", "--object-lock", "-O", "json", &format!("sos://{b}")]));
        assert_eq!(j["bucket"], b.as_str());
        assert_eq!(j["name"], b.as_str());
        assert_eq!(j["object_lock"], true);
        assert_eq!(
            j["versioning"], "Enabled",
            "[{}] the bucket's details, as exo prints them: {j}",
            s.name
        );
        let out = ok(s, &["bucket", "object-lock", "status", &format!("sos://{b}")]);
        assert!(
            out.contains("Object Lock") && out.contains("Enabled"),
            "[{}] {out}",
            s.name
        );
        // Object Lock implies versioning.
        assert_eq!(ok(s, &["bucket", "versioning", "status", &b]).trim(), "Enabled");

        let err = fails(s, &["mb", &format!("sos://{b}")], 1);
        assert!(err.starts_with("error: creating bucket"), "{err}");
        assert!(
            err.contains("BucketAlreadyOwnedByYou") || err.contains("BucketAlreadyExists"),
            "{err}"
        );

        // --quiet drops the note; the bucket is still created.
        let q = s.bucket("mbq");
        let o = run(&mut s.cmd(), &["mb", "-Q", &q]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(stderr(&o), "", "quiet");
        assert_eq!(stdout(&o), "");
        let o = run(&mut s.cmd(), &["mb", &s.bucket("mbn")]);
        assert!(stderr(&o).starts_with("created bucket sos://"), "{}", stderr(&o));
        assert!(
            stdout(&o).contains("| Name ") && stdout(&o).contains("| Zone "),
            "exo's bucket table: {}",
            stdout(&o)
        );
        ok(s, &["show", &q]);

        let err = fails(s, &["mb", "sos://"], 2);
        assert!(err.contains("no bucket name"), "{err}");
        let err = fails(s, &["mb", &sos(&b, "key")], 2);
        assert!(err.contains("expected a bucket"), "{err}");
    }
);

per_server!(
    fn show_object_details_versions_and_missing(s: &Server) {
        let b = s.new_bucket("sho");
        ok(s, &["bucket", "versioning", "enable", &b]);
        let v1 = s.put(&b, "dir/report.csv", b"a,b\n").unwrap();
        let v2 = s
            .put_with(
                &b,
                "dir/report.csv",
                &[b'z'; 2048],
                Some("text/csv"),
                &[("x-amz-meta-owner", "alice"), ("x-amz-meta-color", "blue")],
            )
            .unwrap();

        let out = ok(s, &["show", &sos(&b, "dir/report.csv")]);
        for want in [
            format!("sos://{b}/dir/report.csv"),
            v2.clone(),
            "2.0 KiB".into(),
            "text/csv".into(),
            format!("{}/{b}/dir/report.csv", s.endpoint),
            "color=blue".into(),
            "owner=alice".into(),
            "Content-Type: text/csv".into(),
        ] {
            assert!(out.contains(&want), "[{}] `{want}` missing in:\n{out}", s.name);
        }
        for label in [
            "Path",
            "Bucket",
            "Version ID",
            "Last Modified",
            "Size",
            "ETag",
            "Content-Type",
            "URL",
            "Replication Status",
            "Metadata",
            "Headers",
        ] {
            assert!(out.contains(&format!("| {label} ")), "{label} missing in {out}");
        }
        // Metadata is sorted; Headers are exo's (the ones `headers add` changes), raw ones only with --headers.
        assert!(out.find("color=blue").unwrap() < out.find("owner=alice").unwrap());
        assert!(
            !out.contains("content-length:") && !out.contains("Raw Headers"),
            "{out}"
        );
        let raw = ok(s, &["show", "--headers", &sos(&b, "dir/report.csv")]);
        assert!(raw.contains("| Raw Headers "), "{raw}");
        assert!(
            raw.find("content-length:").unwrap() < raw.find("content-type:").unwrap(),
            "sorted: {raw}"
        );

        let j = json(&ok(
            s,
            &["show", "-O", "json", "--version-id", &v1, &sos(&b, "dir/report.csv")],
        ));
        assert_eq!(j["version_id"], v1.as_str());
        assert_eq!(j["size"], 4);
        assert_eq!(j["key"], "dir/report.csv");
        assert!(j["replication_status"].is_null());
        assert!(j["metadata"].as_object().unwrap().is_empty());
        // exo's keys and formats beside sosctl's.
        assert_eq!(j["name"], "dir/report.csv");
        assert_eq!(j["bucket"], b.as_str());
        assert!(is_exo_time(j["last_modified"].as_str().unwrap()), "{j}");
        assert!(j["last_modified_rfc3339"].as_str().unwrap().contains('T'), "{j}");
        assert!(j.get("raw_headers").is_none(), "{j}");
        let j = json(&ok(s, &["show", "-O", "json", &sos(&b, "dir/report.csv")]));
        assert_eq!(j["headers"]["Content-Type"], "text/csv", "{j}");
        assert!(j["headers"].get("Content-Length").is_none(), "{j}");

        let text = ok(s, &["show", "-O", "text", &sos(&b, "dir/report.csv")]);
        assert!(text.lines().any(|l| l == "Size\t2.0 KiB"), "{text}");

        let err = fails(s, &["show", &sos(&b, "nope.txt")], 1);
        assert!(
            err.contains(&format!("object \"nope.txt\" does not exist in bucket \"{b}\"")),
            "{err}"
        );
        let err = fails(s, &["show", "sos://no-such-bucket-sosctl/x"], 1);
        assert!(
            err.contains("bucket \"no-such-bucket-sosctl\" does not exist (NoSuchBucket)"),
            "{err}"
        );
        // A version id the server does not know or refuses: the error names it (a HEAD has no body).
        let err = fails(
            s,
            &["show", "--version-id", "no-such-version", &sos(&b, "dir/report.csv")],
            1,
        );
        assert!(
            err.contains("`no-such-version` is not a valid version id of \"dir/report.csv\"")
                || err.contains("version no-such-version of \"dir/report.csv\" does not exist"),
            "[{}] {err}",
            s.name
        );
        let err = fails(s, &["show", &sos(&b, "dir/")], 2);
        assert!(err.contains("is a prefix"), "{err}");
    }
);

per_server!(
    fn show_bucket_summary(s: &Server) {
        let b = s.new_bucket("shb");
        let out = ok(s, &["show", &format!("sos://{b}")]);
        for (label, value) in [
            ("Name", b.as_str()),
            ("Zone", s.zone),
            ("Versioning", "Disabled"),
            ("Object Lock", "Disabled"),
        ] {
            assert!(
                out.lines()
                    .any(|l| l.starts_with(&format!("| {label} ")) && l.contains(&format!("| {value} "))),
                "[{}] {label} = {value} missing in:\n{out}",
                s.name
            );
        }
        let repl = out.lines().find(|l| l.starts_with("| Replication ")).unwrap();
        if s.features.replication_api {
            assert!(repl.contains("| - "), "no replication config reads `-`: {repl}");
        } else {
            eprintln!(
                "[{}] documented limitation: no replication API; show says: {repl}",
                s.name
            );
            assert!(
                repl.contains("unsupported by the server") || repl.contains("| - "),
                "{repl}"
            );
        }
        let j = json(&ok(s, &["show", "-O", "json", &b]));
        assert_eq!(j["name"], b.as_str());
        assert_eq!(j["versioning"], "Disabled");
        assert_eq!(j["object_lock"], false);
        assert_eq!(j["replication_rules"], 0);

        let err = fails(s, &["show", "sos://no-such-bucket-sosctl"], 1);
        assert!(
            err.contains("bucket \"no-such-bucket-sosctl\" does not exist (NoSuchBucket)"),
            "{err}"
        );
    }
);

per_server!(
    fn presign_get_and_put_urls_work(s: &Server) {
        let b = s.new_bucket("pre");
        s.put(&b, "hello world.txt", b"hi there");
        let url = ok(s, &["presign", &sos(&b, "hello world.txt")]).trim().to_string();
        assert!(
            url.starts_with(&format!("{}/{b}/hello%20world.txt?", s.endpoint)),
            "{url}"
        );
        assert!(url.contains("X-Amz-Expires=900"), "default 15m: {url}");
        assert!(!url.contains(SECRET_KEY));
        let body = s.run(async { reqwest::get(&url).await.unwrap().text().await.unwrap() });
        assert_eq!(body, "hi there", "[{}]", s.name);

        let j = json(&ok(
            s,
            &["presign", "-m", "put", "-e", "1h", "-O", "json", &sos(&b, "up.bin")],
        ));
        assert_eq!(j["method"], "PUT");
        let url = j["url"].as_str().unwrap().to_string();
        assert!(url.contains("X-Amz-Expires=3600"));
        let status = s.run(async {
            reqwest::Client::new()
                .put(&url)
                .body("uploaded")
                .send()
                .await
                .unwrap()
                .status()
        });
        assert!(status.is_success(), "[{}] PUT {status}", s.name);
        assert!(ok(s, &["show", &sos(&b, "up.bin")]).contains("8 B"));

        let err = fails(s, &["presign", "-e", "8d", &sos(&b, "k")], 2);
        assert!(
            err.contains("--expires 8d is out of range") && err.contains("7 days"),
            "{err}"
        );
        // Go-style durations, as exo's -e takes them.
        let j = json(&ok(s, &["presign", "-e", "1h45m", "-O", "json", &sos(&b, "k")]));
        assert!(j["url"].as_str().unwrap().contains("X-Amz-Expires=6300"), "{j}");
        assert_eq!(j["expires"], "1h45m");
        let err = fails(s, &["presign", "-e", "1h45", &sos(&b, "k")], 2);
        assert!(err.contains("`1h45`"), "{err}");
        let err = fails(s, &["presign", &format!("sos://{b}")], 2);
        assert!(err.contains("has no key"), "{err}");
    }
);

per_server!(
    fn bucket_versioning_status_enable_suspend(s: &Server) {
        let b = s.new_bucket("ver");
        assert_eq!(
            ok(s, &["bucket", "versioning", "status", &format!("sos://{b}")]),
            "Disabled\n"
        );
        ok(s, &["bucket", "versioning", "enable", &b]);
        assert_eq!(ok(s, &["bucket", "v", "status", &b]), "Enabled\n");
        let j = json(&ok(s, &["bucket", "versioning", "suspend", "-O", "json", &b]));
        assert_eq!(j["versioning"], "Suspended");
        assert_eq!(
            ok(s, &["bucket", "versioning", "status", "-O", "text", &b]),
            format!("{b}\tSuspended\n")
        );
        let err = fails(s, &["bucket", "versioning", "status", "sos://no-such-bucket-sosctl"], 1);
        assert!(err.contains("does not exist (NoSuchBucket)"), "{err}");
    }
);

per_server!(
    fn bucket_object_lock_status_and_enable(s: &Server) {
        let b = s.new_bucket("olk");
        let out = ok(s, &["bucket", "object-lock", "status", &b]);
        assert!(
            out.lines().any(|l| l.contains("Object Lock") && l.contains("Disabled")),
            "[{}] {out}",
            s.name
        );

        // Versioning is a prerequisite: say so with the fix.
        let err = fails(s, &["bucket", "object-lock", "enable", &b], 1);
        assert!(err.contains("versioning is Disabled"), "{err}");
        assert!(
            err.contains(&format!("sosctl bucket versioning enable sos://{b}")),
            "{err}"
        );

        let err = fails(s, &["bucket", "object-lock", "enable", "--days", "3", &b], 2);
        assert!(err.contains("--mode"), "{err}");

        ok(s, &["bucket", "versioning", "enable", &b]);
        let o = run(
            &mut s.cmd(),
            &[
                "bucket",
                "object-lock",
                "enable",
                "--mode",
                "governance",
                "--days",
                "3",
                "-O",
                "json",
                &b,
            ],
        );
        if o.status.success() {
            let j = json(&stdout(&o));
            assert_eq!(j["object_lock"], true, "{j}");
            assert_eq!(j["default_retention"]["mode"], "GOVERNANCE", "{j}");
            assert_eq!(j["default_retention"]["days"], 3, "{j}");
            let out = ok(s, &["bucket", "object-lock", "status", &b]);
            assert!(out.contains("GOVERNANCE, 3 days"), "{out}");
            // The modes as --help, the spec and S3 spell them (capitals), and -O in any case.
            let j = json(&ok(
                s,
                &[
                    "bucket",
                    "object-lock",
                    "enable",
                    "--mode",
                    "GOVERNANCE",
                    "--days",
                    "1",
                    "-O",
                    "JSON",
                    &b,
                ],
            ));
            assert_eq!(j["default_retention"]["mode"], "GOVERNANCE", "{j}");
            assert_eq!(j["default_retention"]["days"], 1, "{j}");
        } else {
            // Some servers only allow Object Lock at bucket creation: the error must say what the server said.
            let err = stderr(&o);
            eprintln!(
                "[{}] documented limitation: Object Lock cannot be enabled on an existing bucket: {err}",
                s.name
            );
            assert_eq!(o.status.code(), Some(1), "{err}");
            assert!(
                err.starts_with(&format!("error: enabling Object Lock on sos://{b}: ")),
                "{err}"
            );
        }
    }
);

per_server!(
    fn trace_logs_requests_with_secrets_redacted(s: &Server) {
        let o = run(&mut s.cmd(), &["--trace", "list"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains(&format!("> GET {}/?", s.endpoint)), "{err}");
        assert!(err.contains("X-Amz-Signature=REDACTED"), "{err}");
        assert!(err.contains("X-Amz-Credential=REDACTED"), "{err}");
        assert!(err.lines().any(|l| l.starts_with("< 200")), "{err}");
        assert!(!err.contains(SECRET_KEY) && !err.contains(ACCESS_KEY), "{err}");
    }
);

per_server!(
    fn wrong_credentials_are_refused_with_a_hint(s: &Server) {
        if !s.features.checks_signatures {
            eprintln!(
                "[{}] documented limitation: accepts any credentials; nothing to check",
                s.name
            );
            let o = run(s.cmd().env("SOSCTL_SECRET_KEY", "wrong"), &["list"]);
            assert!(o.status.success(), "{}", stderr(&o));
            return;
        }
        let o = run(s.cmd().env("SOSCTL_SECRET_KEY", "wrong"), &["list"]);
        assert_eq!(o.status.code(), Some(1));
        let err = stderr(&o);
        assert!(
            err.contains("SignatureDoesNotMatch") || err.contains("AccessDenied"),
            "{err}"
        );
        assert!(err.contains("hint: check the credentials"), "{err}");
        assert!(!err.contains("wrong"), "the secret is never printed: {err}");
    }
);

#[test]
fn unreachable_server_fails_with_connection_refused() {
    let port = free_port();
    let o = sosctl()
        .env("SOSCTL_ENDPOINT", format!("http://127.0.0.1:{port}"))
        .env("SOSCTL_ACCESS_KEY", ACCESS_KEY)
        .env("SOSCTL_SECRET_KEY", SECRET_KEY)
        .args(["--retries", "1", "list", "sos://bucket"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.starts_with("error: listing sos://bucket: "), "{err}");
    assert!(err.to_lowercase().contains("connection refused"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert!(!err.contains("X-Amz-Signature"), "{err}");
}

#[test]
fn missing_credentials_fail_and_bad_targets_are_usage_errors() {
    let o = sosctl()
        .env("SOSCTL_ENDPOINT", "http://127.0.0.1:9")
        .args(["list"])
        .output()
        .unwrap();
    // Missing credentials are a set-up problem (usage, exit 2), decided in cli::settings.
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("no credentials found"), "{}", stderr(&o));

    let o = sosctl()
        .env("SOSCTL_ACCESS_KEY", "k")
        .env("SOSCTL_SECRET_KEY", "s")
        .args(["show", "http://bucket/key"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unsupported scheme `http://`"), "{}", stderr(&o));

    let o = sosctl()
        .args(["list", "--versions"])
        .env("SOSCTL_ACCESS_KEY", "k")
        .env("SOSCTL_SECRET_KEY", "s")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

per_server!(
    fn listing_buckets_through_an_endpoint_with_a_path_names_the_endpoint_not_a_bucket(s: &Server) {
        let endpoint = format!("{}/{{zone}}", s.endpoint);
        let o = run(s.cmd().env("SOSCTL_ENDPOINT", &endpoint), &["list"]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "[{}] {err}", s.name);
        assert!(err.starts_with("error: listing buckets: "), "[{}] {err}", s.name);
        assert!(!err.contains("bucket \"\""), "[{}] no bucket was named: {err}", s.name);
        if err.contains("NoSuchBucket") {
            assert!(
                err.contains("hint: the server took a path in the endpoint URL"),
                "{err}"
            );
        }
    }
);

per_server!(
    fn dot_segments_in_a_key_never_address_another_bucket_or_object(s: &Server) {
        let b = s.bucket("dots");
        let victim = s.bucket("victim");
        s.create_bucket(&b);
        s.create_bucket(&victim);
        s.put(&victim, "keep", b"k");
        s.put(&b, "k", b"k");

        // A URL resolves `..`: `b/../victim` was `DELETE /victim` (the bucket) before.
        let err = fails(s, &["delete", "-f", &sos(&b, &format!("../{victim}"))], 2);
        assert!(err.contains("has a `..` path segment"), "[{}] {err}", s.name);
        let err = fails(s, &["show", &sos(&b, "x/./k")], 2);
        assert!(err.contains("has a `.` path segment"), "[{}] {err}", s.name);
        let err = fails(s, &["presign", &sos(&b, &format!("../{victim}/keep"))], 2);
        assert!(err.contains("path segment"), "[{}] {err}", s.name);
        let err = fails(s, &["rb", "-f", "sos://.."], 2);
        assert!(err.contains("invalid bucket name `..`"), "[{}] {err}", s.name);

        // A key made from a prefix and a file name is checked where the request is built: uploading
        // `NEW` under `b/../` was `PUT /NEW`, which created the bucket NEW.
        let made = s.bucket("made");
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(&made);
        std::fs::write(&file, b"").unwrap();
        let err = fails(s, &["upload", file.to_str().unwrap(), &format!("sos://{b}/../")], 1);
        assert!(
            err.contains(&format!("`/{b}/../{made}` has a `.` or `..` path segment")),
            "[{}] {err}",
            s.name
        );
        let err = fails(s, &["list", &format!("sos://{made}/")], 1);
        assert!(err.contains("does not exist"), "[{}] {err}", s.name);

        ok(s, &["show", &format!("sos://{victim}")]);
        ok(s, &["show", &sos(&victim, "keep")]);
        ok(s, &["show", &sos(&b, "k")]);
    }
);
