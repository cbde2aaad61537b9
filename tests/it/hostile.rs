//! `sosctl serve` against hostile or broken clients, over raw TCP with requests signed here (so that a test
//! can lie about lengths, trickle bytes or break a chunk signature): idle connections beyond the connection
//! limit do not lock a signed client out, at the limit a kept-alive idle connection (or the next response's)
//! is closed for a waiting client but never one with a request in progress, a slowloris connection is cut off after the header timeout, a
//! stalled body is answered RequestTimeout, oversized bodies are refused with S3's codes before they are
//! read, and a body that fails verification or is cut short leaves no blob behind — while the server keeps
//! answering; on SIGTERM it finishes the request in flight without waiting for idle connections.

use crate::support::{DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, ServeProcess, wait_until, wait_until_every};
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::{Duration, Instant};

const REGION: &str = "ch-dk-2";
const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/// How long any one step may take on two busy cores.
const DEADLINE: Duration = Duration::from_secs(30);

fn hmac(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).unwrap();
    mac.update(data);
    mac.finalize().into_bytes().into()
}

fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// A SigV4 signature for one request, and what chunk signatures need.
struct Signed {
    /// Header lines to send (Host first), Authorization included.
    headers: Vec<(String, String)>,
    key: [u8; 32],
    timestamp: String,
    scope: String,
    seed: String,
}

/// Signs `method path?query` with the default pair; `headers` are extra headers (lower-case names), all
/// signed; `payload` is the x-amz-content-sha256 value.
fn sign(host: &str, method: &str, path: &str, query: &str, headers: &[(&str, &str)], payload: &str) -> Signed {
    let now = time::OffsetDateTime::now_utc();
    let timestamp = now
        .format(time::macros::format_description!(
            "[year][month][day]T[hour][minute][second]Z"
        ))
        .unwrap();
    let date = &timestamp[..8];
    let mut all: Vec<(String, String)> = vec![
        ("host".into(), host.into()),
        ("x-amz-content-sha256".into(), payload.into()),
        ("x-amz-date".into(), timestamp.clone()),
    ];
    all.extend(headers.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    all.sort();
    let signed_names: Vec<&str> = all.iter().map(|(k, _)| k.as_str()).collect();
    let signed_names = signed_names.join(";");
    let canonical_headers: String = all.iter().map(|(k, v)| format!("{k}:{}\n", v.trim())).collect();
    let canonical = format!("{method}\n{path}\n{query}\n{canonical_headers}\n{signed_names}\n{payload}");
    let scope = format!("{date}/{REGION}/s3/aws4_request");
    let sts = format!(
        "AWS4-HMAC-SHA256\n{timestamp}\n{scope}\n{}",
        sha256_hex(canonical.as_bytes())
    );
    let k = hmac(format!("AWS4{DEFAULT_SECRET_KEY}").as_bytes(), date.as_bytes());
    let k = hmac(&k, REGION.as_bytes());
    let k = hmac(&k, b"s3");
    let key = hmac(&k, b"aws4_request");
    let seed = hex::encode(hmac(&key, sts.as_bytes()));
    all.push((
        "authorization".into(),
        format!(
            "AWS4-HMAC-SHA256 Credential={DEFAULT_ACCESS_KEY}/{scope},SignedHeaders={signed_names},Signature={seed}"
        ),
    ));
    Signed {
        headers: all,
        key,
        timestamp,
        scope,
        seed,
    }
}

/// `data` as a signed aws-chunked body in `chunk`-byte chunks; chunk `corrupt` (if any) gets one byte
/// flipped after it was signed.
fn chunked_body(s: &Signed, data: &[u8], chunk: usize, corrupt: Option<usize>) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + data.len() / chunk * 100 + 200);
    let mut prev = s.seed.clone();
    let mut pieces: Vec<&[u8]> = data.chunks(chunk).collect();
    pieces.push(&[]);
    for (i, piece) in pieces.into_iter().enumerate() {
        let sts = format!(
            "AWS4-HMAC-SHA256-PAYLOAD\n{}\n{}\n{prev}\n{EMPTY_SHA256}\n{}",
            s.timestamp,
            s.scope,
            sha256_hex(piece)
        );
        prev = hex::encode(hmac(&s.key, sts.as_bytes()));
        out.extend_from_slice(format!("{:x};chunk-signature={prev}\r\n", piece.len()).as_bytes());
        let at = out.len();
        out.extend_from_slice(piece);
        if corrupt == Some(i) {
            out[at + piece.len() / 2] ^= 0x20;
        }
        if !piece.is_empty() {
            out.extend_from_slice(b"\r\n");
        }
    }
    out.extend_from_slice(b"\r\n");
    out
}

