//! Exoscale IAM, emulated by `sosctl serve` as far as replication and least-privilege keys need it: a role
//! store (each role's policy compiled once, when it is created or its policy changes), API keys bound to
//! roles, and the operator endpoints that manage them. Persisted with `--data-dir` in its own file,
//! `iam.json`, rewritten atomically (a temporary file, fsynced, renamed over the old one, the directory
//! fsynced) on every change; in memory otherwise.
//!
//! Operator endpoints (authenticated with the server's own keys; a key bound to a role is refused), after
//! Exoscale's API (`/v2/iam-role`, `/v2/iam-role/{id}`, `/v2/iam-role/{id}:policy`, `/v2/api-key`), JSON:
//! - `GET /_sosctl/iam/role` → `{"iam-roles": [role]}`; `POST` with a [`NewRole`] → the role created;
//! - `GET|PUT|DELETE /_sosctl/iam/role/{id}` (PUT with a [`RoleUpdate`]) → the role (DELETE: `{"deleted": id}`);
//! - `PUT /_sosctl/iam/role/{id}:policy` with the policy document → the role;
//! - `GET /_sosctl/iam/api-key` → `{"api-keys": [key without secret]}`; `POST` with a [`NewApiKey`] → the
//!   key and its secret (the only answer that holds it).
//!
//! Replication asks [`Iam::replication_allowed`] (through the engine's [`RoleCheck`]); requests signed with
//! a bound key are decided by [`Iam::authorize`].

mod operations;
mod startup;

pub use operations::operation_of;
pub use startup::{IamFile, load_iam_file};

use super::error::{Kind, S3Error, S3Result};
use super::replication::engine::RoleCheck;
use crate::model::iam::role::{
    ApiKeyDoc, NewApiKey, NewRole, PERMISSIONS, RoleDoc, RoleUpdate, allow_all_document, new_uuid,
};
use crate::model::iam::{Policy, Request, SosOperation};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

/// The file under `--data-dir`.
pub const IAM_FILE: &str = "iam.json";

/// Longest role name and description, and most labels (Exoscale's limits are not public; these keep a
/// request bounded).
const MAX_NAME: usize = 255;
const MAX_DESCRIPTION: usize = 1024;
const MAX_LABELS: usize = 64;
/// Most roles and most bound keys: `iam.json` and every change's rewrite of it stay small.
const MAX_ROLES: usize = 1000;
const MAX_KEYS: usize = 1000;

/// A role with its policy compiled.
#[derive(Debug, Clone)]
pub struct Role {
    pub doc: RoleDoc,
    pub policy: Policy,
}

/// An API key bound to a role, with its secret (kept by the server only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoundKey {
    pub key: String,
    pub secret: String,
    #[serde(default)]
    pub name: String,
    pub role_id: String,
}

/// What `iam.json` holds.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
struct Saved {
    roles: Vec<RoleDoc>,
    keys: Vec<BoundKey>,
}

#[derive(Default)]
struct State {
    roles: Vec<Arc<Role>>,
    keys: Vec<BoundKey>,
}

/// The role store.
pub struct Iam {
    state: RwLock<State>,
    /// `DIR/iam.json`, with a data dir.
    path: Option<PathBuf>,
    /// Serialises changes, so that the file is written in the order they were made.
    write: tokio::sync::Mutex<()>,
}

/// A policy document checked and compiled; every error in one message.
fn compile(doc: &Value) -> S3Result<Policy> {
    Policy::parse(&doc.to_string()).map_err(|findings| {
        let errors: Vec<String> = findings
            .iter()
            .filter(|f| f.is_error())
            .map(|f| f.to_string())
            .collect();
        S3Error::msg(
            Kind::InvalidArgument,
            format!("invalid IAM policy: {}", errors.join("; ")),
        )
    })
}

fn role_of(doc: RoleDoc) -> S3Result<Arc<Role>> {
    let policy = compile(&doc.policy)?;
    Ok(Arc::new(Role { doc, policy }))
}

fn bad(message: impl Into<String>) -> S3Error {
    S3Error::msg(Kind::InvalidArgument, message)
}

fn not_found(what: &str, id: &str) -> S3Error {
    S3Error::raw("NotFound", 404, format!("{what} {id} not found"))
}

