//! `bucket replication status` for an operator: `--summary`, the filters, FAILED rows with the server's reason
//! and the hints, `--versions` with delete markers counted apart, a prefix told that the server's figures are
//! bucket-wide, a table capped while text streams every row, and the `--watch` live view (piped lines, `--wait`
//! ending it, Ctrl-C exiting 130).

use super::{CmdSrv, Srv, err, json, out, row};
use crate::support::in_process::{DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, Fault};
use crate::support::{sosctl_process, wait_until};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn status_json(s: &Srv, args: &[&str]) -> Value {
    let mut v = vec!["bucket", "replication", "status", "-O", "json"];
    v.extend_from_slice(args);
    json(&out(&s.run(&v)))
}

/// Polls `status -O json ARGS` until `cond` holds.
fn until(s: &Srv, args: &[&str], what: &str, cond: impl Fn(&Value) -> bool) {
    let mut last = Value::Null;
    let ok = wait_until(Duration::from_secs(30), || {
        last = status_json(s, args);
        cond(&last)
    });
    assert!(ok, "{what} never happened; last:\n{last:#}");
}

fn keys(j: &Value) -> Vec<String> {
    j["objects"]
        .as_array()
        .unwrap_or_else(|| panic!("no objects: {j}"))
        .iter()
        .map(|o| o["key"].as_str().unwrap().to_string())
        .collect()
}

/// my-source with one object of each kind: before.txt (written before the config: no status), ok.txt
/// COMPLETED, doomed.txt FAILED (DstPutObjectNotPermitted injected), held.txt PENDING (replication paused).
fn one_of_each(s: &Srv) {
    s.leader_follower_buckets();
    s.put("my-source", "before.txt", b"old");
    s.leader_follower_again();
    s.put("my-source", "ok.txt", b"fine");
    until(s, &["sos://my-source"], "ok.txt COMPLETED", |j| {
        j["summary"]["completed"]["objects"] == 1
    });
    s.h.hooks().inject_fault(
        "my-destination",
        Some(Fault::Permanent("DstPutObjectNotPermitted".into())),
    );
    s.put("my-source", "doomed.txt", b"no way");
    until(s, &["sos://my-source"], "doomed.txt FAILED", |j| {
        j["summary"]["failed"]["objects"] == 1
    });
    s.h.hooks().inject_fault("my-destination", None);
    s.h.hooks().pause_replication();
    s.put("my-source", "dir/held.txt", b"held");
}

#[test]
fn summary_filters_reasons_and_hints() {
    let s = Srv::start();
    one_of_each(&s);

    // --summary: no row per object; the counts; exit 4 with the hints of what to run.
    let o = s.code(&["bucket", "replication", "status", "--summary", "sos://my-source"], 4);
    let table = out(&o);
    assert!(row(&table, "ok.txt").is_none(), "{table}");
    assert_eq!(row(&table, "PENDING").unwrap()[1..], ["1", "4 B"], "{table}");
    assert_eq!(row(&table, "COMPLETED").unwrap()[1], "1", "{table}");
    assert_eq!(row(&table, "FAILED").unwrap()[1], "1", "{table}");
    assert_eq!(row(&table, "none").unwrap()[1], "1", "{table}");
    assert!(
        table.contains("1 failed,") && table.contains(", last failure: DstPutObjectNotPermitted"),
        "{table}"
    );
    let e = err(&o);
    for want in [
        "error: sos://my-source: 1 object in FAILED replication state",
        "`sosctl bucket replication status --failed sos://my-source`",
        "`sosctl bucket replication check sos://my-source`",
        "`sosctl bucket replication diff sos://my-source`",
        "`sosctl bucket replication sync --failed sos://my-source`",
        "`sosctl bucket replication retry sos://my-source`",
    ] {
        assert!(e.contains(want), "{want}:\n{e}");
    }
    let j = status_json(&s, &["--summary", "sos://my-source"]);
    assert!(j.get("objects").is_none(), "{j}");
    assert_eq!(j["total"]["objects"], 4);

    // --failed: the row carries the server's reason (a Reason column), in every format.
    let o = s.code(&["bucket", "replication", "status", "--failed", "sos://my-source"], 4);
    let table = out(&o);
    let r = row(&table, "doomed.txt").unwrap_or_else(|| panic!("{table}"));
    assert_eq!(r[3], "FAILED");
    assert_eq!(r[4], "my-destination: DstPutObjectNotPermitted", "{table}");
    let o = s.code(
        &[
            "bucket",
            "replication",
            "status",
            "--failed",
            "-O",
            "text",
            "sos://my-source",
        ],
        4,
    );
    let text = out(&o);
    let cells: Vec<&str> = text.trim_end().split('\t').collect();
    assert_eq!(cells[0], "doomed.txt");
    assert_eq!(cells[4], "my-destination: DstPutObjectNotPermitted");
    let j = status_json(&s, &["--failed", "sos://my-source"]);
    assert_eq!(j["objects"][0]["reason"], "my-destination: DstPutObjectNotPermitted");

    // Filters combine; --none lists what no rule selected (written before the config).
    let j = status_json(&s, &["--pending", "--completed", "sos://my-source"]);
    assert_eq!(keys(&j), ["dir/held.txt", "ok.txt"]);
    assert_eq!(j["objects"][1]["reason"], Value::Null);
    let j = status_json(&s, &["--none", "sos://my-source"]);
    assert_eq!(keys(&j), ["before.txt"]);
    assert_eq!(j["summary"]["failed"]["objects"], 1, "the summary counts all");
    let o = s.code(
        &["bucket", "replication", "status", "--replica", "sos://my-destination"],
        0,
    );
    assert_eq!(row(&out(&o), "ok.txt").unwrap()[3], "REPLICA", "{}", out(&o));

    // A prefix: the listing narrows, the server's figures are said to be bucket-wide.
    let o = s.code(&["bucket", "replication", "status", "sos://my-source/dir/"], 0);
    let table = out(&o);
    assert!(row(&table, "dir/held.txt").is_some(), "{table}");
    assert!(table.contains("total: 1 object (4 B)"), "{table}");
    assert!(
        table.contains("server figures are bucket-wide (all of sos://my-source, not only dir/):"),
        "{table}"
    );
    let j = status_json(&s, &["sos://my-source/dir/"]);
    assert_eq!(j["server"]["scope"], "bucket");
    assert_eq!(
        j["server"]["replication"][0]["failed"], 1,
        "bucket-wide: the FAILED one is outside dir/"
    );
    s.h.hooks().resume_replication();
}

