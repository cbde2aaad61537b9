//! The binary's command-line contract: exit codes, usage errors, help and version, config-file errors,
//! generated completions and man pages, and that no secret reaches the terminal.

use crate::support::{self, sosctl};
use predicates::prelude::*;
use predicates::str::contains;

#[test]
fn help_and_version_exit_0() {
    sosctl()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(contains("Usage: sosctl"));
    sosctl()
        .arg("--version")
        .assert()
        .code(0)
        .stdout(format!("sosctl {}\n", env!("CARGO_PKG_VERSION")));
    sosctl()
        .args(["bucket", "replication", "status", "--help"])
        .assert()
        .code(0)
        .stdout(contains("--wait"));
    // propagate_version: subcommands answer --version too.
    sosctl().args(["list", "--version"]).assert().code(0);
}

#[test]
fn help_lists_every_command_of_the_reference() {
    let out = sosctl().arg("--help").output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for cmd in [
        "list",
        "mb",
        "rb",
        "show",
        "upload",
        "download",
        "delete",
        "purge",
        "presign",
        "bucket",
        "replication",
        "serve",
        "demo",
        "completions",
        "man",
    ] {
        assert!(
            help.contains(&format!("\n  {cmd} ")),
            "`{cmd}` missing from --help:\n{help}"
        );
    }
    for opt in [
        "--config",
        "--use-account",
        "--zone",
        "--endpoint",
        "--output-format",
        "--quiet",
        "--timeout",
        "--retries",
        "--trace",
    ] {
        assert!(help.contains(opt), "`{opt}` missing from --help");
    }
}

#[test]
fn usage_errors_exit_2() {
    sosctl()
        .args(["list", "--no-such-flag"])
        .assert()
        .code(2)
        .stderr(contains("--no-such-flag"));
    sosctl()
        .args(["--timeout", "nonsense", "list"])
        .assert()
        .code(2)
        .stderr(contains("invalid duration `nonsense`"));
    sosctl()
        .args(["list", "--timeout", "0s"])
        .assert()
        .code(2)
        .stderr(contains("greater than zero"));
    sosctl()
        .args(["--retries", "lots", "list"])
        .assert()
        .code(2)
        .stderr(contains("invalid value 'lots' for '--retries <N>'"));
    sosctl()
        .arg("frobnicate")
        .assert()
        .code(2)
        .stderr(contains("unrecognized subcommand 'frobnicate'"));
    sosctl()
        .args(["-O", "yaml", "list"])
        .assert()
        .code(2)
        .stderr(contains("invalid value 'yaml'"));
    // An unknown canned ACL is refused before anything is sent (some servers silently ignore it).
    sosctl()
        .args(["mb", "--acl", "public", "sos://acl-bucket"])
        .assert()
        .code(2)
        .stderr(contains(
            "`public` is not a canned ACL for a bucket: use one of private, public-read",
        ));
    sosctl()
        .args(["upload", "--acl", "log-delivery-write", "f", "sos://acl-bucket/"])
        .assert()
        .code(2)
        .stderr(contains(
            "`log-delivery-write` is not a canned ACL for an object: use one of private",
        ));
    // exo: several files go under a prefix, so the destination must end with `/`; nothing is sent.
    sosctl()
        .args(["upload", "a.txt", "b.txt", "sos://some-bucket/name"])
        .assert()
        .code(2)
        .stderr(contains(
            "2 files to upload: the destination `sos://some-bucket/name` must end with `/`",
        ));
    // No subcommand: the help goes to stderr and it is a usage error.
    sosctl().assert().code(2).stderr(contains("Usage: sosctl"));
    // A secret is never a flag.
    sosctl().args(["list", "--secret-key", "x"]).assert().code(2);
}

#[test]
fn invalid_zone_exits_2_naming_the_zone_and_its_source() {
    sosctl()
        .args(["list", "-z", "mars-1"])
        .assert()
        .code(2)
        .stderr(contains("error: unknown zone `mars-1` (from --zone)").and(contains("ch-gva-2")));
    sosctl()
        .arg("list")
        .env("EXOSCALE_ZONE", "a/b")
        .assert()
        .code(2)
        .stderr(contains("invalid zone `a/b` (from EXOSCALE_ZONE)"));
    sosctl()
        .arg("list")
        .env("SOSCTL_OUTPUT", "yaml")
        .assert()
        .code(2)
        .stderr(contains("SOSCTL_OUTPUT"));
}

