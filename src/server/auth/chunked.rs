//! Decoding of `aws-chunked` bodies: `hex-size[;chunk-signature=SIG]\r\n data \r\n` frames ending
//! with a zero-size frame, optionally followed by trailer lines (`x-amz-checksum-crc32:BASE64`) and,
//! for signed trailers, `x-amz-trailer-signature`. Signed frames are verified as a chain starting
//! from the seed signature of the `Authorization` header.

use super::AuthError;
use super::sigv4::{EMPTY_SHA256, constant_time_eq, sha256_hex, sign_hex};

/// What is needed to verify chunk signatures.
pub(crate) struct ChunkSigner<'a> {
    pub key: &'a [u8; 32],
    pub timestamp: &'a str,
    pub scope: &'a str,
    pub seed_signature: &'a str,
}

impl ChunkSigner<'_> {
    pub(crate) fn chunk_signature(&self, previous: &str, data: &[u8]) -> String {
        let sts = format!(
            "AWS4-HMAC-SHA256-PAYLOAD\n{}\n{}\n{previous}\n{EMPTY_SHA256}\n{}",
            self.timestamp,
            self.scope,
            sha256_hex(data)
        );
        sign_hex(self.key, sts.as_bytes())
    }

    /// Trailers are signed over their canonical form: `name:value\n` each, in the order sent.
    pub(crate) fn trailer_signature(&self, previous: &str, trailers: &[(String, String)]) -> String {
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
        sign_hex(self.key, sts.as_bytes())
    }
}

#[derive(Debug, Default)]
pub(crate) struct Decoded {
    pub body: Vec<u8>,
    /// Trailer lines, names lower-cased, values trimmed; the trailer signature itself excluded.
    pub trailers: Vec<(String, String)>,
}

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

/// Finds the next `\r\n`-terminated line starting at `pos`; returns the line and the position
/// after its terminator.
fn line_at(raw: &[u8], pos: usize) -> Option<(&[u8], usize)> {
    let rel = raw[pos..].windows(2).position(|w| w == b"\r\n")?;
    Some((&raw[pos..pos + rel], pos + rel + 2))
}

/// Decodes an aws-chunked body. With `signer`, every chunk signature is verified; with
/// `signed_trailer` as well, the trailer signature too. `allow_trailers` is false for modes whose
/// trailers would be neither expected nor signed.
pub(crate) fn decode(
    raw: &[u8],
    signer: Option<&ChunkSigner<'_>>,
    allow_trailers: bool,
    signed_trailer: bool,
) -> Result<Decoded, AuthError> {
    // The decoded body is never longer than the framed one: one allocation, no regrowth (doubling a
    // large Vec would copy it and could reserve up to twice its size).
    let mut out = Decoded {
        body: Vec::with_capacity(raw.len()),
        trailers: Vec::new(),
    };
    let mut previous = signer.map(|s| s.seed_signature.to_owned());
    let mut pos = 0usize;
    let mut index = 0usize;
    loop {
        let (line, next) = line_at(raw, pos).ok_or_else(|| {
            incomplete(format!(
                "aws-chunked body ends inside the header of chunk {index} (byte {pos})"
            ))
        })?;
        let line = std::str::from_utf8(line)
            .map_err(|_| incomplete(format!("aws-chunked chunk {index} header is not text (byte {pos})")))?;
        let (size_hex, ext) = line.split_once(';').unwrap_or((line, ""));
        let size = usize::from_str_radix(size_hex.trim(), 16)
            .ok()
            .filter(|_| !size_hex.trim().is_empty())
            .ok_or_else(|| {
                incomplete(format!(
                    "aws-chunked chunk {index} has an invalid size {size_hex:?} (byte {pos})"
                ))
            })?;
        let data_end = next.checked_add(size).filter(|&end| end <= raw.len()).ok_or_else(|| {
            incomplete(format!(
                "aws-chunked chunk {index} announces {size} bytes but the body ends first"
            ))
        })?;
        let data = &raw[next..data_end];
        if let (Some(s), Some(prev)) = (signer, previous.as_mut()) {
            let sent = ext
                .split(';')
                .find_map(|e| e.trim().strip_prefix("chunk-signature="))
                .ok_or_else(|| {
                    AuthError::new(
                        "InvalidArgument",
                        format!("aws-chunked chunk {index} has no chunk-signature"),
                        400,
                    )
                })?;
            let expected = s.chunk_signature(prev, data);
            if !constant_time_eq(expected.as_bytes(), sent.as_bytes()) {
                return Err(chunk_mismatch(index));
            }
            *prev = expected;
        }
        if size == 0 {
            pos = next;
            break;
        }
        out.body.extend_from_slice(data);
        if raw.get(data_end..data_end + 2) != Some(b"\r\n".as_slice()) {
            return Err(incomplete(format!(
                "aws-chunked chunk {index} is not followed by CRLF (byte {data_end})"
            )));
        }
        pos = data_end + 2;
        index += 1;
    }

    // Trailer section: lines up to an empty line (or the end of the body, which some clients
    // reach without the final CRLF).
    let mut trailer_sig: Option<String> = None;
    while pos < raw.len() {
        let (line, next) = match line_at(raw, pos) {
            Some(found) => found,
            None => (&raw[pos..], raw.len()),
        };
        pos = next;
        if line.is_empty() {
            break;
        }
        let line = std::str::from_utf8(line).map_err(|_| malformed_trailer("a trailer line is not text"))?;
        let (name, value) = line
            .split_once(':')
            .ok_or_else(|| malformed_trailer(format!("trailer line {line:?} has no ':'")))?;
        let name = name.trim().to_ascii_lowercase();
        let value = value.trim().to_owned();
        if name == "x-amz-trailer-signature" {
            trailer_sig = Some(value);
        } else if !allow_trailers {
            return Err(malformed_trailer(format!(
                "trailer {name} sent, but x-amz-content-sha256 does not announce trailers"
            )));
        } else {
            out.trailers.push((name, value));
        }
    }
    if raw[pos..].iter().any(|b| !b.is_ascii_whitespace()) {
        return Err(incomplete(format!(
            "{} unexpected bytes after the end of the aws-chunked body",
            raw.len() - pos
        )));
    }
    if signed_trailer && let (Some(s), Some(prev)) = (signer, previous.as_ref()) {
        let sent = trailer_sig.ok_or_else(|| malformed_trailer("the trailer has no x-amz-trailer-signature"))?;
        let expected = s.trailer_signature(prev, &out.trailers);
        if !constant_time_eq(expected.as_bytes(), sent.as_bytes()) {
            return Err(AuthError::new(
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided \
                 (x-amz-trailer-signature). Check your key and signing method.",
                403,
            ));
        }
    }
    Ok(out)
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
