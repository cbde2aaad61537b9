//! The accept loop and the connections of `sosctl serve`: hyper's HTTP/1 connection driver on a loop of our
//! own, so that connections are bounded in number and in time (axum's `serve` has no such knobs).
//!
//! - At most [`Limits::max_connections`] at once: a permit is taken before `accept`, so when all are in use
//!   the next client waits in the kernel's listen backlog until a connection closes, and is then served.
//!   The first wait of an episode logs one line; an episode ends once the limit has not been reached for
//!   [`EPISODE_GAP`].
//! - A connection with no request in progress (a new one, or kept alive after a response) is closed after
//!   [`Limits::idle_timeout`] without a byte; once the first byte of a request head has arrived, the whole
//!   head must arrive within [`Limits::header_timeout`] (a slowloris client trickling headers is cut off).
//! - A client that stops reading a response for the idle timeout loses the connection; a request body that
//!   stalls for as long is answered `RequestTimeout` (`reqbody`).
//! - Shutdown: stop accepting, let every connection finish the request in flight (idle ones close at
//!   once), and return when the last one has closed.

use super::context::{App, Peer};
use super::dispatch;
use bytes::Bytes;
use futures_util::task::AtomicWaker;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use std::convert::Infallible;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, oneshot, watch};
use tokio::time::{Instant, Sleep};

/// A wait for a free connection this long after the previous one belongs to the same episode (one line).
const EPISODE_GAP: Duration = Duration::from_secs(10);

/// How many connections, and for how long.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub max_connections: usize,
    pub header_timeout: Duration,
    pub idle_timeout: Duration,
}

/// What a listener serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// S3 (and, to loopback clients, the metrics).
    S3,
    /// `GET /metrics` only (`--metrics-listen`).
    Metrics,
}

/// Serves `listener` until `stop` fires (or its sender is dropped), then drains the connections.
pub(crate) async fn serve(listener: TcpListener, app: Arc<App>, limits: Limits, stop: oneshot::Receiver<()>) {
    serve_as(listener, app, limits, Role::S3, stop).await
}

/// Serves `GET /metrics` alone on `listener`, with the same connection limits, until the task is ended.
pub(crate) async fn serve_metrics(listener: TcpListener, app: Arc<App>, limits: Limits) {
    let (held, stop) = oneshot::channel::<()>();
    serve_as(listener, app, limits, Role::Metrics, stop).await;
    drop(held);
}

async fn serve_as(listener: TcpListener, app: Arc<App>, limits: Limits, role: Role, mut stop: oneshot::Receiver<()>) {
    let max = limits
        .max_connections
        .clamp(1, Semaphore::MAX_PERMITS.min(u32::MAX as usize));
    let permits = Arc::new(Semaphore::new(max));
    let (closing, closing_rx) = watch::channel(false);
    let mut last_full: Option<Instant> = None;
    let mut failing = false;
    loop {
        let permit = match permits.clone().try_acquire_owned() {
            Ok(p) => p,
            Err(_) => {
                let now = Instant::now();
                if last_full.is_none_or(|t| now - t > EPISODE_GAP) {
                    eprintln!(
                        "sosctl serve: {max} connections open, the most --max-connections allows; new \
                         connections wait until one closes (said once until the limit has not been reached \
                         for {} s)",
                        EPISODE_GAP.as_secs()
                    );
                }
                last_full = Some(now);
                tokio::select! {
                    p = permits.clone().acquire_owned() => p.expect("the semaphore is never closed"),
                    _ = &mut stop => break,
                }
            }
        };
        let stream = tokio::select! {
            r = listener.accept() => r,
            _ = &mut stop => break,
        };
        let stream = match stream {
            Ok((s, peer)) => {
                failing = false;
                (s, peer)
            }
            Err(e) => {
                // Out of descriptors, most likely: the permit goes back, and accepting resumes shortly.
                if !failing {
                    eprintln!("sosctl serve: cannot accept connections ({e}); retrying");
                    failing = true;
                }
                drop(permit);
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_millis(50)) => continue,
                    _ = &mut stop => break,
                }
            }
        };
        let (stream, peer) = stream;
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let closing = closing_rx.clone();
        tokio::spawn(async move {
            connection(stream, peer, role, app, limits, closing).await;
            drop(permit);
        });
    }
    drop(listener);
    let _ = closing.send(true);
    // Every connection holds a permit until it ends.
    let _ = permits.acquire_many(max as u32).await;
}

async fn connection(
    stream: TcpStream,
    peer: std::net::SocketAddr,
    role: Role,
    app: Arc<App>,
    limits: Limits,
    mut closing: watch::Receiver<bool>,
) {
    let phase = Arc::new(Phase::default());
    let io = TokioIo::new(Guarded::new(stream, phase.clone(), limits));
    let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
        // Marked here, when hyper hands the request over, not when the future first runs.
        phase.busy();
        let (app, phase) = (app.clone(), phase.clone());
        async move {
            let mut req = req.map(axum::body::Body::new);
            req.extensions_mut().insert(Peer(peer));
            let resp = match role {
                Role::S3 => dispatch::handle(&app, limits.idle_timeout, req).await,
                Role::Metrics => dispatch::metrics_only(&app, &req),
            };
            Ok::<_, Infallible>(resp.map(|body| Tracked { body, phase }))
        }
    });
    let conn = hyper::server::conn::http1::Builder::new().serve_connection(io, service);
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => {}
        _ = async { drop(closing.wait_for(|c| *c).await) } => {
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        }
    }
}