#[test]
fn bad_config_file_exits_2_naming_the_file() {
    let mut cmd = sosctl();
    let path = cmd.write_config("[[accounts]\nname = \"broken\"\n");
    cmd.arg("list").assert().code(2).stderr(contains(format!(
        "error: config file {} does not parse at line 1",
        path.display()
    )));

    // exo's file is read when sosctl has none of its own.
    let mut cmd = sosctl();
    let path = cmd.write_config_at("exoscale/exoscale.toml", "defaultaccount = \n");
    cmd.arg("list")
        .assert()
        .code(2)
        .stderr(contains(path.display().to_string()).and(contains("does not parse")));

    let mut cmd = sosctl();
    let missing = cmd.home().join("nope.toml");
    cmd.args(["--config", missing.to_str().unwrap(), "list"])
        .assert()
        .code(2)
        .stderr(contains("nope.toml (from --config) does not exist"));

    let mut cmd = sosctl();
    cmd.write_config("[[accounts]]\nname = \"a\"\nkey = \"K\"\nsecret = \"S\"\n");
    cmd.args(["-A", "b", "list"])
        .assert()
        .code(2)
        .stderr(contains("account `b` (from --use-account) not found").and(contains("(accounts: a)")));
}

#[test]
fn completions_and_man_work_even_with_a_broken_config() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let mut cmd = sosctl();
        cmd.write_config("this is not toml");
        cmd.args(["completions", shell])
            .assert()
            .code(0)
            .stdout(contains("sosctl").and(contains("upload")))
            .stderr("");
    }
    sosctl().args(["completions", "tcsh"]).assert().code(2);

    let mut cmd = sosctl();
    let out = cmd.home().join("pages");
    cmd.args(["man", "--out", out.to_str().unwrap()]).assert().code(0);
    let page = std::fs::read_to_string(out.join("sosctl-bucket-replication-set.1")).unwrap();
    assert!(
        page.starts_with(".ie") && page.contains(".TH sosctl-bucket-replication-set 1"),
        "{page}"
    );
    sosctl().arg("man").assert().code(0).stdout(contains(".TH sosctl 1"));
}

