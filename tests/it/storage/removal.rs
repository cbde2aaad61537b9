//! The storage commands that remove things — delete, purge, rb — against every server: refusals without
//! `-f`, versions and delete markers, Object Lock in the way.

use super::{fails, json, ok, run, sos};
use crate::support::{Server, per_server, stderr, stdout};
use std::process::Output;

/// Runs with `input` on standard input (not a terminal), expecting exit 0; returns the output.
fn answered(s: &Server, args: &[&str], input: &str) -> Output {
    let o = s
        .cmd()
        .args(args)
        .write_stdin(input.to_string())
        .output()
        .expect("sosctl runs");
    assert!(
        o.status.success(),
        "[{}] sosctl {args:?} <<< {input:?}: exit {:?}\nstdout: {}\nstderr: {}",
        s.name,
        o.status.code(),
        stdout(&o),
        stderr(&o)
    );
    o
}

per_server!(
    fn delete_keys_prefixes_versions_and_refusals(s: &Server) {
        let b = s.new_bucket("del");
        for k in ["a.txt", "p/1", "p/2", "p/q/3", "pz"] {
            s.put(&b, k, b"x");
        }
        // No -f: the answer is read from stdin as exo does, terminal or not; anything but y declines.
        for no in ["", "n\n", "yes please\n"] {
            let o = answered(s, &["delete", &sos(&b, "a.txt")], no);
            assert!(
                stderr(&o).contains("aborted, nothing deleted"),
                "{no:?}: {}",
                stderr(&o)
            );
            ok(s, &["show", &sos(&b, "a.txt")]);
        }
        let o = answered(s, &["delete", "-v", &sos(&b, "a.txt")], "y\n");
        assert!(
            stderr(&o).contains("Delete sos://"),
            "the question is asked: {}",
            stderr(&o)
        );
        assert!(
            stdout(&o).contains(&format!("deleted sos://{b}/a.txt")),
            "{}",
            stdout(&o)
        );
        fails(s, &["show", &sos(&b, "a.txt")], 1);
        s.put(&b, "a.txt", b"x");

        let out = ok(s, &["rm", "-f", "-v", &sos(&b, "a.txt")]);
        assert!(out.contains(&format!("deleted sos://{b}/a.txt")), "{out}");
        fails(s, &["show", &sos(&b, "a.txt")], 1);
        // A missing key is not an error, as in exo; it is said.
        let o = answered(s, &["del", "-f", &sos(&b, "a.txt")], "");
        assert!(stderr(&o).contains("does not exist: nothing deleted"), "{}", stderr(&o));

        // A prefix without -r: its direct children, as exo does (p/q/3 and pz stay).
        let out = ok(s, &["delete", "-f", "-v", &sos(&b, "p/")]);
        let mut deleted: Vec<&str> = out.lines().collect();
        deleted.sort();
        assert_eq!(
            deleted,
            [format!("deleted sos://{b}/p/1"), format!("deleted sos://{b}/p/2")],
            "[{}]",
            s.name
        );
        // The bucket itself is its root's direct children, as in exo (declined here).
        let o = answered(s, &["delete", &format!("sos://{b}")], "n\n");
        assert!(
            stderr(&o).contains(&format!("directly under sos://{b}/")),
            "{}",
            stderr(&o)
        );
        for k in ["p/1", "p/2"] {
            s.put(&b, k, b"x");
        }
        let err = fails(s, &["delete", "-f", "-r", "--version-id", "x", &sos(&b, "p/")], 2);
        assert!(err.contains("--version-id"), "{err}");

        // -r on `p` means the directory p/, not the key pz.
        let out = ok(s, &["delete", "-r", "-f", "-v", &sos(&b, "p")]);
        let mut deleted: Vec<&str> = out.lines().collect();
        deleted.sort();
        assert_eq!(
            deleted,
            [
                format!("deleted sos://{b}/p/1"),
                format!("deleted sos://{b}/p/2"),
                format!("deleted sos://{b}/p/q/3")
            ]
        );
        assert_eq!(
            ok(s, &["ls", "-r", "-O", "text", &b])
                .lines()
                .map(|l| l.split('\t').next().unwrap())
                .collect::<Vec<_>>(),
            ["pz"]
        );

        let err = fails(s, &["delete", "-f", "sos://no-such-bucket-sosctl/k"], 1);
        assert!(err.contains("bucket \"no-such-bucket-sosctl\" does not exist"), "{err}");
    }
);

