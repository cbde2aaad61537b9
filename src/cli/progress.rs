//! Progress on stderr, in one place: the byte bars of `upload` and `download` behind a small
//! [`Reporter`] trait (so that the transfer code does not depend on a terminal, and tests can record
//! what it reports), and the object count of `bucket replication status --wait` ([`WaitBar`]). Nothing
//! is drawn unless stderr is a terminal and `--quiet` is off ([`Printer::progress_enabled`]).
//!
//! The lines are laid out by the pure functions here ([`sizes`], [`name_column`], [`files_counter`],
//! [`eta`], [`finished_line`]): one size precision everywhere, a fixed-width name column, and as exo's
//! bars do, one finished line left on the terminal per file.

use super::output::Printer;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

/// Where transfer progress goes: bars on a terminal, nothing otherwise, a recorder in tests.
pub trait Reporter: Send + Sync {
    /// A transfer of `size` bytes named `name` starts.
    fn begin(&self, name: &str, size: u64) -> Box<dyn FileProgress>;
    /// `bytes` more are to be transferred than the total said (a transfer planned as it goes, `sync`).
    fn plan(&self, _bytes: u64) {}
    /// One object of `bytes` was transferred without a bar of its own (small objects of `sync`).
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

/// Width of the name column of the per-file bars and finished lines (exo's is 16; keys are often longer).
pub const NAME_WIDTH: usize = 24;

/// Width of one size in a line (`1023.99 KiB`), so that sizes line up from line to line.
const SIZE_WIDTH: usize = 11;

/// A size as progress shows it, one precision everywhere (exo's bars print `% .2f` binary units): whole
/// bytes below 1 KiB (`512 B`), else two decimals (`1.50 KiB`, `96.00 MiB`).
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 6] = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut v = bytes as f64 / 1024.0;
    let mut unit = 0;
    // 1023.996 KiB would print as `1024.00 KiB`: the next unit then.
    while v >= 1023.995 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    format!("{v:.2} {}", UNITS[unit])
}

/// `12.00 MiB / 96.00 MiB`, each size right-aligned in a fixed width.
pub fn sizes(done: u64, total: u64) -> String {
    format!("{:>w$} / {:>w$}", size(done), size(total), w = SIZE_WIDTH)
}

/// `name` in exactly `width` columns: padded, or with its middle replaced by `…` so that the start (the
/// directory) and the end (the file name and extension) stay readable.
pub fn name_column(name: &str, width: usize) -> String {
    let chars: Vec<char> = name.chars().collect();
    if chars.len() <= width {
        return format!("{name:<width$}");
    }
    if width == 0 {
        return String::new();
    }
    let keep = width - 1;
    let tail = keep.div_ceil(2);
    let head = keep - tail;
    let mut out: String = chars[..head].iter().collect();
    out.push('…');
    out.extend(&chars[chars.len() - tail..]);
    out
}

/// A duration as Go prints it rounded to the second, as exo's bars show the elapsed time: `0s`, `42s`,
/// `1m5s`, `2h0m3s`.
pub fn go_duration(d: Duration) -> String {
    let s = d.as_secs() + u64::from(d.subsec_millis() >= 500);
    match (s / 3600, s / 60 % 60, s % 60) {
        (0, 0, sec) => format!("{sec}s"),
        (0, m, sec) => format!("{m}m{sec}s"),
        (h, m, sec) => format!("{h}h{m}m{sec}s"),
    }
}

/// The files counter of the total bar: `3/10 files` (`1/1 file`), or `3 files` when the count is not
/// known in advance (`sync` plans as it goes).
pub fn files_counter(done: usize, total: usize) -> String {
    let noun = |n: usize| if n == 1 { "file" } else { "files" };
    if total == 0 {
        format!("{done} {}", noun(done))
    } else {
        format!("{done}/{total} {}", noun(total))
    }
}

/// The estimated time left: `0s` when done; `-` while there is no rate to go by (in the first second,
/// whose rate says little, or with nothing transferred yet); else the bytes left at the current rate.
pub fn eta(done: u64, total: u64, per_sec: f64, elapsed: Duration) -> String {
    if done >= total {
        return "0s".into();
    }
    if elapsed < Duration::from_secs(1) || per_sec < 1.0 || !per_sec.is_finite() {
        return "-".into();
    }
    go_duration(Duration::from_secs_f64((total - done) as f64 / per_sec))
}

/// The line a finished file leaves on the terminal, as exo's bars do: the name column, its size twice
/// (done / total, as the bar was) and the time it took. `  reports/2025/…/summary.csv   1.50 MiB /   1.50 MiB | 2s`
pub fn finished_line(name: &str, bytes: u64, took: Duration) -> String {
    format!(
        "  {} {} | {}",
        name_column(name, NAME_WIDTH),
        sizes(bytes, bytes),
        go_duration(took)
    )
}

/// indicatif bars on stderr: a total bar (files done, bytes, rate, time left), one bar per file in flight,
/// and above them one finished line per file (exo leaves each file's bar on screen when it is done).
pub struct Bars(BarsRef);

