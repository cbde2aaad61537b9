//! How many requests a client keeps in flight: adaptive by default, pinned by `--concurrency N`.
//!
//! **Policy.** The link's need is not known in advance: on loopback a handful of requests saturates the
//! server, 40 ms away a thousand small PUTs need hundreds in flight. So the limit starts at [`START`] and,
//! like TCP's slow start, grows by one with every request that succeeds (doubling per round trip) as long
//! as the measured throughput grows with it. Throughput is measured per *round*: as many completions as
//! the limit was when the round began. A round that is not at least [`GAIN`] times as fast as the best one
//! so far ends the growth and the limit falls back to what it was when that round began (more in flight
//! bought nothing). Afterwards the limit still grows, by an eighth per round, while a round beats the
//! best one by 5 %, so that a link that gets faster is followed. A throttling answer (503 SlowDown, 429),
//! a 5xx, a timeout or a dropped connection halves the limit, once per round (a burst of 503s is one
//! signal), and the probing starts again from there.
//!
//! **A distant server starts higher.** Ramping from 16 costs a round trip per doubling, and each of those
//! rounds opens new connections (one more round trip each): 40 ms away, 16 → 512 is five rounds, about
//! 0.3 s, longer than 1000 small PUTs take at the ceiling. So the first answer from the server sets the
//! start: a link on which one request took `t` (its connection's set-up included) starts at
//! [`PER_SECOND`] × `t` in flight, between [`START`] and the ceiling — 80 ms (40 ms away, a new
//! connection) starts at the ceiling, 20 ms at 160, loopback (well under 2 ms) at 16 as before. The first
//! answer is the client's own when it already had one (every command's first request is the HEAD that
//! finds the bucket's zone, see [`super::Client::with_limiter`]), else the first request through the
//! limiter. After that the policy above applies unchanged: a start that is too high for the server is cut
//! by its 503s, and one it cannot serve faster stops the growth at once.
//!
//! **Starting before the first answer.** `upload` need not wait for the zone HEAD before its first PUT
//! (see `cli::upload`): while that answer is awaited, it is known to take at least as long as it has been
//! awaited, so the limit may already be the start for that time ([`Limiter::first_answer_pending`]) and
//! grows with it — 8 more requests in flight per millisecond of waiting, never more than the answer will
//! set. 40 ms away the connections of the first round are opened while the HEAD travels, instead of after
//! it; on loopback the answer comes before anything is raised.
//!
//! **Ceiling.** [`CEILING`] = 512 requests, and at most a quarter of the process's open-file limit
//! ([`ceiling_for_descriptors`], after raising the soft limit towards the hard one): each request in
//! flight is one HTTP/1.1 connection, a file descriptor, and the common soft limit is 1024 per process. 512 in flight at 40 ms is 12 800 requests per second,
//! more than S3 serves per prefix (about 3 500 PUTs and 5 500 GETs per second), so against S3 the
//! throttling rule, not the ceiling, ends the growth; what the ceiling bounds is the set-up cost and the
//! descriptors. `sosctl serve` admits twice as many connections by default, so one client at the ceiling
//! never waits for one. File data in memory is bounded separately by the caller's memory budget (see
//! `upload`), so a high limit never means more buffered bytes.
//!
//! The decisions are a pure state machine ([`Controller`], fed the clock), unit-tested against a simulated
//! link; [`Limiter`] wraps it for async callers. A client with a limiter ([`super::Client::with_limiter`])
//! takes a slot for every attempt of every request and reports how it ended.

use std::sync::Mutex;
use std::time::{Duration, Instant};
use tokio::sync::Notify;

/// Requests in flight at the start.
pub const START: usize = 16;
/// The most requests in flight an adaptive limiter allows (see the module's documentation for why).
pub const CEILING: usize = 512;
/// The start after a first answer that took `t`: `PER_SECOND × t` requests in flight (8 per millisecond),
/// between [`START`] and the ceiling. A request that took `t` on a link that can carry a few thousand small
/// requests a second needs about that many in flight to keep it busy; the first answer includes its
/// connection's set-up, so `t` is one to three round trips.
pub const PER_SECOND: f64 = 8_000.0;
/// A round must be this much faster than the best round so far for the growth to go on.
pub const GAIN: f64 = 1.25;
/// A round is at least this many completions (a round of one is all noise).
const MIN_ROUND: usize = 8;

