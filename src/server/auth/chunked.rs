//! Decoding of `aws-chunked` bodies as they stream in: `hex-size[;chunk-signature=SIG]\r\n data \r\n`
//! frames ending with a zero-size frame, optionally followed by trailer lines
//! (`x-amz-checksum-crc32:BASE64`) and, for signed trailers, `x-amz-trailer-signature`. Signed frames are
//! verified as a chain starting from the seed signature of the `Authorization` header.
//!
//! [`Decoder`] takes the raw body in whatever pieces the connection delivers and hands back the data of
//! the chunks as sub-slices of those pieces (no copy); a chunk's signature is checked when its last byte
//! has arrived, so a caller must not commit anything before [`Decoder::finish`] succeeds.

use super::AuthError;
use super::sigv4::{EMPTY_SHA256, constant_time_eq, sha256_hex, sign_hex};
use sha2::{Digest, Sha256};

/// What is needed to verify chunk signatures, borrowed (the tests' way to name a signer).
#[cfg(test)]
pub(crate) struct ChunkSigner<'a> {
    pub key: &'a [u8; 32],
    pub timestamp: &'a str,
    pub scope: &'a str,
    pub seed_signature: &'a str,
}

#[cfg(test)]
impl ChunkSigner<'_> {
    fn owned(&self) -> SignerState {
        SignerState {
            key: *self.key,
            timestamp: self.timestamp.to_owned(),
            scope: self.scope.to_owned(),
            previous: self.seed_signature.to_owned(),
        }
    }

    pub(crate) fn chunk_signature(&self, previous: &str, data: &[u8]) -> String {
        self.owned().chunk_signature_of(previous, &sha256_hex(data))
    }

    pub(crate) fn trailer_signature(&self, previous: &str, trailers: &[(String, String)]) -> String {
        self.owned().trailer_signature(previous, trailers)
    }
}

/// What is needed to verify chunk signatures, owned, with the signature of the previous chunk: the
/// decoder may outlive the request head it was made from (it runs on a blocking thread for large bodies).
pub(crate) struct SignerState {
    pub key: [u8; 32],
    pub timestamp: String,
    pub scope: String,
    /// The seed signature at first, then the signature of the last verified chunk.
    pub previous: String,
}

impl SignerState {
    /// The signature of a chunk whose data hashes to `data_sha256` (lower-case hex).
    fn chunk_signature_of(&self, previous: &str, data_sha256: &str) -> String {
        let sts = format!(
            "AWS4-HMAC-SHA256-PAYLOAD\n{}\n{}\n{previous}\n{EMPTY_SHA256}\n{data_sha256}",
            self.timestamp, self.scope,
        );
        sign_hex(&self.key, sts.as_bytes())
    }

    /// Trailers are signed over their canonical form: `name:value\n` each, in the order sent.
    fn trailer_signature(&self, previous: &str, trailers: &[(String, String)]) -> String {
        let mut canonical = String::new();
        for (k, v) in trailers {
            canonical.push_str(k);
            canonical.push(':');
            canonical.push_str(v);
            canonical.push('\n');
        }
        let sts = format!(
            "AWS4-HMAC-SHA256-TRAILER\n{}\n{}\n{previous}\n{}",
            self.timestamp,
            self.scope,
            sha256_hex(canonical.as_bytes())
        );
        sign_hex(&self.key, sts.as_bytes())
    }
}

/// Longest chunk header line accepted (a real one, `size;chunk-signature=<64 hex>`, is under 100 bytes).
const MAX_HEADER_LINE: usize = 4096;
/// Largest trailer section accepted (a few checksum lines and a signature in practice).
const MAX_TRAILER_BYTES: usize = 16 * 1024;

fn incomplete(msg: impl Into<String>) -> AuthError {
    AuthError::new("IncompleteBody", msg, 400)
}

fn malformed_trailer(msg: impl Into<String>) -> AuthError {
    AuthError::new("MalformedTrailerError", msg, 400)
}

fn chunk_mismatch(index: usize) -> AuthError {
    AuthError::new(
        "SignatureDoesNotMatch",
        format!(
            "The request signature we calculated does not match the signature you provided \
             (aws-chunked chunk {index}). Check your key and signing method."
        ),
        403,
    )
}

