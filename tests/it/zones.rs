//! Zones as SOS has them: `sosctl serve` refuses a request for a bucket of another zone as S3 refuses a
//! request signed for the wrong region, and every sosctl command finds its bucket's zone itself. The guide's
//! two walk-throughs run exactly as the guide writes them (`--zone` on create, versioning enable and
//! replication set, nowhere else); raw requests show the server's refusals; clients that follow regions
//! (boto3, s5cmd without a region, s3cmd on answers with a body) keep working.

use crate::support::{
    DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, ServeProcess, block_on, require_python_module, require_tool, s3_client,
    scrubbed, slow_relay, sosctl, sosctl_in, stderr, stdout, wait_until,
};
use bytes::Bytes;
use sosctl::s3::{Client, Method};
use std::path::Path;
use std::process::Output;
use std::time::Duration;

const CONFIG_JSON: &str = include_str!("../../examples/leader-follower.json");
const CONF_A_JSON: &str = include_str!("../../examples/conf-a.json");
const CONF_B_JSON: &str = include_str!("../../examples/conf-b.json");

/// The guide's IAM policy for a replication from `src` to `dst` (`policy.json`, `a-b.json`, `b-a.json`).
fn policy(src: &str, dst: &str) -> String {
    format!(
        "{{\n  \"default-service-strategy\": \"deny\",\n  \"services\": {{\n    \"sos\": {{\n      \"type\": \"rules\",\n      \
         \"rules\": [\n        {{\"action\": \"allow\", \"expression\": \"parameters.bucket == '{src}' && operation == \
         'get-object'\"}},\n        {{\"action\": \"allow\", \"expression\": \"parameters.bucket == '{dst}' && \
         (operation.startsWith('put-object') || operation.startsWith('delete-object'))\"}}\n      ]\n    }}\n  }}\n}}\n"
    )
}

/// A `sosctl serve` with its buckets, and sosctl pointed at it the way the guide's reader sets it up: the
/// endpoint and the keys, no zone (so the default, ch-dk-2).
struct Zoned {
    srv: ServeProcess,
    dir: tempfile::TempDir,
}