/// Files done, of how many (0: not known in advance); whether the caller counts in its own words instead
/// ([`Reporter::status`]).
#[derive(Default)]
struct Counts {
    done: AtomicUsize,
    files: usize,
    labelled: AtomicBool,
}

impl Counts {
    /// What the total bar shows after its prefix: ` 3/10 files`, nothing once the caller counts itself.
    fn field(&self) -> String {
        if self.labelled.load(Ordering::Relaxed) {
            String::new()
        } else {
            format!(" {}", files_counter(self.done.load(Ordering::Relaxed), self.files))
        }
    }
}

impl Bars {
    pub fn new(total_bytes: u64, files: usize, verb: &str) -> Bars {
        Bars::with_target(indicatif::ProgressDrawTarget::stderr(), total_bytes, files, verb)
    }

    /// [`Bars::new`] drawing to `target` (hidden in tests, which read the counts instead).
    pub fn with_target(target: indicatif::ProgressDrawTarget, total_bytes: u64, files: usize, verb: &str) -> Bars {
        let multi = indicatif::MultiProgress::with_draw_target(target);
        let total = multi.add(indicatif::ProgressBar::new(total_bytes));
        let counts = Arc::new(Counts {
            files,
            ..Counts::default()
        });
        let c = counts.clone();
        total.set_style(
            indicatif::ProgressStyle::with_template("{prefix}{files} [{bar:30}] {sizes} {rate} eta {left}")
                .expect("valid template")
                .with_key(
                    "files",
                    move |_: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = w.write_str(&c.field());
                    },
                )
                .with_key("sizes", |st: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = w.write_str(&sizes(st.pos(), st.len().unwrap_or(0)));
                })
                .with_key("rate", |st: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{}/s", size(st.per_sec() as u64));
                })
                .with_key("left", |st: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = w.write_str(&eta(st.pos(), st.len().unwrap_or(0), st.per_sec(), st.elapsed()));
                })
                .progress_chars("=> "),
        );
        total.set_prefix(verb.to_string());
        Bars(BarsRef { multi, total, counts })
    }

    /// Files finished so far.
    pub fn files_done(&self) -> usize {
        self.0.counts.done.load(Ordering::Relaxed)
    }

    /// Bytes transferred so far, and the total they are counted against.
    pub fn bytes(&self) -> (u64, u64) {
        (self.0.total.position(), self.0.total.length().unwrap_or(0))
    }
}

impl Drop for Bars {
    fn drop(&mut self) {
        self.0.total.finish_and_clear();
    }
}

struct Bar {
    bar: indicatif::ProgressBar,
    name: String,
    size: u64,
    started: std::time::Instant,
    bars: BarsRef,
}

/// What a file's bar needs of the whole: the multi-bar (to print its finished line above the bars), the
/// total bar and the counts.
#[derive(Clone)]
struct BarsRef {
    multi: indicatif::MultiProgress,
    total: indicatif::ProgressBar,
    counts: Arc<Counts>,
}

impl BarsRef {
    fn file_done(&self) {
        self.counts.done.fetch_add(1, Ordering::Relaxed);
        // The counter is drawn with the total bar: redraw it even when no byte moved (an empty file).
        self.total.tick();
    }
}

impl Reporter for Bars {
    fn begin(&self, name: &str, size: u64) -> Box<dyn FileProgress> {
        let bar = self
            .0
            .multi
            .insert_before(&self.0.total, indicatif::ProgressBar::new(size));
        bar.set_style(
            indicatif::ProgressStyle::with_template("  {msg} [{bar:20}] {sizes}")
                .expect("valid template")
                .with_key("sizes", |st: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = w.write_str(&sizes(st.pos(), st.len().unwrap_or(0)));
                })
                .progress_chars("=> "),
        );
        bar.set_message(name_column(name, NAME_WIDTH));
        Box::new(Bar {
            bar,
            name: name.to_string(),
            size,
            started: std::time::Instant::now(),
            bars: self.0.clone(),
        })
    }
    fn plan(&self, bytes: u64) {
        self.0.total.inc_length(bytes);
    }
    /// A small object sent without a bar of its own: its bytes and one more file done.
    fn add(&self, bytes: u64) {
        self.0.total.inc(bytes);
        self.0.file_done();
    }
    /// The caller's own count (`sync`'s objects) replaces the files counter.
    fn status(&self, text: &str) {
        self.0.counts.labelled.store(true, Ordering::Relaxed);
        self.0.total.set_prefix(text.to_string());
    }
}

