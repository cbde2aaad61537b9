//! Integrity checksums a client may send with a body (`Content-MD5`, `x-amz-checksum-*` as a header
//! or an aws-chunked trailer): parsing the base64 values, computing the digests incrementally as the body
//! streams in ([`Hasher`]), and verifying them, with the error codes S3 uses.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
#[cfg(test)]
use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha256};

use super::AuthError;

/// The `x-amz-checksum-*` algorithms S3 accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChecksumAlgorithm {
    Crc32,
    Crc32c,
    Crc64Nvme,
    Sha1,
    Sha256,
}

impl ChecksumAlgorithm {
    pub const ALL: [ChecksumAlgorithm; 5] = [
        ChecksumAlgorithm::Crc32,
        ChecksumAlgorithm::Crc32c,
        ChecksumAlgorithm::Crc64Nvme,
        ChecksumAlgorithm::Sha1,
        ChecksumAlgorithm::Sha256,
    ];

    /// The header (and trailer) name, e.g. `x-amz-checksum-crc32`.
    pub fn header_name(self) -> &'static str {
        match self {
            ChecksumAlgorithm::Crc32 => "x-amz-checksum-crc32",
            ChecksumAlgorithm::Crc32c => "x-amz-checksum-crc32c",
            ChecksumAlgorithm::Crc64Nvme => "x-amz-checksum-crc64nvme",
            ChecksumAlgorithm::Sha1 => "x-amz-checksum-sha1",
            ChecksumAlgorithm::Sha256 => "x-amz-checksum-sha256",
        }
    }

    /// The name S3 uses in messages and in `x-amz-sdk-checksum-algorithm`, e.g. `CRC32C`.
    pub fn name(self) -> &'static str {
        match self {
            ChecksumAlgorithm::Crc32 => "CRC32",
            ChecksumAlgorithm::Crc32c => "CRC32C",
            ChecksumAlgorithm::Crc64Nvme => "CRC64NVME",
            ChecksumAlgorithm::Sha1 => "SHA1",
            ChecksumAlgorithm::Sha256 => "SHA256",
        }
    }

    pub fn from_header_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|a| a.header_name().eq_ignore_ascii_case(name.trim()))
    }

    fn digest_len(self) -> usize {
        match self {
            ChecksumAlgorithm::Crc32 | ChecksumAlgorithm::Crc32c => 4,
            ChecksumAlgorithm::Crc64Nvme => 8,
            ChecksumAlgorithm::Sha1 => 20,
            ChecksumAlgorithm::Sha256 => 32,
        }
    }

    /// The raw digest (big-endian for the CRCs), as S3 base64-encodes it.
    pub fn digest(self, data: &[u8]) -> Vec<u8> {
        let mut h = self.hasher();
        h.update(data);
        h.finish()
    }

    /// A digest computed piece by piece, for a body that is never whole in memory.
    pub fn hasher(self) -> Hasher {
        Hasher(match self {
            ChecksumAlgorithm::Crc32 => State::Crc32(crc32fast::Hasher::new()),
            ChecksumAlgorithm::Crc32c => State::Crc32c(0),
            ChecksumAlgorithm::Crc64Nvme => State::Crc64Nvme(CRC64NVME_INIT),
            ChecksumAlgorithm::Sha1 => State::Sha1(Sha1::new()),
            ChecksumAlgorithm::Sha256 => State::Sha256(Sha256::new()),
        })
    }

    /// The base64 value a client would send for `data`.
    pub fn base64(self, data: &[u8]) -> String {
        B64.encode(self.digest(data))
    }
}

/// An `x-amz-checksum-*` digest being computed over a body as it arrives.
#[derive(Clone)]
pub struct Hasher(State);

#[derive(Clone)]
enum State {
    Crc32(crc32fast::Hasher),
    Crc32c(u32),
    Crc64Nvme(u64),
    Sha1(Sha1),
    Sha256(Sha256),
}

impl Hasher {
    pub fn update(&mut self, data: &[u8]) {
        match &mut self.0 {
            State::Crc32(h) => h.update(data),
            State::Crc32c(c) => *c = crc32c::crc32c_append(*c, data),
            State::Crc64Nvme(c) => *c = crc64nvme_update(*c, data),
            State::Sha1(h) => h.update(data),
            State::Sha256(h) => h.update(data),
        }
    }

    /// The raw digest, as [`ChecksumAlgorithm::digest`] gives it.
    pub fn finish(self) -> Vec<u8> {
        match self.0 {
            State::Crc32(h) => h.finalize().to_be_bytes().to_vec(),
            State::Crc32c(c) => c.to_be_bytes().to_vec(),
            State::Crc64Nvme(c) => (!c).to_be_bytes().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
        }
    }
}