/// How one request ended, for the limiter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It got an answer that says nothing about congestion (a 2xx, or an error such as 404).
    Done,
    /// Throttled (503 SlowDown, 429), a 5xx, a timeout or no answer: too much in flight, or trouble.
    Congested,
    /// Cancelled before it ended: not counted.
    Abandoned,
}

/// The limiter's decisions, driven by completions and the time they happened.
#[derive(Debug, Clone)]
pub struct Controller {
    limit: usize,
    ceiling: usize,
    fixed: bool,
    /// Slow start: +1 per success while each round is [`GAIN`] times faster than the best.
    growing: bool,
    round_start: Instant,
    /// The limit when the round began; the round ends after that many completions (at least MIN_ROUND).
    round_base: usize,
    round_done: usize,
    round_congested: bool,
    /// Completions per second of the best round since the last cut.
    best_rate: f64,
    /// Whether a first answer's time has set the start (once; see [`Controller::learn_first_answer`]).
    seeded: bool,
}

impl Controller {
    /// An adaptive controller that starts at `start` and never exceeds `ceiling`.
    pub fn adaptive(start: usize, ceiling: usize, now: Instant) -> Controller {
        let ceiling = ceiling.max(1);
        let limit = start.clamp(1, ceiling);
        Controller {
            limit,
            ceiling,
            fixed: false,
            growing: true,
            round_start: now,
            round_base: limit,
            round_done: 0,
            round_congested: false,
            best_rate: 0.0,
            seeded: false,
        }
    }

    /// A controller pinned at `n` (`--concurrency N`).
    pub fn fixed(n: usize, now: Instant) -> Controller {
        let mut c = Controller::adaptive(n, n, now);
        c.fixed = true;
        c.growing = false;
        c
    }

    /// Requests allowed in flight now.
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// The most the limit can ever be.
    pub fn ceiling(&self) -> usize {
        self.ceiling
    }

    pub fn is_fixed(&self) -> bool {
        self.fixed
    }

    /// Whether it is still in slow start.
    pub fn is_growing(&self) -> bool {
        self.growing
    }

    /// The start for a link whose first answer took `took` (see the module's documentation).
    pub fn start_for(took: Duration, ceiling: usize) -> usize {
        let n = (took.as_secs_f64() * PER_SECOND).min(ceiling as f64) as usize;
        n.clamp(START.min(ceiling), ceiling)
    }

    /// The server's first answer took `took`: the limit starts from what that round trip needs, once, and
    /// only while nothing has been learnt yet (no round ended, no congestion), never lower than it is.
    pub fn learn_first_answer(&mut self, took: Duration, now: Instant) {
        if self.fixed || self.seeded {
            return;
        }
        self.seeded = true;
        self.raise_start(took, now);
    }

    /// The first answer has been awaited for `waited` and has not come: it will take at least that long,
    /// so the start it will set is at least the start for `waited`, and the limit may be that already
    /// (see the module's documentation, *Starting before the first answer*). Never past what the first
    /// answer sets, since that answer takes longer; nothing once it came or anything was learnt.
    pub fn first_answer_pending(&mut self, waited: Duration, now: Instant) {
        if !self.fixed && !self.seeded {
            self.raise_start(waited, now);
        }
    }

    fn raise_start(&mut self, took: Duration, now: Instant) {
        if !self.growing || self.best_rate > 0.0 || self.round_congested {
            return;
        }
        let start = Controller::start_for(took, self.ceiling);
        if start > self.limit {
            self.limit = start;
            // A new first round, of the new size.
            self.round_start = now;
            self.round_base = start;
            self.round_done = 0;
        }
    }

