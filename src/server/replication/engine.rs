//! The asynchronous replication engine of `sosctl serve` (replication.md §3) and its operator endpoints.
//!
//! Scheduling: work is kept per (bucket, key) in write order; a key is in exactly one place at a time (the
//! ready queue, a worker, or a backoff timer), so items for one key are applied in order (a delete marker
//! never before the version it hides) while different keys run in parallel on a bounded pool of
//! `replication_workers` tasks. Workers wait on a `Notify`, never poll; a transient failure (an injected
//! `Fault::Unavailable`) keeps the version PENDING and puts its key back
//! after an exponential backoff (50 ms doubling, capped at 2 s; a fault change or resume wakes it early).
//! A permanent failure (`Fault::Permanent`, or a `ReplicaError` from the store) makes that destination
//! FAILED with the reason. Paused replication holds the work; nothing is dropped. A worker applies the replica
//! and the new status in memory and leaves the journal's fsync to a background wait (the journal is written
//! in order, so the status record is never durable before the replica's): with `--data-dir`, workers do not
//! queue behind fsyncs, and after a crash the version is still PENDING and its retry is a no-op.
//!
//! Operator endpoints (authenticated like every request):
//! - `GET /_sosctl/replication` → JSON:
//!   `{"replication": [{"source", "destination", "pending", "pending_bytes", "completed", "completed_bytes",
//!   "failed", "failed_bytes", "last_failure_reason", "replicas_written", "oldest_pending_age_ms",
//!   "lag_ms": {"p50", "p90", "p99", "max", "count"}}], "paused": bool, "workers": n}`.
//!   Counts and bytes come from the stored version states (so they survive a restart); `replicas_written`
//!   and the lag (source write → replica written, in ms) are measured by this process since it started.
//! - `POST /_sosctl/replication?retry-failed` → `{"requeued": n}`: FAILED versions back to PENDING, queued;
//!   with `&bucket=B`, only the versions of source bucket B.
//! - `POST /_sosctl/replication?pause` / `?resume` → `{"paused": bool}`: the same switch as
//!   `Hooks::pause_replication` (for tests that run the binary; the state is not persisted).
//!
//! Roles: with a [`RoleCheck`] attached ([`Engine::set_role_check`], the server's IAM), each destination is
//! replicated as the source config's `Role`: the operations it performs (`model::iam::replication::
//! version_needs`) are asked first, and a refusal makes that destination FAILED with the checker's reason.
//!
//! Test-only: `ServerConfig::test_replication_delay` (the hidden `sosctl serve --test-replication-delay-ms`)
//! makes each worker wait that long before each item, so that a test can catch replication in the middle
//! (kill -9 test).

use super::hooks::{Fault, Hooks};
use crate::model::iam::SosOperation;
use crate::model::iam::replication::version_needs;
use crate::model::operator::{LagReport, OperatorReport, PairReport, Paused, Requeued};
use crate::server::error::{Kind, S3Error, S3Result};
use crate::server::store::{Millis, ReplicationSink, ReplicationStatus, Store, WorkItem, now_ms};
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

const BACKOFF_FIRST: Duration = Duration::from_millis(50);
const BACKOFF_MAX: Duration = Duration::from_secs(2);
/// Lag samples kept per pair (beyond that, a uniform sample of all of them).
const LAG_SAMPLES: usize = 100_000;

type KeyId = (String, String);

#[derive(Default)]
struct KeyQueue {
    items: VecDeque<WorkItem>,
    attempts: u32,
}

#[derive(Default)]
struct Sched {
    ready: VecDeque<KeyId>,
    keys: HashMap<KeyId, KeyQueue>,
}

#[derive(Default)]
struct PairStats {
    replicas_written: u64,
    last_failure: Option<String>,
    lag: Vec<u64>,
    lag_seen: u64,
    lag_max: u64,
}

/// Decides whether replication, running as a role, may perform its operations: (operation, bucket, the
/// bucket's zone), in order. Err is the reason the version FAILED (naming the operation, the bucket and the
/// role).
pub trait RoleCheck: Send + Sync {
    fn replication_allowed(&self, role: &str, ops: &[(SosOperation, String, String)]) -> Result<(), String>;
}

