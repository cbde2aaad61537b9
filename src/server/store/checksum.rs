//! Checksums kept with versions and parts: the `x-amz-checksum-*` value a client sent and the body decoder
//! verified, and for a multipart object the whole-object value S3 makes from its parts — COMPOSITE (the
//! checksum of the parts' checksums, answered with a `-N` suffix) or FULL_OBJECT (the CRC of the whole
//! object, combined from the parts' CRCs and sizes, so that completing an upload never reads its bytes).

use crate::server::auth::{ChecksumAlgorithm, VerifiedChecksum};
use base64::Engine;
use serde::{Deserialize, Serialize};

const B64: base64::engine::general_purpose::GeneralPurpose = base64::engine::general_purpose::STANDARD;

/// How a multipart object's checksum is made from its parts (`x-amz-checksum-type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChecksumType {
    #[serde(rename = "COMPOSITE")]
    Composite,
    #[serde(rename = "FULL_OBJECT")]
    FullObject,
}

impl ChecksumType {
    pub fn as_str(self) -> &'static str {
        match self {
            ChecksumType::Composite => "COMPOSITE",
            ChecksumType::FullObject => "FULL_OBJECT",
        }
    }

    pub fn parse(s: &str) -> Option<ChecksumType> {
        match s.trim() {
            "COMPOSITE" => Some(ChecksumType::Composite),
            "FULL_OBJECT" => Some(ChecksumType::FullObject),
            _ => None,
        }
    }

    /// S3's default for an upload that names only the algorithm: CRC-64/NVME exists only as a full-object
    /// checksum, the others default to composite.
    pub fn default_for(algorithm: ChecksumAlgorithm) -> ChecksumType {
        match algorithm {
            ChecksumAlgorithm::Crc64Nvme => ChecksumType::FullObject,
            _ => ChecksumType::Composite,
        }
    }

    /// Whether S3 offers this type for this algorithm (full-object only for the CRCs, composite for all but
    /// CRC-64/NVME).
    pub fn supports(self, algorithm: ChecksumAlgorithm) -> bool {
        match self {
            ChecksumType::FullObject => crc_params(algorithm).is_some(),
            ChecksumType::Composite => algorithm != ChecksumAlgorithm::Crc64Nvme,
        }
    }
}

/// The checksum a multipart upload was created with (`x-amz-checksum-algorithm`, `x-amz-checksum-type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecksumSpec {
    #[serde(with = "algorithm_name")]
    pub algorithm: ChecksumAlgorithm,
    pub kind: ChecksumType,
}

/// A stored checksum: of a single-part object or a part (FULL_OBJECT, as sent), or of a multipart object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredChecksum {
    #[serde(with = "algorithm_name")]
    pub algorithm: ChecksumAlgorithm,
    /// Base64 of the digest (for COMPOSITE: of the digest of the parts' digests).
    pub value: String,
    pub kind: ChecksumType,
    /// COMPOSITE: how many parts went into it (the `-N` of the answer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parts: Option<u32>,
}

impl StoredChecksum {
    /// What the body decoder verified, kept as the checksum of the bytes it came with.
    pub fn of_body(v: &VerifiedChecksum) -> StoredChecksum {
        StoredChecksum {
            algorithm: v.algorithm,
            value: v.value.clone(),
            kind: ChecksumType::FullObject,
            parts: None,
        }
    }

    /// The value as S3 answers it in headers and documents: `-N` after a composite one.
    pub fn answer(&self) -> String {
        match self.parts {
            Some(n) if self.kind == ChecksumType::Composite => format!("{}-{n}", self.value),
            _ => self.value.clone(),
        }
    }
}

/// The XML element S3 names a checksum of this algorithm with (`ChecksumCRC32`, ...).
pub fn element_name(algorithm: ChecksumAlgorithm) -> &'static str {
    match algorithm {
        ChecksumAlgorithm::Crc32 => "ChecksumCRC32",
        ChecksumAlgorithm::Crc32c => "ChecksumCRC32C",
        ChecksumAlgorithm::Crc64Nvme => "ChecksumCRC64NVME",
        ChecksumAlgorithm::Sha1 => "ChecksumSHA1",
        ChecksumAlgorithm::Sha256 => "ChecksumSHA256",
    }
}

