//! What exo users and scripts expect of the storage commands (issue 14): exo's list filters, exo's JSON keys,
//! the `b` alias, exo's environment variables — against every server.

use super::{fails, json, ok, sos};
use crate::support::{Server, per_server};

/// The names of a JSON listing, in order.
fn names(listing: &str) -> Vec<String> {
    json(listing)
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_string())
        .collect()
}

/// The version numbers of a JSON listing, in order.
fn numbers(listing: &str) -> Vec<u64> {
    json(listing)
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["version_number"].as_u64().unwrap())
        .collect()
}

per_server!(
    fn list_filters_versions_as_exo_does(s: &Server) {
        let b = s.new_bucket("exov");
        ok(s, &["b", "versioning", "enable", &format!("sos://{b}")]);
        let _v1 = s.put(&b, "doc.txt", b"one").expect("version id");
        let v2 = s.put(&b, "doc.txt", b"two").expect("version id");
        let _v3 = s.put(&b, "doc.txt", b"three").expect("version id");
        let url = format!("sos://{b}/");

        // --only-versions implies --versions; numbers and ids mix.
        let out = ok(s, &["list", "-O", "json", "--only-versions", "v1,v3", &url]);
        assert_eq!(numbers(&out), [3, 1], "[{}] newest first: {out}", s.name);
        let out = ok(s, &["list", "-O", "json", "--only-versions", &v2, &url]);
        assert_eq!(numbers(&out), [2], "{out}");
        let out = ok(
            s,
            &["list", "-O", "json", "--exclude-versions", &format!("v1,{v2}"), &url],
        );
        assert_eq!(numbers(&out), [3], "{out}");
        // The table of a picked version ends with its vN, as exo's lines do.
        let out = ok(s, &["list", "--only-versions", "v2", &url]);
        assert!(out.trim_end().ends_with(&format!("doc.txt  {v2}          v2")), "{out}");

        let err = fails(
            s,
            &["list", "--only-versions", "v1", "--exclude-versions", "v2", &url],
            2,
        );
        assert!(
            err.contains("--exclude-versions") || err.contains("--only-versions"),
            "{err}"
        );
        let err = fails(s, &["list", "--stream", "--only-versions", "v1", &url], 2);
        assert!(err.contains("--stream"), "{err}");
    }
);

per_server!(
    fn list_filters_on_last_modification_as_exo_does(s: &Server) {
        let b = s.new_bucket("exot");
        s.put(&b, "a.txt", b"a");
        s.put(&b, "dir/b.txt", b"b");
        let url = format!("sos://{b}/");
        let all = names(&ok(s, &["list", "-O", "json", &url]));
        assert_eq!(all, ["a.txt", "dir/"]);

        // Durations before now (exo's Go syntax), or RFC 3339 times; directories are not filtered.
        assert_eq!(names(&ok(s, &["list", "-O", "json", "--newer-than", "1h", &url])), all);
        assert_eq!(
            names(&ok(s, &["list", "-O", "json", "--older-than", "1h30m", &url])),
            ["dir/"]
        );
        assert_eq!(
            names(&ok(
                s,
                &["list", "-O", "json", "-r", "--older-than", "2099-01-01T00:00:00Z", &url]
            )),
            ["a.txt", "dir/b.txt"]
        );
        // exo's -timestamp flags are aliases.
        assert_eq!(
            names(&ok(
                s,
                &[
                    "list",
                    "-O",
                    "json",
                    "-r",
                    "--newer-than-timestamp",
                    "2099-01-01T00:00:00Z",
                    &url
                ]
            )),
            Vec::<String>::new()
        );
        // The -or-equal forms keep an object modified exactly at the bound; the strict ones do not.
        let listing = json(&ok(s, &["list", "-O", "json", &sos(&b, "a.txt")]));
        let at = listing[0]["last_modified_rfc3339"].as_str().unwrap().to_string();
        for (flag, kept) in [
            ("--newer-than-or-equal", true),
            ("--older-than-or-equal", true),
            ("--newer-than", false),
            ("--older-than", false),
        ] {
            let got = names(&ok(s, &["list", "-O", "json", flag, &at, &sos(&b, "a.txt")]));
            assert_eq!(got.len(), usize::from(kept), "[{}] {flag} {at}: {got:?}", s.name);
        }
        let err = fails(s, &["list", "--older-than", "8x", &url], 2);
        assert!(err.contains("`8x`") && err.contains("RFC 3339"), "{err}");
        let err = fails(s, &["list", "--older-than", "1h"], 2);
        assert!(err.contains("give a bucket"), "{err}");
    }
);

