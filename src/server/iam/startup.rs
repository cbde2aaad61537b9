//! `sosctl serve --iam FILE`: roles and API keys bound to them, given at start. The format:
//!
//! ```json
//! { "roles": [ { "name": "replication", "id": "UUID (optional)", "description": "", "editable": true,
//!                "labels": {}, "permissions": [], "policy": { ...an IAM policy... } } ],
//!   "keys":  [ { "key": "EXO...", "secret": "...", "role": "ROLE ID or NAME", "name": "" } ] }
//! ```
//!
//! Both members are optional. A role without `id` keeps the id of the stored role of that name (with
//! `--data-dir`), else gets a new UUID; a role of the same id replaces the stored one. A key names its role
//! by id or by name (a role of the file or of the store). Everything is checked before anything is
//! applied: one error stops the server from starting.

use super::{BoundKey, Iam};
use crate::model::iam::role::{NewRole, RoleDoc, allow_all_document, is_uuid, new_uuid};
use serde::Deserialize;
use std::path::Path;

/// A role of the file: a [`NewRole`] and, optionally, its id.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct FileRole {
    id: Option<String>,
    name: String,
    description: String,
    editable: bool,
    labels: std::collections::BTreeMap<String, String>,
    permissions: Vec<String>,
    policy: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct FileKey {
    key: String,
    secret: String,
    role: String,
    name: String,
}

/// The `--iam` file as read.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct IamFile {
    roles: Vec<FileRole>,
    keys: Vec<FileKey>,
}

/// Reads the `--iam` file; an error names the file and where.
pub fn load_iam_file(path: &Path) -> Result<IamFile, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

impl IamFile {
    /// The access keys the file binds, for start-up messages.
    pub fn access_keys(&self) -> Vec<String> {
        self.keys.iter().map(|k| k.key.clone()).collect()
    }

    /// Checks the file against the store and applies it: roles first, then keys. `origin` names the file
    /// in errors.
    pub async fn apply(self, iam: &Iam, origin: &str) -> Result<(), String> {
        let mut roles: Vec<RoleDoc> = Vec::new();
        for (i, r) in self.roles.into_iter().enumerate() {
            let at = format!("{origin}: roles[{i}]");
            let id = match r.id {
                Some(id) if is_uuid(&id) => id,
                Some(id) => return Err(format!("{at}.id: \"{id}\" is not a UUID")),
                None => iam
                    .read()
                    .roles
                    .iter()
                    .find(|o| o.doc.name == r.name)
                    .map_or_else(new_uuid, |o| o.doc.id.clone()),
            };
            let new = NewRole {
                name: r.name,
                description: r.description,
                editable: r.editable,
                labels: r.labels,
                permissions: r.permissions,
                policy: r.policy,
            };
            super::check_members(&new.name, &new.description, new.labels.len(), &new.permissions)
                .map_err(|e| format!("{at}: {}", e.message))?;
            if let Err(findings) =
                crate::model::iam::Policy::parse(&new.policy.clone().unwrap_or_else(allow_all_document).to_string())
            {
                let errors: Vec<String> = findings
                    .iter()
                    .filter(|f| f.is_error())
                    .map(|f| f.to_string())
                    .collect();
                return Err(format!("{at}.policy: invalid IAM policy: {}", errors.join("; ")));
            }
            if roles.iter().any(|o| o.name == new.name) {
                return Err(format!("{at}.name: \"{}\" twice", new.name));
            }
            roles.push(RoleDoc {
                id,
                name: new.name,
                description: new.description,
                editable: new.editable,
                labels: new.labels,
                permissions: new.permissions,
                policy: new.policy.unwrap_or_else(allow_all_document),
            });
        }
        let mut keys = Vec::new();
        for (i, k) in self.keys.into_iter().enumerate() {
            let at = format!("{origin}: keys[{i}]");
            if k.key.is_empty() || k.secret.is_empty() {
                return Err(format!("{at}: \"key\" and \"secret\" are required"));
            }
            let stored: Vec<(String, String)> = iam
                .read()
                .roles
                .iter()
                .map(|r| (r.doc.id.clone(), r.doc.name.clone()))
                .collect();
            let known = roles.iter().map(|r| (r.id.clone(), r.name.clone())).chain(stored);
            let matches: Vec<String> = known
                .filter(|(id, name)| *id == k.role || *name == k.role)
                .map(|(id, _)| id)
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            let role_id = match matches.as_slice() {
                [id] => id.clone(),
                [] => return Err(format!("{at}.role: no role \"{}\"", k.role)),
                _ => {
                    return Err(format!(
                        "{at}.role: several roles are named \"{}\": give its id",
                        k.role
                    ));
                }
            };
            keys.push(BoundKey {
                key: k.key,
                secret: k.secret,
                name: k.name,
                role_id,
            });
        }
        iam.merge(roles, keys)
            .await
            .map_err(|e| format!("{origin}: {}", e.message))
    }
}
