//! Output: one printer that knows the format (table / json / text) and `--quiet`, plus the exo-style
//! size and time formatting shared by the commands. Results go to stdout, diagnostics to stderr.

use std::io::{IsTerminal, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Human tables (box-drawing on a terminal, ASCII when piped)
    #[default]
    Table,
    /// One JSON document on stdout, stable snake_case keys
    Json,
    /// Tab-separated lines, one record a line
    Text,
}

/// Writes results to stdout in the selected format.
#[derive(Debug, Clone)]
pub struct Printer {
    pub format: Format,
    pub quiet: bool,
}

impl Printer {
    pub fn new(format: Format, quiet: bool) -> Self {
        Printer { format, quiet }
    }

    /// Writes raw text to stdout (a closed pipe surfaces as a BrokenPipe error, which exits 0).
    pub fn raw(&self, s: &str) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        out.write_all(s.as_bytes())?;
        out.flush()
    }

    /// Writes one line to stdout.
    pub fn line(&self, s: &str) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        out.write_all(s.as_bytes())?;
        out.write_all(b"\n")?;
        out.flush()
    }

    /// Writes a JSON document (pretty, with a trailing newline).
    pub fn json(&self, v: &serde_json::Value) -> std::io::Result<()> {
        let mut s = serde_json::to_string_pretty(v).expect("JSON values always serialize");
        s.push('\n');
        self.raw(&s)
    }

    /// Writes tab-separated records.
    pub fn text_rows(&self, rows: &[Vec<String>]) -> std::io::Result<()> {
        let mut s = String::new();
        for r in rows {
            s.push_str(&r.join("\t"));
            s.push('\n');
        }
        self.raw(&s)
    }

    /// Writes a table with a header row.
    pub fn table(&self, header: &[&str], rows: &[Vec<String>]) -> std::io::Result<()> {
        let mut t = new_table();
        t.set_header(header.iter().map(|h| h.to_string()).collect::<Vec<_>>());
        for r in rows {
            t.add_row(r.clone());
        }
        self.line(&t.to_string())
    }

    /// Writes a two-column key/value table (exo's `show` shape).
    pub fn kv_table(&self, title: Option<&str>, rows: &[(String, String)]) -> std::io::Result<()> {
        let mut t = new_table();
        if let Some(title) = title {
            t.set_header(vec![title.to_string(), String::new()]);
        }
        for (k, v) in rows {
            t.add_row(vec![k.clone(), v.clone()]);
        }
        self.line(&t.to_string())
    }

    /// Whether progress bars may be drawn: stderr is a terminal and `--quiet` is off.
    pub fn progress_enabled(&self) -> bool {
        !self.quiet && std::io::stderr().is_terminal()
    }

    /// A diagnostic line on stderr, unless `--quiet`.
    pub fn note(&self, s: &str) {
        if !self.quiet {
            eprintln!("{s}");
        }
    }
}

fn new_table() -> comfy_table::Table {
    let mut t = comfy_table::Table::new();
    if std::io::stdout().is_terminal() {
        t.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
    } else {
        t.load_preset(comfy_table::presets::ASCII_FULL_CONDENSED);
    }
    t
}

/// Sizes the way exo prints them (go-humanize's IBytes): `0 B`, `372 B`, `1.9 KiB`, `54 KiB`, `1.0 MiB`.
/// The value is rounded to one decimal first, and that rounded value decides between `9.9 KiB` and `10 KiB`.
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 7] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut v = bytes as f64;
    let mut i = 0;
    while v >= 1024.0 && i < UNITS.len() - 1 {
        v /= 1024.0;
        i += 1;
    }
    let v = (v * 10.0 + 0.5).floor() / 10.0;
    if v < 10.0 {
        format!("{v:.1} {}", UNITS[i])
    } else {
        format!("{v:.0} {}", UNITS[i])
    }
}

/// Times as `2025-02-20 15:50:12 UTC`.
pub fn time(t: time::OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02} UTC",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Times as `2025-02-20 15:50:12 UTC`, and a row of dashes as wide when unknown (so columns stay aligned).
pub fn time_or_dashes(t: Option<time::OffsetDateTime>) -> String {
    t.map(time).unwrap_or_else(|| "-".repeat(23))
}

/// RFC 3339, for JSON and text output.
pub fn rfc3339(t: Option<time::OffsetDateTime>) -> Option<String> {
    t.and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
}

/// `1 rule`, `2 rules`.
pub fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_match_exo() {
        assert_eq!(size(0), "0 B");
        assert_eq!(size(372), "372 B");
        assert_eq!(size(1946), "1.9 KiB");
        assert_eq!(size(54 * 1024 + 100), "54 KiB");
        assert_eq!(size(1024 * 1024), "1.0 MiB");
        assert_eq!(size(1023), "1023 B");
        assert_eq!(size(1024), "1.0 KiB");
        // 9.98 KiB rounds to 10.0 and so prints without a decimal, as exo does.
        assert_eq!(size(10_220), "10 KiB");
        assert_eq!(size(10 * 1024 - 60), "9.9 KiB");
        assert_eq!(size(1 << 30), "1.0 GiB");
        assert_eq!(size(u64::MAX), "16 EiB");
    }

    #[test]
    fn times_are_utc() {
        let t = time::macros::datetime!(2025-02-20 15:50:12 UTC);
        assert_eq!(time(t), "2025-02-20 15:50:12 UTC");
    }
}
