//! `sosctl bucket replication retry sos://SRC`: against `sosctl serve`, puts the source's FAILED versions
//! back to PENDING and queues them (its operator endpoint `POST /_sosctl/replication?retry-failed&bucket=SRC`):
//! real replication again, the same version ids. S3 and SOS have no such call (a FAILED version stays
//! FAILED until it is written again); elsewhere the command says so and points to `bucket replication sync
//! --failed`, which copies them by hand.

use crate::cli::connect;
use crate::cli::exit::Exit;
use crate::cli::operator::{Answer, call};
use crate::cli::output::{Format, plural};
use crate::cli::settings::Settings;
use crate::cli::target;
use reqwest::Method;
use serde_json::json;

#[derive(Debug, clap::Args)]
#[command(after_long_help = RETRY_HELP)]
pub struct RetryArgs {
    /// sos://BUCKET (the source)
    pub bucket: String,
}

const RETRY_HELP: &str = "\
On `sosctl serve` only: every FAILED version of the source goes back to PENDING and is replicated again by \
the server (same version ids, the role's policy asked again), e.g. after `sosctl iam role update --policy`. \
Follow it with `sosctl bucket replication status --wait sos://BUCKET`.

S3 and SOS have no call to re-queue a FAILED version; pointed at them, the command says so (exit 1): copy \
the versions with `sosctl bucket replication sync --failed sos://BUCKET` instead.

Output: table: a note on stderr; json {bucket, requeued}; text `bucket<TAB>requeued`.";

/// `sosctl bucket replication retry`.
pub async fn run(s: &Settings, a: RetryArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let p = s.printer();
    let doing = format!("re-queueing the FAILED versions of sos://{bucket}");
    let c = connect::client_for_bucket(s, &bucket, &doing).await?;
    let path = format!("/_sosctl/replication?retry-failed&bucket={bucket}");
    let requeued = match call(&c, Method::POST, &path, None, &doing).await? {
        Answer::Json(v) => v["requeued"].as_u64().unwrap_or(0),
        Answer::Refused { code, message, .. } => anyhow::bail!("{doing}: {message} ({code})"),
        Answer::NotBundled => anyhow::bail!(
            "{doing}: the service has no call to re-queue FAILED versions (S3 and SOS replicate a version once; \
             `retry` works on `sosctl serve` only)\nhint: copy them with `sosctl bucket replication sync --failed \
             sos://{bucket}`"
        ),
    };
    match s.output.format {
        Format::Json => p.json(&json!({"bucket": bucket, "requeued": requeued}))?,
        Format::Text => p.line(&format!("{bucket}\t{requeued}"))?,
        Format::Table => p.note(&format!(
            "sos://{bucket}: {} re-queued for replication",
            plural(requeued as usize, "FAILED version")
        )),
    }
    Ok(Exit::Success)
}