/// The server, its address for raw connections, and its data dir.
struct Server {
    serve: ServeProcess,
    host: String,
    _data: tempfile::TempDir,
    data: std::path::PathBuf,
}

impl Server {
    /// `sosctl serve --data-dir D ARGS...` with bucket `b` created.
    fn start(args: &[&str]) -> Server {
        let data = tempfile::tempdir().unwrap();
        let dir = data.path().join("data");
        let mut all = vec!["--data-dir", dir.to_str().unwrap()];
        all.extend_from_slice(args);
        let serve = ServeProcess::start(&all, &[]);
        let host = serve.endpoint.trim_start_matches("http://").to_string();
        let s = Server {
            serve,
            host,
            _data: data,
            data: dir,
        };
        let (status, doc) = s.request("PUT", "/bkt", "", &[], b"");
        assert_eq!(status, 200, "{doc}");
        s
    }

    fn connect(&self) -> TcpStream {
        let c = TcpStream::connect(&self.host).unwrap();
        c.set_read_timeout(Some(DEADLINE)).unwrap();
        c
    }

    /// A signed request with an UNSIGNED-PAYLOAD body on a new connection: (status, response body).
    fn request(&self, method: &str, path: &str, query: &str, headers: &[(&str, &str)], body: &[u8]) -> (u16, String) {
        let s = sign(&self.host, method, path, query, headers, "UNSIGNED-PAYLOAD");
        let mut c = self.connect();
        send_head(
            &mut c,
            method,
            path,
            query,
            &s.headers,
            &[("content-length", &body.len().to_string())],
        );
        let _ = c.write_all(body);
        read_response(&mut c)
    }

    /// Files under `DIR/incoming` (bodies being received) and `DIR/blobs` (stored bodies).
    fn files(&self) -> (usize, usize) {
        (walk(&self.data.join("incoming")), walk(&self.data.join("blobs")))
    }
}

fn walk(d: &Path) -> usize {
    std::fs::read_dir(d)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| if e.path().is_dir() { walk(&e.path()) } else { 1 })
                .sum()
        })
        .unwrap_or(0)
}

fn send_head(
    c: &mut TcpStream,
    method: &str,
    path: &str,
    query: &str,
    signed: &[(String, String)],
    extra: &[(&str, &str)],
) {
    let target = if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    };
    let mut head = format!("{method} {target} HTTP/1.1\r\n");
    for (k, v) in signed {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    for (k, v) in extra {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    c.write_all(head.as_bytes()).unwrap();
}

/// Reads one response (status line, headers, a Content-Length body): (status, body).
fn read_response(c: &mut TcpStream) -> (u16, String) {
    let mut buf = Vec::new();
    let mut piece = [0u8; 8192];
    let head_end = loop {
        if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break p + 4;
        }
        match c.read(&mut piece) {
            Ok(0) => panic!(
                "connection closed before a response: {:?}",
                String::from_utf8_lossy(&buf)
            ),
            Ok(n) => buf.extend_from_slice(&piece[..n]),
            Err(e) => panic!("no response: {e} (got {:?})", String::from_utf8_lossy(&buf)),
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let status: u16 = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    let len: usize = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse().unwrap())
        })
        .unwrap_or(0);
    while buf.len() < head_end + len {
        match c.read(&mut piece) {
            Ok(0) | Err(_) => break,
            Ok(n) => buf.extend_from_slice(&piece[..n]),
        }
    }
    (status, String::from_utf8_lossy(&buf[head_end..]).to_string())
}

fn code(doc: &str) -> &str {
    doc.split("<Code>")
        .nth(1)
        .and_then(|r| r.split("</Code>").next())
        .unwrap_or_else(|| panic!("no error code in {doc:?}"))
}

