//! `sosctl bucket replication set|show|delete|check|status` and `sosctl demo`, run as the real binary
//! against the bundled server started in this test process (`support::in_process`, one per test, port 0),
//! so that a test can pause replication or inject destination faults through the server's hooks. The
//! `status` tests are in `status`.

use crate::support::in_process::{Srv, err, json, out};
use crate::support::{block_on, free_port, sosctl};
mod replication_metrics;
mod replication_rule;
mod replication_set;
mod replication_status_ops;
mod status;

use std::process::Output;
use std::time::Duration;

const LEADER_FOLLOWER: &str = include_str!("../../examples/leader-follower.json");

/// What the replication command tests add to the shared harness (`support::in_process::Srv`).
trait CmdSrv {
    fn client(&self) -> sosctl::s3::Client;

    fn put(&self, bucket: &str, key: &str, body: &[u8]);

    /// The stored replication XML (None: no config).
    fn stored(&self, bucket: &str) -> Option<String>;

    /// Creates a bucket, with versioning Enabled when `versioned`.
    fn bucket(&self, name: &str, zone: &str, versioned: bool);

    /// my-source → my-destination, both versioned, config set.
    fn leader_follower(&self);

    /// Sets the leader → follower config on my-source (from stdin), expecting success.
    fn leader_follower_again(&self);

    /// `bucket replication status --failed [FORMAT] sos://my-source`, expecting exit 4 (a FAILED object).
    fn status_failed(&self, format: &[&str]) -> Output;

    /// `bucket replication status --wait --wait-timeout TIMEOUT sos://my-source`, expecting exit `code`.
    fn status_wait(&self, timeout: &str, code: i32) -> Output;
}

impl CmdSrv for Srv {
    fn client(&self) -> sosctl::s3::Client {
        self.zone_client("ch-dk-2")
    }

    fn put(&self, bucket: &str, key: &str, body: &[u8]) {
        let c = self.client();
        block_on(c.put_object(bucket, key, bytes::Bytes::copy_from_slice(body), &Default::default()))
            .unwrap_or_else(|e| panic!("put {bucket}/{key}: {e}"));
    }

    fn stored(&self, bucket: &str) -> Option<String> {
        let c = self.client();
        block_on(c.get_bucket_replication(bucket)).unwrap()
    }

    fn bucket(&self, name: &str, zone: &str, versioned: bool) {
        self.ok(&["mb", "--zone", zone, &format!("sos://{name}")]);
        if versioned {
            self.ok(&["bucket", "versioning", "enable", &format!("sos://{name}")]);
        }
    }

    fn leader_follower(&self) {
        self.leader_follower_buckets();
        self.leader_follower_again();
    }

    fn leader_follower_again(&self) {
        let o = self.run_stdin(
            &["bucket", "replication", "set", "sos://my-source", "-"],
            LEADER_FOLLOWER,
        );
        assert!(o.status.success(), "set failed: {}", err(&o));
    }

    fn status_failed(&self, format: &[&str]) -> Output {
        let mut args = vec!["bucket", "replication", "status", "--failed"];
        args.extend_from_slice(format);
        args.push("sos://my-source");
        self.code(&args, 4)
    }

    fn status_wait(&self, timeout: &str, code: i32) -> Output {
        self.code(
            &[
                "bucket",
                "replication",
                "status",
                "--wait",
                "--wait-timeout",
                timeout,
                "sos://my-source",
            ],
            code,
        )
    }
}

/// A leader → follower config to `dest` (JSON, exo's shape).
fn config_to(dest: &str) -> String {
    LEADER_FOLLOWER.replace("my-destination", dest)
}

fn write_file(dir: &std::path::Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// The cells of the table row whose first cell is `first` (ASCII tables: stdout is a pipe).
fn row<'a>(table: &'a str, first: &str) -> Option<Vec<&'a str>> {
    table.lines().find_map(|l| {
        let cells: Vec<&str> = l.split('|').map(str::trim).collect();
        (cells.len() > 2 && cells[1] == first).then(|| cells[1..cells.len() - 1].to_vec())
    })
}

