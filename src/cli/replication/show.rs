//! `sosctl bucket replication show sos://BUCKET`: the stored config as a table like exo's, as the JSON
//! that `set` reads back, or as the server's own XML.

use crate::cli::connect::{client_for_bucket, explain};
use crate::cli::exit::Exit;
use crate::cli::output::Format;
use crate::cli::settings::Settings;
use crate::cli::target;
use crate::model;
use crate::model::config_diff::filter_text;
use crate::s3::Client;

#[derive(Debug, clap::Args)]
#[command(after_long_help = SHOW_HELP)]
pub struct ShowArgs {
    /// sos://BUCKET
    pub bucket: String,
    /// Print the raw wire XML
    #[arg(long, conflicts_with = "rule")]
    pub xml: bool,
    /// Show only the rule with this ID
    #[arg(long, value_name = "ID")]
    pub rule: Option<String>,
}

const SHOW_HELP: &str = "\
Output: table Bucket, Role, then per rule ID, Status, Priority, DeleteMarkerReplication, Filter Prefix and \
Destination Bucket (`-` for a member the rule does not have); json: the config in the JSON shape `set` reads \
(so `show -O json sos://B | sosctl bucket replication set sos://B -` round-trips); text: one line per rule \
`bucket<TAB>role<TAB>id<TAB>status<TAB>priority<TAB>delete-marker-replication<TAB>prefix<TAB>destination`. \
--xml prints the document as the server returns it. --rule ID shows that rule alone (json: the rule object, \
as it appears in `Rules`).

Exit codes: 0 shown; 1 the bucket has no replication configuration, does not exist, has no rule with the \
--rule ID (the IDs it has are listed), or the request failed.";

/// The stored config of a bucket as XML, None when it has none; S3 errors explained (exit 1).
pub async fn stored_xml(c: &Client, bucket: &str) -> anyhow::Result<Option<String>> {
    c.get_bucket_replication(bucket).await.map_err(|e| {
        explain(
            e,
            &format!("reading the replication configuration of sos://{bucket}"),
            bucket,
            None,
        )
    })
}

/// The prefix for the text output: the raw prefix, empty for every object, `-` when not a prefix filter.
fn prefix_raw(r: &model::Rule) -> String {
    match (&r.filter, &r.prefix) {
        (Some(model::Filter::Prefix(p)), _) | (None, Some(p)) => p.clone(),
        (Some(model::Filter::Empty), _) => String::new(),
        (Some(model::Filter::And { prefix: Some(p), .. }), _) => p.clone(),
        _ => "-".into(),
    }
}

/// The IDs of a config's rules, quoted, for a message naming the choices (`(no ID)` for a rule without).
pub fn rule_ids(cfg: &model::ReplicationConfig) -> String {
    let ids: Vec<String> = cfg
        .rules
        .iter()
        .map(|r| match &r.id {
            Some(id) => format!("\"{id}\""),
            None => "(no ID)".into(),
        })
        .collect();
    ids.join(", ")
}

/// `sosctl bucket replication show`.
pub async fn run(s: &Settings, a: ShowArgs) -> anyhow::Result<Exit> {
    let bucket = target::parse_bucket(&a.bucket)?;
    let doing = format!("reading the replication configuration of sos://{bucket}");
    let c = client_for_bucket(s, &bucket, &doing).await?;
    let p = s.printer();
    let Some(xml) = stored_xml(&c, &bucket).await? else {
        anyhow::bail!(
            "sos://{bucket} has no replication configuration (ReplicationConfigurationNotFoundError)\nhint: set \
             one with `sosctl bucket replication set sos://{bucket} FILE`"
        );
    };
    if a.xml {
        p.raw(&xml)?;
        if !xml.ends_with('\n') {
            p.raw("\n")?;
        }
        return Ok(Exit::Success);
    }
    let cfg = match model::parse(&xml) {
        Ok(parsed) => parsed.config,
        Err(errors) => {
            let first = errors.first().map(|f| f.to_string()).unwrap_or_default();
            anyhow::bail!(
                "the replication configuration of sos://{bucket} returned by the server does not parse: {first}\n\
                 hint: see the document with `sosctl bucket replication show --xml sos://{bucket}`"
            );
        }
    };
    let mut cfg = cfg;
    if let Some(id) = &a.rule {
        let Some(i) = cfg.rules.iter().position(|r| r.id.as_deref() == Some(id.as_str())) else {
            anyhow::bail!(
                "sos://{bucket} has no replication rule with ID \"{id}\" (its rules: {})",
                rule_ids(&cfg)
            );
        };
        cfg.rules = vec![cfg.rules.swap_remove(i)];
    }
    let dash = |o: Option<String>| o.unwrap_or_else(|| "-".into());
    match s.output.format {
        Format::Json if a.rule.is_some() => p.json(&model::to_json(&cfg)["Rules"][0])?,
        Format::Json => p.json(&model::to_json(&cfg))?,
        Format::Text => {
            let rows: Vec<Vec<String>> = cfg
                .rules
                .iter()
                .map(|r| {
                    vec![
                        bucket.clone(),
                        cfg.role.clone(),
                        dash(r.id.clone()),
                        r.status.clone(),
                        dash(r.priority.map(|n| n.to_string())),
                        dash(r.delete_marker_replication.as_ref().map(|d| d.status.clone())),
                        prefix_raw(r),
                        model::bucket_name(&r.destination.bucket).to_string(),
                    ]
                })
                .collect();
            p.text_rows(&rows)?;
        }
        Format::Table => {
            let mut rows: Vec<(String, String)> = vec![
                ("Bucket".into(), bucket.clone()),
                (
                    "Role".into(),
                    if cfg.role.is_empty() {
                        "-".into()
                    } else {
                        cfg.role.clone()
                    },
                ),
            ];
            for (i, r) in cfg.rules.iter().enumerate() {
                rows.push((format!("Rule {}", i + 1), String::new()));
                rows.push(("  ID".into(), dash(r.id.clone())));
                rows.push(("  Status".into(), r.status.clone()));
                rows.push(("  Priority".into(), dash(r.priority.map(|n| n.to_string()))));
                rows.push((
                    "  DeleteMarkerReplication".into(),
                    dash(r.delete_marker_replication.as_ref().map(|d| d.status.clone())),
                ));
                rows.push(("  Filter Prefix".into(), filter_text(r)));
                rows.push((
                    "  Destination Bucket".into(),
                    model::bucket_name(&r.destination.bucket).to_string(),
                ));
            }
            p.kv_table(None, &rows)?;
        }
    }
    Ok(Exit::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_are_told_plainly() {
        let mut r = model::Rule::default();
        assert_eq!(filter_text(&r), "-");
        assert_eq!(prefix_raw(&r), "-");
        r.prefix = Some("logs/".into());
        assert_eq!(filter_text(&r), "logs/");
        r.prefix = None;
        r.filter = Some(model::Filter::Prefix(String::new()));
        assert_eq!(filter_text(&r), "(every object)");
        assert_eq!(prefix_raw(&r), "");
        r.filter = Some(model::Filter::And {
            prefix: Some("p/".into()),
            tags: vec![model::Tag {
                key: "k".into(),
                value: "v".into(),
            }],
        });
        assert_eq!(filter_text(&r), "prefix p/ and tag k=v");
    }
}
