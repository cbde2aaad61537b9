//! Listing methods of the store: ListObjects(V2) (current versions) and ListObjectVersions (every version
//! and delete marker), with prefixes, delimiters and markers.

use super::Store;
use super::types::{ObjectPage, VersionPage};
use crate::server::error::S3Result;

/// The common prefix a listing rolls `key` up into: `prefix` plus the key's text up to and including the
/// first `delimiter` after it; `None` without a (non-empty) delimiter or when the rest has none.
fn common_prefix<'k>(key: &'k str, prefix: &str, delimiter: Option<&str>) -> Option<&'k str> {
    delimiter
        .filter(|d| !d.is_empty())
        .and_then(|d| key[prefix.len()..].find(d).map(|i| &key[..prefix.len() + i + d.len()]))
}

impl Store {
    /// ListObjects(V2): current versions that are not delete markers, keys after `after`.
    pub fn list_objects(
        &self,
        bucket: &str,
        prefix: &str,
        delimiter: Option<&str>,
        after: Option<&str>,
        max: usize,
    ) -> S3Result<ObjectPage> {
        let cell = self.bucket(bucket)?;
        let st = cell.lock();
        let mut page = ObjectPage::default();
        if max == 0 {
            // Asked for nothing: nothing is left out, so the page is not truncated (as S3 answers).
            return Ok(page);
        }
        let start = match after {
            Some(a) if a >= prefix => std::ops::Bound::Excluded(a.to_string()),
            _ => std::ops::Bound::Included(prefix.to_string()),
        };
        for (key, list) in st.objects.range((start, std::ops::Bound::Unbounded)) {
            if !key.starts_with(prefix) {
                break;
            }
            let Some(cur) = list.first().filter(|v| !v.meta.delete_marker) else {
                continue;
            };
            let cp = common_prefix(key, prefix, delimiter);
            if let Some(cp) = cp
                && (after.is_some_and(|a| cp <= a) || page.prefixes.last().is_some_and(|p| p == cp))
            {
                continue;
            }
            if page.objects.len() + page.prefixes.len() >= max {
                page.truncated = true;
                break;
            }
            match cp {
                Some(cp) => {
                    page.prefixes.push(cp.to_string());
                    page.last = Some(cp.to_string());
                }
                None => {
                    page.objects.push((key.clone(), cur.clone()));
                    page.last = Some(key.clone());
                }
            }
        }
        Ok(page)
    }

    /// ListObjectVersions: all versions and delete markers, newest first per key, after the markers.
    pub fn list_versions(
        &self,
        bucket: &str,
        prefix: &str,
        delimiter: Option<&str>,
        key_marker: Option<&str>,
        version_id_marker: Option<&str>,
        max: usize,
    ) -> S3Result<VersionPage> {
        let cell = self.bucket(bucket)?;
        let st = cell.lock();
        let mut page = VersionPage::default();
        let start = match key_marker {
            Some(k) if !k.is_empty() && k >= prefix => {
                if version_id_marker.is_some_and(|v| !v.is_empty()) {
                    std::ops::Bound::Included(k.to_string())
                } else {
                    std::ops::Bound::Excluded(k.to_string())
                }
            }
            _ => std::ops::Bound::Included(prefix.to_string()),
        };
        let mut count = 0usize;
        'keys: for (key, list) in st.objects.range((start, std::ops::Bound::Unbounded)) {
            if !key.starts_with(prefix) {
                break;
            }
            let cp = common_prefix(key, prefix, delimiter);
            if let Some(cp) = cp {
                if key_marker.is_some_and(|m| cp <= m) || page.prefixes.last().is_some_and(|p| p == cp) {
                    continue;
                }
                if count >= max {
                    page.truncated = true;
                    break;
                }
                page.prefixes.push(cp.to_string());
                page.next_key_marker = Some(cp.to_string());
                page.next_version_id_marker = None;
                count += 1;
                continue;
            }
            let mut skip_until = if Some(key.as_str()) == key_marker {
                version_id_marker.filter(|v| !v.is_empty())
            } else {
                None
            };
            for (i, v) in list.iter().enumerate() {
                if let Some(m) = skip_until {
                    if v.meta.version_id == m {
                        skip_until = None;
                    }
                    continue;
                }
                if count >= max {
                    page.truncated = true;
                    break 'keys;
                }
                page.versions.push((key.clone(), v.clone(), i == 0));
                page.next_key_marker = Some(key.clone());
                page.next_version_id_marker = Some(v.meta.version_id.clone());
                count += 1;
            }
        }
        if !page.truncated {
            page.next_key_marker = None;
            page.next_version_id_marker = None;
        }
        Ok(page)
    }
}