per_server!(
    fn delete_in_a_versioned_bucket_leaves_a_marker_or_removes_a_version(s: &Server) {
        let b = s.new_bucket("delv");
        ok(s, &["bucket", "versioning", "enable", &b]);
        let v1 = s.put(&b, "k", b"1").unwrap();
        let v2 = s.put(&b, "k", b"22").unwrap();

        // A version id: that version is gone for good, the other stays current.
        let j = json(&ok(
            s,
            &["delete", "-f", "-O", "json", "--version-id", &v1, &sos(&b, "k")],
        ));
        assert_eq!(j["deleted"][0]["version_id"], v1.as_str());
        let vs = json(&ok(s, &["ls", "--versions", "--delete-markers", "-O", "json", &b]));
        let ids: Vec<&str> = vs
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["version_id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, [v2.as_str()], "[{}]", s.name);

        // No version id: a delete marker on top, the version kept.
        let j = json(&ok(s, &["delete", "-f", "-O", "json", &sos(&b, "k")]));
        assert_eq!(j["deleted"][0]["delete_marker"], true, "{j}");
        let vs = json(&ok(s, &["ls", "--versions", "--delete-markers", "-O", "json", &b]));
        let arr = vs.as_array().unwrap();
        assert_eq!(arr.len(), 2, "{vs}");
        assert!(
            arr.iter().any(|e| e["delete_marker"] == true && e["is_latest"] == true),
            "{vs}"
        );
        assert!(arr.iter().any(|e| e["version_id"] == v2.as_str()), "{vs}");
    }
);

per_server!(
    fn purge_removes_every_version_and_marker(s: &Server) {
        let b = s.new_bucket("pur");
        ok(s, &["bucket", "versioning", "enable", &b]);
        for k in ["keep/x", "gone/a", "gone/b", "solo"] {
            s.put(&b, k, b"1");
            s.put(&b, k, b"2");
        }
        s.run(s.client().delete_object(&b, "gone/a", None)).unwrap();

        let o = answered(s, &["purge", &sos(&b, "gone/")], "");
        assert!(stderr(&o).contains("aborted, nothing deleted"), "{}", stderr(&o));

        let out = ok(s, &["purge", "-f", "-v", &sos(&b, "gone/")]);
        assert_eq!(out.lines().count(), 5, "[{}] 4 versions and 1 marker:\n{out}", s.name);
        assert!(
            out.lines().all(|l| l.starts_with(&format!("deleted sos://{b}/gone/"))),
            "{out}"
        );

        // Without a trailing slash: that key's versions only.
        s.put(&b, "solo2", b"x");
        ok(s, &["purge", "-f", &sos(&b, "solo")]);

        let left = json(&ok(
            s,
            &["ls", "--versions", "--delete-markers", "-r", "-O", "json", &b],
        ));
        let mut keys: Vec<&str> = left
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["key"].as_str().unwrap())
            .collect();
        keys.sort();
        assert_eq!(keys, ["keep/x", "keep/x", "solo2"], "{left}");

        let j = json(&ok(s, &["purge", "-f", "-O", "json", &format!("sos://{b}")]));
        assert_eq!(j["deleted"], 3);
        assert_eq!(ok(s, &["ls", "--versions", "--delete-markers", "-r", &b]), "");
    }
);

per_server!(
    fn purge_stops_on_an_object_locked_version(s: &Server) {
        let b = s.bucket("purl");
        ok(s, &["mb", "--object-lock", &b]);
        let until = (time::OffsetDateTime::now_utc() + time::Duration::days(1))
            .replace_nanosecond(0)
            .unwrap()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap();
        let locked = s
            .put_with(
                &b,
                "locked.txt",
                b"keep me",
                None,
                &[
                    ("x-amz-object-lock-mode", "COMPLIANCE"),
                    ("x-amz-object-lock-retain-until-date", &until),
                ],
            )
            .unwrap();
        if s.features.enforces_retention {
            // Deleting that one version is refused, and the error says why and what would allow it.
            let err = fails(s, &["delete", "-f", "--version-id", &locked, &sos(&b, "locked.txt")], 1);
            assert!(
                err.starts_with(&format!("error: deleting sos://{b}/locked.txt: ")),
                "[{}] {err}",
                s.name
            );
            let lower = err.to_ascii_lowercase();
            if s.name == "sosctl-serve" || lower.contains("object lock") || lower.contains("retention") {
                assert!(
                    err.contains("hint: a version under retention can only be deleted once it expires"),
                    "[{}] {err}",
                    s.name
                );
            }
            ok(s, &["show", "--version-id", &locked, &sos(&b, "locked.txt")]);
        }
        let o = run(&mut s.cmd(), &["purge", "-f", &format!("sos://{b}")]);
        if s.features.enforces_retention {
            assert_eq!(o.status.code(), Some(1), "[{}] {}", s.name, stderr(&o));
            let err = stderr(&o);
            assert!(
                err.contains("locked.txt") && err.contains(&locked),
                "names key and version: {err}"
            );
            assert!(err.contains("protected"), "{err}");
        } else {
            // Documented limitation: this server stores the retention but does not enforce it on delete.
            eprintln!(
                "[{}] documented limitation: Object Lock retention is not enforced on DeleteObjects; purge exit {:?}",
                s.name,
                o.status.code()
            );
            assert!(o.status.success(), "{}", stderr(&o));
            assert_eq!(ok(s, &["ls", "--versions", "--delete-markers", "-r", &b]), "");
        }
    }
);

