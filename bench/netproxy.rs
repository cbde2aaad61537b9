//! A TCP proxy that makes 127.0.0.1 look like a distant network, for the benchmark harness: the same model as
//! `bench/proxy.py` (added delay per direction, an optional bandwidth cap per direction shared by every
//! connection, a handshake's round trip before a new connection's first bytes reach the server, a window of bytes
//! in transit per connection and direction), without its cost: the Python proxy spent more CPU than the client
//! and the server together on a burst of a thousand small PUTs, and a proxy short of CPU delays everything by
//! more than it was told to.
//!
//! ```text
//! cargo build --release --example netproxy
//! target/release/examples/netproxy --listen 127.0.0.1:9100 --target 127.0.0.1:9000 --rtt-ms 40 [--rate-mbit 400]
//! ```
//!
//! It prints `ready PORT` on stdout once it listens; with `--stats`, counters every second on stderr.
//!
//! Per connection and direction, one task reads and stamps each chunk with its arrival time (now, or when the
//! link is free with a cap, plus half the round trip; never before the previous chunk), and another writes it
//! at that time. A semaphore of the window's size holds what is in transit: when it is spent the reader stops
//! reading, as TCP's flow control would, so memory stays bounded and a sender cannot outrun the link. Timers
//! are tokio's (millisecond resolution, never early), as the Python proxy's 1 ms grid.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, mpsc};
use tokio::time::Instant;

/// Bytes read from a socket at once.
const CHUNK: usize = 64 * 1024;

/// One direction: propagation delay and, optionally, a rate shared by every connection.
struct Link {
    delay: Duration,
    /// Bytes per second; 0 is no cap.
    rate: f64,
    /// When the link has sent everything queued so far.
    free_at: Mutex<Option<Instant>>,
    bytes: AtomicU64,
}

impl Link {
    fn new(delay: Duration, rate: f64) -> Link {
        Link {
            delay,
            rate,
            free_at: Mutex::new(None),
            bytes: AtomicU64::new(0),
        }
    }

    /// When `n` bytes handed to the link at `now` arrive at the other end.
    fn arrival(&self, now: Instant, n: usize) -> Instant {
        self.bytes.fetch_add(n as u64, Ordering::Relaxed);
        if self.rate <= 0.0 {
            return now + self.delay;
        }
        let mut free_at = self.free_at.lock().unwrap();
        let start = free_at.map_or(now, |f| f.max(now));
        let done = start + Duration::from_secs_f64(n as f64 / self.rate);
        *free_at = Some(done);
        done + self.delay
    }
}

/// What the reader of one direction hands its writer.
enum Segment {
    /// Bytes due at the instant, holding that many window permits while in transit.
    Data(Instant, Vec<u8>),
    /// The sender finished (end of file or error): shut the peer's write side down at the instant.
    End(Instant),
}

struct Settings {
    target: SocketAddr,
    rtt: Duration,
    window: usize,
    up: Link,
    down: Link,
    connections: AtomicU64,
}

/// Reads `from` until it ends, stamping each chunk with its arrival time; `not_before` holds the first bytes
/// back (a new connection's handshake).
async fn read_side(
    mut from: OwnedReadHalf,
    link: &Link,
    not_before: Instant,
    window: Arc<Semaphore>,
    window_size: usize,
    out: mpsc::UnboundedSender<Segment>,
) {
    let mut last = not_before;
    let mut buf = vec![0u8; CHUNK.min(window_size)];
    loop {
        let n = match from.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let Ok(permits) = window.acquire_many(n as u32).await else {
            break;
        };
        permits.forget();
        let due = link.arrival(Instant::now(), n).max(last);
        last = due;
        if out.send(Segment::Data(due, buf[..n].to_vec())).is_err() {
            return;
        }
    }
    let due = (Instant::now() + link.delay).max(last);
    let _ = out.send(Segment::End(due));
}

/// Writes each segment to `to` when it is due, giving its window back once written.
async fn write_side(mut to: OwnedWriteHalf, window: Arc<Semaphore>, mut input: mpsc::UnboundedReceiver<Segment>) {
    while let Some(seg) = input.recv().await {
        match seg {
            Segment::Data(due, data) => {
                tokio::time::sleep_until(due).await;
                if to.write_all(&data).await.is_err() {
                    // The receiver is gone: stop the reader too (it waits on the window or the channel).
                    window.close();
                    return;
                }
                window.add_permits(data.len());
            }
            Segment::End(due) => {
                tokio::time::sleep_until(due).await;
                let _ = to.shutdown().await;
                return;
            }
        }
    }
}

