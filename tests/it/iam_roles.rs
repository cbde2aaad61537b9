//! Roles in `sosctl serve`: `sosctl iam role ...` as `exo iam role` prints them, persisted in the data dir;
//! replication running as the config's Role (FAILED with the reason, completed by `retry` after the policy
//! is fixed); API keys bound to roles (`iam key create`, `serve --iam FILE`). The real binary against the
//! bundled server in this test process.

use crate::iam_replication::{GUIDE_POLICY, forgets_destination};
use crate::support::in_process::ServerConfig;
use crate::support::in_process::{Srv, err, out};
use crate::support::{block_on, canned_server, s3_client, sosctl, wait_until};
use serde_json::Value;
use std::time::Duration;

const LEADER_FOLLOWER: &str = include_str!("../../examples/leader-follower.json");
const GUIDE_ROLE: &str = "replication-my-source-my-destination";

fn json(o: &std::process::Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", out(o)))
}

/// Creates the guide's role from `policy` (stdin); returns its ID.
fn create_role(s: &Srv, name: &str, policy: &str) -> String {
    let o = s
        .cmd()
        .args([
            "-O",
            "json",
            "iam",
            "role",
            "create",
            "--editable=true",
            "--policy",
            "-",
            name,
        ])
        .write_stdin(policy.to_string())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", err(&o));
    json(&o)["id"].as_str().unwrap().to_string()
}

#[test]
fn roles_are_created_listed_shown_updated_and_deleted_as_exo_prints_them() {
    let s = Srv::start();
    let o = s
        .cmd()
        .args([
            "iam",
            "role",
            "create",
            "--editable=true",
            "--description",
            "sos bucket replication between my-source and my-destination",
            "--policy",
            "-",
            GUIDE_ROLE,
        ])
        .write_stdin(GUIDE_POLICY)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", err(&o));
    let table = out(&o);
    let id = table
        .lines()
        .find_map(|l| l.strip_prefix("| ID          | "))
        .map(|l| l.trim_end_matches(['|', ' ']).to_string())
        .unwrap_or_else(|| panic!("{table}"));
    assert_eq!(id.len(), 36, "a UUID: {id}");
    for row in [
        format!("| Name        | {GUIDE_ROLE}"),
        "| Description | sos bucket replication between my-source and my-destination |".to_string(),
        "| Editable    | true".to_string(),
        "| Labels      | n/a".to_string(),
        "| Permissions | n/a".to_string(),
    ] {
        assert!(table.contains(&row), "{row}\n{table}");
    }
    // show by name and by ID: exo's JSON keys.
    for which in [GUIDE_ROLE, id.as_str()] {
        let o = s.code_in(&["-O", "json", "iam", "role", "show", which], &[], 0);
        let doc = json(&o);
        let keys: Vec<&str> = doc.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["id", "name", "description", "editable", "labels", "permission"]);
        assert_eq!(doc["id"], id.as_str());
    }
    let o = s.code_in(&["iam", "role", "show", GUIDE_ROLE, "--policy"], &[], 0);
    let shown: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(shown, serde_json::from_str::<Value>(GUIDE_POLICY).unwrap());
    // update: labels, permissions; the policy of an editable role.
    let o = s.code_in(
        &[
            "-O",
            "json",
            "iam",
            "role",
            "update",
            GUIDE_ROLE,
            "--label",
            "team=storage",
            "--permissions",
            "bypass-governance-retention",
            "--policy",
            "p.json",
        ],
        &[("p.json", &forgets_destination())],
        0,
    );
    let doc = json(&o);
    assert_eq!(doc["labels"]["team"], "storage");
    assert_eq!(doc["permission"], serde_json::json!(["bypass-governance-retention"]));
    let o = s.code_in(&["iam", "role", "show", &id, "--policy"], &[], 0);
    assert!(out(&o).contains("my-destinaton"), "{}", out(&o));
    // A role created not editable refuses a policy update.
    s.code_in(&["iam", "role", "create", "fixed"], &[], 0);
    let o = s.code_in(
        &["iam", "role", "update", "fixed", "--policy", "p.json"],
        &[("p.json", GUIDE_POLICY)],
        1,
    );
    assert!(err(&o).contains("is not editable"), "{}", err(&o));
    // Two roles of one name: by name is ambiguous.
    s.code_in(&["iam", "role", "create", "fixed"], &[], 0);
    let o = s.code_in(&["iam", "role", "show", "fixed"], &[], 2);
    assert!(
        err(&o).contains("several IAM roles are named \"fixed\": give its ID"),
        "{}",
        err(&o)
    );
    let o = s.code_in(&["-O", "text", "iam", "role", "list"], &[], 0);
    assert_eq!(out(&o).lines().count(), 3, "{}", out(&o));
    // delete asks, refuses without a terminal, and -f deletes.
    let o = s.code_in(&["iam", "role", "delete", GUIDE_ROLE], &[], 2);
    assert!(err(&o).contains("pass -f to confirm"), "{}", err(&o));
    s.code_in(&["iam", "role", "delete", "-f", GUIDE_ROLE], &[], 0);
    let o = s.code_in(&["iam", "role", "show", &id], &[], 2);
    assert!(err(&o).contains(&format!("no IAM role \"{id}\"")), "{}", err(&o));
}

