//! Settings: global flags + environment + config file, resolved once into one [`Settings`] value before any
//! work. Precedence: flag > environment > config file > built-in default.
//!
//! Config file: `--config`/`SOSCTL_CONFIG`, else `<config dir>/sosctl/config.toml`, else exo's
//! `<config dir>/exoscale/exoscale.toml` (same account schema). Credentials, first found wins:
//! `SOSCTL_ACCESS_KEY`+`SOSCTL_SECRET_KEY`; `EXOSCALE_API_KEY`+`EXOSCALE_API_SECRET`;
//! `AWS_ACCESS_KEY_ID`+`AWS_SECRET_ACCESS_KEY` (+`AWS_SESSION_TOKEN`); the selected account of the config file.
//! Secrets are never accepted as flags and never printed ([`Secret`]'s Debug and Display redact).

use super::GlobalArgs;
use super::exit::UsageError;
use super::output::{Format, Printer};
use anyhow::Context;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const DEFAULT_ZONE: &str = "ch-dk-2";
pub const DEFAULT_ENDPOINT: &str = "https://sos-{zone}.exo.io";
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_RETRIES: u32 = 3;

/// A secret string: Debug and Display print `<redacted>`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    /// The secret itself, for signing only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

impl std::fmt::Display for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub access_key: String,
    pub secret_key: Secret,
    pub session_token: Option<Secret>,
    /// Where they came from, for diagnostics (`SOSCTL_ACCESS_KEY`, `account "work" of FILE`, ...).
    pub source: String,
}

/// Everything a command needs, resolved once.
#[derive(Debug, Clone)]
pub struct Settings {
    pub zone: String,
    /// The endpoint with `{zone}` substituted, without a trailing slash.
    pub endpoint: String,
    /// The endpoint template before substitution (for commands that address other zones).
    pub endpoint_template: String,
    pub credentials: Result<Credentials, String>,
    pub output: Format,
    pub quiet: bool,
    pub timeout: Duration,
    pub retries: u32,
    pub trace: bool,
    /// The config file that was read, if any.
    pub config_file: Option<PathBuf>,
    pub account: Option<String>,
}

