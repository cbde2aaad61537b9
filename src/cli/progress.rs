//! Progress on stderr, in one place: the byte bars of `upload` and `download` behind a small
//! [`Reporter`] trait (so that the transfer code does not depend on a terminal, and tests can record
//! what it reports), and the object count of `bucket replication status --wait` ([`WaitBar`]). Nothing
//! is drawn unless stderr is a terminal and `--quiet` is off ([`Printer::progress_enabled`]).

use super::output::Printer;
use std::sync::Arc;
use std::time::Duration;

/// Where transfer progress goes: bars on a terminal, nothing otherwise, a recorder in tests.
pub trait Reporter: Send + Sync {
    /// A transfer of `size` bytes named `name` starts.
    fn begin(&self, name: &str, size: u64) -> Box<dyn FileProgress>;
    /// `bytes` more are to be transferred than the total said (a transfer planned as it goes, `sync`).
    fn plan(&self, _bytes: u64) {}
    /// `bytes` were transferred without a bar of their own (small objects).
    fn add(&self, _bytes: u64) {}
    /// What the total bar says before its bytes (`sync`'s object count), instead of the verb.
    fn status(&self, _text: &str) {}
}

/// Progress of one file.
pub trait FileProgress: Send + Sync {
    /// `bytes` more have been transferred.
    fn add(&self, bytes: u64);
    /// The file is done (or abandoned).
    fn end(&self);
}

/// The reporter for a transfer of `files` files, `total` bytes: bars when progress may be drawn.
pub fn reporter(p: &Printer, total: u64, files: usize, verb: &str) -> Arc<dyn Reporter> {
    if p.progress_enabled() {
        Arc::new(Bars::new(total, files, verb))
    } else {
        Arc::new(Silent)
    }
}

/// No progress at all (stderr not a terminal, or `--quiet`).
pub struct Silent;

struct SilentFile;

impl Reporter for Silent {
    fn begin(&self, _: &str, _: u64) -> Box<dyn FileProgress> {
        Box::new(SilentFile)
    }
}

impl FileProgress for SilentFile {
    fn add(&self, _: u64) {}
    fn end(&self) {}
}

/// indicatif bars on stderr: a total bar and one bar per file in flight.
pub struct Bars {
    multi: indicatif::MultiProgress,
    total: indicatif::ProgressBar,
}

impl Bars {
    pub fn new(total_bytes: u64, files: usize, verb: &str) -> Bars {
        let multi = indicatif::MultiProgress::with_draw_target(indicatif::ProgressDrawTarget::stderr());
        let total = multi.add(indicatif::ProgressBar::new(total_bytes));
        total.set_style(
            indicatif::ProgressStyle::with_template(
                "{prefix} [{bar:30}] {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} eta {eta}",
            )
            .expect("valid template")
            .progress_chars("=> "),
        );
        // No file count when the files are not known in advance (`sync` plans as it goes).
        total.set_prefix(match files {
            0 => verb.to_string(),
            1 => format!("{verb} 1 file"),
            n => format!("{verb} {n} files"),
        });
        Bars { multi, total }
    }
}

impl Drop for Bars {
    fn drop(&mut self) {
        self.total.finish_and_clear();
    }
}

struct Bar {
    bar: indicatif::ProgressBar,
    total: indicatif::ProgressBar,
}

impl Reporter for Bars {
    fn begin(&self, name: &str, size: u64) -> Box<dyn FileProgress> {
        let bar = self.multi.insert_before(&self.total, indicatif::ProgressBar::new(size));
        bar.set_style(
            indicatif::ProgressStyle::with_template("  {wide_msg} [{bar:20}] {binary_bytes}/{binary_total_bytes}")
                .expect("valid template")
                .progress_chars("=> "),
        );
        bar.set_message(name.to_string());
        Box::new(Bar {
            bar,
            total: self.total.clone(),
        })
    }
    fn plan(&self, bytes: u64) {
        self.total.inc_length(bytes);
    }
    fn add(&self, bytes: u64) {
        self.total.inc(bytes);
    }
    fn status(&self, text: &str) {
        self.total.set_prefix(text.to_string());
    }
}

impl FileProgress for Bar {
    fn add(&self, bytes: u64) {
        self.bar.inc(bytes);
        self.total.inc(bytes);
    }
    fn end(&self) {
        self.bar.finish_and_clear();
    }
}

/// `replicated N/TOTAL` with the count still PENDING, while `--wait` polls; nothing when progress may
/// not be drawn.
pub struct WaitBar(Option<indicatif::ProgressBar>);

impl WaitBar {
    pub fn new(p: &Printer, total: usize) -> WaitBar {
        if !p.progress_enabled() {
            return WaitBar(None);
        }
        let pb = indicatif::ProgressBar::with_draw_target(Some(total as u64), indicatif::ProgressDrawTarget::stderr());
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{spinner} replicated {pos}/{len} [{bar:40}] {elapsed} {msg}")
        {
            pb.set_style(style.progress_chars("=> "));
        }
        pb.enable_steady_tick(Duration::from_millis(200));
        WaitBar(Some(pb))
    }

    /// `done` objects are no longer PENDING, `pending` still are.
    pub fn show(&self, done: usize, pending: usize) {
        if let Some(pb) = &self.0 {
            pb.set_position(done as u64);
            pb.set_message(format!("{pending} PENDING"));
        }
    }

    pub fn finish(self) {
        if let Some(pb) = self.0 {
            pb.finish_and_clear();
        }
    }
}
