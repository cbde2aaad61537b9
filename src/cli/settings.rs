//! Settings: the global flags ([`GlobalArgs`]) + environment + config file, resolved in two stages before
//! any work. Precedence: flag > environment > config file > built-in default.
//!
//! - [`OutputSettings`] (format, `--quiet`, `--trace`): flags and environment only, for every command
//!   that prints. Never the config file, so that `serve`, `demo` and the offline `replication` commands
//!   work whatever that file holds.
//! - [`Settings`] (zone, endpoint, credentials, config file and account, timeouts): only for the commands
//!   that talk S3. A config file that does not parse, or a bad zone, stops these and only these.
//!
//! Config file: `--config`/`SOSCTL_CONFIG`/`EXOSCALE_CONFIG`, else `<config dir>/sosctl/config.toml`, else exo's
//! `<config dir>/exoscale/exoscale.toml` (same account schema). Credentials, first found wins:
//! `SOSCTL_ACCESS_KEY`+`SOSCTL_SECRET_KEY`; `EXOSCALE_API_KEY`+`EXOSCALE_API_SECRET`;
//! `AWS_ACCESS_KEY_ID`+`AWS_SECRET_ACCESS_KEY` (+`AWS_SESSION_TOKEN`); the selected account of the config file.
//! Secrets are never accepted as flags and never printed ([`Secret`]'s Debug and Display redact).
//!
//! Every environment variable is read here, from an explicit [`Env`] map, and not by clap: that keeps the
//! whole precedence chain in one place that tests can drive without touching the process environment.
//! An account's `secretCommand` runs only when a command first asks for [`Settings::credentials`], so that
//! a command that fails before its first request never triggers a password prompt.

use super::exit::UsageError;
use super::output::{Format, Printer};
use super::parse;
use super::zones::Zones;
use anyhow::Context;
use clap::Args;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

/// Options valid before or after any subcommand. Their environment variables are read by
/// [`OutputSettings::resolve_with`] and [`Settings::resolve_with`], not by clap, so that the whole
/// precedence chain lives in one place.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo's exoscale.toml]
    #[arg(short = 'C', long = "config", global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file's defaultaccount, else its first]
    #[arg(short = 'A', long = "use-account", global = true, value_name = "NAME")]
    pub account: Option<String>,
    /// Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account's defaultZone, else ch-dk-2]
    #[arg(short = 'z', long = "zone", global = true, value_name = "ZONE")]
    pub zone: Option<String>,
    /// S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account's sosEndpoint, else https://sos-{zone}.exo.io]
    #[arg(long = "endpoint", global = true, value_name = "URL")]
    pub endpoint: Option<String>,
    /// Output format (env SOSCTL_OUTPUT) [default: table]
    #[arg(
        short = 'O',
        long = "output-format",
        global = true,
        value_enum,
        ignore_case = true,
        value_name = "FORMAT"
    )]
    pub output: Option<Format>,
    /// No progress bars, no non-essential output
    #[arg(short = 'Q', long = "quiet", global = true)]
    pub quiet: bool,
    /// Per-request timeout, e.g. 30s, 2m [default: 30s]
    #[arg(long = "timeout", global = true, value_name = "DURATION", value_parser = parse::timeout)]
    pub timeout: Option<Duration>,
    /// Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]
    #[arg(long = "retries", global = true, value_name = "N")]
    pub retries: Option<u32>,
    /// Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)
    #[arg(long = "trace", global = true)]
    pub trace: bool,
}

pub const DEFAULT_ZONE: &str = "ch-dk-2";
pub const DEFAULT_ENDPOINT: &str = "https://sos-{zone}.exo.io";
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_RETRIES: u32 = 3;
/// The zones of Exoscale SOS. Any other zone name needs a custom endpoint.
pub const EXOSCALE_ZONES: [&str; 8] = [
    "at-vie-1", "at-vie-2", "bg-sof-1", "ch-dk-2", "ch-gva-2", "de-fra-1", "de-muc-1", "hr-zag-1",
];

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

impl Credentials {
    pub fn new(access_key: impl Into<String>, secret_key: impl Into<String>, source: impl Into<String>) -> Self {
        Credentials {
            access_key: access_key.into(),
            secret_key: Secret::new(secret_key),
            session_token: None,
            source: source.into(),
        }
    }
}

/// How the credentials will be obtained; resolved to [`Credentials`] on first use.
#[derive(Debug, Clone)]
enum CredentialPlan {
    Ready(Credentials),
    /// An account's `secretCommand`, run on first use.
    Command {
        access_key: String,
        command: Vec<String>,
        source: String,
    },
    /// Nothing usable: the message says what is missing (an invalid-input error, exit 2).
    Missing(String),
}

/// The first stage: how results are printed, for every command that prints.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutputSettings {
    pub format: Format,
    pub quiet: bool,
    /// HTTP lines on stderr (used by the S3 client, but needs neither the config file nor a zone).
    pub trace: bool,
}

impl OutputSettings {
    /// Resolves from the parsed flags and the process environment.
    pub fn resolve(g: &GlobalArgs) -> anyhow::Result<OutputSettings> {
        Self::resolve_with(g, &process_env())
    }

    /// Resolves from flags and an explicit environment.
    pub fn resolve_with(g: &GlobalArgs, env: &Env) -> anyhow::Result<OutputSettings> {
        let get = |k: &str| env.get(k).filter(|v| !v.is_empty()).cloned();
        let format = match (g.output, get("SOSCTL_OUTPUT")) {
            (Some(f), _) => f,
            (None, Some(v)) => <Format as clap::ValueEnum>::from_str(&v, true)
                .map_err(|_| UsageError::new(format!("invalid SOSCTL_OUTPUT `{v}`: expected table, json or text")))?,
            (None, None) => Format::default(),
        };
        Ok(OutputSettings {
            format,
            quiet: g.quiet,
            trace: g.trace
                || get("SOSCTL_TRACE")
                    .or_else(|| get("EXOSCALE_TRACE"))
                    .is_some_and(|v| truthy(&v)),
        })
    }

    pub fn printer(&self) -> Printer {
        Printer::new(self.format, self.quiet)
    }
}