/// Every check row (Check, Bucket, Result, Detail, Fix) of a check table.
fn check_rows(table: &str) -> Vec<Vec<String>> {
    table
        .lines()
        .filter(|l| l.starts_with('|'))
        .map(|l| l.split('|').map(|c| c.trim().to_string()).collect::<Vec<_>>())
        .map(|c| c[1..c.len() - 1].to_vec())
        .filter(|c| c.len() == 5 && c[0] != "Check")
        .collect()
}

fn failing(table: &str) -> Vec<Vec<String>> {
    check_rows(table).into_iter().filter(|r| r[2] == "FAIL").collect()
}

// ---- set ----

#[test]
fn set_validates_then_applies_and_reports() {
    let s = Srv::start();
    s.leader_follower_buckets();
    let dir = tempfile::tempdir().unwrap();

    // Invalid: the offline validation's findings, exit 2, nothing sent.
    let bad = write_file(
        dir.path(),
        "bad.json",
        &LEADER_FOLLOWER.replace("\"Prefix\"", "\"Prefx\""),
    );
    let o = s.code(&["bucket", "replication", "set", "sos://my-source", &bad], 2);
    let e = err(&o);
    assert!(
        e.contains("Rules[0].Filter") && e.contains("Prefx") && e.contains("Prefix"),
        "{e}"
    );
    assert!(e.contains("nothing sent"), "{e}");
    assert_eq!(s.stored("my-source"), None);
    // A schema error and a semantic error in one file: both reported, each at its line:column.
    let worse = write_file(
        dir.path(),
        "worse.json",
        &LEADER_FOLLOWER.replace("\"Prefix\"", "\"Prefx\"").replace(
            "\"Enabled\",\n        \"DeleteMarker",
            "\"Enabld\",\n        \"DeleteMarker",
        ),
    );
    let o = s.code(&["bucket", "replication", "set", "sos://my-source", &worse], 2);
    let e = err(&o);
    let located: Vec<&str> = e
        .lines()
        .filter(|l| l.starts_with("error: ") && l.contains("worse.json:"))
        .filter(|l| l.contains("Rules[0].Filter") || l.contains("Rules[0].Status"))
        .collect();
    assert_eq!(located.len(), 2, "{e}");
    assert!(
        located.iter().all(|l| l.split("worse.json:").nth(1).is_some_and(|r| r
            .chars()
            .next()
            .unwrap()
            .is_ascii_digit())),
        "{e}"
    );
    let missing = s.code(&["bucket", "replication", "set", "sos://my-source", "no-such.json"], 2);
    assert!(
        err(&missing).contains("no-such.json: no such file"),
        "{}",
        err(&missing)
    );

    // Valid: applied; table prints a note on stderr only.
    let good = write_file(dir.path(), "config.json", LEADER_FOLLOWER);
    let o = s.code(&["bucket", "replication", "set", "sos://my-source", &good], 0);
    assert_eq!(out(&o), "");
    assert!(err(&o).contains("1 rule → my-destination"), "{}", err(&o));
    let stored = s.stored("my-source").expect("a stored config");
    assert!(stored.contains("<ID>vie1-follower</ID>"), "{stored}");

    // json: what was applied and the checks that passed.
    let j = json(&s.ok(&["bucket", "replication", "set", "-O", "json", "sos://my-source", &good]));
    assert_eq!(j["applied"], true);
    assert_eq!(j["rules"], 1);
    assert_eq!(j["destinations"], serde_json::json!(["my-destination"]));
    let checks = j["checks"].as_array().unwrap();
    assert!(checks.len() >= 4, "{j}");
    assert!(checks.iter().all(|c| c["result"] == "PASS"), "{j}");
    assert_eq!(
        s.ok(&["bucket", "replication", "set", "-O", "text", "sos://my-source", &good]),
        "my-source\tapplied\n"
    );

    // The XML wire document on stdin (the guide's minimal rule); it replaces rule vie1-follower by another,
    // which removes a rule: -f, since stdin is no terminal to ask on.
    let xml = include_str!("../../examples/minimal-rule.xml").replace("my-exo-destination-bucket", "my-destination");
    let o = s.run_stdin(&["bucket", "replication", "set", "-f", "sos://my-source", "-"], &xml);
    assert!(o.status.success(), "{}", err(&o));
    assert!(s.stored("my-source").unwrap().contains("<ID>My-Rule-0</ID>"));
}