    /// A request ended at `now`.
    pub fn record(&mut self, outcome: Outcome, now: Instant) {
        if self.fixed || outcome == Outcome::Abandoned {
            return;
        }
        if outcome == Outcome::Congested {
            if !self.round_congested {
                self.round_congested = true;
                self.limit = (self.limit / 2).max(1);
                self.growing = false;
                self.best_rate = 0.0;
            }
        } else if self.growing && !self.round_congested {
            self.limit = (self.limit + 1).min(self.ceiling);
        }
        self.round_done += 1;
        if self.round_done >= self.round_base.max(MIN_ROUND) {
            self.end_round(now);
        }
    }

    fn end_round(&mut self, now: Instant) {
        let elapsed = now
            .saturating_duration_since(self.round_start)
            .max(Duration::from_micros(1));
        let rate = self.round_done as f64 / elapsed.as_secs_f64();
        if !self.round_congested {
            if self.growing {
                if rate >= self.best_rate * GAIN {
                    self.best_rate = rate;
                } else {
                    // This round had up to twice the requests in flight of the last and was not much
                    // faster: the link is full; go back to the limit this round began with.
                    self.growing = false;
                    self.limit = self.round_base;
                }
            } else if rate > self.best_rate * 1.05 {
                let first = self.best_rate == 0.0;
                self.best_rate = rate;
                if !first {
                    self.limit = (self.limit + (self.limit / 8).max(1)).min(self.ceiling);
                }
            }
        }
        self.round_start = now;
        self.round_base = self.limit;
        self.round_done = 0;
        self.round_congested = false;
    }
}

/// The ceiling for a process that may open `limit` files (None: no limit): [`CEILING`], or a quarter of
/// the limit when that is lower. A request in flight is a socket, and a download or a streamed copy holds
/// a file or a second socket beside it; the rest is for everything else the process opens.
pub fn ceiling_for_descriptors(limit: Option<u64>) -> usize {
    match limit {
        Some(n) => CEILING.min(usize::try_from(n / 4).unwrap_or(usize::MAX)).max(1),
        None => CEILING,
    }
}

/// Raises the process's soft limit on open files towards `want` (never above the hard limit, never
/// lowering it, as Go programs do at start) and returns the soft limit after, or None when there is none.
/// Also used by `serve` for its connections.
pub fn raise_open_file_limit(want: u64) -> Option<u64> {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
        let l = getrlimit(Resource::Nofile);
        let cur = l.current?;
        let to = l.maximum.map_or(want, |max| want.min(max));
        if to > cur
            && setrlimit(
                Resource::Nofile,
                Rlimit {
                    current: Some(to),
                    maximum: l.maximum,
                },
            )
            .is_ok()
        {
            return Some(to);
        }
        Some(cur)
    }
    #[cfg(not(unix))]
    {
        let _ = want;
        None
    }
}

/// An async limiter shared by the tasks of one command: [`Limiter::acquire`] waits for a slot.
#[derive(Debug)]
pub struct Limiter {
    state: Mutex<State>,
    freed: Notify,
    /// Notified when a first answer, or the wait for it, raised the limit (see [`Limiter::raised`]).
    raised: Notify,
}

#[derive(Debug)]
struct State {
    ctl: Controller,
    in_flight: usize,
    /// The most requests in flight at once so far.
    peak: usize,
}

/// One request's place in flight; tell how it ended with [`Slot::finish`] (dropped unfinished, it counts
/// as abandoned).
#[must_use = "a slot is given back when finished or dropped"]
pub struct Slot<'a> {
    limiter: &'a Limiter,
    done: bool,
    started: Instant,
}

impl Limiter {
    /// Adaptive from [`START`] up to [`CEILING`].
    pub fn adaptive() -> Limiter {
        let ceiling = ceiling_for_descriptors(raise_open_file_limit(4 * CEILING as u64));
        Limiter::with(Controller::adaptive(START, ceiling, Instant::now()))
    }

    /// Pinned at `n` requests in flight.
    pub fn fixed(n: usize) -> Limiter {
        Limiter::with(Controller::fixed(n.max(1), Instant::now()))
    }

