//! Comparing a source bucket with a replication destination, key by key (`bucket replication diff` and
//! `sync`): what one side's listing says of a key ([`Entry`]), the class of a key from both sides
//! ([`classify`]), and the split of the key space into shards ([`Shard`]). Pure: the listings and the
//! requests are the CLI's.

/// What a listing says of a key's current state on one side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    pub size: u64,
    /// As listed, quotes stripped (empty for a delete marker).
    pub etag: String,
    /// With `--versions` (ListObjectVersions); None from ListObjectsV2.
    pub version_id: Option<String>,
    /// The key's latest version is a delete marker (only ListObjectVersions shows those).
    pub delete_marker: bool,
}

impl Entry {
    /// An object as ListObjectsV2 lists it.
    pub fn object(key: impl Into<String>, size: u64, etag: &str) -> Entry {
        Entry {
            key: key.into(),
            size,
            etag: plain_etag(etag).to_string(),
            version_id: None,
            delete_marker: false,
        }
    }
}

/// An ETag without its quotes.
pub fn plain_etag(etag: &str) -> &str {
    etag.trim().trim_matches('"')
}

/// A multipart upload's ETag (`<md5 of the parts' md5s>-<parts>`) is no digest of the content.
pub fn is_multipart_etag(etag: &str) -> bool {
    plain_etag(etag).contains('-')
}

/// The class of a key for one destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// Same size and ETag (and, with `--checksum`, the same content).
    InSync,
    /// The source holds it, the destination does not.
    Missing,
    /// Both hold it, with a different size or content.
    Different,
    /// Only the destination holds it.
    Extra,
    /// The source's latest is a delete marker that replicates (DeleteMarkerReplication Enabled) while the
    /// destination still serves the object, or the destination's latest is a delete marker where the source
    /// serves one.
    DeleteMarker,
    /// Missing or different, but the source's replication status is PENDING: not a fault yet.
    Pending,
    /// Same size, ETags of multipart uploads that cannot be compared (their part sizes may differ).
    Unverified,
}

impl Class {
    pub const ALL: [Class; 7] = [
        Class::InSync,
        Class::Missing,
        Class::Different,
        Class::Extra,
        Class::DeleteMarker,
        Class::Pending,
        Class::Unverified,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Class::InSync => "in-sync",
            Class::Missing => "missing",
            Class::Different => "different",
            Class::Extra => "extra",
            Class::DeleteMarker => "delete-marker",
            Class::Pending => "pending",
            Class::Unverified => "unverified",
        }
    }

    /// Whether the class makes `diff` exit 5: a destination that differs from what the rules say.
    /// Pending is on its way and unverified could not be compared; neither is known to differ.
    pub fn differs(self) -> bool {
        matches!(
            self,
            Class::Missing | Class::Different | Class::Extra | Class::DeleteMarker
        )
    }
}

/// The class of a key from what both sides list: `src` and `dst` are the key's current state on each side
/// (None: not listed), `delete_markers` whether the winning rule replicates delete markers. Pending needs
/// the source's replication status, which no listing carries: the caller turns missing or different into
/// pending when a HEAD of the source says PENDING.
pub fn classify(src: Option<&Entry>, dst: Option<&Entry>, delete_markers: bool) -> Option<Class> {
    match (src, dst) {
        (None, None) => None,
        // A delete marker that is not replicated: the destination keeps what it holds, as it should.
        (Some(s), _) if s.delete_marker && !delete_markers => Some(Class::InSync),
        (Some(s), d) if s.delete_marker => Some(match d {
            Some(d) if !d.delete_marker => Class::DeleteMarker,
            _ => Class::InSync,
        }),
        (Some(_), Some(d)) if d.delete_marker => Some(Class::DeleteMarker),
        (Some(_), None) => Some(Class::Missing),
        (None, Some(d)) if d.delete_marker => None,
        (None, Some(_)) => Some(Class::Extra),
        (Some(s), Some(d)) => Some(compare(s, d)),
    }
}

/// Two objects by size and ETag.
fn compare(s: &Entry, d: &Entry) -> Class {
    if s.size != d.size {
        return Class::Different;
    }
    let (se, de) = (plain_etag(&s.etag), plain_etag(&d.etag));
    if se == de {
        return Class::InSync;
    }
    if is_multipart_etag(se) || is_multipart_etag(de) {
        Class::Unverified
    } else {
        Class::Different
    }
}

