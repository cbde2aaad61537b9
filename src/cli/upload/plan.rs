//! Which local file goes to which key: exo's destination rules, rsync's trailing-slash rule for
//! directories, and the Content-Type a file is sent with. Pure planning, no request.

use crate::cli::exit::UsageError;
use crate::cli::target::Target;
use anyhow::Context;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The Content-Type of a file name, by its extension.
pub fn content_type(name: &str) -> &'static str {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "json" => "application/json",
        "txt" | "log" => "text/plain",
        "md" => "text/markdown",
        "html" | "htm" => "text/html",
        "css" => "text/css",
        "js" | "mjs" => "text/javascript",
        "csv" => "text/csv",
        "xml" => "application/xml",
        "yaml" | "yml" => "application/yaml",
        "toml" => "application/toml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "webp" => "image/webp",
        "ico" => "image/vnd.microsoft.icon",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        "gz" | "tgz" => "application/gzip",
        "tar" => "application/x-tar",
        "bz2" => "application/x-bzip2",
        "xz" => "application/x-xz",
        "zst" => "application/zstd",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "mp3" => "audio/mpeg",
        "wav" => "audio/wav",
        "wasm" => "application/wasm",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// One local file and the key it goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadItem {
    pub file: PathBuf,
    pub key: String,
    pub size: u64,
}

impl UploadItem {
    /// By the local file's name (the key may have been renamed to anything).
    pub fn content_type(&self) -> &'static str {
        content_type(&self.file.file_name().map(|n| n.to_string_lossy()).unwrap_or_default())
    }
}

/// Which files go to which keys of the destination: exo's rules (see `sosctl upload --help`).
pub fn plan_upload(sources: &[String], dest: &Target, recursive: bool) -> anyhow::Result<Vec<UploadItem>> {
    // exo: several sources go under a prefix, which a destination naming a key is not.
    if let Some(k) = &dest.key
        && sources.len() > 1
        && !k.ends_with('/')
    {
        return Err(UsageError::new(format!(
            "{} files to upload: the destination `{}` must end with `/` (`{}/` uploads them under it)",
            sources.len(),
            dest.url(),
            dest.url()
        ))
        .into());
    }
    let mut items = Vec::new();
    let single_file = sources.len() == 1 && Path::new(&sources[0]).is_file();
    // `sos://b/key` names the object only for one plain file; otherwise it is a prefix.
    let (prefix, exact) = match &dest.key {
        None => (String::new(), None),
        Some(k) if k.ends_with('/') => (k.clone(), None),
        Some(k) if single_file => (String::new(), Some(k.clone())),
        Some(k) => (format!("{k}/"), None),
    };
    for src in sources {
        let path = Path::new(src);
        let meta = std::fs::metadata(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                anyhow::Error::new(UsageError::new(format!("local file `{src}` does not exist")))
            } else {
                anyhow::Error::new(e).context(format!("reading local file `{src}`"))
            }
        })?;
        if meta.is_dir() {
            if !recursive {
                return Err(UsageError::new(format!("`{src}` is a directory: add -r to upload it recursively")).into());
            }
            // rsync's rule: `dir/` means the contents of dir, `dir` the directory itself.
            let base = if src.ends_with('/') || src.ends_with("/.") {
                String::new()
            } else {
                let name = match path.file_name() {
                    Some(n) => n.to_string_lossy().into_owned(),
                    None => std::fs::canonicalize(path)
                        .ok()
                        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                        .unwrap_or_default(),
                };
                if name.is_empty() {
                    String::new()
                } else {
                    format!("{name}/")
                }
            };
            let mut files = Vec::new();
            walk(path, &mut files).with_context(|| format!("reading directory `{src}`"))?;
            files.sort();
            for (file, size) in files {
                let rel = file.strip_prefix(path).unwrap_or(&file);
                let rel: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                items.push(UploadItem {
                    key: format!("{prefix}{base}{}", rel.join("/")),
                    file,
                    size,
                });
            }
        } else {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .ok_or_else(|| UsageError::new(format!("`{src}` has no file name")))?;
            items.push(UploadItem {
                key: exact.clone().unwrap_or_else(|| format!("{prefix}{name}")),
                file: path.to_path_buf(),
                size: meta.len(),
            });
        }
    }
    let mut seen: HashMap<&str, &Path> = HashMap::new();
    for it in &items {
        if let Some(other) = seen.insert(&it.key, &it.file) {
            return Err(UsageError::new(format!(
                "`{}` and `{}` would both be uploaded to the key `{}`",
                other.display(),
                it.file.display(),
                it.key
            ))
            .into());
        }
    }
    Ok(items)
}

