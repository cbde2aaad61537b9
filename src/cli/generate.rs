//! `sosctl completions SHELL` and `sosctl man [--out DIR]`: generated from the clap definition, and also
//! committed under `completions/` and `man/` (a test fails when those are stale).

use super::{Cli, Exit};
use anyhow::Context;
use clap::CommandFactory;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// Shell to generate the script for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Directory to write the pages into (one per subcommand); without it, the main page goes to stdout
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// The completion script for one shell.
pub fn completion_script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "sosctl", &mut buf);
    buf
}

/// File name of the committed completion script for a shell.
pub fn completion_file_name(shell: clap_complete::Shell) -> &'static str {
    use clap_complete::Shell::*;
    match shell {
        Bash => "sosctl.bash",
        Zsh => "_sosctl",
        Fish => "sosctl.fish",
        PowerShell => "_sosctl.ps1",
        Elvish => "sosctl.elv",
        _ => "sosctl.unknown",
    }
}

pub fn completions(a: &CompletionsArgs) -> anyhow::Result<Exit> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(&completion_script(a.shell))?;
    out.flush()?;
    Ok(Exit::Success)
}

/// All man pages as (file name, roff text): the main page and one per subcommand, nested ones included.
pub fn man_pages() -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut pages = Vec::new();
    collect_pages(&cmd, "sosctl", &mut pages)?;
    Ok(pages)
}

fn collect_pages(cmd: &clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) -> anyhow::Result<()> {
    let page_cmd = cmd.clone().name(name.to_string());
    let mut buf = Vec::new();
    clap_mangen::Man::new(page_cmd).render(&mut buf)?;
    pages.push((format!("{name}.1"), buf));
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        collect_pages(sub, &format!("{name}-{}", sub.get_name()), pages)?;
    }
    Ok(())
}

pub fn man(a: &ManArgs) -> anyhow::Result<Exit> {
    let pages = man_pages()?;
    match &a.out {
        Some(dir) => write_pages(dir, &pages)?,
        None => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            out.write_all(&pages[0].1)?;
            out.flush()?;
        }
    }
    Ok(Exit::Success)
}

fn write_pages(dir: &Path, pages: &[(String, Vec<u8>)]) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    for (name, text) in pages {
        let path = dir.join(name);
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}