impl FileProgress for Bar {
    fn add(&self, bytes: u64) {
        self.bar.inc(bytes);
        self.bars.total.inc(bytes);
    }
    fn end(&self) {
        let done = self.bar.position();
        self.bar.finish_and_clear();
        // Only a complete file leaves its line and counts as done (a failed one is told as an error).
        if done >= self.size {
            self.bars.file_done();
            if !self.bars.multi.is_hidden() {
                let _ = self
                    .bars
                    .multi
                    .println(finished_line(&self.name, done, self.started.elapsed()));
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_have_one_precision_and_a_fixed_width() {
        assert_eq!(size(0), "0 B");
        assert_eq!(size(1023), "1023 B");
        assert_eq!(size(1024), "1.00 KiB");
        assert_eq!(size(1536), "1.50 KiB");
        assert_eq!(size(96 << 20), "96.00 MiB");
        // Just under 1 MiB rounds to the next unit rather than printing `1024.00 KiB`.
        assert_eq!(size((1 << 20) - 1), "1.00 MiB");
        assert_eq!(size(5 << 30), "5.00 GiB");
        // Every size but whole bytes has two decimals.
        for b in [1500u64, 2 << 20, 123_456_789, 7 << 40] {
            let s = size(b);
            let number = s.split(' ').next().unwrap();
            assert_eq!(number.split('.').nth(1).map(str::len), Some(2), "{s}");
        }
        assert_eq!(sizes(1, 96 << 20).len(), sizes(96 << 20, 96 << 20).len());
        assert_eq!(sizes(12 << 20, 96 << 20), "  12.00 MiB /   96.00 MiB");
    }

    #[test]
    fn names_fill_a_fixed_column_and_long_ones_lose_their_middle() {
        assert_eq!(name_column("a.txt", 8), "a.txt   ");
        let long = "reports/2025/a-very-long-directory-name/summary.csv";
        let col = name_column(long, 24);
        assert_eq!(col.chars().count(), 24, "{col}");
        assert_eq!(col, "reports/202…/summary.csv");
        // Counted in characters, not bytes.
        let col = name_column("données/été/überlange-datei-äöü.txt", 12);
        assert_eq!(col.chars().count(), 12, "{col}");
        assert_eq!(col, "donné…öü.txt");
        assert_eq!(name_column("exactly8", 8), "exactly8");
    }

    #[test]
    fn finished_lines_line_up() {
        let a = finished_line("a.txt", 5, Duration::from_millis(300));
        let b = finished_line(
            "logs/2025/12/02/very-long-name-of-a-file.log",
            96 << 20,
            Duration::from_secs(65),
        );
        assert_eq!(a, format!("  {:<24} {:>11} / {:>11} | 0s", "a.txt", "5 B", "5 B"));
        assert!(b.ends_with("  96.00 MiB /   96.00 MiB | 1m5s"), "{b}");
        let bar = |l: &str| l.chars().position(|c| c == '|');
        assert_eq!(bar(&a), bar(&b), "\n{a}\n{b}");
    }

    #[test]
    fn counter_eta_and_durations() {
        assert_eq!(files_counter(3, 10), "3/10 files");
        assert_eq!(files_counter(0, 1), "0/1 file");
        assert_eq!(files_counter(2, 0), "2 files");
        assert_eq!(files_counter(1, 0), "1 file");
        let s = Duration::from_secs;
        assert_eq!(eta(0, 100, 0.0, s(5)), "-");
        assert_eq!(eta(50, 100, 10.0, s(5)), "5s");
        // The first second's rate (a few small files) says nothing of the rest.
        assert_eq!(eta(50, 100, 10.0, Duration::from_millis(300)), "-");
        assert_eq!(eta(0, 96 << 20, (1 << 20) as f64, s(2)), "1m36s");
        assert_eq!(eta(100, 100, 0.0, s(0)), "0s");
        // Nothing to transfer (a total not known yet is 0): nothing left.
        assert_eq!(eta(0, 0, 0.0, s(0)), "0s");
        assert_eq!(go_duration(Duration::ZERO), "0s");
        assert_eq!(go_duration(Duration::from_millis(1600)), "2s");
        assert_eq!(go_duration(Duration::from_secs(7203)), "2h0m3s");
    }

    #[test]
    fn the_total_counts_files_and_bytes_of_small_and_large_files() {
        let bars = Bars::with_target(indicatif::ProgressDrawTarget::hidden(), 30, 4, "uploading");
        let big = bars.begin("big.bin", 20);
        big.add(8);
        big.add(12);
        big.end();
        // A small file sent in one request: its bar gets everything at once.
        let small = bars.begin("small.txt", 5);
        small.add(5);
        small.end();
        assert_eq!(bars.files_done(), 2);
        // An empty file is done as soon as it ends.
        bars.begin("empty", 0).end();
        assert_eq!(bars.files_done(), 3);
        // A failed file moved some bytes but is not done.
        let failed = bars.begin("failed.bin", 5);
        failed.add(2);
        failed.end();
        assert_eq!(bars.files_done(), 3);
        assert_eq!(bars.bytes(), (27, 30));
        // Planned as it goes (sync): a small object without a bar of its own is a file done too.
        bars.plan(4);
        bars.add(4);
        assert_eq!(bars.files_done(), 4);
        assert_eq!(bars.bytes(), (31, 34));
        assert_eq!(bars.0.counts.field(), " 4/4 files");
        // sync counts objects in its own words: the files counter gives way.
        bars.status("syncing 4/5 objects");
        assert_eq!(bars.0.counts.field(), "");
        assert_eq!(bars.0.total.prefix(), "syncing 4/5 objects");
    }
}