/// The algorithm of an S3 name (`CRC32`, any case), as `x-amz-checksum-algorithm` carries it.
pub fn algorithm_of_name(name: &str) -> Option<ChecksumAlgorithm> {
    ChecksumAlgorithm::ALL
        .into_iter()
        .find(|a| a.name().eq_ignore_ascii_case(name.trim()))
}

/// A multipart object's checksum from its parts: `(base64 digest, size)` of each, in order.
pub fn of_parts(spec: ChecksumSpec, parts: &[(&str, u64)]) -> Result<StoredChecksum, String> {
    let digests = parts
        .iter()
        .map(|(v, _)| B64.decode(v).map_err(|e| format!("stored part checksum `{v}`: {e}")))
        .collect::<Result<Vec<Vec<u8>>, String>>()?;
    let value = match spec.kind {
        ChecksumType::Composite => {
            let joined: Vec<u8> = digests.concat();
            B64.encode(spec.algorithm.digest(&joined))
        }
        ChecksumType::FullObject => {
            let crc = crc_params(spec.algorithm)
                .ok_or_else(|| format!("{} has no full-object form", spec.algorithm.name()))?;
            let mut whole: Option<u64> = None;
            for (d, (_, size)) in digests.iter().zip(parts) {
                let part = crc.value_of(d)?;
                whole = Some(match whole {
                    None => part,
                    Some(w) => crc.combine(w, part, *size),
                });
            }
            B64.encode(crc.to_bytes(whole.unwrap_or(0)))
        }
    };
    Ok(StoredChecksum {
        algorithm: spec.algorithm,
        value,
        kind: spec.kind,
        parts: (spec.kind == ChecksumType::Composite).then_some(parts.len() as u32),
    })
}

/// A reflected CRC with all-ones initial value and final xor (CRC-32, CRC-32C, CRC-64/NVME).
struct Crc {
    /// The polynomial, bit-reversed.
    poly: u64,
    width: u32,
}

fn crc_params(algorithm: ChecksumAlgorithm) -> Option<Crc> {
    match algorithm {
        ChecksumAlgorithm::Crc32 => Some(Crc {
            poly: 0xEDB8_8320,
            width: 32,
        }),
        ChecksumAlgorithm::Crc32c => Some(Crc {
            poly: 0x82F6_3B78,
            width: 32,
        }),
        ChecksumAlgorithm::Crc64Nvme => Some(Crc {
            poly: 0xAD93_D235_94C9_3659u64.reverse_bits(),
            width: 64,
        }),
        ChecksumAlgorithm::Sha1 | ChecksumAlgorithm::Sha256 => None,
    }
}

impl Crc {
    fn value_of(&self, d: &[u8]) -> Result<u64, String> {
        if d.len() * 8 != self.width as usize {
            return Err(format!("a {}-bit CRC cannot be {} bytes", self.width, d.len()));
        }
        Ok(d.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b)))
    }

    fn to_bytes(&self, v: u64) -> Vec<u8> {
        v.to_be_bytes()[8 - (self.width / 8) as usize..].to_vec()
    }

    /// `a * b` modulo the polynomial, in the reflected representation (the top bit is x^0).
    fn mul(&self, a: u64, mut b: u64) -> u64 {
        let mut m = 1u64 << (self.width - 1);
        let mut p = 0u64;
        loop {
            if a & m != 0 {
                p ^= b;
                if a & (m - 1) == 0 {
                    return p;
                }
            }
            m >>= 1;
            b = if b & 1 != 0 { (b >> 1) ^ self.poly } else { b >> 1 };
        }
    }

    /// x^(8 * bytes) modulo the polynomial: what the CRC of a prefix is multiplied by when `bytes` more
    /// bytes follow it.
    fn shift(&self, bytes: u64) -> u64 {
        // x^(2^k) for k = 0, 1, ...: x^1 is the bit just below the top.
        let mut power = 1u64 << (self.width - 2);
        let mut result = 1u64 << (self.width - 1);
        let mut bits = bytes;
        // Eight bits per byte: start at x^(2^3).
        for _ in 0..3 {
            power = self.mul(power, power);
        }
        while bits != 0 {
            if bits & 1 != 0 {
                result = self.mul(power, result);
            }
            bits >>= 1;
            power = self.mul(power, power);
        }
        result
    }

    /// The CRC of `A || B` from the CRC of A, the CRC of B and B's length.
    fn combine(&self, crc_a: u64, crc_b: u64, len_b: u64) -> u64 {
        self.mul(self.shift(len_b), crc_a) ^ crc_b
    }
}