/// Whether the server has closed `c` (EOF or reset), looking for at most `wait`.
fn closed_by_server(c: &mut TcpStream, wait: Duration) -> bool {
    c.set_read_timeout(Some(wait)).unwrap();
    let mut b = [0u8; 64];
    match c.read(&mut b) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => !matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut),
    }
}

fn limit_lines(stderr: &str) -> usize {
    stderr
        .lines()
        .filter(|l| l.contains("--max-connections allows"))
        .count()
}

#[test]
fn idle_connections_beyond_the_limit_wait_out_the_idle_timeout_and_a_signed_client_is_served() {
    let s = Server::start(&["--max-connections", "4", "--idle-timeout", "1s"]);
    let mut idle: Vec<TcpStream> = (0..8).map(|_| s.connect()).collect();
    let t0 = Instant::now();
    let (status, _) = s.request("GET", "/", "", &[], b"");
    assert_eq!(
        status, 200,
        "the signed client is served once idle connections time out"
    );
    assert!(t0.elapsed() < DEADLINE);
    // The first four were accepted and closed by the server for being idle.
    for c in &mut idle[..4] {
        assert!(closed_by_server(c, DEADLINE), "an idle connection stayed open");
    }
    assert!(
        wait_until(DEADLINE, || limit_lines(&s.serve.stderr()) >= 1),
        "no line about the connection limit:\n{}",
        s.serve.stderr()
    );
    assert_eq!(
        limit_lines(&s.serve.stderr()),
        1,
        "one line per episode:\n{}",
        s.serve.stderr()
    );
}

#[test]
fn idle_connections_below_the_limit_do_not_delay_a_signed_client() {
    let s = Server::start(&["--max-connections", "64", "--idle-timeout", "60s"]);
    let _idle: Vec<TcpStream> = (0..16).map(|_| s.connect()).collect();
    let t0 = Instant::now();
    assert_eq!(s.request("GET", "/", "", &[], b"").0, 200);
    assert!(
        t0.elapsed() < Duration::from_secs(20),
        "served only after {:?}",
        t0.elapsed()
    );
    assert_eq!(limit_lines(&s.serve.stderr()), 0, "{}", s.serve.stderr());
}

#[test]
fn a_slowloris_connection_is_closed_after_the_header_timeout_while_others_are_served() {
    let s = Server::start(&["--header-timeout", "1s", "--idle-timeout", "60s"]);
    let mut slow = s.connect();
    let started = Instant::now();
    slow.write_all(b"GET /bkt HTTP/1.1\r\nHost: x\r\n").unwrap();
    // One header byte every 100 ms, never the end of the head.
    let mut sent = 0usize;
    let cut = wait_until_every(Duration::from_millis(100), DEADLINE, || {
        let byte = [b"x-slow: 1\r\n"[sent % 11]];
        sent += 1;
        slow.write_all(&byte).is_err() || closed_by_server(&mut slow, Duration::from_millis(1))
    });
    let after = started.elapsed();
    assert!(cut, "still open after {after:?}");
    assert!(after >= Duration::from_millis(900), "closed too early ({after:?})");
    // Served throughout, and after.
    assert_eq!(s.request("GET", "/", "", &[], b"").0, 200);
}

#[test]
fn a_silent_connection_is_closed_after_the_idle_timeout() {
    let s = Server::start(&["--idle-timeout", "1s"]);
    let mut c = s.connect();
    let t0 = Instant::now();
    assert!(closed_by_server(&mut c, DEADLINE));
    assert!(t0.elapsed() >= Duration::from_millis(900), "{:?}", t0.elapsed());
    // After a response, a kept-alive connection is idle again: closed as well.
    let mut c = s.connect();
    let signed = sign(&s.host, "GET", "/", "", &[], "UNSIGNED-PAYLOAD");
    send_head(&mut c, "GET", "/", "", &signed.headers, &[]);
    assert_eq!(read_response(&mut c).0, 200);
    assert!(closed_by_server(&mut c, DEADLINE));
}

