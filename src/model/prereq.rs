//! The prerequisites of replication as data: what is known about the source and each destination bucket
//! goes in, one finding per check comes out, each with its outcome, a detail for people, and — for a failure
//! — the S3 error code and message the service answers. The bundled server answers the first failure of a
//! PUT ?replication with it; `bucket replication check|set` render every finding with a fix hint. Reading
//! the facts (HEAD, GET ?versioning, GET ?object-lock) is the caller's I/O.

use super::s3::Versioning;

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    Pass,
    Warn,
    Fail,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "PASS",
            Outcome::Warn => "WARN",
            Outcome::Fail => "FAIL",
        }
    }
}

/// The checks, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Check {
    SourceExists,
    SourceVersioning,
    SourceObjectLockReadable,
    DestinationDiffers,
    DestinationReachable,
    DestinationVersioning,
    DestinationObjectLock,
}

impl Check {
    /// The check's name in reports.
    pub fn title(self) -> &'static str {
        match self {
            Check::SourceExists => "source exists",
            Check::SourceVersioning => "source versioning Enabled",
            Check::SourceObjectLockReadable => "source Object Lock readable",
            Check::DestinationDiffers => "destination differs from the source",
            Check::DestinationReachable => "destination exists and is reachable",
            Check::DestinationVersioning => "destination versioning Enabled",
            Check::DestinationObjectLock => "Object Lock on the destination if on the source",
        }
    }
}

/// One fact about a bucket: read, the bucket is missing, or it could not be read (and why).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact<T> {
    Known(T),
    Missing,
    Unreadable(String),
}

impl<T: Copy> Fact<T> {
    pub fn known(&self) -> Option<T> {
        match self {
            Fact::Known(t) => Some(*t),
            _ => None,
        }
    }
}

/// What is known of the source bucket. `object_lock` is `None` when it was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFacts {
    pub name: String,
    pub versioning: Fact<Versioning>,
    pub object_lock: Option<Fact<bool>>,
}

/// Whether a destination answers with these credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// It exists; the zone it said it lives in, when it said.
    Found {
        zone: Option<String>,
    },
    Missing,
    /// It answered, but not with the bucket (a refusal, or a redirect that could not be followed).
    Refused(String),
}

/// What is known of one destination bucket. Versioning and Object Lock are read only when it was found;
/// `object_lock` is `None` when it was not read (the source has none, or its state is unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DestinationFacts {
    pub name: String,
    pub reach: Reach,
    pub versioning: Option<Fact<Versioning>>,
    pub object_lock: Option<Fact<bool>>,
}

/// A failure as the service answers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct S3Refusal {
    pub code: &'static str,
    pub message: String,
}

/// One check's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prereq {
    pub check: Check,
    pub bucket: String,
    pub outcome: Outcome,
    pub detail: String,
    /// For a failure: what S3 answers PUT ?replication with.
    pub refusal: Option<S3Refusal>,
}

impl Prereq {
    fn new(check: Check, bucket: &str, outcome: Outcome, detail: impl Into<String>) -> Prereq {
        Prereq {
            check,
            bucket: bucket.to_string(),
            outcome,
            detail: detail.into(),
            refusal: None,
        }
    }

    fn refused(mut self, code: &'static str, message: impl Into<String>) -> Prereq {
        self.refusal = Some(S3Refusal {
            code,
            message: message.into(),
        });
        self
    }

    pub fn failed(&self) -> bool {
        self.outcome == Outcome::Fail
    }
}

/// S3's answer when the source's versioning is not Enabled.
pub const SOURCE_VERSIONING_MESSAGE: &str =
    "Versioning must be 'Enabled' on the bucket to apply a replication configuration";

/// The checks of the source: it exists, its versioning is Enabled, its Object Lock state could be read.
pub fn source_findings(src: &SourceFacts) -> Vec<Prereq> {
    let name = src.name.as_str();
    let mut out = Vec::new();
    match &src.versioning {
        Fact::Missing => {
            out.push(
                Prereq::new(Check::SourceExists, name, Outcome::Fail, "the bucket does not exist")
                    .refused("NoSuchBucket", "The specified bucket does not exist"),
            );
            return out;
        }
        Fact::Known(Versioning::Enabled) => {
            out.push(Prereq::new(Check::SourceVersioning, name, Outcome::Pass, "Enabled"));
        }
        Fact::Known(v) => out.push(
            Prereq::new(
                Check::SourceVersioning,
                name,
                Outcome::Fail,
                format!("versioning is {v}"),
            )
            .refused("InvalidRequest", SOURCE_VERSIONING_MESSAGE),
        ),
        Fact::Unreadable(why) => out.push(
            Prereq::new(
                Check::SourceVersioning,
                name,
                Outcome::Fail,
                format!("cannot read it: {why}"),
            )
            .refused("InvalidRequest", SOURCE_VERSIONING_MESSAGE),
        ),
    }
    // Only worth a row when versioning passed: otherwise the failure above already stops replication.
    if src.versioning == Fact::Known(Versioning::Enabled)
        && let Some(Fact::Unreadable(why)) = &src.object_lock
    {
        out.push(Prereq::new(
            Check::SourceObjectLockReadable,
            name,
            Outcome::Warn,
            format!("cannot read it: {why}"),
        ));
    }
    out
}

