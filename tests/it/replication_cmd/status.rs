//! `sosctl bucket replication status`: one row per object with its replication state, `--wait` until
//! nothing is PENDING (exit 3 on timeout, 4 with a FAILED object), `--failed`, and the checks of its
//! arguments; replication paused or failing through the in-process server's hooks.

use super::{CmdSrv, Srv, err, json, out, row};
use crate::support::in_process::Fault;
use crate::support::wait_until;
use serde_json::Value;
use std::time::Duration;

/// Polls `status -O json` until `cond` holds on it.
fn status_until(s: &Srv, target: &str, what: &str, cond: impl Fn(&Value) -> bool) -> Value {
    let mut last = Value::Null;
    let ok = wait_until(Duration::from_secs(30), || {
        let o = s.run(&["bucket", "replication", "status", "-O", "json", target]);
        last = json(&out(&o));
        cond(&last)
    });
    assert!(ok, "{what} never happened; last status:\n{last:#}");
    last
}

#[test]
fn status_lists_each_object_and_waits_for_completion() {
    let s = Srv::start();
    s.leader_follower();
    s.put("my-source", "a.txt", b"hello");
    s.put("my-source", "dir/b.txt", b"hello world");

    let o = s.status_wait("30s", 0);
    let table = out(&o);
    for k in ["a.txt", "dir/b.txt"] {
        let r = row(&table, k).unwrap_or_else(|| panic!("{k} missing:\n{table}"));
        assert_eq!(r[3], "COMPLETED", "{table}");
        assert_eq!(r[1].len(), 32, "a version id: {r:?}");
    }
    assert_eq!(row(&table, "a.txt").unwrap()[2], "5 B");
    assert_eq!(row(&table, "COMPLETED").unwrap()[1..], ["2", "16 B"]);
    assert!(table.contains("total: 2 objects (16 B)"), "{table}");
    // The bundled server's own figures, detected through its operator endpoint.
    assert!(
        table.contains("server: my-source → my-destination: 0 pending"),
        "{table}"
    );

    // The destination holds replicas; a prefix narrows the listing.
    let j = json(&s.ok(&[
        "bucket",
        "replication",
        "status",
        "-O",
        "json",
        "sos://my-destination/dir/",
    ]));
    assert_eq!(j["prefix"], "dir/");
    assert_eq!(j["objects"].as_array().unwrap().len(), 1);
    assert_eq!(j["objects"][0]["key"], "dir/b.txt");
    assert_eq!(j["objects"][0]["status"], "REPLICA");
    assert_eq!(j["objects"][0]["size"], 11);
    assert_eq!(j["summary"]["replica"], serde_json::json!({"objects": 1, "bytes": 11}));
    assert_eq!(j["total"], serde_json::json!({"objects": 1, "bytes": 11}));
    assert_eq!(j["waited"], false);
    assert_eq!(j["timed_out"], false);

    // An object that matches no rule has no status: `-` and the `none` count.
    s.bucket("lonely", "ch-dk-2", true);
    s.put("lonely", "x", b"abc");
    let table = s.ok(&["bucket", "replication", "status", "sos://lonely"]);
    assert_eq!(row(&table, "x").unwrap()[3], "-", "{table}");
    assert_eq!(row(&table, "none").unwrap()[1..], ["1", "3 B"], "{table}");
    assert!(
        !table.contains("server:"),
        "no figures for a bucket that replicates nothing:\n{table}"
    );
    let text = s.ok(&["bucket", "replication", "status", "-O", "text", "sos://lonely"]);
    let cells: Vec<&str> = text.trim_end().split('\t').collect();
    assert_eq!(cells[0], "x");
    assert_eq!(cells[2], "3");
    assert_eq!(cells[3], "-");

    // An empty bucket: a summary, exit 0.
    s.bucket("empty", "ch-dk-2", true);
    assert!(
        s.ok(&["bucket", "replication", "status", "sos://empty"])
            .contains("total: 0 objects (0 B)")
    );
    // A missing bucket: exit 1.
    let o = s.code(&["bucket", "replication", "status", "sos://nope"], 1);
    assert!(err(&o).contains("does not exist"), "{}", err(&o));
}

