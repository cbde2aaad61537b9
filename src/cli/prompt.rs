//! The y/N confirmations of destructive commands: exo's ([`confirm_like_exo`]: `rb`, `delete`, `purge`,
//! `bucket replication delete`, which read the answer from standard input even when it is not a terminal,
//! so that `echo y | sosctl rb …` works as it does with exo) and the strict one ([`confirm`]: commands that
//! exo does not have, which refuse without a terminal unless forced).

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
    Ok(is_yes(&line))
}

/// exo's confirmation: the question on stderr, the answer read from standard input whether or not it is a
/// terminal; `y` or `yes` (any case) confirms, anything else (an empty line, end of input) declines, as exo
/// does. `-f` skips the question.
pub fn confirm_like_exo(question: &str, force: bool) -> anyhow::Result<bool> {
    if force {
        return Ok(true);
    }
    eprint!("{}? [y/N] ", capitalize(question));
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    if !std::io::stdin().is_terminal() {
        // The answer came from a pipe and was not echoed: end the prompt's line.
        eprintln!();
    }
    Ok(is_yes(&line))
}

fn is_yes(answer: &str) -> bool {
    matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes")
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_y_or_yes_confirms() {
        for yes in ["y", "Y", "yes", "YES", "Yes", " y \n"] {
            assert!(is_yes(yes), "{yes:?}");
        }
        for no in ["", "\n", "n", "no", "yy", "ja", "y es"] {
            assert!(!is_yes(no), "{no:?}");
        }
    }
}
