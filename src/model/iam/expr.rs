//! The CEL side of a policy: a rule's expression compiled once (syntax errors at their position inside
//! the expression), the checks a CEL parser does not make (a variable that is not a binding, an SOS
//! operation name that does not exist, an IP range that does not parse: each would make the rule
//! conclude nothing, silently), and the evaluation context — the bindings of a [`Request`] and Exoscale's
//! functions `inIpRange` (on strings) and `has` (on maps).
//!
//! An expression nesting deeper than [`MAX_DEPTH`] is refused, so that evaluating a request needs a
//! bounded stack; compiling runs on a thread of its own, so that no expression can overflow the caller's.
//!
//! Positions here are byte offsets into the expression as CEL sees it (the decoded JSON string); the
//! policy reader maps them into the policy file.

use super::operations::SosOperation;
use super::request::{Request, SOS};
use crate::model::{Severity, closest};
use cel::common::ast::{Expr, IdedExpr, LiteralValue};
use cel::extractors::This;
use cel::objects::Key;
use cel::{Context, Env, ExecutionError, Program, Value};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, OnceLock};

/// The names an expression can read.
pub const BINDINGS: [&str; 8] = [
    "service",
    "operation",
    "parameters",
    "zone",
    "now",
    "source_ip",
    "api_key",
    "identity",
];

/// Identifiers CEL itself resolves (type names, for `type(x) == string`).
const CEL_TYPE_NAMES: [&str; 10] = [
    "bool",
    "bytes",
    "double",
    "int",
    "list",
    "map",
    "null_type",
    "string",
    "type",
    "uint",
];

/// A problem found in an expression, at a byte offset of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    pub severity: Severity,
    pub offset: usize,
    pub message: String,
}

/// A compiled rule expression. Cloning shares the program.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    program: Arc<Program>,
}

/// What one expression gave for one request.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    True,
    False,
    /// It failed to evaluate (a missing map key, a type error, an unknown variable): the message.
    Error(String),
    /// It gave a value that is not a boolean: its type.
    NotBool(String),
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::True => f.write_str("true"),
            Outcome::False => f.write_str("false"),
            Outcome::Error(e) => write!(f, "error: {e}"),
            Outcome::NotBool(t) => write!(f, "not a boolean: {t}"),
        }
    }
}

/// The standard CEL environment, built once: every rule is compiled and run against it.
fn env() -> Arc<Env> {
    static ENV: OnceLock<Arc<Env>> = OnceLock::new();
    ENV.get_or_init(|| Arc::new(Env::stdlib())).clone()
}

impl Compiled {
    /// Compiles `source`, the expression of a rule of `service`: the program and its warnings, or every
    /// syntax error.
    pub fn new(source: &str, service: &str) -> Result<(Compiled, Vec<Problem>), Vec<Problem>> {
        if source.trim().is_empty() {
            return Err(vec![error(0, "the expression is empty".into())]);
        }
        // CEL's parser recurses deeply for each nesting level (far more in a debug build), up to its own
        // limit: on a stack of its own it cannot overflow the caller's, whatever the expression. A panic
        // in it becomes an error about this expression alone.
        std::thread::scope(|scope| {
            std::thread::Builder::new()
                .name("cel-compile".into())
                .stack_size(COMPILE_STACK_BYTES)
                .spawn_scoped(scope, || compile(source, service))
                .map_err(|e| vec![error(0, format!("cannot compile the expression: {e}"))])?
                .join()
                .unwrap_or_else(|_| Err(vec![error(0, "the CEL compiler failed on this expression".into())]))
        })
    }

    /// Runs the expression in a context made by [`context`].
    pub fn run(&self, ctx: &Context) -> Outcome {
        match self.program.execute(ctx) {
            Ok(Value::Bool(true)) => Outcome::True,
            Ok(Value::Bool(false)) => Outcome::False,
            Ok(other) => Outcome::NotBool(other.type_of().to_string()),
            Err(e) => Outcome::Error(e.to_string()),
        }
    }
}

