//! What replication needs from its role: `--policy` on `replication validate` and `bucket replication
//! check|set` (rows, fix hints that work), run as the real binary, against the bundled server in this test
//! process where buckets are needed.

use crate::support::in_process::{Srv, err, out};
use crate::support::sosctl;
use serde_json::Value;
use std::process::Output;

/// The guide's leader → follower policy.
pub const GUIDE_POLICY: &str = include_str!("../../examples/policy-leader-follower.json");

const LEADER_FOLLOWER: &str = include_str!("../../examples/leader-follower.json");

/// The guide's policy with the destination misspelt: replication can read but not write.
pub fn forgets_destination() -> String {
    GUIDE_POLICY.replace("'my-destination'", "'my-destinaton'")
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", out(o)))
}

/// Runs `sosctl ARGS` offline with `files` in its directory; (exit code, output).
fn offline(args: &[&str], files: &[(&str, &str)]) -> (i32, Output) {
    let mut c = sosctl();
    for (name, text) in files {
        std::fs::write(c.home().join(name), text).unwrap();
    }
    let o = c.args(args).output().expect("sosctl runs");
    (o.status.code().unwrap_or(-1), o)
}

/// Adds each FAIL row's `fix_rule` to the policy where its hint says (the end of services.sos.rules for
/// these policies).
fn apply_fixes(policy: &str, rows: &[Value]) -> String {
    let mut doc: Value = serde_json::from_str(policy).unwrap();
    for r in rows.iter().filter(|r| r["result"] == "FAIL") {
        let hint = r["fix"].as_str().unwrap();
        assert!(hint.starts_with("add to services.sos.rules: "), "{hint}");
        doc["services"]["sos"]["rules"]
            .as_array_mut()
            .unwrap()
            .push(r["fix_rule"].clone());
    }
    doc.to_string()
}

