//! Reading a request body as it arrives: through the body decoder ([`auth::BodyDecoder`]: aws-chunked
//! framing, signatures, digests), within a size limit checked while reading, with a timeout between two
//! pieces, into one of three places ([`Sink`]): nowhere (a body nobody uses is still verified, never
//! kept), one buffer (the XML documents, which are small), or a [`BodyWriter`] (object bodies: memory
//! segments or a temporary blob, committed only once everything verified).
//!
//! A body announced larger than its limit (Content-Length, `x-amz-decoded-content-length`) is refused
//! before a byte of it is read; one that turns out larger is refused at the piece that crosses the limit.
//! Small bodies are decoded on the async worker; larger ones on a blocking thread fed through a short
//! channel, so hashing and file writes never stall the runtime and at most a few pieces are in flight.
//! Every frame is released as soon as its bytes are decoded (a held frame pins a whole read buffer of the
//! HTTP stack).

use super::auth::{self, BodyDecoder, Verified};
use super::error::{Kind, S3Error, S3Result};
use super::store::{Body, BodyWriter, Store};
use bytes::Bytes;
use futures_util::Stream;
use http_body_util::BodyExt;
use std::time::Duration;

/// Bodies announced at most this long are decoded on the async worker (no disk, little hashing).
const INLINE_BODY: u64 = 64 * 1024;
/// Pieces queued for the blocking decoder at most.
const QUEUED_PIECES: usize = 4;

/// The largest body an endpoint takes, and the S3 code that refuses a larger one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limit {
    /// Largest decoded body, in bytes.
    pub bytes: u64,
    pub code: &'static str,
}

impl Limit {
    /// An XML document of at most `bytes` (S3: `MaxMessageLengthExceeded`).
    pub const fn xml(bytes: u64) -> Limit {
        Limit {
            bytes,
            code: "MaxMessageLengthExceeded",
        }
    }

    /// Object bytes of at most `bytes` (S3: `EntityTooLarge`).
    pub const fn object(bytes: u64) -> Limit {
        Limit {
            bytes,
            code: "EntityTooLarge",
        }
    }

    fn refuse(self) -> S3Error {
        if self.code == "EntityTooLarge" {
            S3Error::msg(
                Kind::EntityTooLarge,
                format!(
                    "Your proposed upload exceeds the maximum allowed size ({} bytes)",
                    self.bytes
                ),
            )
        } else {
            S3Error::raw(
                self.code,
                400,
                format!(
                    "Your request was too big: this operation takes at most {} bytes",
                    self.bytes
                ),
            )
        }
    }

    /// The framed (raw) bytes allowed for it: aws-chunked adds a header line per chunk (under 100 bytes per
    /// chunk of at least 8 KiB, by S3's rules), so a sixteenth more and a little room.
    fn raw_bytes(self, chunked: bool) -> u64 {
        if chunked {
            self.bytes.saturating_add(self.bytes / 16).saturating_add(64 * 1024)
        } else {
            self.bytes
        }
    }
}

/// Where the decoded bytes go.
pub(crate) enum Sink {
    /// Verified and dropped.
    Discard,
    /// One buffer ([`Received::bytes`]).
    Buffer,
    /// An object body ([`Received::object`]).
    Object(BodyWriter),
}

/// The stored body of a PutObject or UploadPart, verified, with what the operation needs of it.
pub(crate) struct ObjectBody {
    pub body: Body,
    /// MD5 of the bytes, hex (the ETag).
    pub etag: String,
    /// The `x-amz-checksum-*` values sent and verified. The store keeps no checksums yet; they are handed
    /// on so that it can.
    #[allow(dead_code)]
    pub checksums: Vec<auth::VerifiedChecksum>,
}

/// The announced length of the object bytes: `x-amz-decoded-content-length` of an aws-chunked body, else
/// the Content-Length.
pub(crate) fn expected_len(body: &axum::body::Body, decoder: &BodyDecoder) -> Option<u64> {
    let raw = axum::body::HttpBody::size_hint(body).exact();
    if decoder.is_chunked() {
        // The decoded bytes are fewer than the framed ones, whatever the header claims.
        match (decoder.declared_len(), raw) {
            (Some(d), Some(r)) => Some(d.min(r)),
            (d, _) => d,
        }
    } else {
        raw
    }
}