/// The stack of the thread that compiles an expression: enough for the parser at its recursion limit
/// in a debug build, with room to spare (it is address space; only what is used is memory).
const COMPILE_STACK_BYTES: usize = 64 << 20;

/// The deepest syntax tree evaluated. Evaluation recurses once per level, so this bounds the stack a
/// request needs (`a + b + c` nests one level per operand; `||` and `&&` chains are balanced by the
/// parser, so a thousand of them nest ten levels).
pub const MAX_DEPTH: usize = 32;

fn error(offset: usize, message: String) -> Problem {
    Problem {
        severity: Severity::Error,
        offset,
        message,
    }
}

fn compile(source: &str, service: &str) -> Result<(Compiled, Vec<Problem>), Vec<Problem>> {
    let program = env().compile(source).map_err(|errors| {
        // Past its recursion limit the parser reports the limit, then what it could not build: the first
        // is the one to show.
        if let Some(e) = errors.errors.iter().find(|e| e.msg.contains("Recursion limit")) {
            return vec![error(
                offset_of(source, e.pos),
                "the expression nests too deeply for the CEL parser".into(),
            )];
        }
        errors
            .errors
            .iter()
            .map(|e| error(offset_of(source, e.pos), format!("invalid CEL expression: {}", e.msg)))
            .collect::<Vec<_>>()
    })?;
    let mut lint = Lint {
        program: &program,
        sos: service == SOS,
        bound: Vec::new(),
        depth: 0,
        problems: Vec::new(),
    };
    lint.walk(program.expression());
    let mut problems = lint.problems;
    if problems.iter().any(|p| p.severity == Severity::Error) {
        problems.retain(|p| p.severity == Severity::Error);
        return Err(problems);
    }
    problems.sort_by_key(|p| p.offset);
    Ok((
        Compiled {
            program: Arc::new(program),
        },
        problems,
    ))
}

/// The byte offset of a CEL parser position: 1-based line, and 1-based column counted in characters
/// (one past the end of a line for an error at its end).
fn offset_of(source: &str, (line, col): (isize, isize)) -> usize {
    let line = usize::try_from(line).unwrap_or(1).max(1);
    let col = usize::try_from(col).unwrap_or(1).max(1);
    let mut start = 0;
    for _ in 1..line {
        match source[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return source.len(),
        }
    }
    let rest = &source[start..];
    let line_end = rest.find('\n').unwrap_or(rest.len());
    start
        + rest[..line_end]
            .char_indices()
            .nth(col - 1)
            .map_or(line_end, |(i, _)| i)
}

/// Walks the syntax tree for what compiles but can never be right.
struct Lint<'a> {
    program: &'a Program,
    /// Whether the expression is a rule of SOS, whose operation names are known.
    sos: bool,
    /// The variables comprehensions (`exists`, `all`, `map`, ...) bind around the node being walked.
    bound: Vec<&'a str>,
    /// Of the node being walked; past [`MAX_DEPTH`] the walk reports it once and goes no deeper.
    depth: usize,
    problems: Vec<Problem>,
}

impl<'a> Lint<'a> {
    fn offset(&self, e: &IdedExpr) -> usize {
        self.program
            .source_info()
            .offset_for(e.id)
            .map_or(0, |(start, _)| start as usize)
    }

    fn warn(&mut self, e: &IdedExpr, message: String) {
        let offset = self.offset(e);
        self.problems.push(Problem {
            severity: Severity::Warning,
            offset,
            message,
        });
    }

    fn walk(&mut self, e: &'a IdedExpr) {
        if self.depth == MAX_DEPTH {
            if !self.problems.iter().any(|p| p.severity == Severity::Error) {
                let offset = self.offset(e);
                self.problems.push(error(
                    offset,
                    format!("the expression nests too deeply (at most {MAX_DEPTH} levels of operators and calls)"),
                ));
            }
            return;
        }
        self.depth += 1;
        self.node(e);
        self.depth -= 1;
    }

