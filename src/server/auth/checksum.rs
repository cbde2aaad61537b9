//! Integrity checksums a client may send with a body (`Content-MD5`, `x-amz-checksum-*` as a header
//! or an aws-chunked trailer): parsing the base64 values and verifying them against the bytes
//! received, with the error codes S3 uses.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
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
        match self {
            ChecksumAlgorithm::Crc32 => crc32fast::hash(data).to_be_bytes().to_vec(),
            ChecksumAlgorithm::Crc32c => crc32c::crc32c(data).to_be_bytes().to_vec(),
            ChecksumAlgorithm::Crc64Nvme => crc64nvme(data).to_be_bytes().to_vec(),
            ChecksumAlgorithm::Sha1 => Sha1::digest(data).to_vec(),
            ChecksumAlgorithm::Sha256 => Sha256::digest(data).to_vec(),
        }
    }

    /// The base64 value a client would send for `data`.
    pub fn base64(self, data: &[u8]) -> String {
        B64.encode(self.digest(data))
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
pub(crate) fn verify_checksum(
    alg: ChecksumAlgorithm,
    value: &str,
    body: &[u8],
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
    if decoded != alg.digest(body) {
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
pub(crate) fn verify_content_md5(value: &str, body: &[u8]) -> Result<(), AuthError> {
    let decoded = B64
        .decode(value.trim())
        .ok()
        .filter(|d| d.len() == 16)
        .ok_or_else(|| AuthError::new("InvalidDigest", "The Content-MD5 you specified was invalid.", 400))?;
    if decoded.as_slice() != Md5::digest(body).as_slice() {
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
    let mut crc = u64::MAX;
    for &b in data {
        crc = CRC64NVME_TABLE[((crc ^ u64::from(b)) & 0xff) as usize] ^ (crc >> 8);
    }
    !crc
}

const CRC64NVME_TABLE: [u64; 256] = {
    let poly = 0xAD93_D235_94C9_3659u64.reverse_bits();
    let mut table = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = i as u64;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ poly } else { crc >> 1 };
            bit += 1;
        }
        table[i] = crc;
        i += 1;
    }
    table
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