/// A body that arrived whole and verified.
#[derive(Debug)]
pub(crate) struct Received {
    /// With [`Sink::Buffer`]: the bytes.
    pub bytes: Bytes,
    /// With [`Sink::Object`]: the stored body (a committed blob with a data dir).
    pub object: Option<Body>,
    pub verified: Verified,
}

fn auth_error(e: auth::AuthError) -> S3Error {
    S3Error::raw(e.code, e.status, e.message)
}

fn request_timeout(stall: Duration) -> S3Error {
    S3Error::raw(
        "RequestTimeout",
        400,
        format!(
            "No part of the request body arrived for {} s: the request was abandoned.",
            stall.as_secs_f64()
        ),
    )
}

enum Place {
    Discard,
    Buffer(Vec<u8>),
    Object(BodyWriter),
}

/// The synchronous part: decode, count, store.
struct Pipeline {
    decoder: BodyDecoder,
    place: Place,
    limit: Limit,
    raw_limit: u64,
    raw: u64,
}

impl Pipeline {
    fn push(&mut self, piece: &[u8]) -> S3Result<()> {
        self.raw += piece.len() as u64;
        if self.raw > self.raw_limit {
            return Err(self.limit.refuse());
        }
        let mut out = Vec::new();
        self.decoder.push(piece, &mut out).map_err(auth_error)?;
        if self.decoder.decoded_len() > self.limit.bytes {
            return Err(self.limit.refuse());
        }
        for data in out {
            match &mut self.place {
                Place::Discard => {}
                Place::Buffer(b) => b.extend_from_slice(data),
                Place::Object(w) => w
                    .write(data)
                    .map_err(|e| S3Error::internal(format!("cannot write the body: {e}")))?,
            }
        }
        Ok(())
    }

    fn finish(self) -> S3Result<Received> {
        let verified = self.decoder.finish().map_err(auth_error)?;
        let (bytes, object) = match self.place {
            Place::Discard => (Bytes::new(), None),
            Place::Buffer(b) => (Bytes::from(b), None),
            Place::Object(w) => {
                let body = w
                    .commit()
                    .map_err(|e| S3Error::internal(format!("cannot store the body: {e}")))?;
                (Bytes::new(), Some(body))
            }
        };
        Ok(Received {
            bytes,
            object,
            verified,
        })
    }
}

/// The next piece of body data; `None` at the end. HTTP trailers are ignored (aws-chunked ones are part
/// of the data).
async fn next_piece(body: &mut axum::body::Body, stall: Duration) -> S3Result<Option<Bytes>> {
    loop {
        match tokio::time::timeout(stall, body.frame()).await {
            Err(_) => return Err(request_timeout(stall)),
            Ok(None) => return Ok(None),
            Ok(Some(Err(e))) => {
                return Err(S3Error::msg(
                    Kind::IncompleteBody,
                    format!("could not read the request body: {e}"),
                ));
            }
            Ok(Some(Ok(frame))) => {
                if let Ok(data) = frame.into_data()
                    && !data.is_empty()
                {
                    return Ok(Some(data));
                }
            }
        }
    }
}

enum Piece {
    Data(Bytes),
    /// The whole body has arrived: verify it, then commit.
    End,
    /// The connection failed: drop everything. So does a channel closed without [`Piece::End`] (the request
    /// was dropped): a body is committed only when it is known to be whole.
    Abort,
}