    fn node(&mut self, e: &'a IdedExpr) {
        match &e.expr {
            Expr::Ident(name) => self.ident(e, name),
            Expr::Call(call) => {
                let is_operation = |x: &IdedExpr| matches!(&x.expr, Expr::Ident(n) if n == "operation");
                match (call.func_name.as_str(), call.target.as_deref(), call.args.as_slice()) {
                    ("_==_" | "_!=_", None, [a, b]) if is_operation(a) => self.operation_name(b),
                    ("_==_" | "_!=_", None, [a, b]) if is_operation(b) => self.operation_name(a),
                    ("@in", None, [a, list]) if is_operation(a) => {
                        if let Expr::List(l) = &list.expr {
                            l.elements.iter().for_each(|x| self.operation_name(x));
                        }
                    }
                    ("startsWith", Some(t), [prefix]) if is_operation(t) => self.operation_prefix(prefix),
                    ("inIpRange", _, [range]) => self.ip_range(range),
                    _ => {}
                }
                if let Some(t) = &call.target {
                    self.walk(t);
                }
                call.args.iter().for_each(|a| self.walk(a));
            }
            Expr::Select(s) => self.walk(&s.operand),
            Expr::List(l) => l.elements.iter().for_each(|x| self.walk(x)),
            Expr::Map(m) => {
                for entry in &m.entries {
                    if let cel::common::ast::EntryExpr::MapEntry(kv) = &entry.expr {
                        self.walk(&kv.key);
                        self.walk(&kv.value);
                    }
                }
            }
            Expr::Comprehension(c) => {
                self.walk(&c.iter_range);
                self.walk(&c.accu_init);
                let before = self.bound.len();
                self.bound.push(&c.iter_var);
                if let Some(v) = &c.iter_var2 {
                    self.bound.push(v);
                }
                self.bound.push(&c.accu_var);
                self.walk(&c.loop_cond);
                self.walk(&c.loop_step);
                self.walk(&c.result);
                self.bound.truncate(before);
            }
            Expr::Struct(_) | Expr::Literal(_) | Expr::Unspecified => {}
        }
    }

    fn ident(&mut self, e: &IdedExpr, name: &str) {
        if BINDINGS.contains(&name) || CEL_TYPE_NAMES.contains(&name) || self.bound.contains(&name) {
            return;
        }
        let hint = closest(name, BINDINGS.into_iter())
            .map(|c| format!(" (did you mean \"{c}\"?)"))
            .unwrap_or_default();
        self.warn(
            e,
            format!("unknown variable \"{name}\"{hint}: the expression fails to evaluate, so the rule never decides"),
        );
    }

    fn operation_name(&mut self, e: &IdedExpr) {
        if !self.sos {
            return;
        }
        if let Some(name) = string_literal(e)
            && SosOperation::from_name(name).is_none()
        {
            let hint = SosOperation::closest(name)
                .map(|c| format!(" (did you mean \"{c}\"?)"))
                .unwrap_or_default();
            self.warn(e, format!("\"{name}\" is not an SOS operation{hint}"));
        }
    }

    fn operation_prefix(&mut self, e: &IdedExpr) {
        if !self.sos {
            return;
        }
        if let Some(prefix) = string_literal(e)
            && !SosOperation::ALL.iter().any(|op| op.as_str().starts_with(prefix))
        {
            let hint = SosOperation::closest(prefix)
                .map(|c| format!(" (did you mean \"{c}\"?)"))
                .unwrap_or_default();
            self.warn(e, format!("no SOS operation starts with \"{prefix}\"{hint}"));
        }
    }

    fn ip_range(&mut self, e: &IdedExpr) {
        if let Some(range) = string_literal(e)
            && let Err(why) = IpRange::parse(range)
        {
            self.warn(
                e,
                format!("invalid IP range \"{range}\": {why}; inIpRange fails, so the rule never decides"),
            );
        }
    }
}