#[test]
fn set_dry_run_prints_the_xml_and_sends_nothing() {
    let s = Srv::start();
    s.leader_follower_buckets();
    let dir = tempfile::tempdir().unwrap();
    let good = write_file(dir.path(), "config.json", LEADER_FOLLOWER);
    let xml = s.ok(&["bucket", "replication", "set", "-n", "sos://my-source", &good]);
    let converted = s.ok(&["replication", "convert", &good]);
    assert_eq!(xml, converted, "the dry run prints the document convert produces");
    assert!(xml.contains("<ReplicationConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"));
    assert_eq!(s.stored("my-source"), None, "a dry run sends nothing");

    // The checks still run in a dry run: an unversioned destination is refused.
    s.bucket("plain", "ch-dk-2", false);
    let plain = write_file(dir.path(), "plain.json", &config_to("plain"));
    let o = s.code(
        &["bucket", "replication", "set", "--dry-run", "sos://my-source", &plain],
        2,
    );
    assert_eq!(out(&o), "");
    // --no-check with --dry-run needs no server and no credentials at all.
    let o = sosctl()
        .args([
            "bucket",
            "replication",
            "set",
            "-n",
            "--no-check",
            "sos://my-source",
            &plain,
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("<Bucket>plain</Bucket>"));
}

#[test]
fn set_is_refused_for_each_failed_prerequisite() {
    let s = Srv::start();
    let dir = tempfile::tempdir().unwrap();
    s.bucket("src-plain", "ch-dk-2", false);
    s.bucket("src", "ch-dk-2", true);
    s.bucket("dst", "at-vie-1", true);
    s.bucket("dst-plain", "at-vie-1", false);
    s.ok(&["mb", "--object-lock", "sos://src-locked"]);

    struct Case {
        source: &'static str,
        dest: &'static str,
        check: &'static str,
        fix: &'static str,
    }
    let cases = [
        Case {
            source: "src-plain",
            dest: "dst",
            check: "source versioning Enabled",
            fix: "`sosctl bucket versioning enable sos://src-plain`",
        },
        Case {
            source: "src",
            dest: "no-such-bucket",
            check: "destination exists and is reachable",
            fix: "`sosctl mb --zone ZONE sos://no-such-bucket`",
        },
        Case {
            source: "src",
            dest: "dst-plain",
            check: "destination versioning Enabled",
            fix: "`sosctl bucket versioning enable --zone at-vie-1 sos://dst-plain`",
        },
        Case {
            source: "src-locked",
            dest: "dst",
            check: "Object Lock on the destination if on the source",
            fix: "`sosctl bucket object-lock enable --zone at-vie-1 sos://dst`",
        },
    ];
    for c in &cases {
        let file = write_file(dir.path(), &format!("{}-{}.json", c.source, c.dest), &config_to(c.dest));
        let o = s.code(
            &["bucket", "replication", "set", &format!("sos://{}", c.source), &file],
            2,
        );
        let e = err(&o);
        let fails = failing(&e);
        assert_eq!(fails.len(), 1, "{}: exactly one failed check expected:\n{e}", c.check);
        assert_eq!(fails[0][0], c.check, "{e}");
        assert!(fails[0][4].contains(c.fix), "fix hint {:?} missing:\n{e}", c.fix);
        assert!(e.contains("error: not setting the replication configuration"), "{e}");
        assert_eq!(s.stored(c.source), None, "{}: nothing may be stored", c.check);
        // The same refusal in JSON: on stdout, with applied false.
        let o = s.code(
            &[
                "bucket",
                "replication",
                "set",
                "-O",
                "json",
                &format!("sos://{}", c.source),
                &file,
            ],
            2,
        );
        let j = json(&out(&o));
        assert_eq!(j["applied"], false);
        assert!(
            j["checks"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x["check"] == c.check && x["result"] == "FAIL"),
            "{j}"
        );
    }

    // Destination = source: the validation (the same as `replication validate --source`) refuses it.
    let itself = write_file(dir.path(), "itself.json", &config_to("src"));
    let o = s.code(&["bucket", "replication", "set", "sos://src", &itself], 2);
    assert!(
        err(&o).contains("Destination.Bucket") && err(&o).contains("same"),
        "{}",
        err(&o)
    );
    assert_eq!(s.stored("src"), None);
    // ... and `check` reports it as a failed row.
    let o = s.code(&["bucket", "replication", "check", "sos://src", &itself], 2);
    let rows = failing(&out(&o));
    assert!(
        rows.iter()
            .any(|r| r[0] == "destination differs from the source" && r[1] == "src"),
        "{}",
        out(&o)
    );

    // --no-check skips the checks: the server's own refusal comes back with its S3 code, exit 1.
    let file = write_file(dir.path(), "nocheck.json", &config_to("dst"));
    let o = s.code(
        &["bucket", "replication", "set", "--no-check", "sos://src-plain", &file],
        1,
    );
    let e = err(&o);
    assert!(
        e.contains("InvalidRequest") && e.contains("Versioning must be 'Enabled'"),
        "{e}"
    );
    assert!(
        e.contains("setting the replication configuration of sos://src-plain"),
        "{e}"
    );
    assert_eq!(s.stored("src-plain"), None);
}

// ---- show ----

#[test]
fn show_in_every_format_and_round_trip_into_set() {
    let s = Srv::start();
    s.leader_follower();

    let table = s.ok(&["bucket", "replication", "show", "sos://my-source"]);
    assert_eq!(row(&table, "Bucket").unwrap()[1], "my-source");
    assert_eq!(row(&table, "Role").unwrap()[1], "6f00a21e-a535-4286-86c5-e81eeab3b4ff");
    assert_eq!(row(&table, "ID").unwrap()[1], "vie1-follower");
    assert_eq!(row(&table, "Status").unwrap()[1], "Enabled");
    assert_eq!(row(&table, "Priority").unwrap()[1], "1");
    assert_eq!(row(&table, "DeleteMarkerReplication").unwrap()[1], "Enabled");
    assert_eq!(row(&table, "Filter Prefix").unwrap()[1], "(every object)");
    assert_eq!(row(&table, "Destination Bucket").unwrap()[1], "my-destination");
    // `get` is an alias.
    assert_eq!(s.ok(&["bucket", "replication", "get", "sos://my-source"]), table);

    let text = s.ok(&["bucket", "replication", "show", "-O", "text", "sos://my-source"]);
    assert_eq!(
        text,
        "my-source\t6f00a21e-a535-4286-86c5-e81eeab3b4ff\tvie1-follower\tEnabled\t1\tEnabled\t\tmy-destination\n"
    );

    let xml = s.ok(&["bucket", "replication", "show", "--xml", "sos://my-source"]);
    assert_eq!(xml, s.stored("my-source").unwrap());

    // -O json is the input shape of set: pipe it back, nothing changes.
    let j = s.ok(&["bucket", "replication", "show", "-O", "json", "sos://my-source"]);
    assert_eq!(json(&j), json(LEADER_FOLLOWER));
    let o = s.run_stdin(&["bucket", "replication", "set", "sos://my-source", "-"], &j);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(
        s.stored("my-source").unwrap(),
        xml,
        "show → set round-trips to the same document"
    );
    assert_eq!(
        s.ok(&["bucket", "replication", "show", "-O", "json", "sos://my-source"]),
        j
    );

    // No config: said, exit 1. No bucket: said, exit 1.
    s.bucket("bare", "ch-dk-2", true);
    let o = s.code(&["bucket", "replication", "show", "sos://bare"], 1);
    assert!(
        err(&o).contains("sos://bare has no replication configuration"),
        "{}",
        err(&o)
    );
    let o = s.code(&["bucket", "replication", "show", "sos://nope"], 1);
    assert!(err(&o).contains("bucket \"nope\" does not exist"), "{}", err(&o));
}

#[test]
fn show_a_rule_without_delete_marker_replication() {
    let s = Srv::start();
    s.bucket("v1-src", "ch-dk-2", true);
    s.bucket("v1-dst", "ch-dk-2", true);
    // A V1 rule (rule-level Prefix): no Filter, no Priority, no DeleteMarkerReplication. exo crashes here.
    let xml = "<ReplicationConfiguration><Role>6f00a21e-a535-4286-86c5-e81eeab3b4ff</Role><Rule><ID>v1</ID>\
               <Prefix>logs/</Prefix><Status>Enabled</Status><Destination><Bucket>v1-dst</Bucket></Destination>\
               </Rule></ReplicationConfiguration>";
    let o = s.run_stdin(&["bucket", "replication", "set", "sos://v1-src", "-"], xml);
    assert!(o.status.success(), "{}", err(&o));
    let table = s.ok(&["bucket", "replication", "show", "sos://v1-src"]);
    assert_eq!(row(&table, "DeleteMarkerReplication").unwrap()[1], "-", "{table}");
    assert_eq!(row(&table, "Priority").unwrap()[1], "-", "{table}");
    assert_eq!(row(&table, "Filter Prefix").unwrap()[1], "logs/", "{table}");
    let text = s.ok(&["bucket", "replication", "show", "-O", "text", "sos://v1-src"]);
    assert_eq!(text.split('\t').collect::<Vec<_>>()[5], "-");
    let j = json(&s.ok(&["bucket", "replication", "show", "-O", "json", "sos://v1-src"]));
    assert!(j["Rules"][0].get("DeleteMarkerReplication").is_none(), "{j}");
    assert_eq!(j["Rules"][0]["Prefix"], "logs/");
}

// ---- delete ----

#[test]
fn delete_prompts_as_exo_does_and_deletes_with_force() {
    let s = Srv::start();
    s.leader_follower();
    // The answer is read from stdin, terminal or not, as exo does: no answer declines, exit 0.
    let o = s.code(&["bucket", "replication", "delete", "sos://my-source"], 0);
    assert!(err(&o).contains("aborted"), "{}", err(&o));
    assert!(s.stored("my-source").is_some());
    let o = s.run_stdin(&["bucket", "replication", "delete", "sos://my-source"], "y\n");
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(s.stored("my-source"), None);
    s.leader_follower_again();

    let o = s.code(&["bucket", "replication", "del", "-f", "sos://my-source"], 0);
    assert!(err(&o).contains("deleted the replication configuration of sos://my-source"));
    assert_eq!(s.stored("my-source"), None);
    s.code(&["bucket", "replication", "show", "sos://my-source"], 1);

    // Nothing to delete: said, exit 0, in each format.
    let o = s.code(&["bucket", "replication", "delete", "sos://my-source"], 0);
    assert!(err(&o).contains("nothing to delete"), "{}", err(&o));
    let j = json(&s.ok(&["bucket", "replication", "delete", "-f", "-O", "json", "sos://my-source"]));
    assert_eq!(j, serde_json::json!({"bucket": "my-source", "deleted": false}));

    s.leader_follower_again();
    let j = json(&s.ok(&["bucket", "replication", "delete", "-f", "-O", "json", "sos://my-source"]));
    assert_eq!(j, serde_json::json!({"bucket": "my-source", "deleted": true}));
    s.leader_follower_again();
    assert_eq!(
        s.ok(&["bucket", "replication", "delete", "-f", "-O", "text", "sos://my-source"]),
        "my-source\tdeleted\n"
    );
    let o = s.code(&["bucket", "replication", "delete", "-f", "sos://nope"], 1);
    assert!(err(&o).contains("does not exist"), "{}", err(&o));
}

// ---- check ----

#[test]
fn check_reports_pass_warn_fail_with_fixes() {
    let s = Srv::start();
    let dir = tempfile::tempdir().unwrap();
    s.leader_follower();

    // The stored config, all good.
    let table = s.ok(&["bucket", "replication", "check", "sos://my-source"]);
    let rows = check_rows(&table);
    let names: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        names,
        [
            "source versioning Enabled",
            "destination differs from the source",
            "destination exists and is reachable",
            "destination versioning Enabled",
            "Object Lock on the destination if on the source",
            "config is valid",
        ],
        "{table}"
    );
    assert!(rows.iter().all(|r| r[2] == "PASS"), "{table}");
    assert!(table.contains("6 checks: 6 passed, 0 warned, 0 failed"), "{table}");

    let j = json(&s.ok(&["bucket", "replication", "check", "-O", "json", "sos://my-source"]));
    assert_eq!(j["passed"], true);
    assert_eq!(j["config"], "stored");
    assert_eq!(j["checks"].as_array().unwrap().len(), 6);
    let text = s.ok(&["bucket", "replication", "check", "-O", "text", "sos://my-source"]);
    assert_eq!(text.lines().count(), 6);
    assert!(text.lines().all(|l| l.starts_with("PASS\t")), "{text}");

    // A FILE with a warning (a tag filter SOS does not honour) and an unversioned destination.
    s.bucket("dst-plain", "ch-dk-2", false);
    let tagged = r#"{"Role": "6f00a21e-a535-4286-86c5-e81eeab3b4ff", "Rules": [{"ID": "t", "Priority": 1,
        "Filter": {"Tag": {"Key": "k", "Value": "v"}}, "Status": "Enabled",
        "DeleteMarkerReplication": {"Status": "Disabled"}, "Destination": {"Bucket": "dst-plain"}}]}"#;
    let f = write_file(dir.path(), "tagged.json", tagged);
    let o = s.code(&["bucket", "replication", "check", "sos://my-source", &f], 2);
    let rows = check_rows(&out(&o));
    let by = |name: &str| {
        rows.iter()
            .find(|r| r[0] == name)
            .unwrap_or_else(|| panic!("{name}: {}", out(&o)))
    };
    assert_eq!(by("destination versioning Enabled")[2], "FAIL");
    assert_eq!(
        by("destination versioning Enabled")[4],
        "enable versioning with `sosctl bucket versioning enable sos://dst-plain`"
    );
    assert_eq!(by("config is valid")[2], "WARN", "{}", out(&o));
    assert!(
        err(&o).contains("warning:"),
        "findings are printed on stderr: {}",
        err(&o)
    );
    assert!(err(&o).contains("1 replication prerequisite failed"), "{}", err(&o));
    let j = json(&out(&s.code(
        &["bucket", "replication", "check", "-O", "json", "sos://my-source", &f],
        2,
    )));
    assert_eq!(j["passed"], false);
    assert!(j["config"].as_str().unwrap().ends_with("tagged.json"));

    // An invalid FILE: the config row fails and points at `replication validate`.
    let bad = write_file(
        dir.path(),
        "bad.json",
        &LEADER_FOLLOWER.replace("\"Enabled\"", "\"enabled\""),
    );
    let o = s.code(&["bucket", "replication", "check", "sos://my-source", &bad], 2);
    let row = check_rows(&out(&o))
        .into_iter()
        .find(|r| r[0] == "config is valid")
        .unwrap();
    assert_eq!(row[2], "FAIL");
    assert!(row[4].contains("sosctl replication validate"), "{row:?}");

    // No stored config and no FILE.
    s.bucket("bare", "ch-dk-2", true);
    let o = s.code(&["bucket", "replication", "check", "sos://bare"], 2);
    assert!(
        out(&o).contains("the bucket has no replication configuration"),
        "{}",
        out(&o)
    );
    // A missing source bucket is a failed check, not a crash.
    let good = write_file(dir.path(), "good.json", LEADER_FOLLOWER);
    let o = s.code(&["bucket", "replication", "check", "sos://nope", &good], 2);
    let rows = failing(&out(&o));
    assert_eq!(rows[0][0], "source exists", "{}", out(&o));
    assert!(rows[0][4].contains("sosctl mb sos://nope"), "{rows:?}");
}