/// The second stage, for the commands that talk S3: the output settings and the connection (zone,
/// endpoint, credentials, config file and account, timeouts).
#[derive(Debug, Clone)]
pub struct Settings {
    pub output: OutputSettings,
    /// The zone of new buckets, and the first guess for existing ones (each is followed to its own zone,
    /// see [`super::connect::locate`]).
    pub zone: String,
    /// Whether the zone was given with `-z/--zone` (rather than taken from the environment, the account
    /// or the default): `list` then shows only the buckets of that zone.
    pub zone_from_flag: bool,
    /// The endpoint with `{zone}` substituted, without a trailing slash.
    pub endpoint: String,
    /// The endpoint template before substitution (for commands that address other zones).
    pub endpoint_template: String,
    pub timeout: Duration,
    pub retries: u32,
    /// The config file that was read, if any.
    pub config_file: Option<PathBuf>,
    /// The selected account of the config file, if any.
    pub account: Option<String>,
    credential_plan: CredentialPlan,
    credentials_cache: OnceLock<Result<Credentials, String>>,
    /// What this run learnt of its buckets' zones, and its clients per zone.
    pub zones: Zones,
}

/// One account of the config file (exo's schema; exo's other keys are ignored).
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

/// The first of several sources that has a value, with a name for that source (for error messages).
struct Pick {
    value: Option<(String, String)>,
}

impl Pick {
    fn new() -> Self {
        Pick { value: None }
    }
    fn or(mut self, value: Option<String>, source: impl FnOnce() -> String) -> Self {
        if self.value.is_none()
            && let Some(v) = value
        {
            self.value = Some((v, source()));
        }
        self
    }
    fn or_default(self, default: &str) -> (String, String) {
        self.value
            .unwrap_or_else(|| (default.to_string(), "the default".to_string()))
    }
}

/// The process environment as an [`Env`].
fn process_env() -> Env {
    // vars() would panic on a non-UTF-8 variable anywhere in the environment; such values are skipped.
    std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .collect()
}

impl Settings {
    /// Resolves from the parsed flags, the process environment and the platform's config directory.
    pub fn resolve(g: &GlobalArgs) -> anyhow::Result<Settings> {
        Self::resolve_with(g, &process_env(), dirs::config_dir().as_deref())
    }

    /// Settings for a known endpoint and credentials, with defaults for the rest (for `demo` and tests,
    /// which run against an embedded server).
    pub fn for_endpoint(endpoint: &str, zone: &str, credentials: Credentials) -> anyhow::Result<Settings> {
        validate_zone_name(zone, || "the caller".to_string())?;
        let resolved = endpoint_for_zone(endpoint, zone)?;
        validate_zone(zone, &resolved, || "the caller".to_string())?;
        Ok(Settings {
            zone: zone.to_string(),
            zone_from_flag: false,
            endpoint: resolved,
            endpoint_template: endpoint.to_string(),
            output: OutputSettings::default(),
            timeout: DEFAULT_TIMEOUT,
            retries: DEFAULT_RETRIES,
            config_file: None,
            account: None,
            credential_plan: CredentialPlan::Ready(credentials),
            credentials_cache: OnceLock::new(),
            zones: Zones::default(),
        })
    }

