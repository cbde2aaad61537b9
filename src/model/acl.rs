//! S3 access control lists and object ownership, as far as a one-owner server and the CLI need them: canned
//! ACLs expanded into grants, the `x-amz-grant-*` headers, the `AccessControlPolicy` document (read by
//! elements, written with the `xsi:type` S3 puts on each grantee), and `OwnershipControls`. Pure: the server
//! stores and answers them, `setacl` and `show` write and read them.
//!
//! Sources: the S3 API reference (PutBucketAcl, PutObjectAcl, GetBucketAcl, PutBucketOwnershipControls) and
//! the S3 user guide's "Canned ACL" table.

use crate::xml::{self, Element, Writer};
use serde::{Deserialize, Serialize};

/// The group of everyone (`public-read`).
pub const ALL_USERS: &str = "http://acs.amazonaws.com/groups/global/AllUsers";
/// The group of every authenticated AWS account (`authenticated-read`).
pub const AUTHENTICATED_USERS: &str = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";
/// The log delivery group (`log-delivery-write`).
pub const LOG_DELIVERY: &str = "http://acs.amazonaws.com/groups/s3/LogDelivery";
const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// Canned ACLs a bucket takes.
pub const BUCKET_CANNED: &[&str] = &[
    "private",
    "public-read",
    "public-read-write",
    "authenticated-read",
    "log-delivery-write",
];
/// Canned ACLs an object takes.
pub const OBJECT_CANNED: &[&str] = &[
    "private",
    "public-read",
    "public-read-write",
    "authenticated-read",
    "aws-exec-read",
    "bucket-owner-read",
    "bucket-owner-full-control",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Permission {
    FullControl,
    Write,
    WriteAcp,
    Read,
    ReadAcp,
}

impl Permission {
    pub const ALL: [Permission; 5] = [
        Permission::FullControl,
        Permission::Write,
        Permission::WriteAcp,
        Permission::Read,
        Permission::ReadAcp,
    ];

    /// As S3 writes it: `FULL_CONTROL`, `READ_ACP`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            Permission::FullControl => "FULL_CONTROL",
            Permission::Write => "WRITE",
            Permission::WriteAcp => "WRITE_ACP",
            Permission::Read => "READ",
            Permission::ReadAcp => "READ_ACP",
        }
    }

    /// The `x-amz-grant-*` header of this permission.
    pub fn header(self) -> &'static str {
        match self {
            Permission::FullControl => "x-amz-grant-full-control",
            Permission::Write => "x-amz-grant-write",
            Permission::WriteAcp => "x-amz-grant-write-acp",
            Permission::Read => "x-amz-grant-read",
            Permission::ReadAcp => "x-amz-grant-read-acp",
        }
    }

    pub fn parse(s: &str) -> Option<Permission> {
        Permission::ALL.into_iter().find(|p| p.as_str() == s.trim())
    }
}

/// Who a grant is for.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grantee {
    /// A canonical user id.
    User(String),
    /// A predefined group, by URI.
    Group(String),
    /// An e-mail address (S3 resolves it to an account; a one-owner server cannot).
    Email(String),
}

impl Grantee {
    /// How exo and `x-amz-grant-*` write it: `id="…"`, `uri="…"`, `emailAddress="…"`.
    pub fn header_form(&self) -> String {
        match self {
            Grantee::User(id) => format!("id=\"{id}\""),
            Grantee::Group(uri) => format!("uri=\"{uri}\""),
            Grantee::Email(a) => format!("emailAddress=\"{a}\""),
        }
    }

