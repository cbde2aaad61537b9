//! `sosctl iam role create|list|show|update|delete`: Exoscale IAM roles, emulated locally by `sosctl serve`
//! (its operator endpoints `/_sosctl/iam/role...`), printed as `exo iam role` prints them: the ID, Name,
//! Description, Editable, Labels, Permissions table (`n/a` when empty), JSON keys `id`, `name`,
//! `description`, `editable`, `labels`, `permission`. Pointed at any other endpoint they say that they
//! emulate IAM on `sosctl serve` only. A policy is read and validated here first, with positions in the
//! file: an invalid policy sends nothing.

use crate::cli::exit::{Exit, UsageError};
use crate::cli::iam::check::{read_policy_text, report_policy};
use crate::cli::operator::iam_call;
use crate::cli::output::{Format, Printer};
use crate::cli::settings::Settings;
use crate::cli::{connect, prompt};
use crate::model::iam::role::{NewRole, PERMISSIONS, RoleDoc, RoleUpdate, is_uuid};
use crate::s3::Client;
use reqwest::Method;
use serde_json::{Value, json};
use std::collections::BTreeMap;

#[derive(Debug, clap::Subcommand)]
pub enum RoleCommand {
    /// Create a role (on `sosctl serve`): prints its ID, Name, Description, Editable, Labels, Permissions
    ///
    /// As `exo iam role create`: the policy from FILE or - (stdin), validated first with positions (an
    /// invalid policy creates nothing, exit 2); no --policy means allow-all. The role ID is a new UUID:
    /// put it in the replication config's Role.
    Create(CreateArgs),
    /// List the roles (ID, Name, Description, Editable)
    List,
    /// Show a role (by ID or name); --policy prints its policy document
    Show {
        /// Role ID or name
        role: String,
        /// Print the policy document (JSON) instead of the role
        #[arg(long)]
        policy: bool,
    },
    /// Update a role's description, labels, permissions or policy (a role created with --editable=false
    /// refuses a policy update)
    Update(UpdateArgs),
    /// Delete a role (and the API keys bound to it)
    Delete {
        /// Role ID or name
        role: String,
        /// Do not ask for confirmation
        #[arg(short = 'f', long)]
        force: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// Role name
    pub name: String,
    /// IAM policy file, or - for stdin [default: allow-all]
    #[arg(long, value_name = "FILE")]
    pub policy: Option<String>,
    /// Role description
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub description: String,
    /// Whether the policy may be updated later (fixed at creation)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", default_value = "false")]
    pub editable: bool,
    /// A label (repeatable)
    #[arg(long = "label", value_name = "KEY=VALUE", value_parser = label)]
    pub labels: Vec<(String, String)>,
    /// Role permissions, comma-separated: bypass-governance-retention, reset-iam-organization-policy
    #[arg(long, value_name = "P,...", value_delimiter = ',', value_parser = permission)]
    pub permissions: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    /// Role ID or name
    pub role: String,
    /// New IAM policy file, or - for stdin
    #[arg(long, value_name = "FILE")]
    pub policy: Option<String>,
    /// New description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Labels, replacing the role's (repeatable)
    #[arg(long = "label", value_name = "KEY=VALUE", value_parser = label)]
    pub labels: Vec<(String, String)>,
    /// Permissions, replacing the role's, comma-separated
    #[arg(long, value_name = "P,...", value_delimiter = ',', value_parser = permission)]
    pub permissions: Option<Vec<String>>,
}

fn label(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(format!("`{s}` is not KEY=VALUE")),
    }
}

fn permission(s: &str) -> Result<String, String> {
    if PERMISSIONS.contains(&s) {
        Ok(s.to_string())
    } else {
        Err(format!("unknown permission `{s}` (known: {})", PERMISSIONS.join(", ")))
    }
}

fn role_of(v: Value, what: &str) -> anyhow::Result<RoleDoc> {
    serde_json::from_value(v).map_err(|e| anyhow::anyhow!("{what}: unexpected answer: {e}"))
}

/// Every role of the server.
pub async fn list_roles(s: &Settings, c: &Client) -> anyhow::Result<Vec<RoleDoc>> {
    let v = iam_call(s, c, Method::GET, "/_sosctl/iam/role", None, "listing IAM roles").await?;
    let roles = v.get("iam-roles").cloned().unwrap_or(Value::Null);
    serde_json::from_value(roles).map_err(|e| anyhow::anyhow!("listing IAM roles: unexpected answer: {e}"))
}

/// The role named or identified by `which`: an ID first, then a name; a name several roles have is an
/// error (as exo's).
pub async fn find_role(s: &Settings, c: &Client, which: &str) -> anyhow::Result<RoleDoc> {
    let roles = list_roles(s, c).await?;
    if is_uuid(which)
        && let Some(r) = roles.iter().find(|r| r.id == which)
    {
        return Ok(r.clone());
    }
    let named: Vec<&RoleDoc> = roles.iter().filter(|r| r.name == which).collect();
    match named.as_slice() {
        [r] => Ok((*r).clone()),
        [] => Err(UsageError::new(format!("no IAM role \"{which}\" (sosctl iam role list)")).into()),
        several => Err(UsageError::new(format!(
            "several IAM roles are named \"{which}\": give its ID ({})",
            several.iter().map(|r| r.id.as_str()).collect::<Vec<_>>().join(", ")
        ))
        .into()),
    }
}

/// A policy argument read and validated: the document to send, or None after its errors are printed.
fn policy_document(p: &Printer, file: &str, what: &str) -> anyhow::Result<Option<Value>> {
    let (name, text, loaded) = read_policy_text(file)?;
    report_policy(p, &name, &loaded, what);
    if loaded.policy.is_none() {
        return Ok(None);
    }
    // The model read it as a valid policy, so it is JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Ok(Some(serde_json::from_str(text)?))
}

