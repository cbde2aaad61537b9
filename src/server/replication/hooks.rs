//! Test hooks of the replication engine: a pause switch and injected destination faults, shared by the
//! engine's workers and whoever drives the test (`RunningServer::hooks()`, `ServerHandle::hooks()`, or
//! `POST /_sosctl/replication?pause|resume` for tests that run the binary).

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// A fault injected on a destination bucket by tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Writes to the destination fail transiently (stay PENDING, retried).
    Unavailable,
    /// Writes fail permanently with this reason (the version becomes FAILED).
    Permanent(String),
}

/// Test hooks for the replication engine: pause the workers (work is held, not lost), inject destination
/// faults (`Fault::Unavailable`: the version stays PENDING and is retried with backoff; `Fault::Permanent`:
/// it becomes FAILED with that reason), clear them with `inject_fault(dest, None)`. Reachable from
/// `RunningServer::hooks()` / `ServerHandle::hooks()`; pausing is also exposed over HTTP
/// (`POST /_sosctl/replication?pause|resume`, see `engine`).
#[derive(Debug, Default)]
pub struct Hooks {
    paused: AtomicBool,
    faults: Mutex<HashMap<String, Fault>>,
    /// Wakes workers held by a pause (and retries waiting on a cleared fault) without polling.
    changed: tokio::sync::Notify,
}

impl Hooks {
    pub fn pause_replication(&self) {
        self.paused.store(true, Ordering::SeqCst);
    }
    pub fn resume_replication(&self) {
        self.paused.store(false, Ordering::SeqCst);
        self.changed.notify_waiters();
    }
    /// Resolves at the next resume or fault change (register before checking the state, see the engine).
    pub fn changed(&self) -> tokio::sync::futures::Notified<'_> {
        self.changed.notified()
    }
    pub fn replication_paused(&self) -> bool {
        self.paused.load(Ordering::SeqCst)
    }
    pub fn inject_fault(&self, destination_bucket: &str, fault: Option<Fault>) {
        let mut f = self.faults.lock().unwrap_or_else(|e| e.into_inner());
        match fault {
            Some(x) => {
                f.insert(destination_bucket.to_string(), x);
            }
            None => {
                f.remove(destination_bucket);
            }
        }
        drop(f);
        self.changed.notify_waiters();
    }
    pub fn fault(&self, destination_bucket: &str) -> Option<Fault> {
        self.faults
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(destination_bucket)
            .cloned()
    }
}