/// One account of the config file (exo's schema).
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct Account {
    pub name: String,
    #[serde(default)]
    pub key: Option<String>,
    #[serde(default)]
    pub secret: Option<String>,
    #[serde(default, rename = "secretCommand")]
    pub secret_command: Option<Vec<String>>,
    #[serde(default, rename = "defaultZone")]
    pub default_zone: Option<String>,
    #[serde(default, rename = "sosEndpoint")]
    pub sos_endpoint: Option<String>,
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ConfigFile {
    #[serde(default)]
    pub defaultaccount: Option<String>,
    #[serde(default)]
    pub accounts: Vec<Account>,
}

/// The environment as a map, so that resolution is testable without touching the process environment.
pub type Env = HashMap<String, String>;

impl Settings {
    /// Resolves from the parsed flags and the process environment.
    pub fn resolve(g: &GlobalArgs) -> anyhow::Result<Settings> {
        let env: Env = std::env::vars().collect();
        Self::resolve_with(g, &env, dirs::config_dir().as_deref())
    }

    /// Resolves from flags, an explicit environment and config directory.
    pub fn resolve_with(g: &GlobalArgs, env: &Env, config_dir: Option<&Path>) -> anyhow::Result<Settings> {
        let get = |k: &str| env.get(k).filter(|v| !v.is_empty()).cloned();

        // The config file: explicit (must exist), else sosctl's, else exo's (optional).
        let explicit = g.config.clone().or_else(|| get("SOSCTL_CONFIG").map(PathBuf::from));
        let (config_file, config) = match explicit {
            Some(p) => {
                let c = read_config(&p)?;
                (Some(p), c)
            }
            None => {
                let candidates = config_dir
                    .map(|d| {
                        vec![
                            d.join("sosctl").join("config.toml"),
                            d.join("exoscale").join("exoscale.toml"),
                        ]
                    })
                    .unwrap_or_default();
                match candidates.into_iter().find(|p| p.is_file()) {
                    Some(p) => {
                        let c = read_config(&p)?;
                        (Some(p), c)
                    }
                    None => (None, ConfigFile::default()),
                }
            }
        };

        let account_name = g.account.clone().or_else(|| get("SOSCTL_ACCOUNT"));
        let account = match (&account_name, &config_file) {
            (Some(name), Some(path)) => Some(config.accounts.iter().find(|a| &a.name == name).cloned().ok_or_else(
                || {
                    let known: Vec<_> = config.accounts.iter().map(|a| a.name.as_str()).collect();
                    UsageError::new(format!(
                        "account `{name}` not found in {} (accounts: {})",
                        path.display(),
                        if known.is_empty() {
                            "none".to_string()
                        } else {
                            known.join(", ")
                        }
                    ))
                },
            )?),
            (Some(name), None) => {
                return Err(UsageError::new(format!(
                    "account `{name}` was requested but no config file was found (use --config FILE)"
                ))
                .into());
            }
            (None, Some(_)) => {
                let wanted = config.defaultaccount.clone();
                match wanted {
                    Some(w) => config.accounts.iter().find(|a| a.name == w).cloned(),
                    None => config.accounts.first().cloned(),
                }
            }
            (None, None) => None,
        };

        let zone = g
            .zone
            .clone()
            .or_else(|| get("SOSCTL_ZONE"))
            .or_else(|| get("EXOSCALE_ZONE"))
            .or_else(|| account.as_ref().and_then(|a| a.default_zone.clone()))
            .unwrap_or_else(|| DEFAULT_ZONE.to_string());
        validate_zone(&zone)?;

        let endpoint_template = g
            .endpoint
            .clone()
            .or_else(|| get("SOSCTL_ENDPOINT"))
            .or_else(|| get("EXOSCALE_SOS_ENDPOINT"))
            .or_else(|| account.as_ref().and_then(|a| a.sos_endpoint.clone()))
            .unwrap_or_else(|| DEFAULT_ENDPOINT.to_string());
        let endpoint = endpoint_for_zone(&endpoint_template, &zone)?;

        let credentials = resolve_credentials(env, account.as_ref(), config_file.as_deref());

        let trace = g.trace;
        Ok(Settings {
            zone,
            endpoint,
            endpoint_template,
            credentials,
            output: g.output.unwrap_or_default(),
            quiet: g.quiet,
            timeout: g.timeout.unwrap_or(DEFAULT_TIMEOUT),
            retries: g.retries.unwrap_or(DEFAULT_RETRIES),
            trace,
            config_file,
            account: account.map(|a| a.name),
        })
    }

    /// The credentials, or the one-paragraph error that names the three ways to provide them.
    pub fn credentials(&self) -> anyhow::Result<&Credentials> {
        self.credentials.as_ref().map_err(|e| anyhow::anyhow!("{e}"))
    }

    /// The endpoint for another zone (same template).
    pub fn endpoint_for(&self, zone: &str) -> anyhow::Result<String> {
        endpoint_for_zone(&self.endpoint_template, zone)
    }

    pub fn printer(&self) -> Printer {
        Printer::new(self.output, self.quiet)
    }
}

fn read_config(path: &Path) -> anyhow::Result<ConfigFile> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading config file {}", path.display()))?;
    toml::from_str(&text).map_err(|e| {
        UsageError::new(format!(
            "config file {} does not parse: {}",
            path.display(),
            e.message()
        ))
        .into()
    })
}

fn validate_zone(zone: &str) -> anyhow::Result<()> {
    if zone.is_empty() || !zone.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(UsageError::new(format!(
            "invalid zone `{zone}`: a zone is letters, digits and `-` (e.g. ch-dk-2)"
        ))
        .into());
    }
    Ok(())
}