// ---- demo ----

#[test]
fn demo_plays_both_walk_throughs() {
    let o = sosctl()
        .args(["demo", "--wait-timeout", "60s"])
        .timeout(Duration::from_secs(300))
        .output()
        .unwrap();
    let text = out(&o);
    assert!(o.status.success(), "demo failed:\n{text}\nstderr:\n{}", err(&o));
    for line in [
        "$ sosctl mb --zone ch-dk-2 sos://my-source",
        "$ sosctl mb --zone at-vie-1 sos://my-destination",
        "$ sosctl bucket replication set --zone ch-dk-2 sos://my-source ./config.json",
        "$ sosctl upload -r ./ sos://my-source/",
        "$ sosctl list sos://my-destination/",
        "$ sosctl show sos://my-destination/config.json",
        "$ sosctl bucket replication set --zone at-vie-1 sos://bucket-b ./conf-b.json",
        "$ sosctl list --versions sos://bucket-b/",
    ] {
        assert!(text.lines().any(|l| l == line), "missing `{line}` in:\n{text}");
    }
    // Real output follows the commands: the replica and both sides' listings.
    assert!(text.contains("| Replication Status | REPLICA "), "{text}");
    assert!(text.contains("| Replication Status | COMPLETED "), "{text}");
    assert!(text.contains("  372 B  config.json"), "{text}");
    assert!(text.contains("  conf-b.json  "), "{text}");
    assert!(text.trim_end().ends_with("steps behaved as the guide says."), "{text}");
}

