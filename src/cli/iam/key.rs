//! `sosctl iam key create|list`: API keys bound to a role, on `sosctl serve` (its operator endpoint
//! `/_sosctl/iam/api-key`). A request signed with such a key is decided by the role's policy on every
//! operation. `create` prints the key and its secret once — the one place sosctl prints a secret, on
//! purpose, as `exo iam api-key create` does: the server answers it only then.

use crate::cli::connect;
use crate::cli::exit::Exit;
use crate::cli::iam::role::find_role;
use crate::cli::operator::iam_call;
use crate::cli::output::Format;
use crate::cli::settings::Settings;
use crate::model::iam::role::{ApiKeyDoc, NewApiKey};
use reqwest::Method;
use serde_json::{Value, json};

#[derive(Debug, clap::Subcommand)]
pub enum KeyCommand {
    /// Create an API key bound to a role; prints the key and its secret (shown this once only)
    Create {
        /// The role (ID or name) whose policy decides the key's requests
        #[arg(long, value_name = "ID|NAME")]
        role: String,
        /// A name for the key
        #[arg(long, value_name = "NAME", default_value = "")]
        name: String,
    },
    /// List the API keys bound to roles (never their secrets)
    List,
}

/// `sosctl iam key ...`.
pub async fn run(s: &Settings, command: KeyCommand) -> anyhow::Result<Exit> {
    let p = s.printer();
    let c = connect::client(s)?;
    match command {
        KeyCommand::Create { role, name } => {
            let r = find_role(s, &c, &role).await?;
            let what = format!("creating an API key for IAM role \"{}\"", r.name);
            let body = serde_json::to_value(NewApiKey {
                name,
                role_id: r.id.clone(),
            })?;
            let k: ApiKeyDoc = serde_json::from_value(
                iam_call(s, &c, Method::POST, "/_sosctl/iam/api-key", Some(&body), &what).await?,
            )?;
            let secret = k.secret.clone().unwrap_or_default();
            match p.format {
                Format::Json => p.json(&json!({"key": k.key, "name": k.name, "role": r.id, "secret": secret}))?,
                Format::Text => p.text_rows(&[vec![k.key.clone(), secret, r.id.clone()]])?,
                Format::Table => p.kv_table(
                    None,
                    &[
                        ("Key".into(), k.key.clone()),
                        (
                            "Name".into(),
                            if k.name.is_empty() {
                                "n/a".into()
                            } else {
                                k.name.clone()
                            },
                        ),
                        ("Role".into(), format!("{} ({})", r.name, r.id)),
                        ("Secret".into(), secret),
                    ],
                )?,
            }
            p.note("the secret is shown this once: keep it now (the server never answers it again)");
        }
        KeyCommand::List => {
            let v = iam_call(s, &c, Method::GET, "/_sosctl/iam/api-key", None, "listing API keys").await?;
            let keys: Vec<ApiKeyDoc> = serde_json::from_value(v.get("api-keys").cloned().unwrap_or(Value::Null))?;
            let rows: Vec<Vec<String>> = keys
                .iter()
                .map(|k| vec![k.key.clone(), k.name.clone(), k.role_id.clone()])
                .collect();
            match p.format {
                Format::Json => p.json(&json!(
                    keys.iter()
                        .map(|k| json!({"key": k.key, "name": k.name, "role": k.role_id}))
                        .collect::<Vec<_>>()
                ))?,
                Format::Text => p.text_rows(&rows)?,
                Format::Table => p.table(&["Key", "Name", "Role"], &rows)?,
            }
        }
    }
    Ok(Exit::Success)
}
