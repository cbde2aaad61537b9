//! The command tree: the root parser ([`Cli`]), the subcommand enum ([`Command`]), and what is generated
//! from the tree alone — `sosctl completions SHELL` and `sosctl man [--out DIR]`, also committed under
//! `completions/` and `man/` (a test fails when those are stale).
//!
//! `completions` and `man` live here rather than in a room of their own because they need the whole tree,
//! which names every command's `Args`: anywhere else, their module and this one would import each other.

use super::bucket::BucketArgs;
use super::cors::CorsArgs;
use super::demo::DemoArgs;
use super::download::DownloadArgs;
use super::edit::{HeadersArgs, MetadataArgs};
use super::exit::Exit;
use super::iam::IamArgs;
use super::list::ListArgs;
use super::mb::{MbArgs, RbArgs};
use super::move_cmd::MoveArgs;
use super::presign::PresignArgs;
use super::remove::{DeleteArgs, PurgeArgs};
use super::replication::offline::ReplicationArgs;
use super::serve::ServeArgs;
use super::setacl::SetAclArgs;
use super::settings::GlobalArgs;
use super::show::ShowArgs;
use super::upload::UploadArgs;
use anyhow::Context;
use clap::{CommandFactory, Parser, Subcommand};
use std::path::{Path, PathBuf};

/// Replicate S3 buckets with confidence: exo storage's verbs, offline config validation, prerequisite
/// checks, per-object replication status, and a bundled local S3 server that really replicates.
#[derive(Debug, Parser)]
#[command(
    name = "sosctl",
    version,
    propagate_version = true,
    max_term_width = 110,
    after_long_help = AFTER_LONG_HELP
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

const AFTER_LONG_HELP: &str = "\
Credentials, first found wins: SOSCTL_ACCESS_KEY + SOSCTL_SECRET_KEY; EXOSCALE_API_KEY + EXOSCALE_API_SECRET; \
AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN); the selected account of the config file \
(key, and secret or secretCommand). Secrets are never accepted as flags and never printed.

Config file: <config dir>/sosctl/config.toml, else exo's <config dir>/exoscale/exoscale.toml (same accounts).

Exit codes: 0 success; 1 the operation failed (network, S3 error, local I/O); 2 usage error or invalid input; \
3 `bucket replication status --wait` timed out with objects still PENDING; 4 objects in FAILED state \
(`bucket replication sync`: copies failed); 5 `bucket replication diff` found a destination that differs; \
6 `iam policy eval` denied the request; 130 interrupted.";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List buckets, or objects under sos://BUCKET[/PREFIX]
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Create a bucket
    #[command(visible_alias = "create")]
    Mb(MbArgs),
    /// Delete a bucket
    Rb(RbArgs),
    /// Show an object's or a bucket's details, Replication Status included
    Show(ShowArgs),
    /// Upload files
    #[command(visible_alias = "put")]
    Upload(UploadArgs),
    /// Download objects
    #[command(visible_alias = "get")]
    Download(DownloadArgs),
    /// Delete objects
    #[command(visible_aliases = ["rm", "del"])]
    Delete(DeleteArgs),
    /// Delete all versions and delete markers under a bucket or prefix
    Purge(PurgeArgs),
    /// Make a presigned URL for an object
    Presign(PresignArgs),
    /// Set a bucket's or objects' ACL: a canned ACL, or grantees (--read, --write, --full-control, ...)
    Setacl(SetAclArgs),
    /// A bucket's CORS configuration: add a rule, delete (reset) the whole configuration
    Cors(CorsArgs),
    /// Move objects within a bucket or across buckets (server-side copy, then delete)
    #[command(visible_alias = "mv")]
    Move(MoveArgs),
    /// Add or delete an object's user metadata (a copy onto itself: a new version, which replicates)
    Metadata(MetadataArgs),
    /// Add or delete an object's HTTP headers (a copy onto itself: a new version, which replicates)
    Headers(HeadersArgs),
    /// Bucket settings: versioning, Object Lock, replication
    #[command(visible_alias = "b")]
    Bucket(BucketArgs),
    /// Offline replication config tools: convert, validate
    Replication(ReplicationArgs),
    /// Offline IAM policy tools: validate a policy, evaluate a request against it
    Iam(IamArgs),
    /// Run the bundled local S3 server (versioning, Object Lock, real asynchronous replication)
    Serve(ServeArgs),
    /// Play the product guide's two walk-throughs against an embedded server
    Demo(DemoArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Write man pages (one per subcommand)
    Man(ManArgs),
}

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

/// `sosctl completions SHELL`.
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

/// `sosctl man [--out DIR]`.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::output::Format;
    use std::time::Duration;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_options_parse_before_or_after_the_subcommand() {
        let lines: [&[&str]; 3] = [
            &[
                "sosctl",
                "-z",
                "at-vie-1",
                "-O",
                "json",
                "--trace",
                "-Q",
                "--timeout",
                "5s",
                "list",
                "b",
            ],
            &[
                "sosctl",
                "list",
                "b",
                "-z",
                "at-vie-1",
                "-O",
                "json",
                "--trace",
                "-Q",
                "--timeout",
                "5s",
            ],
            &[
                "sosctl",
                "list",
                "-z",
                "at-vie-1",
                "b",
                "--output-format=json",
                "--trace",
                "--quiet",
                "--timeout=5s",
            ],
        ];
        for argv in lines {
            let cli = Cli::try_parse_from(argv).unwrap();
            assert_eq!(cli.global.zone.as_deref(), Some("at-vie-1"), "{argv:?}");
            assert_eq!(cli.global.output, Some(Format::Json));
            assert!(cli.global.trace && cli.global.quiet);
            assert_eq!(cli.global.timeout, Some(Duration::from_secs(5)));
            assert!(matches!(cli.command, Command::List(ref a) if a.target.as_deref() == Some("b")));
        }
        // Nested subcommands too, and every global option.
        let cli = Cli::try_parse_from([
            "sosctl",
            "bucket",
            "versioning",
            "status",
            "sos://b",
            "-C",
            "/c.toml",
            "-A",
            "w",
            "--endpoint",
            "http://h",
            "--retries",
            "7",
        ])
        .unwrap();
        assert_eq!(cli.global.config.as_deref(), Some(Path::new("/c.toml")));
        assert_eq!(cli.global.account.as_deref(), Some("w"));
        assert_eq!(cli.global.endpoint.as_deref(), Some("http://h"));
        assert_eq!(cli.global.retries, Some(7));
    }
}