/// Substitutes `{zone}` and checks the URL.
pub fn endpoint_for_zone(template: &str, zone: &str) -> anyhow::Result<String> {
    let s = template.replace("{zone}", zone);
    let s = s.trim_end_matches('/').to_string();
    let u = url::Url::parse(&s).map_err(|e| UsageError::new(format!("invalid endpoint `{template}`: {e}")))?;
    if u.scheme() != "http" && u.scheme() != "https" {
        return Err(UsageError::new(format!("invalid endpoint `{template}`: scheme must be http or https")).into());
    }
    Ok(s)
}

const NO_CREDENTIALS: &str = "no credentials found. Provide them in one of three ways: the environment \
variables SOSCTL_ACCESS_KEY and SOSCTL_SECRET_KEY (or EXOSCALE_API_KEY and EXOSCALE_API_SECRET, or \
AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY); or an account with `key` and `secret` (or `secretCommand`) in \
the config file (<config dir>/sosctl/config.toml, or exo's exoscale.toml, or the file given with --config). \
Secrets are never accepted on the command line.";

fn resolve_credentials(env: &Env, account: Option<&Account>, file: Option<&Path>) -> Result<Credentials, String> {
    let get = |k: &str| env.get(k).filter(|v| !v.is_empty()).cloned();
    let pairs = [
        ("SOSCTL_ACCESS_KEY", "SOSCTL_SECRET_KEY"),
        ("EXOSCALE_API_KEY", "EXOSCALE_API_SECRET"),
        ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"),
    ];
    for (k, s) in pairs {
        match (get(k), get(s)) {
            (Some(key), Some(secret)) => {
                let session_token = if k.starts_with("AWS_") {
                    get("AWS_SESSION_TOKEN").map(Secret::new)
                } else {
                    None
                };
                return Ok(Credentials {
                    access_key: key,
                    secret_key: Secret::new(secret),
                    session_token,
                    source: k.to_string(),
                });
            }
            (Some(_), None) => return Err(format!("{k} is set but {s} is not; set both (or neither)")),
            (None, Some(_)) => return Err(format!("{s} is set but {k} is not; set both (or neither)")),
            (None, None) => {}
        }
    }
    let Some(a) = account else {
        return Err(NO_CREDENTIALS.to_string());
    };
    let where_ = format!(
        "account `{}` of {}",
        a.name,
        file.map(|p| p.display().to_string()).unwrap_or_default()
    );
    let Some(key) = a.key.clone().filter(|k| !k.is_empty()) else {
        return Err(format!("{where_} has no `key`. {NO_CREDENTIALS}"));
    };
    let secret = match (&a.secret, &a.secret_command) {
        (Some(s), _) if !s.is_empty() => s.clone(),
        (_, Some(cmd)) if !cmd.is_empty() => run_secret_command(cmd).map_err(|e| format!("{where_}: {e}"))?,
        _ => {
            return Err(format!(
                "{where_} has neither `secret` nor `secretCommand`. {NO_CREDENTIALS}"
            ));
        }
    };
    Ok(Credentials {
        access_key: key,
        secret_key: Secret::new(secret),
        session_token: None,
        source: where_,
    })
}

fn run_secret_command(cmd: &[String]) -> Result<String, String> {
    let out = std::process::Command::new(&cmd[0])
        .args(&cmd[1..])
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("secretCommand `{}` could not run: {e}", cmd[0]))?;
    if !out.status.success() {
        return Err(format!("secretCommand `{}` failed with {}", cmd[0], out.status));
    }
    let s = String::from_utf8(out.stdout).map_err(|_| "secretCommand printed non-UTF-8 output".to_string())?;
    let s = s.trim_end_matches(['\n', '\r']).to_string();
    if s.is_empty() {
        return Err(format!("secretCommand `{}` printed nothing", cmd[0]));
    }
    Ok(s)
}
