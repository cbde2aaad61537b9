//! Exit codes and error reporting, in one place.
//!
//! 0 success; 1 the operation failed (network, S3 error, local I/O); 2 usage error or invalid input;
//! 3 `replication status --wait` timed out with objects still PENDING; 4 objects in FAILED state (or, for
//! `replication sync`, copies that failed); 5 `replication diff` found a destination that differs;
//! 6 `iam policy eval` denied the request; 130 interrupted (Ctrl-C). A closed stdout pipe exits 0 quietly.

use std::process::ExitCode;

/// How a command that did not fail ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Success,
    /// Invalid input found and reported (e.g. `replication validate` with errors): exit 2.
    Invalid,
    /// `--wait` timed out with objects still PENDING: exit 3.
    TimedOut,
    /// Objects in FAILED replication state: exit 4.
    ReplicationFailed,
    /// `bucket replication diff` found a destination that differs from its source: exit 5.
    Differs,
    /// `iam policy eval` denied the request: exit 6.
    Denied,
    /// Interrupted by Ctrl-C after cleaning up: exit 130.
    Interrupted,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::Invalid => 2,
            Exit::TimedOut => 3,
            Exit::ReplicationFailed => 4,
            Exit::Differs => 5,
            Exit::Denied => 6,
            Exit::Interrupted => 130,
        }
    }
}

/// Bad arguments or invalid input: exit code 2. Attach with `Err(UsageError::new(..).into())` or
/// `.context(UsageError::new(..))`; the message is printed as is after `error: `.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

impl UsageError {
    pub fn new(msg: impl Into<String>) -> Self {
        UsageError(msg.into())
    }
}

/// The exit code for an error: 2 when any cause in the chain is invalid input, 0 for a closed stdout
/// pipe, 130 for an interruption, else 1.
pub fn code_for(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if cause.downcast_ref::<UsageError>().is_some() {
            return 2;
        }
        if let Some(io) = cause.downcast_ref::<std::io::Error>()
            && io.kind() == std::io::ErrorKind::BrokenPipe
        {
            return 0;
        }
    }
    1
}

/// Prints an error as `error: <what failed>: <why>` (the anyhow chain, outermost first) and returns the
/// process exit code.
pub fn report(result: anyhow::Result<Exit>) -> ExitCode {
    match result {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(err) => {
            let code = code_for(&err);
            if code != 0 {
                eprintln!("error: {}", render(&err));
            }
            ExitCode::from(code)
        }
    }
}

/// `a: b: c` from an error chain, dropping a cause whose text the previous one already ends with.
pub fn render(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if out.ends_with(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn usage_errors_exit_2_anywhere_in_the_chain() {
        let e: anyhow::Error = UsageError::new("bad flag").into();
        assert_eq!(code_for(&e), 2);
        let e = Err::<(), _>(UsageError::new("bad file"))
            .context("reading config")
            .unwrap_err();
        assert_eq!(code_for(&e), 2);
        assert_eq!(render(&e), "reading config: bad file");
    }

    #[test]
    fn other_errors_exit_1_and_broken_pipe_0() {
        let e = anyhow::anyhow!("connection refused");
        assert_eq!(code_for(&e), 1);
        let e: anyhow::Error = std::io::Error::from(std::io::ErrorKind::BrokenPipe).into();
        assert_eq!(code_for(&e), 0);
    }
}