/// A checksum the client sent and that matched the body; the server may store and echo it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedChecksum {
    pub algorithm: ChecksumAlgorithm,
    /// Base64 of the digest, as sent.
    pub value: String,
}

/// Verifies one `x-amz-checksum-*` value; `origin` says where it came from for the message.
#[cfg(test)]
pub(crate) fn verify_checksum(
    alg: ChecksumAlgorithm,
    value: &str,
    body: &[u8],
    origin: &str,
) -> Result<VerifiedChecksum, AuthError> {
    verify_checksum_digest(alg, value, &alg.digest(body), origin)
}

/// Verifies one `x-amz-checksum-*` value against the digest computed over the body (`digest`).
pub(crate) fn verify_checksum_digest(
    alg: ChecksumAlgorithm,
    value: &str,
    digest: &[u8],
    origin: &str,
) -> Result<VerifiedChecksum, AuthError> {
    let value = value.trim();
    let decoded = B64
        .decode(value)
        .ok()
        .filter(|d| d.len() == alg.digest_len())
        .ok_or_else(|| {
            AuthError::new(
                "InvalidRequest",
                format!("Value for {} {origin} is invalid.", alg.header_name()),
                400,
            )
        })?;
    if decoded != digest {
        return Err(AuthError::new(
            "BadDigest",
            format!(
                "The {} you specified did not match the calculated checksum.",
                alg.name()
            ),
            400,
        ));
    }
    Ok(VerifiedChecksum {
        algorithm: alg,
        value: value.to_owned(),
    })
}

/// Verifies a `Content-MD5` header value.
#[cfg(test)]
pub(crate) fn verify_content_md5(value: &str, body: &[u8]) -> Result<(), AuthError> {
    verify_content_md5_digest(value, &Md5::digest(body).into())
}

/// Verifies a `Content-MD5` header value against the MD5 computed over the body.
pub(crate) fn verify_content_md5_digest(value: &str, md5: &[u8; 16]) -> Result<(), AuthError> {
    let decoded = B64
        .decode(value.trim())
        .ok()
        .filter(|d| d.len() == 16)
        .ok_or_else(|| AuthError::new("InvalidDigest", "The Content-MD5 you specified was invalid.", 400))?;
    if decoded.as_slice() != md5.as_slice() {
        return Err(AuthError::new(
            "BadDigest",
            "The Content-MD5 you specified did not match what we received.",
            400,
        ));
    }
    Ok(())
}

/// CRC-64/NVME (reflected polynomial 0xAD93D23594C93659, init and xor-out all ones), the
/// algorithm newer AWS SDKs default to for full-object checksums.
pub fn crc64nvme(data: &[u8]) -> u64 {
    !crc64nvme_update(CRC64NVME_INIT, data)
}

const CRC64NVME_INIT: u64 = u64::MAX;

/// Extends a running CRC-64/NVME (before the final xor) by `data`, eight bytes at a time: a byte-wise
/// table loop would make this the slowest digest of a large upload.
fn crc64nvme_update(mut crc: u64, data: &[u8]) -> u64 {
    let t = &CRC64NVME_TABLES;
    let mut words = data.chunks_exact(8);
    for w in &mut words {
        let v = crc ^ u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        crc = t[7][(v & 0xff) as usize]
            ^ t[6][((v >> 8) & 0xff) as usize]
            ^ t[5][((v >> 16) & 0xff) as usize]
            ^ t[4][((v >> 24) & 0xff) as usize]
            ^ t[3][((v >> 32) & 0xff) as usize]
            ^ t[2][((v >> 40) & 0xff) as usize]
            ^ t[1][((v >> 48) & 0xff) as usize]
            ^ t[0][(v >> 56) as usize];
    }
    for &b in words.remainder() {
        crc = t[0][((crc ^ u64::from(b)) & 0xff) as usize] ^ (crc >> 8);
    }
    crc
}