/// Serde for a [`ChecksumAlgorithm`] as its S3 name, the journal's spelling.
mod algorithm_name {
    use super::{ChecksumAlgorithm, algorithm_of_name};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(a: &ChecksumAlgorithm, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(a.name())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<ChecksumAlgorithm, D::Error> {
        let name = String::deserialize(d)?;
        algorithm_of_name(&name).ok_or_else(|| serde::de::Error::custom(format!("unknown checksum algorithm {name}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_object_crcs_combine_like_the_crc_of_the_whole() {
        let a = b"The quick brown fox jumps over ".repeat(37);
        let b = b"the lazy dog".repeat(11);
        let c = b"!".to_vec();
        let whole = [a.clone(), b.clone(), c.clone()].concat();
        for alg in [
            ChecksumAlgorithm::Crc32,
            ChecksumAlgorithm::Crc32c,
            ChecksumAlgorithm::Crc64Nvme,
        ] {
            let parts: Vec<(String, u64)> = [&a, &b, &c].iter().map(|p| (alg.base64(p), p.len() as u64)).collect();
            let refs: Vec<(&str, u64)> = parts.iter().map(|(v, n)| (v.as_str(), *n)).collect();
            let spec = ChecksumSpec {
                algorithm: alg,
                kind: ChecksumType::FullObject,
            };
            let got = of_parts(spec, &refs).unwrap();
            assert_eq!(got.value, alg.base64(&whole), "{alg:?}");
            assert_eq!(got.answer(), alg.base64(&whole), "no -N on a full-object checksum");
        }
    }

    #[test]
    fn composite_is_the_checksum_of_the_part_checksums() {
        let parts = [b"one".to_vec(), b"two".to_vec()];
        for alg in ChecksumAlgorithm::ALL
            .into_iter()
            .filter(|a| *a != ChecksumAlgorithm::Crc64Nvme)
        {
            let values: Vec<String> = parts.iter().map(|p| alg.base64(p)).collect();
            let refs: Vec<(&str, u64)> = values.iter().map(|v| (v.as_str(), 3)).collect();
            let spec = ChecksumSpec {
                algorithm: alg,
                kind: ChecksumType::Composite,
            };
            let got = of_parts(spec, &refs).unwrap();
            let joined = [alg.digest(b"one"), alg.digest(b"two")].concat();
            assert_eq!(got.answer(), format!("{}-2", alg.base64(&joined)), "{alg:?}");
        }
    }

    #[test]
    fn types_and_names() {
        assert_eq!(
            ChecksumType::default_for(ChecksumAlgorithm::Crc64Nvme),
            ChecksumType::FullObject
        );
        assert_eq!(
            ChecksumType::default_for(ChecksumAlgorithm::Sha1),
            ChecksumType::Composite
        );
        assert!(!ChecksumType::FullObject.supports(ChecksumAlgorithm::Sha256));
        assert!(!ChecksumType::Composite.supports(ChecksumAlgorithm::Crc64Nvme));
        assert_eq!(algorithm_of_name("crc32c"), Some(ChecksumAlgorithm::Crc32c));
        let json = serde_json::to_string(&ChecksumSpec {
            algorithm: ChecksumAlgorithm::Crc64Nvme,
            kind: ChecksumType::FullObject,
        })
        .unwrap();
        assert_eq!(json, r#"{"algorithm":"CRC64NVME","kind":"FULL_OBJECT"}"#);
        assert_eq!(
            serde_json::from_str::<ChecksumSpec>(&json).unwrap().algorithm,
            ChecksumAlgorithm::Crc64Nvme
        );
    }
}
