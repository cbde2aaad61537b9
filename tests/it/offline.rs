//! `sosctl replication convert|validate` run as a user would: the real binary on files and stdin, its
//! stdout, stderr and exit codes.

use crate::support::sosctl_in as sosctl;
use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(name)
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("UTF-8 output")
}

/// `sosctl replication convert ARGS` run in `home`: expects exit 2, nothing on stdout and `error` on stderr.
fn convert_refused(home: &Path, args: &[&str], error: &str) {
    sosctl(home)
        .current_dir(home)
        .args(["replication", "convert"])
        .args(args)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(error));
}

/// `sosctl -O json replication validate -` on `input`: expects exit 2 and returns the JSON document on stdout.
fn validate_json_refused(home: &Path, input: &str) -> serde_json::Value {
    let out = sosctl(home)
        .args(["-O", "json", "replication", "validate", "-"])
        .write_stdin(input.to_string())
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

const LEADER_FOLLOWER_XML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Role>6f00a21e-a535-4286-86c5-e81eeab3b4ff</Role>
  <Rule>
    <ID>vie1-follower</ID>
    <Priority>1</Priority>
    <Filter>
      <Prefix></Prefix>
    </Filter>
    <Status>Enabled</Status>
    <Destination>
      <Bucket>my-destination</Bucket>
    </Destination>
    <DeleteMarkerReplication>
      <Status>Enabled</Status>
    </DeleteMarkerReplication>
  </Rule>
</ReplicationConfiguration>
"#;

#[test]
fn convert_file_prints_the_wire_document() {
    let home = tempfile::tempdir().unwrap();
    sosctl(home.path())
        .args(["replication", "convert"])
        .arg(example("leader-follower.json"))
        .assert()
        .success()
        .stdout(LEADER_FOLLOWER_XML)
        .stderr("");
}

#[test]
fn convert_reads_stdin() {
    let home = tempfile::tempdir().unwrap();
    let input = std::fs::read_to_string(example("leader-follower.json")).unwrap();
    sosctl(home.path())
        .args(["replication", "convert", "-"])
        .write_stdin(input)
        .assert()
        .success()
        .stdout(LEADER_FOLLOWER_XML);
}

#[test]
fn convert_to_json_and_back_gives_the_same_document() {
    let home = tempfile::tempdir().unwrap();
    let json = stdout_of(
        sosctl(home.path())
            .args(["replication", "convert", "--to", "json"])
            .arg(example("minimal-rule.xml")),
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v,
        serde_json::json!({
            "Role": "6f00a21e-a535-4286-86c5-e81eeab3b4ff",
            "Rules": [{
                "ID": "My-Rule-0",
                "Priority": 0,
                "Filter": {"Prefix": ""},
                "Status": "Enabled",
                "Destination": {"Bucket": "my-exo-destination-bucket"},
                "DeleteMarkerReplication": {"Status": "Enabled"}
            }]
        })
    );
    let from_json = stdout_of(
        sosctl(home.path())
            .args(["replication", "convert", "-"])
            .write_stdin(json),
    );
    let from_xml = stdout_of(
        sosctl(home.path())
            .args(["replication", "convert"])
            .arg(example("minimal-rule.xml")),
    );
    assert_eq!(from_json, from_xml);
    assert!(from_xml.contains("<ID>My-Rule-0</ID>"));
}

#[test]
fn convert_json_to_json_normalizes_and_notes_go_to_stderr() {
    let home = tempfile::tempdir().unwrap();
    let input = r#"{"replicationconfiguration": {"role": "91390068-c386-4d9d-b0f1-951e2baa818e",
        "rules": [{"id": "r", "status": "Enabled", "destination": {"bucket": "bucket-b"}}]}}"#;
    let out = sosctl(home.path())
        .args(["replication", "convert", "--to", "json", "-"])
        .write_stdin(input)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "note: <stdin>:2:19: Rules[0].Priority (rule \"r\"): no Priority: using 0",
        ))
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("stdout is only the document");
    let rule = &v["Rules"][0];
    assert_eq!(rule["Priority"], 0);
    assert_eq!(rule["Filter"], serde_json::json!({"Prefix": ""}));
    assert_eq!(rule["DeleteMarkerReplication"]["Status"], "Disabled");
    // -Q silences the notes.
    sosctl(home.path())
        .args(["-Q", "replication", "convert", "-"])
        .write_stdin(input)
        .assert()
        .success()
        .stderr("");
}

