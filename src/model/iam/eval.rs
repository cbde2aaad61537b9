//! Evaluating a policy for a request, as Exoscale's IAM documentation describes it: a service the policy
//! does not name gets `default-service-strategy`; a service of type `allow` or `deny` is decided by it;
//! a `rules` service evaluates its rules in order and the first whose expression is true decides with its
//! action — false, an error or a non-boolean concludes nothing and the next rule is tried — and when no
//! rule decides the request is denied, whatever the default strategy. An organization policy applies on
//! top: a request must pass both.

use super::expr::{Outcome, context};
use super::policy::{Effect, Policy, ServicePolicy};
use super::request::Request;

/// Whether a request is allowed, and what decided.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub allowed: bool,
    pub by: DecidedBy,
    /// The rules evaluated, in order, up to the one that decided (empty when no rule list applied).
    pub steps: Vec<Step>,
}

/// What decided a [`Decision`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecidedBy {
    /// The first rule whose expression was true; `index` counts from 0, as in the rule's path.
    Rule {
        service: String,
        index: usize,
        action: Effect,
        expression: String,
    },
    /// The service's `type` (`allow` or `deny`).
    ServiceType { service: String, effect: Effect },
    /// The policy does not name the service: `default-service-strategy`.
    DefaultStrategy { service: String, effect: Effect },
    /// A `rules` service where no rule decided: denied.
    NoRuleMatched { service: String },
    /// The organization policy denied the request (what decided there).
    OrgPolicy(Box<DecidedBy>),
}

/// One rule evaluated for a request.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub index: usize,
    pub outcome: Outcome,
}

impl DecidedBy {
    /// What decided in the end: the organization policy's own reason, for [`DecidedBy::OrgPolicy`].
    pub fn innermost(&self) -> &DecidedBy {
        match self {
            DecidedBy::OrgPolicy(inner) => inner.innermost(),
            other => other,
        }
    }

    /// The service the decision was about (of the innermost reason).
    pub fn service(&self) -> &str {
        match self {
            DecidedBy::Rule { service, .. }
            | DecidedBy::ServiceType { service, .. }
            | DecidedBy::DefaultStrategy { service, .. }
            | DecidedBy::NoRuleMatched { service } => service,
            DecidedBy::OrgPolicy(inner) => inner.service(),
        }
    }

    /// A rule by its path and action (`rule services.sos.rules[0] (allow)`); any other reason whole.
    pub fn brief(&self) -> String {
        match self.innermost() {
            DecidedBy::Rule {
                service, index, action, ..
            } => format!("rule services.{service}.rules[{index}] ({action})"),
            other => other.to_string(),
        }
    }

    /// A stable name of the variant, for machine-readable output: `rule`, `service-type`,
    /// `default-strategy`, `no-rule-matched` (of the innermost reason).
    pub fn kind(&self) -> &'static str {
        match self.innermost() {
            DecidedBy::Rule { .. } => "rule",
            DecidedBy::ServiceType { .. } => "service-type",
            DecidedBy::DefaultStrategy { .. } => "default-strategy",
            DecidedBy::NoRuleMatched { .. } => "no-rule-matched",
            // innermost() never stops at one.
            DecidedBy::OrgPolicy(_) => "org-policy",
        }
    }
}

impl std::fmt::Display for DecidedBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecidedBy::Rule {
                service,
                index,
                action,
                expression,
            } => write!(f, "rule services.{service}.rules[{index}] ({action}): {expression}"),
            DecidedBy::ServiceType { service, effect } => {
                write!(f, "services.{service}.type \"{effect}\"")
            }
            DecidedBy::DefaultStrategy { service, effect } => write!(
                f,
                "default-service-strategy \"{effect}\" (the policy has no \"{service}\" service)"
            ),
            DecidedBy::NoRuleMatched { service } => {
                write!(f, "no rule of services.{service} matched: denied")
            }
            DecidedBy::OrgPolicy(inner) => write!(f, "the organization policy: {inner}"),
        }
    }
}

impl Policy {
    /// Decides `req` under this policy alone.
    pub fn evaluate(&self, req: &Request) -> Decision {
        let service = req.service.clone();
        let fixed = |effect: Effect, by: DecidedBy| Decision {
            allowed: effect == Effect::Allow,
            by,
            steps: Vec::new(),
        };
        let rules = match self.service(&req.service).map(|s| &s.policy) {
            None => {
                let effect = self.default_service_strategy;
                return fixed(effect, DecidedBy::DefaultStrategy { service, effect });
            }
            Some(ServicePolicy::Type(effect)) => {
                return fixed(
                    *effect,
                    DecidedBy::ServiceType {
                        service,
                        effect: *effect,
                    },
                );
            }
            Some(ServicePolicy::Rules(rules)) => rules,
        };
        let ctx = context(req);
        let mut steps = Vec::new();
        for (index, rule) in rules.iter().enumerate() {
            let outcome = rule.compiled.run(&ctx);
            let decided = outcome == Outcome::True;
            steps.push(Step { index, outcome });
            if decided {
                return Decision {
                    allowed: rule.action == Effect::Allow,
                    by: DecidedBy::Rule {
                        service,
                        index,
                        action: rule.action,
                        expression: rule.expression.clone(),
                    },
                    steps,
                };
            }
        }
        Decision {
            allowed: false,
            by: DecidedBy::NoRuleMatched { service },
            steps,
        }
    }

    /// Decides `req` under this (role) policy and the organization policy `org`: denied when either
    /// denies, the organization's reason first (the role's policy is then not evaluated).
    pub fn evaluate_under(&self, org: &Policy, req: &Request) -> Decision {
        let by_org = org.evaluate(req);
        if by_org.allowed {
            self.evaluate(req)
        } else {
            by_org.denied_by_org()
        }
    }
}

impl Decision {
    /// The decision of both policies from the organization's and the role's: the role's, unless the
    /// organization denied.
    pub fn combine(org: Decision, role: Decision) -> Decision {
        if org.allowed { role } else { org.denied_by_org() }
    }

    fn denied_by_org(self) -> Decision {
        Decision {
            allowed: false,
            by: DecidedBy::OrgPolicy(Box::new(self.by)),
            steps: self.steps,
        }
    }

    pub fn effect(&self) -> Effect {
        if self.allowed { Effect::Allow } else { Effect::Deny }
    }
}