/// One direction of a proxied connection: a reader and a writer task.
async fn pump(from: OwnedReadHalf, to: OwnedWriteHalf, link: &Link, not_before: Instant, window_size: usize) {
    let window = Arc::new(Semaphore::new(window_size));
    let (tx, rx) = mpsc::unbounded_channel();
    let writer = tokio::spawn(write_side(to, window.clone(), rx));
    read_side(from, link, not_before, window, window_size, tx).await;
    let _ = writer.await;
}

async fn serve_connection(client: TcpStream, s: Arc<Settings>) {
    let accepted = Instant::now();
    let Ok(server) = TcpStream::connect(s.target).await else {
        return;
    };
    let _ = client.set_nodelay(true);
    let _ = server.set_nodelay(true);
    let (client_read, client_write) = client.into_split();
    let (server_read, server_write) = server.into_split();
    // The client's first bytes reach the server no earlier than one and a half round trips after it
    // connected: its SYN and the SYN-ACK, then their own way there (so a first answer takes two round trips).
    let up = pump(client_read, server_write, &s.up, accepted + s.rtt + s.rtt / 2, s.window);
    let down = pump(server_read, client_write, &s.down, accepted, s.window);
    tokio::join!(up, down);
}

#[derive(Debug)]
struct Args {
    listen: String,
    target: String,
    rtt_ms: f64,
    rate_mbit: f64,
    window_kib: usize,
    stats: bool,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut a = Args {
        listen: "127.0.0.1:0".into(),
        target: String::new(),
        rtt_ms: 0.0,
        rate_mbit: 0.0,
        window_kib: 4096,
        stats: false,
    };
    while let Some(flag) = args.next() {
        if flag == "--stats" {
            a.stats = true;
            continue;
        }
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = |v: &str| v.parse::<f64>().map_err(|_| format!("{flag}: not a number: {v:?}"));
        match flag.as_str() {
            "--listen" => a.listen = value,
            "--target" => a.target = value,
            "--rtt-ms" => a.rtt_ms = number(&value)?,
            "--rate-mbit" => a.rate_mbit = number(&value)?,
            "--window-kib" => a.window_kib = number(&value)? as usize,
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    if a.target.is_empty() {
        return Err("--target HOST:PORT is required".into());
    }
    if !(a.rtt_ms >= 0.0 && a.rate_mbit >= 0.0 && a.window_kib > 0) {
        return Err("--rtt-ms and --rate-mbit must be 0 or more, --window-kib more than 0".into());
    }
    Ok(a)
}

/// Listens on `listen` and proxies every connection to `target`; returns the address it listens on.
async fn start(a: &Args) -> std::io::Result<(SocketAddr, Arc<Settings>)> {
    let target = tokio::net::lookup_host(&a.target)
        .await?
        .next()
        .ok_or_else(|| std::io::Error::other(format!("{}: no address", a.target)))?;
    let rtt = Duration::from_secs_f64(a.rtt_ms / 1000.0);
    let rate = a.rate_mbit * 1e6 / 8.0;
    let settings = Arc::new(Settings {
        target,
        rtt,
        window: a.window_kib * 1024,
        up: Link::new(rtt / 2, rate),
        down: Link::new(rtt / 2, rate),
        connections: AtomicU64::new(0),
    });
    let listener = TcpListener::bind(&a.listen).await?;
    let addr = listener.local_addr()?;
    let s = settings.clone();
    tokio::spawn(async move {
        loop {
            match listener.accept().await {
                Ok((sock, _)) => {
                    s.connections.fetch_add(1, Ordering::Relaxed);
                    tokio::spawn(serve_connection(sock, s.clone()));
                }
                // Out of descriptors, say: wait a little rather than spin.
                Err(_) => tokio::time::sleep(Duration::from_millis(5)).await,
            }
        }
    });
    Ok((addr, settings))
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let a = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("netproxy: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let (addr, settings) = match start(&a).await {
        Ok(x) => x,
        Err(e) => {
            eprintln!("netproxy: {}: {e}", a.listen);
            return std::process::ExitCode::from(1);
        }
    };
    println!("ready {}", addr.port());
    if a.stats {
        tokio::spawn(async move {
            let mut last = (0, 0);
            loop {
                tokio::time::sleep(Duration::from_secs(1)).await;
                let up = settings.up.bytes.load(Ordering::Relaxed);
                let down = settings.down.bytes.load(Ordering::Relaxed);
                eprintln!(
                    "netproxy: {} connections, up {:.1} MB/s, down {:.1} MB/s",
                    settings.connections.load(Ordering::Relaxed),
                    (up - last.0) as f64 / 1e6,
                    (down - last.1) as f64 / 1e6
                );
                last = (up, down);
            }
        });
    }
    let _ = tokio::signal::ctrl_c().await;
    std::process::ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(rtt_ms: f64, rate_mbit: f64) -> Args {
        Args {
            listen: "127.0.0.1:0".into(),
            target: String::new(),
            rtt_ms,
            rate_mbit,
            window_kib: 256,
            stats: false,
        }
    }

    /// An echo server on loopback: what it reads it writes back, until the client shuts its side.
    async fn echo_server() -> SocketAddr {
        let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = l.local_addr().unwrap();
        tokio::spawn(async move {
            while let Ok((mut s, _)) = l.accept().await {
                tokio::spawn(async move {
                    let (mut r, mut w) = s.split();
                    let _ = tokio::io::copy(&mut r, &mut w).await;
                });
            }
        });
        addr
    }

    async fn proxy(rtt_ms: f64, rate_mbit: f64) -> SocketAddr {
        let mut a = args(rtt_ms, rate_mbit);
        a.target = echo_server().await.to_string();
        start(&a).await.unwrap().0
    }

    #[test]
    fn a_capped_link_queues_what_is_handed_to_it() {
        let link = Link::new(Duration::from_millis(20), 1_000_000.0);
        let t0 = Instant::now();
        // 100 kB at 1 MB/s: 100 ms on the wire, then 20 ms of travel; the next chunk waits for the first.
        assert_eq!(link.arrival(t0, 100_000), t0 + Duration::from_millis(120));
        assert_eq!(link.arrival(t0, 100_000), t0 + Duration::from_millis(220));
        // Once the link is idle again, a chunk leaves at once.
        let later = t0 + Duration::from_secs(1);
        assert_eq!(link.arrival(later, 0), later + Duration::from_millis(20));
        let free = Link::new(Duration::from_millis(5), 0.0);
        assert_eq!(free.arrival(t0, 1 << 30), t0 + Duration::from_millis(5));
    }

    #[tokio::test]
    async fn a_round_trip_takes_the_rtt_and_a_new_connection_one_more() {
        let addr = proxy(40.0, 0.0).await;
        let t0 = Instant::now();
        let mut s = TcpStream::connect(addr).await.unwrap();
        let mut buf = [0u8; 5];
        s.write_all(b"hello").await.unwrap();
        s.read_exact(&mut buf).await.unwrap();
        assert_eq!(&buf, b"hello");
        let first = t0.elapsed();
        assert!(
            first >= Duration::from_millis(80),
            "handshake and a round trip took only {first:?}"
        );
        let t1 = Instant::now();
        s.write_all(b"again").await.unwrap();
        s.read_exact(&mut buf).await.unwrap();
        assert_eq!(&buf, b"again");
        let second = t1.elapsed();
        assert!(second >= Duration::from_millis(40), "a round trip took only {second:?}");
    }

    #[tokio::test]
    async fn bytes_arrive_whole_in_order_and_no_faster_than_the_cap() {
        // 2 MiB each way at 80 Mbit/s (10 MB/s): at least 0.2 s on the wire, through a 256 KiB window.
        let addr = proxy(2.0, 80.0).await;
        let data: Vec<u8> = (0..2u32 << 20).map(|i| (i % 251) as u8).collect();
        let s = TcpStream::connect(addr).await.unwrap();
        let (mut r, mut w) = s.into_split();
        let t0 = Instant::now();
        let sent = data.clone();
        let writer = tokio::spawn(async move {
            w.write_all(&sent).await.unwrap();
            w.shutdown().await.unwrap();
        });
        let mut back = Vec::new();
        r.read_to_end(&mut back).await.unwrap();
        writer.await.unwrap();
        let took = t0.elapsed();
        assert_eq!(back.len(), data.len());
        assert!(back == data, "the echo differs from what was sent");
        assert!(
            took >= Duration::from_millis(200),
            "2 MiB at 10 MB/s took only {took:?}"
        );
    }

    #[test]
    fn options_are_checked() {
        let parse = |v: &[&str]| parse_args(v.iter().map(|s| s.to_string()));
        assert!(parse(&["--rtt-ms", "40"]).unwrap_err().contains("--target"));
        assert!(
            parse(&["--target", "x:1", "--rtt-ms", "forty"])
                .unwrap_err()
                .contains("forty")
        );
        assert!(
            parse(&["--target", "x:1", "--bogus", "1"])
                .unwrap_err()
                .contains("--bogus")
        );
        assert!(
            parse(&["--target", "x:1", "--rtt-ms"])
                .unwrap_err()
                .contains("needs a value")
        );
        let a = parse(&["--target", "x:1", "--rtt-ms", "40", "--rate-mbit", "400", "--stats"]).unwrap();
        assert_eq!((a.rtt_ms, a.rate_mbit, a.stats), (40.0, 400.0, true));
    }
}