/// Regular files under `dir` (symlinks to files followed, symlinks to directories not, to avoid cycles).
fn walk(dir: &Path, out: &mut Vec<(PathBuf, u64)>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let ft = entry.file_type()?;
        let path = entry.path();
        if ft.is_dir() {
            walk(&path, out)?;
        } else if ft.is_file() {
            out.push((path, entry.metadata()?.len()));
        } else if ft.is_symlink()
            && let Ok(m) = std::fs::metadata(&path)
            && m.is_file()
        {
            out.push((path, m.len()));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::target;

    fn target(s: &str) -> Target {
        target::parse(s).unwrap()
    }

    fn keys(items: &[UploadItem]) -> Vec<&str> {
        items.iter().map(|i| i.key.as_str()).collect()
    }

    #[test]
    fn destination_rules_follow_exo() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        std::fs::create_dir_all(root.join("site/css")).unwrap();
        std::fs::write(root.join("site/index.html"), "x").unwrap();
        std::fs::write(root.join("site/css/a.css"), "yy").unwrap();
        std::fs::write(root.join("a.json"), "{}").unwrap();
        let f = root.join("a.json").display().to_string();
        let site = root.join("site").display().to_string();
        let one = |dest: &str| plan_upload(std::slice::from_ref(&f), &target(dest), false).unwrap();
        assert_eq!(keys(&one("sos://b")), ["a.json"]);
        assert_eq!(keys(&one("sos://b/")), ["a.json"]);
        assert_eq!(keys(&one("sos://b/pre/")), ["pre/a.json"]);
        assert_eq!(keys(&one("sos://b/other.json")), ["other.json"]);
        let rec = |src: &str, dest: &str| plan_upload(&[src.to_string()], &target(dest), true).unwrap();
        assert_eq!(keys(&rec(&site, "sos://b")), ["site/css/a.css", "site/index.html"]);
        assert_eq!(
            keys(&rec(&format!("{site}/"), "sos://b/p/")),
            ["p/css/a.css", "p/index.html"]
        );
        // A destination without `/` is a prefix when more than one file goes there.
        assert_eq!(
            keys(&rec(&site, "sos://b/x")),
            ["x/site/css/a.css", "x/site/index.html"]
        );
        assert_eq!(rec(&site, "sos://b")[0].size, 2);
        let both = plan_upload(&[f.clone(), format!("{site}/")], &target("sos://b/k/"), true).unwrap();
        assert_eq!(keys(&both), ["k/a.json", "k/css/a.css", "k/index.html"]);
        // Several sources to a destination without `/` (a key): refused as exo does, naming it.
        let e = plan_upload(&[f.clone(), format!("{site}/")], &target("sos://b/k"), true).unwrap_err();
        assert_eq!(crate::cli::exit::code_for(&e), 2);
        assert!(
            e.to_string().contains("the destination `sos://b/k` must end with `/`"),
            "{e}"
        );
        // The bucket alone is its root, a prefix.
        let root = plan_upload(&[f.clone(), format!("{site}/")], &target("sos://b"), true).unwrap();
        assert_eq!(keys(&root), ["a.json", "css/a.css", "index.html"]);
    }

    #[test]
    fn bad_sources_are_named() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().display().to_string();
        let missing = d.path().join("nope").display().to_string();
        let e = plan_upload(std::slice::from_ref(&missing), &target("sos://b"), false).unwrap_err();
        assert!(e.to_string().contains("nope` does not exist"), "{e}");
        assert_eq!(crate::cli::exit::code_for(&e), 2);
        let e = plan_upload(std::slice::from_ref(&dir), &target("sos://b"), false).unwrap_err();
        assert!(e.to_string().contains("add -r"), "{e}");
        std::fs::write(d.path().join("a"), "1").unwrap();
        let a = d.path().join("a").display().to_string();
        let e = plan_upload(&[a.clone(), a], &target("sos://b/p/"), false).unwrap_err();
        assert!(e.to_string().contains("would both be uploaded to the key `p/a`"), "{e}");
    }

    #[test]
    fn content_types_by_extension() {
        assert_eq!(content_type("a/b.JSON"), "application/json");
        assert_eq!(content_type("x.tar.gz"), "application/gzip");
        assert_eq!(content_type("index.html"), "text/html");
        assert_eq!(content_type("m.wasm"), "application/wasm");
        assert_eq!(content_type("Makefile"), "application/octet-stream");
        assert_eq!(content_type("dir.d/file"), "application/octet-stream");
    }
}