fn string_literal(e: &IdedExpr) -> Option<&str> {
    match &e.expr {
        Expr::Literal(LiteralValue::String(s)) => Some(s.inner()),
        _ => None,
    }
}

/// An IPv4 or IPv6 network in CIDR notation (a bare address is a network of one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct IpRange {
    network: IpAddr,
    prefix: u8,
}

impl IpRange {
    fn parse(s: &str) -> Result<IpRange, String> {
        let (addr, prefix) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (s, None),
        };
        let network: IpAddr = addr
            .parse()
            .map_err(|_| format!("\"{addr}\" is not an IPv4 or IPv6 address"))?;
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => max,
            Some(p) => match p.parse::<u8>() {
                Ok(n) if n <= max => n,
                _ => return Err(format!("the prefix length must be 0 to {max}, found \"{p}\"")),
            },
        };
        Ok(IpRange { network, prefix })
    }

    /// Whether `ip` is in the range; an IPv4-mapped IPv6 address counts as its IPv4 address.
    fn contains(&self, ip: IpAddr) -> bool {
        let bits = |a: IpAddr| match a.to_canonical() {
            IpAddr::V4(v4) => (u128::from(u32::from(v4)) << 96, true),
            IpAddr::V6(v6) => (u128::from(v6), false),
        };
        let (net, net_v4) = bits(self.network);
        let (addr, addr_v4) = bits(ip);
        if net_v4 != addr_v4 {
            return false;
        }
        let mask = if self.prefix == 0 {
            0
        } else {
            u128::MAX << (128 - u32::from(self.prefix))
        };
        net & mask == addr & mask
    }
}

/// `source_ip.inIpRange('10.0.0.0/8')`.
fn in_ip_range(This(ip): This<Arc<String>>, range: Arc<String>) -> Result<bool, ExecutionError> {
    let fail = |why: String| ExecutionError::function_error("inIpRange", why);
    let addr: IpAddr = ip
        .parse()
        .map_err(|_| fail(format!("\"{ip}\" is not an IPv4 or IPv6 address")))?;
    let range = IpRange::parse(&range).map_err(fail)?;
    Ok(range.contains(addr))
}

/// `parameters.has('bucket')`: whether the map has the key (standard CEL spells it `has(parameters.bucket)`).
fn has_key(This(target): This<Value>, key: Arc<String>) -> Result<bool, ExecutionError> {
    match target {
        Value::Map(m) => Ok(m.map.contains_key(&Key::String(key))),
        other => Err(ExecutionError::function_error(
            "has",
            format!("has() applies to a map, not to a {}", other.type_of()),
        )),
    }
}

