//! `sosctl bucket replication rule add|update|enable|disable|remove sos://SRC --id ID [...]`: one rule of the
//! stored config edited (as `mc replicate add|update|rm --id` offers), the whole config then validated as
//! `set` validates a file, and sent through `set`'s own step ([`super::set::apply`]: prerequisites, the
//! changes, the confirmation of a weakening, the PUT).

use super::offline::report;
use super::set::{ApplyArgs, Stored, apply, read_stored};
use super::show::rule_ids;
use crate::cli::connect::client_for_bucket;
use crate::cli::exit::{Exit, UsageError};
use crate::cli::settings::Settings;
use crate::cli::target;
use crate::model::{self, Destination, Filter, Loaded, ReplicationConfig, Rule, StatusOnly, Tag};

#[derive(Debug, clap::Subcommand)]
pub enum RuleCommand {
    /// Add a rule (creates the config when the bucket has none: --role then)
    #[command(after_long_help = ADD_HELP)]
    Add(AddArgs),
    /// Change members of a rule; the others stay as they are
    #[command(after_long_help = EDIT_HELP)]
    Update(UpdateArgs),
    /// Set a rule's Status to Enabled
    #[command(after_long_help = EDIT_HELP)]
    Enable(IdArgs),
    /// Set a rule's Status to Disabled (asks first: it weakens replication)
    #[command(after_long_help = EDIT_HELP)]
    Disable(IdArgs),
    /// Remove a rule (asks first: it weakens replication)
    #[command(visible_alias = "rm", after_long_help = EDIT_HELP)]
    Remove(IdArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OnOff {
    Enabled,
    Disabled,
}

impl OnOff {
    fn status(self) -> StatusOnly {
        StatusOnly {
            status: match self {
                OnOff::Enabled => "Enabled",
                OnOff::Disabled => "Disabled",
            }
            .into(),
        }
    }
}

/// The members `add` sets and `update` changes.
#[derive(Debug, clap::Args)]
pub struct RuleFields {
    /// Destination bucket (plain name or arn:aws:s3:::NAME)
    #[arg(long, value_name = "BUCKET")]
    pub destination: Option<String>,
    /// Replicate only keys under this prefix ("" for every key)
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,
    /// Replicate only objects with this tag (repeatable; on update, replaces the rule's tags)
    #[arg(long, value_name = "KEY=VALUE", value_parser = tag)]
    pub tag: Vec<Tag>,
    /// Priority among the rules (higher wins)
    #[arg(long, value_name = "N")]
    pub priority: Option<i64>,
    /// Replicate delete markers
    #[arg(long, value_enum, value_name = "STATUS")]
    pub delete_marker_replication: Option<OnOff>,
    /// Storage class of the replicas
    #[arg(long, value_name = "CLASS")]
    pub storage_class: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// sos://BUCKET (the source)
    pub bucket: String,
    /// The new rule's ID
    #[arg(long)]
    pub id: String,
    #[command(flatten)]
    pub fields: RuleFields,
    /// Add the rule with Status Disabled
    #[arg(long)]
    pub disabled: bool,
    /// The IAM role (UUID on Exoscale, ARN on AWS); only when the bucket has no config yet
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    #[command(flatten)]
    pub apply: ApplyArgs,
}

#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    /// sos://BUCKET (the source)
    pub bucket: String,
    /// The rule's ID
    #[arg(long)]
    pub id: String,
    #[command(flatten)]
    pub fields: RuleFields,
    #[command(flatten)]
    pub apply: ApplyArgs,
}

#[derive(Debug, clap::Args)]
pub struct IdArgs {
    /// sos://BUCKET (the source)
    pub bucket: String,
    /// The rule's ID
    #[arg(long)]
    pub id: String,
    #[command(flatten)]
    pub apply: ApplyArgs,
}

const ADD_HELP: &str = "\
The rule gets: --destination (required), the filter from --prefix and --tag (every object when neither), \
Priority (default: one above the highest of the stored rules, 1 for the first), Status Enabled (--disabled: \
Disabled), DeleteMarkerReplication (default Disabled, as exo does). A bucket without a config gets one \
holding this rule, with --role as its Role. Then the whole config is validated as `set` validates a file, \
and sent as `set` sends one (prerequisites unless --no-check, the changes on stderr, --dry-run, -f).

Exit codes: as `set`; 2 also when a rule with this ID exists, or the bucket has no config and no --role is \
given.";

const EDIT_HELP: &str = "\
The rule with --id is changed in the stored config (update: only the members given; --tag replaces the \
rule's tags; --prefix \"\" selects every key), then the whole config is validated as `set` validates a file \
and sent as `set` sends one: prerequisites unless --no-check, the changes on stderr, and a change that \
removes or weakens replication (disable, remove, a narrower filter, another destination, \
DeleteMarkerReplication disabled) asked for on a terminal, refused without -f in a script (exit 2, nothing \
sent). --dry-run prints the changes and the XML and sends nothing.

Exit codes: as `set`; 2 also when the bucket has no config, no rule has this ID (the IDs are listed), or \
the rule to remove is the last one (`bucket replication delete` removes the whole config).";

/// `KEY=VALUE`.
fn tag(s: &str) -> Result<Tag, String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok(Tag {
            key: k.into(),
            value: v.into(),
        }),
        _ => Err(format!("`{s}`: expected KEY=VALUE")),
    }
}