    /// A short name for tables: the id, `ALL_USERS`, `AUTHENTICATED_USERS`, `LOG_DELIVERY`, or the address.
    pub fn display(&self) -> String {
        match self {
            Grantee::User(id) => id.clone(),
            Grantee::Group(uri) if uri == ALL_USERS => "ALL_USERS".into(),
            Grantee::Group(uri) if uri == AUTHENTICATED_USERS => "AUTHENTICATED_USERS".into(),
            Grantee::Group(uri) if uri == LOG_DELIVERY => "LOG_DELIVERY".into(),
            Grantee::Group(uri) => uri.clone(),
            Grantee::Email(a) => a.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Grant {
    pub grantee: Grantee,
    pub permission: Permission,
}

/// An access control list: the grants (the owner is the server's one owner, not stored).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acl {
    pub grants: Vec<Grant>,
}

impl Acl {
    /// `private`: the owner has full control, nobody else anything.
    pub fn private(owner: &str) -> Acl {
        Acl {
            grants: vec![Grant {
                grantee: Grantee::User(owner.to_string()),
                permission: Permission::FullControl,
            }],
        }
    }

    /// A canned ACL's grants (S3 user guide, "Canned ACL"). With one owner, `bucket-owner-read` and
    /// `bucket-owner-full-control` are the owner's full control, and `aws-exec-read`'s EC2 read has no
    /// grantee to name (the owner's full control remains).
    pub fn canned(name: &str, owner: &str, for_bucket: bool) -> Result<Acl, String> {
        let valid = if for_bucket { BUCKET_CANNED } else { OBJECT_CANNED };
        if !valid.contains(&name) {
            return Err(format!(
                "`{name}` is not a canned ACL for {}: use one of {}",
                if for_bucket { "a bucket" } else { "an object" },
                valid.join(", ")
            ));
        }
        let mut acl = Acl::private(owner);
        let group = |uri: &str, p| Grant {
            grantee: Grantee::Group(uri.to_string()),
            permission: p,
        };
        match name {
            "public-read" => acl.grants.push(group(ALL_USERS, Permission::Read)),
            "public-read-write" => {
                acl.grants.push(group(ALL_USERS, Permission::Read));
                acl.grants.push(group(ALL_USERS, Permission::Write));
            }
            "authenticated-read" => acl.grants.push(group(AUTHENTICATED_USERS, Permission::Read)),
            "log-delivery-write" => {
                acl.grants.push(group(LOG_DELIVERY, Permission::Write));
                acl.grants.push(group(LOG_DELIVERY, Permission::ReadAcp));
            }
            _ => {}
        }
        Ok(acl)
    }

    /// The grants of `x-amz-grant-*` headers: `(permission, value)`, each value a comma-separated list of
    /// `id="…"`, `uri="…"` or `emailAddress="…"`.
    pub fn from_grant_headers(headers: &[(Permission, &str)]) -> Result<Acl, String> {
        let mut grants = Vec::new();
        for (permission, value) in headers {
            for item in value.split(',').map(str::trim).filter(|i| !i.is_empty()) {
                let (kind, v) = item.split_once('=').ok_or_else(|| {
                    format!(
                        "{}: `{item}` is not id=\"…\", uri=\"…\" or emailAddress=\"…\"",
                        permission.header()
                    )
                })?;
                let v = v.trim().trim_matches('"').to_string();
                if v.is_empty() {
                    return Err(format!("{}: `{item}` names no grantee", permission.header()));
                }
                let grantee = match kind.trim() {
                    "id" => Grantee::User(v),
                    "uri" => Grantee::Group(v),
                    "emailAddress" => Grantee::Email(v),
                    other => {
                        return Err(format!(
                            "{}: unknown grantee type `{other}` (id, uri or emailAddress)",
                            permission.header()
                        ));
                    }
                };
                grants.push(Grant {
                    grantee,
                    permission: *permission,
                });
            }
        }
        if grants.is_empty() {
            return Err("no grantee in the x-amz-grant-* headers".into());
        }
        Ok(Acl { grants })
    }

    /// Reads an `AccessControlPolicy` document (its `AccessControlList`), by elements: the grantee's type
    /// is what it holds (`ID`, `URI` or `EmailAddress`), whatever its `xsi:type` says.
    pub fn from_policy(root: &Element) -> Result<Acl, String> {
        if root.name != "AccessControlPolicy" {
            return Err(format!("expected <AccessControlPolicy>, found <{}>", root.name));
        }
        let list = root
            .child("AccessControlList")
            .ok_or("<AccessControlPolicy> has no <AccessControlList>")?;
        let mut grants = Vec::new();
        for (i, g) in list.children("Grant").enumerate() {
            let n = i + 1;
            let grantee = g.child("Grantee").ok_or(format!("Grant {n} has no <Grantee>"))?;
            let grantee = if let Some(id) = grantee.child_text("ID") {
                Grantee::User(id.to_string())
            } else if let Some(uri) = grantee.child_text("URI") {
                Grantee::Group(uri.to_string())
            } else if let Some(a) = grantee.child_text("EmailAddress") {
                Grantee::Email(a.to_string())
            } else {
                return Err(format!("Grant {n}: the <Grantee> has no <ID>, <URI> or <EmailAddress>"));
            };
            let p = g.child_text("Permission").unwrap_or("");
            let permission = Permission::parse(p).ok_or(format!(
                "Grant {n}: `{p}` is not a permission (FULL_CONTROL, WRITE, WRITE_ACP, READ, READ_ACP)"
            ))?;
            grants.push(Grant { grantee, permission });
        }
        Ok(Acl { grants })
    }

    /// The `AccessControlPolicy` document of this list, with its owner.
    pub fn to_policy(&self, owner: &str) -> String {
        let mut w = Writer::new("AccessControlPolicy");
        w.open("Owner")
            .elem("ID", owner)
            .elem("DisplayName", owner)
            .close("Owner");
        w.open("AccessControlList");
        for g in &self.grants {
            w.open("Grant");
            let (kind, child, value) = match &g.grantee {
                Grantee::User(id) => ("CanonicalUser", "ID", id.as_str()),
                Grantee::Group(uri) => ("Group", "URI", uri.as_str()),
                Grantee::Email(a) => ("AmazonCustomerByEmail", "EmailAddress", a.as_str()),
            };
            w.open_with("Grantee", &[("xmlns:xsi", XSI), ("xsi:type", kind)]);
            w.elem(child, value);
            if let Grantee::User(id) = &g.grantee {
                w.elem("DisplayName", id);
            }
            w.close("Grantee");
            w.elem("Permission", g.permission.as_str());
            w.close("Grant");
        }
        w.close("AccessControlList");
        w.finish()
    }

    /// Whether nobody but `owner` is granted anything (what BucketOwnerEnforced allows).
    pub fn owner_only(&self, owner: &str) -> bool {
        self.grants
            .iter()
            .all(|g| matches!(&g.grantee, Grantee::User(id) if id == owner))
    }

    /// The grantees of each permission, for tables: `(permission, "a, b")`, permissions without one left out.
    pub fn by_permission(&self) -> Vec<(Permission, String)> {
        Permission::ALL
            .into_iter()
            .filter_map(|p| {
                let who: Vec<String> = self
                    .grants
                    .iter()
                    .filter(|g| g.permission == p)
                    .map(|g| g.grantee.display())
                    .collect();
                (!who.is_empty()).then(|| (p, who.join(", ")))
            })
            .collect()
    }
}

/// Reads the text of an `AccessControlPolicy` document.
pub fn parse_policy(text: &str) -> Result<Acl, String> {
    parse_policy_with_owner(text).map(|(_, acl)| acl)
}

/// [`parse_policy`], and the document's owner (its `Owner/ID`).
pub fn parse_policy_with_owner(text: &str) -> Result<(Option<String>, Acl), String> {
    let root = xml::parse(text).map_err(|e| format!("not an XML document: {e}"))?;
    let owner = root.child("Owner").and_then(|o| o.child_text("ID")).map(str::to_string);
    Ok((owner, Acl::from_policy(&root)?))
}

impl Acl {
    /// exo's JSON of an ACL: `{read, write, read_acp, write_acp, full_control}`, each the grantees of that
    /// permission joined with `, ` (empty when none).
    pub fn exo_json(&self) -> serde_json::Value {
        let of = |p: Permission| {
            self.by_permission()
                .into_iter()
                .find(|(q, _)| *q == p)
                .map(|(_, who)| who)
                .unwrap_or_default()
        };
        serde_json::json!({
            "read": of(Permission::Read),
            "write": of(Permission::Write),
            "read_acp": of(Permission::ReadAcp),
            "write_acp": of(Permission::WriteAcp),
            "full_control": of(Permission::FullControl),
        })
    }

    /// One `Permission: grantees` line per permission granted, for tables.
    pub fn lines(&self) -> String {
        let lines: Vec<String> = self
            .by_permission()
            .into_iter()
            .map(|(p, who)| format!("{}: {who}", p.as_str()))
            .collect();
        if lines.is_empty() { "-".into() } else { lines.join("\n") }
    }
}

/// S3 Object Ownership (PutBucketOwnershipControls).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ownership {
    BucketOwnerEnforced,
    BucketOwnerPreferred,
    ObjectWriter,
}

impl Ownership {
    pub const ALL: [Ownership; 3] = [
        Ownership::BucketOwnerEnforced,
        Ownership::BucketOwnerPreferred,
        Ownership::ObjectWriter,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Ownership::BucketOwnerEnforced => "BucketOwnerEnforced",
            Ownership::BucketOwnerPreferred => "BucketOwnerPreferred",
            Ownership::ObjectWriter => "ObjectWriter",
        }
    }

