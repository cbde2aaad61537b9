//! The accept loop and the connections of `sosctl serve`: hyper's HTTP/1 connection driver on a loop of our
//! own, so that connections are bounded in number and in time (axum's `serve` has no such knobs).
//!
//! - At most [`Limits::max_connections`] at once: a permit is taken before a connection is served. When
//!   all are in use, the loop accepts the next connection (the one socket beyond the limit, not read from
//!   yet: proof that a client is waiting) and makes room for it ([`Room`]), one connection per waiting
//!   client: the next response sent says `Connection: close`, or, when none is sent within
//!   [`OFFER_WAIT`] (at once when no request is in progress), the connection idle longest after a
//!   complete response (for [`IDLE_GRACE`] at least) is closed. So a client with more connections than the
//!   limit is not held up for the idle timeout by its own unused kept-alive ones. Connections with a
//!   request in progress, and new ones that have not sent a byte yet, are never cut for this; when none
//!   is idle and no response comes, the waiting client waits until a connection closes, answers or turns
//!   idle, and is then served. The first wait of an episode logs one line; an episode ends once the limit
//!   has not been reached for [`EPISODE_GAP`].
//! - A connection with no request in progress (a new one, or kept alive after a response) is closed after
//!   [`Limits::idle_timeout`] without a byte; once the first byte of a request head has arrived, the whole
//!   head must arrive within [`Limits::header_timeout`] (a slowloris client trickling headers is cut off).
//! - A client that stops reading a response for the idle timeout loses the connection; a request body that
//!   stalls for as long is answered `RequestTimeout` (`reqbody`).
//! - Shutdown: stop accepting, let every connection finish the request in flight (idle ones close at
//!   once), and return when the last one has closed.
//!
//! Closing a kept-alive connection while it is idle is what RFC 9112 §9.3 lets a server do at any time;
//! the client retries the request it may have sent meanwhile (it got no byte of a response). A client
//! that pipelines (sends its next request before the previous response is complete) may see that request
//! unanswered, which it must retry too (§9.3.2); the clients of S3 do not pipeline.

use super::context::{App, Peer};
use super::dispatch;
use bytes::Bytes;
use futures_util::task::AtomicWaker;
use hyper::body::Incoming;
use hyper::header::{self, HeaderValue};
use hyper_util::rt::TokioIo;
use std::collections::HashMap;
use std::convert::Infallible;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore, oneshot, watch};
use tokio::time::{Instant, Sleep};

/// A wait for a free connection this long after the previous one belongs to the same episode (one line).
const EPISODE_GAP: Duration = Duration::from_secs(10);

/// A connection idle for less than this after a response is not closed for a waiting client: a client with
/// more to send reuses it at once (closing it then would race with that request). A busy one's next
/// response says `Connection: close` instead.
const IDLE_GRACE: Duration = Duration::from_millis(100);