/// The engine; attach with [`Engine::start`].
pub struct Engine {
    roles: OnceLock<Arc<dyn RoleCheck>>,
    store: Arc<Store>,
    hooks: Arc<Hooks>,
    workers: usize,
    delay: Duration,
    sched: Mutex<Sched>,
    ready: tokio::sync::Notify,
    stats: Mutex<HashMap<KeyId, PairStats>>,
    stopped: AtomicBool,
    tasks: Mutex<Vec<tokio::task::JoinHandle<()>>>,
    /// The Prometheus metrics told of each outcome, once attached ([`Engine::set_metrics`]).
    metrics: std::sync::OnceLock<Arc<crate::server::metrics::Metrics>>,
}

enum Outcome {
    Done,
    Retry,
}

impl Engine {
    /// Builds the engine, registers it with the store, queues the PENDING work found in the store, and
    /// starts the workers on the current runtime.
    pub fn start(store: Arc<Store>, hooks: Arc<Hooks>, workers: usize, delay: Duration) -> Arc<Engine> {
        Engine::start_as(store, hooks, workers, delay, None)
    }

    /// [`Engine::start`], replicating as the configs' roles when `roles` is given (set before any work is
    /// queued, so that no version of the data dir is replicated unchecked).
    pub fn start_as(
        store: Arc<Store>,
        hooks: Arc<Hooks>,
        workers: usize,
        delay: Duration,
        roles: Option<Arc<dyn RoleCheck>>,
    ) -> Arc<Engine> {
        let engine = Arc::new(Engine {
            roles: roles.map(OnceLock::from).unwrap_or_default(),
            store: store.clone(),
            hooks,
            workers: workers.max(1),
            delay,
            sched: Mutex::new(Sched::default()),
            ready: tokio::sync::Notify::new(),
            stats: Mutex::new(HashMap::new()),
            stopped: AtomicBool::new(false),
            tasks: Mutex::new(Vec::new()),
            metrics: std::sync::OnceLock::new(),
        });
        // Registered before the scan: a write landing in between is then queued twice at worst, and the
        // second pass finds nothing PENDING for it (a no-op), whereas the other order could miss it.
        store.set_replication_sink(Some(engine.clone()));
        for item in store.pending_replication() {
            engine.enqueue(item);
        }
        let mut tasks = Vec::with_capacity(engine.workers);
        for _ in 0..engine.workers {
            let e = engine.clone();
            tasks.push(tokio::spawn(async move { e.worker().await }));
        }
        *engine.tasks.lock().unwrap_or_else(|e| e.into_inner()) = tasks;
        engine
    }

    /// Detaches from the store and ends the workers (work still PENDING stays so in the store).
    pub fn stop(&self) -> Vec<tokio::task::JoinHandle<()>> {
        self.stopped.store(true, Ordering::SeqCst);
        self.store.set_replication_sink(None);
        let tasks: Vec<_> = self.tasks.lock().unwrap_or_else(|e| e.into_inner()).drain(..).collect();
        for t in &tasks {
            t.abort();
        }
        tasks
    }

    /// [`Self::stop`], and waits until the workers are gone (they hold the store).
    pub async fn shutdown(&self) {
        for t in self.stop() {
            let _ = t.await;
        }
    }

    /// Attaches the metrics that count replicas, failures and lag (once; later calls are ignored).
    pub fn set_metrics(&self, m: Arc<crate::server::metrics::Metrics>) {
        let _ = self.metrics.set(m);
    }

    /// Whether the source config's role may replicate `version` to `dest` (Ok without a checker or
    /// without a config to name the role).
    fn role_allows(&self, source: &str, dest: &str, version: &crate::server::store::Version) -> Result<(), String> {
        let Some(check) = self.roles.get() else { return Ok(()) };
        let Some(cfg) = self.store.replication(source).ok().flatten() else {
            return Ok(());
        };
        let zone = |b: &str| self.store.bucket_info(b).map(|i| i.region).unwrap_or_default();
        let m = &version.meta;
        let ops: Vec<(SosOperation, String, String)> =
            version_needs(source, dest, m.delete_marker, m.retention.is_some(), m.legal_hold)
                .into_iter()
                .map(|(op, b)| {
                    let z = zone(&b);
                    (op, b, z)
                })
                .collect();
        check.replication_allowed(&cfg.config.role, &ops)
    }

