//! CORS: `cors add|delete|reset` and the CORS row of `show` against every server (moto and SeaweedFS store
//! bucket CORS too); on the bundled server, the preflight (`OPTIONS`, unsigned) and the `Access-Control-*`
//! headers of signed cross-origin requests, PutBucketCors' refusals as S3 words them, the configuration
//! kept across a restart of the data dir and dropped with its bucket, and the IAM operations of a
//! role-bound key.

use super::{fails, json, ok};
use crate::support::in_process::{self, DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, ServerConfig};
use crate::support::{Server, block_on, per_server, stderr, stdout};
use base64::Engine as _;
use md5::Digest as _;
use rusty_s3::{Bucket, Credentials, S3Action, UrlStyle};
use std::time::Duration;

per_server!(
    fn cors_add_show_and_reset(s: &Server) {
        let b = s.new_bucket("cors");
        let target = format!("sos://{b}");
        let shown = |s: &Server| json(&ok(s, &["-O", "json", "show", &target]))["cors"].clone();
        assert_eq!(
            shown(s),
            serde_json::json!([]),
            "[{}] no configuration: no rules",
            s.name
        );
        let table = ok(s, &["show", &target]);
        assert!(
            table.lines().any(|l| l.starts_with("| CORS ") && l.contains(" - ")),
            "[{}] {table}",
            s.name
        );

        // exo's flags, repeated or comma-separated; add prints the bucket with its CORS row.
        let out = ok(
            s,
            &[
                "cors",
                "add",
                &target,
                "--allowed-origin",
                "https://my-website.net",
                "--allowed-method",
                "GET,HEAD",
                "--allowed-header",
                "x-amz-*",
            ],
        );
        assert!(
            out.contains("Allowed Origins  [https://my-website.net]") && out.contains("Allowed Methods  [GET HEAD]"),
            "[{}] {out}",
            s.name
        );
        // A second add appends a rule; the first is kept.
        ok(
            s,
            &[
                "cors",
                "add",
                &target,
                "--allowed-origin",
                "https://a.example",
                "--allowed-origin",
                "https://*.example.net",
                "--allowed-method",
                "put",
                "--expose-header",
                "ETag",
                "--max-age",
                "600",
                "--id",
                "uploads",
            ],
        );
        let rules = shown(s);
        assert_eq!(rules.as_array().map(Vec::len), Some(2), "[{}] {rules}", s.name);
        assert_eq!(
            rules[0]["allowed_origins"],
            serde_json::json!(["https://my-website.net"])
        );
        assert_eq!(rules[0]["allowed_methods"], serde_json::json!(["GET", "HEAD"]));
        assert_eq!(rules[0]["allowed_headers"], serde_json::json!(["x-amz-*"]));
        assert!(rules[0].get("id").is_none(), "{rules}");
        assert_eq!(
            rules[1]["allowed_origins"],
            serde_json::json!(["https://a.example", "https://*.example.net"])
        );
        assert_eq!(rules[1]["allowed_methods"], serde_json::json!(["PUT"]));
        assert!(
            rules[1].get("allowed_headers").is_none(),
            "left out as exo does: {rules}"
        );
        assert_eq!(rules[1]["expose_headers"], serde_json::json!(["ETag"]));
        assert_eq!(rules[1]["max_age_seconds"], 600);
        assert_eq!(rules[1]["id"], "uploads");
        let text = ok(s, &["-O", "text", "show", &target]);
        let row = text.lines().find(|l| l.starts_with("CORS\t")).unwrap_or_default();
        assert!(
            row.contains("Allowed Origins  [https://a.example https://*.example.net]")
                && row.contains("ID               uploads"),
            "[{}] {text}",
            s.name
        );

        // A rule S3 refuses is refused before any request (exit 2), naming what is wrong.
        let e = fails(
            s,
            &[
                "cors",
                "add",
                &target,
                "--allowed-origin",
                "*",
                "--allowed-method",
                "PATCH",
            ],
            2,
        );
        assert!(e.contains("Unsupported method is PATCH"), "{e}");
        let e = fails(s, &["cors", "add", &target, "--allowed-method", "GET"], 2);
        assert!(e.contains("--allowed-origin"), "{e}");
        assert_eq!(shown(s).as_array().map(Vec::len), Some(2), "nothing changed");

        // delete asks as exo does: anything but y keeps the configuration.
        let o = s
            .cmd()
            .args(["cors", "delete", &target])
            .write_stdin("n\n")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stderr(&o).contains("aborted"), "{}", stderr(&o));
        assert_eq!(shown(s).as_array().map(Vec::len), Some(2), "[{}] declined", s.name);
        let o = s
            .cmd()
            .args(["cors", "del", &target])
            .write_stdin("y\n")
            .output()
            .unwrap();
        assert!(
            o.status.success() && stdout(&o).contains("CORS configuration deleted successfully"),
            "{}{}",
            stdout(&o),
            stderr(&o)
        );
        assert_eq!(shown(s), serde_json::json!([]), "[{}] deleted", s.name);

        // reset (exo's name for it) with -f, in JSON.
        ok(
            s,
            &[
                "cors",
                "add",
                &target,
                "--allowed-origin",
                "*",
                "--allowed-method",
                "GET",
            ],
        );
        let j = json(&ok(s, &["-O", "json", "cors", "reset", "-f", &target]));
        assert_eq!(j, serde_json::json!({"bucket": b, "cors_deleted": true}));
        assert_eq!(shown(s), serde_json::json!([]));
        let e = fails(s, &["cors", "reset", "-f", "sos://no-such-cors-bucket-x"], 1);
        assert!(e.contains("does not exist"), "{e}");
    }
);