/// While a connection has a request in progress, its response is offered to close its connection for a
/// waiting client this long before an idle connection is closed instead (which may race with a request
/// its client is sending, one it would have to retry).
const OFFER_WAIT: Duration = Duration::from_secs(1);

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
    let room = Arc::new(Room::new());
    let (closing, closing_rx) = watch::channel(false);
    let mut last_full: Option<Instant> = None;
    let mut failing = false;
    let mut next_id = 0u64;
    loop {
        // A permit, and the connection already accepted while waiting for it, if any.
        let (permit, accepted) = match permits.clone().try_acquire_owned() {
            Ok(p) => (p, None),
            Err(_) => {
                let now = Instant::now();
                if last_full.is_none_or(|t| now - t > EPISODE_GAP) {
                    eprintln!(
                        "sosctl serve: {max} connections open, the most --max-connections allows; a new \
                         connection waits until one is freed for it (the next response closes its connection, \
                         or one idle between requests is closed) (said once until the limit has not been \
                         reached for {} s)",
                        EPISODE_GAP.as_secs()
                    );
                }
                last_full = Some(now);
                tokio::select! {
                    p = permits.clone().acquire_owned() => (p.expect("the semaphore is never closed"), None),
                    r = listener.accept() => match r {
                        Ok(c) => {
                            failing = false;
                            match room.make_room(&permits, &mut stop).await {
                                Some(p) => (p, Some(c)),
                                None => break,
                            }
                        }
                        Err(e) => {
                            if accept_failed(e, &mut failing, &mut stop).await {
                                break;
                            }
                            continue;
                        }
                    },
                    _ = &mut stop => break,
                }
            }
        };
        let (stream, peer) = match accepted {
            Some(c) => c,
            None => {
                let r = tokio::select! {
                    r = listener.accept() => r,
                    _ = &mut stop => break,
                };
                match r {
                    Ok(c) => {
                        failing = false;
                        c
                    }
                    Err(e) => {
                        // The permit goes back.
                        drop(permit);
                        if accept_failed(e, &mut failing, &mut stop).await {
                            break;
                        }
                        continue;
                    }
                }
            }
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let closing = closing_rx.clone();
        let member = room.join(next_id);
        next_id += 1;
        tokio::spawn(async move {
            connection(stream, peer, role, app, limits, &member, closing).await;
            drop(member);
            drop(permit);
        });
    }
    drop(listener);
    let _ = closing.send(true);
    // Every connection holds a permit until it ends.
    let _ = permits.acquire_many(max as u32).await;
}

/// `accept` failed (out of descriptors, most likely): says so once, waits a little, and tells whether
/// `stop` fired meanwhile.
async fn accept_failed(e: io::Error, failing: &mut bool, stop: &mut oneshot::Receiver<()>) -> bool {
    if !*failing {
        eprintln!("sosctl serve: cannot accept connections ({e}); retrying");
        *failing = true;
    }
    tokio::select! {
        _ = tokio::time::sleep(Duration::from_millis(50)) => false,
        _ = stop => true,
    }
}