/// Reads, decodes and verifies `body` into `sink`, refusing more than `limit` and giving up when no piece
/// arrives for `stall`.
pub(crate) async fn receive(
    mut body: axum::body::Body,
    decoder: BodyDecoder,
    sink: Sink,
    limit: Limit,
    stall: Duration,
) -> S3Result<Received> {
    let announced = axum::body::HttpBody::size_hint(&body).exact();
    let raw_limit = limit.raw_bytes(decoder.is_chunked());
    if announced.is_some_and(|n| n > raw_limit) || decoder.declared_len().is_some_and(|n| n > limit.bytes) {
        return Err(limit.refuse());
    }
    let expected = expected_len(&body, &decoder);
    let place = match sink {
        Sink::Discard => Place::Discard,
        Sink::Buffer => Place::Buffer(Vec::with_capacity(
            expected.unwrap_or(0).min(limit.bytes).min(1024 * 1024) as usize,
        )),
        Sink::Object(w) => Place::Object(w),
    };
    let mut p = Pipeline {
        decoder,
        place,
        limit,
        raw_limit,
        raw: 0,
    };
    if announced.is_some_and(|n| n <= INLINE_BODY) {
        while let Some(piece) = next_piece(&mut body, stall).await? {
            p.push(&piece)?;
        }
        return p.finish();
    }

    let (tx, mut rx) = tokio::sync::mpsc::channel::<Piece>(QUEUED_PIECES);
    let worker = tokio::task::spawn_blocking(move || {
        loop {
            match rx.blocking_recv() {
                Some(Piece::Data(d)) => p.push(&d)?,
                Some(Piece::End) => return p.finish(),
                // Dropping the pipeline removes a temporary blob.
                Some(Piece::Abort) | None => return Err(S3Error::internal("the request body was abandoned")),
            }
        }
    });
    let fed = async {
        loop {
            // The decoder may stop on an error while waiting for the next piece: its error is the
            // answer, and the rest of the body is not read.
            let piece = tokio::select! {
                p = next_piece(&mut body, stall) => p?,
                _ = tx.closed() => break,
            };
            let Some(piece) = piece else { break };
            if tx.send(Piece::Data(piece)).await.is_err() {
                break;
            }
        }
        Ok::<(), S3Error>(())
    }
    .await;
    if let Err(e) = fed {
        let _ = tx.send(Piece::Abort).await;
        drop(tx);
        let _ = worker.await;
        return Err(e);
    }
    // A failed send means the decoder has stopped on an error of its own, which the worker returns.
    let _ = tx.send(Piece::End).await;
    drop(tx);
    worker.await.map_err(S3Error::internal)?
}

/// How long a copy waits for the next piece of its source (a read of the store's own files).
const COPY_STALL: Duration = Duration::from_secs(300);

fn copy_decoder() -> BodyDecoder {
    let ctx = auth::AuthContext {
        access_key: String::new(),
        region: String::new(),
        body: auth::BodyMode::Unsigned,
        presigned: false,
    };
    BodyDecoder::new(&ctx, &axum::http::HeaderMap::new(), auth::ChecksumHeaders::OfBody, true)
}

fn copy_error(e: S3Error) -> S3Error {
    S3Error::internal(format!("cannot read the copy source: {}", e.message))
}

/// The MD5 (hex) of a stored body's bytes, streamed (CopyObject of a multipart object): never whole in
/// memory.
pub(crate) async fn md5_of(source: impl Stream<Item = std::io::Result<Bytes>> + Send + 'static) -> S3Result<String> {
    let r = receive(
        axum::body::Body::from_stream(source),
        copy_decoder(),
        Sink::Discard,
        Limit::object(u64::MAX),
        COPY_STALL,
    )
    .await
    .map_err(copy_error)?;
    Ok(hex::encode(r.verified.md5.unwrap_or_default()))
}