/// Whether the connection has a request in progress, and which idle period it is in.
#[derive(Default)]
struct Phase {
    /// Even: waiting for a request (the value counts idle periods so far, times two); odd: a request is in
    /// progress (from its complete head until its response body is dropped).
    state: AtomicU64,
    /// A read that was pending while busy: woken when the connection turns idle, so that the read is
    /// polled again and its idle deadline set.
    reader: AtomicWaker,
}

impl Phase {
    fn busy(&self) {
        self.state.fetch_or(1, Ordering::AcqRel);
    }
    fn idle(&self) {
        let _ = self
            .state
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |s| (s & 1 == 1).then_some(s + 1));
        self.reader.wake();
    }
    fn get(&self) -> u64 {
        self.state.load(Ordering::Acquire)
    }
}

/// A response body that marks the connection idle once hyper is done with it (written, or abandoned).
struct Tracked {
    body: axum::body::Body,
    phase: Arc<Phase>,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.phase.idle();
    }
}

impl hyper::body::Body for Tracked {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<hyper::body::Frame<Bytes>, axum::Error>>> {
        Pin::new(&mut self.body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        self.body.size_hint()
    }
}

/// The socket with the connection's deadlines: reads while waiting for a request (idle, then head), and
/// writes that make no progress.
struct Guarded {
    io: TcpStream,
    phase: Arc<Phase>,
    limits: Limits,
    /// The idle period the read deadline was set for, and whether its request head has begun.
    armed: Option<(u64, bool)>,
    read_deadline: Pin<Box<Sleep>>,
    write_armed: bool,
    write_deadline: Pin<Box<Sleep>>,
}

impl Guarded {
    fn new(io: TcpStream, phase: Arc<Phase>, limits: Limits) -> Guarded {
        Guarded {
            io,
            phase,
            limits,
            armed: None,
            read_deadline: Box::pin(tokio::time::sleep(limits.idle_timeout)),
            write_armed: false,
            write_deadline: Box::pin(tokio::time::sleep(limits.idle_timeout)),
        }
    }

    /// A pending write has made no progress for the idle timeout.
    fn write_stalled(&mut self, cx: &mut Context<'_>) -> bool {
        if !self.write_armed {
            self.write_armed = true;
            let at = Instant::now() + self.limits.idle_timeout;
            self.write_deadline.as_mut().reset(at);
        }
        self.write_deadline.as_mut().poll(cx).is_ready()
    }

    fn written<T>(&mut self, r: Poll<io::Result<T>>, cx: &mut Context<'_>) -> Poll<io::Result<T>> {
        match r {
            Poll::Pending if self.write_stalled(cx) => Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the client has not read the response for the idle timeout",
            ))),
            Poll::Pending => Poll::Pending,
            done => {
                self.write_armed = false;
                done
            }
        }
    }
}

impl AsyncRead for Guarded {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let phase = this.phase.get();
        if phase & 1 == 1 {
            // A request is in progress: its body has a timeout of its own, its handler may take long.
            this.armed = None;
            this.phase.reader.register(cx.waker());
            return Pin::new(&mut this.io).poll_read(cx, buf);
        }
        if this.armed.is_none_or(|(p, _)| p != phase) {
            this.armed = Some((phase, false));
            let at = Instant::now() + this.limits.idle_timeout;
            this.read_deadline.as_mut().reset(at);
        }
        let before = buf.filled().len();
        match Pin::new(&mut this.io).poll_read(cx, buf) {
            Poll::Pending => match this.read_expired(cx) {
                Some(e) => Poll::Ready(Err(e)),
                None => Poll::Pending,
            },
            Poll::Ready(Ok(())) => {
                // Unless a request head was underway, that was its first byte: it now has the header
                // timeout.
                if buf.filled().len() > before
                    && let Some((_, head @ false)) = this.armed.as_mut()
                {
                    *head = true;
                    let at = Instant::now() + this.limits.header_timeout;
                    this.read_deadline.as_mut().reset(at);
                }
                Poll::Ready(Ok(()))
            }
            failed => failed,
        }
    }
}

impl Guarded {
    /// Called when a read is pending: whether its deadline has passed.
    fn read_expired(&mut self, cx: &mut Context<'_>) -> Option<io::Error> {
        let (_, head) = self.armed?;
        if self.read_deadline.as_mut().poll(cx).is_pending() {
            return None;
        }
        Some(io::Error::new(
            io::ErrorKind::TimedOut,
            if head {
                "the request head did not arrive within the header timeout"
            } else {
                "the connection was idle for the idle timeout"
            },
        ))
    }
}

impl AsyncWrite for Guarded {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let r = Pin::new(&mut this.io).poll_write(cx, data);
        this.written(r, cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let r = Pin::new(&mut this.io).poll_write_vectored(cx, bufs);
        this.written(r, cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let r = Pin::new(&mut this.io).poll_flush(cx);
        this.written(r, cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }
}