enum State {
    /// Reading a chunk header line into `line`.
    Header,
    /// Inside the data of a chunk of `size` bytes, `remaining` still to come.
    Data {
        size: u64,
        remaining: u64,
        /// The signature sent in the chunk header, and the hash of the data so far (signed bodies).
        signed: Option<(String, Sha256)>,
    },
    /// After the data of a chunk: `seen` bytes of its CRLF arrived; the data ended at byte `data_end`.
    DataEnd { seen: u8, data_end: u64 },
    /// Reading trailer lines into `line`.
    Trailer,
    /// After the empty line that ends the trailer: only whitespace may follow (`garbage` counts what did,
    /// `tail` every byte after the end).
    Done { garbage: bool, tail: u64 },
}

/// The streaming aws-chunked decoder.
pub(crate) struct Decoder {
    signer: Option<SignerState>,
    allow_trailers: bool,
    signed_trailer: bool,
    state: State,
    /// The header or trailer line being assembled (it may arrive split across pieces).
    line: Vec<u8>,
    /// Where `line` starts in the raw body.
    line_start: u64,
    /// Raw bytes consumed so far.
    pos: u64,
    index: usize,
    trailers: Vec<(String, String)>,
    trailer_sig: Option<String>,
    trailer_bytes: usize,
}

/// Where a line ends in `piece` (the position after its `\n`), given the line so far ends with `\r`
/// (`pending_cr`): lines end with CRLF only, a bare LF belongs to the line.
fn crlf_end(pending_cr: bool, piece: &[u8]) -> Option<usize> {
    if pending_cr && piece.first() == Some(&b'\n') {
        return Some(1);
    }
    piece.windows(2).position(|w| w == b"\r\n").map(|p| p + 2)
}

impl Decoder {
    /// With `signer`, every chunk signature is verified; with `signed_trailer` as well, the trailer
    /// signature too. `allow_trailers` is false for modes whose trailers would be neither expected nor
    /// signed.
    pub(crate) fn new(signer: Option<SignerState>, allow_trailers: bool, signed_trailer: bool) -> Decoder {
        Decoder {
            signer,
            allow_trailers,
            signed_trailer,
            state: State::Header,
            line: Vec::new(),
            line_start: 0,
            pos: 0,
            index: 0,
            trailers: Vec::new(),
            trailer_sig: None,
            trailer_bytes: 0,
        }
    }