impl Zoned {
    fn start() -> Zoned {
        Zoned {
            srv: ServeProcess::start(&[], &[]),
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// `sosctl ARGS` run in `cwd` (under the scratch directory), as typed.
    fn run_in(&self, cwd: &str, args: &[&str]) -> Output {
        let dir = self.dir.path().join(cwd);
        std::fs::create_dir_all(&dir).unwrap();
        sosctl_in(self.dir.path())
            .current_dir(&dir)
            .env("SOSCTL_ENDPOINT", &self.srv.endpoint)
            .env("SOSCTL_ACCESS_KEY", DEFAULT_ACCESS_KEY)
            .env("SOSCTL_SECRET_KEY", DEFAULT_SECRET_KEY)
            .args(args)
            .output()
            .expect("sosctl runs")
    }

    /// Runs and expects success; returns stdout and stderr together.
    fn ok_in(&self, cwd: &str, args: &[&str]) -> String {
        let o = self.run_in(cwd, args);
        assert!(
            o.status.success(),
            "sosctl {args:?} failed ({:?}):\nstdout: {}\nstderr: {}",
            o.status.code(),
            stdout(&o),
            stderr(&o)
        );
        format!("{}{}", stdout(&o), stderr(&o))
    }

    fn ok(&self, args: &[&str]) -> String {
        self.ok_in(".", args)
    }

    fn write(&self, cwd: &str, name: &str, text: &str) {
        let dir = self.dir.path().join(cwd);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(name), text).unwrap();
    }

    /// A client of the library signing for `zone`, never retrying: raw requests as a client that does not
    /// follow zones sends them.
    fn client(&self, zone: &str) -> Client {
        s3_client(&self.srv.endpoint, zone, DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, 0)
    }

    /// The guide's leader → follower buckets, made as the guide makes them.
    fn leader_follower_buckets(&self) {
        self.ok(&["create", "--zone", "ch-dk-2", "my-source"]);
        self.ok(&["create", "--zone", "at-vie-1", "my-destination"]);
        self.ok(&["bucket", "versioning", "enable", "--zone", "ch-dk-2", "my-source"]);
        self.ok(&["bucket", "versioning", "enable", "--zone", "at-vie-1", "my-destination"]);
    }
}

/// Waits until `sosctl list URL` lists every key of `keys`; returns the last listing.
fn listed_eventually(z: &Zoned, url: &str, keys: &[&str]) -> String {
    let mut last = String::new();
    let all = wait_until(Duration::from_secs(30), || {
        last = z.ok(&["list", url]);
        keys.iter()
            .all(|k| last.lines().any(|l| l.ends_with(&format!("  {k}"))))
    });
    assert!(all, "{url} never listed {keys:?}:\n{last}");
    last
}

/// The value of a row of a key/value table (`| Replication Status | REPLICA |`).
fn kv(out: &str, name: &str) -> Option<String> {
    out.lines().find_map(|l| {
        let cells: Vec<&str> = l.split(['|', '│']).map(str::trim).collect();
        let i = cells.iter().position(|c| *c == name)?;
        cells.get(i + 1).map(|s| s.to_string())
    })
}

#[test]
fn the_guides_leader_follower_runs_as_the_guide_writes_it() {
    let z = Zoned::start();
    z.write("lf", "policy.json", &policy("my-source", "my-destination"));
    z.write("lf", "config.json", CONFIG_JSON);
    z.leader_follower_buckets();
    z.ok_in(
        "lf",
        &[
            "bucket",
            "replication",
            "set",
            "--zone",
            "ch-dk-2",
            "sos://my-source",
            "./config.json",
        ],
    );
    z.ok_in("lf", &["upload", "-r", "./", "sos://my-source/"]);
    let src = z.ok(&["list", "sos://my-source/"]);
    assert!(src.contains("  372 B  config.json"), "{src}");
    // my-destination lives in at-vie-1, and no --zone says so: the command finds it.
    let dst = listed_eventually(&z, "sos://my-destination/", &["config.json", "policy.json"]);
    assert!(dst.contains("  372 B  config.json"), "{dst}");
    let completed = wait_until(Duration::from_secs(30), || {
        kv(&z.ok(&["show", "sos://my-source/config.json"]), "Replication Status").as_deref() == Some("COMPLETED")
    });
    assert!(completed, "the source object never showed COMPLETED");
    let replica = z.ok(&["show", "sos://my-destination/config.json"]);
    assert_eq!(
        kv(&replica, "Replication Status").as_deref(),
        Some("REPLICA"),
        "{replica}"
    );
    assert_eq!(kv(&replica, "Bucket").as_deref(), Some("my-destination"), "{replica}");
    // The object's URL is the real endpoint's.
    assert!(
        kv(&replica, "URL").is_some_and(|u| u.starts_with(&z.srv.endpoint)),
        "{replica}"
    );

    // Every other command on the destination, without --zone.
    let bucket = z.ok(&["show", "sos://my-destination"]);
    assert_eq!(kv(&bucket, "Zone").as_deref(), Some("at-vie-1"), "{bucket}");
    assert!(
        z.ok(&["bucket", "versioning", "status", "my-destination"])
            .contains("Enabled")
    );
    assert!(
        z.ok(&["bucket", "object-lock", "status", "my-destination"])
            .contains("Disabled")
    );
    z.ok_in("get", &["download", "sos://my-destination/config.json", "got.json"]);
    let got = std::fs::read_to_string(z.dir.path().join("get/got.json")).unwrap();
    assert_eq!(got, CONFIG_JSON);
    let url = z.ok(&["presign", "sos://my-destination/config.json"]);
    assert!(
        url.contains("%2Fat-vie-1%2Fs3%2F"),
        "signed for the bucket's zone: {url}"
    );
    let fetched = block_on(async { reqwest::get(url.trim()).await.unwrap().text().await.unwrap() });
    assert_eq!(fetched, CONFIG_JSON);
    z.write("up", "extra.txt", "extra\n");
    z.ok_in("up", &["upload", "extra.txt", "sos://my-destination/"]);
    z.ok(&["delete", "-f", "sos://my-destination/extra.txt"]);
    z.ok(&["purge", "-f", "sos://my-destination/extra.txt"]);
    let check = z.ok(&["bucket", "replication", "check", "sos://my-source"]);
    assert!(check.contains("reachable (zone at-vie-1)"), "{check}");
    assert!(check.contains("0 failed"), "{check}");

    // list: each bucket's real zone; -z at-vie-1 lists only the buckets of at-vie-1.
    let all = z.ok(&["list"]);
    assert!(all.lines().any(|l| l.ends_with("  at-vie-1  my-destination/")), "{all}");
    assert!(all.lines().any(|l| l.ends_with("  ch-dk-2  my-source/")), "{all}");
    let vie = z.ok(&["list", "-z", "at-vie-1"]);
    assert_eq!(vie.lines().count(), 1, "{vie}");
    assert!(vie.ends_with("  at-vie-1  my-destination/\n"), "{vie}");
    let j: serde_json::Value = serde_json::from_str(&z.ok(&["list", "-O", "json"])).unwrap();
    let zone_of = |name: &str| {
        j.as_array()
            .unwrap()
            .iter()
            .find(|b| b["name"] == name)
            .map(|b| b["zone"].clone())
    };
    assert_eq!(zone_of("my-destination"), Some("at-vie-1".into()), "{j}");
    assert_eq!(zone_of("my-source"), Some("ch-dk-2".into()), "{j}");
    // The size column, exo's: created, zone, size, name; the sum of the current objects.
    let bytes = (CONFIG_JSON.len() + policy("my-source", "my-destination").len()) as u64;
    let sized = z.ok(&["list", "--size", "-z", "at-vie-1"]);
    let want = format!("  at-vie-1  {}  my-destination/\n", sosctl::cli::output::size(bytes));
    assert!(sized.ends_with(&want), "{sized}");
    let j: serde_json::Value = serde_json::from_str(&z.ok(&["list", "--size", "-O", "json", "-z", "ch-dk-2"])).unwrap();
    assert_eq!(j[0]["name"], "my-source", "{j}");
    assert_eq!(j[0]["size"], bytes, "{j}");
}

#[test]
fn the_guides_bidirectional_replication_runs_as_the_guide_writes_it() {
    let z = Zoned::start();
    for (name, text) in [
        ("a-b.json", policy("bucket-a", "bucket-b")),
        ("b-a.json", policy("bucket-b", "bucket-a")),
        ("conf-a.json", CONF_A_JSON.to_string()),
        ("conf-b.json", CONF_B_JSON.to_string()),
    ] {
        z.write("bd", name, &text);
    }
    z.ok(&["create", "--zone", "ch-dk-2", "bucket-a"]);
    z.ok(&["create", "--zone", "at-vie-1", "bucket-b"]);
    z.ok(&["bucket", "versioning", "enable", "--zone", "ch-dk-2", "bucket-a"]);
    z.ok(&["bucket", "versioning", "enable", "--zone", "at-vie-1", "bucket-b"]);
    for (zone, bucket, conf) in [
        ("ch-dk-2", "sos://bucket-a", "./conf-a.json"),
        ("at-vie-1", "sos://bucket-b", "./conf-b.json"),
    ] {
        z.ok_in("bd", &["bucket", "replication", "set", "--zone", zone, bucket, conf]);
    }
    // `upload *a.json sos://bucket-a` and `upload *b.json sos://bucket-b`, as a shell expands them.
    z.ok_in("bd", &["upload", "b-a.json", "conf-a.json", "sos://bucket-a"]);
    z.ok_in("bd", &["upload", "a-b.json", "conf-b.json", "sos://bucket-b"]);
    let all = ["a-b.json", "b-a.json", "conf-a.json", "conf-b.json"];
    for b in ["sos://bucket-a", "sos://bucket-b"] {
        let out = listed_eventually(&z, b, &all);
        assert_eq!(out.lines().count(), 4, "{out}");
    }
    // Replicated once each way: one version of each key on each side.
    for b in ["sos://bucket-a", "sos://bucket-b"] {
        let out = z.ok(&["list", "--versions", b]);
        assert_eq!(out.lines().filter(|l| l.contains(" latest  v1")).count(), 4, "{out}");
    }
    let vie = z.ok(&["list", "-z", "at-vie-1"]);
    assert_eq!(vie.lines().count(), 1, "{vie}");
    assert!(vie.ends_with("  at-vie-1  bucket-b/\n"), "{vie}");
}

#[test]
fn the_server_refuses_a_request_for_a_bucket_of_another_zone() {
    let z = Zoned::start();
    z.leader_follower_buckets();
    let vie = z.client("at-vie-1");
    block_on(vie.put_object("my-destination", "k", Bytes::from_static(b"v"), &Default::default())).unwrap();
    let dk = z.client("ch-dk-2");
    let raw = |c: &Client, method: Method, path: &str, body: &'static [u8]| {
        block_on(async {
            let r = c.raw(method, path, &[], Bytes::from_static(body)).await.unwrap();
            let region = r
                .headers()
                .get("x-amz-bucket-region")
                .map(|v| v.to_str().unwrap().to_string());
            (r.status().as_u16(), region, r.text().await.unwrap())
        })
    };
    let vie_header = Some("at-vie-1".to_string());
    // Requests signed (in the Authorization header) for ch-dk-2: 400 with the expected region named twice.
    for (method, path, query) in [
        (Method::GET, "/my-destination/k", ""),
        (Method::GET, "/my-destination", "list-type=2"),
        (Method::GET, "/my-destination", "versioning="),
        (Method::PUT, "/my-destination/new", ""),
        (Method::DELETE, "/my-destination/k", ""),
    ] {
        let (status, region, body) = header_signed(&z.srv.endpoint, &method, path, query, "ch-dk-2");
        assert_eq!((status, &region), (400, &vie_header), "{method} {path}: {body}");
        assert!(
            body.contains("<Code>AuthorizationHeaderMalformed</Code>"),
            "{path}: {body}"
        );
        assert!(body.contains("<Region>at-vie-1</Region>"), "{path}: {body}");
        assert!(
            body.contains("the region &apos;ch-dk-2&apos; is wrong; expecting &apos;at-vie-1&apos;"),
            "{path}: {body}"
        );
        assert!(body.contains(&format!("<Resource>{path}</Resource>")), "{path}: {body}");
    }
    // HEAD: the bare status with the header.
    for path in ["/my-destination", "/my-destination/k"] {
        let (status, region, body) = header_signed(&z.srv.endpoint, &Method::HEAD, path, "", "ch-dk-2");
        assert_eq!((status, region, body.as_str()), (400, vie_header.clone(), ""), "{path}");
    }
    // Signed in the query string (as sosctl's own client signs): S3's query-string wording.
    let (status, region, body) = raw(&dk, Method::GET, "/my-destination?list-type=2", b"");
    assert_eq!((status, region), (400, vie_header.clone()), "{body}");
    assert!(
        body.contains("<Code>AuthorizationQueryParametersError</Code>"),
        "{body}"
    );
    assert!(body.contains("<Region>at-vie-1</Region>"), "{body}");
    assert_eq!(
        raw(&dk, Method::HEAD, "/my-destination", b""),
        (400, vie_header.clone(), String::new())
    );
    // Nothing was written by the refused PUT, nor deleted by the refused DELETE.
    assert_eq!(raw(&vie, Method::HEAD, "/my-destination/new", b"").0, 404);
    assert_eq!(raw(&vie, Method::HEAD, "/my-destination/k", b"").0, 200);
    // Its own zone answers; GetBucketLocation answers from any zone; ListBuckets lists every bucket.
    assert_eq!(raw(&vie, Method::HEAD, "/my-destination", b"").0, 200);
    let (status, _, body) = raw(&dk, Method::GET, "/my-destination?location", b"");
    assert_eq!(status, 200);
    assert!(body.contains(">at-vie-1</LocationConstraint>"), "{body}");
    let listed = block_on(dk.list_buckets()).unwrap();
    let mut zones: Vec<(String, Option<String>)> = listed.into_iter().map(|b| (b.name, b.region)).collect();
    zones.sort();
    assert_eq!(
        zones,
        [
            ("my-destination".to_string(), Some("at-vie-1".to_string())),
            ("my-source".to_string(), Some("ch-dk-2".to_string()))
        ]
    );
    // A bucket that does not exist is no zone's: the operation says so.
    let (status, region, body) = raw(&dk, Method::GET, "/nowhere?list-type=2", b"");
    assert_eq!((status, region), (404, None), "{body}");