/// One of N disjoint parts of the key space (`--shard I/N`, I from 0 to N-1): a key belongs to the shard
/// `fnv1a64(key) mod N`, a hash that depends only on the key's bytes, so N processes anywhere agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl Shard {
    /// `I/N` with 0 ≤ I < N, N ≥ 1.
    pub fn parse(s: &str) -> Result<Shard, String> {
        let (i, n) = s
            .split_once('/')
            .ok_or_else(|| format!("`{s}` is not I/N (e.g. 0/8: the first of 8 shards)"))?;
        let index: u32 = i
            .trim()
            .parse()
            .map_err(|_| format!("`{i}` in `{s}` is not a shard index (0 to N-1)"))?;
        let count: u32 = n
            .trim()
            .parse()
            .map_err(|_| format!("`{n}` in `{s}` is not a shard count (1 or more)"))?;
        if count == 0 {
            return Err(format!("the shard count of `{s}` must be 1 or more"));
        }
        if index >= count {
            return Err(format!(
                "shard index {index} of `{s}` is out of range: shards are numbered 0 to {}",
                count - 1
            ));
        }
        Ok(Shard { index, count })
    }

    pub fn contains(&self, key: &str) -> bool {
        self.count <= 1 || fnv1a64(key.as_bytes()) % u64::from(self.count) == u64::from(self.index)
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// 64-bit FNV-1a.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(key: &str, size: u64, etag: &str) -> Entry {
        Entry::object(key, size, etag)
    }

    fn dm(key: &str) -> Entry {
        Entry {
            key: key.into(),
            size: 0,
            etag: String::new(),
            version_id: Some("v".into()),
            delete_marker: true,
        }
    }

    #[test]
    fn objects_compare_by_size_and_etag() {
        let a = obj("k", 3, "\"abc\"");
        assert_eq!(
            classify(Some(&a), Some(&obj("k", 3, "abc")), false),
            Some(Class::InSync)
        );
        assert_eq!(
            classify(Some(&a), Some(&obj("k", 4, "abc")), false),
            Some(Class::Different)
        );
        assert_eq!(
            classify(Some(&a), Some(&obj("k", 3, "abd")), false),
            Some(Class::Different)
        );
        assert_eq!(classify(Some(&a), None, true), Some(Class::Missing));
        assert_eq!(classify(None, Some(&a), true), Some(Class::Extra));
        assert_eq!(classify(None, None, true), None);
    }

    #[test]
    fn multipart_etags_of_equal_sizes_are_unverified_and_of_other_sizes_different() {
        let mp = obj("k", 10, "\"0123-2\"");
        assert_eq!(
            classify(Some(&mp), Some(&obj("k", 10, "0123")), false),
            Some(Class::Unverified)
        );
        assert_eq!(
            classify(Some(&obj("k", 10, "aa")), Some(&mp), false),
            Some(Class::Unverified)
        );
        assert_eq!(
            classify(Some(&mp), Some(&obj("k", 10, "9999-3")), false),
            Some(Class::Unverified)
        );
        assert_eq!(
            classify(Some(&mp), Some(&obj("k", 11, "0123-2")), false),
            Some(Class::Different)
        );
        assert_eq!(classify(Some(&mp), Some(&mp.clone()), false), Some(Class::InSync));
    }

    #[test]
    fn delete_markers_count_only_where_they_replicate() {
        let o = obj("k", 1, "e");
        // Replicated markers: the destination must not serve the object.
        assert_eq!(classify(Some(&dm("k")), Some(&o), true), Some(Class::DeleteMarker));
        assert_eq!(classify(Some(&dm("k")), None, true), Some(Class::InSync));
        assert_eq!(classify(Some(&dm("k")), Some(&dm("k")), true), Some(Class::InSync));
        // Not replicated: the destination keeps its copy.
        assert_eq!(classify(Some(&dm("k")), Some(&o), false), Some(Class::InSync));
        // The reverse: the destination hides what the source serves.
        assert_eq!(classify(Some(&o), Some(&dm("k")), false), Some(Class::DeleteMarker));
        // Only a marker at the destination, nothing at the source: nothing to say.
        assert_eq!(classify(None, Some(&dm("k")), true), None);
    }

    #[test]
    fn only_differences_make_diff_fail() {
        let failing: Vec<_> = Class::ALL.into_iter().filter(|c| c.differs()).collect();
        assert_eq!(
            failing,
            [Class::Missing, Class::Different, Class::Extra, Class::DeleteMarker]
        );
    }

    #[test]
    fn shards_parse_and_split_every_key_into_exactly_one() {
        assert_eq!(Shard::parse("0/8").unwrap(), Shard { index: 0, count: 8 });
        assert_eq!(Shard::parse("7/8").unwrap().to_string(), "7/8");
        for bad in ["8/8", "1/0", "x/2", "3", "-1/4", "1/"] {
            assert!(Shard::parse(bad).is_err(), "{bad}");
        }
        let shards: Vec<Shard> = (0..5).map(|i| Shard { index: i, count: 5 }).collect();
        let mut per = [0usize; 5];
        for n in 0..5000 {
            let key = format!("dir/{n}.bin");
            let owners: Vec<usize> = (0..5).filter(|&i| shards[i].contains(&key)).collect();
            assert_eq!(owners.len(), 1, "{key}");
            per[owners[0]] += 1;
        }
        // Roughly even: every shard within 20% of its share.
        assert!(per.iter().all(|&n| (800..=1200).contains(&n)), "{per:?}");
        // Stable: the hash is FNV-1a 64 of the bytes (a published test vector).
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert!(Shard::parse("0/1").unwrap().contains("anything"));
    }
}