/// Stores a copy of `len` bytes of an existing body (UploadPartCopy) the way a received body is stored, and
/// computes its MD5.
pub(crate) async fn store_copy(
    store: &Store,
    source: impl Stream<Item = std::io::Result<Bytes>> + Send + 'static,
    len: u64,
) -> S3Result<ObjectBody> {
    let r = receive(
        axum::body::Body::from_stream(source),
        copy_decoder(),
        Sink::Object(store.body_writer(Some(len))),
        Limit::object(u64::MAX),
        COPY_STALL,
    )
    .await
    .map_err(copy_error)?;
    Ok(ObjectBody {
        body: r.object.unwrap_or_default(),
        etag: hex::encode(r.verified.md5.unwrap_or_default()),
        checksums: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::auth::{AuthContext, BodyMode, ChecksumHeaders};
    use axum::http::HeaderMap;
    use futures_util::StreamExt;

    const STALL: Duration = Duration::from_secs(5);

    fn data(n: usize) -> Vec<u8> {
        (0..n).map(|i| (i * 31 % 251) as u8).collect()
    }

    fn unsigned() -> BodyDecoder {
        let ctx = AuthContext {
            access_key: "k".into(),
            region: "r".into(),
            body: BodyMode::Unsigned,
            presigned: false,
        };
        BodyDecoder::new(&ctx, &HeaderMap::new(), ChecksumHeaders::OfBody, true)
    }

    /// A body streamed in `piece`-byte frames, without a Content-Length.
    fn streamed(all: &[u8], piece: usize) -> axum::body::Body {
        let frames: Vec<Result<Bytes, std::io::Error>> =
            all.chunks(piece).map(|c| Ok(Bytes::copy_from_slice(c))).collect();
        axum::body::Body::from_stream(futures_util::stream::iter(frames))
    }

    #[tokio::test]
    async fn streamed_and_single_frame_bodies_arrive_whole() {
        let all = data(300_000);
        let limit = Limit::xml(1 << 20);
        for body in [streamed(&all, 4096), axum::body::Body::from(all.clone())] {
            let r = receive(body, unsigned(), Sink::Buffer, limit, STALL).await.unwrap();
            assert_eq!(&r.bytes[..], &all[..]);
            assert_eq!(r.verified.len, all.len() as u64);
            assert_eq!(r.verified.md5, Some(crate::server::store::md5_digest(&all)));
        }
        let small = data(5000);
        let r = receive(
            axum::body::Body::from(small.clone()),
            unsigned(),
            Sink::Buffer,
            limit,
            STALL,
        )
        .await
        .unwrap();
        assert_eq!(&r.bytes[..], &small[..]);
    }

    #[tokio::test]
    async fn an_announced_length_over_the_limit_is_refused_unread() {
        let limit = Limit::xml(4999);
        let err = receive(
            axum::body::Body::from(data(5000)),
            unsigned(),
            Sink::Buffer,
            limit,
            STALL,
        )
        .await
        .unwrap_err();
        assert_eq!((err.code(), err.status().as_u16()), ("MaxMessageLengthExceeded", 400));
        // Not announced: refused at the frame that crosses the limit, the rest never read.
        let pulled = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = pulled.clone();
        let frames = futures_util::stream::iter(0..1000).map(move |_| {
            counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            Ok::<_, std::io::Error>(Bytes::from(vec![b'x'; 1000]))
        });
        let body = axum::body::Body::from_stream(frames);
        let err = receive(body, unsigned(), Sink::Discard, Limit::object(10_500), STALL)
            .await
            .unwrap_err();
        assert_eq!(err.code(), "EntityTooLarge");
        assert!(pulled.load(std::sync::atomic::Ordering::Relaxed) < 20);
    }

    #[tokio::test]
    async fn a_stalled_body_times_out_and_a_broken_one_is_incomplete() {
        let stalled = futures_util::stream::iter([Ok::<_, std::io::Error>(Bytes::from_static(b"abc"))])
            .chain(futures_util::stream::pending());
        let err = receive(
            axum::body::Body::from_stream(stalled),
            unsigned(),
            Sink::Buffer,
            Limit::xml(1000),
            Duration::from_millis(50),
        )
        .await
        .unwrap_err();
        assert_eq!((err.code(), err.status().as_u16()), ("RequestTimeout", 400));

        let broken = futures_util::stream::iter([
            Ok(Bytes::from(vec![1u8; 100_000])),
            Err(std::io::Error::other("connection reset")),
        ]);
        let err = receive(
            axum::body::Body::from_stream(broken),
            unsigned(),
            Sink::Buffer,
            Limit::xml(1 << 20),
            STALL,
        )
        .await
        .unwrap_err();
        assert_eq!(err.code(), "IncompleteBody");
    }

    #[tokio::test]
    async fn an_object_body_cut_short_leaves_no_temporary_blob() {
        let root = tempfile::tempdir().unwrap();
        let store = Store::open(root.path()).unwrap();
        let incoming = root.path().join("incoming");
        let frames = futures_util::stream::iter((0..20).map(|i| {
            if i < 19 {
                Ok(Bytes::from(vec![9u8; 100_000]))
            } else {
                Err(std::io::Error::other("client went away"))
            }
        }));
        let err = receive(
            axum::body::Body::from_stream(frames),
            unsigned(),
            Sink::Object(store.body_writer(None)),
            Limit::object(1 << 30),
            STALL,
        )
        .await
        .unwrap_err();
        assert_eq!(err.code(), "IncompleteBody");
        assert_eq!(std::fs::read_dir(&incoming).unwrap().count(), 0);

        // The same body whole: one committed blob, no temporary file.
        let all = vec![9u8; 1_900_000];
        let r = receive(
            streamed(&all, 100_000),
            unsigned(),
            Sink::Object(store.body_writer(None)),
            Limit::object(1 << 30),
            STALL,
        )
        .await
        .unwrap();
        let body = r.object.unwrap();
        assert_eq!(body.len(), all.len() as u64);
        assert_eq!(&body.to_bytes().await.unwrap()[..], &all[..]);
        assert_eq!(std::fs::read_dir(&incoming).unwrap().count(), 0);
    }
}