    pub fn workers(&self) -> usize {
        self.workers
    }

    fn sched(&self) -> std::sync::MutexGuard<'_, Sched> {
        self.sched.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn make_ready(&self, key: KeyId) {
        self.sched().ready.push_back(key);
        self.ready.notify_one();
    }

    async fn wait_while_paused(&self) {
        loop {
            let changed = self.hooks.changed();
            tokio::pin!(changed);
            changed.as_mut().enable();
            if !self.hooks.replication_paused() {
                return;
            }
            changed.await;
        }
    }

    async fn next_key(&self) -> KeyId {
        loop {
            self.wait_while_paused().await;
            if let Some(k) = self.sched().ready.pop_front() {
                if self.hooks.replication_paused() {
                    // Paused in between: hand it back untouched.
                    self.sched().ready.push_front(k);
                    self.ready.notify_one();
                    continue;
                }
                return k;
            }
            self.ready.notified().await;
        }
    }

    async fn worker(self: Arc<Self>) {
        while !self.stopped.load(Ordering::SeqCst) {
            let key = self.next_key().await;
            if !self.delay.is_zero() {
                tokio::time::sleep(self.delay).await;
            }
            let front = self.sched().keys.get(&key).and_then(|q| q.items.front().cloned());
            let outcome = match &front {
                Some(item) => self.process(item).await,
                None => Outcome::Done,
            };
            let backoff = {
                let mut sched = self.sched();
                let Some(q) = sched.keys.get_mut(&key) else { continue };
                match outcome {
                    Outcome::Done => {
                        q.items.pop_front();
                        q.attempts = 0;
                        if q.items.is_empty() {
                            sched.keys.remove(&key);
                        } else {
                            sched.ready.push_back(key.clone());
                            self.ready.notify_one();
                        }
                        None
                    }
                    Outcome::Retry => {
                        let d = backoff(q.attempts);
                        q.attempts = q.attempts.saturating_add(1);
                        Some(d)
                    }
                }
            };
            if let Some(d) = backoff {
                // Holds no strong reference while it waits: a stopped engine (and its store) can go.
                let me = Arc::downgrade(&self);
                let hooks = self.hooks.clone();
                tokio::spawn(async move {
                    tokio::select! {
                        _ = tokio::time::sleep(d) => {}
                        _ = hooks.changed() => {}
                    }
                    if let Some(me) = me.upgrade().filter(|m| !m.stopped.load(Ordering::SeqCst)) {
                        me.make_ready(key);
                    }
                });
            }
        }
    }

    /// Replicates one version to each destination still PENDING for it.
    async fn process(&self, item: &WorkItem) -> Outcome {
        let Some(version) = self.store.version(&item.bucket, &item.key, &item.version_id) else {
            return Outcome::Done; // deleted meanwhile: nothing left to replicate
        };
        let Some(state) = version
            .meta
            .replication
            .as_ref()
            .filter(|r| r.status != ReplicationStatus::Replica)
        else {
            return Outcome::Done;
        };
        let since = state.since;
        let pending: Vec<String> = state
            .targets
            .iter()
            .filter(|t| t.status == ReplicationStatus::Pending)
            .map(|t| t.bucket.clone())
            .collect();
        let mut retry = false;
        let mut journal = Vec::new();
        for dest in pending {
            let result = match self.hooks.fault(&dest) {
                Some(Fault::Unavailable) => {
                    retry = true;
                    continue;
                }
                Some(Fault::Permanent(reason)) => Err(reason),
                None => match self.role_allows(&item.bucket, &dest, &version).and_then(|()| {
                    self.store
                        .apply_replica(&dest, &item.key, &version)
                        .map_err(|e| e.to_string())
                }) {
                    Ok((written, j)) => {
                        journal.push(j);
                        Ok(written)
                    }
                    Err(e) => Err(e),
                },
            };
            let (status, reason) = match &result {
                Ok(_) => (ReplicationStatus::Completed, None),
                Err(r) => (ReplicationStatus::Failed, Some(r.clone())),
            };
            let recorded =
                self.store
                    .apply_target_status(&item.bucket, &item.key, &item.version_id, &dest, status, reason);
            if let Ok((_, j)) = recorded {
                journal.push(j);
            } else {
                // The source version or bucket went away; a missing status journal record is retried.
                if self.store.version(&item.bucket, &item.key, &item.version_id).is_some() {
                    retry = true;
                }
                continue;
            }
            self.record(&item.bucket, &dest, since, result);
        }
        if !journal.is_empty() {
            // The writes are applied; their journal records are fsynced in order by the writer thread. Not
            // waiting here keeps this worker's next item out of the fsync queue. Should the process die
            // first, the version is still PENDING in the journal and its retry is a no-op.
            tokio::spawn(async move {
                for j in journal {
                    if let Err(e) = j.wait().await {
                        eprintln!("sosctl serve: replication journal write failed: {e}");
                        break;
                    }
                }
            });
        }
        if retry { Outcome::Retry } else { Outcome::Done }
    }