/// The evaluation context of one request: its bindings and Exoscale's functions.
pub(crate) fn context(req: &Request) -> Context<'static, 'static> {
    let mut ctx = Context::with_env(env());
    let mut parameters: HashMap<String, Value> = HashMap::new();
    if let Some(b) = &req.bucket {
        parameters.insert("bucket".into(), b.as_str().into());
    }
    if let Some(k) = &req.key {
        parameters.insert("key".into(), k.as_str().into());
    }
    let identity: HashMap<String, Value> = req
        .identity
        .iter()
        .map(|(k, v)| (k.clone(), v.clone().into()))
        .collect();
    ctx.add_variable_from_value("service", req.service.as_str());
    ctx.add_variable_from_value("operation", req.operation.as_str());
    ctx.add_variable_from_value("parameters", parameters);
    ctx.add_variable_from_value("zone", req.zone.as_str());
    ctx.add_variable_from_value("now", req.now_rfc3339());
    ctx.add_variable_from_value("source_ip", req.source_ip.to_string());
    ctx.add_variable_from_value("api_key", req.api_key.clone());
    ctx.add_variable_from_value("identity", identity);
    // Neither name is a standard overload, so adding them cannot fail; should a later cel release
    // declare one, its standard meaning is the one expressions get.
    let _ = ctx.add_function("inIpRange", in_ip_range);
    let _ = ctx.add_function("has", has_key);
    ctx
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eval(expr: &str, req: &Request) -> Outcome {
        let (c, _) = Compiled::new(expr, SOS).unwrap();
        c.run(&context(req))
    }

    fn request() -> Request {
        let mut r = Request::sos("get-object", Some("my-source".into()), "ch-gva-2");
        r.key = Some("logs/a.txt".into());
        r.source_ip = "10.1.2.3".parse().unwrap();
        r.now = time::macros::datetime!(2025-02-20 15:50:12 UTC);
        r
    }

    #[test]
    fn every_binding_is_readable() {
        let r = request().with_api_key("EXOkey");
        for expr in [
            "service == 'sos'",
            "operation == 'get-object'",
            "parameters.bucket == 'my-source' && parameters.key.startsWith('logs/')",
            "zone == 'ch-gva-2'",
            "timestamp(now) == timestamp('2025-02-20T15:50:12Z')",
            "timestamp(now) < timestamp('2026-01-01T00:00:00Z')",
            "source_ip == '10.1.2.3'",
            "api_key == 'EXOkey'",
            "identity.key != null",
            "operation.matches('^get-')",
        ] {
            assert_eq!(eval(expr, &r), Outcome::True, "{expr}");
        }
        assert_eq!(eval("identity.key != null", &request()), Outcome::False);
        assert_eq!(eval("api_key == null", &request()), Outcome::True);
    }

    #[test]
    fn in_ip_range_takes_ipv4_ipv6_and_bare_addresses() {
        let mut r = request();
        for (expr, want) in [
            ("source_ip.inIpRange('10.0.0.0/8')", Outcome::True),
            ("source_ip.inIpRange('10.1.2.3')", Outcome::True),
            ("source_ip.inIpRange('10.1.2.0/31')", Outcome::False),
            ("source_ip.inIpRange('0.0.0.0/0')", Outcome::True),
            ("source_ip.inIpRange('192.168.0.0/16')", Outcome::False),
            ("source_ip.inIpRange('::/0')", Outcome::False),
        ] {
            assert_eq!(eval(expr, &r), want, "{expr}");
        }
        r.source_ip = "2001:db8::17".parse().unwrap();
        assert_eq!(eval("source_ip.inIpRange('2001:db8::/32')", &r), Outcome::True);
        assert_eq!(eval("source_ip.inIpRange('2001:db9::/32')", &r), Outcome::False);
        assert_eq!(eval("source_ip.inIpRange('10.0.0.0/8')", &r), Outcome::False);
        r.source_ip = "::ffff:10.9.9.9".parse().unwrap();
        assert_eq!(eval("source_ip.inIpRange('10.0.0.0/8')", &r), Outcome::True);
        assert!(matches!(
            eval("source_ip.inIpRange('10.0.0.0/33')", &r),
            Outcome::Error(e) if e.contains("prefix length")
        ));
    }

    #[test]
    fn member_has_and_the_has_macro_agree() {
        let r = request();
        assert_eq!(eval("parameters.has('bucket')", &r), Outcome::True);
        assert_eq!(eval("has(parameters.bucket)", &r), Outcome::True);
        let mut no_key = r.clone();
        no_key.key = None;
        assert_eq!(eval("parameters.has('key')", &no_key), Outcome::False);
        assert_eq!(eval("has(parameters.key)", &no_key), Outcome::False);
        assert!(matches!(eval("parameters.key == 'x'", &no_key), Outcome::Error(_)));
        assert!(matches!(eval("zone.has('x')", &r), Outcome::Error(e) if e.contains("not to a string")));
    }

    #[test]
    fn results_that_are_not_booleans_are_named() {
        assert_eq!(eval("parameters.bucket", &request()), Outcome::NotBool("string".into()));
        assert_eq!(eval("1 + 1", &request()), Outcome::NotBool("int".into()));
    }

    #[test]
    fn syntax_errors_are_at_their_byte_offset() {
        let errs = Compiled::new("operation == 'é' &&", SOS).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].offset, "operation == 'é' &&".len());
        assert!(
            errs[0].message.starts_with("invalid CEL expression: Syntax error"),
            "{errs:?}"
        );
        let errs = Compiled::new("a == 1 &&\n  b ==", SOS).unwrap_err();
        assert_eq!(errs[0].offset, "a == 1 &&\n  b ==".len());
        let errs = Compiled::new("x == 'é' ) ", SOS).unwrap_err();
        assert_eq!(errs[0].offset, "x == 'é' ".len());
        assert_eq!(
            Compiled::new("  ", SOS).unwrap_err()[0].message,
            "the expression is empty"
        );
    }

    #[test]
    fn lint_warns_about_what_never_decides() {
        let src = "paramters.bucket == 'b' || operation == 'get-objet' || 'put-objct' != operation \
                   || operation in ['list-objects', 'list-object'] || operation.startsWith('pt-') \
                   || source_ip.inIpRange('10.0.0.0/40') || [1].exists(x, x == 1) || type(zone) == string";
        let (_, problems) = Compiled::new(src, SOS).unwrap();
        let got: Vec<(usize, &str)> = problems.iter().map(|p| (p.offset, p.message.as_str())).collect();
        let at = |needle: &str| src.find(needle).unwrap();
        assert_eq!(
            got,
            [
                (
                    0,
                    "unknown variable \"paramters\" (did you mean \"parameters\"?): the expression fails to \
                     evaluate, so the rule never decides"
                ),
                (
                    at("'get-objet'"),
                    "\"get-objet\" is not an SOS operation (did you mean \"get-object\"?)"
                ),
                (
                    at("'put-objct'"),
                    "\"put-objct\" is not an SOS operation (did you mean \"put-object\"?)"
                ),
                (
                    at("'list-object'"),
                    "\"list-object\" is not an SOS operation (did you mean \"list-objects\"?)"
                ),
                (
                    at("'pt-'"),
                    "no SOS operation starts with \"pt-\" (did you mean \"put-object\"?)"
                ),
                (
                    at("'10.0.0.0/40'"),
                    "invalid IP range \"10.0.0.0/40\": the prefix length must be 0 to 32, found \"40\"; \
                     inIpRange fails, so the rule never decides"
                ),
            ]
        );
        // Operation names are SOS's: another service's rule is not checked against them.
        let (_, problems) = Compiled::new("operation == 'get-objet'", "compute").unwrap();
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn deep_expressions_are_refused_not_overflowing_the_stack() {
        for src in [
            format!("{}true{}", "(".repeat(100_000), ")".repeat(100_000)),
            format!("{}true", "true ? false : ".repeat(1000)),
            format!("{}'x'{}", "size(".repeat(10_000), ")".repeat(10_000)),
            format!("{} == 40", vec!["1"; 40].join(" + ")),
            format!("{} == 5000", vec!["1"; 5000].join(" + ")),
        ] {
            let errs = Compiled::new(&src, SOS).unwrap_err();
            assert_eq!(errs.len(), 1, "{errs:?}");
            assert!(
                errs[0].message.starts_with("the expression nests too deeply"),
                "{errs:?}"
            );
        }
        // Logical chains are balanced: a thousand terms are fine, and so is the deepest tree allowed,
        // evaluated on this (test) thread's ordinary stack.
        let chain = vec!["operation == 'put-object'"; 1000].join(" || ") + " || operation == 'get-object'";
        assert_eq!(eval(&chain, &request()), Outcome::True);
        let deepest = format!("{} == 30", vec!["1"; 30].join(" + "));
        assert_eq!(eval(&deepest, &request()), Outcome::True);
    }

    #[test]
    fn the_environment_is_shareable_across_threads() {
        fn shareable<T: Send + Sync>() {}
        shareable::<Compiled>();
    }
}
