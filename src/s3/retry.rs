//! Retry policy of idempotent requests: exponential backoff with full jitter, bounded.

use std::time::Duration;

/// First backoff step.
pub const BASE_DELAY: Duration = Duration::from_millis(100);
/// No single wait is longer than this.
pub const MAX_DELAY: Duration = Duration::from_secs(5);

/// The upper bound of the wait before retry number `attempt` (0-based): `BASE_DELAY * 2^attempt`, capped.
pub fn ceiling(attempt: u32) -> Duration {
    let factor = 1u64 << attempt.min(16);
    BASE_DELAY.saturating_mul(factor as u32).min(MAX_DELAY)
}

/// The wait before retry number `attempt`: uniform in [ceiling/2, ceiling], so that clients that failed
/// together do not retry together, while the wait still grows.
pub fn backoff(attempt: u32) -> Duration {
    let c = ceiling(attempt).as_millis() as u64;
    Duration::from_millis(fastrand::u64(c / 2..=c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_stays_bounded() {
        assert_eq!(ceiling(0), Duration::from_millis(100));
        assert_eq!(ceiling(1), Duration::from_millis(200));
        assert_eq!(ceiling(3), Duration::from_millis(800));
        for attempt in 0..100 {
            for _ in 0..20 {
                let d = backoff(attempt);
                assert!(d <= MAX_DELAY, "attempt {attempt}: {d:?}");
                assert!(d >= ceiling(attempt) / 2, "attempt {attempt}: {d:?}");
            }
        }
        assert_eq!(ceiling(40), MAX_DELAY);
    }
}