/// `bucket versioning suspend` refused because of another configuration says what to remove, not "enable
/// versioning" (the bundled server answers 409 InvalidBucketState as S3 does).
#[test]
fn suspend_refused_by_replication_says_to_delete_the_replication_config() {
    use crate::support::in_process::{self, DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY};
    use crate::support::{sosctl, stderr};
    let h = in_process::spawn();
    let run = |args: &[&str], stdin: &str| {
        let mut c = sosctl();
        c.env("SOSCTL_ENDPOINT", h.endpoint())
            .env("SOSCTL_ACCESS_KEY", DEFAULT_ACCESS_KEY)
            .env("SOSCTL_SECRET_KEY", DEFAULT_SECRET_KEY);
        c.args(args)
            .write_stdin(stdin.to_string())
            .output()
            .expect("sosctl runs")
    };
    for b in ["sos://sus-src", "sos://my-destination"] {
        assert!(run(&["mb", b], "").status.success());
        assert!(run(&["b", "versioning", "enable", b], "").status.success());
    }
    let config = include_str!("../../../examples/leader-follower.json");
    let o = run(&["bucket", "replication", "set", "sos://sus-src", "-"], config);
    assert!(o.status.success(), "{}", stderr(&o));

    let o = run(&["bucket", "versioning", "suspend", "sos://sus-src"], "");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("InvalidBucketState"), "{e}");
    assert!(e.contains("sosctl bucket replication delete sos://sus-src"), "{e}");
    assert!(!e.contains("enable versioning"), "{e}");

    // Versioning JSON carries exo's key beside sosctl's.
    let o = run(&["-O", "json", "bucket", "versioning", "status", "sos://sus-src"], "");
    let j = json(&String::from_utf8_lossy(&o.stdout));
    assert_eq!(j["objectVersioning"], "Enabled");
    assert_eq!(j["versioning"], "Enabled");
}

/// exo's environment variables are read like their SOSCTL_ twins (here EXOSCALE_CONFIG and
/// EXOSCALE_ACCOUNT select the account whose endpoint and keys reach the server).
#[test]
fn exoscale_config_and_account_variables_select_the_account() {
    use crate::support::in_process::{self, DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY};
    use crate::support::{sosctl, stderr, stdout};
    let h = in_process::spawn();
    let c = sosctl();
    let file = c.write_config_at(
        "elsewhere/exo.toml",
        &format!(
            "defaultaccount = \"other\"\n\
             [[accounts]]\nname = \"other\"\nkey = \"nope\"\nsecret = \"nope\"\nsosEndpoint = \"http://127.0.0.1:9\"\n\
             [[accounts]]\nname = \"local\"\nkey = \"{DEFAULT_ACCESS_KEY}\"\nsecret = \"{DEFAULT_SECRET_KEY}\"\n\
             sosEndpoint = \"{}\"\n",
            h.endpoint()
        ),
    );
    let mut c = c;
    c.env("EXOSCALE_CONFIG", &file).env("EXOSCALE_ACCOUNT", "local");
    let o = c.args(["mb", "sos://exo-env"]).output().expect("sosctl runs");
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
}

