//! `bucket replication set|show|delete|check` against moto, a third-party S3 implementation (it stores
//! replication configs but does not replicate): the commands must work on any S3 endpoint, not only ours.
//! Runs on the moto shared by the test binary; skipped with a reason when moto is missing (a failure under
//! CI=true).

use crate::support::{Server, shared_moto};
use std::process::Output;

const LEADER_FOLLOWER: &str = include_str!("../../examples/leader-follower.json");

fn run(m: &Server, args: &[&str], stdin: Option<&str>) -> Output {
    let mut c = m.cmd();
    c.args(args);
    if let Some(s) = stdin {
        c.write_stdin(s.to_string());
    }
    c.output().expect("sosctl runs")
}

fn expect(m: &Server, args: &[&str], code: i32) -> Output {
    let o = run(m, args, None);
    assert_eq!(
        o.status.code(),
        Some(code),
        "sosctl {args:?} against moto: expected exit {code}\nstdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn set_show_delete_round_trip_and_refusal_on_moto() {
    let Some(m) = shared_moto() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.json");
    std::fs::write(&file, LEADER_FOLLOWER).unwrap();
    let file = file.display().to_string();
    for b in ["my-source", "my-destination"] {
        expect(m, &["mb", &format!("sos://{b}")], 0);
    }

    // Unversioned source: refused by the prerequisite checks, nothing sent.
    let o = expect(m, &["bucket", "replication", "set", "sos://my-source", &file], 2);
    let e = text(&o.stderr);
    assert!(
        e.lines()
            .any(|l| l.contains("source versioning Enabled") && l.contains("FAIL")),
        "{e}"
    );
    assert!(e.contains("`sosctl bucket versioning enable sos://my-source`"), "{e}");
    expect(m, &["bucket", "replication", "show", "sos://my-source"], 1);
    // moto refuses it as well when the checks are skipped: its S3 code is shown, exit 1.
    let o = expect(
        m,
        &["bucket", "replication", "set", "--no-check", "sos://my-source", &file],
        1,
    );
    assert!(text(&o.stderr).contains("InvalidRequest"), "{}", text(&o.stderr));

    for b in ["my-source", "my-destination"] {
        expect(m, &["bucket", "versioning", "enable", &format!("sos://{b}")], 0);
    }
    let o = expect(m, &["bucket", "replication", "check", "sos://my-source", &file], 0);
    assert!(!text(&o.stdout).contains("FAIL"), "{}", text(&o.stdout));
    expect(m, &["bucket", "replication", "set", "sos://my-source", &file], 0);

    let table = text(&expect(m, &["bucket", "replication", "show", "sos://my-source"], 0).stdout);
    for want in [
        "vie1-follower",
        "my-destination",
        "6f00a21e-a535-4286-86c5-e81eeab3b4ff",
    ] {
        assert!(table.contains(want), "{want} missing:\n{table}");
    }
    // show -O json → set - → the same config again (moto rewrites DeleteMarkerReplication to Disabled on
    // its own, so the comparison is between two reads of moto's document, not with the file).
    let j1 = text(
        &expect(
            m,
            &["bucket", "replication", "show", "-O", "json", "sos://my-source"],
            0,
        )
        .stdout,
    );
    let v: serde_json::Value = serde_json::from_str(&j1).unwrap();
    assert_eq!(v["Rules"][0]["ID"], "vie1-follower");
    assert_eq!(v["Rules"][0]["Destination"]["Bucket"], "my-destination");
    let o = run(m, &["bucket", "replication", "set", "sos://my-source", "-"], Some(&j1));
    assert!(o.status.success(), "{}", text(&o.stderr));
    let j2 = text(
        &expect(
            m,
            &["bucket", "replication", "show", "-O", "json", "sos://my-source"],
            0,
        )
        .stdout,
    );
    assert_eq!(j1, j2);

    // moto does not replicate: the object has no status, and moto has no operator figures to show.
    let o = run(m, &["upload", &file, "sos://my-source/"], None);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let table = text(&expect(m, &["bucket", "replication", "status", "sos://my-source"], 0).stdout);
    assert!(
        table
            .lines()
            .any(|l| l.contains("| config.json ") && l.trim_end().ends_with("| -      |")),
        "{table}"
    );
    assert!(!table.contains("server:"), "{table}");

    expect(m, &["bucket", "replication", "delete", "-f", "sos://my-source"], 0);
    let o = expect(m, &["bucket", "replication", "show", "sos://my-source"], 1);
    assert!(
        text(&o.stderr).contains("has no replication configuration"),
        "{}",
        text(&o.stderr)
    );
}