async fn connection(
    stream: TcpStream,
    peer: std::net::SocketAddr,
    role: Role,
    app: Arc<App>,
    limits: Limits,
    member: &Member,
    mut closing: watch::Receiver<bool>,
) {
    let phase = member.phase.clone();
    let room = member.room.clone();
    let io = TokioIo::new(Guarded::new(stream, phase.clone(), room.clone(), limits));
    let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
        // Marked here, when hyper hands the request over, not when the future first runs.
        if phase.busy() {
            room.revoked.notify_one();
        }
        let (app, phase, room) = (app.clone(), phase.clone(), room.clone());
        async move {
            let mut req = req.map(axum::body::Body::new);
            req.extensions_mut().insert(Peer(peer));
            let resp = match role {
                Role::S3 => dispatch::handle(&app, limits.idle_timeout, req).await,
                Role::Metrics => dispatch::metrics_only(&app, &req),
            };
            let mut resp = resp.map(|body| Tracked { body, phase });
            if room.claim() {
                resp.headers_mut()
                    .insert(header::CONNECTION, HeaderValue::from_static("close"));
            }
            Ok::<_, Infallible>(resp)
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

/// The open connections of a listener, for freeing one when a client waits for a free one.
///
/// One connection is freed per waiting client, not all idle ones: each one closed costs its client a new
/// connection later, so the others stay for reuse. First choice: the next response to be sent says
/// `Connection: close` (RFC 9112 §9.6), so that its client does not reuse the connection and no request
/// is lost. Else, the connection idle longest after a complete response, once idle for [`IDLE_GRACE`]: a
/// client's pool hands out its most recently used connection first, so that one is the least likely to
/// be carrying a request already (which its client would have to retry: RFC 9112 §9.3).
struct Room {
    /// The zero of [`Phase::since`].
    epoch: Instant,
    conns: std::sync::Mutex<HashMap<u64, Arc<Phase>>>,
    /// The accept loop holds a connection and waits for a free permit.
    wanted: AtomicBool,
    /// Whether the next response closes its connection: [`NO_OFFER`], [`OFFERED`] or [`CLAIMED`].
    offer: AtomicU8,
    /// A connection turned idle (and closable), or a response claimed the offer, while `wanted`.
    freed: Notify,
    /// A connection chosen for closing got a request first (hyper had it buffered) and will not close.
    revoked: Notify,
}

/// A connection's place in the [`Room`], left when dropped.
struct Member {
    room: Arc<Room>,
    id: u64,
    phase: Arc<Phase>,
}

impl Drop for Member {
    fn drop(&mut self) {
        self.room
            .conns
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.id);
    }
}

/// What [`Room::close_oldest_idle`] found.
#[derive(Debug, PartialEq, Eq)]
enum Idle {
    /// One was chosen, and is closing.
    Closed,
    /// None has been idle for [`IDLE_GRACE`]; the one idle longest will have been at this time.
    Until(Instant),
    /// None is idle after a response.
    None,
}

impl Room {
    fn new() -> Room {
        Room {
            epoch: Instant::now(),
            conns: Default::default(),
            wanted: AtomicBool::new(false),
            offer: AtomicU8::new(NO_OFFER),
            freed: Notify::new(),
            revoked: Notify::new(),
        }
    }

    fn join(self: &Arc<Self>, id: u64) -> Member {
        let phase = Arc::new(Phase::new(self.epoch));
        self.conns
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id, phase.clone());
        Member {
            room: self.clone(),
            id,
            phase,
        }
    }

    /// Called with a response about to be sent: whether it is to close its connection (it takes the offer).
    fn claim(&self) -> bool {
        let claimed = self
            .offer
            .compare_exchange(OFFERED, CLAIMED, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok();
        if claimed {
            self.freed.notify_one();
        }
        claimed
    }

    /// Called by a connection that has just turned closable.
    fn turned_idle(&self) {
        if self.wanted.load(Ordering::SeqCst) {
            self.freed.notify_one();
        }
    }

    /// Marks the connection idle longest for closing (and wakes it to close), if it has been idle for
    /// [`IDLE_GRACE`] at `now` and, while another connection has a request in progress (whose response
    /// may take the offer instead), if `now` is `busy_until` or later.
    fn close_oldest_idle(&self, now: Instant, busy_until: Instant) -> Idle {
        let (mut idle, busy) = {
            let conns = self.conns.lock().unwrap_or_else(|e| e.into_inner());
            let idle: Vec<(u64, Arc<Phase>)> = conns
                .values()
                .filter(|p| p.closable())
                .map(|p| (p.since.load(Ordering::SeqCst), p.clone()))
                .collect();
            (idle, conns.values().any(|p| p.in_progress()))
        };
        idle.sort_unstable_by_key(|(since, _)| *since);
        for (since, p) in idle {
            let mut ripe = self.epoch + Duration::from_micros(since) + IDLE_GRACE;
            if busy {
                ripe = ripe.max(busy_until);
            }
            if ripe > now {
                return Idle::Until(ripe);
            }
            // It may have received a byte meanwhile: the next one, then.
            if p.close() {
                return Idle::Closed;
            }
        }
        Idle::None
    }

    /// Waits for a free permit while offering that the next response closes its connection, and closing
    /// an idle connection when no response takes the offer within [`OFFER_WAIT`] (at once when none has a
    /// request in progress); `None` once `stop` fires. It never spins: when nothing is to be done it
    /// waits until a connection closes, turns idle or takes the offer, or the next idle one is ripe.
    async fn make_room(
        &self,
        permits: &Arc<Semaphore>,
        stop: &mut oneshot::Receiver<()>,
    ) -> Option<OwnedSemaphorePermit> {
        self.wanted.store(true, Ordering::SeqCst);
        let busy_until = Instant::now() + OFFER_WAIT;
        let got = loop {
            if let Ok(p) = permits.clone().try_acquire_owned() {
                break Some(p);
            }
            // A response that took the offer closes its connection once sent: no second one for this
            // client, unless that response is still being sent after the offer's wait (a long download).
            let now = Instant::now();
            let claimed = self.offer.load(Ordering::SeqCst) == CLAIMED;
            let found = if claimed && now < busy_until {
                Idle::Until(busy_until)
            } else {
                self.close_oldest_idle(now, busy_until)
            };
            let closed = found == Idle::Closed;
            if closed {
                let _ = self
                    .offer
                    .compare_exchange(OFFERED, NO_OFFER, Ordering::SeqCst, Ordering::SeqCst);
            } else if !claimed {
                let _ = self
                    .offer
                    .compare_exchange(NO_OFFER, OFFERED, Ordering::SeqCst, Ordering::SeqCst);
            }
            let ripe = match found {
                Idle::Until(t) => Some(t),
                _ => None,
            };
            tokio::select! {
                p = permits.clone().acquire_owned() => break Some(p.expect("the semaphore is never closed")),
                // The one closed frees its permit as soon as it has closed, unless it got a request first.
                _ = self.revoked.notified(), if closed => {}
                _ = self.freed.notified(), if !closed => {}
                _ = tokio::time::sleep_until(ripe.unwrap_or(now)), if ripe.is_some() => {}
                _ = &mut *stop => break None,
            }
        };
        self.wanted.store(false, Ordering::SeqCst);
        // An offer not taken is withdrawn; one taken closes its connection anyway (a permit for the next).
        self.offer.store(NO_OFFER, Ordering::SeqCst);
        got
    }
}

/// [`Room::offer`]: no response is to close its connection.
const NO_OFFER: u8 = 0;
/// The next response to be sent closes its connection.
const OFFERED: u8 = 1;
/// A response has taken the offer.
const CLAIMED: u8 = 2;

/// Bits of [`Phase::state`]; the rest counts the periods (waiting for a request, or serving one) so far.
/// A request is in progress, from its complete head until its response body is dropped.
const BUSY: u64 = 1;
/// Waiting for a request, and a byte of its head has arrived.
const HEAD: u64 = 2;
/// Waiting for a request after a response that has been handed to the socket in full: closable.
const FLUSHED: u64 = 4;
/// Chosen for closing (from `FLUSHED`, without `HEAD`): the next read is an end of file.
const CLOSE: u64 = 8;
/// One period in the count.
const PERIOD: u64 = 16;

/// Whether the connection has a request in progress, and which period it is in.
struct Phase {
    state: AtomicU64,
    /// The zero of `since`.
    epoch: Instant,
    /// When its response was done with (before it was written), in µs from `epoch`: the order in which
    /// its client saw the responses, where the order of `flushed` may differ.
    since: AtomicU64,
    /// The pending read: woken when the connection turns idle, so that the read is polled again and its
    /// idle deadline set, and when it is chosen for closing.
    reader: AtomicWaker,
}

impl Phase {
    fn new(epoch: Instant) -> Phase {
        Phase {
            state: AtomicU64::new(0),
            epoch,
            since: AtomicU64::new(0),
            reader: AtomicWaker::new(),
        }
    }

    /// A request head is complete; whether the connection had been chosen for closing (it is not now).
    fn busy(&self) -> bool {
        let before = self
            .state
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |s| {
                Some((s & !(HEAD | FLUSHED | CLOSE)) | BUSY)
            })
            .unwrap_or_else(|s| s);
        before & CLOSE != 0 && before & BUSY == 0
    }

    /// The response is done with: waiting for the next request.
    fn idle(&self) {
        let at = self.epoch.elapsed().as_micros().min(u64::MAX as u128) as u64;
        self.since.store(at, Ordering::SeqCst);
        let _ = self.state.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |s| {
            (s & BUSY != 0).then_some((s | (PERIOD - 1)) + 1)
        });
        self.reader.wake();
    }

    /// The socket has taken all that hyper wrote: after a response, the connection turns closable (true
    /// the first time in the period).
    fn flushed(&self) -> bool {
        let s = self.state.load(Ordering::SeqCst);
        // Never for a new connection (period 0): its client is about to send a request on it.
        if s < PERIOD || s & (BUSY | HEAD | FLUSHED | CLOSE) != 0 {
            return false;
        }
        // Only this connection's task changes a state without FLUSHED.
        self.state.fetch_or(FLUSHED, Ordering::SeqCst);
        true
    }

    /// The first byte of a request head has arrived: false if the connection was chosen for closing first
    /// (the byte is then dropped, unseen, as if it had arrived after the close).
    fn head_begun(&self) -> bool {
        self.state
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |s| {
                (s & CLOSE == 0).then_some((s & !FLUSHED) | HEAD)
            })
            .is_ok()
    }

    /// A request has begun or is being served.
    fn in_progress(&self) -> bool {
        self.state.load(Ordering::SeqCst) & (BUSY | HEAD) != 0
    }

    fn closable(&self) -> bool {
        self.state.load(Ordering::SeqCst) & (BUSY | HEAD | FLUSHED | CLOSE) == FLUSHED
    }

    /// Chooses the connection for closing if it is closable, and wakes its read.
    fn close(&self) -> bool {
        let chosen = self
            .state
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |s| {
                (s & (BUSY | HEAD | FLUSHED | CLOSE) == FLUSHED).then_some(s | CLOSE)
            })
            .is_ok();
        if chosen {
            self.reader.wake();
        }
        chosen
    }

    fn get(&self) -> u64 {
        self.state.load(Ordering::SeqCst)
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
    room: Arc<Room>,
    limits: Limits,
    /// The period the read deadline was set for, and whether its request head has begun.
    armed: Option<(u64, bool)>,
    read_deadline: Pin<Box<Sleep>>,
    write_armed: bool,
    write_deadline: Pin<Box<Sleep>>,
}

