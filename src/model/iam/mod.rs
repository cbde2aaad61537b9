//! Exoscale IAM policies, as far as SOS needs them: the policy document read and checked with every
//! problem at once (JSON path and line:column, as for replication configs), each rule's CEL expression
//! compiled once, and evaluation of a [`Request`] into a [`Decision`] that names what decided. Pure:
//! no I/O. The format and the evaluation order are in the product spec (`iam.md`).
//!
//! - `operations`: the SOS operation names ([`SosOperation`]), in one list.
//! - `read`: JSON → [`Policy`] with findings ([`load`], [`Policy::parse`]).
//! - `expr`: CEL — compiling, the checks a parser does not make, the bindings and Exoscale's functions.
//! - `eval`: [`Policy::evaluate`], [`Policy::evaluate_under`] an organization policy.
//! - [`role`]: roles and the API keys bound to them, as the server's operator endpoints exchange them.
//! - [`replication`]: what replication needs from its role's policy, checked into rows with fix hints.

mod eval;
mod expr;
mod operations;
mod policy;
mod read;
pub mod replication;
mod request;
pub mod role;

pub use eval::{DecidedBy, Decision, Step};
pub use expr::{BINDINGS, Outcome};
pub use operations::SosOperation;
pub use policy::{Effect, Policy, PolicyRule, Service, ServicePolicy};
pub use read::{LoadedPolicy, load};
pub use request::{Request, SOS};

#[cfg(test)]
mod tests {
    use super::*;

