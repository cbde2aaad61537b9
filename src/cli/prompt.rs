//! The y/N confirmation of destructive commands (`rb`, `delete`, `purge`, `bucket replication delete`).

use super::exit::UsageError;
use std::io::IsTerminal;

/// Asks a yes/no question on a terminal; refuses (exit 2) when stdin is not one, unless forced.
pub fn confirm(question: &str, force: bool) -> anyhow::Result<bool> {
    if force {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        return Err(UsageError::new(format!(
            "refusing to {question} without confirmation: standard input is not a terminal (pass -f to confirm)"
        ))
        .into());
    }
    eprint!("{}? [y/N] ", capitalize(question));
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    Ok(matches!(line.trim(), "y" | "Y" | "yes" | "YES" | "Yes"))
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
