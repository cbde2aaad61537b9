//! `sosctl bucket replication delete sos://BUCKET`: remove the stored config, after a confirmation.

use super::show::stored_xml;
use crate::cli::connect::{client_for_bucket, explain};
use crate::cli::exit::Exit;
use crate::cli::output::Format;
use crate::cli::prompt::confirm_like_exo as confirm;
use crate::cli::settings::Settings;
use crate::cli::target;
use serde_json::json;

#[derive(Debug, clap::Args)]
#[command(after_long_help = DELETE_HELP)]
pub struct DeleteArgs {
    /// sos://BUCKET
    pub bucket: String,
    /// Do not prompt
    #[arg(short = 'f', long)]
    pub force: bool,
}

const DELETE_HELP: &str = "\
Without -f, asks for confirmation as exo does: the answer is read from standard input, a terminal or not \
(`echo y | sosctl …`); anything but y/yes declines (exit 0, nothing deleted). A bucket without \
a replication configuration is reported and left alone (exit 0).

Output: table: a note on stderr; json {bucket, deleted}; text `bucket<TAB>deleted|none`.";

/// `sosctl bucket replication delete`.
pub async fn run(s: &Settings, a: DeleteArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let doing = format!("reading the replication configuration of sos://{bucket}");
    let c = client_for_bucket(s, &bucket, &doing).await?;
    let p = s.printer();
    // Read first: a missing bucket or config is said before any prompt.
    if stored_xml(&c, &bucket).await?.is_none() {
        match s.output.format {
            Format::Json => p.json(&json!({"bucket": bucket, "deleted": false}))?,
            Format::Text => p.line(&format!("{bucket}\tnone"))?,
            Format::Table => p.note(&format!(
                "sos://{bucket} has no replication configuration: nothing to delete"
            )),
        }
        return Ok(Exit::Success);
    }
    if !confirm(
        &format!("delete the replication configuration of sos://{bucket}"),
        a.force,
    )? {
        p.note("aborted, nothing deleted");
        return Ok(Exit::Success);
    }
    c.delete_bucket_replication(&bucket).await.map_err(|e| {
        explain(
            e,
            &format!("deleting the replication configuration of sos://{bucket}"),
            &bucket,
            None,
        )
    })?;
    match s.output.format {
        Format::Json => p.json(&json!({"bucket": bucket, "deleted": true}))?,
        Format::Text => p.line(&format!("{bucket}\tdeleted"))?,
        Format::Table => p.note(&format!("deleted the replication configuration of sos://{bucket}")),
    }
    Ok(Exit::Success)
}