#[test]
fn convert_is_deterministic() {
    let home = tempfile::tempdir().unwrap();
    let run = || {
        stdout_of(
            sosctl(home.path())
                .args(["replication", "convert"])
                .arg(example("conf-b.json")),
        )
    };
    let first = run();
    assert_eq!(first, run());
    assert!(first.contains("<Bucket>bucket-a</Bucket>"));
}

#[test]
fn convert_refuses_an_invalid_config() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("bad.json");
    std::fs::write(
        &file,
        r#"{"Role": "r", "Rules": [{"ID": "a", "Priority": 1, "Filter": {"Prefix": ""}, "Status": "Enabled",
            "DeleteMarkerReplication": {"Status": "Enabled"}, "Destination": {"Bucket": "b1-x"}},
            {"ID": "b", "Priority": 1, "Filter": {"Prefix": ""}, "Status": "Enabled",
            "DeleteMarkerReplication": {"Status": "Enabled"}, "Destination": {"Bucket": "b2-x"}}]}"#,
    )
    .unwrap();
    convert_refused(
        home.path(),
        &["bad.json"],
        "error: bad.json:3:25: Rules[1].Priority (rule \"b\"): Found duplicate priority 1.",
    );
}

#[test]
fn syntax_error_names_file_line_and_column() {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(
        home.path().join("config.json"),
        "{\n  \"Role\": \"r\",\n  \"Rules\": [,]\n}\n",
    )
    .unwrap();
    convert_refused(
        home.path(),
        &["config.json"],
        "error: config.json:3:13: invalid JSON: expected value",
    );
    // validate reports the same position in its table, and names the file on stderr.
    sosctl(home.path())
        .current_dir(home.path())
        .args(["replication", "validate", "config.json"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("3:13").and(predicate::str::contains("invalid JSON")))
        .stderr(predicate::str::contains(
            "error: config.json: invalid replication config: 1 error",
        ));
}

#[test]
fn xml_error_names_line_and_column() {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(
        home.path().join("c.xml"),
        "<ReplicationConfiguration>\n  <Role>r</Role>\n  <Rule>\n    <Stauts>Enabled</Stauts>\n  </Rule>\n</ReplicationConfiguration>\n",
    )
    .unwrap();
    convert_refused(
        home.path(),
        &["--to", "json", "c.xml"],
        "error: c.xml:4:5: Rules[0]: unknown element <Stauts> (did you mean <Status>?)",
    );
}

#[test]
fn unknown_key_is_an_error_with_its_suggestion() {
    let home = tempfile::tempdir().unwrap();
    let input = r#"{"Role": "r", "Rules": [{"ID": "logs", "Priority": 1, "Filter": {"Prefx": "logs/"},
        "Status": "Enabled", "DeleteMarkerReplication": {"Status": "Enabled"}, "Destination": {"Bucket": "dst"}}]}"#;
    sosctl(home.path())
        .args(["replication", "validate", "-"])
        .write_stdin(input)
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            r#"unknown key "Prefx" (did you mean "Prefix"?)"#,
        ))
        .stdout(predicate::str::contains("Rules[0].Filter (1:66)"));
    // convert names the file, the line and the column of the key.
    std::fs::write(home.path().join("config.json"), input).unwrap();
    convert_refused(
        home.path(),
        &["config.json"],
        r#"error: config.json:1:66: Rules[0].Filter (rule "logs"): unknown key "Prefx" (did you mean "Prefix"?)"#,
    );
}

#[test]
fn validate_exit_codes() {
    let home = tempfile::tempdir().unwrap();
    for name in ["leader-follower.json", "conf-a.json", "conf-b.json", "minimal-rule.xml"] {
        sosctl(home.path())
            .args(["replication", "validate"])
            .arg(example(name))
            .assert()
            .success()
            .stdout("valid: 1 rule\n");
    }
    // Warnings do not fail.
    sosctl(home.path())
        .args(["replication", "validate", "-"])
        .write_stdin(r#"{"Role": "my-role", "Rules": [{"Status": "Enabled", "Priority": 1, "Filter": {"Prefix": ""},
            "DeleteMarkerReplication": {"Status": "Disabled"}, "Destination": {"Bucket": "dst", "StorageClass": "STANDARD"}}]}"#)
        .assert()
        .success()
        .stdout(predicate::str::contains("valid: 1 rule, 2 warnings"));
    // --source adds the source != destination check.
    sosctl(home.path())
        .args(["replication", "validate", "--source", "my-destination"])
        .arg(example("leader-follower.json"))
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "Destination bucket cannot be the same as the source bucket.",
        ));
    sosctl(home.path())
        .args(["replication", "validate", "--source", "my-source"])
        .arg(example("leader-follower.json"))
        .assert()
        .success();
    // A missing file is invalid input.
    sosctl(home.path())
        .args(["replication", "validate", "/nonexistent/config.json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("/nonexistent/config.json: no such file"));
    // So is a directory given as the file.
    let dir = home.path().display().to_string();
    sosctl(home.path())
        .args(["replication", "convert", &dir])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{dir}: is a directory, not a config file"
        )));
}