per_server!(
    fn metadata_and_headers_add_and_delete_keep_everything_else(s: &Server) {
        let b = s.new_bucket("exom");
        s.put_with(
            &b,
            "k.csv",
            b"a,b\n",
            Some("text/csv"),
            &[("x-amz-meta-owner", "alice")],
        );
        let show = |k: &str| json(&ok(s, &["show", "-O", "json", &sos(&b, k)]));

        // One object: the result is shown, as exo does.
        let j = json(&ok(
            s,
            &[
                "-O",
                "json",
                "metadata",
                "add",
                &sos(&b, "k.csv"),
                "color=blue",
                "Team=ops",
            ],
        ));
        assert_eq!(j["metadata"]["owner"], "alice", "[{}] kept: {j}", s.name);
        assert_eq!(j["metadata"]["color"], "blue");
        assert_eq!(j["metadata"]["team"], "ops", "keys are stored lower-cased: {j}");
        assert_eq!(j["headers"]["Content-Type"], "text/csv", "kept: {j}");
        ok(s, &["metadata", "delete", &sos(&b, "k.csv"), "owner"]);
        let j = show("k.csv");
        assert!(
            j["metadata"].get("owner").is_none() && j["metadata"]["color"] == "blue",
            "{j}"
        );

        ok(
            s,
            &[
                "headers",
                "add",
                &sos(&b, "k.csv"),
                "--cache-control",
                "no-store",
                "--content-language",
                "fr",
            ],
        );
        let j = show("k.csv");
        assert_eq!(j["headers"]["Cache-Control"], "no-store", "[{}] {j}", s.name);
        assert_eq!(j["headers"]["Content-Language"], "fr");
        assert_eq!(j["headers"]["Content-Type"], "text/csv");
        assert_eq!(j["metadata"]["color"], "blue", "metadata kept by a header change: {j}");
        ok(s, &["headers", "delete", &sos(&b, "k.csv"), "--cache-control"]);
        let j = show("k.csv");
        assert!(j["headers"].get("Cache-Control").is_none(), "{j}");
        assert_eq!(j["headers"]["Content-Language"], "fr");
        assert_eq!(j["size"], 4, "the body is the same");
        let body = s.run(async {
            let c = s.client();
            c.get_object(&b, "k.csv", &Default::default())
                .await
                .unwrap()
                .bytes()
                .await
                .unwrap()
        });
        assert_eq!(&body[..], b"a,b\n");

        // A prefix: its direct children, or everything under it with -r.
        for k in ["d/a", "d/b", "d/sub/c"] {
            s.put(&b, k, b"x");
        }
        ok(s, &["metadata", "add", &sos(&b, "d/"), "batch=1"]);
        assert_eq!(show("d/a")["metadata"]["batch"], "1");
        assert_eq!(show("d/b")["metadata"]["batch"], "1");
        assert!(show("d/sub/c")["metadata"].get("batch").is_none());
        let j = json(&ok(
            s,
            &["-O", "json", "metadata", "add", "-r", &sos(&b, "d/"), "batch=2"],
        ));
        assert_eq!(j["updated"], 3, "{j}");
        assert_eq!(show("d/sub/c")["metadata"]["batch"], "2");

        let err = fails(s, &["metadata", "add", &sos(&b, "k.csv"), "novalue"], 2);
        assert!(err.contains("`novalue` is not KEY=VALUE"), "{err}");
        let err = fails(s, &["metadata", "add", &sos(&b, "k.csv"), "a b=c"], 2);
        assert!(err.contains("`a b`"), "{err}");
        let err = fails(s, &["headers", "add", &sos(&b, "k.csv")], 2);
        assert!(err.contains("no header given"), "{err}");
        let err = fails(
            s,
            &["headers", "add", &format!("sos://{b}"), "--content-type", "x/y"],
            2,
        );
        assert!(err.contains("is a bucket"), "{err}");
        let err = fails(s, &["metadata", "add", &sos(&b, "missing"), "a=b"], 1);
        assert!(err.contains("does not exist"), "{err}");
    }
);