#[test]
fn a_stalled_body_is_answered_request_timeout() {
    let s = Server::start(&["--idle-timeout", "1s"]);
    let signed = sign(&s.host, "PUT", "/bkt/k", "", &[], "UNSIGNED-PAYLOAD");
    let mut c = s.connect();
    send_head(
        &mut c,
        "PUT",
        "/bkt/k",
        "",
        &signed.headers,
        &[("content-length", "1000")],
    );
    c.write_all(&[b'x'; 10]).unwrap();
    let (status, doc) = read_response(&mut c);
    assert_eq!((status, code(&doc)), (400, "RequestTimeout"), "{doc}");
    assert_eq!(s.request("GET", "/bkt/k", "", &[], b"").0, 404);
    assert_eq!(s.files(), (0, 0));
}

#[test]
fn oversized_bodies_are_refused_with_s3_codes_before_they_are_read() {
    let s = Server::start(&[]);
    // Announced too large: answered from the head alone (no body is sent at all).
    for (method, path, query, length, want) in [
        ("PUT", "/bkt", "versioning=", "65537", "MaxMessageLengthExceeded"),
        ("POST", "/bkt", "delete=", "8388609", "MaxMessageLengthExceeded"),
        ("PUT", "/bkt/big", "", "5368709121", "EntityTooLarge"),
    ] {
        let signed = sign(&s.host, method, path, query, &[], "UNSIGNED-PAYLOAD");
        let mut c = s.connect();
        send_head(
            &mut c,
            method,
            path,
            query,
            &signed.headers,
            &[("content-length", length)],
        );
        let (status, doc) = read_response(&mut c);
        assert_eq!((status, code(&doc)), (400, want), "{method} {path}?{query}: {doc}");
    }
    // aws-chunked announcing more than 5 GiB of object bytes.
    let signed = sign(
        &s.host,
        "PUT",
        "/bkt/big",
        "",
        &[
            ("content-encoding", "aws-chunked"),
            ("x-amz-decoded-content-length", "5368709121"),
        ],
        "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
    );
    let mut c = s.connect();
    send_head(
        &mut c,
        "PUT",
        "/bkt/big",
        "",
        &signed.headers,
        &[("content-length", "6000000000")],
    );
    let (status, doc) = read_response(&mut c);
    assert_eq!((status, code(&doc)), (400, "EntityTooLarge"), "{doc}");

    // Not announced (chunked transfer): refused once the limit is crossed while reading.
    let signed = sign(&s.host, "PUT", "/bkt", "versioning=", &[], "UNSIGNED-PAYLOAD");
    let mut c = s.connect();
    send_head(
        &mut c,
        "PUT",
        "/bkt",
        "versioning=",
        &signed.headers,
        &[("transfer-encoding", "chunked")],
    );
    let piece = vec![b' '; 8192];
    for _ in 0..9 {
        let _ = c.write_all(format!("{:x}\r\n", piece.len()).as_bytes());
        let _ = c.write_all(&piece);
        let _ = c.write_all(b"\r\n");
    }
    let (status, doc) = read_response(&mut c);
    assert_eq!((status, code(&doc)), (400, "MaxMessageLengthExceeded"), "{doc}");

    // Still serving, and a document within the limit is read as usual.
    let doc = b"<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>";
    assert_eq!(s.request("PUT", "/bkt", "versioning=", &[], doc).0, 200);
    assert_eq!(s.request("PUT", "/bkt/k", "", &[], b"hello").0, 200);
    assert_eq!(s.request("GET", "/bkt/k", "", &[], b""), (200, "hello".into()));
}