    /// `--concurrency N` pins it; without the flag it adapts.
    pub fn from_flag(n: Option<usize>) -> Limiter {
        match n {
            Some(n) => Limiter::fixed(n),
            None => Limiter::adaptive(),
        }
    }

    fn with(ctl: Controller) -> Limiter {
        Limiter {
            state: Mutex::new(State {
                ctl,
                in_flight: 0,
                peak: 0,
            }),
            freed: Notify::new(),
            raised: Notify::new(),
        }
    }

    /// Resolves at the next raise of the limit that no completion made (a first answer, or the wait for
    /// it): for a caller that sizes its queue of waiting work by the limit between completions.
    pub fn raised(&self) -> tokio::sync::futures::Notified<'_> {
        self.raised.notified()
    }

    /// The most requests it will ever allow in flight: callers size their queues of waiting work by it.
    pub fn ceiling(&self) -> usize {
        self.state.lock().unwrap().ctl.ceiling()
    }

    /// Requests allowed in flight now.
    pub fn limit(&self) -> usize {
        self.state.lock().unwrap().ctl.limit()
    }

    /// The most requests that were in flight at once.
    pub fn peak(&self) -> usize {
        self.state.lock().unwrap().peak
    }

    /// Waits until a request may start.
    pub async fn acquire(&self) -> Slot<'_> {
        loop {
            let freed = self.freed.notified();
            tokio::pin!(freed);
            freed.as_mut().enable();
            {
                let mut st = self.state.lock().unwrap();
                if st.in_flight < st.ctl.limit() {
                    st.in_flight += 1;
                    st.peak = st.peak.max(st.in_flight);
                    if st.in_flight < st.ctl.limit() {
                        self.freed.notify_one();
                    }
                    return Slot {
                        limiter: self,
                        done: false,
                        started: Instant::now(),
                    };
                }
            }
            freed.await;
        }
    }

    /// The server's first answer (on this link, before this limiter) took `took`: see
    /// [`Controller::learn_first_answer`].
    pub fn learn_first_answer(&self, took: Duration) {
        self.raise_with(|ctl, now| ctl.learn_first_answer(took, now));
    }

    /// The first answer has been awaited for `waited`: see [`Controller::first_answer_pending`].
    pub fn first_answer_pending(&self, waited: Duration) {
        self.raise_with(|ctl, now| ctl.first_answer_pending(waited, now));
    }

    fn raise_with(&self, f: impl FnOnce(&mut Controller, Instant)) {
        let (free, raised) = {
            let mut st = self.state.lock().unwrap();
            let before = st.ctl.limit();
            f(&mut st.ctl, Instant::now());
            (st.ctl.limit().saturating_sub(st.in_flight), st.ctl.limit() > before)
        };
        self.wake(free);
        if raised {
            self.raised.notify_waiters();
        }
    }

    fn release(&self, outcome: Outcome, started: Instant) {
        let free = {
            let mut st = self.state.lock().unwrap();
            st.in_flight -= 1;
            let now = Instant::now();
            if outcome == Outcome::Done {
                st.ctl.learn_first_answer(now.saturating_duration_since(started), now);
            }
            st.ctl.record(outcome, now);
            st.ctl.limit().saturating_sub(st.in_flight)
        };
        // The limit may have grown by one, or jumped to a first answer's start.
        self.wake(free);
    }

    /// Wakes a waiter or two when there are free slots; each waiter that gets a slot wakes the next while
    /// slots are left ([`Limiter::acquire`]), so a jump of the limit lets them all go at O(1) per request.
    fn wake(&self, free: usize) {
        for _ in 0..free.min(2) {
            self.freed.notify_one();
        }
    }
}