    pub fn parse(s: &str) -> Option<Ownership> {
        Ownership::ALL.into_iter().find(|o| o.as_str() == s.trim())
    }

    /// Reads an `OwnershipControls` document: exactly one rule with an `ObjectOwnership`.
    pub fn from_controls(root: &Element) -> Result<Ownership, String> {
        if root.name != "OwnershipControls" {
            return Err(format!("expected <OwnershipControls>, found <{}>", root.name));
        }
        let rules: Vec<&Element> = root.children("Rule").collect();
        let [rule] = rules.as_slice() else {
            return Err(format!(
                "<OwnershipControls> needs exactly one <Rule>, found {}",
                rules.len()
            ));
        };
        let v = rule.child_text("ObjectOwnership").unwrap_or("");
        Ownership::parse(v).ok_or(format!(
            "`{v}` is not an ObjectOwnership (BucketOwnerEnforced, BucketOwnerPreferred or ObjectWriter)"
        ))
    }

    pub fn to_controls(self) -> String {
        let mut w = Writer::new("OwnershipControls");
        w.open("Rule").elem("ObjectOwnership", self.as_str()).close("Rule");
        w.finish()
    }
}

impl std::fmt::Display for Ownership {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canned_acls_expand_as_the_s3_table_says() {
        let a = Acl::canned("public-read", "me", true).unwrap();
        assert_eq!(
            a.by_permission(),
            [
                (Permission::FullControl, "me".into()),
                (Permission::Read, "ALL_USERS".into())
            ]
        );
        let a = Acl::canned("log-delivery-write", "me", true).unwrap();
        assert_eq!(a.grants.len(), 3);
        assert!(
            Acl::canned("bucket-owner-full-control", "me", false)
                .unwrap()
                .owner_only("me")
        );
        assert!(!Acl::canned("public-read", "me", false).unwrap().owner_only("me"));
        let e = Acl::canned("bucket-owner-full-control", "me", true).unwrap_err();
        assert!(e.contains("not a canned ACL for a bucket"), "{e}");
    }

