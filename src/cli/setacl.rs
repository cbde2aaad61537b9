//! `sosctl setacl sos://BUCKET[/KEY|PREFIX/] [CANNED-ACL]` and `sosctl bucket object-ownership
//! status|set`, as exo has them: a bucket's or objects' ACL from a canned ACL or from grantee flags
//! (`--read`, `--write`, `--read-acp`, `--write-acp`, `--full-control`), and the bucket's Object Ownership.
//!
//! Grantees as exo takes them: `ALL_USERS` and `AUTHENTICATED_USERS` (the groups of `public-read` and
//! `authenticated-read`), an e-mail address, or a canonical user id. As exo does, grants that give nobody
//! full control keep the owner's (read from the current ACL), so that setting a reader does not lock the
//! owner out.

use super::batch;
use super::connect::{client_for_bucket, explain};
use super::exit::{Exit, UsageError};
use super::output::{Format, Printer};
use super::settings::Settings;
use super::show;
use super::target;
use crate::model::acl::{self, Ownership, Permission};
use crate::s3::{AclSpec, Client};
use serde_json::json;

#[derive(Debug, clap::Args)]
#[command(after_long_help = SETACL_HELP)]
pub struct SetAclArgs {
    /// sos://BUCKET (the bucket's ACL), sos://BUCKET/KEY, or sos://BUCKET/PREFIX/ (the objects directly under it)
    pub target: String,
    /// A canned ACL: private, public-read, public-read-write, authenticated-read, and for buckets
    /// log-delivery-write, for objects aws-exec-read, bucket-owner-read, bucket-owner-full-control
    pub canned: Option<String>,
    /// Grantee of READ
    #[arg(long, value_name = "GRANTEE")]
    pub read: Option<String>,
    /// Grantee of WRITE
    #[arg(long, value_name = "GRANTEE")]
    pub write: Option<String>,
    /// Grantee of READ_ACP
    #[arg(long, value_name = "GRANTEE")]
    pub read_acp: Option<String>,
    /// Grantee of WRITE_ACP
    #[arg(long, value_name = "GRANTEE")]
    pub write_acp: Option<String>,
    /// Grantee of FULL_CONTROL
    #[arg(long, value_name = "GRANTEE")]
    pub full_control: Option<String>,
    /// Every object under the prefix, subdirectories included
    #[arg(short = 'r', long)]
    pub recursive: bool,
}

const SETACL_HELP: &str = "\
Either a canned ACL or grantee flags (not both). A GRANTEE is ALL_USERS, AUTHENTICATED_USERS, an e-mail \
address or a canonical user id. Without --full-control the owner's full control is kept, as exo does. \
A bucket with Object Ownership BucketOwnerEnforced has ACLs disabled: the server refuses any ACL but the \
owner's (AccessControlListNotSupported).
Output: the bucket or object as `show` prints it (ACL rows included); for a prefix a note (json {prefix, \
updated, failed}).";

#[derive(Debug, clap::Args)]
pub struct OwnershipArgs {
    #[command(subcommand)]
    pub command: OwnershipCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum OwnershipCommand {
    /// Show the bucket's Object Ownership
    Status {
        /// sos://BUCKET
        bucket: String,
    },
    /// Set the bucket's Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred,
    /// ObjectWriter
    Set {
        /// sos://BUCKET
        bucket: String,
        /// BucketOwnerEnforced, BucketOwnerPreferred or ObjectWriter
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(Ownership::ALL.map(Ownership::as_str)))]
        ownership: String,
    },
}

/// A grantee flag's value as an `x-amz-grant-*` item.
fn grantee(v: &str) -> Result<String, UsageError> {
    let v = v.trim();
    if v.is_empty() || v.contains(['"', ',']) || v.chars().any(char::is_control) {
        return Err(UsageError::new(format!(
            "`{v}` is not a grantee (ALL_USERS, AUTHENTICATED_USERS, an e-mail address or a user id)"
        )));
    }
    Ok(match v {
        "ALL_USERS" => format!("uri=\"{}\"", acl::ALL_USERS),
        "AUTHENTICATED_USERS" => format!("uri=\"{}\"", acl::AUTHENTICATED_USERS),
        e if e.contains('@') => format!("emailAddress=\"{e}\""),
        id => format!("id=\"{id}\""),
    })
}

/// The ACL to send, from the arguments (the owner's full control added by the caller when needed).
fn spec_of(a: &SetAclArgs, for_bucket: bool) -> Result<AclSpec, UsageError> {
    let flags = [
        (Permission::Read, &a.read),
        (Permission::Write, &a.write),
        (Permission::ReadAcp, &a.read_acp),
        (Permission::WriteAcp, &a.write_acp),
        (Permission::FullControl, &a.full_control),
    ];
    let grants: Vec<(Permission, String)> = flags
        .iter()
        .filter_map(|(p, v)| v.as_deref().map(|v| grantee(v).map(|g| (*p, g))))
        .collect::<Result<_, _>>()?;
    match (&a.canned, grants.is_empty()) {
        (Some(c), true) => {
            acl::Acl::canned(c, "owner", for_bucket).map_err(UsageError::new)?;
            Ok(AclSpec::Canned(c.clone()))
        }
        (None, false) => Ok(AclSpec::Grants(grants)),
        _ => Err(UsageError::new(
            "either a canned ACL or grantee options (--read, --write, --read-acp, --write-acp, --full-control) must be given",
        )),
    }
}

