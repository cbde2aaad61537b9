//! The typed policy document: `default-service-strategy`, and per service either a fixed `type`
//! (`allow`, `deny`) or a list of rules, each with its action and its compiled CEL expression.
//! Reading is in `read`, evaluation in `eval`.

use super::expr::Compiled;

/// `allow` or `deny`: a default strategy, a service type, a rule's action, a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Effect {
    Allow,
    Deny,
}

impl Effect {
    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Allow => "allow",
            Effect::Deny => "deny",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<Effect> {
        match name {
            "allow" => Some(Effect::Allow),
            "deny" => Some(Effect::Deny),
            _ => None,
        }
    }
}

impl std::fmt::Display for Effect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A valid policy document, its expressions compiled. Cloning shares the compiled programs.
#[derive(Debug, Clone)]
pub struct Policy {
    /// For a service the document does not name.
    pub default_service_strategy: Effect,
    /// The services, in document order.
    pub services: Vec<Service>,
}

/// One member of `services`.
#[derive(Debug, Clone)]
pub struct Service {
    /// `sos`, `compute`, ...
    pub name: String,
    pub policy: ServicePolicy,
}

#[derive(Debug, Clone)]
pub enum ServicePolicy {
    /// `"type": "allow"` or `"deny"`: decides every operation of the service (its rules, if any, are
    /// ignored).
    Type(Effect),
    /// `"type": "rules"`: the first rule whose expression is true decides; none: denied.
    Rules(Vec<PolicyRule>),
}

/// One rule of a `rules` service.
#[derive(Debug, Clone)]
pub struct PolicyRule {
    pub action: Effect,
    /// The CEL expression as written.
    pub expression: String,
    pub(super) compiled: Compiled,
}

impl Policy {
    /// What applies without an organization policy: every operation of every service allowed.
    pub fn allow_all() -> Policy {
        Policy {
            default_service_strategy: Effect::Allow,
            services: Vec::new(),
        }
    }

    /// The service named `name`, if the document has it.
    pub fn service(&self, name: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.name == name)
    }

    /// Rules of every service, for summaries.
    pub fn rule_count(&self) -> usize {
        self.services
            .iter()
            .map(|s| match &s.policy {
                ServicePolicy::Rules(r) => r.len(),
                ServicePolicy::Type(_) => 0,
            })
            .sum()
    }
}