/// `[0]` is the byte-wise table; `[k]` advances a byte through k more zero bytes (slicing-by-8).
const CRC64NVME_TABLES: [[u64; 256]; 8] = {
    let poly = 0xAD93_D235_94C9_3659u64.reverse_bits();
    let mut tables = [[0u64; 256]; 8];
    let mut i = 0;
    while i < 256 {
        let mut crc = i as u64;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ poly } else { crc >> 1 };
            bit += 1;
        }
        tables[0][i] = crc;
        i += 1;
    }
    let mut k = 1;
    while k < 8 {
        let mut i = 0;
        while i < 256 {
            let prev = tables[k - 1][i];
            tables[k][i] = tables[0][(prev & 0xff) as usize] ^ (prev >> 8);
            i += 1;
        }
        k += 1;
    }
    tables
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc64nvme_matches_the_catalogue_check_value() {
        // The CRC catalogue's check value: CRC of the ASCII string "123456789".
        assert_eq!(crc64nvme(b"123456789"), 0xAE8B_1486_0A79_9888);
        assert_eq!(crc64nvme(b""), 0);
    }

    #[test]
    fn digests_computed_piece_by_piece_match_the_whole() {
        let data: Vec<u8> = (0..10_007u32).map(|i| (i * 131 % 251) as u8).collect();
        for alg in ChecksumAlgorithm::ALL {
            for piece in [1, 3, 7, 8, 9, 64, 1000, 10_007] {
                let mut h = alg.hasher();
                for c in data.chunks(piece) {
                    h.update(c);
                }
                assert_eq!(h.finish(), alg.digest(&data), "{alg:?} in pieces of {piece}");
            }
        }
        // The sliced CRC-64 agrees with the byte-wise definition on every length around a word.
        for n in 0..40 {
            let bytewise = {
                let mut crc = u64::MAX;
                for &b in &data[..n] {
                    crc = CRC64NVME_TABLES[0][((crc ^ u64::from(b)) & 0xff) as usize] ^ (crc >> 8);
                }
                !crc
            };
            assert_eq!(crc64nvme(&data[..n]), bytewise, "{n} bytes");
        }
    }

    #[test]
    fn crc_digests_are_big_endian_base64() {
        // CRC-32 of "123456789" is 0xCBF43926, CRC-32C is 0xE3069283.
        assert_eq!(
            ChecksumAlgorithm::Crc32.digest(b"123456789"),
            vec![0xCB, 0xF4, 0x39, 0x26]
        );
        assert_eq!(
            ChecksumAlgorithm::Crc32c.digest(b"123456789"),
            vec![0xE3, 0x06, 0x92, 0x83]
        );
        assert_eq!(ChecksumAlgorithm::Crc32.base64(b"123456789"), "y/Q5Jg==");
    }

    #[test]
    fn each_algorithm_accepts_its_own_value_and_rejects_another_body() {
        for alg in ChecksumAlgorithm::ALL {
            let v = alg.base64(b"payload");
            let ok = verify_checksum(alg, &v, b"payload", "header").unwrap();
            assert_eq!(ok.value, v);
            let err = verify_checksum(alg, &v, b"payloaD", "header").unwrap_err();
            assert_eq!(err.code, "BadDigest", "{alg:?}");
            assert_eq!(err.status, 400);
            assert!(err.message.contains(alg.name()), "{}", err.message);
        }
    }

    #[test]
    fn malformed_checksum_is_invalid_request() {
        let err = verify_checksum(ChecksumAlgorithm::Crc32, "not base64!", b"x", "header").unwrap_err();
        assert_eq!((err.code, err.status), ("InvalidRequest", 400));
        assert!(err.message.contains("x-amz-checksum-crc32"));
        // Valid base64 of the wrong length is just as invalid.
        let err = verify_checksum(ChecksumAlgorithm::Sha256, "AAAA", b"x", "header").unwrap_err();
        assert_eq!(err.code, "InvalidRequest");
    }

    #[test]
    fn content_md5_good_bad_and_malformed() {
        // MD5("hello") = 5d41402abc4b2a76b9719d911017c592
        let good = B64.encode(hex::decode("5d41402abc4b2a76b9719d911017c592").unwrap());
        verify_content_md5(&good, b"hello").unwrap();
        let err = verify_content_md5(&good, b"hellO").unwrap_err();
        assert_eq!((err.code, err.status), ("BadDigest", 400));
        let err = verify_content_md5("abc", b"hello").unwrap_err();
        assert_eq!((err.code, err.status), ("InvalidDigest", 400));
        let err = verify_content_md5(&B64.encode([0u8; 15]), b"hello").unwrap_err();
        assert_eq!(err.code, "InvalidDigest");
    }

    #[test]
    fn header_names_round_trip() {
        for alg in ChecksumAlgorithm::ALL {
            assert_eq!(ChecksumAlgorithm::from_header_name(alg.header_name()), Some(alg));
        }
        assert_eq!(
            ChecksumAlgorithm::from_header_name("X-Amz-Checksum-CRC32C"),
            Some(ChecksumAlgorithm::Crc32c)
        );
        assert_eq!(ChecksumAlgorithm::from_header_name("x-amz-checksum-md5"), None);
    }
}