/// Whether a destination is another bucket than the source.
pub fn differs(source: &str, destination: &str) -> Prereq {
    if source == destination {
        Prereq::new(
            Check::DestinationDiffers,
            destination,
            Outcome::Fail,
            "a rule replicates the bucket into itself",
        )
        .refused(
            "InvalidRequest",
            "Destination bucket cannot be the same as the source bucket.",
        )
    } else {
        Prereq::new(
            Check::DestinationDiffers,
            destination,
            Outcome::Pass,
            format!("{destination} ≠ {source}"),
        )
    }
}

/// The checks of one destination (other than [`differs`]): it exists and answers, its versioning is
/// Enabled, and it has Object Lock when the source has. Stops after a missing or refused destination,
/// since nothing else about it can be known.
pub fn destination_findings(src: &SourceFacts, dst: &DestinationFacts) -> Vec<Prereq> {
    let name = dst.name.as_str();
    let mut out = Vec::new();
    match &dst.reach {
        Reach::Found { zone } => out.push(Prereq::new(
            Check::DestinationReachable,
            name,
            Outcome::Pass,
            match zone {
                Some(z) => format!("reachable (zone {z})"),
                None => "reachable".to_string(),
            },
        )),
        Reach::Missing => {
            out.push(
                Prereq::new(
                    Check::DestinationReachable,
                    name,
                    Outcome::Fail,
                    "the bucket does not exist",
                )
                .refused("InvalidRequest", format!("Destination bucket must exist: {name}")),
            );
            return out;
        }
        Reach::Refused(why) => {
            out.push(
                Prereq::new(Check::DestinationReachable, name, Outcome::Fail, why.clone()).refused(
                    "AccessDenied",
                    format!("Access denied to the destination bucket {name}"),
                ),
            );
            return out;
        }
    }
    let versioning_refusal = "Destination bucket must have versioning enabled.";
    match &dst.versioning {
        Some(Fact::Known(Versioning::Enabled)) => {
            out.push(Prereq::new(
                Check::DestinationVersioning,
                name,
                Outcome::Pass,
                "Enabled",
            ));
        }
        Some(Fact::Known(v)) => out.push(
            Prereq::new(
                Check::DestinationVersioning,
                name,
                Outcome::Fail,
                format!("versioning is {v}"),
            )
            .refused("InvalidRequest", versioning_refusal),
        ),
        Some(Fact::Unreadable(why)) => out.push(
            Prereq::new(
                Check::DestinationVersioning,
                name,
                Outcome::Fail,
                format!("cannot read it: {why}"),
            )
            .refused("InvalidRequest", versioning_refusal),
        ),
        Some(Fact::Missing) | None => out.push(
            Prereq::new(Check::DestinationVersioning, name, Outcome::Fail, "cannot read it")
                .refused("InvalidRequest", versioning_refusal),
        ),
    }
    let lock = Check::DestinationObjectLock;
    match src.object_lock.as_ref().and_then(Fact::known) {
        Some(false) => out.push(Prereq::new(
            lock,
            name,
            Outcome::Pass,
            "not needed: the source has no Object Lock",
        )),
        None => out.push(Prereq::new(
            lock,
            name,
            Outcome::Warn,
            "unknown: the source's Object Lock could not be read",
        )),
        Some(true) => match &dst.object_lock {
            Some(Fact::Known(true)) => out.push(Prereq::new(lock, name, Outcome::Pass, "Enabled on both")),
            Some(Fact::Known(false)) => out.push(
                Prereq::new(
                    lock,
                    name,
                    Outcome::Fail,
                    "the source has Object Lock, the destination has not",
                )
                .refused(
                    "InvalidRequest",
                    format!(
                        "Destination bucket {name} must have Object Lock enabled because the source bucket has \
                         Object Lock enabled."
                    ),
                ),
            ),
            Some(Fact::Unreadable(why)) => {
                out.push(Prereq::new(lock, name, Outcome::Warn, format!("cannot read it: {why}")))
            }
            Some(Fact::Missing) | None => out.push(Prereq::new(lock, name, Outcome::Warn, "not read")),
        },
    }
    out
}

