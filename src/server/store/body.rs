//! Object bodies: a list of shared segments, each in memory (`Bytes`) or in a blob file under the data dir.
//! Cloning a body never copies bytes, so CopyObject, CompleteMultipartUpload (the parts become the segments)
//! and a same-server replica share the stored data.

use bytes::Bytes;
use futures_util::{Stream, StreamExt, TryStreamExt, stream};
use std::io::SeekFrom;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::io::{AsyncReadExt, AsyncSeekExt};

/// The directory of blob files. `live` is false while loading and after the store closes, so dropping the
/// in-memory state then never deletes files.
#[derive(Debug)]
pub struct BlobDir {
    pub root: PathBuf,
    /// Where bodies being received are written before they are verified (see `incoming`).
    pub incoming: PathBuf,
    pub live: AtomicBool,
}

impl BlobDir {
    pub fn path(&self, id: &str) -> PathBuf {
        self.root.join(&id[..2]).join(id)
    }
}

/// One immutable blob file; removed from disk when the last version or part using it is gone.
#[derive(Debug)]
pub struct BlobFile {
    pub dir: Arc<BlobDir>,
    pub id: String,
    pub len: u64,
}

impl Drop for BlobFile {
    fn drop(&mut self) {
        if self.dir.live.load(Ordering::Acquire) {
            let _ = std::fs::remove_file(self.dir.path(&self.id));
        }
    }
}

#[derive(Debug, Clone)]
pub enum Seg {
    Mem(Bytes),
    File(Arc<BlobFile>),
}

impl Seg {
    pub fn size(&self) -> u64 {
        match self {
            Seg::Mem(b) => b.len() as u64,
            Seg::File(f) => f.len,
        }
    }
}

/// An object's bytes.
#[derive(Debug, Clone, Default)]
pub struct Body {
    segs: Arc<[Seg]>,
    len: u64,
}

const READ_CHUNK: usize = 256 * 1024;

impl Body {
    pub fn empty() -> Body {
        Body::default()
    }
    pub fn mem(b: Bytes) -> Body {
        let len = b.len() as u64;
        if len == 0 {
            return Body::empty();
        }
        Body {
            segs: Arc::from(vec![Seg::Mem(b)]),
            len,
        }
    }
    pub fn file(f: Arc<BlobFile>) -> Body {
        let len = f.len;
        Body {
            segs: Arc::from(vec![Seg::File(f)]),
            len,
        }
    }
    /// A body made of memory segments, in order (empty ones dropped).
    pub fn from_segments(parts: Vec<Bytes>) -> Body {
        let segs: Vec<Seg> = parts.into_iter().filter(|b| !b.is_empty()).map(Seg::Mem).collect();
        let len = segs.iter().map(Seg::size).sum();
        Body {
            segs: Arc::from(segs),
            len,
        }
    }
    /// Concatenation without copying.
    pub fn concat<'a>(parts: impl IntoIterator<Item = &'a Body>) -> Body {
        let segs: Vec<Seg> = parts.into_iter().flat_map(|b| b.segs.iter().cloned()).collect();
        let len = segs.iter().map(Seg::size).sum();
        Body {
            segs: Arc::from(segs),
            len,
        }
    }
    pub fn len(&self) -> u64 {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    pub fn segments(&self) -> &[Seg] {
        &self.segs
    }

    /// The bytes of `start..end`, as a stream of chunks (memory segments are sliced, files read in chunks).
    pub fn stream(&self, start: u64, end: u64) -> impl Stream<Item = std::io::Result<Bytes>> + Send + 'static {
        let mut pieces: Vec<(Seg, u64, u64)> = Vec::new();
        let mut off = 0u64;
        for s in self.segs.iter() {
            let (s0, s1) = (off, off + s.size());
            off = s1;
            let (a, b) = (start.max(s0), end.min(s1));
            if a < b {
                pieces.push((s.clone(), a - s0, b - s0));
            }
        }
        stream::iter(pieces).flat_map(|(seg, a, b)| match seg {
            Seg::Mem(m) => stream::once(async move { Ok(m.slice(a as usize..b as usize)) }).boxed(),
            Seg::File(f) => file_range(f, a, b).boxed(),
        })
    }

    /// The whole body in one buffer (copies only when there is more than one segment or a file).
    pub async fn to_bytes(&self) -> std::io::Result<Bytes> {
        if let [Seg::Mem(b)] = &self.segs[..] {
            return Ok(b.clone());
        }
        let chunks: Vec<Bytes> = self.stream(0, self.len).try_collect().await?;
        let mut out = Vec::with_capacity(self.len as usize);
        for c in chunks {
            out.extend_from_slice(&c);
        }
        Ok(Bytes::from(out))
    }
}

fn file_range(f: Arc<BlobFile>, a: u64, b: u64) -> impl Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    let open = async move {
        let mut file = tokio::fs::File::open(f.dir.path(&f.id)).await?;
        file.seek(SeekFrom::Start(a)).await?;
        // Keep the blob alive (undeleted) while its bytes are being read.
        Ok::<_, std::io::Error>((file, b - a, f))
    };
    stream::once(open)
        .map_ok(|(file, remaining, keep)| {
            stream::try_unfold((file, remaining, keep), |(mut file, remaining, keep)| async move {
                if remaining == 0 {
                    return Ok(None);
                }
                let want = remaining.min(READ_CHUNK as u64) as usize;
                let mut buf = vec![0u8; want];
                file.read_exact(&mut buf).await?;
                Ok(Some((Bytes::from(buf), (file, remaining - want as u64, keep))))
            })
        })
        .try_flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn ranges_span_segments() {
        let a = Body::mem(Bytes::from_static(b"hello "));
        let b = Body::mem(Bytes::from_static(b"world"));
        let c = Body::concat([&a, &b]);
        assert_eq!(c.len(), 11);
        let got: Vec<Bytes> = c.stream(4, 8).try_collect().await.unwrap();
        assert_eq!(got.concat(), b"o wo");
        assert_eq!(&c.to_bytes().await.unwrap()[..], b"hello world");
    }
}