    #[test]
    fn grant_headers_and_the_policy_document_round_trip() {
        let a = Acl::from_grant_headers(&[
            (Permission::FullControl, "id=\"me\""),
            (
                Permission::Read,
                "uri=\"http://acs.amazonaws.com/groups/global/AllUsers\", emailAddress=\"a@b.c\"",
            ),
        ])
        .unwrap();
        assert_eq!(a.grants.len(), 3);
        let doc = a.to_policy("me");
        assert!(doc.contains("xsi:type=\"Group\""), "{doc}");
        assert_eq!(parse_policy(&doc).unwrap(), a);
        for bad in ["who=\"x\"", "id=\"\"", "nonsense"] {
            assert!(Acl::from_grant_headers(&[(Permission::Read, bad)]).is_err(), "{bad}");
        }
        let e = parse_policy("<AccessControlPolicy><AccessControlList><Grant><Grantee><ID>me</ID></Grantee><Permission>ALL</Permission></Grant></AccessControlList></AccessControlPolicy>").unwrap_err();
        assert!(e.contains("`ALL` is not a permission"), "{e}");
    }

    #[test]
    fn ownership_controls_need_one_known_rule() {
        let doc = Ownership::BucketOwnerEnforced.to_controls();
        let root = xml::parse(&doc).unwrap();
        assert_eq!(Ownership::from_controls(&root).unwrap(), Ownership::BucketOwnerEnforced);
        let two = "<OwnershipControls><Rule><ObjectOwnership>ObjectWriter</ObjectOwnership></Rule><Rule/></OwnershipControls>";
        assert!(
            Ownership::from_controls(&xml::parse(two).unwrap())
                .unwrap_err()
                .contains("exactly one")
        );
        let bad = "<OwnershipControls><Rule><ObjectOwnership>Mine</ObjectOwnership></Rule></OwnershipControls>";
        assert!(
            Ownership::from_controls(&xml::parse(bad).unwrap())
                .unwrap_err()
                .contains("`Mine`")
        );
    }
}
