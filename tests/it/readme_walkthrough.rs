//! README.md's walk-through, run as written: every `$ ` line between the `<!-- walkthrough` and
//! `<!-- /walkthrough -->` markers is a command (`export ...` sets the environment the README tells the
//! user to paste; `sosctl ...` runs the real binary from the repository root), against `sosctl serve`
//! started for this test. The output lines the README shows under a command must appear in what it
//! printed (timestamps and version ids stand for any; `[...]` skips lines, or the rest of a line).

use crate::support::{ServeProcess, sosctl};
use std::time::Duration;

/// One command of the walk-through and the output the README shows for it.
#[derive(Debug)]
struct Step {
    line: String,
    expected: Vec<String>,
}

/// The `$ ` lines (and the lines under them) of the fenced blocks of the walk-through section.
fn steps(readme: &str) -> Vec<Step> {
    let start = readme
        .find("<!-- walkthrough")
        .expect("README.md has a `<!-- walkthrough` marker");
    let end = readme[start..]
        .find("<!-- /walkthrough -->")
        .map(|e| start + e)
        .expect("README.md has a `<!-- /walkthrough -->` marker");
    let mut out: Vec<Step> = Vec::new();
    let mut in_block = false;
    for line in readme[start..end].lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if !in_block {
            continue;
        }
        if let Some(cmd) = line.strip_prefix("$ ") {
            out.push(Step {
                line: cmd.to_string(),
                expected: Vec::new(),
            });
        } else if let Some(last) = out.last_mut() {
            last.expected.push(line.to_string());
        } else {
            panic!("README walk-through: output line before any command: {line}");
        }
    }
    assert!(!in_block, "README walk-through: unclosed code block");
    out
}

/// Stands for what changes from run to run: `2025-02-20 15:50:12 UTC` → `<time>`, 32 hex digits →
/// `<version>`; then runs of spaces, `-` and `=` (table padding and borders) count as one.
fn normalize(line: &str) -> String {
    let chars: Vec<char> = line.trim_end().chars().collect();
    let mut s = String::new();
    let mut i = 0;
    while i < chars.len() {
        if is_time(&chars[i..]) {
            s.push_str("<time>");
            i += 23;
            continue;
        }
        let hex = chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
            .count();
        if hex == 32 && (i == 0 || !chars[i - 1].is_ascii_alphanumeric()) {
            s.push_str("<version>");
            i += 32;
            continue;
        }
        s.push(chars[i]);
        i += 1;
    }
    let mut out = String::new();
    for c in s.chars() {
        if matches!(c, ' ' | '-' | '=') && out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

fn is_time(c: &[char]) -> bool {
    if c.len() < 23 {
        return false;
    }
    let t: String = c[..23].iter().collect();
    let b = t.as_bytes();
    t.ends_with(" UTC")
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b' '
        && b[13] == b':'
        && b[16] == b':'
        && [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
            .iter()
            .all(|&i| b[i].is_ascii_digit())
}

/// The expected lines, in order, each found after the previous one (`[...]` skips any lines; a line
/// ending in `[...]` matches any line that starts with the rest).
fn check_output(step: &Step, actual: &str) {
    let got: Vec<String> = actual.lines().map(normalize).collect();
    let mut at = 0;
    let mut skipping = false;
    for want in &step.expected {
        if want.trim() == "[...]" {
            skipping = true;
            continue;
        }
        let (want, prefix) = match want.trim_end().strip_suffix("[...]") {
            Some(p) => (normalize(p), true),
            None => (normalize(want), false),
        };
        let matches = |g: &String| if prefix { g.starts_with(&want) } else { *g == want };
        let found = if skipping {
            got[at..].iter().position(matches).map(|p| at + p)
        } else {
            got.get(at).filter(|g| matches(g)).map(|_| at)
        };
        match found {
            Some(i) => at = i + 1,
            None => panic!(
                "README: `$ {}` should print (at this point)\n  {want}\nbut printed:\n{actual}",
                step.line
            ),
        }
        skipping = false;
    }
}

#[test]
fn readme_walkthrough_runs_as_written() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let steps = steps(&readme);
    assert!(steps.len() >= 20, "the walk-through lost its commands: {steps:?}");

    let srv = ServeProcess::start(&[], &[]);
    // The README's endpoint is the default of `sosctl serve`; this server listens on a free port.
    let readme_endpoint = "http://127.0.0.1:9000";
    let mut env: Vec<(String, String)> = Vec::new();
    for step in &steps {
        let words: Vec<&str> = step.line.split_whitespace().collect();
        assert!(
            !step.line.contains(['\'', '"', '*', '$', '|', '>', '<', '\\']),
            "README: `$ {}` needs a shell; keep walk-through commands plain",
            step.line
        );
        match words[0] {
            "export" => {
                assert!(step.expected.is_empty(), "README: `$ {}` prints nothing", step.line);
                for kv in &words[1..] {
                    let (k, v) = kv.split_once('=').expect("export NAME=VALUE");
                    let v = if v == readme_endpoint {
                        srv.endpoint.clone()
                    } else {
                        v.to_string()
                    };
                    env.push((k.to_string(), v));
                }
            }
            "sosctl" => {
                let mut c = sosctl();
                c.current_dir(root).timeout(Duration::from_secs(120)).args(&words[1..]);
                for (k, v) in &env {
                    c.env(k, v);
                }
                let o = c.output().unwrap();
                let text = format!(
                    "{}{}",
                    String::from_utf8_lossy(&o.stdout),
                    String::from_utf8_lossy(&o.stderr)
                );
                assert!(o.status.success(), "README: `$ {}` failed:\n{text}", step.line);
                check_output(step, &text);
            }
            other => panic!(
                "README: `$ {}`: only export and sosctl lines are run, not {other}",
                step.line
            ),
        }
    }
    let names: Vec<&str> = env.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, ["SOSCTL_ENDPOINT", "SOSCTL_ACCESS_KEY", "SOSCTL_SECRET_KEY"]);
}

#[test]
fn normalization_keeps_what_matters() {
    assert_eq!(
        normalize("2025-02-20 15:50:12 UTC  372 B  config.json  01a2158bee4db0d4ba0581de34e7c17d  latest  v1"),
        "<time> 372 B config.json <version> latest v1"
    );
    assert_eq!(
        normalize("| Replication Status | REPLICA          |"),
        "| Replication Status | REPLICA |"
    );
    assert_ne!(normalize("| Status | COMPLETED |"), normalize("| Status | PENDING |"));
    assert_eq!(normalize("+----+====+"), "+-+=+");
    let step = Step {
        line: "x".into(),
        expected: vec!["a".into(), "[...]".into(), "d [...]".into()],
    };
    check_output(&step, "a\nb\nc\nd e f\n");
    let bad = std::panic::catch_unwind(|| check_output(&step, "a\nb\nc\n"));
    assert!(bad.is_err(), "a missing line must fail");
    let order = Step {
        line: "x".into(),
        expected: vec!["a".into(), "b".into()],
    };
    assert!(std::panic::catch_unwind(|| check_output(&order, "a\nc\nb\n")).is_err());
}