/// A metadata change on a replicated bucket is a new version, which replicates (how exo users re-trigger
/// the replication of an object).
#[test]
fn a_metadata_change_replicates() {
    use crate::support::in_process::{self, DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY};
    use crate::support::wait_until;
    use crate::support::{sosctl, stderr, stdout};
    use std::time::Duration;
    let h = in_process::spawn();
    let run = |args: &[&str], stdin: &str| {
        let mut c = sosctl();
        c.env("SOSCTL_ENDPOINT", h.endpoint())
            .env("SOSCTL_ACCESS_KEY", DEFAULT_ACCESS_KEY)
            .env("SOSCTL_SECRET_KEY", DEFAULT_SECRET_KEY);
        let o = c
            .args(args)
            .write_stdin(stdin.to_string())
            .output()
            .expect("sosctl runs");
        assert!(o.status.success(), "{args:?}: {}{}", stdout(&o), stderr(&o));
        stdout(&o)
    };
    for b in ["sos://meta-src", "sos://my-destination"] {
        run(&["mb", b], "");
        run(&["b", "versioning", "enable", b], "");
    }
    run(
        &["bucket", "replication", "set", "sos://meta-src", "-"],
        include_str!("../../../examples/leader-follower.json"),
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("doc.txt");
    std::fs::write(&file, "hello").unwrap();
    run(&["upload", &file.to_string_lossy(), "sos://meta-src/"], "");
    let replica_meta = || {
        let o = sosctl()
            .env("SOSCTL_ENDPOINT", h.endpoint())
            .env("SOSCTL_ACCESS_KEY", DEFAULT_ACCESS_KEY)
            .env("SOSCTL_SECRET_KEY", DEFAULT_SECRET_KEY)
            .args(["-O", "json", "show", "sos://my-destination/doc.txt"])
            .output()
            .unwrap();
        serde_json::from_slice::<serde_json::Value>(&o.stdout).ok()
    };
    assert!(
        wait_until(Duration::from_secs(20), || replica_meta().is_some()),
        "the first version replicates"
    );
    run(&["metadata", "add", "sos://meta-src/doc.txt", "retrigger=yes"], "");
    assert!(
        wait_until(Duration::from_secs(20), || replica_meta().is_some_and(
            |j| j["metadata"]["retrigger"] == "yes" && j["replication_status"] == "REPLICA"
        )),
        "the new version replicates: {:?}",
        replica_meta()
    );
    let versions = run(&["list", "--versions", "sos://my-destination/"], "");
    assert_eq!(versions.lines().count(), 2, "{versions}");
}

per_server!(
    fn move_objects_and_prefixes_as_exo_does(s: &Server) {
        let b = s.new_bucket("exomv");
        let other = s.new_bucket("exomv2");
        s.put_with(&b, "a.txt", b"A", Some("text/plain"), &[("x-amz-meta-k", "v")]);
        for k in ["p/1", "p/2", "p/sub/3"] {
            s.put(&b, k, k.as_bytes());
        }
        let keys = |bucket: &str| -> Vec<String> {
            ok(s, &["ls", "-r", "-O", "text", &format!("sos://{bucket}")])
                .lines()
                .map(|l| l.split('\t').next().unwrap().to_string())
                .collect()
        };
        // One object, into a directory of another bucket: metadata and headers travel with it.
        let out = ok(s, &["move", "-v", &sos(&b, "a.txt"), &sos(&other, "in/")]);
        assert!(
            out.contains(&format!("moved sos://{b}/a.txt → sos://{other}/in/a.txt")),
            "{out}"
        );
        let j = json(&ok(s, &["show", "-O", "json", &sos(&other, "in/a.txt")]));
        assert_eq!(j["metadata"]["k"], "v", "[{}] {j}", s.name);
        assert_eq!(j["headers"]["Content-Type"], "text/plain", "{j}");
        assert!(!keys(&b).contains(&"a.txt".to_string()));

        // A prefix: declined without an answer; -n moves nothing; then its direct children, then -r.
        let o = s.cmd().args(["move", &sos(&b, "p/"), &sos(&b, "q/")]).output().unwrap();
        assert!(o.status.success() && String::from_utf8_lossy(&o.stderr).contains("aborted"));
        let out = ok(s, &["move", "-n", &sos(&b, "p/"), &sos(&b, "q/")]);
        assert_eq!(out.lines().count(), 2, "{out}");
        assert_eq!(keys(&b), ["p/1", "p/2", "p/sub/3"]);
        ok(s, &["move", "-f", &sos(&b, "p/"), &sos(&b, "q/")]);
        assert_eq!(keys(&b), ["p/sub/3", "q/1", "q/2"]);
        ok(s, &["mv", "-f", "-r", &sos(&b, "p/"), &sos(&other, "moved/")]);
        assert_eq!(keys(&other), ["in/a.txt", "moved/sub/3"]);

        let err = fails(s, &["move", "-r", &sos(&b, "q/"), &sos(&other, "file")], 2);
        assert!(err.contains("end `"), "{err}");
        let err = fails(s, &["move", &format!("sos://{b}"), &sos(&other, "x/")], 2);
        assert!(err.contains("is a bucket"), "{err}");
        let err = fails(s, &["move", &sos(&b, "nope"), &sos(&other, "x/")], 1);
        assert!(err.contains("does not exist"), "{err}");
    }
);

/// `setacl`, ACLs in `show`, and `bucket object-ownership`, against the bundled server, which answers them as
/// S3 does for its one owner (canned ACLs, grants, BucketOwnerEnforced refusals).
#[test]
fn setacl_show_and_object_ownership_as_s3_answers_them() {
    use crate::support::in_process::{self, DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY};
    use crate::support::{sosctl, stderr, stdout};
    let h = in_process::spawn();
    let run = |args: &[&str]| {
        let mut c = sosctl();
        c.env("SOSCTL_ENDPOINT", h.endpoint())
            .env("SOSCTL_ACCESS_KEY", DEFAULT_ACCESS_KEY)
            .env("SOSCTL_SECRET_KEY", DEFAULT_SECRET_KEY);
        c.args(args).output().expect("sosctl runs")
    };
    let ok = |args: &[&str]| {
        let o = run(args);
        assert!(o.status.success(), "{args:?}: {}{}", stdout(&o), stderr(&o));
        stdout(&o)
    };
    let fails = |args: &[&str], code: i32| {
        let o = run(args);
        assert_eq!(o.status.code(), Some(code), "{args:?}: {}{}", stdout(&o), stderr(&o));
        stderr(&o)
    };
    let acl_of = |target: &str| json(&ok(&["-O", "json", "show", target]))["acl"].clone();

    ok(&["mb", "sos://acl-b"]);
    let a = acl_of("sos://acl-b");
    assert_eq!(a["full_control"], "sosctl", "a new bucket is private: {a}");
    assert_eq!(a["read"], "");
    let out = ok(&["setacl", "sos://acl-b", "public-read"]);
    assert!(
        out.contains("READ: ALL_USERS") && out.contains("FULL_CONTROL: sosctl"),
        "{out}"
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("k.txt");
    std::fs::write(&file, "x").unwrap();
    ok(&["upload", &file.to_string_lossy(), "sos://acl-b/"]);
    assert_eq!(
        acl_of("sos://acl-b/k.txt")["read"],
        "",
        "an object is private unless its write said otherwise"
    );
    // Grantee flags, as exo's: the owner's full control is kept.
    ok(&[
        "setacl",
        "sos://acl-b/k.txt",
        "--read",
        "ALL_USERS",
        "--read-acp",
        "AUTHENTICATED_USERS",
    ]);
    let a = acl_of("sos://acl-b/k.txt");
    assert_eq!(a["read"], "ALL_USERS", "{a}");
    assert_eq!(a["read_acp"], "AUTHENTICATED_USERS", "{a}");
    assert_eq!(a["full_control"], "sosctl", "kept: {a}");

    let e = fails(&["setacl", "sos://acl-b", "public-read", "--read", "ALL_USERS"], 2);
    assert!(e.contains("either a canned ACL or grantee options"), "{e}");
    let e = fails(&["setacl", "sos://acl-b", "bucket-owner-full-control"], 2);
    assert!(e.contains("not a canned ACL for a bucket"), "{e}");
    let e = fails(&["setacl", "sos://acl-b/k.txt", "--read", "alice@example.net"], 1);
    assert!(e.contains("UnresolvableGrantByEmailAddress"), "{e}");

    // Object Ownership: none stored; BucketOwnerEnforced refused while the bucket grants others, then ACLs
    // other than the owner's are refused.
    assert!(ok(&["bucket", "object-ownership", "status", "sos://acl-b"]).contains("| Object Ownership | -"));
    let e = fails(
        &[
            "bucket",
            "object-ownership",
            "set",
            "sos://acl-b",
            "BucketOwnerEnforced",
        ],
        1,
    );
    assert!(e.contains("InvalidBucketAclWithObjectOwnership"), "{e}");
    ok(&["setacl", "sos://acl-b", "private"]);
    let j = json(&ok(&[
        "-O",
        "json",
        "bucket",
        "object-ownership",
        "set",
        "sos://acl-b",
        "BucketOwnerEnforced",
    ]));
    assert_eq!(j["objectOwnership"], "BucketOwnerEnforced");
    let e = fails(&["setacl", "sos://acl-b/k.txt", "public-read"], 1);
    assert!(e.contains("AccessControlListNotSupported"), "{e}");
    let e = fails(
        &[
            "upload",
            "--acl",
            "public-read",
            &file.to_string_lossy(),
            "sos://acl-b/again.txt",
        ],
        1,
    );
    assert!(e.contains("AccessControlListNotSupported"), "{e}");
    ok(&[
        "upload",
        "--acl",
        "bucket-owner-full-control",
        &file.to_string_lossy(),
        "sos://acl-b/again.txt",
    ]);
    // Reads still answer, with the owner's full control (ACLs are disabled, not gone).
    assert_eq!(
        acl_of("sos://acl-b/k.txt")["read"],
        "",
        "BucketOwnerEnforced: the owner's ACL is answered"
    );
    assert_eq!(
        json(&ok(&["-O", "json", "show", "sos://acl-b"]))["objectOwnership"],
        "BucketOwnerEnforced"
    );
    let e = fails(&["bucket", "object-ownership", "set", "sos://acl-b", "Mine"], 2);
    assert!(e.contains("Mine"), "{e}");
}