#[test]
fn a_bad_policy_creates_nothing_and_says_where() {
    let s = Srv::start();
    for (policy, wanted) in [
        ("{\"default-service-strategy\": \"deny\",", "p.json:1:"),
        (
            r#"{"default-service-strategy": "deny", "services": {"sos": {"type": "rules", "rules": [
  {"action": "allow", "expression": "operation == 'get-object' &&"}]}}}"#,
            "p.json:2:",
        ),
    ] {
        let o = s.code_in(
            &["iam", "role", "create", "r", "--policy", "p.json"],
            &[("p.json", policy)],
            2,
        );
        assert!(err(&o).contains(wanted), "{}", err(&o));
        assert!(err(&o).contains("invalid IAM policy, nothing created"), "{}", err(&o));
    }
    // An unknown operation is a warning with the closest name; the role is created.
    let o = s.code_in(
        &["iam", "role", "create", "r", "--policy", "p.json"],
        &[(
            "p.json",
            r#"{"default-service-strategy": "deny", "services": {"sos": {"type": "rules", "rules": [
  {"action": "allow", "expression": "operation == 'put-objet'"}]}}}"#,
        )],
        0,
    );
    assert!(err(&o).contains("did you mean \"put-object\""), "{}", err(&o));
    let o = s.code_in(&["-O", "json", "iam", "role", "list"], &[], 0);
    assert_eq!(json(&o).as_array().unwrap().len(), 1, "only the valid one");
}

#[test]
fn roles_survive_a_restart_of_the_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = || ServerConfig {
        data_dir: Some(dir.path().to_path_buf()),
        ..ServerConfig::default()
    };
    let s = Srv::with(cfg());
    let id = create_role(&s, GUIDE_ROLE, GUIDE_POLICY);
    drop(s);
    let s = Srv::with(cfg());
    let o = s.code_in(&["-O", "json", "iam", "role", "show", GUIDE_ROLE], &[], 0);
    assert_eq!(json(&o)["id"], id.as_str());
}

