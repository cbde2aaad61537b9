//! Waiting for something asynchronous — a server to answer, replication to finish, a child process to get
//! under way — by polling with a deadline, never by a fixed sleep; and loopback ports for the servers.

use std::future::Future;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant};

/// Polls `cond` until it holds or `deadline` has passed; returns whether it held. Starts at 10 ms between
/// polls and backs off to 200 ms.
pub fn wait_until(deadline: Duration, cond: impl FnMut() -> bool) -> bool {
    let mut pause = Duration::from_millis(10);
    poll(deadline, cond, move || {
        let now = pause;
        pause = (pause * 2).min(Duration::from_millis(200));
        now
    })
}

/// Like [`wait_until`], polling every `every`: for a window that may be short (a download's temporary
/// file exists only while it runs).
pub fn wait_until_every(every: Duration, deadline: Duration, cond: impl FnMut() -> bool) -> bool {
    poll(deadline, cond, || every)
}

fn poll(deadline: Duration, mut cond: impl FnMut() -> bool, mut pause: impl FnMut() -> Duration) -> bool {
    let end = Instant::now() + deadline;
    loop {
        if cond() {
            return true;
        }
        if Instant::now() >= end {
            return false;
        }
        std::thread::sleep(pause().min(end.saturating_duration_since(Instant::now())));
    }
}

/// The async form for `#[tokio::test]`s: polls `cond` every 10 ms until it holds; panics naming `what` once
/// `deadline` has passed.
pub async fn wait_for<F, Fut>(what: &str, deadline: Duration, mut cond: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let t0 = Instant::now();
    loop {
        if cond().await {
            return;
        }
        if t0.elapsed() > deadline {
            panic!("timed out after {deadline:?} waiting for: {what}");
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// A TCP port on 127.0.0.1 that was free a moment ago, for third-party servers that cannot be told to bind
/// port 0. (Our own server binds port 0 itself.)
pub fn free_port() -> u16 {
    free_ports(1)[0]
}

/// `n` distinct free loopback ports: bound together, released together.
pub fn free_ports(n: usize) -> Vec<u16> {
    let listeners: Vec<TcpListener> = (0..n)
        .map(|_| TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0"))
        .collect();
    listeners.iter().map(|l| l.local_addr().unwrap().port()).collect()
}

/// Whether something accepts TCP connections on 127.0.0.1:port.
pub fn port_open(port: u16) -> bool {
    TcpStream::connect_timeout(&SocketAddr::from(([127, 0, 0, 1], port)), Duration::from_millis(200)).is_ok()
}

/// Whether `GET /` on 127.0.0.1:port answers with any HTTP status line (a server that accepts connections
/// may not serve yet).
pub fn answers_http(port: u16) -> bool {
    let Ok(mut s) = TcpStream::connect_timeout(&SocketAddr::from(([127, 0, 0, 1], port)), Duration::from_millis(500))
    else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    if s.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut buf = [0u8; 12];
    matches!(s.read(&mut buf), Ok(n) if n >= 9 && buf.starts_with(b"HTTP/1."))
}