    /// Resolves from flags, an explicit environment and config directory (`None`: no default config file):
    /// the output settings first, then the connection.
    pub fn resolve_with(g: &GlobalArgs, env: &Env, config_dir: Option<&Path>) -> anyhow::Result<Settings> {
        let output = OutputSettings::resolve_with(g, env)?;
        let get = |k: &str| env.get(k).filter(|v| !v.is_empty()).cloned();

        // The config file: explicit (must exist), else sosctl's, else exo's (both optional).
        let explicit = match (&g.config, get("SOSCTL_CONFIG"), get("EXOSCALE_CONFIG")) {
            (Some(p), _, _) => Some((p.clone(), "--config")),
            (None, Some(p), _) => Some((PathBuf::from(p), "SOSCTL_CONFIG")),
            (None, None, Some(p)) => Some((PathBuf::from(p), "EXOSCALE_CONFIG")),
            (None, None, None) => None,
        };
        let (config_file, config) = match explicit {
            Some((p, source)) => {
                if !p.is_file() {
                    return Err(UsageError::new(format!(
                        "config file {} (from {source}) does not exist or is not a file",
                        p.display()
                    ))
                    .into());
                }
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

        let account = select_account(g, &get, config_file.as_deref(), &config)?;
        let account_source = |what: &str| {
            let a = account.as_ref().map(|a| a.name.as_str()).unwrap_or_default();
            let f = config_file
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            format!("{what} of account `{a}` in {f}")
        };

        let (zone, zone_source) = Pick::new()
            .or(g.zone.clone(), || "--zone".into())
            .or(get("SOSCTL_ZONE"), || "SOSCTL_ZONE".into())
            .or(get("EXOSCALE_ZONE"), || "EXOSCALE_ZONE".into())
            .or(account.as_ref().and_then(|a| a.default_zone.clone()), || {
                account_source("defaultZone")
            })
            .or_default(DEFAULT_ZONE);

        let (endpoint_template, endpoint_source) = Pick::new()
            .or(g.endpoint.clone(), || "--endpoint".into())
            .or(get("SOSCTL_ENDPOINT"), || "SOSCTL_ENDPOINT".into())
            .or(get("EXOSCALE_SOS_ENDPOINT"), || "EXOSCALE_SOS_ENDPOINT".into())
            .or(account.as_ref().and_then(|a| a.sos_endpoint.clone()), || {
                account_source("sosEndpoint")
            })
            .or_default(DEFAULT_ENDPOINT);
        validate_zone_name(&zone, || zone_source.clone())?;
        let endpoint = endpoint_for_zone(&endpoint_template, &zone)
            .map_err(|e| UsageError::new(format!("{e} (from {endpoint_source})")))?;
        validate_zone(&zone, &endpoint, || zone_source.clone())?;

        let credential_plan = plan_credentials(env, account.as_ref(), config_file.as_deref());

        Ok(Settings {
            output,
            zone_from_flag: g.zone.is_some(),
            zone,
            endpoint,
            endpoint_template,
            timeout: g.timeout.unwrap_or(DEFAULT_TIMEOUT),
            retries: g.retries.unwrap_or(DEFAULT_RETRIES),
            config_file,
            account: account.map(|a| a.name),
            credential_plan,
            credentials_cache: OnceLock::new(),
            zones: Zones::default(),
        })
    }

    /// The credentials, or an error: when none are configured, the one paragraph that names the three ways
    /// to provide them (an invalid-input error, exit 2); when a `secretCommand` fails, exit 1. An account's
    /// `secretCommand` runs at most once per process.
    pub fn credentials(&self) -> anyhow::Result<&Credentials> {
        let resolved = self.credentials_cache.get_or_init(|| match &self.credential_plan {
            CredentialPlan::Ready(c) => Ok(c.clone()),
            CredentialPlan::Missing(m) => Err(m.clone()),
            CredentialPlan::Command {
                access_key,
                command,
                source,
            } => run_secret_command(command)
                .map(|secret| Credentials::new(access_key.clone(), secret, source.clone()))
                .map_err(|e| format!("{source}: {e}")),
        });
        match (resolved, &self.credential_plan) {
            (Ok(c), _) => Ok(c),
            (Err(m), CredentialPlan::Missing(_)) => Err(UsageError::new(m.clone()).into()),
            (Err(m), _) => Err(anyhow::anyhow!("{m}")),
        }
    }

    /// The endpoint for another zone (same template).
    pub fn endpoint_for(&self, zone: &str) -> anyhow::Result<String> {
        endpoint_for_zone(&self.endpoint_template, zone)
    }

    pub fn printer(&self) -> Printer {
        self.output.printer()
    }
}

/// `-A`/`SOSCTL_ACCOUNT` must name an account of the file; without it the file's `defaultaccount`, and
/// without that the file's first account (what a one-account exo setup expects).
fn select_account(
    g: &GlobalArgs,
    get: &dyn Fn(&str) -> Option<String>,
    path: Option<&Path>,
    config: &ConfigFile,
) -> anyhow::Result<Option<Account>> {
    let requested = Pick::new()
        .or(g.account.clone(), || "--use-account".into())
        .or(get("SOSCTL_ACCOUNT"), || "SOSCTL_ACCOUNT".into())
        .or(get("EXOSCALE_ACCOUNT"), || "EXOSCALE_ACCOUNT".into())
        .value;
    let known = || {
        let names: Vec<_> = config.accounts.iter().map(|a| a.name.as_str()).collect();
        if names.is_empty() {
            "none".to_string()
        } else {
            names.join(", ")
        }
    };
    let find = |name: &str| config.accounts.iter().find(|a| a.name == name).cloned();
    match (requested, path) {
        (Some((name, source)), Some(path)) => find(&name).map(Some).ok_or_else(|| {
            UsageError::new(format!(
                "account `{name}` (from {source}) not found in {} (accounts: {})",
                path.display(),
                known()
            ))
            .into()
        }),
        (Some((name, source)), None) => Err(UsageError::new(format!(
            "account `{name}` (from {source}) was requested but there is no config file \
             (<config dir>/sosctl/config.toml or exoscale/exoscale.toml; or use --config FILE)"
        ))
        .into()),
        (None, Some(path)) => match &config.defaultaccount {
            Some(name) if !name.is_empty() => find(name).map(Some).ok_or_else(|| {
                UsageError::new(format!(
                    "defaultaccount `{name}` not found in {} (accounts: {})",
                    path.display(),
                    known()
                ))
                .into()
            }),
            _ => Ok(config.accounts.first().cloned()),
        },
        (None, None) => Ok(None),
    }
}

fn truthy(v: &str) -> bool {
    !matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "" | "0" | "false" | "no" | "off" | "n" | "f"
    )
}

fn read_config(path: &Path) -> anyhow::Result<ConfigFile> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading config file {}", path.display()))?;
    // The position, the key and the problem only, never a value: toml's own Display quotes the offending
    // line, and its message quotes a value of the wrong type (`secret = 12345678`), either of which may be
    // a secret.
    toml::from_str(&text).map_err(|e| {
        let (at, key) = match e.span() {
            Some(s) => {
                let (line, col) = line_col(&text, s.start);
                let key = line_key(&text, s.start).map(|k| format!("`{k}`: ")).unwrap_or_default();
                (format!(" at line {line}, column {col}"), key)
            }
            None => (String::new(), String::new()),
        };
        UsageError::new(format!(
            "config file {} does not parse{at}: {key}{}",
            path.display(),
            without_value(e.message().trim_end())
        ))
        .into()
    })
}

