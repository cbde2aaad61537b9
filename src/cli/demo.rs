//! `sosctl demo`: plays the product guide's two walk-throughs against an embedded server.
//!
//! The server runs in this process on a free loopback port ([`crate::server::spawn`]); each step runs this
//! very binary again (`current_exe`) with the endpoint and credentials in its environment, exactly as a
//! user would type it, so what is printed is the real output of the real commands. After each step the
//! demo checks that it behaved as the guide says, and stops at the first step that did not.

use super::exit::Exit;
use super::output::Printer;
use super::parse;
use super::settings::OutputSettings;
use crate::server::{self, ServerConfig};
use anyhow::Context;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, clap::Args)]
#[command(after_long_help = DEMO_HELP)]
pub struct DemoArgs {
    /// How long to wait for replication at each step
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = parse::duration)]
    pub wait_timeout: std::time::Duration,
    /// Start with the server's replication paused, so that the first wait fails (for testing the
    /// demo's own failure report)
    #[arg(long, hide = true)]
    pub pause_replication: bool,
}

const DEMO_HELP: &str = "\
Starts the bundled server in memory on a free 127.0.0.1 port, then plays the guide's leader → follower \
walk-through (my-source in ch-dk-2 replicating to my-destination in at-vie-1) and its bi-directional one \
(bucket-a ⇄ bucket-b), each from step 1: the IAM role created with the guide's policy (`iam role create`, \
which the server emulates), its ID put into the config. A third scenario shows a policy that forgets the \
destination: `check --policy` reports it, an upload goes FAILED with the reason, the role is fixed with \
`iam role update --policy` and `retry` completes the version. Each step is printed as the command a user would type (`$ sosctl ...`) followed by \
its real output: the steps run this binary with SOSCTL_ENDPOINT, SOSCTL_ACCESS_KEY and SOSCTL_SECRET_KEY \
pointing at the embedded server, in a temporary directory holding the guide's files. The server and the \
files are gone when the demo ends.

Exit codes: 0 every step behaved as the guide says; 1 a step did not (the demo says which and why, and \
stops there).";

/// The guide's leader → follower replication config (`config.json`).
const CONFIG_JSON: &str = include_str!("../../examples/leader-follower.json");
const CONF_A_JSON: &str = include_str!("../../examples/conf-a.json");
const CONF_B_JSON: &str = include_str!("../../examples/conf-b.json");

/// The guide's IAM policy for a replication from `src` to `dst` (`policy.json`, `a-b.json`, `b-a.json`).
fn policy(src: &str, dst: &str) -> String {
    format!(
        r#"{{
  "default-service-strategy": "deny",
  "services": {{
    "sos": {{
      "type": "rules",
      "rules": [
        {{
          "action": "allow",
          "expression": "parameters.bucket == '{src}' && operation == 'get-object'"
        }},
        {{
          "action": "allow",
          "expression": "parameters.bucket == '{dst}' && (operation.startsWith('put-object') || operation.startsWith('delete-object'))"
        }}
      ]
    }}
  }}
}}
"#
    )
}

/// A scratch directory removed on drop (the guide's files live there; the steps run in it).
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> anyhow::Result<Scratch> {
        let base = std::env::temp_dir();
        for _ in 0..16 {
            let p = base.join(format!("sosctl-demo-{}-{:08x}", std::process::id(), fastrand::u32(..)));
            match std::fs::create_dir(&p) {
                Ok(()) => return Ok(Scratch(p)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e).with_context(|| format!("creating {}", p.display())),
            }
        }
        anyhow::bail!("cannot create a scratch directory in {}", base.display())
    }
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `30s`, `1500ms`: a duration as `--wait-timeout` reads it.
fn duration_arg(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{}s", d.as_secs())
    } else {
        format!("{}ms", d.as_millis())
    }
}

