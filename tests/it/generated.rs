//! The committed completion scripts (completions/) and man pages (man/) must match what the current clap
//! tree generates, file for file: nothing stale, nothing missing, nothing extra. `scripts/regen` fixes it.

use clap_complete::Shell;
use sosctl::cli::tree::{completion_file_name, completion_script, man_pages};
use std::collections::BTreeMap;
use std::path::Path;

const SHELLS: [Shell; 5] = [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Files of a directory (name -> bytes); an absent directory is empty.
fn committed(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// Every difference between the expected and committed files of `root/dir`, one line each.
fn differences(
    root: &Path,
    dir: &str,
    expected: &BTreeMap<String, Vec<u8>>,
    how: &dyn Fn(&str) -> String,
) -> Vec<String> {
    let found = committed(&root.join(dir));
    let mut out = Vec::new();
    for (name, text) in expected {
        match found.get(name) {
            None => out.push(format!("{dir}/{name} is missing: {}", how(name))),
            Some(t) if t != text => out.push(format!("{dir}/{name} is stale: {}", how(name))),
            Some(_) => {}
        }
    }
    for name in found.keys().filter(|n| !expected.contains_key(*n)) {
        out.push(format!(
            "{dir}/{name} is not generated any more: delete it (scripts/regen does)"
        ));
    }
    out
}

fn fail_if_any(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "generated files are out of date; run `scripts/regen` to regenerate them all.\n{}",
        problems.join("\n")
    );
}

#[test]
fn completion_scripts_are_up_to_date() {
    let expected: BTreeMap<_, _> = SHELLS
        .iter()
        .map(|&s| (completion_file_name(s).to_string(), completion_script(s)))
        .collect();
    assert_eq!(expected.len(), SHELLS.len(), "one file name per shell");
    let shell_of = |name: &str| {
        SHELLS
            .iter()
            .find(|&&s| completion_file_name(s) == name)
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    fail_if_any(differences(root(), "completions", &expected, &|name| {
        format!("cargo run -- completions {} > completions/{name}", shell_of(name))
    }));
}

#[test]
fn man_pages_are_up_to_date() {
    let expected: BTreeMap<_, _> = man_pages().unwrap().into_iter().collect();
    fail_if_any(differences(root(), "man", &expected, &|_| {
        "cargo run -- man --out man".to_string()
    }));
}

#[test]
fn every_command_has_a_man_page() {
    let pages: Vec<String> = man_pages().unwrap().into_iter().map(|(n, _)| n).collect();
    for name in [
        "sosctl.1",
        "sosctl-list.1",
        "sosctl-upload.1",
        "sosctl-bucket-replication-status.1",
        "sosctl-replication-validate.1",
        "sosctl-serve.1",
        "sosctl-completions.1",
    ] {
        assert!(pages.iter().any(|p| p == name), "{name} missing from {pages:?}");
    }
    assert!(
        !pages.iter().any(|p| p.contains("help")),
        "no page for clap's help subcommand: {pages:?}"
    );
}

/// The staleness check itself must notice an extra, a missing and a changed file.
#[test]
fn differences_catch_extra_missing_and_changed_files() {
    let dir = tempfile::tempdir().unwrap();
    let abs = dir.path().join("man");
    std::fs::create_dir(&abs).unwrap();
    std::fs::write(abs.join("same.1"), b"a").unwrap();
    std::fs::write(abs.join("changed.1"), b"old").unwrap();
    std::fs::write(abs.join("extra.1"), b"x").unwrap();
    let expected: BTreeMap<String, Vec<u8>> = [
        ("same.1".to_string(), b"a".to_vec()),
        ("changed.1".to_string(), b"new".to_vec()),
        ("missing.1".to_string(), b"m".to_vec()),
    ]
    .into_iter()
    .collect();
    let problems = differences(dir.path(), "man", &expected, &|_| "regen".into());
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems.iter().any(|p| p.ends_with("changed.1 is stale: regen")));
    assert!(problems.iter().any(|p| p.ends_with("missing.1 is missing: regen")));
    assert!(problems.iter().any(|p| p.contains("extra.1 is not generated any more")));
}