#[test]
fn versions_are_counted_with_delete_markers_apart() {
    let s = Srv::start();
    s.leader_follower();
    s.put("my-source", "a.txt", b"one");
    s.put("my-source", "a.txt", b"two!");
    s.put("my-source", "b.txt", b"b");
    s.ok(&["delete", "-f", "sos://my-source/a.txt"]);
    until(&s, &["--versions", "sos://my-source"], "all COMPLETED", |j| {
        j["summary"]["pending"]["objects"] == 0
    });
    let j = status_json(&s, &["--versions", "sos://my-source"]);
    assert_eq!(j["versions"], true);
    assert_eq!(j["total"], serde_json::json!({"objects": 3, "bytes": 8}));
    assert_eq!(j["noncurrent"], 2);
    assert_eq!(j["delete_markers"], 1);
    let latest: Vec<bool> = j["objects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["latest"].as_bool().unwrap())
        .collect();
    assert_eq!(latest, [false, false, true]);
    let table = s.ok(&["bucket", "replication", "status", "--versions", "sos://my-source"]);
    assert!(
        table.contains("of which 2 versions not current; 1 delete marker (counted apart)"),
        "{table}"
    );
    // Without --versions: the current versions only (a.txt is deleted).
    let j = status_json(&s, &["sos://my-source"]);
    assert_eq!(keys(&j), ["b.txt"]);
    assert_eq!(j["delete_markers"], 0);
}

#[test]
fn a_table_is_capped_while_text_and_json_stream_every_row() {
    let s = Srv::start();
    s.bucket("many", "ch-dk-2", true);
    for i in 0..1003 {
        s.put("many", &format!("k{i:04}"), b"x");
    }
    let table = s.ok(&["-Q", "bucket", "replication", "status", "sos://many"]);
    assert!(row(&table, "k0999").is_some(), "the first 1000 rows");
    assert!(row(&table, "k1000").is_none());
    assert!(
        table.contains("… and 3 more objects not shown (a table holds 1000; -O text or -O json streams every row"),
        "{}",
        &table[table.len().saturating_sub(600)..]
    );
    assert!(table.contains("total: 1003 objects"));
    let text = s.ok(&["bucket", "replication", "status", "-O", "text", "sos://many"]);
    assert_eq!(text.lines().count(), 1003);
    let j = status_json(&s, &["sos://many"]);
    assert_eq!(j["objects"].as_array().unwrap().len(), 1003);
    assert_eq!(j["total"]["objects"], 1003);
}

/// `sosctl bucket replication status ARGS` as a child process, its stdout lines collected as they come.
struct Watched {
    child: Child,
    lines: Arc<Mutex<Vec<String>>>,
    _home: tempfile::TempDir,
}

impl Watched {
    fn start(s: &Srv, args: &[&str]) -> Watched {
        let home = tempfile::tempdir().unwrap();
        let mut cmd = sosctl_process(home.path());
        cmd.env("SOSCTL_ENDPOINT", s.h.endpoint())
            .env("SOSCTL_ACCESS_KEY", DEFAULT_ACCESS_KEY)
            .env("SOSCTL_SECRET_KEY", DEFAULT_SECRET_KEY)
            .args(["bucket", "replication", "status"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = cmd.spawn().expect("sosctl starts");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let stdout = child.stdout.take().unwrap();
        let sink = lines.clone();
        std::thread::spawn(move || {
            for l in BufReader::new(stdout).lines().map_while(Result::ok) {
                sink.lock().unwrap().push(l);
            }
        });
        Watched {
            child,
            lines,
            _home: home,
        }
    }

    fn lines(&self) -> Vec<String> {
        self.lines.lock().unwrap().clone()
    }

    fn wait_for_line(&self, what: &str, cond: impl Fn(&str) -> bool) {
        let ok = wait_until(Duration::from_secs(30), || self.lines().iter().any(|l| cond(l)));
        assert!(ok, "no line {what}:\n{}", self.lines().join("\n"));
    }

    /// The exit code, waited for with a deadline.
    fn exit_code(&mut self) -> Option<i32> {
        let mut code = None;
        let ended = wait_until(Duration::from_secs(30), || match self.child.try_wait() {
            Ok(Some(st)) => {
                code = st.code();
                true
            }
            _ => false,
        });
        if !ended {
            let _ = self.child.kill();
            panic!("status --watch did not end:\n{}", self.lines().join("\n"));
        }
        code
    }
}

impl Drop for Watched {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn watch_prints_timestamped_lines_and_ends_with_wait() {
    let s = Srv::start();
    s.leader_follower();
    s.h.hooks().pause_replication();
    s.put("my-source", "a.txt", b"aaaa");
    s.put("my-source", "b.txt", b"bb");
    let mut w = Watched::start(&s, &["--watch=200ms", "--wait", "sos://my-source"]);
    w.wait_for_line("with 2 PENDING", |l| l.contains("2 PENDING (6 B)"));
    // Piped: one line per refresh, starting with an RFC 3339 time, the server's figures in it.
    let first = w.lines()[0].clone();
    assert!(first.as_bytes()[4] == b'-' && first.as_bytes()[10] == b'T', "{first}");
    assert!(
        first.contains(" sos://my-source: 2 objects (6 B): 2 PENDING (6 B)"),
        "{first}"
    );
    assert!(first.contains("my-source → my-destination: 2 pending (6 B)"), "{first}");
    s.h.hooks().resume_replication();
    assert_eq!(w.exit_code(), Some(0), "--wait ends the watch once nothing is PENDING");
    let last = w.lines().last().cloned().unwrap();
    assert!(last.contains("2 COMPLETED (6 B)"), "{last}");
    assert!(last.contains("objects/s"), "{last}");

    // -O json: one JSON document per line.
    let mut w = Watched::start(&s, &["-O", "json", "--watch=100ms", "--wait", "sos://my-source"]);
    assert_eq!(w.exit_code(), Some(0));
    let j = json(&w.lines()[0]);
    assert_eq!(j["summary"]["completed"]["objects"], 2);
    assert_eq!(j["server"]["replication"][0]["destination"], "my-destination");
}

#[test]
fn watch_ends_on_ctrl_c_with_130() {
    let s = Srv::start();
    s.leader_follower();
    s.put("my-source", "a.txt", b"a");
    let mut w = Watched::start(&s, &["--watch=100ms", "sos://my-source"]);
    w.wait_for_line("a first refresh", |l| l.contains("sos://my-source: 1 object"));
    let pid = w.child.id().to_string();
    let sent = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .unwrap();
    assert!(sent.success());
    assert_eq!(w.exit_code(), Some(130));
    // --watch takes its interval with `=`, so that a target right after it is not read as one.
    let o = s.code(
        &["bucket", "replication", "status", "--watch=soon", "sos://my-source"],
        2,
    );
    assert!(err(&o).contains("invalid duration `soon`"), "{}", err(&o));
    let o = s.code(
        &[
            "bucket",
            "replication",
            "status",
            "--watch",
            "--summary",
            "sos://my-source",
        ],
        2,
    );
    assert!(err(&o).contains("cannot be used with"), "{}", err(&o));
}
