//! IAM roles and the API keys bound to them, as the bundled server's operator endpoints
//! (`/_sosctl/iam/...`) and `sosctl iam role|key` exchange them: typed once for both sides. The role's
//! members are those of Exoscale's API (`id`, `name`, `description`, `editable`, `labels`, `permissions`,
//! `policy`).

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The role permissions Exoscale knows.
pub const PERMISSIONS: [&str; 2] = ["bypass-governance-retention", "reset-iam-organization-policy"];

/// A role as the server holds it and answers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleDoc {
    /// A UUID, made by the server.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Fixed at creation: a role that is not editable refuses a policy update.
    #[serde(default)]
    pub editable: bool,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub permissions: Vec<String>,
    /// The policy document, as given (a JSON object).
    pub policy: Value,
}

/// `POST /_sosctl/iam/role`: a role to create; no policy means allow-all (as `exo iam role create`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NewRole {
    pub name: String,
    pub description: String,
    pub editable: bool,
    pub labels: BTreeMap<String, String>,
    pub permissions: Vec<String>,
    pub policy: Option<Value>,
}

/// `PUT /_sosctl/iam/role/{id}`: the members to change (absent: unchanged).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RoleUpdate {
    pub description: Option<String>,
    pub labels: Option<BTreeMap<String, String>>,
    pub permissions: Option<Vec<String>>,
}

/// An API key bound to a role. The secret is answered once, when the key is created.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiKeyDoc {
    pub key: String,
    #[serde(default)]
    pub name: String,
    pub role_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}

/// `POST /_sosctl/iam/api-key`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NewApiKey {
    pub name: String,
    pub role_id: String,
}

/// The policy of a role created without one: every operation of every service allowed.
pub fn allow_all_document() -> Value {
    serde_json::json!({"default-service-strategy": "allow", "services": {}})
}

/// Whether `s` is a UUID written as 8-4-4-4-12 hexadecimal digits.
pub fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// A random (version 4) UUID.
pub fn new_uuid() -> String {
    let mut b: [u8; 16] = std::array::from_fn(|_| fastrand::u8(..));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_version_4_and_recognised() {
        let a = new_uuid();
        assert!(is_uuid(&a), "{a}");
        assert_eq!(&a[14..15], "4");
        assert!("89ab".contains(&a[19..20]), "{a}");
        assert_ne!(a, new_uuid());
        assert!(is_uuid("6f00a21e-a535-4286-86c5-e81eeab3b4ff"));
        assert!(!is_uuid("replication-my-source"));
        assert!(!is_uuid("6f00a21e-a535-4286-86c5-e81eeab3b4f"));
    }
}