/// The filter of a prefix and tags, in the simplest form S3 takes for it.
fn filter(prefix: String, tags: Vec<Tag>) -> Filter {
    match (prefix.is_empty(), tags.len()) {
        (_, 0) => Filter::Prefix(prefix),
        (true, 1) => Filter::Tag(tags.into_iter().next().expect("one tag")),
        (empty, _) => Filter::And {
            prefix: (!empty).then_some(prefix),
            tags,
        },
    }
}

/// The prefix and tags a rule's filter holds (a V1 rule-level prefix included).
fn prefix_and_tags(r: &Rule) -> (String, Vec<Tag>) {
    match (&r.filter, &r.prefix) {
        (Some(Filter::Prefix(p)), _) | (None, Some(p)) => (p.clone(), Vec::new()),
        (Some(Filter::Tag(t)), _) => (String::new(), vec![t.clone()]),
        (Some(Filter::And { prefix, tags }), _) => (prefix.clone().unwrap_or_default(), tags.clone()),
        _ => (String::new(), Vec::new()),
    }
}

/// Sets the members given in `f` on `r`.
fn set_fields(r: &mut Rule, f: &RuleFields) {
    if let Some(d) = &f.destination {
        r.destination.bucket = d.clone();
    }
    if f.prefix.is_some() || !f.tag.is_empty() {
        let (prefix, tags) = prefix_and_tags(r);
        let prefix = f.prefix.clone().unwrap_or(prefix);
        let tags = if f.tag.is_empty() { tags } else { f.tag.clone() };
        if r.filter.is_none() && f.tag.is_empty() {
            // A V1 rule keeps its rule-level prefix.
            r.prefix = Some(prefix);
        } else {
            r.prefix = None;
            r.filter = Some(filter(prefix, tags));
        }
    }
    if let Some(p) = f.priority {
        r.priority = Some(p);
    }
    if let Some(d) = f.delete_marker_replication {
        r.delete_marker_replication = Some(d.status());
    }
    if let Some(c) = &f.storage_class {
        r.destination.storage_class = Some(c.clone());
    }
}