#[test]
fn status_wait_times_out_while_replication_is_paused() {
    let s = Srv::start();
    s.leader_follower();
    s.h.hooks().pause_replication();
    s.put("my-source", "held.txt", b"held");
    let o = s.status_wait("1s", 3);
    assert_eq!(row(&out(&o), "held.txt").unwrap()[3], "PENDING", "{}", out(&o));
    assert!(
        err(&o).contains("1 object still PENDING after waiting 1 s"),
        "{}",
        err(&o)
    );
    assert!(out(&o).contains("server: replication is paused"), "{}", out(&o));

    let o = s.code(
        &[
            "bucket",
            "replication",
            "status",
            "-O",
            "json",
            "--wait",
            "--wait-timeout",
            "500ms",
            "sos://my-source",
        ],
        3,
    );
    let j = json(&out(&o));
    assert_eq!(j["timed_out"], true);
    assert_eq!(j["waited"], true);
    assert_eq!(j["summary"]["pending"], serde_json::json!({"objects": 1, "bytes": 4}));
    assert_eq!(j["server"]["paused"], true);
    assert_eq!(j["server"]["replication"][0]["pending"], 1);
    // Without --wait, PENDING is not an error.
    s.code(&["bucket", "replication", "status", "sos://my-source"], 0);

    // Resumed: the same wait now ends with COMPLETED.
    s.h.hooks().resume_replication();
    let o = s.status_wait("30s", 0);
    assert_eq!(row(&out(&o), "held.txt").unwrap()[3], "COMPLETED", "{}", out(&o));
}

#[test]
fn status_reports_failed_objects_with_exit_4() {
    let s = Srv::start();
    s.leader_follower();
    s.put("my-source", "ok.txt", b"fine");
    status_until(&s, "sos://my-source", "ok.txt COMPLETED", |j| {
        j["summary"]["completed"]["objects"] == 1
    });
    s.h.hooks().inject_fault(
        "my-destination",
        Some(Fault::Permanent("DstPutObjectNotPermitted".into())),
    );
    s.put("my-source", "doomed.txt", b"no way");

    // --wait ends when nothing is PENDING any more, and a FAILED object makes it exit 4.
    let o = s.status_wait("30s", 4);
    let table = out(&o);
    assert_eq!(row(&table, "doomed.txt").unwrap()[3], "FAILED", "{table}");
    assert_eq!(row(&table, "ok.txt").unwrap()[3], "COMPLETED", "{table}");
    assert!(err(&o).contains("1 object in FAILED replication state"), "{}", err(&o));

    // --failed lists only the FAILED ones; the summary still counts all; exit 4 without --wait too.
    let o = s.status_failed(&[]);
    let table = out(&o);
    assert!(row(&table, "doomed.txt").is_some(), "{table}");
    assert!(row(&table, "ok.txt").is_none(), "{table}");
    assert!(table.contains("total: 2 objects"), "{table}");
    let o = s.status_failed(&["-O", "json"]);
    let j = json(&out(&o));
    assert_eq!(j["objects"].as_array().unwrap().len(), 1);
    assert_eq!(j["summary"]["failed"]["objects"], 1);
    assert_eq!(j["summary"]["completed"]["objects"], 1);
    let o = s.status_failed(&["-O", "text"]);
    assert!(out(&o).starts_with("doomed.txt\t"), "{}", out(&o));
    assert_eq!(out(&o).lines().count(), 1);
}

#[test]
fn status_arguments_are_checked() {
    let s = Srv::start();
    s.bucket("many", "ch-dk-2", true);
    let o = s.code(
        &["bucket", "replication", "status", "--wait-timeout", "1s", "sos://many"],
        2,
    );
    assert!(err(&o).contains("--wait"), "{}", err(&o));
    assert!(
        err(&o).starts_with("error: the following required arguments were not provided:\n  --wait\n"),
        "{}",
        err(&o)
    );
    assert_eq!(out(&o), "");
    let o = s.code(
        &["bucket", "replication", "status", "--concurrency", "0", "sos://many"],
        2,
    );
    assert!(
        err(&o).starts_with("error: invalid value '0' for '--concurrency <N>': 0 is not in 1..=1024\n"),
        "{}",
        err(&o)
    );
    assert_eq!(out(&o), "");
    let o = s.code(
        &[
            "bucket",
            "replication",
            "status",
            "--wait",
            "--wait-timeout",
            "soon",
            "sos://many",
        ],
        2,
    );
    assert!(
        err(&o).starts_with(
            "error: invalid value 'soon' for '--wait-timeout <DURATION>': invalid duration `soon`: expected e.g. 30s"
        ),
        "{}",
        err(&o)
    );
    assert_eq!(out(&o), "");
    // Many objects, HEADed a few at a time, all reported.
    for i in 0..40 {
        s.put("many", &format!("k{i:02}"), b"x");
    }
    let j = json(&s.ok(&[
        "bucket",
        "replication",
        "status",
        "--concurrency",
        "3",
        "-O",
        "json",
        "sos://many",
    ]));
    let keys: Vec<&str> = j["objects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["key"].as_str().unwrap())
        .collect();
    let want: Vec<String> = (0..40).map(|i| format!("k{i:02}")).collect();
    assert_eq!(keys, want);
    // No replication config: the objects have no status, and the command says why (stderr, not with -Q).
    let o = s.code(&["bucket", "replication", "status", "sos://many"], 0);
    assert!(
        err(&o).contains("sos://many has no replication configuration"),
        "{}",
        err(&o)
    );
    let o = s.code(&["-Q", "bucket", "replication", "status", "sos://many"], 0);
    assert!(!err(&o).contains("no replication configuration"), "{}", err(&o));
}