#[test]
fn unreachable_endpoint_exits_1_with_a_hint() {
    // A port that was free a moment ago: nothing listens there.
    let endpoint = format!("http://127.0.0.1:{}", free_port());
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(dir.path(), "config.json", LEADER_FOLLOWER);
    for args in [
        vec!["bucket", "replication", "set", "sos://my-source", file.as_str()],
        vec!["bucket", "replication", "check", "sos://my-source"],
        vec!["bucket", "replication", "show", "sos://my-source"],
        vec!["bucket", "replication", "delete", "-f", "sos://my-source"],
        vec!["bucket", "replication", "status", "sos://my-source"],
    ] {
        let o = sosctl()
            .env("SOSCTL_ENDPOINT", &endpoint)
            .env("SOSCTL_ACCESS_KEY", "k")
            .env("SOSCTL_SECRET_KEY", "s")
            .args(["--retries", "0", "--timeout", "5s"])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", err(&o));
        assert!(
            err(&o).contains("is the endpoint right and reachable?"),
            "{args:?}: {}",
            err(&o)
        );
    }
}

#[test]
fn demo_reports_the_step_that_did_not_behave() {
    // Replication paused in the demo's server: the first wait times out (exit 3), so the demo stops there.
    let o = sosctl()
        .args(["demo", "--wait-timeout", "1s", "--pause-replication"])
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}\n{}", out(&o), err(&o));
    let e = err(&o);
    assert!(
        e.contains(
            "(`sosctl bucket replication status --wait --wait-timeout 1s sos://my-source`) did not behave as the \
             guide says: exit code 3, expected 0"
        ),
        "{e}"
    );
    assert!(e.starts_with("error: sosctl demo stopped: step "), "{e}");
    // It stopped there: nothing of the second walk-through ran.
    assert!(out(&o).contains("PENDING"), "{}", out(&o));
    assert!(!out(&o).contains("bucket-a"), "{}", out(&o));
}
