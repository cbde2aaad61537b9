//! `bucket replication set` over a stored configuration: the field-by-field changes on stderr, a change that
//! removes or weakens replication refused without a terminal unless -f (exit 2, nothing sent), `--dry-run`
//! printing the changes and the XML; and `bucket replication show --rule ID`.

use super::{CmdSrv, LEADER_FOLLOWER, Srv, err, json, out, row, write_file};

/// leader-follower with `from` replaced by `to`.
fn variant(from: &str, to: &str) -> String {
    assert!(LEADER_FOLLOWER.contains(from), "{from}");
    LEADER_FOLLOWER.replace(from, to)
}

/// The XML without the whitespace between elements.
fn compact(xml: &str) -> String {
    xml.lines().map(str::trim).collect()
}

const DMR_ON: &str = "\"DeleteMarkerReplication\": {\n            \"Status\": \"Enabled\"";
const DMR_OFF: &str = "\"DeleteMarkerReplication\": {\n            \"Status\": \"Disabled\"";

#[test]
fn set_shows_changes_and_asks_before_weakening() {
    let s = Srv::start();
    s.leader_follower();
    s.bucket("second-dest", "ch-dk-2", true);
    let dir = tempfile::tempdir().unwrap();
    let before = s.stored("my-source").unwrap();

    // DeleteMarkerReplication Enabled → Disabled: weakens; no terminal, no -f: exit 2, nothing sent.
    let off = write_file(dir.path(), "off.json", &variant(DMR_ON, DMR_OFF));
    let o = s.code(&["bucket", "replication", "set", "sos://my-source", &off], 2);
    let e = err(&o);
    assert!(
        e.contains("1 change to the replication configuration of sos://my-source:\n"),
        "{e}"
    );
    assert!(
        e.contains("  ~ rule \"vie1-follower\": DeleteMarkerReplication: Enabled → Disabled (weakens)\n"),
        "{e}"
    );
    assert!(
        e.contains("refusing to apply these changes, which remove or weaken replication of sos://my-source"),
        "{e}"
    );
    assert!(e.contains("pass -f"), "{e}");
    assert_eq!(out(&o), "");
    assert_eq!(s.stored("my-source").unwrap(), before, "nothing sent");
    // Even with -Q the changes are shown when they are the reason of a refusal.
    let o = s.code(&["-Q", "bucket", "replication", "set", "sos://my-source", &off], 2);
    assert!(
        err(&o).contains("DeleteMarkerReplication: Enabled → Disabled"),
        "{}",
        err(&o)
    );

    // --dry-run: the changes on stderr, the XML on stdout, nothing sent, no question.
    let o = s.code(&["bucket", "replication", "set", "-n", "sos://my-source", &off], 0);
    assert!(
        compact(&out(&o)).contains("<DeleteMarkerReplication><Status>Disabled</Status>"),
        "{}",
        out(&o)
    );
    assert!(
        err(&o).contains("DeleteMarkerReplication: Enabled → Disabled (weakens)"),
        "{}",
        err(&o)
    );
    assert_eq!(s.stored("my-source").unwrap(), before);

    // -f applies it; json tells the changes.
    let j = json(&s.ok(&[
        "bucket",
        "replication",
        "set",
        "-f",
        "-O",
        "json",
        "sos://my-source",
        &off,
    ]));
    assert_eq!(j["applied"], true);
    assert_eq!(j["replaced"], true);
    assert_eq!(
        j["changes"],
        serde_json::json!([{"rule": "rule \"vie1-follower\"", "kind": "changed",
            "field": "DeleteMarkerReplication", "old": "Enabled", "new": "Disabled", "weakens": true}])
    );
    assert!(compact(&s.stored("my-source").unwrap()).contains("<DeleteMarkerReplication><Status>Disabled</Status>"));

    // Back to Enabled strengthens: applied without -f.
    let on = write_file(dir.path(), "on.json", LEADER_FOLLOWER);
    let o = s.code(&["bucket", "replication", "set", "sos://my-source", &on], 0);
    assert!(
        err(&o).contains("~ rule \"vie1-follower\": DeleteMarkerReplication: Disabled → Enabled\n"),
        "{}",
        err(&o)
    );
    // The same again: no change, applied.
    let o = s.code(&["bucket", "replication", "set", "sos://my-source", &on], 0);
    assert!(
        err(&o).contains("no change to the replication configuration of sos://my-source"),
        "{}",
        err(&o)
    );

    // Adding a rule needs no confirmation; dropping it again does.
    let two = LEADER_FOLLOWER.replace(
        "    }]\n}",
        "    }, {\n        \"ID\": \"second\", \"Priority\": 2, \"Filter\": {\"Prefix\": \"logs/\"}, \"Status\": \
         \"Enabled\",\n        \"DeleteMarkerReplication\": {\"Status\": \"Disabled\"}, \"Destination\": \
         {\"Bucket\": \"second-dest\"}\n    }]\n}",
    );
    let two = write_file(dir.path(), "two.json", &two);
    let o = s.code(&["bucket", "replication", "set", "sos://my-source", &two], 0);
    assert!(
        err(&o).contains("+ rule \"second\": added (Enabled, priority 2, logs/ → second-dest)"),
        "{}",
        err(&o)
    );
    let o = s.code(&["bucket", "replication", "set", "sos://my-source", &on], 2);
    assert!(
        err(&o).contains("- rule \"second\": removed (was Enabled, priority 2, logs/ → second-dest) (weakens)"),
        "{}",
        err(&o)
    );
    assert!(s.stored("my-source").unwrap().contains("<ID>second</ID>"));

    // A destination changed and a rule disabled: each a line, each weakening.
    let moved = variant(
        "\"Status\": \"Enabled\",\n        \"DeleteMarker",
        "\"Status\": \"Disabled\",\n        \"DeleteMarker",
    )
    .replace("my-destination", "second-dest");
    let moved = write_file(dir.path(), "moved.json", &moved);
    let o = s.code(&["bucket", "replication", "set", "-n", "sos://my-source", &moved], 0);
    let e = err(&o);
    for want in [
        "~ rule \"vie1-follower\": Destination.Bucket: my-destination → second-dest (weakens)",
        "~ rule \"vie1-follower\": Status: Enabled → Disabled (weakens)",
        "- rule \"second\": removed",
    ] {
        assert!(e.contains(want), "{want}:\n{e}");
    }
}

#[test]
fn show_one_rule() {
    let s = Srv::start();
    s.leader_follower();
    let table = s.ok(&[
        "bucket",
        "replication",
        "show",
        "--rule",
        "vie1-follower",
        "sos://my-source",
    ]);
    assert_eq!(row(&table, "ID").unwrap()[1], "vie1-follower");
    assert_eq!(row(&table, "Destination Bucket").unwrap()[1], "my-destination");
    let j = json(&s.ok(&[
        "bucket",
        "replication",
        "show",
        "-O",
        "json",
        "--rule",
        "vie1-follower",
        "sos://my-source",
    ]));
    assert_eq!(j, json(LEADER_FOLLOWER)["Rules"][0]);
    let o = s.code(
        &["bucket", "replication", "show", "--rule", "nope", "sos://my-source"],
        1,
    );
    assert!(
        err(&o).contains("sos://my-source has no replication rule with ID \"nope\" (its rules: \"vie1-follower\")"),
        "{}",
        err(&o)
    );
    assert_eq!(out(&o), "");
}
