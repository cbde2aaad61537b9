//! `sosctl mb sos://BUCKET` and `sosctl rb sos://BUCKET`: create a bucket in `--zone`, delete one
//! (with `-r`, emptied first by [`remove::empty_bucket`], the purge loop `delete` and `purge` use too).

use super::connect::{client, client_for_bucket, explain};
use super::exit::Exit;
use super::output::Format;
use super::parse;
use super::prompt::confirm_like_exo as confirm;
use super::remove;
use super::settings::Settings;
use super::show;
use super::target;
use crate::s3::CreateBucketOptions;
use serde_json::json;

#[derive(Debug, clap::Args)]
#[command(after_long_help = MB_OUTPUT_HELP)]
pub struct MbArgs {
    /// sos://BUCKET
    pub bucket: String,
    /// Create the bucket with Object Lock (and so versioning) enabled
    #[arg(long)]
    pub object_lock: bool,
    /// Canned ACL (private, public-read, public-read-write, authenticated-read)
    #[arg(long, value_name = "ACL", value_parser = parse::bucket_acl)]
    pub acl: Option<String>,
}

#[derive(Debug, clap::Args)]
#[command(after_long_help = RB_OUTPUT_HELP)]
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

/// Help of `mb -O json` / `-O text`.
const MB_OUTPUT_HELP: &str = "\
The bucket is created in --zone (its LocationConstraint; none for us-east-1).
Output: a note on stderr, then the new bucket's details as `show sos://BUCKET` prints them (as exo
does; nothing on stdout with -Q in table form).";

/// Help of `rb -O json` / `-O text`.
const RB_OUTPUT_HELP: &str = "\
Without -f, asks for confirmation as exo does: the answer is read from standard input, a terminal or
not (`echo y | sosctl …`); anything but y/yes declines (exit 0, nothing deleted).
-r first deletes every object version and delete marker (stopping on an object-locked version)
and aborts unfinished multipart uploads.
Output: table prints a note on stderr; json {bucket, deleted: true, versions_deleted (by -r)} (exo
prints no JSON document for rb, only `Bucket sos://B deleted successfully`); text the bucket name.";

/// `sosctl mb`.
pub async fn mb(s: &Settings, a: MbArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let c = client(s)?;
    let opts = CreateBucketOptions {
        // us-east-1 is S3's default region, which takes no LocationConstraint.
        location: (s.zone != "us-east-1").then(|| s.zone.clone()),
        object_lock: a.object_lock,
        acl: a.acl.clone(),
    };
    c.create_bucket(&bucket, &opts)
        .await
        .map_err(|e| explain(e, &format!("creating bucket \"{bucket}\""), &bucket, None))?;
    let p = s.printer();
    p.note(&format!(
        "created bucket sos://{bucket} in {}{}",
        s.zone,
        if a.object_lock { " with Object Lock" } else { "" }
    ));
    // As exo: the new bucket's details (not with -Q in table form, where exo prints nothing either).
    if s.output.quiet && s.output.format == Format::Table {
        return Ok(Exit::Success);
    }
    show::show_bucket(s, &c, &bucket).await
}

/// `sosctl rb`.
pub async fn rb(s: &Settings, a: RbArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let doing = format!("deleting bucket \"{bucket}\"");
    let c = client_for_bucket(s, &bucket, &doing).await?;
    let p = s.printer();
    // Check first, so that a missing bucket is reported as such before any prompt.
    c.head_bucket(&bucket)
        .await
        .map_err(|e| explain(e, &doing, &bucket, None))?;
    let question = if a.recursive {
        format!("delete bucket \"{bucket}\" and every object version in it")
    } else {
        format!("delete bucket \"{bucket}\"")
    };
    if !confirm(&question, a.force)? {
        p.note("aborted, nothing deleted");
        return Ok(Exit::Success);
    }
    let mut emptied = 0;
    if a.recursive {
        emptied = remove::empty_bucket(&c, &p, &bucket).await?;
        p.note(&format!("deleted {emptied} object version(s) and delete marker(s)"));
    }
    c.delete_bucket(&bucket)
        .await
        .map_err(|e| explain(e, &format!("deleting bucket \"{bucket}\""), &bucket, None))?;
    match s.output.format {
        // exo prints no JSON document for rb (only `Bucket sos://B deleted successfully`).
        Format::Json => p.json(&json!({"bucket": bucket, "deleted": true, "versions_deleted": emptied}))?,
        Format::Text => p.line(&bucket)?,
        Format::Table => p.note(&format!("deleted bucket sos://{bucket}")),
    }
    Ok(Exit::Success)
}