    fn record(&self, source: &str, dest: &str, since: Millis, result: Result<bool, String>) {
        if let Some(m) = self.metrics.get() {
            match &result {
                Ok(written) => {
                    let lag = u64::try_from(now_ms().saturating_sub(since)).unwrap_or(0);
                    m.replicated(source, dest, *written, lag);
                }
                Err(reason) => m.failed(source, dest, reason),
            }
        }
        let mut stats = self.stats.lock().unwrap_or_else(|e| e.into_inner());
        let s = stats.entry((source.to_string(), dest.to_string())).or_default();
        match result {
            Ok(written) => {
                if written {
                    s.replicas_written += 1;
                }
                let lag = u64::try_from(now_ms().saturating_sub(since)).unwrap_or(0);
                s.lag_seen += 1;
                s.lag_max = s.lag_max.max(lag);
                if s.lag.len() < LAG_SAMPLES {
                    s.lag.push(lag);
                } else {
                    let i = fastrand::u64(..s.lag_seen) as usize;
                    if i < LAG_SAMPLES {
                        s.lag[i] = lag;
                    }
                }
            }
            Err(reason) => s.last_failure = Some(reason),
        }
    }

    /// The operator view (`GET /_sosctl/replication`).
    pub fn report(&self) -> OperatorReport {
        let figures = self.store.replication_figures();
        let now = now_ms();
        let stats = self.stats.lock().unwrap_or_else(|e| e.into_inner());
        let mut rows = Vec::new();
        for ((source, dest), f) in figures {
            let s = stats.get(&(source.clone(), dest.clone()));
            let mut lag: Vec<u64> = s.map(|s| s.lag.clone()).unwrap_or_default();
            lag.sort_unstable();
            let pct = |p: f64| -> Option<u64> {
                if lag.is_empty() {
                    return None;
                }
                let i = ((p * lag.len() as f64).ceil() as usize).clamp(1, lag.len()) - 1;
                Some(lag[i])
            };
            rows.push(PairReport {
                source,
                destination: dest,
                pending: Some(f.pending),
                pending_bytes: Some(f.pending_bytes),
                completed: Some(f.completed),
                completed_bytes: Some(f.completed_bytes),
                failed: Some(f.failed),
                failed_bytes: Some(f.failed_bytes),
                last_failure_reason: s.and_then(|s| s.last_failure.clone()).or(f.failure_reason),
                replicas_written: Some(s.map_or(0, |s| s.replicas_written)),
                oldest_pending_age_ms: f.oldest_pending_since.map(|t| now.saturating_sub(t).max(0)),
                lag_ms: Some(LagReport {
                    p50: pct(0.50),
                    p90: pct(0.90),
                    p99: pct(0.99),
                    max: s.filter(|s| s.lag_seen > 0).map(|s| s.lag_max),
                    count: Some(s.map_or(0, |s| s.lag_seen)),
                }),
            });
        }
        OperatorReport {
            replication: rows,
            paused: Some(self.hooks.replication_paused()),
            workers: Some(self.workers as u64),
        }
    }