    // A presigned URL signed for the wrong zone.
    let url = dk
        .presign(Method::GET, "my-destination", "k", Duration::from_secs(60))
        .unwrap();
    let (status, body) = block_on(async {
        let r = reqwest::get(&url).await.unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    });
    assert_eq!(status, 400, "{body}");
    assert!(
        body.contains("<Code>AuthorizationQueryParametersError</Code>"),
        "{body}"
    );
    assert!(body.contains("<Region>at-vie-1</Region>"), "{body}");
    let good = vie
        .presign(Method::GET, "my-destination", "k", Duration::from_secs(60))
        .unwrap();
    assert_eq!(
        block_on(async { reqwest::get(&good).await.unwrap().text().await.unwrap() }),
        "v"
    );

    // CreateBucket: the zone of the signature; a LocationConstraint of another zone is refused.
    let other =
        b"<CreateBucketConfiguration><LocationConstraint>at-vie-1</LocationConstraint></CreateBucketConfiguration>";
    let (status, _, body) = raw(&dk, Method::PUT, "/made-here", other);
    assert_eq!(status, 400, "{body}");
    assert!(
        body.contains("<Code>IllegalLocationConstraintException</Code>"),
        "{body}"
    );
    assert_eq!(raw(&vie, Method::HEAD, "/made-here", b"").0, 404, "nothing was created");
    assert_eq!(raw(&vie, Method::PUT, "/made-here", other).0, 200);

