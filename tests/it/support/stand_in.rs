//! A stand-in HTTP server for tests that need a server to answer one way (an S3 error document, say) and
//! to see exactly what the client sent.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

/// Answers every request on 127.0.0.1:`port` with the same status and body, and keeps the request heads it
/// saw. It runs until the test process ends.
pub struct CannedServer {
    pub port: u16,
    pub requests: Arc<Mutex<Vec<String>>>,
}

pub fn canned_server(status: &'static str, body: &'static str) -> CannedServer {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let port = listener.local_addr().unwrap().port();
    let requests = Arc::new(Mutex::new(Vec::new()));
    let seen = requests.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
                head.push_str(&line);
                line.clear();
            }
            seen.lock().unwrap().push(head);
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\ncontent-type: application/xml\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    CannedServer { port, requests }
}

/// What a [`slow_server`] saw: requests in flight now and at most, and how many it throttled.
#[derive(Default)]
pub struct Load {
    pub in_flight: usize,
    pub peak: usize,
    /// HEAD requests in flight now and at most (the others, listings say, apart).
    pub heads_in_flight: usize,
    pub head_peak: usize,
    pub throttled: usize,
    /// PUTs that arrived while a HEAD was in flight.
    pub puts_beside_heads: usize,
    /// `METHOD PATH` of every request answered 200.
    pub served: Vec<String>,
    /// TCP connections accepted (a client that reuses its connections opens about as many as it keeps
    /// requests in flight).
    pub connections: usize,
}

/// Keys per page of a [`slow_server`]'s listing.
pub const SLOW_PAGE: usize = 100;

/// A stand-in S3 server `delay` away: every request is answered after `delay` (keep-alive, one thread per
/// connection). HEAD and PUT get 200 (PUT with an ETag); GET of `/BUCKET?list-type=2...` lists `keys`
/// (`k/0000`... of 5 bytes, [`SLOW_PAGE`] a page, the continuation token being the index of the next key),
/// any other GET answers `hello`. With more than `throttle_above`
/// requests in flight it answers 503 SlowDown at once instead. It runs until the test process ends.
pub struct SlowServer {
    pub port: u16,
    pub load: Arc<Mutex<Load>>,
}

pub fn slow_server(delay: std::time::Duration, keys: usize, throttle_above: usize) -> SlowServer {
    use std::io::Read;
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let port = listener.local_addr().unwrap().port();
    let load = Arc::new(Mutex::new(Load::default()));
    let shared = load.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let load = shared.clone();
            load.lock().unwrap().connections += 1;
            std::thread::spawn(move || {
                let mut writer = stream.try_clone().unwrap();
                let mut reader = BufReader::new(stream);
                loop {
                    let mut first = String::new();
                    if reader.read_line(&mut first).map_or(true, |n| n == 0) {
                        return;
                    }
                    let mut length = 0usize;
                    let mut line = String::new();
                    while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
                        let lower = line.to_ascii_lowercase();
                        if let Some(v) = lower.strip_prefix("content-length:") {
                            length = v.trim().parse().unwrap_or(0);
                        }
                        line.clear();
                    }
                    let mut body = vec![0; length];
                    if reader.read_exact(&mut body).is_err() {
                        return;
                    }
                    let mut parts = first.split_whitespace();
                    let (method, target) = (parts.next().unwrap_or("").to_string(), parts.next().unwrap_or(""));
                    let path = target.split('?').next().unwrap_or("").to_string();
                    let throttle = {
                        let mut l = load.lock().unwrap();
                        l.in_flight += 1;
                        l.peak = l.peak.max(l.in_flight);
                        if method == "HEAD" {
                            l.heads_in_flight += 1;
                            l.head_peak = l.head_peak.max(l.heads_in_flight);
                        } else if method == "PUT" && l.heads_in_flight > 0 {
                            l.puts_beside_heads += 1;
                        }
                        let t = l.in_flight > throttle_above;
                        if t {
                            l.throttled += 1;
                            l.in_flight -= 1;
                            l.heads_in_flight -= usize::from(method == "HEAD");
                        }
                        t
                    };
                    let (status, extra, payload) = if throttle {
                        let body =
                            "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>";
                        ("503 Slow Down", String::new(), body.to_string())
                    } else {
                        std::thread::sleep(delay);
                        let answer = if method == "PUT" {
                            (
                                "200 OK",
                                "etag: \"5d41402abc4b2a76b9719d911017c592\"\r\n".to_string(),
                                String::new(),
                            )
                        } else if method == "GET" && target.contains("list-type=2") {
                            let from: usize = target
                                .split(['?', '&'])
                                .find_map(|p| p.strip_prefix("continuation-token="))
                                .and_then(|t| t.parse().ok())
                                .unwrap_or(0);
                            let to = keys.min(from + SLOW_PAGE);
                            let mut xml = format!("<ListBucketResult><IsTruncated>{}</IsTruncated>", to < keys);
                            if to < keys {
                                xml.push_str(&format!("<NextContinuationToken>{to}</NextContinuationToken>"));
                            }
                            for i in from..to {
                                xml.push_str(&format!(
                                    "<Contents><Key>k/{i:04}</Key><Size>5</Size><ETag>\"e\"</ETag>\
                                     <LastModified>2026-01-01T00:00:00.000Z</LastModified></Contents>"
                                ));
                            }
                            xml.push_str(&format!("<KeyCount>{}</KeyCount></ListBucketResult>", to - from));
                            ("200 OK", String::new(), xml)
                        } else if method == "GET" {
                            ("200 OK", "etag: \"e\"\r\n".to_string(), "hello".to_string())
                        } else {
                            ("200 OK", String::new(), String::new())
                        };
                        let mut l = load.lock().unwrap();
                        l.in_flight -= 1;
                        l.heads_in_flight -= usize::from(method == "HEAD");
                        l.served.push(format!("{method} {path}"));
                        answer
                    };
                    let len = if method == "HEAD" { 0 } else { payload.len() };
                    let head = format!(
                        "HTTP/1.1 {status}\r\ncontent-type: application/xml\r\n{extra}content-length: {len}\r\n\r\n"
                    );
                    let sent = writer.write_all(head.as_bytes()).and_then(|_| {
                        if method == "HEAD" {
                            Ok(())
                        } else {
                            writer.write_all(payload.as_bytes())
                        }
                    });
                    if sent.is_err() {
                        return;
                    }
                }
            });
        }
    });
    SlowServer { port, load }
}

/// A relay on 127.0.0.1 to the server at `target`: what the client sends goes at once, each chunk the server
/// answers is held `delay` (so every answer comes at least `delay` late). Its port; it runs until the test
/// process ends.
pub fn slow_relay(target: u16, delay: std::time::Duration) -> u16 {
    use std::io::Read;
    use std::net::TcpStream;
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(client) = client else { continue };
            let Ok(server) = TcpStream::connect(("127.0.0.1", target)) else {
                continue;
            };
            let (mut up_from, mut up_to) = (client.try_clone().unwrap(), server.try_clone().unwrap());
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut up_from, &mut up_to);
                let _ = up_to.shutdown(std::net::Shutdown::Write);
            });
            let (mut down_from, mut down_to) = (server, client);
            std::thread::spawn(move || {
                let mut buf = [0u8; 64 * 1024];
                while let Ok(n) = down_from.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    std::thread::sleep(delay);
                    if down_to.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
                let _ = down_to.shutdown(std::net::Shutdown::Both);
            });
        }
    });
    port
}