/// The first failure's refusal, as the service answers PUT ?replication.
pub fn first_refusal(findings: &[Prereq]) -> Option<&S3Refusal> {
    findings.iter().find(|p| p.failed()).and_then(|p| p.refusal.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(versioning: Fact<Versioning>, lock: Option<Fact<bool>>) -> SourceFacts {
        SourceFacts {
            name: "src".into(),
            versioning,
            object_lock: lock,
        }
    }

    fn dest(reach: Reach, versioning: Option<Fact<Versioning>>, lock: Option<Fact<bool>>) -> DestinationFacts {
        DestinationFacts {
            name: "dst".into(),
            reach,
            versioning,
            object_lock: lock,
        }
    }

    fn found() -> Reach {
        Reach::Found {
            zone: Some("at-vie-1".into()),
        }
    }

    fn outcomes(p: &[Prereq]) -> Vec<(Check, Outcome)> {
        p.iter().map(|p| (p.check, p.outcome)).collect()
    }

    #[test]
    fn a_ready_pair_passes_every_check() {
        let s = source(Fact::Known(Versioning::Enabled), Some(Fact::Known(false)));
        let src = source_findings(&s);
        assert_eq!(outcomes(&src), [(Check::SourceVersioning, Outcome::Pass)]);
        let d = destination_findings(&s, &dest(found(), Some(Fact::Known(Versioning::Enabled)), None));
        assert_eq!(
            outcomes(&d),
            [
                (Check::DestinationReachable, Outcome::Pass),
                (Check::DestinationVersioning, Outcome::Pass),
                (Check::DestinationObjectLock, Outcome::Pass)
            ]
        );
        assert_eq!(d[0].detail, "reachable (zone at-vie-1)");
        assert_eq!(first_refusal(&d), None);
        assert_eq!(differs("src", "dst").outcome, Outcome::Pass);
    }

    #[test]
    fn source_versioning_fails_with_s3s_answer() {
        for v in [Versioning::Disabled, Versioning::Suspended] {
            let f = source_findings(&source(Fact::Known(v), None));
            assert_eq!(outcomes(&f), [(Check::SourceVersioning, Outcome::Fail)]);
            assert_eq!(f[0].detail, format!("versioning is {v}"));
            let r = first_refusal(&f).unwrap();
            assert_eq!(
                (r.code, r.message.as_str()),
                ("InvalidRequest", SOURCE_VERSIONING_MESSAGE)
            );
        }
        let f = source_findings(&source(Fact::Missing, None));
        assert_eq!(outcomes(&f), [(Check::SourceExists, Outcome::Fail)]);
        assert_eq!(first_refusal(&f).unwrap().code, "NoSuchBucket");
        let f = source_findings(&source(
            Fact::Known(Versioning::Enabled),
            Some(Fact::Unreadable("AccessDenied".into())),
        ));
        assert_eq!(outcomes(&f)[1], (Check::SourceObjectLockReadable, Outcome::Warn));
    }

    #[test]
    fn destination_failures_stop_where_nothing_more_can_be_known() {
        let s = source(Fact::Known(Versioning::Enabled), Some(Fact::Known(false)));
        let d = destination_findings(&s, &dest(Reach::Missing, None, None));
        assert_eq!(outcomes(&d), [(Check::DestinationReachable, Outcome::Fail)]);
        assert_eq!(first_refusal(&d).unwrap().message, "Destination bucket must exist: dst");
        let d = destination_findings(&s, &dest(Reach::Refused("HTTP 403".into()), None, None));
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].detail, "HTTP 403");
        let d = destination_findings(&s, &dest(found(), Some(Fact::Known(Versioning::Suspended)), None));
        assert_eq!(d[1].outcome, Outcome::Fail);
        assert_eq!(
            first_refusal(&d).unwrap().message,
            "Destination bucket must have versioning enabled."
        );
    }

    #[test]
    fn object_lock_on_the_source_needs_it_on_the_destination() {
        let s = source(Fact::Known(Versioning::Enabled), Some(Fact::Known(true)));
        let v = Some(Fact::Known(Versioning::Enabled));
        let d = destination_findings(&s, &dest(found(), v.clone(), Some(Fact::Known(false))));
        assert_eq!(d[2].outcome, Outcome::Fail);
        assert!(
            first_refusal(&d)
                .unwrap()
                .message
                .contains("must have Object Lock enabled")
        );
        let d = destination_findings(&s, &dest(found(), v.clone(), Some(Fact::Known(true))));
        assert_eq!(d[2].outcome, Outcome::Pass);
        let d = destination_findings(&s, &dest(found(), v.clone(), Some(Fact::Unreadable("x".into()))));
        assert_eq!(d[2].outcome, Outcome::Warn);
        // The source's state unknown: a warning, never a pass.
        let unknown = source(Fact::Known(Versioning::Enabled), Some(Fact::Unreadable("x".into())));
        let d = destination_findings(&unknown, &dest(found(), v, None));
        assert_eq!(d[2].outcome, Outcome::Warn);
    }

    #[test]
    fn a_bucket_replicating_into_itself_fails() {
        let p = differs("same", "same");
        assert_eq!(p.outcome, Outcome::Fail);
        assert_eq!(
            p.refusal.unwrap().message,
            "Destination bucket cannot be the same as the source bucket."
        );
    }
}
