//! Reading a request body into one contiguous buffer with as little memory as possible.
//!
//! Collecting the hyper frames first and concatenating them afterwards holds the body twice (the frames, then
//! the copy), and every held frame also pins hyper's read buffer so it cannot be reused. Instead, a body that
//! arrives as one frame is kept as it is (no copy), and a body of several frames is copied frame by frame
//! into a buffer sized once from the announced length, so each frame is released as soon as it is copied and
//! the buffer never reallocates.

use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;

/// Why a body could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadBodyError {
    #[error("the body is larger than the {limit}-byte limit")]
    TooLarge { limit: usize },
    #[error("{0}")]
    Transport(String),
}

/// Accumulates the frames of one body.
#[derive(Debug)]
pub(crate) struct BodyBuf {
    /// The only frame so far (kept uncopied in case no other follows).
    first: Option<Bytes>,
    /// Where frames are copied once a second one arrives.
    buf: Option<BytesMut>,
    /// The announced body length, if any, already capped at `limit`.
    expected: Option<usize>,
    len: usize,
    limit: usize,
}

impl BodyBuf {
    /// `announced` is the Content-Length (from hyper's exact size hint); a value above `limit` is not trusted
    /// for the allocation (the limit check rejects such a body as it arrives).
    pub(crate) fn new(announced: Option<u64>, limit: usize) -> BodyBuf {
        BodyBuf {
            first: None,
            buf: None,
            expected: announced.and_then(|n| usize::try_from(n).ok()).filter(|&n| n <= limit),
            len: 0,
            limit,
        }
    }

    pub(crate) fn push(&mut self, frame: Bytes) -> Result<(), ReadBodyError> {
        if frame.is_empty() {
            return Ok(());
        }
        self.len = self
            .len
            .checked_add(frame.len())
            .filter(|&n| n <= self.limit)
            .ok_or(ReadBodyError::TooLarge { limit: self.limit })?;
        if let Some(buf) = self.buf.as_mut() {
            buf.extend_from_slice(&frame);
            return Ok(());
        }
        match self.first.take() {
            None => self.first = Some(frame),
            Some(first) => {
                let cap = self.expected.filter(|&n| n >= self.len).unwrap_or(self.len);
                let mut buf = BytesMut::with_capacity(cap);
                buf.extend_from_slice(&first);
                drop(first);
                buf.extend_from_slice(&frame);
                self.buf = Some(buf);
            }
        }
        Ok(())
    }

    /// The copy buffer, once there is one (for tests of its sizing).
    #[cfg(test)]
    pub(crate) fn buffer(&self) -> Option<&BytesMut> {
        self.buf.as_ref()
    }

    pub(crate) fn finish(self) -> Bytes {
        match (self.buf, self.first) {
            (Some(buf), _) => buf.freeze(),
            (None, Some(first)) => first,
            (None, None) => Bytes::new(),
        }
    }
}

/// Reads the whole body, refusing more than `limit` bytes. Trailers (HTTP, not aws-chunked) are ignored.
pub async fn read(body: axum::body::Body, limit: usize) -> Result<Bytes, ReadBodyError> {
    let announced = axum::body::HttpBody::size_hint(&body).exact();
    let mut acc = BodyBuf::new(announced, limit);
    let mut frames = body.into_data_stream();
    while let Some(frame) = frames.next().await {
        acc.push(frame.map_err(|e| ReadBodyError::Transport(e.to_string()))?)?;
    }
    Ok(acc.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(n: usize) -> Vec<u8> {
        (0..n).map(|i| (i * 31 % 251) as u8).collect()
    }

    #[test]
    fn one_frame_is_returned_without_a_copy() {
        let frame = Bytes::from(data(1000));
        let mut acc = BodyBuf::new(Some(1000), 1 << 20);
        acc.push(frame.clone()).unwrap();
        assert!(acc.buffer().is_none());
        let out = acc.finish();
        assert_eq!(out.as_ptr(), frame.as_ptr());
        assert_eq!(out, frame);
    }

    #[test]
    fn several_frames_fill_one_buffer_sized_from_the_announced_length() {
        let all = data(10_000);
        let mut acc = BodyBuf::new(Some(10_000), 1 << 20);
        acc.push(Bytes::copy_from_slice(&all[..100])).unwrap();
        acc.push(Bytes::copy_from_slice(&all[100..300])).unwrap();
        let buf = acc.buffer().expect("a second frame starts the copy buffer");
        assert_eq!(buf.capacity(), 10_000);
        let start = buf.as_ptr();
        for piece in all[300..].chunks(777) {
            acc.push(Bytes::copy_from_slice(piece)).unwrap();
        }
        let buf = acc.buffer().unwrap();
        assert_eq!(buf.as_ptr(), start, "the buffer never moved (no reallocation)");
        assert_eq!(buf.capacity(), 10_000);
        assert_eq!(&acc.finish()[..], &all[..]);
    }

    #[test]
    fn an_unknown_or_wrong_length_still_reads_every_byte() {
        let all = data(5000);
        for announced in [None, Some(10), Some(5000), Some(9000)] {
            let mut acc = BodyBuf::new(announced, 1 << 20);
            for piece in all.chunks(333) {
                acc.push(Bytes::copy_from_slice(piece)).unwrap();
            }
            assert_eq!(&acc.finish()[..], &all[..], "announced {announced:?}");
        }
        assert!(BodyBuf::new(None, 10).finish().is_empty());
    }

    #[test]
    fn an_announced_length_above_the_limit_is_not_allocated_and_the_body_is_refused() {
        let mut acc = BodyBuf::new(Some(u64::MAX), 1000);
        acc.push(Bytes::from(data(600))).unwrap();
        acc.push(Bytes::from(data(300))).unwrap();
        assert_eq!(acc.buffer().unwrap().capacity(), 900);
        let err = acc.push(Bytes::from(data(200))).unwrap_err();
        assert!(matches!(err, ReadBodyError::TooLarge { limit: 1000 }), "{err}");
    }

    #[tokio::test]
    async fn read_collects_streamed_and_single_frame_bodies() {
        let all = data(70_000);
        let frames: Vec<Result<Bytes, std::io::Error>> =
            all.chunks(4096).map(|c| Ok(Bytes::copy_from_slice(c))).collect();
        let body = axum::body::Body::from_stream(futures_util::stream::iter(frames));
        assert_eq!(&read(body, 1 << 20).await.unwrap()[..], &all[..]);
        let one = Bytes::from(data(5000));
        let got = read(axum::body::Body::from(one.clone()), 1 << 20).await.unwrap();
        assert_eq!(got, one);
        let err = read(axum::body::Body::from(data(5000)), 4999).await.unwrap_err();
        assert!(matches!(err, ReadBodyError::TooLarge { limit: 4999 }), "{err}");
    }
}
