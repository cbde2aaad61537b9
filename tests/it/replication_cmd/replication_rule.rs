//! `bucket replication rule add|update|enable|disable|remove`: one rule edited, the whole config validated and
//! sent through `set`'s step (its changes, a weakening refused without -f when stdin is no terminal).

use super::{CmdSrv, Srv, err, json, out};
use serde_json::Value;

const ROLE: &str = "6f00a21e-a535-4286-86c5-e81eeab3b4ff";

fn rule(s: &Srv, bucket: &str, id: &str) -> Value {
    let j = json(&s.ok(&["bucket", "replication", "show", "-O", "json", bucket]));
    j["Rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ID"] == id)
        .cloned()
        .unwrap_or(Value::Null)
}

#[test]
fn rules_are_added_edited_and_removed_one_at_a_time() {
    let s = Srv::start();
    s.leader_follower_buckets();
    s.bucket("archive", "ch-dk-2", true);
    s.bucket("plain", "ch-dk-2", false);
    let r = |args: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = ["bucket", "replication", "rule"].map(String::from).to_vec();
        v.extend(args.iter().map(|a| a.to_string()));
        v
    };
    let run = |args: &[&str], code: i32| {
        let v = r(args);
        let refs: Vec<&str> = v.iter().map(String::as_str).collect();
        s.code(&refs, code)
    };

    // No config yet: add needs --role, then creates one.
    let o = run(
        &[
            "add",
            "sos://my-source",
            "--id",
            "main",
            "--destination",
            "my-destination",
        ],
        2,
    );
    assert!(err(&o).contains("needs --role ROLE"), "{}", err(&o));
    assert_eq!(s.stored("my-source"), None);
    run(
        &[
            "add",
            "sos://my-source",
            "--id",
            "main",
            "--destination",
            "my-destination",
            "--role",
            ROLE,
        ],
        0,
    );
    let main = rule(&s, "sos://my-source", "main");
    assert_eq!(main["Priority"], 1);
    assert_eq!(main["Status"], "Enabled");
    assert_eq!(main["Filter"], serde_json::json!({"Prefix": ""}));
    assert_eq!(main["DeleteMarkerReplication"]["Status"], "Disabled");

    // A second rule: priority one above, a prefix and a tag; the change is told.
    let o = run(
        &[
            "add",
            "sos://my-source",
            "--id",
            "logs",
            "--destination",
            "archive",
            "--prefix",
            "logs/",
            "--tag",
            "keep=yes",
        ],
        0,
    );
    assert!(
        err(&o).contains("+ rule \"logs\": added (Enabled, priority 2, prefix logs/ and tag keep=yes → archive)"),
        "{}",
        err(&o)
    );
    assert_eq!(
        rule(&s, "sos://my-source", "logs")["Filter"],
        serde_json::json!({"And": {"Prefix": "logs/", "Tags": [{"Key": "keep", "Value": "yes"}]}})
    );
    // The same ID again: refused.
    let o = run(
        &["add", "sos://my-source", "--id", "logs", "--destination", "archive"],
        2,
    );
    assert!(
        err(&o).contains("already has a replication rule with ID \"logs\""),
        "{}",
        err(&o)
    );
    // The whole config is validated: a duplicate priority is refused, nothing sent.
    let before = s.stored("my-source").unwrap();
    let o = run(&["update", "sos://my-source", "--id", "logs", "--priority", "1"], 2);
    assert!(
        err(&o).contains("after the edit") && err(&o).contains("priority"),
        "{}",
        err(&o)
    );
    assert_eq!(s.stored("my-source").unwrap(), before);
    // And the prerequisites are checked: an unversioned destination is refused.
    let o = run(
        &["update", "sos://my-source", "--id", "logs", "--destination", "plain"],
        2,
    );
    assert!(err(&o).contains("prerequisite"), "{}", err(&o));
    assert_eq!(s.stored("my-source").unwrap(), before);

    // update: a broader filter and delete markers on strengthen, no question.
    let o = run(
        &[
            "update",
            "sos://my-source",
            "--id",
            "main",
            "--delete-marker-replication",
            "enabled",
        ],
        0,
    );
    assert!(
        err(&o).contains("~ rule \"main\": DeleteMarkerReplication: Disabled → Enabled\n"),
        "{}",
        err(&o)
    );
    // Turning it off again weakens: refused in a script, applied with -f.
    let off = [
        "update",
        "sos://my-source",
        "--id",
        "main",
        "--delete-marker-replication",
        "disabled",
    ];
    let o = run(&off, 2);
    assert!(
        err(&o).contains("(weakens)") && err(&o).contains("pass -f"),
        "{}",
        err(&o)
    );
    assert_eq!(
        rule(&s, "sos://my-source", "main")["DeleteMarkerReplication"]["Status"],
        "Enabled"
    );
    let mut forced = off.to_vec();
    forced.push("-f");
    run(&forced, 0);
    assert_eq!(
        rule(&s, "sos://my-source", "main")["DeleteMarkerReplication"]["Status"],
        "Disabled"
    );

    // disable / enable.
    let o = run(&["disable", "sos://my-source", "--id", "logs"], 2);
    assert!(
        err(&o).contains("~ rule \"logs\": Status: Enabled → Disabled (weakens)"),
        "{}",
        err(&o)
    );
    let o = run(&["disable", "-n", "sos://my-source", "--id", "logs"], 0);
    assert!(
        out(&o).contains("<ID>logs</ID>"),
        "the dry run prints the XML: {}",
        out(&o)
    );
    assert_eq!(rule(&s, "sos://my-source", "logs")["Status"], "Enabled");
    run(&["disable", "-f", "sos://my-source", "--id", "logs"], 0);
    assert_eq!(rule(&s, "sos://my-source", "logs")["Status"], "Disabled");
    let j = json(&out(&run(
        &["enable", "-O", "json", "sos://my-source", "--id", "logs"],
        0,
    )));
    assert_eq!(j["changes"][0]["field"], "Status");
    assert_eq!(j["changes"][0]["weakens"], false);
    assert_eq!(rule(&s, "sos://my-source", "logs")["Status"], "Enabled");

    // An unknown ID names the ones there are.
    let o = run(&["enable", "sos://my-source", "--id", "nope"], 2);
    assert!(
        err(&o).contains("no replication rule with ID \"nope\" (its rules: \"main\", \"logs\")"),
        "{}",
        err(&o)
    );

    // remove: weakens (refused without -f); the last rule cannot go (delete does that).
    let o = run(&["remove", "sos://my-source", "--id", "logs"], 2);
    assert!(err(&o).contains("- rule \"logs\": removed"), "{}", err(&o));
    run(&["rm", "-f", "sos://my-source", "--id", "logs"], 0);
    assert_eq!(rule(&s, "sos://my-source", "logs"), Value::Null);
    let o = run(&["remove", "-f", "sos://my-source", "--id", "main"], 2);
    assert!(
        err(&o).contains("bucket replication delete sos://my-source"),
        "{}",
        err(&o)
    );
    assert!(s.stored("my-source").unwrap().contains("<ID>main</ID>"));

    // Usage: a tag without '='.
    let o = run(&["update", "sos://my-source", "--id", "main", "--tag", "novalue"], 2);
    assert!(err(&o).contains("expected KEY=VALUE"), "{}", err(&o));
}