    // An anonymous HEAD of a bucket (exo's and the AWS SDKs' region lookup): refused, with its zone.
    let (status, region) = block_on(async {
        let r = reqwest::Client::new()
            .head(format!("{}/my-destination", z.srv.endpoint))
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.headers().get("x-amz-bucket-region").cloned())
    });
    assert_eq!(
        (status, region.as_ref().map(|v| v.to_str().unwrap())),
        (403, Some("at-vie-1"))
    );
}

/// A request signed in the Authorization header (as botocore, s3cmd and rclone sign) for `region`, with
/// an empty body; `query` is already in canonical form (sorted, encoded). Returns the status, the
/// `x-amz-bucket-region` header and the body.
fn header_signed(
    endpoint: &str,
    method: &Method,
    path: &str,
    query: &str,
    region: &str,
) -> (u16, Option<String>, String) {
    use hmac::{KeyInit, Mac};
    use sha2::{Digest, Sha256};
    fn mac(key: &[u8], data: &str) -> Vec<u8> {
        let mut m = <hmac::Hmac<Sha256> as KeyInit>::new_from_slice(key).unwrap();
        m.update(data.as_bytes());
        m.finalize().into_bytes().to_vec()
    }
    let amz = time::OffsetDateTime::now_utc()
        .format(time::macros::format_description!(
            "[year][month][day]T[hour][minute][second]Z"
        ))
        .unwrap();
    let host = endpoint.trim_start_matches("http://");
    let payload = hex::encode(Sha256::digest(b""));
    let signed = "host;x-amz-content-sha256;x-amz-date";
    let canonical = format!(
        "{method}\n{path}\n{query}\nhost:{host}\nx-amz-content-sha256:{payload}\nx-amz-date:{amz}\n\n{signed}\n{payload}"
    );
    let scope = format!("{}/{region}/s3/aws4_request", &amz[..8]);
    let to_sign = format!(
        "AWS4-HMAC-SHA256\n{amz}\n{scope}\n{}",
        hex::encode(Sha256::digest(canonical.as_bytes()))
    );
    let mut key = mac(format!("AWS4{DEFAULT_SECRET_KEY}").as_bytes(), &amz[..8]);
    for part in [region, "s3", "aws4_request"] {
        key = mac(&key, part);
    }
    let auth = format!(
        "AWS4-HMAC-SHA256 Credential={DEFAULT_ACCESS_KEY}/{scope}, SignedHeaders={signed}, Signature={}",
        hex::encode(mac(&key, &to_sign))
    );
    let url = match query {
        "" => format!("{endpoint}{path}"),
        q => format!("{endpoint}{path}?{q}"),
    };
    block_on(async {
        let r = reqwest::Client::new()
            .request(method.clone(), url)
            .header("x-amz-date", &amz)
            .header("x-amz-content-sha256", &payload)
            .header("authorization", auth)
            .header("content-length", "0")
            .send()
            .await
            .unwrap();
        let region = r
            .headers()
            .get("x-amz-bucket-region")
            .map(|v| v.to_str().unwrap().to_string());
        (r.status().as_u16(), region, r.text().await.unwrap())
    })
}