/// An argument as a user would type it in a POSIX shell.
fn shell_quote(a: &str) -> String {
    if !a.is_empty() && a.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=@,+%".contains(c)) {
        a.to_string()
    } else {
        format!("'{}'", a.replace('\'', "'\\''"))
    }
}

/// Why a step did not behave as documented.
#[derive(Debug, thiserror::Error)]
#[error("step {step} (`{command}`) did not behave as the guide says: {why}")]
struct StepFailed {
    step: usize,
    command: String,
    why: String,
}

/// Runs the steps: prints them, runs them, checks them.
struct Player {
    /// Where the demo's own lines go (the steps' output is theirs, passed through as it came).
    out: Printer,
    exe: PathBuf,
    dir: PathBuf,
    home: PathBuf,
    env: Vec<(String, String)>,
    step: usize,
    last_command: String,
    /// Longest a step may run.
    step_limit: Duration,
}

impl Player {
    fn say(&self, text: &str) -> anyhow::Result<()> {
        Ok(self.out.line(text)?)
    }

    /// Shows a file of the scratch directory the way the guide does (`# name` then its text).
    fn show_file(&self, name: &str) -> anyhow::Result<()> {
        let text = std::fs::read_to_string(self.dir.join(name)).with_context(|| format!("reading {name}"))?;
        self.say(&format!("# {name}\n{}", text.trim_end()))
    }

    /// Runs `sosctl ARGS` (printed first), prints its output (stdout and stderr interleaved as written),
    /// and fails the step unless it exits with `code`. Returns the output.
    fn run(&mut self, args: &[&str], code: i32) -> anyhow::Result<String> {
        self.run_piped(None, args, code)
    }

