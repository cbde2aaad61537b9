//! `sosctl iam policy validate|eval` run as a user would: the real binary on the guide's policies and on
//! broken ones, from files and stdin — stdout, stderr and exit codes (0 valid or allowed, 2 invalid, 6
//! denied).

use crate::support::{sosctl, stdout};
use predicates::prelude::*;
use serde_json::Value;
use std::path::Path;

/// The guide's leader → follower policy (`policy.json`), as the guide prints it.
const LEADER_FOLLOWER: &str = include_str!("../../examples/policy-leader-follower.json");

/// The guide's bi-directional policies (`a-b.json`, `b-a.json`).
fn bidirectional(source: &str, destination: &str) -> String {
    LEADER_FOLLOWER
        .replace("my-source", source)
        .replace("my-destination", destination)
}

/// An organization policy that forbids deletions and allows the rest.
const NO_DELETES: &str = r#"{"default-service-strategy": "allow", "services": {"sos": {"type": "rules", "rules": [
  {"action": "deny", "expression": "operation.startsWith('delete-')"},
  {"action": "allow", "expression": "true"}]}}}"#;

/// Three errors (bad enum, unknown key, CEL syntax) and two warnings (resources, unknown operation).
const BROKEN: &str = r#"{
  "default-service-strategy": "Deny",
  "services": {
    "sos": {
      "type": "rules",
      "rules": [
        {"action": "allow", "expression": "operation == 'get-objet'", "resources": ["sos/my-source"]},
        {"action": "allow", "expresion": "true"},
        {"action": "allow", "expression": "parameters.bucket == 'x' &&"}
      ]
    }
  }
}
"#;

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

fn json_of(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(out)))
}

#[test]
fn the_guides_three_policies_are_valid() {
    let mut s = sosctl();
    write(s.home(), "policy.json", LEADER_FOLLOWER);
    s.args(["iam", "policy", "validate", "policy.json"])
        .assert()
        .success()
        .stdout("valid: 2 rules\n")
        .stderr("");
    for (a, b) in [("bucket-a", "bucket-b"), ("bucket-b", "bucket-a")] {
        sosctl()
            .args(["iam", "policy", "validate", "-"])
            .write_stdin(bidirectional(a, b))
            .assert()
            .success()
            .stdout("valid: 2 rules\n");
    }
}