/// Signed requests of the bundled server's well-known key, and unsigned ones, by hand.
struct Raw {
    endpoint: String,
    creds: Credentials,
    http: reqwest::Client,
}

const TTL: Duration = Duration::from_secs(300);

fn base64_md5(body: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(md5::Md5::digest(body))
}

impl Raw {
    fn new(endpoint: &str) -> Raw {
        Raw {
            endpoint: endpoint.to_string(),
            creds: Credentials::new(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY),
            http: reqwest::Client::new(),
        }
    }
    fn bucket(&self, name: &str) -> Bucket {
        Bucket::new(
            self.endpoint.parse().unwrap(),
            UrlStyle::Path,
            name.to_string(),
            "ch-dk-2",
        )
        .unwrap()
    }
    /// A signed `PUT /bucket?cors` of `body`, with Content-MD5 when `md5`: (status, code, message).
    fn put_cors(&self, bucket: &str, body: impl Into<Vec<u8>>, md5: bool) -> (u16, String, String) {
        let body = body.into();
        let b = self.bucket(bucket);
        let mut action = b.create_bucket(&self.creds);
        action.query_mut().insert("cors", "");
        let mut req = self.http.put(action.sign(TTL));
        if md5 {
            req = req.header("content-md5", base64_md5(&body));
        }
        answer(req.body(body))
    }
    fn preflight(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut req = self
            .http
            .request(reqwest::Method::OPTIONS, format!("{}{path}", self.endpoint));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        block_on(req.send()).unwrap()
    }
}

/// (status, Code, Message) of an answer (empty code and message when it has no error document).
fn answer(req: reqwest::RequestBuilder) -> (u16, String, String) {
    block_on(async {
        let r = req.send().await.unwrap();
        let status = r.status().as_u16();
        let text = r.text().await.unwrap();
        let pick = |name: &str| {
            let open = format!("<{name}>");
            text.find(&open)
                .map(|i| {
                    let rest = &text[i + open.len()..];
                    rest[..rest.find('<').unwrap_or(rest.len())]
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&apos;", "'")
                        .replace("&quot;", "\"")
                        .replace("&amp;", "&")
                })
                .unwrap_or_default()
        };
        (status, pick("Code"), pick("Message"))
    })
}

fn header(r: &reqwest::Response, name: &str) -> Option<String> {
    r.headers().get(name).map(|v| v.to_str().unwrap().to_string())
}

const RULES: &str = r#"<CORSConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <CORSRule><AllowedOrigin>https://app.example.net</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod>
    <AllowedHeader>content-type</AllowedHeader><AllowedHeader>x-amz-*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>600</MaxAgeSeconds></CORSRule>
  <CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod></CORSRule>