impl Guarded {
    fn new(io: TcpStream, phase: Arc<Phase>, room: Arc<Room>, limits: Limits) -> Guarded {
        Guarded {
            io,
            phase,
            room,
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
        let state = this.phase.get();
        this.phase.reader.register(cx.waker());
        if state & BUSY != 0 {
            // A request is in progress: its body has a timeout of its own, its handler may take long.
            this.armed = None;
            return Pin::new(&mut this.io).poll_read(cx, buf);
        }
        if state & CLOSE != 0 {
            // Chosen for closing while idle: hyper sees the end of the connection and closes it.
            return Poll::Ready(Ok(()));
        }
        let period = state / PERIOD;
        if this.armed.is_none_or(|(p, _)| p != period) {
            this.armed = Some((period, false));
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
                // timeout, and the connection is no longer closable.
                if buf.filled().len() > before
                    && let Some((_, head @ false)) = this.armed.as_mut()
                {
                    if !this.phase.head_begun() {
                        buf.set_filled(before);
                        return Poll::Ready(Ok(()));
                    }
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

    /// hyper flushes the socket once its own buffer is empty: after a response, the connection is then
    /// closable.
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let r = Pin::new(&mut this.io).poll_flush(cx);
        if matches!(r, Poll::Ready(Ok(()))) && this.phase.flushed() {
            this.room.turned_idle();
        }
        this.written(r, cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A connection that has answered one request and flushed the response.
    fn answered(room: &Arc<Room>, id: u64) -> Member {
        let m = room.join(id);
        assert!(!m.phase.busy());
        m.phase.idle();
        assert!(m.phase.flushed());
        m
    }

    /// A connection's task: gives its permit back once it reads as chosen for closing.
    fn closes_when_chosen(phase: Arc<Phase>, permit: tokio::sync::OwnedSemaphorePermit) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            futures_util::future::poll_fn(|cx| {
                phase.reader.register(cx.waker());
                if phase.get() & CLOSE != 0 {
                    Poll::Ready(())
                } else {
                    Poll::Pending
                }
            })
            .await;
            drop(permit);
        })
    }

    /// A client waiting at the limit: true once it got a permit, false when the listener stopped first.
    fn wait_for_room(
        room: &Arc<Room>,
        permits: &Arc<Semaphore>,
        mut stop: oneshot::Receiver<()>,
    ) -> tokio::task::JoinHandle<bool> {
        let (room, permits) = (room.clone(), permits.clone());
        tokio::spawn(async move { room.make_room(&permits, &mut stop).await.is_some() })
    }

    #[test]
    fn only_a_connection_idle_after_a_flushed_response_is_closable() {
        let room = Arc::new(Room::new());
        let m = room.join(0);
        let p = &m.phase;
        // New, never answered: not closable, even once flushed.
        assert!(!p.flushed() && !p.closable() && !p.close());
        // Busy, then done with the response but not yet flushed: not closable.
        assert!(!p.busy());
        assert!(!p.flushed() && !p.close());
        p.idle();
        assert!(!p.closable() && !p.close());
        // Flushed: closable, once.
        assert!(p.flushed());
        assert!(!p.flushed(), "turns closable once per period");
        assert!(p.closable());
        assert!(p.close());
        assert!(!p.close() && !p.closable());
        // A byte that arrives now is dropped: the connection reads as closed.
        assert!(!p.head_begun());
    }

    #[test]
    fn a_request_head_begun_makes_a_connection_unclosable_until_its_response_is_flushed() {
        let room = Arc::new(Room::new());
        let m = answered(&room, 0);
        let p = &m.phase;
        assert!(p.head_begun());
        assert!(!p.closable() && !p.close());
        assert!(!p.busy());
        assert!(!p.close());
        p.idle();
        assert!(!p.close(), "not before the response is flushed");
        assert!(p.flushed());
        assert!(p.close());
    }

    #[test]
    fn a_request_handed_over_after_the_choice_revokes_it() {
        // hyper had the whole next head buffered: the request is served, the closing is called off.
        let room = Arc::new(Room::new());
        let m = answered(&room, 0);
        assert!(m.phase.close());
        assert!(m.phase.busy(), "revoked");
        assert!(!m.phase.close() && !m.phase.closable());
        m.phase.idle();
        assert!(m.phase.flushed());
        assert!(m.phase.closable(), "closable again in its next idle period");
    }

    #[test]
    fn the_connection_idle_longest_is_closed_first_and_busy_ones_never() {
        let room = Arc::new(Room::new());
        let busy = room.join(9);
        assert!(!busy.phase.busy());
        let fresh = room.join(8);
        let b = answered(&room, 2);
        let a = answered(&room, 1);
        let c = answered(&room, 3);
        // Idle since 1, 2 and 3 µs after the room's start.
        for (m, since) in [(&b, 1), (&a, 2), (&c, 3)] {
            m.phase.since.store(since, Ordering::SeqCst);
        }
        let state = |m: &Member| m.phase.get() & CLOSE != 0;
        // Not within the grace: the one idle longest (b) is the first to be closable.
        let now = room.epoch;
        let ripe = room.epoch + Duration::from_micros(1) + IDLE_GRACE;
        assert_eq!(room.close_oldest_idle(now, now), Idle::Until(ripe));
        // While one has a request in progress, not before `busy_until` either.
        let offered = ripe + OFFER_WAIT;
        assert_eq!(room.close_oldest_idle(ripe, offered), Idle::Until(offered));
        let later = ripe + Duration::from_millis(1);
        assert_eq!(room.close_oldest_idle(later, now), Idle::Closed);
        assert_eq!((state(&a), state(&b), state(&c)), (false, true, false));
        assert_eq!(room.close_oldest_idle(later, now), Idle::Closed);
        assert_eq!((state(&a), state(&b), state(&c)), (true, true, false));
        assert_eq!(room.close_oldest_idle(later, now), Idle::Closed);
        assert_eq!(room.close_oldest_idle(later, now), Idle::None, "none left that is idle");
        assert!(!state(&busy) && !state(&fresh));
        drop((a, b, c));
        assert_eq!(room.conns.lock().unwrap().len(), 2, "members leave when dropped");
    }

    #[tokio::test]
    async fn making_room_closes_an_idle_connection_once_one_turns_idle() {
        let room = Arc::new(Room::new());
        let permits = Arc::new(Semaphore::new(1));
        let permit = permits.clone().try_acquire_owned().unwrap();
        let m = room.join(0);
        assert!(!m.phase.busy());
        // The connection: releases its permit once it reads as chosen for closing.
        let conn = closes_when_chosen(m.phase.clone(), permit);
        let (_stop_tx, stop) = oneshot::channel::<()>();
        let waiter = wait_for_room(&room, &permits, stop);
        // Nothing idle yet: it waits (no permit appears from nowhere).
        tokio::task::yield_now().await;
        assert!(!waiter.is_finished());
        // The response is done and flushed: the waiter closes the connection and gets its permit.
        m.phase.idle();
        assert!(m.phase.flushed());
        room.turned_idle();
        let got = tokio::time::timeout(Duration::from_secs(10), waiter).await;
        assert!(got.expect("the waiter was served").unwrap());
        conn.await.unwrap();
        assert!(!room.wanted.load(Ordering::SeqCst));
    }

    #[tokio::test]
    async fn making_room_offers_the_next_response_then_closes_an_idle_one_after_the_wait() {
        let room = Arc::new(Room::new());
        let permits = Arc::new(Semaphore::new(2));
        // A: a request in progress whose response (a long download) never ends here. B: idle.
        let _a_permit = permits.clone().try_acquire_owned().unwrap();
        let a = room.join(0);
        assert!(!a.phase.busy());
        let b = answered(&room, 1);
        let b_permit = permits.clone().try_acquire_owned().unwrap();
        let b_conn = closes_when_chosen(b.phase.clone(), b_permit);
        let (_stop_tx, stop) = oneshot::channel::<()>();
        let t0 = Instant::now();
        let waiter = wait_for_room(&room, &permits, stop);
        // The next response is offered to close its connection; A's takes it, and only A's.
        while room.offer.load(Ordering::SeqCst) != OFFERED {
            assert!(t0.elapsed() < Duration::from_secs(10), "no offer");
            tokio::task::yield_now().await;
        }
        assert!(b.phase.closable(), "B is spared while a response may come");
        assert!(room.claim());
        assert!(!room.claim(), "one per waiting client");
        // A's response goes on: after the offer's wait, B is closed instead.
        let got = tokio::time::timeout(Duration::from_secs(10), waiter).await;
        assert!(got.expect("the waiter was served").unwrap());
        assert!(t0.elapsed() >= OFFER_WAIT, "{:?}", t0.elapsed());
        b_conn.await.unwrap();
        assert_eq!(a.phase.get() & CLOSE, 0, "A, busy, is never chosen");
        assert_eq!(room.offer.load(Ordering::SeqCst), NO_OFFER);
    }

    #[tokio::test]
    async fn making_room_ends_when_the_listener_stops() {
        let room = Arc::new(Room::new());
        let permits = Arc::new(Semaphore::new(1));
        let _held = permits.clone().try_acquire_owned().unwrap();
        let (stop_tx, stop) = oneshot::channel::<()>();
        let waiter = wait_for_room(&room, &permits, stop);
        drop(stop_tx);
        let got = tokio::time::timeout(Duration::from_secs(10), waiter).await;
        assert!(!got.expect("it ended").unwrap(), "no permit once stopped");
    }
}