#[test]
fn validate_with_the_guides_policy_passes_and_a_forgotten_destination_fails_with_a_working_fix() {
    let args = [
        "-O",
        "json",
        "replication",
        "validate",
        "config.json",
        "--source",
        "my-source",
        "--policy",
        "policy.json",
    ];
    let (code, o) = offline(
        &args,
        &[("config.json", LEADER_FOLLOWER), ("policy.json", GUIDE_POLICY)],
    );
    assert_eq!(code, 0, "{}", err(&o));
    let doc = json(&o);
    let rows = doc["policy"]["rows"].as_array().unwrap();
    let names: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["operation"].as_str().unwrap(),
                r["bucket"].as_str().unwrap(),
                r["result"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("get-object", "my-source", "PASS"),
            ("put-object", "my-destination", "PASS"),
            ("put-object-retention", "my-destination", "PASS"),
            ("put-object-legal-hold", "my-destination", "PASS"),
            ("delete-object", "my-destination", "PASS"),
        ]
    );
    assert_eq!(
        rows[0]["decided_by"].as_str().unwrap(),
        "rule services.sos.rules[0] (allow): parameters.bucket == 'my-source' && operation == 'get-object'"
    );
    assert_eq!(rows[0]["rules"], serde_json::json!(["vie1-follower"]));

    let forgot = forgets_destination();
    let (code, o) = offline(&args, &[("config.json", LEADER_FOLLOWER), ("policy.json", &forgot)]);
    assert_eq!(code, 2, "{}", out(&o));
    assert!(
        err(&o).contains("policy.json: the policy denies 2 operations replication performs"),
        "{}",
        err(&o)
    );
    let doc = json(&o);
    assert_eq!(doc["valid"], true, "the config itself is valid");
    assert_eq!(doc["policy"]["passed"], false);
    let rows = doc["policy"]["rows"].as_array().unwrap().clone();
    let results: Vec<&str> = rows.iter().map(|r| r["result"].as_str().unwrap()).collect();
    // Offline, the source's Object Lock is unknown: retention and legal hold only warn.
    assert_eq!(results, ["PASS", "FAIL", "WARN", "WARN", "FAIL"]);
    assert_eq!(rows[1]["decided_by"], "no rule of services.sos matched: denied");
    assert_eq!(
        rows[1]["fix_rule"]["expression"],
        "parameters.bucket == 'my-destination' && operation == 'put-object'"
    );
    // The table says the same, the fix in its column.
    let (_, t) = offline(
        &args[2..],
        &[("config.json", LEADER_FOLLOWER), ("policy.json", &forgot)],
    );
    let table = out(&t);
    assert!(
        table.contains("| put-object            | my-destination | vie1-follower | FAIL"),
        "{table}"
    );
    assert!(
        table.contains("valid: 1 rule, policy: 1 operation allowed, 4 denied (2 failing)"),
        "{table}"
    );
    // The fixes, added to the policy, make every FAIL row pass.
    let fixed = apply_fixes(&forgot, &rows);
    let (code, o) = offline(&args, &[("config.json", LEADER_FOLLOWER), ("policy.json", &fixed)]);
    assert_eq!(code, 0, "{}", err(&o));
    let results: Vec<String> = json(&o)["policy"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["result"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(results, ["PASS", "PASS", "WARN", "WARN", "PASS"]);
}

#[test]
fn validate_policy_needs_the_source_and_refuses_a_broken_policy() {
    let (code, o) = offline(
        &["replication", "validate", "config.json", "--policy", "policy.json"],
        &[("config.json", LEADER_FOLLOWER), ("policy.json", GUIDE_POLICY)],
    );
    assert_eq!(code, 2);
    assert!(err(&o).contains("--source <BUCKET>"), "{}", err(&o));
    let (code, o) = offline(
        &[
            "replication",
            "validate",
            "config.json",
            "--source",
            "my-source",
            "--policy",
            "policy.json",
        ],
        &[
            ("config.json", LEADER_FOLLOWER),
            ("policy.json", "{\"default-service-strategy\": "),
        ],
    );
    assert_eq!(code, 2);
    assert!(err(&o).contains("error: policy.json:1:"), "{}", err(&o));
    assert!(
        err(&o).contains("invalid IAM policy, not checked: 1 error"),
        "{}",
        err(&o)
    );
    let (code, o) = offline(
        &[
            "replication",
            "validate",
            "config.json",
            "--source",
            "my-source",
            "--policy",
            "missing.json",
        ],
        &[("config.json", LEADER_FOLLOWER)],
    );
    assert_eq!(code, 2);
    assert!(err(&o).contains("missing.json: no such file"), "{}", err(&o));
    // A policy that allows everything passes, with a warning.
    let (code, o) = offline(
        &[
            "replication",
            "validate",
            "config.json",
            "--source",
            "my-source",
            "--policy",
            "policy.json",
        ],
        &[
            ("config.json", LEADER_FOLLOWER),
            (
                "policy.json",
                r#"{"default-service-strategy": "deny", "services": {"sos": {"type": "allow"}}}"#,
            ),
        ],
    );
    assert_eq!(code, 0);
    assert!(
        err(&o).contains("warning: policy.json: services.sos has \"type\": \"allow\""),
        "{}",
        err(&o)
    );
}

#[test]
fn check_and_set_with_a_policy_that_forgets_the_destination() {
    let s = Srv::start();
    s.leader_follower_buckets();
    let check = [
        "-O",
        "json",
        "bucket",
        "replication",
        "check",
        "sos://my-source",
        "config.json",
        "--policy",
        "policy.json",
    ];
    let o = s.code_in(
        &check,
        &[("config.json", LEADER_FOLLOWER), ("policy.json", GUIDE_POLICY)],
        0,
    );
    let rows: Vec<Value> = json(&o)["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["check"] == "role policy allows")
        .cloned()
        .collect();
    // No Object Lock on the source: retention and legal hold are not needed.
    let details: Vec<&str> = rows.iter().map(|r| r["detail"].as_str().unwrap()).collect();
    assert_eq!(
        details,
        [
            "get-object on my-source (rule: vie1-follower): allowed by rule services.sos.rules[0] (allow)",
            "put-object on my-destination (rule: vie1-follower): allowed by rule services.sos.rules[1] (allow)",
            "delete-object on my-destination (rule: vie1-follower): allowed by rule services.sos.rules[1] (allow)",
        ]
    );
    let forgot = forgets_destination();
    let o = s.code_in(&check, &[("config.json", LEADER_FOLLOWER), ("policy.json", &forgot)], 2);
    let doc = json(&o);
    assert_eq!(doc["passed"], false);
    let failed: Vec<&Value> = doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["result"] == "FAIL")
        .collect();
    assert_eq!(failed.len(), 2, "{doc}");
    assert_eq!(failed[0]["bucket"], "my-destination");
    assert_eq!(
        failed[0]["fix"],
        r#"add to services.sos.rules: {"action":"allow","expression":"parameters.bucket == 'my-destination' && operation == 'put-object'"}"#
    );
    // set refuses, and sends nothing.
    let o = s.code_in(
        &[
            "bucket",
            "replication",
            "set",
            "sos://my-source",
            "config.json",
            "--policy",
            "policy.json",
        ],
        &[("config.json", LEADER_FOLLOWER), ("policy.json", &forgot)],
        2,
    );
    assert!(err(&o).contains("2 prerequisites failed"), "{}", err(&o));
    assert!(err(&o).contains("role policy allows"), "{}", err(&o));
    s.code_in(&["bucket", "replication", "show", "sos://my-source"], &[], 1);
    // With the guide's policy, set applies.
    s.code_in(
        &[
            "bucket",
            "replication",
            "set",
            "sos://my-source",
            "config.json",
            "--policy",
            "policy.json",
        ],
        &[("config.json", LEADER_FOLLOWER), ("policy.json", GUIDE_POLICY)],
        0,
    );
}
