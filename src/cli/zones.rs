//! What one run learns of zones: for each bucket, where it answered ([`Located`]: the client that signs for
//! its zone, and what a HEAD of it said there), found once per bucket and run by
//! [`super::connect::locate`]; and one client per zone, so that the requests of a zone share their
//! connections. A leaf that knows only the S3 client: [`super::settings::Settings`] carries one per run,
//! [`super::connect`] fills it.

use crate::s3::{Client, Location};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use tokio::sync::OnceCell;

/// Where a bucket answered.
#[derive(Debug, Clone)]
pub struct Located {
    /// Signs for the bucket's zone and sends to that zone's endpoint (the settings' zone when the bucket
    /// named no other).
    pub client: Client,
    /// What the HEAD of the bucket answered with that client.
    pub location: Location,
    /// The zone a first HEAD in the settings' zone sent the run to, when it named another one.
    pub followed: Option<String>,
}

/// Shared by the clones of one run's settings.
#[derive(Debug, Clone, Default)]
pub struct Zones {
    buckets: Arc<Mutex<HashMap<String, Arc<OnceCell<Located>>>>>,
    clients: Arc<Mutex<HashMap<String, Client>>>,
}

impl Zones {
    /// The bucket's slot: empty until it was located, then the same answer for the rest of the run (two
    /// tasks that ask at once wait for one HEAD).
    pub fn slot(&self, bucket: &str) -> Arc<OnceCell<Located>> {
        let mut m = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        m.entry(bucket.to_string()).or_default().clone()
    }

    /// The client of `zone`, made by `make` the first time.
    pub fn client<E>(&self, zone: &str, make: impl FnOnce() -> Result<Client, E>) -> Result<Client, E> {
        let mut m = self.clients.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(c) = m.get(zone) {
            return Ok(c.clone());
        }
        let c = make()?;
        m.insert(zone.to_string(), c.clone());
        Ok(c)
    }
}
