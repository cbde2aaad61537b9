//! Third-party tools (aws, python3 with boto3 or moto, weed) and the one rule for a missing one: the test is
//! skipped with a printed reason on a developer's machine, and fails when `CI=true`, so that CI never
//! passes a test that did not run.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Whether this run is CI's (`CI=true`, or `CI=1` as some runners set it).
pub fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1")
}

/// The CI rule: `what` cannot be had because of `why`. Prints a SKIP line — or panics under CI.
pub fn unavailable(what: &str, why: &str) {
    if ci() {
        panic!("CI=true and {what} is unavailable: {why} (.ci/run installs every tool the tests use)");
    }
    eprintln!("SKIP {what}: {why}; this test did not run");
}

/// Whether a third-party tool is on PATH ([`unavailable`] when not).
pub fn require_tool(name: &str) -> bool {
    if find_on_path(name).is_some() {
        return true;
    }
    unavailable(&format!("`{name}`"), "it is not on PATH");
    false
}

/// Whether `program args...` runs and succeeds ([`unavailable`] when not). Stricter than [`require_tool`]:
/// a pyenv shim is on PATH even when the active Python lacks the tool behind it.
pub fn require_command(program: &str, args: &[&str]) -> bool {
    let ok = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        unavailable(
            &format!("`{program}`"),
            &format!("`{program} {}` does not run", args.join(" ")),
        );
    }
    ok
}

/// Whether `python3 -c "import MODULE"` works (boto3, moto.server; [`unavailable`] when not).
pub fn require_python_module(module: &str) -> bool {
    if python_has(module) {
        return true;
    }
    unavailable(&format!("python module `{module}`"), "python3 cannot import it");
    false
}

/// Whether `python3 -c "import MODULE"` works, without the CI rule (for callers that report it themselves).
pub fn python_has(module: &str) -> bool {
    Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The full path of an executable on PATH.
pub fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}