#[test]
fn role_commands_elsewhere_say_they_emulate_iam_on_sosctl_serve_only() {
    let server = canned_server("200 OK", "<ListAllMyBucketsResult/>");
    let endpoint = format!("http://127.0.0.1:{}", server.port);
    for args in [
        vec!["iam", "role", "list"],
        vec!["iam", "role", "create", "r"],
        vec!["iam", "key", "create", "--role", "r"],
    ] {
        let o = sosctl()
            .env("SOSCTL_ENDPOINT", &endpoint)
            .env("SOSCTL_ACCESS_KEY", "k")
            .env("SOSCTL_SECRET_KEY", "s")
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let e = err(&o);
        assert!(
            e.contains("emulates Exoscale IAM locally, on `sosctl serve` only") && e.contains(&endpoint),
            "{e}"
        );
    }
    let o = sosctl()
        .env("SOSCTL_ENDPOINT", &endpoint)
        .env("SOSCTL_ACCESS_KEY", "k")
        .env("SOSCTL_SECRET_KEY", "s")
        .args(["bucket", "replication", "retry", "sos://my-source"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("sosctl bucket replication sync --failed sos://my-source"),
        "{}",
        err(&o)
    );
}

/// The leader → follower config running as role `id`.
fn config_as(id: &str) -> String {
    LEADER_FOLLOWER.replace("6f00a21e-a535-4286-86c5-e81eeab3b4ff", id)
}

/// The replication status and reason of `key`'s version `vid` in my-source, towards my-destination.
fn target_state(s: &Srv, key: &str, vid: &str) -> Option<(String, Option<String>)> {
    let v = s.h.store().version("my-source", key, vid)?;
    let r = v.meta.replication.as_ref()?;
    let t = r.targets.iter().find(|t| t.bucket == "my-destination")?;
    Some((format!("{:?}", t.status), t.reason.clone()))
}

fn wait_status(s: &Srv, key: &str, vid: &str, status: &str) -> Option<String> {
    let mut last = None;
    let reached = wait_until(Duration::from_secs(20), || {
        last = target_state(s, key, vid);
        last.as_ref().is_some_and(|(st, _)| st == status)
    });
    assert!(reached, "{key} {vid}: {last:?}, expected {status}");
    last.and_then(|(_, r)| r)
}

fn put(s: &Srv, key: &str, body: &[u8]) -> String {
    let c = s3_client(&s.h.endpoint(), "ch-dk-2", "sosctl-local", "sosctl-local-secret", 1);
    block_on(c.put_object(
        "my-source",
        key,
        bytes::Bytes::copy_from_slice(body),
        &Default::default(),
    ))
    .unwrap()
    .version_id
    .expect("a versioned bucket")
}

#[test]
fn replication_runs_as_the_role_and_retry_completes_it_once_the_policy_is_fixed() {
    let s = Srv::start();
    s.leader_follower_buckets();
    let id = create_role(&s, GUIDE_ROLE, &forgets_destination());
    s.code_in(
        &["bucket", "replication", "set", "sos://my-source", "c.json"],
        &[("c.json", &config_as(&id))],
        0,
    );
    let vid = put(&s, "config.json", b"{}");
    let reason = wait_status(&s, "config.json", &vid, "Failed").unwrap();
    assert_eq!(
        reason,
        format!(
            "put-object on bucket my-destination is denied by the policy of role {GUIDE_ROLE} ({id}): no rule of \
             services.sos matched: denied"
        )
    );
    // A delete marker is replicated with delete-object, which the policy lacks too.
    let c = s3_client(&s.h.endpoint(), "ch-dk-2", "sosctl-local", "sosctl-local-secret", 1);
    let marker = block_on(c.delete_object("my-source", "config.json", None))
        .unwrap()
        .version_id
        .unwrap();
    let reason = wait_status(&s, "config.json", &marker, "Failed").unwrap();
    assert!(
        reason.starts_with(&format!(
            "delete-object on bucket my-destination is denied by the policy of role {GUIDE_ROLE}"
        )),
        "{reason}"
    );
    // retry with the policy as it is: FAILED again, the same reason.
    let o = s.code_in(
        &["-O", "json", "bucket", "replication", "retry", "sos://my-source"],
        &[],
        0,
    );
    assert_eq!(json(&o)["requeued"], 2);
    assert!(wait_until(Duration::from_secs(20), || {
        target_state(&s, "config.json", &vid).is_some_and(|(st, r)| st == "Failed" && r.is_some())
            && target_state(&s, "config.json", &marker).is_some_and(|(st, _)| st == "Failed")
    }));
    // Fixed: retry completes it, with the same version id on the destination.
    s.code_in(
        &["iam", "role", "update", GUIDE_ROLE, "--policy", "p.json"],
        &[("p.json", GUIDE_POLICY)],
        0,
    );
    let o = s.code_in(&["bucket", "replication", "retry", "sos://my-source"], &[], 0);
    assert!(err(&o).contains("2 FAILED versions re-queued"), "{}", err(&o));
    wait_status(&s, "config.json", &vid, "Completed");
    wait_status(&s, "config.json", &marker, "Completed");
    assert!(s.h.store().version("my-destination", "config.json", &vid).is_some());
    assert!(
        s.h.store()
            .version("my-destination", "config.json", &marker)
            .is_some_and(|m| m.meta.delete_marker)
    );
}

#[test]
fn an_unknown_role_fails_replication_and_without_roles_every_role_is_allowed() {
    let s = Srv::start();
    s.leader_follower_buckets();
    s.code_in(
        &["bucket", "replication", "set", "sos://my-source", "c.json"],
        &[("c.json", LEADER_FOLLOWER)],
        0,
    );
    // No roles: the guide's role ID is taken as it is.
    let vid = put(&s, "a", b"1");
    wait_status(&s, "a", &vid, "Completed");
    // A role exists, but not the config's: FAILED, naming the role.
    create_role(&s, "other", GUIDE_POLICY);
    let vid = put(&s, "b", b"2");
    let reason = wait_status(&s, "b", &vid, "Failed").unwrap();
    assert_eq!(
        reason,
        "the replication role 6f00a21e-a535-4286-86c5-e81eeab3b4ff is not a role of this server (sosctl iam role list)"
    );
}

#[test]
fn retry_is_limited_to_its_bucket() {
    let s = Srv::start();
    s.leader_follower_buckets();
    s.ok(&["mb", "sos://other-source"]);
    s.ok(&["bucket", "versioning", "enable", "sos://other-source"]);
    let id = create_role(&s, GUIDE_ROLE, &forgets_destination());
    for b in ["my-source", "other-source"] {
        s.code_in(
            &["bucket", "replication", "set", &format!("sos://{b}"), "c.json"],
            &[("c.json", &config_as(&id))],
            0,
        );
    }
    let vid = put(&s, "k", b"1");
    wait_status(&s, "k", &vid, "Failed");
    let c = s3_client(&s.h.endpoint(), "ch-dk-2", "sosctl-local", "sosctl-local-secret", 1);
    let other = block_on(c.put_object(
        "other-source",
        "k",
        bytes::Bytes::from_static(b"2"),
        &Default::default(),
    ))
    .unwrap()
    .version_id
    .unwrap();
    let failed_other = || {
        s.h.store()
            .version("other-source", "k", &other)
            .and_then(|v| v.meta.replication.clone())
            .is_some_and(|r| format!("{:?}", r.status) == "Failed")
    };
    assert!(wait_until(Duration::from_secs(20), failed_other));
    let o = s.code_in(
        &["-O", "json", "bucket", "replication", "retry", "sos://other-source"],
        &[],
        0,
    );
    assert_eq!(json(&o)["requeued"], 1);
    let o = s.code_in(
        &["-O", "json", "bucket", "replication", "retry", "sos://my-source"],
        &[],
        0,
    );
    assert_eq!(json(&o)["requeued"], 1);
}

#[test]
fn a_key_bound_to_a_role_is_authorized_by_its_policy() {
    let s = Srv::start();
    s.leader_follower_buckets();
    create_role(&s, GUIDE_ROLE, GUIDE_POLICY);
    let o = s.code_in(
        &[
            "-O", "json", "iam", "key", "create", "--role", GUIDE_ROLE, "--name", "ci",
        ],
        &[],
        0,
    );
    assert!(err(&o).contains("the secret is shown this once"), "{}", err(&o));
    let k = json(&o);
    let (key, secret) = (
        k["key"].as_str().unwrap().to_string(),
        k["secret"].as_str().unwrap().to_string(),
    );
    // The list never shows the secret.
    let o = s.code_in(&["-O", "json", "iam", "key", "list"], &[], 0);
    assert!(!out(&o).contains(&secret) && out(&o).contains(&key), "{}", out(&o));
    let as_key = |args: &[&str]| {
        sosctl()
            .env("SOSCTL_ENDPOINT", s.h.endpoint())
            .env("SOSCTL_ACCESS_KEY", &key)
            .env("SOSCTL_SECRET_KEY", &secret)
            .args(args)
            .output()
            .unwrap()
    };
    let c = s3_client(&s.h.endpoint(), "ch-dk-2", &key, &secret, 0);
    let vie = s3_client(&s.h.endpoint(), "at-vie-1", &key, &secret, 0);
    // Allowed: put-object on my-destination.
    block_on(vie.put_object(
        "my-destination",
        "x",
        bytes::Bytes::from_static(b"x"),
        &Default::default(),
    ))
    .unwrap();
    // Denied: put-object on my-source, listing, the operator endpoints.
    let e = block_on(c.put_object("my-source", "x", bytes::Bytes::from_static(b"x"), &Default::default())).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("AccessDenied") && msg.contains("put-object on bucket my-source"),
        "{msg}"
    );
    let o = as_key(&["list", "sos://my-source/"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("list-objects on bucket my-source is denied"),
        "{}",
        err(&o)
    );
    let o = as_key(&["iam", "role", "list"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("bound to an IAM role"), "{}", err(&o));
}

#[test]
fn serve_iam_file_binds_keys_to_roles_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("iam.json");
    let policy: Value = serde_json::from_str(GUIDE_POLICY).unwrap();
    let doc = serde_json::json!({
        "roles": [{"name": GUIDE_ROLE, "id": "6f00a21e-a535-4286-86c5-e81eeab3b4ff", "policy": policy}],
        "keys": [{"key": "EXOreplication", "secret": "s3cr3t-of-the-test", "role": GUIDE_ROLE}],
    });
    std::fs::write(&file, doc.to_string()).unwrap();
    let s = Srv::with(ServerConfig {
        iam_file: Some(file.clone()),
        ..ServerConfig::default()
    });
    s.leader_follower_buckets();
    let c = s3_client(&s.h.endpoint(), "at-vie-1", "EXOreplication", "s3cr3t-of-the-test", 0);
    block_on(c.put_object(
        "my-destination",
        "x",
        bytes::Bytes::from_static(b"x"),
        &Default::default(),
    ))
    .unwrap();
    let e = block_on(c.delete_bucket("my-destination")).unwrap_err().to_string();
    assert!(e.contains("delete-bucket on bucket my-destination is denied"), "{e}");
    // The guide's config, whose Role is the file's role, replicates.
    s.code_in(
        &["bucket", "replication", "set", "sos://my-source", "c.json"],
        &[("c.json", LEADER_FOLLOWER)],
        0,
    );
    let vid = put(&s, "k", b"1");
    wait_status(&s, "k", &vid, "Completed");
    // A file naming a role that does not exist stops the server from starting.
    std::fs::write(&file, r#"{"keys": [{"key": "EXOx", "secret": "y", "role": "nobody"}]}"#).unwrap();
    let e = sosctl::server::spawn(ServerConfig {
        iam_file: Some(file.clone()),
        ..ServerConfig::default()
    })
    .err()
    .expect("refused");
    assert!(e.to_string().contains("keys[0].role: no role \"nobody\""), "{e}");
}

#[test]
fn demo_plays_step_1_and_the_forgotten_destination() {
    let o = sosctl()
        .args(["demo", "--wait-timeout", "60s"])
        .timeout(Duration::from_secs(300))
        .output()
        .unwrap();
    let text = out(&o);
    assert!(o.status.success(), "demo failed:\n{text}\nstderr:\n{}", err(&o));
    for line in [
        "$ cat policy.json | sosctl iam role create --editable=true --description 'sos bucket replication between \
         my-source and my-destination' --policy - replication-my-source-my-destination",
        "$ cat a-b.json | sosctl iam role create --editable=true --description 'sos bucket replication between \
         bucket-a and bucket-b' --policy - replication-bucket-a-bucket-b",
        "$ cat b-a.json | sosctl iam role create --editable=true --description 'sos bucket replication between \
         bucket-b and bucket-a' --policy - replication-bucket-b-bucket-a",
        "$ sosctl bucket replication check sos://my-app ./config.json --policy ./policy.json",
        "$ sosctl iam role update replication-my-app --policy ./policy-fixed.json",
        "$ sosctl bucket replication retry sos://my-app",
    ] {
        assert!(text.lines().any(|l| l == line), "missing `{line}` in:\n{text}");
    }
    // The role's ID went into the config the demo shows and sets.
    let id = text
        .lines()
        .find_map(|l| l.strip_prefix("# config.json: \"Role\" is now "))
        .and_then(|l| l.split(',').next())
        .unwrap_or_else(|| panic!("{text}"));
    assert!(text.contains(&format!("\"Role\": \"{id}\"")), "{text}");
    assert!(
        text.contains("# the server's reason (GET /_sosctl/replication): put-object on bucket my-app-backup is denied"),
        "{text}"
    );
    assert!(
        text.contains("sos://my-app: 1 FAILED version re-queued for replication"),
        "{text}"
    );
}

#[test]
fn a_version_under_retention_needs_put_object_retention_from_the_role() {
    let s = Srv::start();
    for (b, z) in [("my-source", "ch-dk-2"), ("my-destination", "at-vie-1")] {
        s.ok(&["mb", "--object-lock", "--zone", z, &format!("sos://{b}")]);
    }
    // put-object and delete-object, but none of the other put-object-* calls.
    let narrow = GUIDE_POLICY.replace(
        "(operation.startsWith('put-object') || operation.startsWith('delete-object'))",
        "(operation == 'put-object' || operation == 'delete-object')",
    );
    let id = create_role(&s, GUIDE_ROLE, &narrow);
    // check --policy knows the source has Object Lock: retention and legal hold FAIL.
    let o = s.code_in(
        &[
            "-O",
            "json",
            "bucket",
            "replication",
            "check",
            "sos://my-source",
            "c.json",
            "--policy",
            "p.json",
        ],
        &[("c.json", &config_as(&id)), ("p.json", &narrow)],
        2,
    );
    let failed: Vec<String> = json(&o)["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["result"] == "FAIL")
        .map(|c| c["detail"].as_str().unwrap().split(' ').next().unwrap().to_string())
        .collect();
    assert_eq!(failed, ["put-object-retention", "put-object-legal-hold"]);
    s.code_in(
        &["bucket", "replication", "set", "sos://my-source", "c.json"],
        &[("c.json", &config_as(&id))],
        0,
    );
    // A version without retention replicates; one under retention FAILs on put-object-retention.
    let plain = put(&s, "plain", b"1");
    wait_status(&s, "plain", &plain, "Completed");
    let until = time::OffsetDateTime::now_utc() + time::Duration::days(1);
    let until = until.format(&time::format_description::well_known::Rfc3339).unwrap();
    let c = s3_client(&s.h.endpoint(), "ch-dk-2", "sosctl-local", "sosctl-local-secret", 1);
    let locked = block_on(c.put_object(
        "my-source",
        "locked",
        bytes::Bytes::from_static(b"2"),
        &sosctl::s3::PutObjectOptions {
            headers: vec![
                ("x-amz-object-lock-mode".into(), "GOVERNANCE".into()),
                ("x-amz-object-lock-retain-until-date".into(), until),
            ],
            ..Default::default()
        },
    ))
    .unwrap()
    .version_id
    .unwrap();
    let reason = wait_status(&s, "locked", &locked, "Failed").unwrap();
    assert!(
        reason.starts_with("put-object-retention on bucket my-destination is denied by the policy of role"),
        "{reason}"
    );
}

#[test]
fn hostile_iam_bodies_are_refused_and_the_server_keeps_serving() {
    let s = Srv::start();
    let c = s3_client(&s.h.endpoint(), "ch-dk-2", "sosctl-local", "sosctl-local-secret", 0);
    let deep = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
    let huge = format!("{{\"name\": \"{}\"}}", "x".repeat(3 * 1024 * 1024));
    for body in [
        deep,
        huge,
        "{\"name\": \"r\", \"policy\": 7}".to_string(),
        "{\"nme\": \"r\"}".to_string(),
    ] {
        let r = block_on(c.raw(
            reqwest::Method::POST,
            "/_sosctl/iam/role",
            &[],
            bytes::Bytes::from(body),
        ))
        .unwrap();
        assert!(r.status().is_client_error(), "{}", r.status());
    }
    let o = s.code_in(&["-O", "json", "iam", "role", "list"], &[], 0);
    assert_eq!(json(&o), serde_json::json!([]), "nothing was created");
}

#[test]
fn a_bound_keys_source_ip_is_the_clients_address() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("iam.json");
    let from = |range: &str| {
        serde_json::json!({"default-service-strategy": "deny", "services": {"sos": {"type": "rules", "rules": [
            {"action": "allow", "expression": format!("source_ip.inIpRange('{range}')")}]}}})
    };
    let doc = serde_json::json!({
        "roles": [{"name": "office", "policy": from("10.0.0.0/8")}, {"name": "here", "policy": from("127.0.0.0/8")}],
        "keys": [
            {"key": "EXOoffice", "secret": "office-secret", "role": "office"},
            {"key": "EXOhere", "secret": "here-secret", "role": "here"},
        ],
    });
    std::fs::write(&file, doc.to_string()).unwrap();
    let s = Srv::with(ServerConfig {
        iam_file: Some(file),
        ..ServerConfig::default()
    });
    s.ok(&["mb", "sos://bkt"]);
    let here = s3_client(&s.h.endpoint(), "ch-dk-2", "EXOhere", "here-secret", 0);
    block_on(here.put_object("bkt", "k", bytes::Bytes::from_static(b"x"), &Default::default())).unwrap();
    let office = s3_client(&s.h.endpoint(), "ch-dk-2", "EXOoffice", "office-secret", 0);
    let e = block_on(office.put_object("bkt", "k", bytes::Bytes::from_static(b"x"), &Default::default()))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("put-object on bucket bkt is denied to API key EXOoffice by the policy of role office"),
        "{e}"
    );
}
