//! The storage commands: list, mb, rb, show, upload, download, delete, purge, presign.

use super::Exit;
use super::settings::Settings;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// sos://BUCKET[/PREFIX]; without it, the buckets
    pub target: Option<String>,
    /// List recursively (all keys under the prefix, no directory grouping)
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// List object versions (version id and vN per row)
    #[arg(long)]
    pub versions: bool,
    /// With --versions, include delete markers
    #[arg(long, requires = "versions")]
    pub delete_markers: bool,
    /// Print keys as pages arrive, in constant memory
    #[arg(short = 's', long)]
    pub stream: bool,
}

#[derive(Debug, clap::Args)]
pub struct MbArgs {
    /// sos://BUCKET
    pub bucket: String,
    /// Create the bucket with Object Lock (and so versioning) enabled
    #[arg(long)]
    pub object_lock: bool,
    /// Canned ACL (private, public-read, public-read-write, authenticated-read)
    #[arg(long, value_name = "ACL")]
    pub acl: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct RbArgs {
    /// sos://BUCKET
    pub bucket: String,
    /// Empty the bucket first (all versions and delete markers)
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// Do not prompt
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// sos://BUCKET or sos://BUCKET/KEY
    pub target: String,
    /// Show this version of the object
    #[arg(long, value_name = "ID")]
    pub version_id: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct UploadArgs {
    /// Local files or directories, then the destination sos://BUCKET/[PREFIX/]
    #[arg(required = true, num_args = 2..)]
    pub args: Vec<String>,
    /// Upload directories recursively (rsync-like: `dir/` uploads the contents of dir)
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// Show what would be uploaded, upload nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
    /// Canned ACL for the uploaded objects
    #[arg(long, value_name = "ACL")]
    pub acl: Option<String>,
    /// Files and parts in flight
    #[arg(long, value_name = "N", default_value_t = 8)]
    pub concurrency: usize,
    /// Part size of multipart uploads (files above it are sent in parts), e.g. 8MiB
    #[arg(long, value_name = "SIZE", default_value = "8MiB", value_parser = parse_size)]
    pub part_size: u64,
}

#[derive(Debug, clap::Args)]
pub struct DownloadArgs {
    /// sos://BUCKET/KEY or sos://BUCKET/PREFIX/
    pub source: String,
    /// Local destination (file or directory) [default: current directory]
    pub dest: Option<PathBuf>,
    /// Download everything under the prefix
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// Overwrite existing local files
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Show what would be downloaded, download nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
    /// Download this version of the object
    #[arg(long, value_name = "ID")]
    pub version_id: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct DeleteArgs {
    /// sos://BUCKET/KEY or sos://BUCKET/PREFIX/
    pub target: String,
    /// Delete everything under the prefix
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// Do not prompt
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Print each deleted key
    #[arg(short = 'v', long)]
    pub verbose: bool,
    /// Permanently delete this version (without it, a versioned bucket gets a delete marker)
    #[arg(long, value_name = "ID")]
    pub version_id: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct PurgeArgs {
    /// sos://BUCKET[/PREFIX/]
    pub target: String,
    /// Do not prompt
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Print each deleted version
    #[arg(short = 'v', long)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PresignMethod {
    Get,
    Put,
}

#[derive(Debug, clap::Args)]
pub struct PresignArgs {
    /// sos://BUCKET/KEY
    pub target: String,
    /// HTTP method the URL allows
    #[arg(short = 'm', long, value_enum, default_value = "get")]
    pub method: PresignMethod,
    /// Validity, e.g. 15m, 1h (at most 7 days)
    #[arg(short = 'e', long, value_name = "DURATION", default_value = "15m", value_parser = super::parse_duration)]
    pub expires: std::time::Duration,
}

/// Parses `8MiB`, `5MB`, `1048576`, `64k`.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let i = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (n, unit) = t.split_at(i);
    let n: u64 = n
        .parse()
        .map_err(|_| format!("invalid size `{s}`: expected e.g. 8MiB"))?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("invalid size unit in `{s}`: use B, KiB, MiB or GiB")),
    };
    n.checked_mul(mult).ok_or_else(|| format!("size `{s}` is too large"))
}

fn todo(what: &str) -> anyhow::Result<Exit> {
    anyhow::bail!("`{what}` is not implemented yet")
}

pub fn list(_s: &Settings, _a: ListArgs) -> anyhow::Result<Exit> {
    todo("list")
}
pub fn mb(_s: &Settings, _a: MbArgs) -> anyhow::Result<Exit> {
    todo("mb")
}
pub fn rb(_s: &Settings, _a: RbArgs) -> anyhow::Result<Exit> {
    todo("rb")
}
pub fn show(_s: &Settings, _a: ShowArgs) -> anyhow::Result<Exit> {
    todo("show")
}
pub fn upload(_s: &Settings, _a: UploadArgs) -> anyhow::Result<Exit> {
    todo("upload")
}
pub fn download(_s: &Settings, _a: DownloadArgs) -> anyhow::Result<Exit> {
    todo("download")
}
pub fn delete(_s: &Settings, _a: DeleteArgs) -> anyhow::Result<Exit> {
    todo("delete")
}
pub fn purge(_s: &Settings, _a: PurgeArgs) -> anyhow::Result<Exit> {
    todo("purge")
}
pub fn presign(_s: &Settings, _a: PresignArgs) -> anyhow::Result<Exit> {
    todo("presign")
}