#[test]
fn validate_json_output_is_a_document() {
    let home = tempfile::tempdir().unwrap();
    let input = r#"{"Role": "", "Rules": [
        {"ID": "a", "Priority": 1, "Filter": {"Prefix": ""}, "Status": "enabled",
         "DeleteMarkerReplication": {"Status": "Enabled"}, "Destination": {"Bucket": "dst"}},
        {"ID": "b", "Priority": 1, "Filter": {"Tag": {"Key": "k", "Value": "v"}}, "Status": "Enabled",
         "Destination": {"Bucket": "other"}}]}"#;
    let v = validate_json_refused(home.path(), input);
    assert_eq!(v["valid"], false);
    assert_eq!(v["rules"], 2);
    assert_eq!(v["errors"], 3);
    assert_eq!(v["warnings"], 1);
    assert_eq!(v["notes"], 1);
    let findings = v["findings"].as_array().unwrap();
    let summary: Vec<(String, String, String)> = findings
        .iter()
        .map(|f| {
            (
                f["severity"].as_str().unwrap().to_string(),
                f["path"].as_str().unwrap().to_string(),
                f["code"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    let expect = |s: &str, p: &str, c: &str| (s.to_string(), p.to_string(), c.to_string());
    assert_eq!(
        summary,
        [
            expect("error", "Role", "MalformedXML"),
            expect("error", "Rules[0].Status", "MalformedXML"),
            expect("error", "Rules[1].Priority", "InvalidRequest"),
            expect("warning", "Rules[1].Filter", "-"),
            expect("note", "Rules[1].DeleteMarkerReplication", "-"),
        ]
    );
    assert_eq!(findings[2]["message"], "Found duplicate priority 1.");
    assert_eq!(findings[2]["rule_id"], "b");
    assert!(findings[0]["rule_id"].is_null());
    // Validation findings point at their member in the input: Role is on line 1, the second rule's
    // Priority on line 4.
    assert_eq!(
        (findings[0]["line"].as_u64(), findings[0]["column"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(findings[2]["line"], 4);

    // A syntax error carries line and column.
    let v = validate_json_refused(home.path(), "{\"Role\": \"r\",\n\"Rules\": [}");
    assert!(v["rules"].is_null());
    assert_eq!(v["findings"][0]["line"], 2);
    assert_eq!(v["findings"][0]["column"], 11);
}

#[test]
fn validate_counts_and_lists_errors_and_warnings_together() {
    // A schema error (unknown key) used to stop the report at the errors: `warnings: 0` although
    // Metrics, which SOS does not honour, is a warning of the same document.
    let home = tempfile::tempdir().unwrap();
    let input = r#"{"Role": "6f00a21e-a535-4286-86c5-e81eeab3b4ff", "Rules": [{"ID": "m", "Priority": 1,
        "Filter": {"Prefix": ""}, "Status": "Enabled", "DeleteMarkerReplication": {"Status": "Disabled"},
        "Destination": {"Bucket": "my-destination", "Metrics": {"Status": "Enabled"}, "Acount": "x"}}]}"#;
    let v = validate_json_refused(home.path(), input);
    assert_eq!(v["errors"], 2, "{v}");
    assert_eq!(v["warnings"], 1, "{v}");
    let listed: Vec<(&str, &str)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["severity"].as_str().unwrap(), f["path"].as_str().unwrap()))
        .collect();
    assert_eq!(
        listed,
        [
            ("error", "Rules[0].Destination"),
            ("error", "Rules[0].Destination.ReplicationTime"),
            ("warning", "Rules[0].Destination.Metrics")
        ],
        "{v}"
    );
    let o = sosctl(home.path())
        .args(["replication", "validate", "-"])
        .write_stdin(input.to_string())
        .assert()
        .code(2)
        .get_output()
        .clone();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("invalid: 2 errors, 1 warning"), "{out}");
    assert!(out.contains("not honoured by SOS"), "{out}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("invalid replication config: 2 errors, 1 warning"), "{err}");
}

#[test]
fn validate_text_output_is_tab_separated() {
    let home = tempfile::tempdir().unwrap();
    sosctl(home.path())
        .args(["-O", "text", "replication", "validate", "-"])
        .write_stdin(
            r#"{"Role": "r", "Rules": [{"ID": "x", "Priority": 1, "Filter": {}, "Status": "Enabled",
            "DeleteMarkerReplication": {"Status": "Enabled"}, "Destination": {"Bucket": "Bad_Name"}}]}"#,
        )
        .assert()
        .code(2)
        .stdout(predicate::str::starts_with(
            "error\tRules[0].Destination.Bucket\t2:79\tx\tinvalid bucket name \"Bad_Name\"",
        ));
    sosctl(home.path())
        .args(["-O", "text", "replication", "validate"])
        .arg(example("conf-a.json"))
        .assert()
        .success()
        .stdout("valid: 1 rule\n");
}