#[test]
fn finding_a_zone_costs_one_head_per_bucket_and_the_trace_shows_the_detour() {
    let z = Zoned::start();
    z.leader_follower_buckets();
    let heads = |out: &str| out.lines().filter(|l| l.starts_with("> HEAD ")).count();
    // The current zone's bucket: one HEAD, then the listing.
    let here = z.ok(&["--trace", "list", "sos://my-source/"]);
    assert_eq!(heads(&here), 1, "{here}");
    assert!(!here.contains("is in zone"), "{here}");
    // Another zone's: the HEAD is refused with the zone, the detour is said, one HEAD there.
    let there = z.ok(&["--trace", "list", "sos://my-destination/"]);
    assert_eq!(heads(&there), 2, "{there}");
    assert!(
        there.contains(
            "* sos://my-destination is in zone at-vie-1 (HTTP 400 in ch-dk-2): its requests are signed for at-vie-1"
        ),
        "{there}"
    );
    // Once per bucket and run: a command that makes many requests to the bucket still HEADs it once
    // (bucket versioning enable reads back the status).
    let v = z.ok(&["--trace", "bucket", "versioning", "enable", "my-destination"]);
    assert_eq!(heads(&v), 2, "{v}");
    // upload takes the bucket's presence from that HEAD too (a round trip less before the first PUT), here
    // and in another zone; a missing bucket is still told as such, by a HEAD of its own.
    z.write("up", "a.txt", "a");
    z.write("up", "b.txt", "b");
    let up = z.ok_in("up", &["--trace", "upload", "a.txt", "b.txt", "sos://my-source/"]);
    assert_eq!(heads(&up), 1, "{up}");
    assert_eq!(up.lines().filter(|l| l.starts_with("> PUT ")).count(), 2, "{up}");
    let up = z.ok_in("up", &["--trace", "upload", "a.txt", "sos://my-destination/"]);
    assert_eq!(heads(&up), 2, "{up}");
    let missing = z.run_in("up", &["--trace", "upload", "a.txt", "sos://no-such-bucket/"]);
    assert_eq!(missing.status.code(), Some(1), "{}", stderr(&missing));
    assert!(
        stderr(&missing).contains("bucket \"no-such-bucket\" does not exist"),
        "{}",
        stderr(&missing)
    );
    assert_eq!(heads(&stderr(&missing)), 2, "{}", stderr(&missing));
    // The local files are walked while that HEAD travels; a missing local file is still what is told, exit
    // 2, even when the bucket is missing too.
    let both = z.run_in("up", &["upload", "nope.txt", "sos://no-such-bucket/"]);
    assert_eq!(both.status.code(), Some(2), "{}", stderr(&both));
    assert!(stderr(&both).contains("nope.txt` does not exist"), "{}", stderr(&both));
    assert!(!stderr(&both).contains("no-such-bucket"), "{}", stderr(&both));
    // --zone is the first guess: right, and no detour.
    let guessed = z.ok(&["--trace", "--zone", "at-vie-1", "list", "sos://my-destination/"]);
    assert_eq!(heads(&guessed), 1, "{guessed}");
}