/// The key of the `key = value` line that holds a byte offset, when it is a bare key.
fn line_key(text: &str, offset: usize) -> Option<&str> {
    let start = text[..offset.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let (key, _) = text[start..].split_once('=')?;
    let key = key.trim();
    let bare = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    bare.then_some(key)
}

/// A deserializer's message without the value it quotes: serde words a wrong type as
/// ``invalid type: integer `12345678`, expected a string``, and the value may be a secret.
fn without_value(msg: &str) -> String {
    for lead in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = msg.strip_prefix(lead)
            && let Some((unexpected, expected)) = rest.rsplit_once(", expected ")
        {
            let what = unexpected.split(['`', '"']).next().unwrap_or_default().trim_end();
            return format!("{lead}{what}, expected {expected}");
        }
    }
    msg.to_string()
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// A zone is a signing region and may become part of a host name: letters, digits and `-`.
pub fn is_zone_name(zone: &str) -> bool {
    !zone.is_empty() && zone.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

fn validate_zone_name(zone: &str, source: impl FnOnce() -> String) -> anyhow::Result<()> {
    if !is_zone_name(zone) {
        return Err(UsageError::new(format!(
            "invalid zone `{zone}` (from {}): a zone is letters, digits and `-` (e.g. ch-dk-2)",
            source()
        ))
        .into());
    }
    Ok(())
}

/// On Exoscale's own endpoint the zone must be one of Exoscale's, since any other name would only fail
/// later with a DNS error.
fn validate_zone(zone: &str, endpoint: &str, source: impl FnOnce() -> String) -> anyhow::Result<()> {
    let on_exoscale = url::Url::parse(endpoint)
        .ok()
        .and_then(|u| u.host_str().map(|h| h == "exo.io" || h.ends_with(".exo.io")))
        .unwrap_or(false);
    if on_exoscale && !EXOSCALE_ZONES.contains(&zone) {
        return Err(UsageError::new(format!(
            "unknown zone `{zone}` (from {}): Exoscale zones are {}; another zone name needs a custom --endpoint",
            source(),
            EXOSCALE_ZONES.join(", ")
        ))
        .into());
    }
    Ok(())
}

/// Substitutes `{zone}` and checks the URL: http or https, a host, no query or fragment.
pub fn endpoint_for_zone(template: &str, zone: &str) -> anyhow::Result<String> {
    let s = template.replace("{zone}", zone);
    let s = s.trim_end_matches('/').to_string();
    let u = url::Url::parse(&s).map_err(|e| UsageError::new(format!("invalid endpoint `{template}`: {e}")))?;
    if u.scheme() != "http" && u.scheme() != "https" {
        return Err(UsageError::new(format!(
            "invalid endpoint `{template}`: the scheme must be http or https"
        ))
        .into());
    }
    if u.host_str().is_none_or(str::is_empty) {
        return Err(UsageError::new(format!("invalid endpoint `{template}`: no host")).into());
    }
    if u.query().is_some() || u.fragment().is_some() {
        return Err(UsageError::new(format!("invalid endpoint `{template}`: no query or fragment allowed")).into());
    }
    Ok(s)
}

pub const NO_CREDENTIALS: &str = "no credentials found. Provide them in one of three ways: the environment \
variables SOSCTL_ACCESS_KEY and SOSCTL_SECRET_KEY (or EXOSCALE_API_KEY and EXOSCALE_API_SECRET, or \
AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY); or an account with `key` and `secret` (or `secretCommand`) in \
the config file (<config dir>/sosctl/config.toml, or exo's exoscale.toml, or the file given with --config). \
Secrets are never accepted on the command line.";

fn plan_credentials(env: &Env, account: Option<&Account>, file: Option<&Path>) -> CredentialPlan {
    let get = |k: &str| env.get(k).filter(|v| !v.is_empty()).cloned();
    let pairs = [
        ("SOSCTL_ACCESS_KEY", "SOSCTL_SECRET_KEY"),
        ("EXOSCALE_API_KEY", "EXOSCALE_API_SECRET"),
        ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"),
    ];
    for (k, s) in pairs {
        // Half a pair is a mistake worth stopping for: falling through to the next source would sign with
        // credentials the user did not mean.
        match (get(k), get(s)) {
            (Some(key), Some(secret)) => {
                let session_token = if k.starts_with("AWS_") {
                    get("AWS_SESSION_TOKEN").map(Secret::new)
                } else {
                    None
                };
                return CredentialPlan::Ready(Credentials {
                    access_key: key,
                    secret_key: Secret::new(secret),
                    session_token,
                    source: k.to_string(),
                });
            }
            (Some(_), None) => {
                return CredentialPlan::Missing(format!("{k} is set but {s} is not; set both (or neither)"));
            }
            (None, Some(_)) => {
                return CredentialPlan::Missing(format!("{s} is set but {k} is not; set both (or neither)"));
            }
            (None, None) => {}
        }
    }
    let Some(a) = account else {
        return CredentialPlan::Missing(NO_CREDENTIALS.to_string());
    };
    let source = format!(
        "account `{}` of {}",
        a.name,
        file.map(|p| p.display().to_string()).unwrap_or_default()
    );
    let Some(key) = a.key.clone().filter(|k| !k.is_empty()) else {
        return CredentialPlan::Missing(format!("{source} has no `key`. {NO_CREDENTIALS}"));
    };
    match (&a.secret, &a.secret_command) {
        (Some(s), _) if !s.is_empty() => CredentialPlan::Ready(Credentials::new(key, s.clone(), source)),
        (_, Some(cmd)) if !cmd.is_empty() && !cmd[0].is_empty() => CredentialPlan::Command {
            access_key: key,
            command: cmd.clone(),
            source,
        },
        _ => CredentialPlan::Missing(format!(
            "{source} has neither `secret` nor `secretCommand`. {NO_CREDENTIALS}"
        )),
    }
}

/// Runs `secretCommand` with the terminal's stdin and stderr (so that `pass`/`gpg` can prompt) and takes
/// its stdout, less the trailing newline, as the secret. The output is never echoed, even in errors.
fn run_secret_command(cmd: &[String]) -> Result<String, String> {
    let out = std::process::Command::new(&cmd[0])
        .args(&cmd[1..])
        .stdin(std::process::Stdio::inherit())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("secretCommand `{}` could not run: {e}", cmd[0]))?;
    if !out.status.success() {
        return Err(format!("secretCommand `{}` failed with {}", cmd[0], out.status));
    }
    let s =
        String::from_utf8(out.stdout).map_err(|_| format!("secretCommand `{}` printed non-UTF-8 output", cmd[0]))?;
    let s = s.trim_end_matches(['\n', '\r']).to_string();
    if s.is_empty() {
        return Err(format!("secretCommand `{}` printed nothing", cmd[0]));
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::exit::code_for;
    use clap::Parser;

    /// The global flags alone (the whole tree, with them after subcommands, is tested in `tree`).
    #[derive(Debug, Parser)]
    struct Flags {
        #[command(flatten)]
        global: GlobalArgs,
    }

    /// Global flags as parsed from a command line (`sosctl FLAGS`).
    fn flags(a: &[&str]) -> GlobalArgs {
        let argv = std::iter::once("sosctl").chain(a.iter().copied());
        Flags::try_parse_from(argv).expect("flags parse").global
    }

    fn env(pairs: &[(&str, &str)]) -> Env {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    /// A config dir with optional sosctl and exo files.
    fn config_dir(sosctl: Option<&str>, exo: Option<&str>) -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        for (sub, file, text) in [("sosctl", "config.toml", sosctl), ("exoscale", "exoscale.toml", exo)] {
            if let Some(text) = text {
                std::fs::create_dir_all(d.path().join(sub)).unwrap();
                std::fs::write(d.path().join(sub).join(file), text).unwrap();
            }
        }
        d
    }

    fn resolve(a: &[&str], e: &[(&str, &str)], dir: Option<&Path>) -> anyhow::Result<Settings> {
        Settings::resolve_with(&flags(a), &env(e), dir)
    }

    fn err_text(r: anyhow::Result<Settings>) -> (u8, String) {
        let e = r.expect_err("expected an error");
        (code_for(&e), crate::cli::exit::render(&e))
    }

    const TWO_ACCOUNTS: &str = r#"
defaultaccount = "work"
[[accounts]]
name = "home"
key = "EXOhome"
secret = "home-secret"
defaultZone = "at-vie-1"
[[accounts]]
name = "work"
account = "exo-ignores-this"
key = "EXOwork"
secret = "work-secret"
defaultZone = "ch-gva-2"
sosEndpoint = "http://127.0.0.1:9000/"
"#;

    #[test]
    fn defaults_without_flags_env_or_file() {
        let s = resolve(&[], &[], None).unwrap();
        assert_eq!(s.zone, "ch-dk-2");
        assert_eq!(s.endpoint, "https://sos-ch-dk-2.exo.io");
        assert_eq!(s.endpoint_template, DEFAULT_ENDPOINT);
        assert_eq!(s.output.format, Format::Table);
        assert_eq!(s.timeout, Duration::from_secs(30));
        assert_eq!(s.retries, 3);
        assert!(!s.output.trace && !s.output.quiet);
        assert_eq!(s.config_file, None);
        assert_eq!(s.account, None);
    }

    #[test]
    fn zone_precedence_flag_env_file_default() {
        let dir = config_dir(Some(TWO_ACCOUNTS), None);
        let d = Some(dir.path());
        let all = [("SOSCTL_ZONE", "de-fra-1"), ("EXOSCALE_ZONE", "de-muc-1")];
        // The account's sosEndpoint is custom; pin the Exoscale endpoint to check zone names against it.
        let ep = ["--endpoint", DEFAULT_ENDPOINT];
        let z = |a: &[&str], e: &[(&str, &str)], d: Option<&Path>| resolve(a, e, d).unwrap().zone;
        assert_eq!(z(&[&ep[..], &["-z", "bg-sof-1"]].concat(), &all, d), "bg-sof-1");
        assert_eq!(z(&ep, &all, d), "de-fra-1");
        assert_eq!(z(&ep, &all[1..], d), "de-muc-1");
        assert_eq!(z(&ep, &[], d), "ch-gva-2", "the account's defaultZone");
        assert_eq!(z(&ep, &[], None), "ch-dk-2");
        // An empty variable counts as unset.
        assert_eq!(
            z(&ep, &[("SOSCTL_ZONE", ""), ("EXOSCALE_ZONE", "hr-zag-1")], None),
            "hr-zag-1"
        );
    }

    #[test]
    fn endpoint_precedence_and_zone_substitution() {
        let dir = config_dir(Some(TWO_ACCOUNTS), None);
        let d = Some(dir.path());
        let all = [
            ("SOSCTL_ENDPOINT", "http://sosctl-env:1/{zone}"),
            ("EXOSCALE_SOS_ENDPOINT", "http://exo-env-{zone}:2"),
        ];
        let s = resolve(&["--endpoint", "http://flag-{zone}.test:3/", "-z", "lab-1"], &all, d).unwrap();
        assert_eq!(s.endpoint, "http://flag-lab-1.test:3");
        assert_eq!(s.endpoint_template, "http://flag-{zone}.test:3/");
        assert_eq!(s.endpoint_for("lab-2").unwrap(), "http://flag-lab-2.test:3");
        assert_eq!(
            resolve(&["-z", "z9"], &all, d).unwrap().endpoint,
            "http://sosctl-env:1/z9"
        );
        assert_eq!(
            resolve(&["-z", "z9"], &all[1..], d).unwrap().endpoint,
            "http://exo-env-z9:2"
        );
        let s = resolve(&[], &[], d).unwrap();
        assert_eq!(
            s.endpoint, "http://127.0.0.1:9000",
            "the account's sosEndpoint, trailing / dropped"
        );
        assert_eq!(s.zone, "ch-gva-2");
        let s = resolve(&["-z", "at-vie-2"], &[], None).unwrap();
        assert_eq!(s.endpoint, "https://sos-at-vie-2.exo.io");
    }

    #[test]
    fn invalid_endpoints_are_usage_errors_naming_the_source() {
        for (ep, why) in [
            ("ftp://host", "scheme must be http or https"),
            ("localhost:9000", "scheme must be http or https"),
            ("not a url", "invalid endpoint"),
            ("http://h/?x=1", "no query"),
        ] {
            let (code, msg) = err_text(resolve(&[], &[("SOSCTL_ENDPOINT", ep)], None));
            assert_eq!(code, 2, "{ep}");
            assert!(msg.contains(why) && msg.contains("SOSCTL_ENDPOINT"), "{ep}: {msg}");
        }
    }

    #[test]
    fn zones_are_checked() {
        let (code, msg) = err_text(resolve(&["-z", "ch dk 2"], &[], None));
        assert_eq!(code, 2);
        assert!(msg.contains("invalid zone `ch dk 2` (from --zone)"), "{msg}");
        // On Exoscale's endpoint only Exoscale's zones exist.
        let (code, msg) = err_text(resolve(&[], &[("EXOSCALE_ZONE", "us-east-1")], None));
        assert_eq!(code, 2);
        assert!(msg.contains("unknown zone `us-east-1` (from EXOSCALE_ZONE)"), "{msg}");
        assert!(msg.contains("at-vie-1") && msg.contains("--endpoint"), "{msg}");
        // Any name is a valid signing region with a custom endpoint.
        let s = resolve(&["-z", "us-east-1", "--endpoint", "http://127.0.0.1:9"], &[], None).unwrap();
        assert_eq!(s.zone, "us-east-1");
        for z in EXOSCALE_ZONES {
            assert_eq!(
                resolve(&["-z", z], &[], None).unwrap().endpoint,
                format!("https://sos-{z}.exo.io")
            );
        }
    }

    #[test]
    fn output_precedence_flag_env_default() {
        let e = [("SOSCTL_OUTPUT", "JSON")];
        assert_eq!(resolve(&["-O", "text"], &e, None).unwrap().output.format, Format::Text);
        assert_eq!(resolve(&[], &e, None).unwrap().output.format, Format::Json);
        assert_eq!(resolve(&[], &[], None).unwrap().output.format, Format::Table);
        let (code, msg) = err_text(resolve(&[], &[("SOSCTL_OUTPUT", "yaml")], None));
        assert_eq!(code, 2);
        assert!(msg.contains("SOSCTL_OUTPUT `yaml`"), "{msg}");
    }

    #[test]
    fn trace_from_flag_or_env() {
        assert!(resolve(&["--trace"], &[], None).unwrap().output.trace);
        assert!(resolve(&[], &[("SOSCTL_TRACE", "1")], None).unwrap().output.trace);
        assert!(resolve(&[], &[("SOSCTL_TRACE", "true")], None).unwrap().output.trace);
        assert!(!resolve(&[], &[("SOSCTL_TRACE", "0")], None).unwrap().output.trace);
        assert!(!resolve(&[], &[("SOSCTL_TRACE", "off")], None).unwrap().output.trace);
        assert!(resolve(&[], &[("EXOSCALE_TRACE", "1")], None).unwrap().output.trace);
        assert!(
            !resolve(&[], &[("SOSCTL_TRACE", "0"), ("EXOSCALE_TRACE", "1")], None)
                .unwrap()
                .output
                .trace
        );
    }

    #[test]
    fn exoscale_config_is_read_like_sosctl_config() {
        let (code, msg) = err_text(resolve(&[], &[("EXOSCALE_CONFIG", "/nonexistent/exo.toml")], None));
        assert_eq!(code, 2);
        assert!(msg.contains("exo.toml (from EXOSCALE_CONFIG) does not exist"), "{msg}");
        let (_, msg) = err_text(resolve(
            &[],
            &[
                ("SOSCTL_CONFIG", "/nonexistent/mine.toml"),
                ("EXOSCALE_CONFIG", "/nonexistent/exo.toml"),
            ],
            None,
        ));
        assert!(msg.contains("mine.toml (from SOSCTL_CONFIG)"), "{msg}");
        let dir = config_dir(Some(TWO_ACCOUNTS), None);
        let file = dir.path().join("sosctl").join("config.toml");
        let s = resolve(&[], &[("EXOSCALE_CONFIG", &file.to_string_lossy())], None).unwrap();
        assert_eq!(s.account.unwrap(), "work");
    }

    #[test]
    fn output_settings_need_neither_zone_nor_config_file() {
        // What would stop the second stage does not touch the first.
        let e = env(&[
            ("SOSCTL_ZONE", "no such zone"),
            ("SOSCTL_CONFIG", "/nonexistent/config.toml"),
            ("SOSCTL_OUTPUT", "json"),
            ("SOSCTL_TRACE", "1"),
        ]);
        let out = OutputSettings::resolve_with(&flags(&["-Q"]), &e).unwrap();
        assert_eq!(
            out,
            OutputSettings {
                format: Format::Json,
                quiet: true,
                trace: true
            }
        );
        assert!(Settings::resolve_with(&flags(&["-Q"]), &e, None).is_err());
        // The first stage still checks what it reads.
        let (code, msg) = match OutputSettings::resolve_with(&flags(&[]), &env(&[("SOSCTL_OUTPUT", "yaml")])) {
            Err(e) => (code_for(&e), e.to_string()),
            Ok(o) => panic!("accepted: {o:?}"),
        };
        assert_eq!(code, 2);
        assert!(msg.contains("SOSCTL_OUTPUT `yaml`"), "{msg}");
    }

    #[test]
    fn timeout_and_retries_flags() {
        let s = resolve(&["--timeout", "2m", "--retries", "0"], &[], None).unwrap();
        assert_eq!(s.timeout, Duration::from_secs(120));
        assert_eq!(s.retries, 0);
        for bad in ["nonsense", "0", "0s", "-1s", "1e999999999999999999999d"] {
            let argv = ["sosctl", "--timeout", bad];
            let e = Flags::try_parse_from(argv).expect_err(bad);
            assert_eq!(e.exit_code(), 2, "{bad}");
        }
    }

    #[test]
    fn credentials_first_pair_found_wins() {
        let dir = config_dir(Some(TWO_ACCOUNTS), None);
        let d = Some(dir.path());
        let mut e = vec![
            ("SOSCTL_ACCESS_KEY", "k1"),
            ("SOSCTL_SECRET_KEY", "s1"),
            ("EXOSCALE_API_KEY", "k2"),
            ("EXOSCALE_API_SECRET", "s2"),
            ("AWS_ACCESS_KEY_ID", "k3"),
            ("AWS_SECRET_ACCESS_KEY", "s3"),
            ("AWS_SESSION_TOKEN", "t3"),
        ];
        let c = |e: &[(&str, &str)]| resolve(&[], e, d).unwrap().credentials().unwrap().clone();
        let got = c(&e);
        assert_eq!((got.access_key.as_str(), got.secret_key.expose()), ("k1", "s1"));
        assert_eq!(got.source, "SOSCTL_ACCESS_KEY");
        assert_eq!(
            got.session_token, None,
            "the session token belongs to the AWS pair only"
        );
        e.drain(..2);
        let got = c(&e);
        assert_eq!((got.access_key.as_str(), got.secret_key.expose()), ("k2", "s2"));
        e.drain(..2);
        let got = c(&e);
        assert_eq!((got.access_key.as_str(), got.secret_key.expose()), ("k3", "s3"));
        assert_eq!(got.session_token.as_ref().map(Secret::expose), Some("t3"));
        e.clear();
        let got = c(&e);
        assert_eq!(
            (got.access_key.as_str(), got.secret_key.expose()),
            ("EXOwork", "work-secret")
        );
        assert!(got.source.contains("account `work`"), "{}", got.source);
    }

    #[test]
    fn half_a_pair_is_an_error_naming_the_missing_variable() {
        let dir = config_dir(Some(TWO_ACCOUNTS), None);
        for (set, missing) in [
            ("SOSCTL_ACCESS_KEY", "SOSCTL_SECRET_KEY"),
            ("SOSCTL_SECRET_KEY", "SOSCTL_ACCESS_KEY"),
            ("EXOSCALE_API_KEY", "EXOSCALE_API_SECRET"),
            ("AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID"),
        ] {
            // A later complete pair and a config account do not paper over the mistake.
            let e = [(set, "x"), ("AWS_ACCESS_KEY_ID", "k"), ("AWS_SECRET_ACCESS_KEY", "s")];
            let e = if set.starts_with("AWS_") { &e[..1] } else { &e[..] };
            let s = resolve(&[], e, Some(dir.path())).unwrap();
            let err = s.credentials().unwrap_err();
            assert_eq!(code_for(&err), 2);
            assert_eq!(
                err.to_string(),
                format!("{set} is set but {missing} is not; set both (or neither)")
            );
        }
    }

    #[test]
    fn no_credentials_names_the_three_ways() {
        let s = resolve(&[], &[], None).unwrap();
        let err = s.credentials().unwrap_err();
        assert_eq!(code_for(&err), 2);
        let msg = err.to_string();
        for needle in [
            "SOSCTL_ACCESS_KEY",
            "SOSCTL_SECRET_KEY",
            "EXOSCALE_API_KEY",
            "AWS_ACCESS_KEY_ID",
            "secretCommand",
            "config.toml",
            "--config",
        ] {
            assert!(msg.contains(needle), "missing {needle}: {msg}");
        }
        assert!(!msg.contains('\n'), "one paragraph");
    }

    #[test]
    fn account_without_a_secret_is_an_error() {
        let dir = config_dir(Some("[[accounts]]\nname = \"a\"\nkey = \"EXOa\"\n"), None);
        let err = resolve(&[], &[], Some(dir.path())).unwrap().credentials().unwrap_err();
        assert_eq!(code_for(&err), 2);
        let msg = err.to_string();
        assert!(
            msg.contains("account `a`") && msg.contains("neither `secret` nor `secretCommand`"),
            "{msg}"
        );
        let dir = config_dir(Some("[[accounts]]\nname = \"a\"\nsecret = \"s\"\n"), None);
        let err = resolve(&[], &[], Some(dir.path())).unwrap().credentials().unwrap_err();
        assert!(err.to_string().contains("has no `key`"), "{err}");
    }

    #[test]
    fn secret_command_runs_once_and_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let marker = dir.path().join("runs");
        let cfg = format!(
            "[[accounts]]\nname = \"p\"\nkey = \"EXOp\"\nsecretCommand = [\"sh\", \"-c\", \"echo run >> '{}'; printf 'from-command\\n'\"]\n",
            marker.display()
        );
        std::fs::create_dir_all(dir.path().join("sosctl")).unwrap();
        std::fs::write(dir.path().join("sosctl/config.toml"), cfg).unwrap();
        let s = resolve(&[], &[], Some(dir.path())).unwrap();
        assert!(
            !marker.exists(),
            "secretCommand must not run before credentials are needed"
        );
        let c = s.credentials().unwrap();
        assert_eq!(c.access_key, "EXOp");
        assert_eq!(c.secret_key.expose(), "from-command", "trailing newline dropped");
        s.credentials().unwrap();
        assert_eq!(std::fs::read_to_string(&marker).unwrap(), "run\n", "ran exactly once");
    }

    #[test]
    fn failing_secret_command_is_reported_without_its_output() {
        let dir = config_dir(
            Some(
                "[[accounts]]\nname = \"p\"\nkey = \"K\"\nsecretCommand = [\"sh\", \"-c\", \"echo leaked; exit 3\"]\n",
            ),
            None,
        );
        let err = resolve(&[], &[], Some(dir.path())).unwrap().credentials().unwrap_err();
        let msg = format!("{err:#}");
        assert_eq!(code_for(&err), 1);
        assert!(msg.contains("secretCommand `sh` failed"), "{msg}");
        assert!(!msg.contains("leaked"), "{msg}");

        let dir = config_dir(
            Some("[[accounts]]\nname = \"p\"\nkey = \"K\"\nsecretCommand = [\"/nonexistent/pass\"]\n"),
            None,
        );
        let err = resolve(&[], &[], Some(dir.path())).unwrap().credentials().unwrap_err();
        assert!(err.to_string().contains("`/nonexistent/pass` could not run"), "{err}");

        let dir = config_dir(
            Some("[[accounts]]\nname = \"p\"\nkey = \"K\"\nsecretCommand = [\"true\"]\n"),
            None,
        );
        let err = resolve(&[], &[], Some(dir.path())).unwrap().credentials().unwrap_err();
        assert!(err.to_string().contains("printed nothing"), "{err}");
    }

    #[test]
    fn sosctl_config_is_preferred_over_exo_config() {
        let ours = "[[accounts]]\nname = \"ours\"\nkey = \"K1\"\nsecret = \"S1\"\ndefaultZone = \"de-fra-1\"\n";
        let exo = "defaultaccount = \"exo\"\n[[accounts]]\nname = \"exo\"\nkey = \"K2\"\nsecret = \"S2\"\ndefaultZone = \"at-vie-1\"\n";
        let both = config_dir(Some(ours), Some(exo));
        let s = resolve(&[], &[], Some(both.path())).unwrap();
        assert_eq!(
            s.config_file.as_deref(),
            Some(both.path().join("sosctl/config.toml").as_path())
        );
        assert_eq!((s.account.as_deref(), s.zone.as_str()), (Some("ours"), "de-fra-1"));
        let exo_only = config_dir(None, Some(exo));
        let s = resolve(&[], &[], Some(exo_only.path())).unwrap();
        assert_eq!(
            s.config_file.as_deref(),
            Some(exo_only.path().join("exoscale/exoscale.toml").as_path())
        );
        assert_eq!((s.account.as_deref(), s.zone.as_str()), (Some("exo"), "at-vie-1"));
        assert_eq!(s.credentials().unwrap().access_key, "K2");
    }

    #[test]
    fn explicit_config_file_from_flag_or_env() {
        let d = config_dir(Some(TWO_ACCOUNTS), None);
        let other = tempfile::tempdir().unwrap();
        let f = other.path().join("x.toml");
        std::fs::write(&f, "[[accounts]]\nname = \"x\"\nkey = \"KX\"\nsecret = \"SX\"\n").unwrap();
        let fs = f.to_str().unwrap();
        let s = resolve(&["-C", fs], &[], Some(d.path())).unwrap();
        assert_eq!(s.account.as_deref(), Some("x"));
        let s = resolve(&[], &[("SOSCTL_CONFIG", fs)], Some(d.path())).unwrap();
        assert_eq!(s.account.as_deref(), Some("x"));
        assert_eq!(s.config_file.as_deref(), Some(f.as_path()));
        let missing = other.path().join("missing.toml");
        let (code, msg) = err_text(resolve(&["--config", missing.to_str().unwrap()], &[], None));
        assert_eq!(code, 2);
        assert!(msg.contains("missing.toml (from --config) does not exist"), "{msg}");
    }

    #[test]
    fn account_selection_flag_env_default_first() {
        let dir = config_dir(Some(TWO_ACCOUNTS), None);
        let d = Some(dir.path());
        let acct = |a: &[&str], e: &[(&str, &str)]| resolve(a, e, d).unwrap().account.unwrap();
        assert_eq!(acct(&["-A", "home"], &[("SOSCTL_ACCOUNT", "work")]), "home");
        assert_eq!(acct(&["--use-account", "home"], &[]), "home");
        assert_eq!(acct(&[], &[("SOSCTL_ACCOUNT", "home")]), "home");
        // exo's variable, read like its twin; sosctl's wins when both are set.
        assert_eq!(acct(&[], &[("EXOSCALE_ACCOUNT", "home")]), "home");
        assert_eq!(
            acct(&[], &[("SOSCTL_ACCOUNT", "work"), ("EXOSCALE_ACCOUNT", "home")]),
            "work"
        );
        assert_eq!(acct(&[], &[]), "work", "defaultaccount");
        let s = resolve(&["-A", "home"], &[], d).unwrap();
        assert_eq!(s.zone, "at-vie-1");
        assert_eq!(s.endpoint, "https://sos-at-vie-1.exo.io");
        assert_eq!(s.credentials().unwrap().secret_key.expose(), "home-secret");

        let no_default = TWO_ACCOUNTS.replace("defaultaccount = \"work\"", "");
        let dir2 = config_dir(Some(&no_default), None);
        assert_eq!(
            resolve(&[], &[], Some(dir2.path())).unwrap().account.as_deref(),
            Some("home"),
            "first"
        );
    }

    #[test]
    fn unknown_account_is_a_usage_error_listing_the_accounts() {
        let dir = config_dir(Some(TWO_ACCOUNTS), None);
        let (code, msg) = err_text(resolve(&["-A", "play"], &[], Some(dir.path())));
        assert_eq!(code, 2);
        assert!(
            msg.contains("account `play` (from --use-account) not found in"),
            "{msg}"
        );
        assert!(msg.contains("config.toml (accounts: home, work)"), "{msg}");
        let (code, msg) = err_text(resolve(&[], &[("SOSCTL_ACCOUNT", "play")], None));
        assert_eq!(code, 2);
        assert!(
            msg.contains("SOSCTL_ACCOUNT") && msg.contains("no config file"),
            "{msg}"
        );
        let dangling = TWO_ACCOUNTS.replace("defaultaccount = \"work\"", "defaultaccount = \"gone\"");
        let dir = config_dir(Some(&dangling), None);
        let (code, msg) = err_text(resolve(&[], &[], Some(dir.path())));
        assert_eq!(code, 2);
        assert!(msg.contains("defaultaccount `gone` not found"), "{msg}");
    }

    #[test]
    fn bad_config_file_is_a_usage_error_with_position_and_no_secret() {
        let dir = config_dir(
            Some("[[accounts]]\nname = \"a\"\nkey = \"K\"\nsecret = \"topsecret-value\n"),
            None,
        );
        let (code, msg) = err_text(resolve(&[], &[], Some(dir.path())));
        assert_eq!(code, 2);
        assert!(msg.contains("config.toml does not parse at line 4"), "{msg}");
        assert!(!msg.contains("topsecret"), "{msg}");
        let dir = config_dir(
            Some("[[accounts]]\nname = \"a\"\nsecretCommand = \"pass show\"\n"),
            None,
        );
        let (code, msg) = err_text(resolve(&[], &[], Some(dir.path())));
        assert_eq!(code, 2);
        assert!(msg.contains("line 3"), "{msg}");
    }

    #[test]
    fn an_unquoted_secret_is_never_echoed() {
        for (value, what) in [
            ("12345678", "integer"),
            ("true", "boolean"),
            ("8765.4321", "floating point"),
            ("[\"s3cr3t-in-a-list\"]", "sequence"),
        ] {
            let dir = config_dir(
                Some(&format!("[[accounts]]\nname = \"a\"\nkey = \"K\"\nsecret = {value}\n")),
                None,
            );
            let (code, msg) = err_text(resolve(&[], &[], Some(dir.path())));
            assert_eq!(code, 2, "{msg}");
            assert!(msg.contains("config.toml does not parse at line 4"), "{msg}");
            assert!(
                msg.contains(&format!("`secret`: invalid type: {what}, expected a string")),
                "{msg}"
            );
            for secret in ["12345678", "true", "8765", "4321", "s3cr3t"] {
                assert!(!msg.contains(secret), "{secret} in {msg}");
            }
        }
        // The same in a secretCommand, and a value that does not parse at all.
        let dir = config_dir(
            Some("[[accounts]]\nname = \"a\"\nsecretCommand = [\"pass\", 424242]\n"),
            None,
        );
        let (_, msg) = err_text(resolve(&[], &[], Some(dir.path())));
        assert!(msg.contains("line 3") && !msg.contains("424242"), "{msg}");
        let dir = config_dir(Some("[[accounts]]\nname = \"a\"\nsecret = 12345678abc\n"), None);
        let (_, msg) = err_text(resolve(&[], &[], Some(dir.path())));
        assert!(msg.contains("line 3") && !msg.contains("12345678"), "{msg}");
    }

    #[test]
    fn debug_never_shows_a_secret() {
        let s = resolve(
            &[],
            &[
                ("AWS_ACCESS_KEY_ID", "AKIDvisible"),
                ("AWS_SECRET_ACCESS_KEY", "wJalr-the-secret"),
                ("AWS_SESSION_TOKEN", "token-secret"),
            ],
            None,
        )
        .unwrap();
        s.credentials().unwrap();
        let dbg = format!("{s:?} {s:#?}");
        assert!(dbg.contains("AKIDvisible"), "the access key is not secret: {dbg}");
        assert!(!dbg.contains("wJalr") && !dbg.contains("token-secret"), "{dbg}");
        assert!(dbg.contains("<redacted>"));
        let c = s.credentials().unwrap();
        assert_eq!(format!("{}", c.secret_key), "<redacted>");

        let dir = config_dir(Some(TWO_ACCOUNTS), None);
        let s = resolve(&[], &[], Some(dir.path())).unwrap();
        let dbg = format!("{s:?}");
        assert!(!dbg.contains("work-secret") && !dbg.contains("home-secret"), "{dbg}");
    }

    #[test]
    fn for_endpoint_builds_settings_for_a_local_server() {
        let s = Settings::for_endpoint("http://127.0.0.1:9000", "ch-dk-2", Credentials::new("k", "s", "test")).unwrap();
        assert_eq!(s.endpoint, "http://127.0.0.1:9000");
        assert_eq!(s.credentials().unwrap().access_key, "k");
    }
}