    /// The guide's leader → follower policy (`policy.json`).
    const LEADER_FOLLOWER: &str = r#"{
  "default-service-strategy": "deny",
  "services": {
    "sos": {
      "type": "rules",
      "rules": [
        {
          "action": "allow",
          "expression": "parameters.bucket == 'my-source' && operation == 'get-object'"
        },
        {
          "action": "allow",
          "expression": "parameters.bucket == 'my-destination' && (operation.startsWith('put-object') || operation.startsWith('delete-object'))"
        }
      ]
    }
  }
}"#;

    /// The guide's bi-directional policies: `a-b.json` and `b-a.json` are the leader → follower policy
    /// with other bucket names.
    fn bidirectional(source: &str, destination: &str) -> String {
        LEADER_FOLLOWER
            .replace("my-source", source)
            .replace("my-destination", destination)
    }

    fn policy(text: &str) -> Policy {
        let l = load(text);
        assert!(l.findings.is_empty(), "{:?}", l.findings);
        l.policy.unwrap()
    }

    fn req(op: &str, bucket: &str) -> Request {
        Request::sos(op, Some(bucket.to_string()), "ch-dk-2")
    }

    fn rule(index: usize, p: &Policy) -> DecidedBy {
        let ServicePolicy::Rules(rules) = &p.service(SOS).unwrap().policy else {
            panic!("a rules service")
        };
        DecidedBy::Rule {
            service: SOS.into(),
            index,
            action: rules[index].action,
            expression: rules[index].expression.clone(),
        }
    }

    #[test]
    fn the_leader_follower_policy_allows_replication_and_nothing_else() {
        let p = policy(LEADER_FOLLOWER);
        let d = p.evaluate(&req("get-object", "my-source"));
        assert!(d.allowed);
        assert_eq!(d.by, rule(0, &p));
        assert_eq!(
            d.steps,
            [Step {
                index: 0,
                outcome: Outcome::True
            }]
        );
        for op in [
            "put-object",
            "put-object-retention",
            "put-object-legal-hold",
            "delete-object",
        ] {
            let d = p.evaluate(&req(op, "my-destination"));
            assert!(d.allowed, "{op}");
            assert_eq!(d.by, rule(1, &p), "{op}");
            assert_eq!(d.steps.len(), 2);
        }
        for (op, bucket) in [
            ("put-object", "my-source"),
            ("get-object", "my-destination"),
            ("delete-bucket", "my-destination"),
            ("get-object", "elsewhere"),
        ] {
            let d = p.evaluate(&req(op, bucket));
            assert!(!d.allowed, "{op} on {bucket}");
            assert_eq!(d.by, DecidedBy::NoRuleMatched { service: SOS.into() });
            assert_eq!(d.steps.len(), 2);
        }
        assert_eq!(
            p.evaluate(&req("get-object", "my-source")).by.to_string(),
            "rule services.sos.rules[0] (allow): parameters.bucket == 'my-source' && operation == 'get-object'"
        );
    }

    #[test]
    fn the_bidirectional_policies_mirror_each_other() {
        let ab = policy(&bidirectional("bucket-a", "bucket-b"));
        let ba = policy(&bidirectional("bucket-b", "bucket-a"));
        assert!(ab.evaluate(&req("get-object", "bucket-a")).allowed);
        assert!(ab.evaluate(&req("put-object", "bucket-b")).allowed);
        assert!(!ab.evaluate(&req("get-object", "bucket-b")).allowed);
        assert!(!ab.evaluate(&req("put-object", "bucket-a")).allowed);
        assert!(ba.evaluate(&req("get-object", "bucket-b")).allowed);
        assert!(ba.evaluate(&req("delete-object", "bucket-a")).allowed);
        assert!(!ba.evaluate(&req("get-object", "bucket-a")).allowed);
        assert!(!ba.evaluate(&req("put-object-acl", "bucket-b")).allowed);
    }

    #[test]
    fn logical_operators_absorb_errors_when_the_other_side_decides() {
        // No key in the request: `parameters.key` fails to evaluate.
        let p = policy(
            r#"{"default-service-strategy": "deny", "services": {"sos": {"type": "rules", "rules": [
                {"action": "deny", "expression": "parameters.key == 'secret' && operation == 'get-object'"},
                {"action": "deny", "expression": "false && parameters.key == 'x'"},
                {"action": "allow", "expression": "parameters.key == 'x' || parameters.bucket == 'b'"}]}}}"#,
        );
        let d = p.evaluate(&req("get-object", "b"));
        assert!(d.allowed);
        assert_eq!(d.by, rule(2, &p));
        assert!(
            matches!(&d.steps[0].outcome, Outcome::Error(e) if e.contains("key")),
            "{d:?}"
        );
        assert_eq!(d.steps[1].outcome, Outcome::False);
        assert_eq!(d.steps[2].outcome, Outcome::True);
    }

    #[test]
    fn a_rule_reading_a_missing_key_is_skipped() {
        let p = policy(
            r#"{"default-service-strategy": "deny", "services": {"sos": {"type": "rules", "rules": [
                {"action": "deny", "expression": "parameters.key.startsWith('private/')"},
                {"action": "allow", "expression": "parameters.bucket == 'b'"}]}}}"#,
        );
        // Without a key, the deny rule concludes nothing and the next rule allows.
        let d = p.evaluate(&req("list-objects", "b"));
        assert!(d.allowed);
        assert_eq!(d.by, rule(1, &p));
        assert!(matches!(d.steps[0].outcome, Outcome::Error(_)));
        // With a key under private/, the deny rule decides.
        let mut with_key = req("get-object", "b");
        with_key.key = Some("private/x".into());
        let d = p.evaluate(&with_key);
        assert!(!d.allowed);
        assert_eq!(d.by, rule(0, &p));
    }

    #[test]
    fn a_non_boolean_result_concludes_nothing() {
        let p = policy(
            r#"{"default-service-strategy": "allow", "services": {"sos": {"type": "rules", "rules": [
                {"action": "allow", "expression": "parameters.bucket"}]}}}"#,
        );
        let d = p.evaluate(&req("get-object", "b"));
        assert!(!d.allowed);
        assert_eq!(d.steps[0].outcome, Outcome::NotBool("string".into()));
    }

    #[test]
    fn no_rule_deciding_denies_even_under_an_allow_default() {
        let p = policy(
            r#"{"default-service-strategy": "allow", "services": {"sos": {"type": "rules", "rules": [
                {"action": "allow", "expression": "operation == 'get-object'"}]}}}"#,
        );
        let d = p.evaluate(&req("put-object", "b"));
        assert!(!d.allowed);
        assert_eq!(d.by, DecidedBy::NoRuleMatched { service: SOS.into() });
        assert_eq!(d.by.to_string(), "no rule of services.sos matched: denied");
        // A service the policy does not name gets the default strategy.
        let mut compute = req("create-instance", "b");
        compute.service = "compute".into();
        let d = p.evaluate(&compute);
        assert!(d.allowed);
        assert_eq!(
            d.by,
            DecidedBy::DefaultStrategy {
                service: "compute".into(),
                effect: Effect::Allow
            }
        );
        assert!(d.steps.is_empty());
    }

    #[test]
    fn a_service_type_decides_every_operation() {
        let p = policy(r#"{"default-service-strategy": "allow", "services": {"sos": {"type": "deny"}}}"#);
        let d = p.evaluate(&req("get-object", "b"));
        assert!(!d.allowed);
        assert_eq!(
            d.by,
            DecidedBy::ServiceType {
                service: SOS.into(),
                effect: Effect::Deny
            }
        );
    }

    #[test]
    fn an_organization_policy_that_denies_wins() {
        let role = policy(LEADER_FOLLOWER);
        let org = policy(
            r#"{"default-service-strategy": "allow", "services": {"sos": {"type": "rules", "rules": [
                {"action": "deny", "expression": "operation.startsWith('delete-')"},
                {"action": "allow", "expression": "true"}]}}}"#,
        );
        // Allowed by both: the role's rule is what decided.
        let d = role.evaluate_under(&org, &req("put-object", "my-destination"));
        assert!(d.allowed);
        assert_eq!(d.by, rule(1, &role));
        // Allowed by the role, denied by the organization.
        let d = role.evaluate_under(&org, &req("delete-object", "my-destination"));
        assert!(!d.allowed);
        let DecidedBy::OrgPolicy(inner) = &d.by else {
            panic!("{d:?}")
        };
        assert!(matches!(
            **inner,
            DecidedBy::Rule {
                index: 0,
                action: Effect::Deny,
                ..
            }
        ));
        assert!(
            d.by.to_string()
                .starts_with("the organization policy: rule services.sos.rules[0] (deny)")
        );
        // Allowed by the organization, denied by the role.
        let d = role.evaluate_under(&org, &req("get-object", "my-destination"));
        assert_eq!(d.by, DecidedBy::NoRuleMatched { service: SOS.into() });
        // The default organization policy allows everything.
        let d = role.evaluate_under(&Policy::allow_all(), &req("get-object", "my-source"));
        assert!(d.allowed);
        assert_eq!(
            Decision::combine(Policy::allow_all().evaluate(&req("x", "b")), d.clone()),
            d
        );
    }

    #[test]
    fn policies_are_shareable_across_threads() {
        fn shareable<T: Send + Sync + Clone>() {}
        shareable::<Policy>();
    }
}