#[test]
fn a_bad_chunk_signature_in_the_middle_of_a_large_body_leaves_no_blob() {
    let s = Server::start(&[]);
    let data: Vec<u8> = (0..8 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();
    let len = data.len().to_string();
    for corrupt in [Some(100), None] {
        let signed = sign(
            &s.host,
            "PUT",
            "/bkt/chunked",
            "",
            &[
                ("content-encoding", "aws-chunked"),
                ("x-amz-decoded-content-length", &len),
            ],
            "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
        );
        let body = chunked_body(&signed, &data, 64 * 1024, corrupt);
        let mut c = s.connect();
        send_head(
            &mut c,
            "PUT",
            "/bkt/chunked",
            "",
            &signed.headers,
            &[("content-length", &body.len().to_string())],
        );
        // The server stops reading at the bad chunk: the rest may not be taken.
        let _ = c.write_all(&body);
        let (status, doc) = read_response(&mut c);
        if corrupt.is_some() {
            assert_eq!((status, code(&doc)), (403, "SignatureDoesNotMatch"), "{doc}");
            assert!(doc.contains("chunk 100"), "{doc}");
            assert_eq!(s.request("GET", "/bkt/chunked", "", &[], b"").0, 404);
            assert_eq!(s.files(), (0, 0), "nothing left behind");
        } else {
            assert_eq!(status, 200, "{doc}");
            assert_eq!(s.files(), (0, 1), "one blob, no temporary file");
        }
    }
}

#[test]
fn a_body_cut_short_or_failing_its_checksum_leaves_nothing_behind() {
    let s = Server::start(&[]);
    // 3 MiB of an announced 10 MiB, then the client goes away. It was being written to a temporary blob.
    let signed = sign(&s.host, "PUT", "/bkt/cut", "", &[], "UNSIGNED-PAYLOAD");
    let mut c = s.connect();
    send_head(
        &mut c,
        "PUT",
        "/bkt/cut",
        "",
        &signed.headers,
        &[("content-length", "10485760")],
    );
    c.write_all(&vec![7u8; 3 * 1024 * 1024]).unwrap();
    assert!(
        wait_until(DEADLINE, || s.files().0 == 1),
        "the body streams to a temporary blob"
    );
    drop(c);
    assert!(wait_until(DEADLINE, || s.files() == (0, 0)), "left: {:?}", s.files());
    assert_eq!(s.request("GET", "/bkt/cut", "", &[], b"").0, 404);

    // A whole body whose CRC32 header does not match: BadDigest, nothing stored.
    let body = vec![3u8; 2 * 1024 * 1024];
    let wrong = "AAAAAA==";
    let (status, doc) = s.request("PUT", "/bkt/crc", "", &[("x-amz-checksum-crc32", wrong)], &body);
    assert_eq!((status, code(&doc)), (400, "BadDigest"), "{doc}");
    assert_eq!(s.request("GET", "/bkt/crc", "", &[], b"").0, 404);
    assert_eq!(s.files(), (0, 0));
}

#[test]
fn sigterm_finishes_the_request_in_flight_and_does_not_wait_for_idle_connections() {
    let mut s = Server::start(&["--idle-timeout", "120s"]);
    let _idle: Vec<TcpStream> = (0..3).map(|_| s.connect()).collect();
    // Half a body sent when the signal comes; the rest after.
    let signed = sign(&s.host, "PUT", "/bkt/late", "", &[], "UNSIGNED-PAYLOAD");
    let mut c = s.connect();
    send_head(
        &mut c,
        "PUT",
        "/bkt/late",
        "",
        &signed.headers,
        &[("content-length", "2000000")],
    );
    c.write_all(&[5u8; 1_000_000]).unwrap();
    assert!(wait_until(DEADLINE, || s.files().0 == 1), "the body is being received");
    let t0 = Instant::now();
    let st = std::process::Command::new("kill")
        .args(["-TERM", &s.serve.pid().to_string()])
        .status()
        .unwrap();
    assert!(st.success());
    assert!(
        wait_until(DEADLINE, || s.serve.stderr().contains("stopping")),
        "{}",
        s.serve.stderr()
    );
    c.write_all(&[5u8; 1_000_000]).unwrap();
    let (status, doc) = read_response(&mut c);
    assert_eq!(status, 200, "the request in flight is finished: {doc}");
    let exit = s.serve.wait();
    assert!(exit.success(), "{exit:?}");
    assert!(
        t0.elapsed() < Duration::from_secs(60),
        "shutdown waited {:?} (idle connections?)",
        t0.elapsed()
    );
    assert_eq!(s.files(), (0, 1), "the body was committed, nothing left in incoming/");
}

#[test]
fn deeply_nested_xml_bodies_are_malformed_xml_and_the_server_keeps_serving() {
    // 50 000 nested elements in about 350 KB once overflowed the stack and aborted the process, losing
    // everything held in memory. Every body that reaches the XML reader gets the same bounded answer.
    let s = Server::start(&[]);
    let deep = |root: &str, levels: usize| format!("<{root}>{}", "<a>".repeat(levels)).into_bytes();
    let ok = |r: (u16, String)| assert_eq!(r.0, 200, "{}", r.1);
    ok(s.request("PUT", "/nest", "", &[], b""));
    ok(s.request(
        "PUT",
        "/nest",
        "versioning=",
        &[],
        b"<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>",
    ));
    let upload = s.request("POST", "/nest/mp", "uploads=", &[], b"");
    ok(upload.clone());
    let id = upload
        .1
        .split("<UploadId>")
        .nth(1)
        .and_then(|r| r.split('<').next())
        .unwrap()
        .to_string();
    let complete_query = format!("uploadId={id}");
    for (method, path, query, body) in [
        ("POST", "/nest", "delete=", deep("Delete", 50_000)),
        ("PUT", "/nest", "replication=", deep("ReplicationConfiguration", 50_000)),
        (
            "POST",
            "/nest/mp",
            complete_query.as_str(),
            deep("CompleteMultipartUpload", 50_000),
        ),
        // The small documents are bounded by size first (64 KiB): within it, the depth bound answers.
        ("PUT", "/nest", "versioning=", deep("VersioningConfiguration", 20_000)),
        ("PUT", "/nest2", "", deep("CreateBucketConfiguration", 20_000)),
    ] {
        let (status, doc) = s.request(method, path, query, &[], &body);
        assert_eq!(
            (status, code(&doc)),
            (400, "MalformedXML"),
            "{method} {path}?{query}: {doc}"
        );
    }
    // Alive, and nothing held was lost.
    ok(s.request("PUT", "/nest/k", "", &[], b"still here"));
    assert_eq!(s.request("GET", "/nest/k", "", &[], b""), (200, "still here".into()));
}

/// A signed `GET /` on `c`, answered, the connection kept alive.
fn list_buckets_on(s: &Server, c: &mut TcpStream) {
    let signed = sign(&s.host, "GET", "/", "", &[], "UNSIGNED-PAYLOAD");
    send_head(c, "GET", "/", "", &signed.headers, &[]);
    assert_eq!(read_response(c).0, 200);
}

/// Whether `c` has an answer (or an end) to read, looking for at most 1 ms.
fn answered(c: &mut TcpStream) -> bool {
    c.set_read_timeout(Some(Duration::from_millis(1))).unwrap();
    let mut b = [0u8; 1];
    let r = c.peek(&mut b);
    c.set_read_timeout(Some(DEADLINE)).unwrap();
    !matches!(r, Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut))
}