/// The edit, applied to the stored config (None: the bucket has none).
enum Edit<'a> {
    Add(&'a AddArgs),
    Update(&'a RuleFields),
    Status(&'static str),
    Remove,
}

/// The config after the edit, or why it cannot be made (a usage error: exit 2).
fn edited(bucket: &str, id: &str, old: Option<&ReplicationConfig>, edit: &Edit) -> Result<ReplicationConfig, String> {
    let position = |cfg: &ReplicationConfig| cfg.rules.iter().position(|r| r.id.as_deref() == Some(id));
    if let Edit::Add(a) = edit {
        let mut cfg = match (old, &a.role) {
            (Some(cfg), _) => cfg.clone(),
            (None, Some(role)) => ReplicationConfig {
                role: role.clone(),
                rules: Vec::new(),
            },
            (None, None) => {
                return Err(format!(
                    "sos://{bucket} has no replication configuration: `rule add` creates one, and needs \
                     --role ROLE (the IAM role UUID on Exoscale, a role ARN on AWS); nothing sent"
                ));
            }
        };
        if position(&cfg).is_some() {
            return Err(format!(
                "sos://{bucket} already has a replication rule with ID \"{id}\" (change it with `sosctl bucket \
                 replication rule update sos://{bucket} --id {id} ...`); nothing sent"
            ));
        }
        let Some(dest) = &a.fields.destination else {
            return Err("rule add needs --destination BUCKET; nothing sent".into());
        };
        let priority = a
            .fields
            .priority
            .unwrap_or_else(|| cfg.rules.iter().filter_map(|r| r.priority).max().map_or(1, |p| p + 1));
        let mut r = Rule {
            id: Some(id.into()),
            priority: Some(priority),
            filter: Some(Filter::Prefix(String::new())),
            status: if a.disabled { "Disabled" } else { "Enabled" }.into(),
            destination: Destination {
                bucket: dest.clone(),
                ..Destination::default()
            },
            delete_marker_replication: Some(OnOff::Disabled.status()),
            ..Rule::default()
        };
        set_fields(&mut r, &a.fields);
        cfg.rules.push(r);
        return Ok(cfg);
    }
    let Some(old) = old else {
        return Err(format!(
            "sos://{bucket} has no replication configuration (add a rule with `sosctl bucket replication rule add \
             sos://{bucket} --id ID --destination BUCKET --role ROLE`); nothing sent"
        ));
    };
    let mut cfg = old.clone();
    let Some(i) = position(&cfg) else {
        return Err(format!(
            "sos://{bucket} has no replication rule with ID \"{id}\" (its rules: {}); nothing sent",
            rule_ids(&cfg)
        ));
    };
    match edit {
        Edit::Add(_) => unreachable!("handled above"),
        Edit::Update(f) => set_fields(&mut cfg.rules[i], f),
        Edit::Status(st) => cfg.rules[i].status = st.to_string(),
        Edit::Remove if cfg.rules.len() == 1 => {
            return Err(format!(
                "rule \"{id}\" is the only rule of sos://{bucket}, and a configuration holds at least one: remove \
                 the whole configuration with `sosctl bucket replication delete sos://{bucket}`; nothing sent"
            ));
        }
        Edit::Remove => {
            cfg.rules.remove(i);
        }
    }
    Ok(cfg)
}

/// `sosctl bucket replication rule ...`.
pub async fn run(s: &Settings, cmd: RuleCommand) -> anyhow::Result<Exit> {
    let (bucket, id, edit, flags) = match &cmd {
        RuleCommand::Add(a) => (&a.bucket, &a.id, Edit::Add(a), a.apply),
        RuleCommand::Update(a) => (&a.bucket, &a.id, Edit::Update(&a.fields), a.apply),
        RuleCommand::Enable(a) => (&a.bucket, &a.id, Edit::Status("Enabled"), a.apply),
        RuleCommand::Disable(a) => (&a.bucket, &a.id, Edit::Status("Disabled"), a.apply),
        RuleCommand::Remove(a) => (&a.bucket, &a.id, Edit::Remove, a.apply),
    };
    let bucket = target::parse_bucket(bucket)?;
    let c = client_for_bucket(
        s,
        &bucket,
        &format!("reading the replication configuration of sos://{bucket}"),
    )
    .await?;
    let old = match read_stored(&c, &bucket).await? {
        Stored::Config(cfg) => Some(cfg),
        Stored::None => None,
        Stored::Unreadable(why) => anyhow::bail!(
            "the stored replication configuration of sos://{bucket} does not parse ({why}), so no rule of it can \
             be edited\nhint: replace it whole with `sosctl bucket replication set sos://{bucket} FILE`"
        ),
    };
    let cfg = edited(&bucket, id, old.as_ref(), &edit).map_err(UsageError::new)?;
    // The whole config, validated as `set` validates a file.
    let name = format!("sos://{bucket} after the edit");
    let findings = model::validate(&cfg, Some(&bucket));
    let loaded = Loaded {
        config: Some(cfg),
        format: None,
        findings,
    };
    report(&s.printer(), &name, &loaded);
    let Some(cfg) = loaded.valid() else {
        eprintln!(
            "error: {name}: invalid replication config: {}; nothing sent",
            crate::cli::findings::problems(&loaded.findings)
        );
        return Ok(Exit::Invalid);
    };
    let stored = Some(old.map_or(Stored::None, Stored::Config));
    apply(s, &c, &bucket, cfg, stored, flags, None).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> RuleFields {
        RuleFields {
            destination: None,
            prefix: None,
            tag: Vec::new(),
            priority: None,
            delete_marker_replication: None,
            storage_class: None,
        }
    }

    #[test]
    fn tags_and_prefixes_make_the_simplest_filter() {
        assert_eq!(tag("k=v").unwrap().value, "v");
        assert_eq!(tag("k=").unwrap().value, "");
        assert!(tag("=v").is_err() && tag("kv").is_err());
        let t = tag("k=v").unwrap();
        assert_eq!(filter("p/".into(), vec![]), Filter::Prefix("p/".into()));
        assert_eq!(filter(String::new(), vec![t.clone()]), Filter::Tag(t.clone()));
        assert_eq!(
            filter("p/".into(), vec![t.clone()]),
            Filter::And {
                prefix: Some("p/".into()),
                tags: vec![t.clone()]
            }
        );
        assert_eq!(
            filter(String::new(), vec![t.clone(), t.clone()]),
            Filter::And {
                prefix: None,
                tags: vec![t.clone(), t]
            }
        );
    }

    #[test]
    fn update_changes_only_what_is_given() {
        let mut r = Rule {
            id: Some("a".into()),
            priority: Some(3),
            filter: Some(Filter::And {
                prefix: Some("logs/".into()),
                tags: vec![tag("k=v").unwrap()],
            }),
            status: "Enabled".into(),
            ..Rule::default()
        };
        let mut f = fields();
        f.prefix = Some("img/".into());
        set_fields(&mut r, &f);
        assert_eq!(
            r.filter,
            Some(Filter::And {
                prefix: Some("img/".into()),
                tags: vec![tag("k=v").unwrap()]
            })
        );
        assert_eq!(r.priority, Some(3));
        // A V1 rule keeps its rule-level prefix.
        let mut v1 = Rule {
            prefix: Some("a/".into()),
            ..Rule::default()
        };
        set_fields(&mut v1, &f);
        assert_eq!((v1.prefix.as_deref(), v1.filter.as_ref()), (Some("img/"), None));
    }
}