</CORSConfiguration>"#;

#[test]
fn preflight_is_answered_unsigned_from_the_rules_in_order() {
    let h = in_process::spawn();
    let raw = Raw::new(&h.endpoint());
    let c = in_process::client(&h.endpoint(), "ch-dk-2", DEFAULT_SECRET_KEY, 0);
    for b in ["web", "plain"] {
        block_on(c.create_bucket(b, &Default::default())).unwrap();
    }
    assert_eq!(raw.put_cors("web", RULES, true).0, 200);

    // The first rule: origin echoed with credentials, the requested headers (lower-cased), its max age.
    let r = raw.preflight(
        "/web/photos/a.jpg",
        &[
            ("origin", "https://app.example.net"),
            ("access-control-request-method", "PUT"),
            ("access-control-request-headers", "Content-Type, X-Amz-Date"),
        ],
    );
    assert_eq!(r.status(), 200);
    assert_eq!(
        header(&r, "access-control-allow-origin").as_deref(),
        Some("https://app.example.net")
    );
    assert_eq!(header(&r, "access-control-allow-methods").as_deref(), Some("PUT, GET"));
    assert_eq!(
        header(&r, "access-control-allow-headers").as_deref(),
        Some("content-type, x-amz-date")
    );
    assert_eq!(header(&r, "access-control-allow-credentials").as_deref(), Some("true"));
    assert_eq!(header(&r, "access-control-max-age").as_deref(), Some("600"));
    assert_eq!(header(&r, "access-control-expose-headers").as_deref(), Some("ETag"));
    assert!(
        header(&r, "vary").is_some_and(|v| v.contains("Origin")),
        "{:?}",
        r.headers()
    );

    // Another origin falls through to the `*` rule: `*`, no credentials, no max age.
    let r = raw.preflight(
        "/web",
        &[
            ("origin", "https://other.example"),
            ("access-control-request-method", "GET"),
        ],
    );
    assert_eq!(r.status(), 200);
    assert_eq!(header(&r, "access-control-allow-origin").as_deref(), Some("*"));
    assert_eq!(header(&r, "access-control-allow-credentials"), None);
    assert_eq!(header(&r, "access-control-max-age"), None);

    // No rule allows it: a header the first rule does not list, a method no rule lists.
    let forbidden = |path: &str, hs: &[(&str, &str)]| {
        let mut req = raw
            .http
            .request(reqwest::Method::OPTIONS, format!("{}{path}", raw.endpoint));
        for (k, v) in hs {
            req = req.header(*k, *v);
        }
        answer(req)
    };
    for hs in [
        vec![
            ("origin", "https://app.example.net"),
            ("access-control-request-method", "PUT"),
            ("access-control-request-headers", "authorization"),
        ],
        vec![
            ("origin", "https://other.example"),
            ("access-control-request-method", "DELETE"),
        ],
    ] {
        let (status, code, message) = forbidden("/web/k", &hs);
        assert_eq!((status, code.as_str()), (403, "AccessForbidden"), "{hs:?}");
        assert!(
            message.starts_with("CORSResponse: This CORS request is not allowed."),
            "{message}"
        );
    }
    let (status, code, message) = forbidden(
        "/plain/k",
        &[("origin", "https://a"), ("access-control-request-method", "GET")],
    );
    assert_eq!((status, code.as_str()), (403, "AccessForbidden"));
    assert_eq!(message, "CORSResponse: CORS is not enabled for this bucket.");
    let (status, code, message) = forbidden("/web/k", &[("access-control-request-method", "GET")]);
    assert_eq!((status, code.as_str()), (400, "BadRequest"));
    assert!(message.contains("Origin request header needed"), "{message}");
    let (status, code, _) = forbidden("/web/k", &[("origin", "https://a")]);
    assert_eq!(
        (status, code.as_str()),
        (400, "BadRequest"),
        "no Access-Control-Request-Method"
    );
    // Hostile: a preflight asking about 50 000 headers is refused without matching them all.
    let many: Vec<String> = (0..50_000).map(|i| format!("x-h{i}")).collect();
    let (status, code, message) = forbidden(
        "/web/k",
        &[
            ("origin", "https://app.example.net"),
            ("access-control-request-method", "PUT"),
            ("access-control-request-headers", &many.join(",")),
        ],
    );
    assert_eq!((status, code.as_str()), (400, "BadRequest"), "{message}");
    assert!(message.contains("more than 100 headers"), "{message}");
    // 100 are matched (and refused here: the rule allows two names and x-amz-*).
    let (status, code, _) = forbidden(
        "/web/k",
        &[
            ("origin", "https://app.example.net"),
            ("access-control-request-method", "PUT"),
            ("access-control-request-headers", &many[..100].join(",")),
        ],
    );
    assert_eq!((status, code.as_str()), (403, "AccessForbidden"));
    let (status, code, _) = forbidden(
        "/missing/k",
        &[("origin", "https://a"), ("access-control-request-method", "GET")],
    );
    assert_eq!((status, code.as_str()), (404, "NoSuchBucket"));
}

