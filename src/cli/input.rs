//! Reading a document argument (a config or a policy file, or `-` for stdin) within S3's size limit.

use crate::cli::exit::UsageError;
use crate::model::MAX_DOCUMENT_BYTES;
use anyhow::Context;
use std::io::Read;

/// Reads a config argument: a file path, or `-` for stdin. Returns the name to show in diagnostics and
/// the text. A missing, too large or non-UTF-8 file, or a directory, is invalid input (exit 2); other I/O
/// errors exit 1. Never more than one byte past S3's limit is read, so that `/dev/zero` or a huge file
/// is refused instead of filling memory.
pub fn read_input(file: &str) -> anyhow::Result<(String, String)> {
    let (name, read) = if file == "-" {
        ("<stdin>".to_string(), read_limited(std::io::stdin().lock()))
    } else {
        let opened = std::fs::File::open(file);
        (file.to_string(), opened.and_then(read_limited))
    };
    let bytes = match read {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(UsageError::new(format!("{file}: no such file")).into());
        }
        Err(e) if e.kind() == std::io::ErrorKind::IsADirectory => {
            return Err(UsageError::new(format!("{file}: is a directory, not a config file")).into());
        }
        Err(e) if file == "-" => return Err(e).context("reading the config from stdin"),
        Err(e) => return Err(e).with_context(|| format!("reading {file}")),
    };
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(UsageError::new(format!(
            "{name}: the config is larger than S3's limit of 2 MB ({MAX_DOCUMENT_BYTES} bytes); not read further"
        ))
        .into());
    }
    let text =
        String::from_utf8(bytes).map_err(|_| UsageError::new(format!("{name}: the config is not UTF-8 text")))?;
    Ok((name, text))
}

/// Everything a reader holds up to one byte past [`MAX_DOCUMENT_BYTES`] (that byte tells it is too large).
fn read_limited(r: impl Read) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    r.take(MAX_DOCUMENT_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::exit::{code_for, render};

    #[test]
    fn an_endless_or_oversized_config_is_refused_without_reading_it_all() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.json");
        std::fs::write(&big, vec![b' '; 3 * 1024 * 1024]).unwrap();
        for file in ["/dev/zero".to_string(), big.display().to_string()] {
            let e = read_input(&file).unwrap_err();
            let msg = render(&e);
            assert_eq!(code_for(&e), 2, "{msg}");
            assert!(msg.contains(&file) && msg.contains("2 MB"), "{msg}");
        }
        // stdin goes through the same bounded read.
        let endless = read_limited(std::io::repeat(b'{')).unwrap();
        assert_eq!(endless.len(), MAX_DOCUMENT_BYTES + 1);
        // Up to the limit, a file is read whole.
        let full = dir.path().join("full.json");
        std::fs::write(&full, vec![b' '; MAX_DOCUMENT_BYTES]).unwrap();
        let (name, text) = read_input(&full.display().to_string()).unwrap();
        assert_eq!(
            (name.as_str(), text.len()),
            (full.to_str().unwrap(), MAX_DOCUMENT_BYTES)
        );
    }
}