per_server!(
    fn rb_empty_recursive_and_refusals(s: &Server) {
        let b = s.new_bucket("rbk");
        ok(s, &["bucket", "versioning", "enable", &b]);
        s.put(&b, "a", b"1");
        s.put(&b, "a", b"2");
        s.put(&b, "d/b", b"3");

        let o = answered(s, &["rb", &format!("sos://{b}")], "no\n");
        assert!(stderr(&o).contains("aborted"), "{}", stderr(&o));
        ok(s, &["show", &format!("sos://{b}/a")]);
        if s.features.refuses_non_empty_delete {
            let err = fails(s, &["rb", "-f", &format!("sos://{b}")], 1);
            assert!(err.contains("BucketNotEmpty"), "[{}] {err}", s.name);
            assert!(err.contains(&format!("sosctl rb -r sos://{b}")), "hint: {err}");
        } else {
            eprintln!(
                "[{}] documented limitation: deletes a bucket that still holds objects",
                s.name
            );
        }

        ok(s, &["rb", "-r", "-f", &format!("sos://{b}")]);
        let err = fails(s, &["show", &format!("sos://{b}")], 1);
        assert!(err.contains("does not exist (NoSuchBucket)"), "{err}");

        let e = s.bucket("rbe");
        s.create_bucket(&e);
        let j = json(&ok(s, &["rb", "-f", "-O", "json", &e]));
        assert_eq!(j["deleted"], true);
        let err = fails(s, &["rb", "-f", &e], 1);
        assert!(
            err.contains(&format!("bucket \"{e}\" does not exist (NoSuchBucket)")),
            "{err}"
        );
    }
);

per_server!(
    fn json_of_removals_lists_what_exos_verbose_prints(s: &Server) {
        // exo prints no JSON document for delete, purge or rb; its -v prints each deleted key, so with -v
        // the JSON has them (`keys`), and without it only the counts.
        let b = s.new_bucket("rmjs");
        ok(s, &["bucket", "versioning", "enable", &b]);
        for k in ["d/a", "d/b", "d/sub/c"] {
            s.put(&b, k, b"1");
        }
        let sorted = |v: &serde_json::Value| {
            let mut k: Vec<String> = v
                .as_array()
                .unwrap()
                .iter()
                .map(|k| k.as_str().unwrap().to_string())
                .collect();
            k.sort();
            k
        };
        let j = json(&ok(s, &["delete", "-f", "-v", "-O", "json", &sos(&b, "d/")]));
        assert_eq!(j["prefix"], format!("sos://{b}/d/"), "{j}");
        assert_eq!(j["deleted"], 2, "[{}] {j}", s.name);
        assert_eq!(
            sorted(&j["keys"]),
            ["d/a", "d/b"],
            "[{}] direct children only: {j}",
            s.name
        );
        let j = json(&ok(s, &["delete", "-f", "-O", "json", "-r", &sos(&b, "d/")]));
        assert_eq!(j["deleted"], 1, "[{}] {j}", s.name);
        assert!(j.get("keys").is_none(), "no key list without -v: {j}");
        // Three versions and three delete markers.
        let j = json(&ok(s, &["purge", "-f", "-v", "-O", "json", &sos(&b, "d/")]));
        assert_eq!(j["target"], format!("sos://{b}/d/"), "{j}");
        assert_eq!(j["deleted"], 6, "[{}] {j}", s.name);
        let keys = sorted(&j["keys"]);
        assert_eq!(
            keys,
            ["d/a", "d/a", "d/b", "d/b", "d/sub/c", "d/sub/c"],
            "[{}] {j}",
            s.name
        );
        let versions = j["versions"].as_array().unwrap();
        assert_eq!(versions.len(), 6, "{j}");
        assert!(versions.iter().all(|v| v["key"].is_string()), "{j}");
        // The version ids as the server's DeleteObjects answer gives them (SeaweedFS leaves out those of
        // delete markers: null); the bundled server gives each one.
        assert!(
            versions
                .iter()
                .all(|v| v["version_id"].is_null() || v["version_id"].as_str().is_some_and(|id| !id.is_empty())),
            "[{}] {j}",
            s.name
        );
        if s.name == "bundled" {
            assert!(versions.iter().all(|v| v["version_id"].is_string()), "{j}");
        }
        s.put(&b, "x", b"1");
        s.put(&b, "x", b"2");
        let j = json(&ok(s, &["rb", "-r", "-f", "-O", "json", &b]));
        assert_eq!(j["bucket"], b.as_str(), "{j}");
        assert_eq!(j["deleted"], true, "{j}");
        assert_eq!(j["versions_deleted"], 2, "[{}] {j}", s.name);
    }
);