#[test]
fn cross_origin_requests_stay_signed_and_get_the_matching_rule_headers() {
    let h = in_process::spawn();
    let raw = Raw::new(&h.endpoint());
    let c = in_process::client(&h.endpoint(), "ch-dk-2", DEFAULT_SECRET_KEY, 0);
    block_on(c.create_bucket("web", &Default::default())).unwrap();
    block_on(c.put_object("web", "k", bytes::Bytes::from_static(b"hi"), &Default::default())).unwrap();
    assert_eq!(raw.put_cors("web", RULES, true).0, 200);
    let get = |origin: &str, signed: bool| {
        let url = if signed {
            raw.bucket("web")
                .get_object(Some(&raw.creds), "k")
                .sign(TTL)
                .to_string()
        } else {
            format!("{}/web/k", raw.endpoint)
        };
        block_on(raw.http.get(url).header("origin", origin).send()).unwrap()
    };
    let r = get("https://app.example.net", true);
    assert_eq!(r.status(), 200);
    assert_eq!(
        header(&r, "access-control-allow-origin").as_deref(),
        Some("https://app.example.net")
    );
    assert_eq!(header(&r, "access-control-expose-headers").as_deref(), Some("ETag"));
    assert!(header(&r, "vary").is_some_and(|v| v.contains("Origin")));
    // A PUT from an origin only the `*` rule (GET) knows: no Access-Control headers, Vary still.
    let web = raw.bucket("web");
    let put = web.put_object(Some(&raw.creds), "k2");
    let r = block_on(
        raw.http
            .put(put.sign(TTL))
            .header("origin", "https://other.example")
            .body("x")
            .send(),
    )
    .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(header(&r, "access-control-allow-origin"), None);
    assert!(header(&r, "vary").is_some());
    // CORS opens the preflight only: an unsigned GET is still refused (with the rule's headers, as S3 adds
    // them to errors too).
    let r = get("https://other.example", false);
    assert_eq!(r.status(), 403);
    assert_eq!(header(&r, "access-control-allow-origin").as_deref(), Some("*"));
    // Without Origin, nothing CORS is added.
    let r = block_on(
        raw.http
            .get(raw.bucket("web").get_object(Some(&raw.creds), "k").sign(TTL))
            .send(),
    )
    .unwrap();
    assert!(header(&r, "access-control-allow-origin").is_none() && header(&r, "vary").is_none());
}