/// Keeps the owner's full control when the grants give nobody full control (exo's safety).
fn with_owner(spec: AclSpec, owner: Option<&str>) -> AclSpec {
    match (spec, owner) {
        (AclSpec::Grants(mut g), Some(owner)) if !g.iter().any(|(p, _)| *p == Permission::FullControl) => {
            g.push((Permission::FullControl, format!("id=\"{owner}\"")));
            AclSpec::Grants(g)
        }
        (spec, _) => spec,
    }
}

async fn set_object(c: &Client, bucket: &str, key: &str, spec: &AclSpec) -> anyhow::Result<()> {
    let doing = format!("setting the ACL of sos://{bucket}/{key}");
    let spec = match spec {
        AclSpec::Grants(_) => {
            let current = c
                .get_object_acl(bucket, key, None)
                .await
                .map_err(|e| explain(e, &doing, bucket, Some(key)))?;
            with_owner(spec.clone(), current.owner.as_deref())
        }
        AclSpec::Canned(_) => spec.clone(),
    };
    c.put_object_acl(bucket, key, &spec)
        .await
        .map_err(|e| explain(e, &doing, bucket, Some(key)))
}

/// `sosctl setacl`.
pub async fn run(s: &Settings, a: SetAclArgs) -> anyhow::Result<Exit> {
    let t = target::parse(&a.target)?;
    let bucket = t.bucket.clone();
    let spec = spec_of(&a, t.key.is_none())?;
    let c = client_for_bucket(s, &bucket, &format!("setting the ACL of {}", a.target)).await?;
    let Some(key) = t.key.clone() else {
        if a.recursive {
            return Err(UsageError::new("-r goes with a prefix (sos://BUCKET/PREFIX/), not a bucket").into());
        }
        let doing = format!("setting the ACL of sos://{bucket}");
        let spec = match &spec {
            AclSpec::Grants(_) => {
                let current = c
                    .get_bucket_acl(&bucket)
                    .await
                    .map_err(|e| explain(e, &doing, &bucket, None))?;
                with_owner(spec.clone(), current.owner.as_deref())
            }
            AclSpec::Canned(_) => spec.clone(),
        };
        c.put_bucket_acl(&bucket, &spec)
            .await
            .map_err(|e| explain(e, &doing, &bucket, None))?;
        return show::show_bucket(s, &c, &bucket).await;
    };
    if !key.ends_with('/') && !a.recursive {
        set_object(&c, &bucket, &key, &spec).await?;
        return show::show_object(s, &c, &bucket, &key, None, false).await;
    }
    let prefix = batch::as_prefix(&key);
    batch::each_object(s, &c, &bucket, &prefix, a.recursive, "ACL set on", async |k: &str| {
        set_object(&c, &bucket, k, &spec).await
    })
    .await
}

/// `sosctl bucket object-ownership status|set`.
pub async fn ownership(s: &Settings, a: OwnershipArgs) -> anyhow::Result<Exit> {
    let (arg, to) = match &a.command {
        OwnershipCommand::Status { bucket } => (bucket, None),
        OwnershipCommand::Set { bucket, ownership } => (bucket, Ownership::parse(ownership)),
    };
    let bucket = target::parse_bucket(arg)?;
    let doing = format!("reading the Object Ownership of sos://{bucket}");
    let c = client_for_bucket(s, &bucket, &doing).await?;
    if let Some(o) = to {
        c.put_bucket_ownership(&bucket, o).await.map_err(|e| {
            explain(
                e,
                &format!("setting the Object Ownership of sos://{bucket}"),
                &bucket,
                None,
            )
        })?;
    }
    let now = c
        .get_bucket_ownership(&bucket)
        .await
        .map_err(|e| explain(e, &doing, &bucket, None))?;
    print_ownership(&s.printer(), s.output.format, &bucket, now)?;
    Ok(Exit::Success)
}

fn print_ownership(p: &Printer, f: Format, bucket: &str, o: Option<Ownership>) -> anyhow::Result<()> {
    let text = o.map_or("-", Ownership::as_str);
    match f {
        Format::Json => p.json(&json!({"bucket": bucket, "objectOwnership": o.map(Ownership::as_str)}))?,
        Format::Text => p.line(&format!("{bucket}\t{text}"))?,
        Format::Table => p.kv_table(
            None,
            &[
                ("Bucket".to_string(), bucket.to_string()),
                ("Object Ownership".to_string(), text.to_string()),
            ],
        )?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grantees_as_exo_takes_them() {
        assert_eq!(grantee("ALL_USERS").unwrap(), format!("uri=\"{}\"", acl::ALL_USERS));
        assert_eq!(
            grantee("alice@example.net").unwrap(),
            "emailAddress=\"alice@example.net\""
        );
        assert_eq!(grantee("79a59df9").unwrap(), "id=\"79a59df9\"");
        assert!(grantee("a,b").is_err() && grantee("").is_err());
        let kept = with_owner(
            AclSpec::Grants(vec![(Permission::Read, "uri=\"x\"".into())]),
            Some("me"),
        );
        assert_eq!(
            kept,
            AclSpec::Grants(vec![
                (Permission::Read, "uri=\"x\"".into()),
                (Permission::FullControl, "id=\"me\"".into())
            ])
        );
    }
}