    /// `POST /_sosctl/replication?retry-failed[&bucket=B]`: how many versions (of source bucket `B`
    /// only, when given) were queued again.
    pub async fn retry_failed(&self, bucket: Option<&str>) -> usize {
        let items = self.store.retry_failed(bucket).await;
        let n = items.len();
        for i in items {
            self.enqueue(i);
        }
        n
    }

    /// Serves `GET|POST /_sosctl/replication`, as JSON.
    /// `query` lists the query parameter names present; `bucket` is the value of `bucket=`, if any.
    pub async fn operator(&self, post: bool, query: &[&str], bucket: Option<&str>) -> S3Result<serde_json::Value> {
        let json = |v: Result<serde_json::Value, serde_json::Error>| v.map_err(S3Error::internal);
        if !post {
            return json(serde_json::to_value(self.report()));
        }
        let query = |k: &str| query.contains(&k);
        if query("retry-failed") {
            let requeued = self.retry_failed(bucket).await as u64;
            return json(serde_json::to_value(Requeued { requeued }));
        }
        if query("pause") {
            self.hooks.pause_replication();
            return json(serde_json::to_value(Paused { paused: true }));
        }
        if query("resume") {
            self.hooks.resume_replication();
            return json(serde_json::to_value(Paused { paused: false }));
        }
        Err(S3Error::msg(
            Kind::InvalidArgument,
            "POST /_sosctl/replication needs one of ?retry-failed, ?pause, ?resume",
        ))
    }
}

fn backoff(attempts: u32) -> Duration {
    BACKOFF_FIRST
        .checked_mul(1u32 << attempts.min(16))
        .map_or(BACKOFF_MAX, |d| d.min(BACKOFF_MAX))
}

impl ReplicationSink for Engine {
    fn enqueue(&self, item: WorkItem) {
        if self.stopped.load(Ordering::SeqCst) {
            return;
        }
        let key = (item.bucket.clone(), item.key.clone());
        let mut sched = self.sched();
        match sched.keys.get_mut(&key) {
            Some(q) => {
                // Already queued (a reload racing the live path, or a retry): once is enough.
                if !q.items.contains(&item) {
                    q.items.push_back(item);
                }
            }
            None => {
                let mut q = KeyQueue::default();
                q.items.push_back(item);
                sched.keys.insert(key.clone(), q);
                sched.ready.push_back(key);
                drop(sched);
                self.ready.notify_one();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(key: &str, v: &str) -> WorkItem {
        WorkItem {
            bucket: "b".into(),
            key: key.into(),
            version_id: v.into(),
        }
    }

    #[tokio::test]
    async fn one_key_is_in_one_place_in_write_order() {
        let store = Arc::new(Store::memory());
        let hooks = Arc::new(Hooks::default());
        hooks.pause_replication();
        let e = Engine::start(store, hooks, 4, Duration::ZERO);
        for (k, v) in [("a", "1"), ("a", "2"), ("b", "1"), ("a", "3"), ("a", "2")] {
            e.enqueue(item(k, v));
        }
        {
            let s = e.sched();
            let ready: Vec<&str> = s.ready.iter().map(|(_, k)| k.as_str()).collect();
            // Key a is handed out once; its items wait behind each other, duplicates dropped.
            assert_eq!(ready, vec!["a", "b"]);
            let a: Vec<&str> = s.keys[&("b".to_string(), "a".to_string())]
                .items
                .iter()
                .map(|i| i.version_id.as_str())
                .collect();
            assert_eq!(a, vec!["1", "2", "3"]);
        }
        e.shutdown().await;
    }

    #[test]
    fn backoff_doubles_and_caps() {
        assert_eq!(backoff(0), Duration::from_millis(50));
        assert_eq!(backoff(1), Duration::from_millis(100));
        assert_eq!(backoff(5), Duration::from_millis(1600));
        assert_eq!(backoff(6), BACKOFF_MAX);
        assert_eq!(backoff(100), BACKOFF_MAX);
    }
}