/// A config with 1000 rules, every rule to its own prefix, half of them to a second destination.
pub fn thousand_rules() -> String {
    let rules: Vec<serde_json::Value> = (0..1000)
        .map(|i| {
            serde_json::json!({
                "ID": format!("rule-{i:04}"),
                "Priority": i,
                "Filter": {"Prefix": format!("data/{i:04}/")},
                "Status": "Enabled",
                "DeleteMarkerReplication": {"Status": if i % 2 == 0 { "Enabled" } else { "Disabled" }},
                "Destination": {"Bucket": if i % 2 == 0 { "bucket-b" } else { "bucket-c" }}
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "Role": "91390068-c386-4d9d-b0f1-951e2baa818e",
        "Rules": rules
    }))
    .unwrap()
}

#[test]
fn a_thousand_rules_convert_and_validate() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("rules-1000.json");
    std::fs::write(&file, thousand_rules()).unwrap();
    sosctl(home.path())
        .args(["replication", "validate"])
        .arg(&file)
        .assert()
        .success()
        .stdout("valid: 1000 rules\n");
    let xml = stdout_of(sosctl(home.path()).args(["replication", "convert"]).arg(&file));
    assert_eq!(xml.matches("<Rule>").count(), 1000);
    assert!(xml.contains("<Prefix>data/0999/</Prefix>"));
    let xml_file = home.path().join("rules-1000.xml");
    std::fs::write(&xml_file, &xml).unwrap();
    let json = stdout_of(
        sosctl(home.path())
            .args(["replication", "convert", "--to", "json"])
            .arg(&xml_file),
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["Rules"].as_array().unwrap().len(), 1000);
    // One more rule is too many.
    let mut cfg: serde_json::Value = serde_json::from_str(&thousand_rules()).unwrap();
    let extra = serde_json::json!({"ID": "one-too-many", "Priority": 1000, "Filter": {"Prefix": ""},
        "Status": "Enabled", "DeleteMarkerReplication": {"Status": "Enabled"}, "Destination": {"Bucket": "bucket-b"}});
    cfg["Rules"].as_array_mut().unwrap().push(extra);
    sosctl(home.path())
        .args(["replication", "validate", "-"])
        .write_stdin(cfg.to_string())
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "1001 rules; a configuration holds at most 1000",
        ));
}

#[test]
fn deeply_nested_xml_and_json_with_a_nul_are_refused_not_crashed_on() {
    let home = tempfile::tempdir().unwrap();
    // 150 000 levels in 1 MB, inside the 2 MB a document may have: once enough to abort the process.
    let deep = home.path().join("deep.xml");
    std::fs::write(
        &deep,
        "<ReplicationConfiguration>".to_string() + &"<Rule>".repeat(150_000),
    )
    .unwrap();
    let nested = "elements nest deeper than 32 levels";
    sosctl(home.path())
        .args(["replication", "validate"])
        .arg(&deep)
        .assert()
        .code(2)
        .stdout(predicate::str::contains(nested));
    convert_refused(home.path(), &[deep.to_str().unwrap()], nested);
    // U+0000 in a string: valid JSON, but no XML 1.0 document can carry it, so `convert` would write what
    // S3 (and `validate` itself) refuses.
    let nul = home.path().join("nul.json");
    let config = std::fs::read_to_string(example("leader-follower.json")).unwrap();
    std::fs::write(&nul, config.replace("vie1-follower", "vie1\\u0000follower")).unwrap();
    sosctl(home.path())
        .args(["replication", "validate"])
        .arg(&nul)
        .assert()
        .code(2)
        .stdout(predicate::str::contains("U+0000"));
    convert_refused(home.path(), &[nul.to_str().unwrap()], "U+0000");
}