#[test]
fn closed_stdout_pipe_exits_0_quietly() {
    use std::process::Stdio;
    // A completion script is larger than a pipe buffer, so the writer meets the closed pipe.
    let home = tempfile::tempdir().unwrap();
    let mut child = support::sosctl_process(home.path())
        .args(["completions", "bash"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

const SECRET: &str = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY";

/// Runs a command that must fail (the endpoint refuses) and checks that the secret shows nowhere in its
/// output; returns stderr.
fn assert_secret_not_printed(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stdout.contains(SECRET) && !stderr.contains(SECRET),
        "secret printed:\n{stdout}\n{stderr}"
    );
    assert!(
        !stdout.contains("EXAMPLEKEY") && !stderr.contains("EXAMPLEKEY"),
        "part of the secret printed"
    );
    assert_ne!(
        out.status.code(),
        Some(0),
        "a refused request cannot succeed:\n{stderr}"
    );
    stderr.into_owned()
}

const DENIED: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code>\
<Message>Access Denied</Message><RequestId>r1</RequestId></Error>";

#[test]
fn no_secret_printed_with_trace_against_a_server_that_answers() {
    let server = support::canned_server("403 Forbidden", DENIED);
    let endpoint = format!("http://127.0.0.1:{}", server.port);
    let args = [
        "--trace",
        "--retries",
        "0",
        "--endpoint",
        &endpoint,
        "-z",
        "ch-dk-2",
        "list",
        "sos://bucket/",
    ];
    let stderr = assert_secret_not_printed(
        sosctl()
            .args(args)
            .env("SOSCTL_ACCESS_KEY", "EXOvisiblekey")
            .env("SOSCTL_SECRET_KEY", SECRET),
    );
    let requests = server.requests.lock().unwrap().clone();
    assert!(!requests.is_empty(), "the command reached the server");
    assert!(
        requests.iter().all(|r| !r.contains(SECRET)),
        "the secret itself is never sent"
    );
    // The trace really printed the exchange; without it this test would prove nothing.
    assert!(stderr.contains("> GET") && stderr.contains("/bucket"), "{stderr}");
    assert!(stderr.contains("403"), "{stderr}");
    assert!(stderr.contains("AccessDenied"), "{stderr}");
}

#[test]
fn no_secret_printed_with_trace_from_env_or_config() {
    let args = [
        "--trace",
        "--retries",
        "0",
        "--endpoint",
        "http://127.0.0.1:9",
        "-z",
        "ch-dk-2",
        "list",
        "sos://bucket/",
    ];
    for (k, s) in [
        ("SOSCTL_ACCESS_KEY", "SOSCTL_SECRET_KEY"),
        ("EXOSCALE_API_KEY", "EXOSCALE_API_SECRET"),
        ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"),
    ] {
        assert_secret_not_printed(sosctl().args(args).env(k, "EXOvisiblekey").env(s, SECRET));
    }
    let mut cmd = sosctl();
    cmd.write_config(&format!(
        "[[accounts]]\nname = \"a\"\nkey = \"EXOk\"\nsecret = \"{SECRET}\"\n"
    ));
    assert_secret_not_printed(cmd.args(args));
    let mut cmd = sosctl();
    cmd.write_config(&format!(
        "[[accounts]]\nname = \"a\"\nkey = \"EXOk\"\nsecretCommand = [\"echo\", \"{SECRET}\"]\n"
    ));
    assert_secret_not_printed(cmd.args(args));
    // A config file that breaks on the secret's own line.
    let mut cmd = sosctl();
    cmd.write_config(&format!(
        "[[accounts]]\nname = \"a\"\nkey = \"EXOk\"\nsecret = \"{SECRET}\n"
    ));
    assert_secret_not_printed(cmd.args(args));
}

#[test]
fn no_credentials_is_one_paragraph_naming_the_three_ways() {
    sosctl()
        .args(["--endpoint", "http://127.0.0.1:9", "list"])
        .assert()
        .code(2)
        .stderr(
            contains("error: no credentials found")
                .and(contains("SOSCTL_ACCESS_KEY"))
                .and(contains("EXOSCALE_API_KEY"))
                .and(contains("AWS_ACCESS_KEY_ID"))
                .and(contains("config file")),
        );
}

#[test]
fn harness_scrubs_the_environment() {
    // The harness removes the developer's S3 variables but keeps the CA bundle tools need.
    assert!(support::is_scrubbed("AWS_SECRET_ACCESS_KEY"));
    assert!(support::is_scrubbed("SOSCTL_ZONE"));
    assert!(support::is_scrubbed("EXOSCALE_API_SECRET"));
    assert!(!support::is_scrubbed("AWS_CA_BUNDLE"));
    assert!(!support::is_scrubbed("HOME"));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    assert!(support::port_open(listener.local_addr().unwrap().port()));
    let (a, b) = (support::free_port(), support::free_port());
    assert!(a > 0 && b > 0);
    let mut n = 0;
    assert!(support::wait_until(std::time::Duration::from_secs(5), || {
        n += 1;
        n == 3
    }));
    assert!(!support::wait_until(std::time::Duration::from_millis(30), || false));
    assert!(support::require_tool("sh"));
}

/// The access key and region a request was signed with, from its head (presigned query or Authorization).
fn signed_as(head: &str) -> Option<(String, String)> {
    let decoded = head.replace("%2F", "/").replace("%2f", "/");
    let at = decoded.find("Credential=")? + "Credential=".len();
    let cred: String = decoded[at..]
        .chars()
        .take_while(|c| !matches!(c, '&' | ',' | ' ' | '\r' | '\n'))
        .collect();
    let mut parts = cred.split('/');
    let key = parts.next()?.to_string();
    let _date = parts.next()?;
    let region = parts.next()?.to_string();
    Some((key, region))
}

/// Runs `sosctl list sos://bucket/` against a canned 403 server and returns (access key, region) of the
/// request it sent.
fn signature_of(cmd: &mut support::Sosctl) -> (String, String) {
    signature_of_with(cmd, &[])
}

/// Same, with arguments after the subcommand's own.
fn signature_of_with(cmd: &mut support::Sosctl, after: &[&str]) -> (String, String) {
    let server = support::canned_server("403 Forbidden", DENIED);
    let endpoint = format!("http://127.0.0.1:{}", server.port);
    let out = cmd
        .args(["--retries", "0", "--endpoint", &endpoint, "list", "sos://bucket/"])
        .args(after)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "a 403 is an operation failure:\n{stderr}");
    let heads = server.requests.lock().unwrap().clone();
    let head = heads
        .first()
        .unwrap_or_else(|| panic!("no request reached the server:\n{stderr}"));
    signed_as(head).unwrap_or_else(|| panic!("no credential in the request:\n{head}"))
}

#[test]
fn credentials_and_zone_precedence_reach_the_wire() {
    let pair = |k: &str| (format!("{k}-key"), "ch-dk-2".to_string());
    let all = [
        ("SOSCTL_ACCESS_KEY", "SOSCTL_SECRET_KEY"),
        ("EXOSCALE_API_KEY", "EXOSCALE_API_SECRET"),
        ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"),
    ];
    for first in 0..all.len() {
        let mut cmd = sosctl();
        cmd.write_config("[[accounts]]\nname = \"a\"\nkey = \"file-key\"\nsecret = \"file-secret\"\n");
        for (k, s) in &all[first..] {
            cmd.env(k, format!("{k}-key")).env(s, "env-secret");
        }
        assert_eq!(
            signature_of(&mut cmd),
            pair(all[first].0),
            "{} should win",
            all[first].0
        );
    }

    // Then the config file's account: -A over defaultaccount; the account's defaultZone is the region
    // unless a flag or variable says otherwise.
    let cfg = "defaultaccount = \"work\"\n\
        [[accounts]]\nname = \"home\"\nkey = \"home-key\"\nsecret = \"s\"\ndefaultZone = \"at-vie-1\"\n\
        [[accounts]]\nname = \"work\"\nkey = \"work-key\"\nsecretCommand = [\"echo\", \"s\"]\ndefaultZone = \"lab-2\"\n";
    let mut cmd = sosctl();
    cmd.write_config(cfg);
    assert_eq!(signature_of(&mut cmd), ("work-key".into(), "lab-2".into()));
    let mut cmd = sosctl();
    cmd.write_config(cfg);
    cmd.args(["-A", "home"]);
    assert_eq!(signature_of(&mut cmd), ("home-key".into(), "at-vie-1".into()));
    let mut cmd = sosctl();
    cmd.write_config(cfg);
    cmd.env("SOSCTL_ACCOUNT", "home").env("EXOSCALE_ZONE", "de-fra-1");
    assert_eq!(signature_of(&mut cmd), ("home-key".into(), "de-fra-1".into()));
    let mut cmd = sosctl();
    cmd.write_config(cfg);
    cmd.env("SOSCTL_ZONE", "de-fra-1");
    // `-z` after the subcommand still wins over the environment.
    let (_, region) = signature_of_with(&mut cmd, &["-z", "hr-zag-1"]);
    assert_eq!(region, "hr-zag-1");
}

#[test]
fn config_file_account_drives_a_real_s3_server() {
    let Some(moto) = support::shared_moto() else { return };
    // The account's sosEndpoint (with {zone}) and defaultZone, a secretCommand, and -A picking the account:
    // the whole settings chain, through to a server that answers like S3.
    let cfg = format!(
        "defaultaccount = \"other\"\n\
         [[accounts]]\nname = \"other\"\nkey = \"k\"\nsecret = \"s\"\nsosEndpoint = \"http://127.0.0.1:9\"\n\
         [[accounts]]\nname = \"local\"\nkey = \"local-key\"\nsecretCommand = [\"echo\", \"local-secret\"]\n\
         defaultZone = \"us-east-1\"\nsosEndpoint = \"http://127.0.0.1:{}/?{{zone}}\"\n",
        moto.port()
    );
    let mut cmd = sosctl();
    cmd.write_config(&cfg);
    cmd.args(["-A", "local", "list"])
        .assert()
        .code(2)
        .stderr(contains("no query or fragment").and(contains("(from sosEndpoint of account `local` in")));

    let cfg = cfg.replace("/?{zone}", "");
    let mut cmd = sosctl();
    cmd.write_config(&cfg);
    cmd.args(["-A", "local", "mb", "sos://settings-e2e"]).assert().code(0);
    let mut cmd = sosctl();
    cmd.write_config(&cfg);
    cmd.env("SOSCTL_ACCOUNT", "local")
        .args(["list", "-O", "text"])
        .assert()
        .code(0)
        .stdout(contains("settings-e2e"));
    // The default account points at a closed port: without -A the same command fails.
    let mut cmd = sosctl();
    cmd.write_config(&cfg);
    cmd.args(["--retries", "0", "list"]).assert().code(1);
}

#[test]
fn a_non_utf8_variable_in_the_environment_does_not_crash_resolution() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    // Resolution runs (and rejects the zone) instead of panicking while reading the environment.
    sosctl()
        .env("SOSCTL_TEST_LATIN1", OsStr::from_bytes(b"caf\xe9"))
        .args(["list", "-z", "mars-1"])
        .assert()
        .code(2)
        .stderr(contains("unknown zone `mars-1`"));
}