#[test]
fn at_the_limit_the_connection_idle_longest_is_closed_for_a_waiting_client() {
    let s = Server::start(&["--max-connections", "4", "--idle-timeout", "60s"]);
    // Four kept-alive connections, each answered once, in this order, then idle.
    let mut idle: Vec<TcpStream> = (0..4).map(|_| s.connect()).collect();
    for c in &mut idle {
        list_buckets_on(&s, c);
    }
    let t0 = Instant::now();
    let (status, doc) = s.request("GET", "/", "", &[], b"");
    let took = t0.elapsed();
    assert_eq!(status, 200, "{doc}");
    assert!(
        took < Duration::from_secs(5),
        "the fifth connection waited {took:?} (idle timeout 60 s)"
    );
    // One was closed for it, the one idle longest (the first), cleanly; the others are still usable.
    assert!(
        closed_by_server(&mut idle[0], DEADLINE),
        "the oldest idle one is closed"
    );
    for c in &mut idle[1..] {
        c.set_read_timeout(Some(DEADLINE)).unwrap();
        list_buckets_on(&s, c);
    }
    assert_eq!(limit_lines(&s.serve.stderr()), 1, "{}", s.serve.stderr());
}

#[test]
fn at_the_limit_connections_with_a_request_in_progress_are_not_closed() {
    let s = Server::start(&[
        "--max-connections",
        "2",
        "--idle-timeout",
        "60s",
        "--header-timeout",
        "60s",
    ]);
    // One connection in the middle of a request head, one in the middle of a body.
    let get = sign(&s.host, "GET", "/bkt/k", "", &[], "UNSIGNED-PAYLOAD");
    let mut head = String::from("GET /bkt/k HTTP/1.1\r\n");
    for (k, v) in &get.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let mut heading = s.connect();
    heading.write_all(&head.as_bytes()[..20]).unwrap();
    let put = sign(&s.host, "PUT", "/bkt/k", "", &[], "UNSIGNED-PAYLOAD");
    let mut putting = s.connect();
    send_head(
        &mut putting,
        "PUT",
        "/bkt/k",
        "",
        &put.headers,
        &[("content-length", "40")],
    );
    putting.write_all(&[b'p'; 10]).unwrap();
    // A third client, over the limit, while both trickle a byte every 50 ms for a second.
    let mut third = s.connect();
    let listed = sign(&s.host, "GET", "/", "", &[], "UNSIGNED-PAYLOAD");
    send_head(&mut third, "GET", "/", "", &listed.headers, &[]);
    let (mut head_sent, mut body_sent) = (20, 10);
    let t0 = Instant::now();
    let kept = wait_until_every(Duration::from_millis(50), Duration::from_secs(1), || {
        heading.write_all(&head.as_bytes()[head_sent..head_sent + 1]).unwrap();
        putting.write_all(b"p").unwrap();
        head_sent += 1;
        body_sent += 1;
        answered(&mut heading) || answered(&mut putting) || answered(&mut third)
    });
    assert!(
        !kept,
        "a connection was answered or closed while its request was in progress"
    );
    assert!(t0.elapsed() >= Duration::from_millis(900));
    assert!(limit_lines(&s.serve.stderr()) == 1, "{}", s.serve.stderr());
    // Both finish their requests and are answered.
    putting.write_all(&vec![b'p'; 40 - body_sent]).unwrap();
    let (status, doc) = read_response(&mut putting);
    assert_eq!(status, 200, "{doc}");
    // That response made room for the third client: it closed its connection (`Connection: close`).
    assert!(closed_by_server(&mut putting, DEADLINE));
    heading.write_all(&head.as_bytes()[head_sent..]).unwrap();
    assert_eq!(read_response(&mut heading), (200, "p".repeat(40)));
    // The third client got the place.
    let t1 = Instant::now();
    assert_eq!(read_response(&mut third).0, 200);
    assert!(t1.elapsed() < Duration::from_secs(5), "{:?}", t1.elapsed());
}