    /// Decodes the next piece of the raw body; the chunk data it holds is appended to `out` as slices
    /// of `raw`.
    pub(crate) fn push<'a>(&mut self, mut raw: &'a [u8], out: &mut Vec<&'a [u8]>) -> Result<(), AuthError> {
        while !raw.is_empty() {
            let used = match &mut self.state {
                State::Header | State::Trailer => {
                    let pending_cr = self.line.last() == Some(&b'\r');
                    match crlf_end(pending_cr, raw) {
                        Some(end) => {
                            self.line.extend_from_slice(&raw[..end]);
                            self.line.truncate(self.line.len() - 2);
                            self.pos += end as u64;
                            self.line_done()?;
                            end
                        }
                        None => {
                            self.line.extend_from_slice(raw);
                            self.pos += raw.len() as u64;
                            self.check_line_length()?;
                            raw.len()
                        }
                    }
                }
                State::Data { remaining, signed, .. } => {
                    let n = raw.len().min(usize::try_from(*remaining).unwrap_or(usize::MAX));
                    let data = &raw[..n];
                    if let Some((_, h)) = signed.as_mut() {
                        h.update(data);
                    }
                    out.push(data);
                    *remaining -= n as u64;
                    let ended = (*remaining == 0).then(|| signed.take());
                    self.pos += n as u64;
                    if let Some(signed) = ended {
                        if let Some((sent, h)) = signed {
                            self.verify_chunk(&sent, &hex::encode(h.finalize()))?;
                        }
                        self.state = State::DataEnd {
                            seen: 0,
                            data_end: self.pos,
                        };
                    }
                    n
                }
                State::DataEnd { seen, data_end } => {
                    let want = if *seen == 0 { b'\r' } else { b'\n' };
                    if raw[0] != want {
                        return Err(incomplete(format!(
                            "aws-chunked chunk {} is not followed by CRLF (byte {data_end})",
                            self.index
                        )));
                    }
                    self.pos += 1;
                    if *seen == 0 {
                        *seen = 1;
                    } else {
                        self.index += 1;
                        self.line_start = self.pos;
                        self.state = State::Header;
                    }
                    1
                }
                State::Done { garbage, tail } => {
                    *garbage |= raw.iter().any(|b| !b.is_ascii_whitespace());
                    *tail += raw.len() as u64;
                    self.pos += raw.len() as u64;
                    raw.len()
                }
            };
            raw = &raw[used..];
        }
        Ok(())
    }

    fn check_line_length(&self) -> Result<(), AuthError> {
        match self.state {
            State::Header if self.line.len() > MAX_HEADER_LINE => Err(incomplete(format!(
                "aws-chunked chunk {} header is longer than {MAX_HEADER_LINE} bytes (byte {})",
                self.index, self.line_start
            ))),
            State::Trailer if self.trailer_bytes + self.line.len() > MAX_TRAILER_BYTES => Err(malformed_trailer(
                format!("the trailer section is longer than {MAX_TRAILER_BYTES} bytes"),
            )),
            _ => Ok(()),
        }
    }

    /// A complete line (without its CRLF) is in `line`.
    fn line_done(&mut self) -> Result<(), AuthError> {
        self.check_line_length()?;
        let line = std::mem::take(&mut self.line);
        let start = self.line_start;
        self.line_start = self.pos;
        if matches!(self.state, State::Trailer) {
            self.trailer_bytes += line.len() + 2;
            if line.is_empty() {
                self.state = State::Done {
                    garbage: false,
                    tail: 0,
                };
                return Ok(());
            }
            return self.trailer_line(&line);
        }
        let index = self.index;
        let line = std::str::from_utf8(&line)
            .map_err(|_| incomplete(format!("aws-chunked chunk {index} header is not text (byte {start})")))?;
        let (size_hex, ext) = line.split_once(';').unwrap_or((line, ""));
        let size = u64::from_str_radix(size_hex.trim(), 16)
            .ok()
            .filter(|_| !size_hex.trim().is_empty())
            .ok_or_else(|| {
                incomplete(format!(
                    "aws-chunked chunk {index} has an invalid size {size_hex:?} (byte {start})"
                ))
            })?;
        let sent = match &self.signer {
            None => None,
            Some(_) => Some(
                ext.split(';')
                    .find_map(|e| e.trim().strip_prefix("chunk-signature="))
                    .ok_or_else(|| {
                        AuthError::new(
                            "InvalidArgument",
                            format!("aws-chunked chunk {index} has no chunk-signature"),
                            400,
                        )
                    })?
                    .to_owned(),
            ),
        };
        if size == 0 {
            if let Some(sent) = sent {
                self.verify_chunk(&sent, EMPTY_SHA256)?;
            }
            self.state = State::Trailer;
        } else {
            self.state = State::Data {
                size,
                remaining: size,
                signed: sent.map(|s| (s, Sha256::new())),
            };
        }
        Ok(())
    }

    fn verify_chunk(&mut self, sent: &str, data_sha256: &str) -> Result<(), AuthError> {
        let Some(s) = self.signer.as_mut() else { return Ok(()) };
        let expected = s.chunk_signature_of(&s.previous, data_sha256);
        if !constant_time_eq(expected.as_bytes(), sent.as_bytes()) {
            return Err(chunk_mismatch(self.index));
        }
        s.previous = expected;
        Ok(())
    }

    fn trailer_line(&mut self, line: &[u8]) -> Result<(), AuthError> {
        let line = std::str::from_utf8(line).map_err(|_| malformed_trailer("a trailer line is not text"))?;
        let (name, value) = line
            .split_once(':')
            .ok_or_else(|| malformed_trailer(format!("trailer line {line:?} has no ':'")))?;
        let name = name.trim().to_ascii_lowercase();
        let value = value.trim().to_owned();
        if name == "x-amz-trailer-signature" {
            self.trailer_sig = Some(value);
        } else if !self.allow_trailers {
            return Err(malformed_trailer(format!(
                "trailer {name} sent, but x-amz-content-sha256 does not announce trailers"
            )));
        } else {
            self.trailers.push((name, value));
        }
        Ok(())
    }

    /// The body has ended: checks that it ended where aws-chunked allows and verifies the trailer
    /// signature; returns the trailers (names lower-cased, values trimmed, the signature excluded).
    pub(crate) fn finish(mut self) -> Result<Vec<(String, String)>, AuthError> {
        match &self.state {
            State::Header => {
                return Err(incomplete(format!(
                    "aws-chunked body ends inside the header of chunk {} (byte {})",
                    self.index, self.line_start
                )));
            }
            State::Data { size, .. } => {
                return Err(incomplete(format!(
                    "aws-chunked chunk {} announces {size} bytes but the body ends first",
                    self.index
                )));
            }
            State::DataEnd { data_end, .. } => {
                return Err(incomplete(format!(
                    "aws-chunked chunk {} is not followed by CRLF (byte {data_end})",
                    self.index
                )));
            }
            // Some clients end the last trailer line without its CRLF.
            State::Trailer if !self.line.is_empty() => {
                let line = std::mem::take(&mut self.line);
                self.trailer_line(&line)?;
            }
            State::Trailer => {}
            State::Done { garbage: true, tail } => {
                return Err(incomplete(format!(
                    "{tail} unexpected bytes after the end of the aws-chunked body"
                )));
            }
            State::Done { .. } => {}
        }
        if self.signed_trailer
            && let Some(s) = &self.signer
        {
            let sent = self
                .trailer_sig
                .take()
                .ok_or_else(|| malformed_trailer("the trailer has no x-amz-trailer-signature"))?;
            let expected = s.trailer_signature(&s.previous, &self.trailers);
            if !constant_time_eq(expected.as_bytes(), sent.as_bytes()) {
                return Err(AuthError::new(
                    "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided \
                     (x-amz-trailer-signature). Check your key and signing method.",
                    403,
                ));
            }
        }
        Ok(self.trailers)
    }
}