    /// [`Player::run`] with the file `stdin` (of the scratch directory) on standard input, shown as the
    /// guide writes it: `cat FILE | sosctl ...`.
    fn run_piped(&mut self, stdin: Option<&str>, args: &[&str], code: i32) -> anyhow::Result<String> {
        self.step += 1;
        let cat = stdin.map(|f| format!("cat {} | ", shell_quote(f))).unwrap_or_default();
        let shown = cat
            + &std::iter::once("sosctl".to_string())
                .chain(args.iter().map(|a| shell_quote(a)))
                .collect::<Vec<_>>()
                .join(" ");
        self.last_command = shown.clone();
        self.say(&format!("$ {shown}"))?;
        let (mut reader, writer) = std::io::pipe().context("creating a pipe")?;
        let mut cmd = std::process::Command::new(&self.exe);
        let input = match stdin {
            Some(f) => std::process::Stdio::from(
                std::fs::File::open(self.dir.join(f)).with_context(|| format!("opening {f}"))?,
            ),
            None => std::process::Stdio::null(),
        };
        cmd.args(args)
            .current_dir(&self.dir)
            .stdin(input)
            .stdout(writer.try_clone().context("duplicating a pipe")?)
            .stderr(writer);
        for (k, _) in std::env::vars_os() {
            if let Some(k) = k.to_str()
                && (["SOSCTL_", "EXOSCALE_", "AWS_"].iter().any(|p| k.starts_with(p))
                    || k.eq_ignore_ascii_case("http_proxy")
                    || k.eq_ignore_ascii_case("https_proxy")
                    || k.eq_ignore_ascii_case("all_proxy"))
            {
                cmd.env_remove(k);
            }
        }
        // No config file of the user's (a broken one would stop every step): an empty HOME.
        cmd.env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", self.home.join(".config"));
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().with_context(|| format!("running {}", self.exe.display()))?;
        // The pipe's write ends live in `cmd`: drop them so that reading ends when the child exits.
        drop(cmd);
        let reading = std::thread::spawn(move || {
            let mut bytes = Vec::new();
            reader.read_to_end(&mut bytes).map(|_| bytes)
        });
        // A step that hangs must not hang the demo: it gets the replication wait plus a margin.
        let deadline = std::time::Instant::now() + self.step_limit;
        let status = loop {
            if let Some(st) = child.try_wait().context("waiting for a step")? {
                break Some(st);
            }
            if std::time::Instant::now() >= deadline {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        let bytes = reading
            .join()
            .map_err(|_| anyhow::anyhow!("reading the output of a step failed"))?
            .context("reading the output of a step")?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
        }
        let Some(status) = status else {
            return Err(self.fail(format!("still running after {}s: stopped", self.step_limit.as_secs())));
        };
        match status.code() {
            Some(c) if c == code => Ok(text),
            Some(c) => Err(self.fail(format!("exit code {c}, expected {code}"))),
            None => Err(self.fail("killed by a signal".into())),
        }
    }

    fn fail(&self, why: String) -> anyhow::Error {
        StepFailed {
            step: self.step,
            command: self.last_command.clone(),
            why,
        }
        .into()
    }

    /// `mb --zone ZONE sos://B`, confirmed.
    fn make_bucket(&mut self, zone: &str, b: &str) -> anyhow::Result<()> {
        let out = self.run(&["mb", "--zone", zone, &format!("sos://{b}")], 0)?;
        self.expect(
            out.contains(&format!("sos://{b} in {zone}")),
            &format!("no confirmation of the bucket in {zone}"),
        )
    }

    /// `bucket versioning enable --zone ZONE sos://B`, reported Enabled.
    fn enable_versioning(&mut self, zone: &str, b: &str) -> anyhow::Result<()> {
        let out = self.run(
            &["bucket", "versioning", "enable", "--zone", zone, &format!("sos://{b}")],
            0,
        )?;
        self.expect(out.contains("Enabled"), "versioning is not reported Enabled")
    }

    /// `bucket replication status --wait --wait-timeout WAIT sos://B`, exiting with `code`. Returns the output.
    fn wait_status(&mut self, b: &str, wait: &str, code: i32) -> anyhow::Result<String> {
        self.run(
            &[
                "bucket",
                "replication",
                "status",
                "--wait",
                "--wait-timeout",
                wait,
                &format!("sos://{b}"),
            ],
            code,
        )
    }

    /// Fails the last step unless `ok`.
    fn expect(&self, ok: bool, what: &str) -> anyhow::Result<()> {
        if ok { Ok(()) } else { Err(self.fail(what.to_string())) }
    }
}

/// The lines of an output that mention `key` as a whole word-ish column (`  key` at the end, or `key ` in
/// a table cell).
fn lines_with<'a>(out: &'a str, key: &str) -> Vec<&'a str> {
    out.lines()
        .filter(|l| {
            l.ends_with(&format!("  {key}"))
                || l.contains(&format!("  {key}  "))
                || l.contains(&format!("| {key} "))
                || l.contains(&format!("│ {key} "))
        })
        .collect()
}