fn dash_or(v: &str) -> String {
    if v.is_empty() { "n/a".into() } else { v.to_string() }
}

/// The role as `exo iam role show` prints it: rows, and the JSON.
fn role_rows(r: &RoleDoc) -> Vec<(String, String)> {
    let labels: Vec<String> = r.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
    vec![
        ("ID".into(), r.id.clone()),
        ("Name".into(), r.name.clone()),
        ("Description".into(), r.description.clone()),
        ("Editable".into(), r.editable.to_string()),
        ("Labels".into(), dash_or(&labels.join("\n"))),
        ("Permissions".into(), dash_or(&r.permissions.join(", "))),
    ]
}

pub fn role_json(r: &RoleDoc) -> Value {
    json!({
        "id": r.id,
        "name": r.name,
        "description": r.description,
        "editable": r.editable,
        "labels": r.labels,
        "permission": r.permissions,
    })
}

/// Prints one role in the settings' format.
pub fn print_role(p: &Printer, r: &RoleDoc) -> std::io::Result<()> {
    match p.format {
        Format::Json => p.json(&role_json(r)),
        Format::Text => p.text_rows(
            &role_rows(r)
                .into_iter()
                .map(|(k, v)| vec![k, v.replace('\n', ", ")])
                .collect::<Vec<_>>(),
        ),
        Format::Table => p.kv_table(None, &role_rows(r)),
    }
}

/// `sosctl iam role ...`.
pub async fn run(s: &Settings, command: RoleCommand) -> anyhow::Result<Exit> {
    let p = s.printer();
    match command {
        RoleCommand::Create(a) => {
            let policy = match &a.policy {
                Some(f) => match policy_document(&p, f, "nothing created")? {
                    Some(doc) => Some(doc),
                    None => return Ok(Exit::Invalid),
                },
                None => None,
            };
            let c = connect::client(s)?;
            let new = NewRole {
                name: a.name.clone(),
                description: a.description,
                editable: a.editable,
                labels: a.labels.into_iter().collect(),
                permissions: a.permissions,
                policy,
            };
            let what = format!("creating IAM role \"{}\"", a.name);
            let v = iam_call(
                s,
                &c,
                Method::POST,
                "/_sosctl/iam/role",
                Some(&serde_json::to_value(&new)?),
                &what,
            )
            .await?;
            print_role(&p, &role_of(v, &what)?)?;
        }
        RoleCommand::List => {
            let c = connect::client(s)?;
            let roles = list_roles(s, &c).await?;
            match p.format {
                Format::Json => p.json(&Value::Array(roles.iter().map(role_json).collect()))?,
                _ => {
                    let rows: Vec<Vec<String>> = roles
                        .iter()
                        .map(|r| {
                            vec![
                                r.id.clone(),
                                r.name.clone(),
                                r.description.clone(),
                                r.editable.to_string(),
                            ]
                        })
                        .collect();
                    if p.format == Format::Text {
                        p.text_rows(&rows)?;
                    } else {
                        p.table(&["ID", "Name", "Description", "Editable"], &rows)?;
                    }
                }
            }
        }
        RoleCommand::Show { role, policy } => {
            let c = connect::client(s)?;
            let r = find_role(s, &c, &role).await?;
            if policy {
                p.json(&r.policy)?;
            } else {
                print_role(&p, &r)?;
            }
        }
        RoleCommand::Update(a) => {
            if a.policy.is_none() && a.description.is_none() && a.labels.is_empty() && a.permissions.is_none() {
                return Err(UsageError::new(
                    "nothing to update: give --policy, --description, --label or --permissions",
                )
                .into());
            }
            let policy = match &a.policy {
                Some(f) => match policy_document(&p, f, "nothing updated")? {
                    Some(doc) => Some(doc),
                    None => return Ok(Exit::Invalid),
                },
                None => None,
            };
            let c = connect::client(s)?;
            let r = find_role(s, &c, &a.role).await?;
            let what = format!("updating IAM role \"{}\"", r.name);
            let update = RoleUpdate {
                description: a.description,
                labels: (!a.labels.is_empty()).then(|| a.labels.into_iter().collect::<BTreeMap<_, _>>()),
                permissions: a.permissions,
            };
            let mut last = r.clone();
            if update != RoleUpdate::default() {
                let path = format!("/_sosctl/iam/role/{}", r.id);
                last = role_of(
                    iam_call(s, &c, Method::PUT, &path, Some(&serde_json::to_value(&update)?), &what).await?,
                    &what,
                )?;
            }
            if let Some(doc) = policy {
                let path = format!("/_sosctl/iam/role/{}:policy", r.id);
                last = role_of(iam_call(s, &c, Method::PUT, &path, Some(&doc), &what).await?, &what)?;
            }
            print_role(&p, &last)?;
        }
        RoleCommand::Delete { role, force } => {
            let c = connect::client(s)?;
            let r = find_role(s, &c, &role).await?;
            if !prompt::confirm(&format!("delete IAM role \"{}\" ({})", r.name, r.id), force)? {
                return Ok(Exit::Success);
            }
            let what = format!("deleting IAM role \"{}\"", r.name);
            iam_call(
                s,
                &c,
                Method::DELETE,
                &format!("/_sosctl/iam/role/{}", r.id),
                None,
                &what,
            )
            .await?;
            p.note(&format!("IAM role \"{}\" ({}) deleted", r.name, r.id));
        }
    }
    Ok(Exit::Success)
}