#[test]
fn an_upload_with_more_connections_than_the_limit_is_not_held_up_by_idle_ones() {
    let s = Server::start(&["--max-connections", "16", "--idle-timeout", "60s"]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("up")).unwrap();
    for i in 0..100 {
        std::fs::write(dir.path().join(format!("up/f{i:03}")), format!("body {i}")).unwrap();
    }
    let t0 = Instant::now();
    let out = crate::support::sosctl()
        .env("SOSCTL_ENDPOINT", &s.serve.endpoint)
        .env("SOSCTL_ZONE", REGION)
        .env("SOSCTL_ACCESS_KEY", DEFAULT_ACCESS_KEY)
        .env("SOSCTL_SECRET_KEY", DEFAULT_SECRET_KEY)
        .current_dir(dir.path())
        .args(["upload", "--concurrency", "64", "-r", "up/", "sos://bkt/up/"])
        .output()
        .unwrap();
    let took = t0.elapsed();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        took < Duration::from_secs(15),
        "100 small files took {took:?} (idle timeout 60 s)"
    );
    assert_eq!(
        limit_lines(&s.serve.stderr()),
        1,
        "the limit was reached:\n{}",
        s.serve.stderr()
    );
    let (status, doc) = s.request("GET", "/bkt", "list-type=2&prefix=up%2F", &[], b"");
    assert_eq!(status, 200, "{doc}");
    assert_eq!(doc.matches("<Key>").count(), 100, "{doc}");
    for i in [0, 42, 99] {
        let (status, body) = s.request("GET", &format!("/bkt/up/f{i:03}"), "", &[], b"");
        assert_eq!((status, body), (200, format!("body {i}")));
    }
}