/// The status of `key` in a `bucket replication status` table.
fn status_of(out: &str, key: &str) -> Option<String> {
    let line = lines_with(out, key).into_iter().next()?;
    let cells: Vec<&str> = line
        .split(['|', '│'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    // The status column (a FAILED row may carry its reason after it).
    cells
        .iter()
        .find(|c| ["PENDING", "COMPLETED", "FAILED", "REPLICA"].contains(c))
        .map(|s| s.to_string())
}

/// The value of a row of a key/value table (`| Replication Status | COMPLETED |`).
fn kv_value(out: &str, name: &str) -> Option<String> {
    out.lines().find_map(|l| {
        let cells: Vec<&str> = l.split(['|', '│']).map(str::trim).collect();
        let i = cells.iter().position(|c| *c == name)?;
        cells.get(i + 1).map(|s| s.to_string())
    })
}

/// Keys of `list` lines (`TIME  SIZE  KEY`, optionally followed by `  VERSION  vN`).
fn listed_keys(out: &str, keys: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for l in out.lines() {
        for k in keys {
            if l.ends_with(&format!("  {k}")) || l.contains(&format!("  {k}  ")) {
                found.push(k.to_string());
            }
        }
    }
    found
}

/// The version id in a `list --versions` line of `key`.
fn version_of(out: &str, key: &str) -> Option<String> {
    let line = out.lines().find(|l| l.contains(&format!("  {key}  ")))?;
    let rest = line.split(&format!("  {key}  ")).nth(1)?;
    rest.split_whitespace().next().map(str::to_string)
}

/// `sosctl demo`.
pub fn run(out: &OutputSettings, a: DemoArgs) -> anyhow::Result<Exit> {
    let exe = std::env::current_exe().context("finding the sosctl binary to run the steps")?;
    let scratch = Scratch::new()?;
    let files = scratch.path().join("files");
    let home = scratch.path().join("home");
    std::fs::create_dir_all(&files).context("creating the demo's directory")?;
    std::fs::create_dir_all(&home).context("creating the demo's directory")?;

    let srv = server::spawn(ServerConfig::default()).context("starting the embedded server")?;
    if a.pause_replication {
        srv.hooks().pause_replication();
    }
    let endpoint = srv.endpoint();
    let mut p = Player {
        out: out.printer(),
        exe,
        dir: files.clone(),
        home,
        env: vec![
            ("SOSCTL_ENDPOINT".into(), endpoint.clone()),
            ("SOSCTL_ACCESS_KEY".into(), server::DEFAULT_ACCESS_KEY.into()),
            ("SOSCTL_SECRET_KEY".into(), server::DEFAULT_SECRET_KEY.into()),
        ],
        step: 0,
        last_command: String::new(),
        step_limit: a.wait_timeout + Duration::from_secs(60),
    };
    p.say(&format!(
        "sosctl demo: the bundled S3 server runs in this process at {endpoint} (in memory, gone at the end).\n\
         Every step below is a real run of sosctl, with:\n  \
         export SOSCTL_ENDPOINT={endpoint} SOSCTL_ACCESS_KEY={} SOSCTL_SECRET_KEY={}\n",
        server::DEFAULT_ACCESS_KEY,
        server::DEFAULT_SECRET_KEY
    ))?;
    let wait = duration_arg(a.wait_timeout);
    let result = leader_follower(&mut p, &files, &wait)
        .and_then(|()| bidirectional(&mut p, &files, &wait))
        .and_then(|()| forgotten_destination(&mut p, &files, &wait, &endpoint));
    drop(srv);
    match result {
        Ok(()) => {
            p.say(&format!("\ndemo: all {} steps behaved as the guide says.", p.step))?;
            Ok(Exit::Success)
        }
        Err(e) if e.downcast_ref::<StepFailed>().is_some() => Err(e.context("sosctl demo stopped")),
        Err(e) => Err(e.context(format!("sosctl demo stopped at step {}", p.step))),
    }
}

fn write(dir: &Path, name: &str, text: &str) -> anyhow::Result<()> {
    std::fs::write(dir.join(name), text).with_context(|| format!("writing {name}"))
}

/// The Role ID of the guide's configs, replaced by the ID of the role the demo creates.
const GUIDE_ROLE_IDS: [&str; 3] = [
    "6f00a21e-a535-4286-86c5-e81eeab3b4ff",
    "91390068-c386-4d9d-b0f1-951e2baa818e",
    "e23c886b-8091-4adc-b567-7bf796bed37b",
];

/// Step 1 of a walk-through: `cat POLICY | sosctl iam role create --editable=true --description D
/// --policy - NAME`, its table checked; then the new role's ID goes into `config` (in place of the guide's,
/// the same length, so that the file keeps its size). Returns the ID.
fn create_role(p: &mut Player, policy: &str, name: &str, description: &str, config: &str) -> anyhow::Result<String> {
    let out = p.run_piped(
        Some(policy),
        &[
            "iam",
            "role",
            "create",
            "--editable=true",
            "--description",
            description,
            "--policy",
            "-",
            name,
        ],
        0,
    )?;
    let id = kv_value(&out, "ID").unwrap_or_default();
    p.expect(
        crate::model::iam::role::is_uuid(&id)
            && kv_value(&out, "Name").as_deref() == Some(name)
            && kv_value(&out, "Editable").as_deref() == Some("true")
            && kv_value(&out, "Permissions").as_deref() == Some("n/a"),
        "the role table should show a UUID, the name, Editable true and Permissions n/a",
    )?;
    let path = p.dir.join(config);
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {config}"))?;
    let text = GUIDE_ROLE_IDS.iter().fold(text, |t, guide| t.replace(guide, &id));
    std::fs::write(&path, text).with_context(|| format!("writing {config}"))?;
    p.say(&format!("# {config}: \"Role\" is now {id}, the ID of role {name}"))?;
    Ok(id)
}

/// The guide's "Simple Leader-Follower Setup".
fn leader_follower(p: &mut Player, dir: &Path, wait: &str) -> anyhow::Result<()> {
    p.say("== 1. Leader → follower: my-source (ch-dk-2) replicates into my-destination (at-vie-1)\n")?;
    let lf = dir.join("leader-follower");
    std::fs::create_dir_all(&lf).context("creating the demo's directory")?;
    write(&lf, "policy.json", &policy("my-source", "my-destination"))?;
    write(&lf, "config.json", CONFIG_JSON)?;
    p.dir = lf;

    p.show_file("policy.json")?;
    create_role(
        p,
        "policy.json",
        "replication-my-source-my-destination",
        "sos bucket replication between my-source and my-destination",
        "config.json",
    )?;
    let sides = [("ch-dk-2", "my-source"), ("at-vie-1", "my-destination")];
    for (zone, b) in sides {
        p.make_bucket(zone, b)?;
    }
    for (zone, b) in sides {
        p.enable_versioning(zone, b)?;
    }

    p.show_file("config.json")?;
    // The guide writes --zone on create, versioning enable and replication set only: every other step
    // finds its bucket's zone itself (my-destination is in at-vie-1).
    let out = p.run(
        &["bucket", "replication", "check", "sos://my-source", "./config.json"],
        0,
    )?;
    p.expect(
        !out.contains("FAIL") && out.contains("0 failed"),
        "a prerequisite is reported failed",
    )?;
    let out = p.run(
        &[
            "bucket",
            "replication",
            "set",
            "--zone",
            "ch-dk-2",
            "sos://my-source",
            "./config.json",
        ],
        0,
    )?;
    p.expect(out.contains("my-destination"), "the destination is not confirmed")?;
    let out = p.run(&["bucket", "replication", "show", "sos://my-source"], 0)?;
    p.expect(
        kv_value(&out, "ID").as_deref() == Some("vie1-follower")
            && kv_value(&out, "Destination Bucket").as_deref() == Some("my-destination")
            && kv_value(&out, "DeleteMarkerReplication").as_deref() == Some("Enabled"),
        "the stored rule is not the one of config.json",
    )?;

    let out = p.run(&["upload", "-r", "./", "sos://my-source/"], 0)?;
    p.expect(out.contains("2 files"), "two files should have been uploaded")?;
    let out = p.wait_status("my-source", wait, 0)?;
    for k in ["config.json", "policy.json"] {
        p.expect(
            status_of(&out, k).as_deref() == Some("COMPLETED"),
            &format!("{k} is not COMPLETED"),
        )?;
    }
    let keys = ["config.json", "policy.json"];
    for b in ["my-source", "my-destination"] {
        let out = p.run(&["list", &format!("sos://{b}/")], 0)?;
        p.expect(
            listed_keys(&out, &keys) == keys,
            &format!("sos://{b}/ should list exactly config.json and policy.json"),
        )?;
        p.expect(
            lines_with(&out, "config.json").iter().any(|l| l.contains("  372 B  ")),
            "config.json should be 372 B, as in the guide",
        )?;
    }
    p.say("\n# You can also check the Replication Status of each object individually")?;
    let out = p.run(&["show", "sos://my-source/config.json"], 0)?;
    p.expect(
        kv_value(&out, "Replication Status").as_deref() == Some("COMPLETED"),
        "the source object should be COMPLETED",
    )?;
    let out = p.run(&["show", "sos://my-destination/config.json"], 0)?;
    p.expect(
        kv_value(&out, "Replication Status").as_deref() == Some("REPLICA"),
        "the destination object should be a REPLICA",
    )?;
    Ok(())
}

/// Not in the guide: a policy that names the wrong destination. `check --policy` reports it; an upload
/// goes FAILED with the reason; the role's policy is fixed and `retry` completes the version.
fn forgotten_destination(p: &mut Player, dir: &Path, wait: &str, endpoint: &str) -> anyhow::Result<()> {
    p.say("\n== 3. A policy that forgets the destination: my-app (ch-dk-2) → my-app-backup (at-vie-1)\n")?;
    let fd = dir.join("forgotten-destination");
    std::fs::create_dir_all(&fd).context("creating the demo's directory")?;
    // The typo: "my-app-backp" where the destination is my-app-backup.
    write(&fd, "policy.json", &policy("my-app", "my-app-backp"))?;
    write(&fd, "policy-fixed.json", &policy("my-app", "my-app-backup"))?;
    write(
        &fd,
        "config.json",
        &CONFIG_JSON
            .replace("vie1-follower", "backup")
            .replace("my-destination", "my-app-backup"),
    )?;
    write(&fd, "report.txt", "quarterly figures\n")?;
    p.dir = fd;
    for (zone, b) in [("ch-dk-2", "my-app"), ("at-vie-1", "my-app-backup")] {
        p.make_bucket(zone, b)?;
        p.enable_versioning(zone, b)?;
    }
    p.show_file("policy.json")?;
    create_role(
        p,
        "policy.json",
        "replication-my-app",
        "backup of my-app",
        "config.json",
    )?;
    p.say("\n# Checking the policy before setting the config finds the missing grants:")?;
    let out = p.run(
        &[
            "bucket",
            "replication",
            "check",
            "sos://my-app",
            "./config.json",
            "--policy",
            "./policy.json",
        ],
        2,
    )?;
    p.expect(
        out.contains("put-object on my-app-backup")
            && out.contains("parameters.bucket == 'my-app-backup' && operation == 'put-object'"),
        "the check should FAIL put-object on my-app-backup, with the rule to add",
    )?;
    p.say("\n# Set anyway (without --policy, nothing stops it), upload, and the version goes FAILED:")?;
    p.run(&["bucket", "replication", "set", "sos://my-app", "./config.json"], 0)?;
    p.run(&["upload", "report.txt", "sos://my-app/"], 0)?;
    let out = p.wait_status("my-app", wait, 4)?;
    p.expect(
        status_of(&out, "report.txt").as_deref() == Some("FAILED"),
        "report.txt should be FAILED",
    )?;
    let reason = failure_reason(endpoint, "my-app")?;
    p.say(&format!("# the server's reason (GET /_sosctl/replication): {reason}"))?;
    p.expect(
        reason.contains("put-object on bucket my-app-backup is denied by the policy of role replication-my-app"),
        "the reason should name put-object, my-app-backup and the role",
    )?;
    p.say("\n# Fix the role's policy, check it, and re-queue the FAILED version:")?;
    p.show_file("policy-fixed.json")?;
    p.run(
        &[
            "bucket",
            "replication",
            "check",
            "sos://my-app",
            "--policy",
            "./policy-fixed.json",
        ],
        0,
    )?;
    p.run(
        &[
            "iam",
            "role",
            "update",
            "replication-my-app",
            "--policy",
            "./policy-fixed.json",
        ],
        0,
    )?;
    let out = p.run(&["bucket", "replication", "retry", "sos://my-app"], 0)?;
    p.expect(
        out.contains("1 FAILED version re-queued"),
        "one version should be re-queued",
    )?;
    let out = p.wait_status("my-app", wait, 0)?;
    p.expect(
        status_of(&out, "report.txt").as_deref() == Some("COMPLETED"),
        "report.txt should be COMPLETED after the retry",
    )?;
    Ok(())
}

/// The last failure reason of `source`'s replication, from the server's operator report.
fn failure_reason(endpoint: &str, source: &str) -> anyhow::Result<String> {
    use crate::cli::settings::{Credentials, Settings};
    let s = Settings::for_endpoint(
        endpoint,
        server::DEFAULT_REGION,
        Credentials::new(server::DEFAULT_ACCESS_KEY, server::DEFAULT_SECRET_KEY, "demo"),
    )?;
    let c = crate::cli::connect::client(&s)?;
    let report = crate::cli::connect::block_on(async move { Ok(c.operator_report().await?) })?;
    Ok(report
        .and_then(|r| r.replication.into_iter().find(|p| p.source == source))
        .and_then(|p| p.last_failure_reason)
        .unwrap_or_default())
}

/// The guide's "Bi-Directional Replication".
fn bidirectional(p: &mut Player, dir: &Path, wait: &str) -> anyhow::Result<()> {
    p.say("\n== 2. Bi-directional: bucket-a (ch-dk-2) ⇄ bucket-b (at-vie-1)\n")?;
    let bd = dir.join("bidirectional");
    std::fs::create_dir_all(&bd).context("creating the demo's directory")?;
    write(&bd, "a-b.json", &policy("bucket-a", "bucket-b"))?;
    write(&bd, "b-a.json", &policy("bucket-b", "bucket-a"))?;
    write(&bd, "conf-a.json", CONF_A_JSON)?;
    write(&bd, "conf-b.json", CONF_B_JSON)?;
    p.dir = bd;

    p.show_file("a-b.json")?;
    p.show_file("b-a.json")?;
    for (policy, a, b, conf) in [
        ("a-b.json", "bucket-a", "bucket-b", "conf-a.json"),
        ("b-a.json", "bucket-b", "bucket-a", "conf-b.json"),
    ] {
        create_role(
            p,
            policy,
            &format!("replication-{a}-{b}"),
            &format!("sos bucket replication between {a} and {b}"),
            conf,
        )?;
    }
    let sides = [
        ("ch-dk-2", "bucket-a", "conf-a.json"),
        ("at-vie-1", "bucket-b", "conf-b.json"),
    ];
    for (zone, b, _) in sides {
        p.make_bucket(zone, b)?;
    }
    for (zone, b, _) in sides {
        p.enable_versioning(zone, b)?;
    }
    for (_, _, conf) in sides {
        p.show_file(conf)?;
    }
    for (zone, b, conf) in sides {
        let other = if b == "bucket-a" { "bucket-b" } else { "bucket-a" };
        let out = p.run(
            &[
                "bucket",
                "replication",
                "set",
                "--zone",
                zone,
                &format!("sos://{b}"),
                &format!("./{conf}"),
            ],
            0,
        )?;
        p.expect(out.contains(other), "the destination is not confirmed")?;
    }
    // The guide's `upload *a.json sos://bucket-a` and `upload *b.json sos://bucket-b`, globs expanded.
    let own = [
        ("bucket-a", ["b-a.json", "conf-a.json"]),
        ("bucket-b", ["a-b.json", "conf-b.json"]),
    ];
    for (b, files) in own {
        let out = p.run(&["upload", files[0], files[1], &format!("sos://{b}/")], 0)?;
        p.expect(out.contains("2 files"), "two files should have been uploaded")?;
    }
    for (b, files) in own {
        let out = p.wait_status(b, wait, 0)?;
        for k in files {
            p.expect(
                status_of(&out, k).as_deref() == Some("COMPLETED"),
                &format!("{k} (written to {b}) is not COMPLETED"),
            )?;
        }
        if b == "bucket-b" {
            for k in own[0].1 {
                p.expect(
                    status_of(&out, k).as_deref() == Some("REPLICA"),
                    &format!("{k} (written to bucket-a) should be a REPLICA in bucket-b"),
                )?;
            }
        }
    }
    let all = ["a-b.json", "b-a.json", "conf-a.json", "conf-b.json"];
    for (_, b, _) in sides {
        let out = p.run(&["list", &format!("sos://{b}/")], 0)?;
        p.expect(
            listed_keys(&out, &all) == all,
            &format!("sos://{b}/ should list the 4 objects"),
        )?;
    }
    p.say("\n# Writes are replicated once: one version per key on each side, with the same version id")?;
    let mut versions = Vec::new();
    for (_, b, _) in sides {
        let out = p.run(&["list", "--versions", &format!("sos://{b}/")], 0)?;
        p.expect(
            listed_keys(&out, &all) == all,
            &format!("sos://{b}/ should hold exactly one version of each of the 4 keys"),
        )?;
        versions.push(all.map(|k| version_of(&out, k)));
    }
    p.expect(
        versions[0] == versions[1] && versions[0].iter().all(Option::is_some),
        "a key has different version ids on the two sides",
    )?;
    // The last wait (bucket-b) ran after bucket-a's writes had all replicated: one more look at bucket-a
    // shows both kinds there too.
    for (b, files) in own.iter().filter(|(b, _)| *b == "bucket-a") {
        let out = p.run(&["bucket", "replication", "status", &format!("sos://{b}")], 0)?;
        for k in all {
            let want = if files.contains(&k) { "COMPLETED" } else { "REPLICA" };
            p.expect(
                status_of(&out, k).as_deref() == Some(want),
                &format!("{k} in {b} should be {want}"),
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_readers() {
        let status = "+---+\n| config.json | 01ab | 372 B | COMPLETED |\n| policy.json | 01ac | 461 B | PENDING |\n\
                      | report.txt | 01ad | 18 B | FAILED | dst: put-object on bucket dst is denied |\n";
        assert_eq!(status_of(status, "config.json").as_deref(), Some("COMPLETED"));
        assert_eq!(status_of(status, "policy.json").as_deref(), Some("PENDING"));
        assert_eq!(status_of(status, "report.txt").as_deref(), Some("FAILED"));
        assert_eq!(status_of(status, "other.json"), None);
        let kv = "| Path               | sos://b/config.json |\n| Replication Status | REPLICA |\n";
        assert_eq!(kv_value(kv, "Replication Status").as_deref(), Some("REPLICA"));
        let list = "2025-02-24 14:06:34 UTC  410 B  a-b.json  01aa  latest  v1\n\
                    2025-02-24 14:06:28 UTC  364 B  conf-a.json  01bb  latest  v1\n";
        assert_eq!(
            listed_keys(list, &["a-b.json", "conf-a.json"]),
            ["a-b.json", "conf-a.json"]
        );
        assert_eq!(version_of(list, "conf-a.json").as_deref(), Some("01bb"));
        let plain = "2025-02-24 14:06:34 UTC  410 B  a-b.json\n";
        assert_eq!(listed_keys(plain, &["a-b.json", "b-a.json"]), ["a-b.json"]);
    }

    #[test]
    fn arguments_are_shown_as_typed() {
        assert_eq!(shell_quote("sos://my-source/"), "sos://my-source/");
        assert_eq!(shell_quote("a b"), "'a b'");
        assert_eq!(shell_quote("it's"), "'it'\\''s'");
        assert_eq!(duration_arg(Duration::from_secs(30)), "30s");
        assert_eq!(duration_arg(Duration::from_millis(1500)), "1500ms");
    }
}