impl Slot<'_> {
    pub fn finish(mut self, outcome: Outcome) {
        self.done = true;
        self.limiter.release(outcome, self.started);
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.limiter.release(Outcome::Abandoned, self.started);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;

    /// A simulated link and server: each request takes `rtt` on the wire plus `service` on one of
    /// `workers` (queued when all are busy); with more than `throttle_above` requests at the server it
    /// answers 503 at once instead.
    struct Link {
        rtt: Duration,
        service: Duration,
        workers: usize,
        throttle_above: usize,
    }

    struct Run {
        elapsed: Duration,
        final_limit: usize,
        peak: usize,
        throttled: usize,
    }

    /// Sends `n` requests through `ctl` over `link` (a discrete-event simulation, in virtual time).
    fn simulate(link: &Link, mut ctl: Controller, n: usize, t0: Instant) -> Run {
        // (completion time, outcome); workers' next free times.
        let mut pending: BinaryHeap<Reverse<(Duration, bool)>> = BinaryHeap::new();
        let mut free_at: BinaryHeap<Reverse<Duration>> = (0..link.workers).map(|_| Reverse(Duration::ZERO)).collect();
        let (mut sent, mut now, mut peak, mut throttled) = (0, Duration::ZERO, 0, 0);
        let half = link.rtt / 2;
        loop {
            while sent < n && pending.len() < ctl.limit() {
                let arrive = now + half;
                // Requests still at the server when this one arrives.
                let at_server = pending.iter().filter(|Reverse((t, _))| *t > arrive + half).count();
                if at_server >= link.throttle_above {
                    pending.push(Reverse((arrive + half, false)));
                } else {
                    let Reverse(w) = free_at.pop().unwrap();
                    let end = arrive.max(w) + link.service;
                    free_at.push(Reverse(end));
                    pending.push(Reverse((end + half, true)));
                }
                sent += 1;
                peak = peak.max(pending.len());
            }
            let Some(Reverse((t, ok))) = pending.pop() else { break };
            now = t;
            if !ok {
                throttled += 1;
            }
            ctl.record(if ok { Outcome::Done } else { Outcome::Congested }, t0 + now);
        }
        Run {
            elapsed: now,
            final_limit: ctl.limit(),
            peak,
            throttled,
        }
    }

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn on_a_long_link_it_grows_to_the_ceiling_and_comes_close_to_the_pinned_ceiling() {
        let t0 = Instant::now();
        let link = Link {
            rtt: ms(40),
            service: ms(1),
            workers: 10_000,
            throttle_above: usize::MAX,
        };
        let adaptive = simulate(&link, Controller::adaptive(START, CEILING, t0), 10_000, t0);
        let pinned = simulate(&link, Controller::fixed(CEILING, t0), 10_000, t0);
        let eight = simulate(&link, Controller::fixed(8, t0), 10_000, t0);
        assert_eq!(adaptive.final_limit, CEILING);
        assert_eq!(adaptive.peak, CEILING);
        // The ramp from 16 to 512 is five rounds of the twenty the pinned run takes (a learnt start saves
        // them: far_away_a_learnt_start_saves_the_ramp...).
        assert!(
            adaptive.elapsed.as_secs_f64() <= pinned.elapsed.as_secs_f64() * 1.25,
            "adaptive {:?}, pinned at the ceiling {:?}",
            adaptive.elapsed,
            pinned.elapsed
        );
        assert!(
            adaptive.elapsed * 10 < eight.elapsed,
            "{:?} vs {:?}",
            adaptive.elapsed,
            eight.elapsed
        );
    }

    #[test]
    fn against_a_saturated_server_it_stops_growing() {
        let t0 = Instant::now();
        // Four workers of 2 ms each, near: 2 000 requests/s whatever is in flight beyond about four.
        let link = Link {
            rtt: Duration::from_micros(200),
            service: ms(2),
            workers: 4,
            throttle_above: usize::MAX,
        };
        let adaptive = simulate(&link, Controller::adaptive(START, CEILING, t0), 5_000, t0);
        let best = simulate(&link, Controller::fixed(8, t0), 5_000, t0);
        assert!(adaptive.final_limit <= 2 * START, "limit {}", adaptive.final_limit);
        // Slow start learns a round late: it overshoots to at most twice the limit it settles at.
        assert!(adaptive.peak <= 4 * START, "peak {}", adaptive.peak);
        assert!(
            adaptive.elapsed.as_secs_f64() <= best.elapsed.as_secs_f64() * 1.05,
            "{:?} vs {:?}",
            adaptive.elapsed,
            best.elapsed
        );
    }

    #[test]
    fn throttling_halves_the_limit_and_keeps_it_below_what_the_server_takes() {
        let t0 = Instant::now();
        let link = Link {
            rtt: ms(40),
            service: ms(1),
            workers: 10_000,
            throttle_above: 48,
        };
        let r = simulate(&link, Controller::adaptive(START, CEILING, t0), 20_000, t0);
        assert!(r.final_limit <= 64, "limit {}", r.final_limit);
        assert!(r.final_limit >= 12, "limit {} collapsed", r.final_limit);
        assert!(r.throttled * 20 < 20_000, "{} of 20000 throttled", r.throttled);
        // One cut per round: a burst of 503s in one round halves once.
        let mut c = Controller::adaptive(64, CEILING, t0);
        for _ in 0..10 {
            c.record(Outcome::Congested, t0);
        }
        assert_eq!(c.limit(), 32);
        assert!(!c.is_growing());
    }

    #[test]
    fn a_pinned_limit_never_moves_and_abandoned_requests_do_not_count() {
        let t0 = Instant::now();
        let mut c = Controller::fixed(5, t0);
        for i in 0..100 {
            c.record(if i % 3 == 0 { Outcome::Congested } else { Outcome::Done }, t0 + ms(i));
        }
        assert_eq!(c.limit(), 5);
        let mut a = Controller::adaptive(10, CEILING, t0);
        a.record(Outcome::Abandoned, t0);
        assert_eq!(a.limit(), 10);
        assert!(a.is_growing());
        a.record(Outcome::Done, t0);
        assert_eq!(a.limit(), 11);
        // Never above the ceiling, never below one.
        let mut small = Controller::adaptive(1000, 3, t0);
        assert_eq!(small.limit(), 3);
        for _ in 0..20 {
            small.record(Outcome::Done, t0);
        }
        assert_eq!(small.limit(), 3);
        let mut one = Controller::adaptive(1, CEILING, t0);
        one.record(Outcome::Congested, t0);
        assert_eq!(one.limit(), 1);
    }

    #[test]
    fn the_start_follows_the_first_answer_between_the_start_and_the_ceiling() {
        assert_eq!(Controller::start_for(Duration::ZERO, CEILING), START);
        assert_eq!(Controller::start_for(ms(1), CEILING), START);
        assert_eq!(Controller::start_for(ms(20), CEILING), 160);
        assert_eq!(Controller::start_for(ms(80), CEILING), CEILING);
        assert_eq!(Controller::start_for(Duration::from_secs(3600), CEILING), CEILING);
        assert_eq!(Controller::start_for(ms(80), 100), 100);
        assert_eq!(Controller::start_for(ms(80), 4), 4);
        // Descriptors: a quarter of the open-file limit, at most the ceiling, at least one.
        assert_eq!(ceiling_for_descriptors(None), CEILING);
        assert_eq!(ceiling_for_descriptors(Some(1024)), 256);
        assert_eq!(ceiling_for_descriptors(Some(1 << 20)), CEILING);
        assert_eq!(ceiling_for_descriptors(Some(3)), 1);
    }

    #[test]
    fn a_first_answer_sets_the_start_once_and_only_before_anything_was_learnt() {
        let t0 = Instant::now();
        let mut c = Controller::adaptive(START, CEILING, t0);
        c.learn_first_answer(ms(40), t0);
        assert_eq!(c.limit(), 320);
        assert!(c.is_growing());
        // Once: a later, slower answer changes nothing.
        c.learn_first_answer(ms(80), t0);
        assert_eq!(c.limit(), 320);
        // A near server: the start stays.
        let mut near = Controller::adaptive(START, CEILING, t0);
        near.learn_first_answer(Duration::from_micros(400), t0);
        assert_eq!(near.limit(), START);
        // Never lower than the limit already is.
        let mut high = Controller::adaptive(400, CEILING, t0);
        high.learn_first_answer(ms(20), t0);
        assert_eq!(high.limit(), 400);
        // Pinned: never moves.
        let mut pinned = Controller::fixed(8, t0);
        pinned.learn_first_answer(ms(80), t0);
        assert_eq!(pinned.limit(), 8);
        // After congestion, or once a round has measured the link, the rounds decide, not the first answer.
        let mut cut = Controller::adaptive(64, CEILING, t0);
        cut.record(Outcome::Congested, t0);
        cut.learn_first_answer(ms(80), t0);
        assert_eq!(cut.limit(), 32);
        let mut measured = Controller::adaptive(START, CEILING, t0);
        for i in 0..START as u64 {
            measured.record(Outcome::Done, t0 + ms(i));
        }
        let limit = measured.limit();
        measured.learn_first_answer(ms(80), t0 + ms(20));
        assert_eq!(measured.limit(), limit);
    }

    #[test]
    fn while_the_first_answer_is_awaited_the_limit_grows_with_the_wait_up_to_what_the_answer_sets() {
        let t0 = Instant::now();
        let mut c = Controller::adaptive(START, CEILING, t0);
        // Waiting less than START / 8 ms raises nothing.
        c.first_answer_pending(ms(1), t0 + ms(1));
        assert_eq!(c.limit(), START);
        c.first_answer_pending(ms(10), t0 + ms(10));
        assert_eq!(c.limit(), 80);
        c.first_answer_pending(ms(30), t0 + ms(30));
        assert_eq!(c.limit(), 240);
        // An earlier reading (ticks out of order) never lowers it.
        c.first_answer_pending(ms(20), t0 + ms(30));
        assert_eq!(c.limit(), 240);
        // The answer, which took longer than any wait, sets the start; waiting no longer moves it.
        c.learn_first_answer(ms(45), t0 + ms(45));
        assert_eq!(c.limit(), 360);
        c.first_answer_pending(ms(70), t0 + ms(70));
        assert_eq!(c.limit(), 360);
        // Never past the ceiling; never for a pinned limit, nor once congestion was seen.
        let mut long = Controller::adaptive(START, CEILING, t0);
        long.first_answer_pending(ms(500), t0);
        assert_eq!(long.limit(), CEILING);
        let mut pinned = Controller::fixed(8, t0);
        pinned.first_answer_pending(ms(80), t0);
        assert_eq!(pinned.limit(), 8);
        let mut cut = Controller::adaptive(64, CEILING, t0);
        cut.record(Outcome::Congested, t0);
        cut.first_answer_pending(ms(80), t0);
        assert_eq!(cut.limit(), 32);
    }

    #[test]
    fn far_away_a_learnt_start_saves_the_ramp_and_near_a_saturated_server_it_changes_nothing() {
        let t0 = Instant::now();
        // 40 ms away, a server that keeps up: 1000 small requests.
        let far = Link {
            rtt: ms(40),
            service: ms(1),
            workers: 10_000,
            throttle_above: usize::MAX,
        };
        let mut learnt = Controller::adaptive(START, CEILING, t0);
        // The first answer of a new connection: its set-up round trip and the request's.
        learnt.learn_first_answer(far.rtt * 2, t0);
        let learnt = simulate(&far, learnt, 1000, t0);
        let ramp = simulate(&far, Controller::adaptive(START, CEILING, t0), 1000, t0);
        let pinned = simulate(&far, Controller::fixed(CEILING, t0), 1000, t0);
        assert_eq!(learnt.peak, CEILING);
        assert!(
            learnt.elapsed <= pinned.elapsed + ms(2),
            "learnt {:?}, pinned {:?}",
            learnt.elapsed,
            pinned.elapsed
        );
        assert!(
            learnt.elapsed * 2 <= ramp.elapsed,
            "learnt {:?}, ramp from {START} {:?}",
            learnt.elapsed,
            ramp.elapsed
        );
        // Near and saturated (as in against_a_saturated_server_it_stops_growing): a first answer of 2.4 ms
        // (one queued behind the workers) starts at 19, and the rounds stop the growth as before.
        let near = Link {
            rtt: Duration::from_micros(200),
            service: ms(2),
            workers: 4,
            throttle_above: usize::MAX,
        };
        let mut c = Controller::adaptive(START, CEILING, t0);
        c.learn_first_answer(Duration::from_micros(2_400), t0);
        assert_eq!(c.limit(), 19);
        let r = simulate(&near, c, 5_000, t0);
        let best = simulate(&near, Controller::fixed(8, t0), 5_000, t0);
        assert!(r.final_limit <= 48, "limit {}", r.final_limit);
        assert!(
            r.elapsed.as_secs_f64() <= best.elapsed.as_secs_f64() * 1.05,
            "{:?} vs {:?}",
            r.elapsed,
            best.elapsed
        );
    }

    #[tokio::test]
    async fn a_jump_of_the_limit_lets_every_waiter_go() {
        use std::sync::Arc;
        let lim = Arc::new(Limiter::with(Controller::adaptive(1, CEILING, Instant::now())));
        let held = lim.acquire().await;
        let mut tasks = tokio::task::JoinSet::new();
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        for _ in 0..100 {
            let (lim, tx) = (lim.clone(), tx.clone());
            tasks.spawn(async move {
                let slot = lim.acquire().await;
                tx.send(()).unwrap();
                // Held until the test ends, so that only the jump can have let them in.
                std::future::pending::<()>().await;
                drop(slot);
            });
        }
        tokio::task::yield_now().await;
        assert_eq!(lim.peak(), 1);
        // 40 ms: 320 allowed, so the 100 waiters all go, with the first slot still held.
        lim.learn_first_answer(ms(40));
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        for i in 0..100 {
            tokio::time::timeout_at(deadline, rx.recv())
                .await
                .unwrap_or_else(|_| panic!("only {i} of 100 waiters got a slot"));
        }
        assert_eq!(lim.peak(), 101);
        drop(held);
        tasks.abort_all();
    }

    #[test]
    fn the_open_file_limit_is_raised_towards_what_is_asked_never_lowered() {
        let before = raise_open_file_limit(0);
        let Some(before) = before else { return };
        // Asking for less than there is changes nothing.
        assert_eq!(raise_open_file_limit(1), Some(before));
        let after = raise_open_file_limit(before + 16).unwrap();
        assert!(after >= before, "{after} < {before}");
        #[cfg(unix)]
        {
            let l = rustix::process::getrlimit(rustix::process::Resource::Nofile);
            assert_eq!(l.current, Some(after));
            // Up to the hard limit, when there is one.
            let want = (before + 16).min(l.maximum.unwrap_or(u64::MAX));
            assert_eq!(after, want);
        }
    }

    #[tokio::test]
    async fn the_async_limiter_keeps_at_most_the_limit_in_flight() {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let lim = Arc::new(Limiter::fixed(3));
        let now = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..40 {
            let (lim, now, most) = (lim.clone(), now.clone(), most.clone());
            tasks.spawn(async move {
                let slot = lim.acquire().await;
                let n = now.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(n, Ordering::SeqCst);
                tokio::task::yield_now().await;
                tokio::time::sleep(Duration::from_millis(1)).await;
                now.fetch_sub(1, Ordering::SeqCst);
                slot.finish(Outcome::Done);
            });
        }
        while let Some(j) = tasks.join_next().await {
            j.unwrap();
        }
        assert_eq!(most.load(Ordering::SeqCst), 3);
        assert_eq!(lim.peak(), 3);
        // A dropped slot is given back too.
        let s = lim.acquire().await;
        drop(s);
        let all: Vec<_> = [lim.acquire().await, lim.acquire().await, lim.acquire().await].into();
        assert_eq!(all.len(), 3);
        drop(all);
        // Adaptive: the limit grows with successes.
        let a = Limiter::adaptive();
        for _ in 0..4 {
            a.acquire().await.finish(Outcome::Done);
        }
        assert_eq!(a.limit(), START + 4);
        assert_eq!(a.ceiling(), ceiling_for_descriptors(raise_open_file_limit(0)));
    }
}