#[test]
fn files_sent_while_a_slow_zone_head_is_out_are_sent_again_to_the_buckets_zone() {
    // Every answer 300 ms late: upload does not wait for the zone HEAD, its small files go at once to the
    // settings' zone (ch-dk-2). my-destination is in at-vie-1, so they are refused there, and go again once
    // the HEAD names the zone.
    let z = Zoned::start();
    z.leader_follower_buckets();
    let port: u16 = z.srv.endpoint.rsplit(':').next().unwrap().parse().unwrap();
    let slow = format!("http://127.0.0.1:{}", slow_relay(port, Duration::from_millis(300)));
    let names = ["a.txt", "b.txt", "c.txt"];
    for n in names {
        z.write("up", n, n);
    }
    let upload = |dest: &str| {
        sosctl_in(z.dir.path())
            .current_dir(z.dir.path().join("up"))
            .env("SOSCTL_ENDPOINT", &slow)
            .env("SOSCTL_ACCESS_KEY", DEFAULT_ACCESS_KEY)
            .env("SOSCTL_SECRET_KEY", DEFAULT_SECRET_KEY)
            .args(["--trace", "upload", "a.txt", "b.txt", "c.txt", dest])
            .output()
            .expect("sosctl runs")
    };
    let o = upload("sos://my-destination/");
    let trace = stderr(&o);
    assert!(o.status.success(), "{trace}");
    let puts = trace.lines().filter(|l| l.starts_with("> PUT ")).count();
    let refused = trace.lines().filter(|l| l.starts_with("< 400 ")).count();
    // The zone HEAD refused in ch-dk-2, the three early PUTs refused there, and the three sent again.
    assert_eq!((puts, refused), (6, 4), "{trace}");
    let listing = z.ok(&["list", "sos://my-destination/"]);
    for n in names {
        assert!(
            listing.lines().any(|l| l.ends_with(&format!("  {n}"))),
            "{n} missing:\n{listing}"
        );
    }
    // In the settings' zone the early PUTs are the upload: three PUTs, none again.
    let o = upload("sos://my-source/");
    let trace = stderr(&o);
    assert!(o.status.success(), "{trace}");
    assert_eq!(trace.lines().filter(|l| l.starts_with("> PUT ")).count(), 3, "{trace}");
    // A missing bucket is still told by its HEAD, whatever the early PUTs met.
    let o = upload("sos://no-such-bucket/");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("bucket \"no-such-bucket\" does not exist"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn an_unknown_zone_on_exoscales_endpoint_is_still_a_usage_error() {
    let o = sosctl().args(["list", "-z", "mars-1", "sos://b/"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("unknown zone `mars-1`") && stderr(&o).contains("at-vie-1"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn usage_errors_come_before_the_zone_is_looked_for() {
    // Nothing listens there: a command that looked for the zone first would fail with exit 1.
    let endpoint = format!("http://127.0.0.1:{}", crate::support::free_port());
    for args in [
        &["show", "sos://b/dir/"][..],
        &["show", "--version-id", "v", "sos://b"],
        &["download", "-r", "--version-id", "v", "sos://b/", "out"],
        &["delete", "-r", "--version-id", "v", "sos://b/"],
        &["list", "--size", "sos://b/"],
    ] {
        let o = sosctl()
            .env("SOSCTL_ENDPOINT", &endpoint)
            .env("SOSCTL_ACCESS_KEY", "k")
            .env("SOSCTL_SECRET_KEY", "s")
            .args(["--retries", "0"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    }
}

/// Runs `python3 -c SCRIPT ENDPOINT` with the server's keys and region ch-dk-2, expecting `boto3 ok`.
fn boto3(home: &Path, endpoint: &str, script: &str) {
    let o = scrubbed("python3", home)
        .env("AWS_ACCESS_KEY_ID", DEFAULT_ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", DEFAULT_SECRET_KEY)
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .args(["-c", script, endpoint])
        .output()
        .unwrap();
    assert!(
        o.status.success() && stdout(&o).contains("boto3 ok"),
        "{}{}",
        stdout(&o),
        stderr(&o)
    );
}

const BOTO3_FOLLOWS: &str = r#"
import sys, boto3
s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="ch-dk-2")
# my-destination is in at-vie-1: botocore follows the refusal (the header, or <Region>) and signs again.
assert s3.head_bucket(Bucket="my-destination")["ResponseMetadata"]["HTTPHeaders"]["x-amz-bucket-region"] == "at-vie-1"
s3.put_object(Bucket="my-destination", Key="boto.txt", Body=b"from boto3")
assert s3.head_object(Bucket="my-destination", Key="boto.txt")["ContentLength"] == 10
assert s3.get_object(Bucket="my-destination", Key="boto.txt")["Body"].read() == b"from boto3"
keys = [o["Key"] for o in s3.list_objects_v2(Bucket="my-destination")["Contents"]]
assert keys == ["boto.txt"], keys
s3.delete_object(Bucket="my-destination", Key="boto.txt")
assert s3.get_bucket_location(Bucket="my-destination")["LocationConstraint"] == "at-vie-1"
print("boto3 ok")
"#;

#[test]
fn boto3_follows_a_bucket_to_its_zone() {
    if !require_python_module("boto3") {
        return;
    }
    let z = Zoned::start();
    z.leader_follower_buckets();
    boto3(z.dir.path(), &z.srv.endpoint, BOTO3_FOLLOWS);
}

#[test]
fn s5cmd_without_a_region_and_s3cmd_on_answers_with_a_body_follow_the_zone() {
    let z = Zoned::start();
    z.leader_follower_buckets();
    z.write(".", "hi.txt", "hi\n");
    let home = z.dir.path();
    if require_tool("s5cmd") {
        // No region configured: s5cmd HEADs the bucket and signs for the region it answers.
        let s5 = |args: &[&str]| {
            scrubbed("s5cmd", home)
                .env("AWS_ACCESS_KEY_ID", DEFAULT_ACCESS_KEY)
                .env("AWS_SECRET_ACCESS_KEY", DEFAULT_SECRET_KEY)
                .arg("--endpoint-url")
                .arg(&z.srv.endpoint)
                .args(args)
                .output()
                .unwrap()
        };
        let o = s5(&["cp", "hi.txt", "s3://my-destination/s5.txt"]);
        assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
        let o = s5(&["ls", "s3://my-destination/"]);
        assert!(stdout(&o).contains("s5.txt"), "{}{}", stdout(&o), stderr(&o));
    }
    if require_tool("s3cmd") {
        let cfg = home.join("s3cfg");
        let hostport = z.srv.endpoint.trim_start_matches("http://").to_string();
        std::fs::write(
            &cfg,
            format!(
                "[default]\naccess_key = {DEFAULT_ACCESS_KEY}\nsecret_key = {DEFAULT_SECRET_KEY}\nhost_base = \
                 {hostport}\nhost_bucket = {hostport}\nuse_https = False\nbucket_location = ch-dk-2\nsignature_v2 = False\n"
            ),
        )
        .unwrap();
        let s3cmd = |args: &[&str]| scrubbed("s3cmd", home).arg("-c").arg(&cfg).args(args).output().unwrap();
        // s3cmd reads <Region> from the error document and signs again (a HEAD has no document to read).
        let o = s3cmd(&["put", "hi.txt", "s3://my-destination/s3cmd.txt"]);
        assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
        let o = s3cmd(&["ls", "s3://my-destination/"]);
        assert!(stdout(&o).contains("s3cmd.txt"), "{}{}", stdout(&o), stderr(&o));
    }
}