#[test]
fn validate_reports_every_problem_with_its_position() {
    let mut s = sosctl();
    write(s.home(), "broken.json", BROKEN);
    let out = s.args(["iam", "policy", "validate", "broken.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let table = stdout(&out);
    for row in [
        "| error    | default-service-strategy (2:3)          | invalid value \"Deny\": expected \"allow\" or \"deny\" (did you mean \"deny\"?)",
        "| error    | services.sos.rules[1] (8:29)            | unknown key \"expresion\" (did you mean \"expression\"?)",
        "| error    | services.sos.rules[2].expression (9:71) | invalid CEL expression: Syntax error: mismatched input '<EOF>'",
        "| warning  | services.sos.rules[0].expression (7:57) | \"get-objet\" is not an SOS operation (did you mean \"get-object\"?)",
        "| warning  | services.sos.rules[0].resources (7:71)  | deprecated and not supported by the service",
    ] {
        assert!(table.contains(row), "missing {row:?} in\n{table}");
    }
    assert!(table.ends_with("invalid: 3 rules, 4 errors, 2 warnings\n"), "{table}");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: broken.json: invalid IAM policy: 4 errors\n"
    );

    // JSON: the same findings, each with its line and column.
    let out = sosctl()
        .args(["-O", "json", "iam", "policy", "validate", "-"])
        .write_stdin(BROKEN)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v = json_of(&out);
    assert_eq!(v["valid"], false);
    assert_eq!(
        (v["rules"].as_u64(), v["errors"].as_u64(), v["warnings"].as_u64()),
        (Some(3), Some(4), Some(2))
    );
    let found: Vec<(&str, &str, u64, u64)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["severity"].as_str().unwrap(),
                f["path"].as_str().unwrap(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("error", "default-service-strategy", 2, 3),
            ("error", "services.sos.rules[1]", 8, 9),
            ("error", "services.sos.rules[1]", 8, 29),
            ("error", "services.sos.rules[2].expression", 9, 71),
            ("warning", "services.sos.rules[0].expression", 7, 57),
            ("warning", "services.sos.rules[0].resources", 7, 71),
        ]
    );

    // Text: tab-separated, path and position in their own fields.
    let out = sosctl()
        .args(["-O", "text", "iam", "policy", "validate", "-"])
        .write_stdin(BROKEN)
        .output()
        .unwrap();
    assert!(
        stdout(&out).starts_with(
            "error\tdefault-service-strategy\t2:3\tinvalid value \"Deny\": expected \"allow\" or \"deny\" (did you mean \"deny\"?)\n"
        ),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_policy_that_is_not_json_is_refused_at_its_position() {
    sosctl()
        .args(["iam", "policy", "validate", "-"])
        .write_stdin("{\n  \"services\": {,}\n}")
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "| error    | 2:16 | invalid JSON: key must be a string |",
        ))
        .stderr("error: <stdin>: invalid IAM policy: 1 error\n");
    sosctl()
        .args(["iam", "policy", "validate", "missing.json"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("missing.json: no such file"));
}

#[test]
fn eval_allows_what_the_guide_says_replication_needs() {
    let mut s = sosctl();
    write(s.home(), "policy.json", LEADER_FOLLOWER);
    let out = s
        .args([
            "iam",
            "policy",
            "eval",
            "policy.json",
            "--operation",
            "get-object",
            "--bucket",
            "my-source",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let table = stdout(&out);
    for row in [
        "| Decision            | allow ",
        "| Decided by          | policy.json: rule services.sos.rules[0] (allow) ",
        "| Expression          | parameters.bucket == 'my-source' && operation == 'get-object' |",
        "| Rules evaluated     | rules[0]: true ",
        "| Organization policy | none (allow-all) ",
        "| Zone                | ch-dk-2 ",
    ] {
        assert!(table.contains(row), "missing {row:?} in\n{table}");
    }
    assert!(out.stderr.is_empty(), "{out:?}");

    for (op, bucket) in [
        ("put-object", "my-destination"),
        ("put-object-retention", "my-destination"),
        ("put-object-legal-hold", "my-destination"),
        ("delete-object", "my-destination"),
    ] {
        let mut s = sosctl();
        write(s.home(), "policy.json", LEADER_FOLLOWER);
        let out = s
            .args([
                "-O",
                "json",
                "iam",
                "policy",
                "eval",
                "policy.json",
                "--operation",
                op,
                "--bucket",
                bucket,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{op}: {out:?}");
        let v = json_of(&out);
        assert_eq!(v["decision"], "allow");
        assert_eq!(v["decided_by"]["kind"], "rule");
        assert_eq!(v["decided_by"]["index"], 1);
        assert_eq!(v["request"]["operation"], op);
    }
}

#[test]
fn eval_denies_with_exit_6_and_says_no_rule_matched() {
    let mut s = sosctl();
    write(s.home(), "policy.json", LEADER_FOLLOWER);
    let out = s
        .args(["-O", "json", "iam", "policy", "eval", "policy.json"])
        .args(["--operation", "put-object", "--bucket", "my-source", "--key", "a/b.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{out:?}");
    let v = json_of(&out);
    assert_eq!(v["allowed"], false);
    assert_eq!(v["decided_by"]["kind"], "no-rule-matched");
    assert_eq!(v["decided_by"]["text"], "no rule of services.sos matched: denied");
    let outcomes: Vec<&str> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ["false", "false"]);
    assert_eq!(v["request"]["parameters"]["key"], "a/b.txt");
    assert!(out.stderr.is_empty(), "a denial is a result, not an error: {out:?}");
}

#[test]
fn an_organization_policy_that_denies_wins() {
    let mut s = sosctl();
    write(s.home(), "policy.json", LEADER_FOLLOWER);
    write(s.home(), "org.json", NO_DELETES);
    let out = s
        .args([
            "-O",
            "text",
            "iam",
            "policy",
            "eval",
            "policy.json",
            "--org-policy",
            "org.json",
        ])
        .args(["--operation", "delete-object", "--bucket", "my-destination"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{out:?}");
    let text = stdout(&out);
    assert!(text.starts_with("Decision\tdeny\n"), "{text}");
    assert!(
        text.contains("Decided by\torg.json (organization policy): rule services.sos.rules[0] (deny)\n"),
        "{text}"
    );
    assert!(text.contains("Organization policy\torg.json: deny\n"), "{text}");

    // Allowed by both: the role's policy decided.
    let mut s = sosctl();
    write(s.home(), "policy.json", LEADER_FOLLOWER);
    write(s.home(), "org.json", NO_DELETES);
    let out = s
        .args(["-O", "json", "iam", "policy", "eval", "-", "--org-policy", "org.json"])
        .args(["--operation", "put-object", "--bucket", "my-destination"])
        .write_stdin(LEADER_FOLLOWER)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let v = json_of(&out);
    assert_eq!(v["decided_by"]["policy"], "policy");
    assert_eq!(v["org_policy"]["decision"], "allow");
}

#[test]
fn eval_binds_zone_source_ip_key_api_key_and_now() {
    let policy = r#"{"default-service-strategy": "deny", "services": {"sos": {"type": "rules", "rules": [
      {"action": "deny", "expression": "!source_ip.inIpRange('10.0.0.0/8') || !source_ip.inIpRange('2001:db8::/32')"},
      {"action": "allow", "expression": "zone == 'at-vie-1' && parameters.has('key') && parameters.key.startsWith('logs/') && identity.key != null && api_key == 'EXOabc' && timestamp(now) < timestamp('2026-01-01T00:00:00Z')"}]}}}"#;
    let eval = |extra: &[&str]| {
        let mut s = sosctl();
        write(s.home(), "p.json", policy);
        s.args(["-O", "json", "--zone", "at-vie-1", "iam", "policy", "eval", "p.json"])
            .args(["--operation", "get-object", "--bucket", "b", "--key", "logs/1"])
            .args(["--api-key", "EXOabc", "--now", "2025-06-01T00:00:00Z"])
            .args(extra)
            .output()
            .unwrap()
    };
    // An IPv4 address is not in the IPv6 range: the deny rule decides.
    let out = eval(&["--source-ip", "10.1.2.3"]);
    assert_eq!(out.status.code(), Some(6), "{out:?}");
    assert_eq!(json_of(&out)["decided_by"]["index"], 0);
    assert_eq!(json_of(&out)["request"]["source_ip"], "10.1.2.3");
    // The default source IP (127.0.0.1) is outside 10.0.0.0/8 too.
    assert_eq!(eval(&[]).status.code(), Some(6));
    // A policy without the IP rule allows the same request.
    let mut s = sosctl();
    let allow_only = policy.replace(
        "!source_ip.inIpRange('10.0.0.0/8') || !source_ip.inIpRange('2001:db8::/32')",
        "false",
    );
    write(s.home(), "p.json", &allow_only);
    let out = s
        .args(["-O", "json", "-z", "at-vie-1", "iam", "policy", "eval", "p.json"])
        .args(["--operation", "get-object", "--bucket", "b", "--key", "logs/1"])
        .args(["--api-key", "EXOabc", "--now", "2025-06-01T00:00:00Z"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let v = json_of(&out);
    assert_eq!(v["decided_by"]["index"], 1);
    assert_eq!(v["request"]["zone"], "at-vie-1");
    assert_eq!(v["request"]["identity"]["key"], "EXOabc");
    assert_eq!(v["request"]["now"], "2025-06-01T00:00:00Z");
    // Without --key, the rule reading parameters.key concludes nothing: denied.
    let mut s = sosctl();
    write(s.home(), "p.json", &allow_only);
    let out = s
        .args(["-O", "json", "-z", "at-vie-1", "iam", "policy", "eval", "p.json"])
        .args(["--operation", "get-object", "--bucket", "b", "--api-key", "EXOabc"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{out:?}");
    assert_eq!(json_of(&out)["steps"][1]["outcome"], "false");
}

#[test]
fn eval_warns_about_an_unknown_operation_and_refuses_invalid_input() {
    let mut s = sosctl();
    write(s.home(), "policy.json", LEADER_FOLLOWER);
    s.args([
        "iam",
        "policy",
        "eval",
        "policy.json",
        "--operation",
        "get-objet",
        "--bucket",
        "my-source",
    ])
    .assert()
    .code(6)
    .stderr("warning: --operation: \"get-objet\" is not an SOS operation (did you mean \"get-object\"?)\n");

    // An invalid policy is not evaluated: its problems on stderr, nothing on stdout.
    let mut s = sosctl();
    write(s.home(), "broken.json", BROKEN);
    s.args([
        "iam",
        "policy",
        "eval",
        "broken.json",
        "--operation",
        "get-object",
        "--bucket",
        "b",
    ])
    .assert()
    .code(2)
    .stdout("")
    .stderr(predicate::str::contains(
        "error: broken.json:9:71: services.sos.rules[2].expression: invalid CEL expression: Syntax error",
    ))
    .stderr(predicate::str::contains(
        "warning: broken.json:7:57: services.sos.rules[0].expression: \"get-objet\" is not an SOS operation",
    ))
    .stderr(predicate::str::ends_with(
        "error: broken.json: invalid IAM policy, not evaluated: 4 errors\n",
    ));

    // So is a valid policy under an invalid organization policy.
    let mut s = sosctl();
    write(s.home(), "policy.json", LEADER_FOLLOWER);
    write(s.home(), "org.json", "{\"default-service-strategy\": \"allow\"}");
    s.args(["iam", "policy", "eval", "policy.json", "--org-policy", "org.json"])
        .args(["--operation", "get-object", "--bucket", "my-source"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("\"services\" is required"));

    // Bad flag values and two stdin inputs are usage errors.
    for args in [
        &["--source-ip", "10.0.0"][..],
        &["--now", "yesterday"][..],
        &["--org-policy", "-"][..],
    ] {
        sosctl()
            .args([
                "iam",
                "policy",
                "eval",
                "-",
                "--operation",
                "get-object",
                "--bucket",
                "b",
            ])
            .args(args)
            .write_stdin(LEADER_FOLLOWER)
            .assert()
            .code(2)
            .stdout("");
    }
}

#[test]
fn a_deeply_nested_expression_is_refused_not_a_crash() {
    let deep = format!("{}true{}", "(".repeat(50_000), ")".repeat(50_000));
    let policy = serde_json::json!({"default-service-strategy": "deny", "services": {"sos": {"type": "rules",
        "rules": [{"action": "allow", "expression": deep}]}}});
    sosctl()
        .args(["-O", "text", "iam", "policy", "validate", "-"])
        .write_stdin(policy.to_string())
        .assert()
        .code(2)
        .stdout(predicate::str::contains("error\tservices.sos.rules[0].expression\t1:"))
        .stdout(predicate::str::contains("the expression nests too deeply"));
}

#[test]
fn the_help_lists_exit_code_6() {
    let out = sosctl().arg("--help").output().unwrap();
    assert!(
        stdout(&out).contains("6 `iam policy eval` denied the request"),
        "{}",
        stdout(&out)
    );
    let out = sosctl().args(["iam", "policy", "eval", "--help"]).output().unwrap();
    let help = stdout(&out);
    for opt in [
        "--operation",
        "--bucket",
        "--key",
        "--source-ip",
        "--org-policy",
        "--api-key",
        "--now",
    ] {
        assert!(help.contains(opt), "{opt} missing from\n{help}");
    }
}