#[test]
fn put_bucket_cors_refusals_are_worded_as_s3_words_them_and_the_server_keeps_serving() {
    let h = in_process::spawn();
    let raw = Raw::new(&h.endpoint());
    let c = in_process::client(&h.endpoint(), "ch-dk-2", DEFAULT_SECRET_KEY, 0);
    block_on(c.create_bucket("refusals", &Default::default())).unwrap();
    let rule = |inner: &str| format!("<CORSConfiguration><CORSRule>{inner}</CORSRule></CORSConfiguration>");
    let ok_rule = rule("<AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod>");
    let (status, code, message) = raw.put_cors("refusals", ok_rule.clone(), false);
    assert_eq!((status, code.as_str()), (400, "InvalidRequest"), "{message}");
    assert!(message.contains("Content-Md5"), "{message}");
    for (doc, code, words) in [
        (
            rule("<AllowedOrigin>*</AllowedOrigin><AllowedMethod>PATCH</AllowedMethod>"),
            "InvalidRequest",
            "Unsupported method is PATCH",
        ),
        (
            rule("<AllowedOrigin>https://*.*.example</AllowedOrigin><AllowedMethod>GET</AllowedMethod>"),
            "InvalidRequest",
            "can not have more than one wildcard",
        ),
        (
            format!(
                "<CORSConfiguration>{}</CORSConfiguration>",
                "<CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod></CORSRule>".repeat(101)
            ),
            "InvalidRequest",
            "at most 100",
        ),
        (
            rule("<AllowedMethod>GET</AllowedMethod>"),
            "MalformedXML",
            "no AllowedOrigin",
        ),
        (
            rule("<AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><MaxAgeSeconds>-1</MaxAgeSeconds>"),
            "MalformedXML",
            "MaxAgeSeconds",
        ),
        (
            "<CORSConfiguration><CORSRule>".to_string(),
            "MalformedXML",
            "not well-formed",
        ),
        ("<Other/>".to_string(), "MalformedXML", "expected <CORSConfiguration>"),
        (
            format!(
                "<CORSConfiguration>{}</CORSConfiguration>",
                "<CORSRule>".repeat(40) + &"</CORSRule>".repeat(40)
            ),
            "MalformedXML",
            "deeper than",
        ),
    ] {
        let (status, got, message) = raw.put_cors("refusals", doc.clone(), true);
        assert_eq!((status, got.as_str()), (400, code), "{doc:.120}: {message}");
        assert!(message.contains(words), "{doc:.120}: {message}");
    }
    // A body over S3's 64 KB limit is not read whole.
    let big = format!(
        "<CORSConfiguration><CORSRule><AllowedOrigin>{}</AllowedOrigin><AllowedMethod>GET</AllowedMethod></CORSRule></CORSConfiguration>",
        "o".repeat(70 * 1024)
    );
    let (status, code, _) = raw.put_cors("refusals", big, true);
    assert_eq!((status, code.as_str()), (400, "MaxMessageLengthExceeded"));
    assert_eq!(
        block_on(c.get_bucket_cors("refusals")).unwrap(),
        None,
        "nothing was stored"
    );
    let (status, code, _) = raw.put_cors("none", ok_rule.clone(), true);
    assert_eq!((status, code.as_str()), (404, "NoSuchBucket"));
    // Still serving: a valid one is taken, and GetBucketCors without one is NoSuchCORSConfiguration.
    assert_eq!(raw.put_cors("refusals", ok_rule, true).0, 200);
    assert_eq!(
        block_on(c.get_bucket_cors("refusals")).unwrap().map(|c| c.rules.len()),
        Some(1)
    );
    block_on(c.delete_bucket_cors("refusals")).unwrap();
    let url = {
        let b = raw.bucket("refusals");
        let mut a = b.get_object(Some(&raw.creds), "");
        a.query_mut().insert("cors", "");
        a.sign(TTL)
    };
    let (status, code, message) = answer(raw.http.get(url));
    assert_eq!((status, code.as_str()), (404, "NoSuchCORSConfiguration"), "{message}");
    assert_eq!(message, "The CORS configuration does not exist");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_configuration_survives_a_restart_and_goes_with_its_bucket() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = || ServerConfig {
        data_dir: Some(dir.path().to_path_buf()),
        ..ServerConfig::default()
    };
    let s = in_process::start(cfg()).await;
    let c = in_process::client(&s.endpoint(), "ch-dk-2", DEFAULT_SECRET_KEY, 0);
    for b in ["kept", "gone"] {
        c.create_bucket(b, &Default::default()).await.unwrap();
    }
    let config = sosctl::model::cors::CorsConfig::parse(RULES).unwrap();
    c.put_bucket_cors("kept", &config).await.unwrap();
    c.put_bucket_cors("gone", &config).await.unwrap();
    c.delete_bucket("gone").await.unwrap();
    s.shutdown().await;

    let s = in_process::start(cfg()).await;
    let c = in_process::client(&s.endpoint(), "ch-dk-2", DEFAULT_SECRET_KEY, 0);
    assert_eq!(c.get_bucket_cors("kept").await.unwrap(), Some(config.clone()));
    // The preflight of the restarted server answers from it.
    let r = reqwest::Client::new()
        .request(reqwest::Method::OPTIONS, format!("{}/kept/k", s.endpoint()))
        .header("origin", "https://app.example.net")
        .header("access-control-request-method", "GET")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    // A bucket made again under the name of a deleted one starts without its configuration.
    c.create_bucket("gone", &Default::default()).await.unwrap();
    assert_eq!(c.get_bucket_cors("gone").await.unwrap(), None);
    // Deleted configurations stay deleted across a restart too.
    c.delete_bucket_cors("kept").await.unwrap();
    s.shutdown().await;
    let s = in_process::start(cfg()).await;
    let c = in_process::client(&s.endpoint(), "ch-dk-2", DEFAULT_SECRET_KEY, 0);
    assert_eq!(c.get_bucket_cors("kept").await.unwrap(), None);
    s.shutdown().await;
}