fn check_members(name: &str, description: &str, labels_len: usize, permissions: &[String]) -> S3Result<()> {
    if name.trim().is_empty() {
        return Err(bad("the role name is empty"));
    }
    if name.chars().count() > MAX_NAME || description.chars().count() > MAX_DESCRIPTION {
        return Err(bad(format!(
            "the role name is at most {MAX_NAME} characters, its description at most {MAX_DESCRIPTION}"
        )));
    }
    if labels_len > MAX_LABELS {
        return Err(bad(format!("at most {MAX_LABELS} labels")));
    }
    if let Some(p) = permissions.iter().find(|p| !PERMISSIONS.contains(&p.as_str())) {
        return Err(bad(format!(
            "unknown role permission \"{p}\" (known: {})",
            PERMISSIONS.join(", ")
        )));
    }
    Ok(())
}

impl Iam {
    /// An empty store in memory.
    pub fn memory() -> Iam {
        Iam {
            state: RwLock::new(State::default()),
            path: None,
            write: tokio::sync::Mutex::new(()),
        }
    }

    /// The store of `dir` (empty when `dir/iam.json` does not exist yet). A file that does not read, or a
    /// role whose policy does not compile, is an error: the server does not start on half its roles.
    pub fn open(dir: &Path) -> Result<Iam, String> {
        let path = dir.join(IAM_FILE);
        let saved: Saved = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| format!("{}: {e}", path.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Saved::default(),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        let mut roles = Vec::with_capacity(saved.roles.len());
        for doc in saved.roles {
            let id = doc.id.clone();
            roles.push(role_of(doc).map_err(|e| format!("{}: role {id}: {}", path.display(), e.message))?);
        }
        Ok(Iam {
            state: RwLock::new(State {
                roles,
                keys: saved.keys,
            }),
            path: Some(path),
            write: tokio::sync::Mutex::new(()),
        })
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, State> {
        self.state.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether any role is defined (replication then runs as its config's Role).
    pub fn has_roles(&self) -> bool {
        !self.read().roles.is_empty()
    }

    pub fn role(&self, id: &str) -> Option<Arc<Role>> {
        self.read().roles.iter().find(|r| r.doc.id == id).cloned()
    }

    /// The role a key is bound to (None: a key of the server's own, which may do everything).
    pub fn role_of_key(&self, access_key: &str) -> Option<Result<Arc<Role>, String>> {
        let st = self.read();
        let k = st.keys.iter().find(|k| k.key == access_key)?;
        Some(
            st.roles
                .iter()
                .find(|r| r.doc.id == k.role_id)
                .cloned()
                .ok_or_else(|| format!("the role {} of API key {access_key} no longer exists", k.role_id)),
        )
    }

    /// Every bound key with its secret, for the keyring.
    pub fn key_pairs(&self) -> Vec<(String, String)> {
        self.read()
            .keys
            .iter()
            .map(|k| (k.key.clone(), k.secret.clone()))
            .collect()
    }

    /// Applies `change` to a copy of the state and, when it succeeds, writes the file and only then makes
    /// the copy current: a failed change or a failed write leaves everything as it was.
    async fn change<T>(&self, change: impl FnOnce(&mut State) -> S3Result<T>) -> S3Result<T> {
        let _w = self.write.lock().await;
        let mut next = {
            let st = self.read();
            State {
                roles: st.roles.clone(),
                keys: st.keys.clone(),
            }
        };
        let out = change(&mut next)?;
        if let Some(path) = &self.path {
            let saved = Saved {
                roles: next.roles.iter().map(|r| r.doc.clone()).collect(),
                keys: next.keys.clone(),
            };
            let bytes = serde_json::to_vec_pretty(&saved).map_err(S3Error::internal)?;
            let path = path.clone();
            tokio::task::spawn_blocking(move || write_atomically(&path, &bytes))
                .await
                .map_err(S3Error::internal)?
                .map_err(|e| S3Error::internal(format!("writing {IAM_FILE}: {e}")))?;
        }
        *self.state.write().unwrap_or_else(|e| e.into_inner()) = next;
        Ok(out)
    }

    pub async fn create_role(&self, r: NewRole) -> S3Result<RoleDoc> {
        check_members(&r.name, &r.description, r.labels.len(), &r.permissions)?;
        let doc = RoleDoc {
            id: new_uuid(),
            name: r.name,
            description: r.description,
            editable: r.editable,
            labels: r.labels,
            permissions: r.permissions,
            policy: r.policy.unwrap_or_else(allow_all_document),
        };
        let role = role_of(doc.clone())?;
        self.change(|st| {
            if st.roles.len() >= MAX_ROLES {
                return Err(bad(format!("this server holds at most {MAX_ROLES} roles")));
            }
            st.roles.push(role);
            Ok(doc)
        })
        .await
    }

    /// Adds roles and keys given at start (`--iam FILE`): a role of the same id replaces the stored one.
    pub async fn merge(&self, roles: Vec<RoleDoc>, keys: Vec<BoundKey>) -> S3Result<()> {
        let roles: Vec<Arc<Role>> = roles.into_iter().map(role_of).collect::<S3Result<_>>()?;
        self.change(|st| {
            for r in roles {
                st.roles.retain(|o| o.doc.id != r.doc.id);
                st.roles.push(r);
            }
            for k in keys {
                if !st.roles.iter().any(|r| r.doc.id == k.role_id) {
                    return Err(bad(format!("API key {}: no role {}", k.key, k.role_id)));
                }
                st.keys.retain(|o| o.key != k.key);
                st.keys.push(k);
            }
            Ok(())
        })
        .await
    }

    async fn update_role(&self, id: &str, u: RoleUpdate) -> S3Result<RoleDoc> {
        self.change(|st| {
            let slot = st
                .roles
                .iter_mut()
                .find(|r| r.doc.id == id)
                .ok_or_else(|| not_found("role", id))?;
            let mut doc = slot.doc.clone();
            if let Some(d) = u.description {
                doc.description = d;
            }
            if let Some(l) = u.labels {
                doc.labels = l;
            }
            if let Some(p) = u.permissions {
                doc.permissions = p;
            }
            check_members(&doc.name, &doc.description, doc.labels.len(), &doc.permissions)?;
            *slot = Arc::new(Role {
                doc: doc.clone(),
                policy: slot.policy.clone(),
            });
            Ok(doc)
        })
        .await
    }

    pub async fn set_policy(&self, id: &str, policy: Value) -> S3Result<RoleDoc> {
        let compiled = compile(&policy)?;
        self.change(|st| {
            let slot = st
                .roles
                .iter_mut()
                .find(|r| r.doc.id == id)
                .ok_or_else(|| not_found("role", id))?;
            if !slot.doc.editable {
                return Err(S3Error::raw(
                    "Forbidden",
                    403,
                    format!("role {id} is not editable: its policy cannot be updated"),
                ));
            }
            let mut doc = slot.doc.clone();
            doc.policy = policy;
            *slot = Arc::new(Role {
                doc: doc.clone(),
                policy: compiled,
            });
            Ok(doc)
        })
        .await
    }

    async fn delete_role(&self, id: &str) -> S3Result<()> {
        self.change(|st| {
            let before = st.roles.len();
            st.roles.retain(|r| r.doc.id != id);
            if st.roles.len() == before {
                return Err(not_found("role", id));
            }
            // Keys of the role go with it: they could do nothing any more.
            st.keys.retain(|k| k.role_id != id);
            Ok(())
        })
        .await
    }

    pub async fn create_key(&self, k: NewApiKey) -> S3Result<BoundKey> {
        let key = BoundKey {
            key: format!(
                "EXO{}",
                hex::encode(std::array::from_fn::<u8, 12, _>(|_| fastrand::u8(..)))
            ),
            secret: hex::encode(std::array::from_fn::<u8, 20, _>(|_| fastrand::u8(..))),
            name: k.name,
            role_id: k.role_id.clone(),
        };
        let made = key.clone();
        self.change(move |st| {
            if !st.roles.iter().any(|r| r.doc.id == k.role_id) {
                return Err(not_found("role", &k.role_id));
            }
            if st.keys.len() >= MAX_KEYS {
                return Err(bad(format!(
                    "this server holds at most {MAX_KEYS} API keys bound to roles"
                )));
            }
            st.keys.push(made);
            Ok(())
        })
        .await?;
        Ok(key)
    }

    /// Decides a request signed with `access_key`: Ok for the server's own keys and for an operation the
    /// key's role allows; AccessDenied naming the operation, the bucket and the role otherwise.
    pub fn authorize(
        &self,
        access_key: &str,
        op: SosOperation,
        bucket: Option<&str>,
        key: Option<&str>,
        zone: &str,
    ) -> S3Result<()> {
        let Some(role) = self.role_of_key(access_key) else {
            return Ok(());
        };
        let role = role.map_err(|e| S3Error::msg(Kind::AccessDenied, e))?;
        let mut req = Request::sos(op.as_str(), bucket.map(str::to_string), zone).with_api_key(access_key);
        req.key = key.map(str::to_string);
        let d = role.policy.evaluate(&req);
        if d.allowed {
            return Ok(());
        }
        let on = bucket.map(|b| format!(" on bucket {b}")).unwrap_or_default();
        Err(S3Error::msg(
            Kind::AccessDenied,
            format!(
                "{op}{on} is denied to API key {access_key} by the policy of role {} ({}): {}",
                role.doc.name,
                role.doc.id,
                d.by.brief()
            ),
        ))
    }

    /// Serves `/_sosctl/iam/...`: `path` is what follows `iam/`.
    pub async fn operator(&self, method: &axum::http::Method, path: &str, body: &[u8]) -> S3Result<Value> {
        use axum::http::Method;
        let parse = |what: &str| -> S3Result<Value> {
            serde_json::from_slice(body).map_err(|e| bad(format!("the {what} is not JSON: {e}")))
        };
        match (method, path.split_once('/').map_or((path, None), |(a, b)| (a, Some(b)))) {
            (&Method::GET, ("role", None)) => {
                let roles: Vec<RoleDoc> = self.read().roles.iter().map(|r| r.doc.clone()).collect();
                Ok(json!({ "iam-roles": roles }))
            }
            (&Method::POST, ("role", None)) => {
                let r: NewRole = serde_json::from_value(parse("role")?).map_err(|e| bad(format!("the role: {e}")))?;
                to_json(&self.create_role(r).await?)
            }
            (m, ("role", Some(rest))) => {
                if let Some(id) = rest.strip_suffix(":policy") {
                    if m != Method::PUT {
                        return Err(bad(format!("{m} /_sosctl/iam/role/{id}:policy: only PUT")));
                    }
                    return to_json(&self.set_policy(id, parse("policy")?).await?);
                }
                match *m {
                    Method::GET => {
                        let r = self.role(rest).ok_or_else(|| not_found("role", rest))?;
                        to_json(&r.doc)
                    }
                    Method::PUT => {
                        let u: RoleUpdate =
                            serde_json::from_value(parse("update")?).map_err(|e| bad(format!("the update: {e}")))?;
                        to_json(&self.update_role(rest, u).await?)
                    }
                    Method::DELETE => {
                        self.delete_role(rest).await?;
                        Ok(json!({ "deleted": rest }))
                    }
                    _ => Err(bad(format!("{m} /_sosctl/iam/role/{rest}: GET, PUT or DELETE"))),
                }
            }
            (&Method::GET, ("api-key", None)) => {
                let keys: Vec<ApiKeyDoc> = self
                    .read()
                    .keys
                    .iter()
                    .map(|k| ApiKeyDoc {
                        key: k.key.clone(),
                        name: k.name.clone(),
                        role_id: k.role_id.clone(),
                        secret: None,
                    })
                    .collect();
                Ok(json!({ "api-keys": keys }))
            }
            (&Method::POST, ("api-key", None)) => {
                let k: NewApiKey =
                    serde_json::from_value(parse("API key")?).map_err(|e| bad(format!("the API key: {e}")))?;
                let made = self.create_key(k).await?;
                to_json(&ApiKeyDoc {
                    key: made.key,
                    name: made.name,
                    role_id: made.role_id,
                    secret: Some(made.secret),
                })
            }
            _ => Err(S3Error::not_implemented(&format!("{method} /_sosctl/iam/{path}"))),
        }
    }
}

fn to_json<T: Serialize>(v: &T) -> S3Result<Value> {
    serde_json::to_value(v).map_err(S3Error::internal)
}

/// Writes `path` so that it holds either the old or the new bytes, whatever happens: a temporary file in
/// the same directory, fsynced, renamed over `path`, the directory fsynced. Readable by the owner only
/// (it holds the secrets of the bound keys).
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let tmp = path.with_extension("json.tmp");
    {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent() {
        std::fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}

impl RoleCheck for Iam {
    fn replication_allowed(&self, role: &str, ops: &[(SosOperation, String, String)]) -> Result<(), String> {
        if !self.has_roles() {
            return Ok(());
        }
        let Some(r) = self.role(role) else {
            return Err(format!(
                "the replication role {role} is not a role of this server (sosctl iam role list)"
            ));
        };
        for (op, bucket, zone) in ops {
            let d = r
                .policy
                .evaluate(&Request::sos(op.as_str(), Some(bucket.clone()), zone.clone()));
            if !d.allowed {
                return Err(format!(
                    "{op} on bucket {bucket} is denied by the policy of role {} ({}): {}",
                    r.doc.name,
                    r.doc.id,
                    d.by.brief()
                ));
            }
        }
        Ok(())
    }
}