/// A whole aws-chunked body, decoded at once (the streaming decoder fed one piece).
#[cfg(test)]
#[derive(Debug, Default)]
pub(crate) struct Decoded {
    pub body: Vec<u8>,
    /// Trailer lines, names lower-cased, values trimmed; the trailer signature itself excluded.
    pub trailers: Vec<(String, String)>,
}

/// Decodes a whole aws-chunked body: [`Decoder`] over one piece. The decoded body is never longer than
/// the framed one, so it takes one allocation of that size.
#[cfg(test)]
pub(crate) fn decode(
    raw: &[u8],
    signer: Option<&ChunkSigner<'_>>,
    allow_trailers: bool,
    signed_trailer: bool,
) -> Result<Decoded, AuthError> {
    let mut d = Decoder::new(signer.map(ChunkSigner::owned), allow_trailers, signed_trailer);
    let mut pieces = Vec::new();
    d.push(raw, &mut pieces)?;
    let mut body = Vec::with_capacity(raw.len());
    for p in pieces {
        body.extend_from_slice(p);
    }
    let trailers = d.finish()?;
    Ok(Decoded { body, trailers })
}

/// Test helper (also used by sibling test modules): encodes `data` as aws-chunked in `chunk`-byte
/// frames, signed when `signer` is given, with `trailers` appended (and signed when signed).
#[cfg(test)]
pub(crate) fn encode(
    data: &[u8],
    chunk: usize,
    signer: Option<&ChunkSigner<'_>>,
    trailers: &[(&str, &str)],
) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev = signer.map(|s| s.seed_signature.to_owned());
    let mut pieces: Vec<&[u8]> = data.chunks(chunk).collect();
    pieces.push(&[]);
    for piece in pieces {
        out.extend_from_slice(format!("{:x}", piece.len()).as_bytes());
        if let (Some(s), Some(p)) = (signer, prev.as_mut()) {
            *p = s.chunk_signature(p, piece);
            out.extend_from_slice(format!(";chunk-signature={p}").as_bytes());
        }
        out.extend_from_slice(b"\r\n");
        if !piece.is_empty() {
            out.extend_from_slice(piece);
            out.extend_from_slice(b"\r\n");
        }
    }
    for (k, v) in trailers {
        out.extend_from_slice(format!("{k}:{v}\r\n").as_bytes());
    }
    if let (Some(s), Some(p), false) = (signer, prev.as_ref(), trailers.is_empty()) {
        let owned: Vec<(String, String)> = trailers
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        out.extend_from_slice(format!("x-amz-trailer-signature:{}\r\n", s.trailer_signature(p, &owned)).as_bytes());
    }
    out.extend_from_slice(b"\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::super::sigv4::signing_key;
    use super::*;

    const TS: &str = "20130524T000000Z";
    const SCOPE: &str = "20130524/us-east-1/s3/aws4_request";
    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    /// The documented example's signer with `seed`.
    fn example<'a>(key: &'a [u8; 32], seed: &'a str) -> ChunkSigner<'a> {
        ChunkSigner {
            key,
            timestamp: TS,
            scope: SCOPE,
            seed_signature: seed,
        }
    }

    /// AWS's published chunked-upload example: 64 KiB + 1 KiB of `a`, seed signature
    /// 4f232c43…, chunk signatures ad80c730…, 0055627c…, b6c6ea8a….
    #[test]
    fn aws_documented_chunk_signatures() {
        let key = signing_key(SECRET, "20130524", "us-east-1", "s3");
        let signer = ChunkSigner {
            key: &key,
            timestamp: TS,
            scope: SCOPE,
            seed_signature: "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9",
        };
        let s1 = signer.chunk_signature(signer.seed_signature, &[b'a'; 65536]);
        assert_eq!(s1, "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648");
        let s2 = signer.chunk_signature(&s1, &[b'a'; 1024]);
        assert_eq!(s2, "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497");
        let s3 = signer.chunk_signature(&s2, b"");
        assert_eq!(s3, "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9");

        let body = vec![b'a'; 66560];
        let raw = encode(&body, 65536, Some(&signer), &[]);
        assert_eq!(raw.len(), 66824, "the documented Content-Length");
        let got = decode(&raw, Some(&signer), false, false).unwrap();
        assert_eq!(got.body, body);
    }

    #[test]
    fn a_flipped_byte_or_reordered_chunk_fails_the_chain() {
        let key = signing_key(SECRET, "20130524", "us-east-1", "s3");
        let seed = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";
        let signer = ChunkSigner {
            key: &key,
            timestamp: TS,
            scope: SCOPE,
            seed_signature: seed,
        };
        let body: Vec<u8> = (0..3000u32).map(|i| (i % 251) as u8).collect();
        let raw = encode(&body, 1000, Some(&signer), &[]);
        let got = decode(&raw, Some(&signer), false, false).unwrap();
        assert_eq!(got.body, body);
        // One allocation bounded by the framed size: the decoded body never regrew.
        assert_eq!(got.body.capacity(), raw.len());

        // Flip one data byte of the second chunk.
        let mut bad = raw.clone();
        let second = raw.windows(2).position(|w| w == b"\r\n").unwrap() + 2 + 1000 + 2 + 90;
        bad[second] ^= 1;
        let err = decode(&bad, Some(&signer), false, false).unwrap_err();
        assert_eq!((err.code, err.status), ("SignatureDoesNotMatch", 403));
        assert!(err.message.contains("chunk 1"), "{}", err.message);

        // A different seed (i.e. a body spliced from another request) fails at chunk 0.
        let other = ChunkSigner {
            seed_signature: "0000000000000000000000000000000000000000000000000000000000000000",
            ..signer
        };
        let err = decode(&raw, Some(&other), false, false).unwrap_err();
        assert!(err.message.contains("chunk 0"), "{}", err.message);
    }

    #[test]
    fn unsigned_chunks_with_trailer() {
        let raw = b"5\r\nhello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n";
        let got = decode(raw, None, true, false).unwrap();
        assert_eq!(got.body, b"hello world");
        assert_eq!(
            got.trailers,
            vec![("x-amz-checksum-crc32".to_owned(), "DUoRhQ==".to_owned())]
        );
        // Without the final CRLF, as some clients end it.
        let got = decode(b"5\r\nhello\r\n0\r\nx-amz-checksum-crc32:AAAA\r\n", None, true, false).unwrap();
        assert_eq!(got.trailers.len(), 1);
        // Trailers where none were announced.
        let err = decode(raw, None, false, false).unwrap_err();
        assert_eq!(err.code, "MalformedTrailerError");
    }

    #[test]
    fn truncated_and_garbled_frames_are_incomplete_body() {
        for raw in [
            &b"5\r\nhel"[..],
            b"5\r\nhello",
            b"5\r\nhelloXX0\r\n\r\n",
            b"zz\r\nhello\r\n0\r\n\r\n",
            b"5\r\nhello\r\n",
            b"",
            b"0\r\n\r\ntrailing garbage",
        ] {
            let err = decode(raw, None, true, false).unwrap_err();
            assert_eq!(
                (err.code, err.status),
                ("IncompleteBody", 400),
                "{raw:?}: {}",
                err.message
            );
        }
    }

    /// AWS's published trailing-header example: seed 106e2a8a…, the same 64 KiB + 1 KiB of `a`,
    /// then a CRC32C trailer signed as d81f82fc….
    #[test]
    fn aws_documented_trailer_signature() {
        let key = signing_key(SECRET, "20130524", "us-east-1", "s3");
        let signer = ChunkSigner {
            key: &key,
            timestamp: TS,
            scope: SCOPE,
            seed_signature: "106e2a8a18243abcf37539882f36619c00e2dfc72633413f02d3b74544bfeb8e",
        };
        let s1 = signer.chunk_signature(signer.seed_signature, &[b'a'; 65536]);
        assert_eq!(s1, "b474d8862b1487a5145d686f57f013e54db672cee1c953b3010fb58501ef5aa2");
        let s2 = signer.chunk_signature(&s1, &[b'a'; 1024]);
        assert_eq!(s2, "1c1344b170168f8e65b41376b44b20fe354e373826ccbbe2c1d40a8cae51e5c7");
        let s3 = signer.chunk_signature(&s2, b"");
        assert_eq!(s3, "2ca2aba2005185cf7159c6277faf83795951dd77a3a99e6e65d5c9f85863f992");
        let trailer = [("x-amz-checksum-crc32c".to_owned(), "sOO8/Q==".to_owned())];
        assert_eq!(
            signer.trailer_signature(&s3, &trailer),
            "d81f82fc3505edab99d459891051a732e8730629a2e4a59689829ca17fe2e435"
        );
        let body = vec![b'a'; 66560];
        assert_eq!(super::super::ChecksumAlgorithm::Crc32c.base64(&body), "sOO8/Q==");
        let raw = encode(&body, 65536, Some(&signer), &[("x-amz-checksum-crc32c", "sOO8/Q==")]);
        let text = String::from_utf8_lossy(&raw);
        assert!(text.ends_with(
            "0;chunk-signature=2ca2aba2005185cf7159c6277faf83795951dd77a3a99e6e65d5c9f85863f992\r\n\
             x-amz-checksum-crc32c:sOO8/Q==\r\n\
             x-amz-trailer-signature:d81f82fc3505edab99d459891051a732e8730629a2e4a59689829ca17fe2e435\r\n\r\n"
        ));
        let got = decode(&raw, Some(&signer), true, true).unwrap();
        assert_eq!(got.body, body);
    }

    /// The decoder fed the documented example in pieces of every size from 1 byte up gives the same body
    /// and trailers as fed whole: lines, CRLFs and signatures may be split anywhere.
    #[test]
    fn pieces_of_any_size_decode_the_same() {
        let key = signing_key(SECRET, "20130524", "us-east-1", "s3");
        let signer = example(&key, "106e2a8a18243abcf37539882f36619c00e2dfc72633413f02d3b74544bfeb8e");
        let body: Vec<u8> = (0..9000u32).map(|i| (i % 253) as u8).collect();
        let raw = encode(&body, 4000, Some(&signer), &[("x-amz-checksum-crc32c", "AAAAAA==")]);
        for piece in [1, 2, 3, 5, 64, 89, 90, 91, 4001, raw.len()] {
            let mut d = Decoder::new(Some(signer.owned()), true, true);
            let mut got = Vec::new();
            for p in raw.chunks(piece) {
                let mut out = Vec::new();
                d.push(p, &mut out).unwrap();
                for o in out {
                    got.extend_from_slice(o);
                }
            }
            assert_eq!(got, body, "pieces of {piece}");
            assert_eq!(
                d.finish().unwrap(),
                vec![("x-amz-checksum-crc32c".to_owned(), "AAAAAA==".to_owned())]
            );
        }
    }

    /// A bad signature in the middle of a large body is caught when that chunk ends, before the rest is
    /// read; a body cut short is caught at the end.
    #[test]
    fn a_bad_chunk_in_the_middle_stops_the_stream_there() {
        let key = signing_key(SECRET, "20130524", "us-east-1", "s3");
        let signer = example(&key, "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9");
        let body = vec![7u8; 64 * 1024 * 10];
        let mut raw = encode(&body, 64 * 1024, Some(&signer), &[]);
        let frame = 64 * 1024 + 2 + "10000;chunk-signature=".len() + 64 + 2;
        raw[5 * frame + 200] ^= 1;
        let mut d = Decoder::new(Some(signer.owned()), false, false);
        let mut fed = 0;
        let err = raw
            .chunks(16 * 1024)
            .find_map(|p| {
                fed += p.len();
                d.push(p, &mut Vec::new()).err()
            })
            .expect("the flipped byte is caught");
        assert_eq!((err.code, err.status), ("SignatureDoesNotMatch", 403));
        assert!(err.message.contains("chunk 5"), "{}", err.message);
        assert!(fed < 7 * frame, "stopped at byte {fed}, not at the end");

        let good = encode(&body, 64 * 1024, Some(&signer), &[]);
        let mut d = Decoder::new(Some(signer.owned()), false, false);
        d.push(&good[..good.len() / 2], &mut Vec::new()).unwrap();
        let err = d.finish().unwrap_err();
        assert_eq!((err.code, err.status), ("IncompleteBody", 400), "{}", err.message);
    }

    #[test]
    fn overlong_header_lines_and_trailers_are_refused_without_buffering_them() {
        let mut d = Decoder::new(None, true, false);
        let err = d.push(&vec![b'1'; MAX_HEADER_LINE + 1], &mut Vec::new()).unwrap_err();
        assert_eq!(err.code, "IncompleteBody");
        let mut d = Decoder::new(None, true, false);
        d.push(b"0\r\n", &mut Vec::new()).unwrap();
        let line = format!("x-amz-meta-a:{}\r\n", "v".repeat(1000));
        let err = (0..100)
            .find_map(|_| d.push(line.as_bytes(), &mut Vec::new()).err())
            .expect("refused");
        assert_eq!(err.code, "MalformedTrailerError");
    }

    #[test]
    fn signed_trailer_is_verified() {
        let key = signing_key(SECRET, "20130524", "us-east-1", "s3");
        let signer = ChunkSigner {
            key: &key,
            timestamp: TS,
            scope: SCOPE,
            seed_signature: "106e2a8a18243abcf37539882f36619c00e2dfc72633413f02d3b74544bfeb8e",
        };
        let raw = encode(b"abcdef", 4, Some(&signer), &[("x-amz-checksum-crc32c", "sOO8/Q==")]);
        let got = decode(&raw, Some(&signer), true, true).unwrap();
        assert_eq!(got.body, b"abcdef");
        assert_eq!(got.trailers[0].1, "sOO8/Q==");

        // Changing the trailer value breaks the trailer signature, not a chunk signature.
        let text = String::from_utf8(raw.clone()).unwrap().replace("sOO8/Q==", "sOO8/Q=A");
        let err = decode(text.as_bytes(), Some(&signer), true, true).unwrap_err();
        assert_eq!(err.code, "SignatureDoesNotMatch");
        assert!(err.message.contains("trailer"), "{}", err.message);

        // Dropping the trailer signature line.
        let text = String::from_utf8(raw).unwrap();
        let cut = text.find("x-amz-trailer-signature").unwrap();
        let err = decode(format!("{}\r\n", &text[..cut]).as_bytes(), Some(&signer), true, true).unwrap_err();
        assert_eq!(err.code, "MalformedTrailerError");
    }
}