#[test]
fn a_role_bound_key_needs_the_cors_operations_in_its_policy() {
    let s = in_process::Srv::start();
    s.ok(&["mb", "sos://web"]);
    let policy = r#"{"default-service-strategy": "deny", "services": {"sos": {"type": "rules", "rules": [
  {"action": "allow", "expression": "operation == 'get-bucket-cors' || operation == 'delete-bucket-cors'"}]}}}"#;
    s.code_in(
        &["iam", "role", "create", "cors-reader", "--policy", "p.json"],
        &[("p.json", policy)],
        0,
    );
    let o = s.code(&["-O", "json", "iam", "key", "create", "--role", "cors-reader"], 0);
    let k: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let (key, secret) = (k["key"].as_str().unwrap(), k["secret"].as_str().unwrap());
    let c = crate::support::s3_client(&s.h.endpoint(), "ch-dk-2", key, secret, 0);
    let config = sosctl::model::cors::CorsConfig::parse(RULES).unwrap();
    let e = block_on(c.put_bucket_cors("web", &config)).unwrap_err();
    assert_eq!(e.code(), Some("AccessDenied"), "put-bucket-cors is not allowed: {e}");
    assert_eq!(block_on(c.get_bucket_cors("web")).unwrap(), None, "get-bucket-cors is");
    block_on(c.delete_bucket_cors("web")).unwrap();
    // The server's own key sets it; the role's key reads it.
    let own = in_process::client(&s.h.endpoint(), "ch-dk-2", DEFAULT_SECRET_KEY, 0);
    block_on(own.put_bucket_cors("web", &config)).unwrap();
    assert_eq!(block_on(c.get_bucket_cors("web")).unwrap(), Some(config));
}

#[test]
fn cors_add_keeps_the_rules_the_bucket_has_and_refuses_a_101st() {
    let s = in_process::Srv::start();
    let c = in_process::client(&s.h.endpoint(), "ch-dk-2", DEFAULT_SECRET_KEY, 0);
    block_on(c.create_bucket("full", &Default::default())).unwrap();
    let one = sosctl::model::cors::CorsConfig::parse(RULES).unwrap().rules[1].clone();
    let mut config = sosctl::model::cors::CorsConfig { rules: vec![one; 99] };
    config.rules[0].id = Some("first".into());
    block_on(c.put_bucket_cors("full", &config)).unwrap();
    let add = [
        "cors",
        "add",
        "sos://full",
        "--allowed-origin",
        "https://last",
        "--allowed-method",
        "GET",
    ];
    let o = s.run(&add);
    assert!(o.status.success(), "the 100th: {}", stderr(&o));
    let now = block_on(c.get_bucket_cors("full")).unwrap().unwrap();
    assert_eq!(now.rules.len(), 100);
    assert_eq!(now.rules[0].id.as_deref(), Some("first"), "the rules it had come first");
    assert_eq!(now.rules[99].allowed_origins, ["https://last"]);
    let o = s.run(&add);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("100 CORS rules already"), "{}", stderr(&o));
    assert_eq!(block_on(c.get_bucket_cors("full")).unwrap().unwrap().rules.len(), 100);
}
