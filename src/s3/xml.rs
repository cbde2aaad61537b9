//! The XML documents the client reads and writes: a small element tree on top of quick-xml, the parsers of
//! every response document (lists, errors, versioning, Object Lock, multipart, deletes) and the builders of
//! request bodies. Tested on literal documents.

use super::types::*;
use crate::model::s3::{DefaultRetention, LockMode, Millis, Retention, Versioning};
use crate::xml::{self, Element, Writer};
use time::OffsetDateTime;

/// What the parsers read of an element beyond the core's accessors.
trait Fields {
    fn string_of(&self, name: &str) -> Option<String>;
    fn bool_of(&self, name: &str) -> bool;
}

impl Fields for Element {
    fn string_of(&self, name: &str) -> Option<String> {
        self.text_of(name).map(str::to_string)
    }

    fn bool_of(&self, name: &str) -> bool {
        self.child_text(name).is_some_and(|t| t.eq_ignore_ascii_case("true"))
    }
}

/// Parses a response document into its root element (the XML core, with its bounds).
pub fn parse(doc: &str) -> Result<Element, String> {
    xml::parse(doc).map_err(|e| format!("{} (at byte {})", e.message, e.offset))
}

/// The root of a successful answer, read by the elements its documents have whatever the root is named, as
/// botocore reads them: rclone answers CreateMultipartUpload with `<InitiateMultipartUpload>`, moto names
/// some roots `…Response`, and namespaces vary. An `<Error>` root is not an answer, whatever the status.
/// `name` is S3's name of the root, for the message.
fn expect_root(doc: &str, name: &str) -> Result<Element, String> {
    let root = parse(doc)?;
    if root.name == "Error" {
        let e = parse_error(doc).unwrap_or_default();
        return Err(format!(
            "expected <{name}>, got an error document: {} {}",
            e.code, e.message
        ));
    }
    Ok(root)
}

/// An RFC 3339 time as S3 writes it (`2025-02-20T15:50:12.000Z`).
pub fn parse_time(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s.trim(), &time::format_description::well_known::Rfc3339).ok()
}

/// An HTTP date (`Thu, 20 Feb 2025 15:50:12 GMT`).
pub fn parse_http_date(s: &str) -> Option<OffsetDateTime> {
    let fmt = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    time::PrimitiveDateTime::parse(s.trim(), &fmt)
        .ok()
        .map(|t| t.assume_utc())
}

fn size_of(el: &Element) -> u64 {
    el.text_of("Size").and_then(|s| s.trim().parse().ok()).unwrap_or(0)
}

/// The fields of an S3 error document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorDoc {
    pub code: String,
    pub message: String,
    pub resource: Option<String>,
    pub request_id: Option<String>,
    /// The region S3 expected the request to be signed for (AuthorizationHeaderMalformed and the like).
    pub region: Option<String>,
}

pub fn parse_error(doc: &str) -> Result<ErrorDoc, String> {
    let root = parse(doc)?;
    // Some servers wrap it: <ErrorResponse><Error>...</Error></ErrorResponse>.
    let el = if root.name == "Error" {
        &root
    } else {
        root.child("Error")
            .ok_or_else(|| format!("expected <Error>, got <{}>", root.name))?
    };
    Ok(ErrorDoc {
        code: el.string_of("Code").unwrap_or_default(),
        message: el.string_of("Message").unwrap_or_default(),
        resource: el.string_of("Resource").or_else(|| el.string_of("BucketName")),
        request_id: el.string_of("RequestId").or_else(|| root.string_of("RequestId")),
        region: el.string_of("Region").filter(|r| !r.is_empty()),
    })
}

pub fn parse_list_buckets(doc: &str) -> Result<Vec<BucketEntry>, String> {
    let root = expect_root(doc, "ListAllMyBucketsResult")?;
    let Some(buckets) = root.child("Buckets") else {
        return Ok(Vec::new());
    };
    Ok(buckets
        .children("Bucket")
        .map(|b| BucketEntry {
            name: b.string_of("Name").unwrap_or_default(),
            created: b.text_of("CreationDate").and_then(parse_time),
            region: b.string_of("BucketRegion").filter(|r| !r.is_empty()),
        })
        .collect())
}

fn prefixes(root: &Element) -> Vec<String> {
    root.children("CommonPrefixes")
        .filter_map(|p| p.string_of("Prefix"))
        .collect()
}

pub fn parse_list_objects_v2(doc: &str) -> Result<ListObjectsPage, String> {
    let root = expect_root(doc, "ListBucketResult")?;
    Ok(ListObjectsPage {
        objects: root
            .children("Contents")
            .map(|c| ObjectEntry {
                key: c.string_of("Key").unwrap_or_default(),
                size: size_of(c),
                last_modified: c.text_of("LastModified").and_then(parse_time),
                etag: c.string_of("ETag").unwrap_or_default(),
                storage_class: c.string_of("StorageClass"),
            })
            .collect(),
        common_prefixes: prefixes(&root),
        is_truncated: root.bool_of("IsTruncated"),
        next_continuation_token: root.string_of("NextContinuationToken").filter(|s| !s.is_empty()),
    })
}

pub fn parse_list_versions(doc: &str) -> Result<ListVersionsPage, String> {
    let root = expect_root(doc, "ListVersionsResult")?;
    let mut entries = root
        .children
        .iter()
        .filter(|c| c.name == "Version" || c.name == "DeleteMarker")
        .map(|c| VersionEntry {
            key: c.string_of("Key").unwrap_or_default(),
            version_id: c.string_of("VersionId").unwrap_or_else(|| "null".into()),
            is_latest: c.bool_of("IsLatest"),
            delete_marker: c.name == "DeleteMarker",
            size: size_of(c),
            last_modified: c.text_of("LastModified").and_then(parse_time),
            etag: c.string_of("ETag"),
        })
        .collect::<Vec<_>>();
    // S3 interleaves versions and delete markers, by key then newest first; moto lists every Version
    // and then every DeleteMarker, which would put a key's latest marker after its older versions.
    // A stable sort restores S3's order and leaves an already ordered page as it is.
    entries.sort_by(|a, b| {
        a.key
            .cmp(&b.key)
            .then(b.is_latest.cmp(&a.is_latest))
            .then(b.last_modified.cmp(&a.last_modified))
    });
    Ok(ListVersionsPage {
        entries,
        common_prefixes: prefixes(&root),
        is_truncated: root.bool_of("IsTruncated"),
        next_key_marker: root.string_of("NextKeyMarker").filter(|s| !s.is_empty()),
        next_version_id_marker: root.string_of("NextVersionIdMarker").filter(|s| !s.is_empty()),
    })
}

pub fn parse_versioning(doc: &str) -> Result<Versioning, String> {
    // moto names the root GetBucketVersioningResponse; the content is the same.
    let root = expect_root(doc, "VersioningConfiguration")?;
    Versioning::from_status(root.text_of("Status"))
}

pub fn versioning_body(enabled: bool) -> String {
    let mut w = Writer::new("VersioningConfiguration");
    w.elem("Status", if enabled { "Enabled" } else { "Suspended" });
    w.finish()
}

/// A retention mode as a server writes it (some in lower case).
fn lock_mode(el: &Element) -> Result<LockMode, String> {
    let mode = el.text_of("Mode").unwrap_or_default().trim();
    LockMode::parse_ignore_case(mode).ok_or_else(|| format!("unknown Object Lock mode `{mode}`"))
}

pub fn parse_object_lock(doc: &str) -> Result<ObjectLockConfig, String> {
    let root = expect_root(doc, "ObjectLockConfiguration")?;
    let enabled = root.text_of("ObjectLockEnabled").map(str::trim) == Some("Enabled");
    let default_retention = match root.child("Rule").and_then(|r| r.child("DefaultRetention")) {
        None => None,
        Some(d) => Some(DefaultRetention {
            mode: lock_mode(d)?,
            days: d.text_of("Days").and_then(|s| s.trim().parse().ok()),
            years: d.text_of("Years").and_then(|s| s.trim().parse().ok()),
        }),
    };
    Ok(ObjectLockConfig {
        enabled,
        default_retention,
    })
}

pub fn object_lock_body(cfg: &ObjectLockConfig) -> String {
    let mut w = Writer::new("ObjectLockConfiguration");
    if cfg.enabled {
        w.elem("ObjectLockEnabled", "Enabled");
    }
    if let Some(r) = &cfg.default_retention {
        w.open("Rule").open("DefaultRetention").elem("Mode", r.mode.as_str());
        w.opt("Days", r.days.map(|d| d.to_string()).as_deref());
        w.opt("Years", r.years.map(|y| y.to_string()).as_deref());
        w.close("DefaultRetention").close("Rule");
    }
    w.finish()
}

pub fn parse_location(doc: &str) -> Result<Option<String>, String> {
    let root = parse(doc)?;
    if root.name == "Error" {
        let e = parse_error(doc).unwrap_or_default();
        return Err(format!(
            "expected <LocationConstraint>, got an error document: {} {}",
            e.code, e.message
        ));
    }
    // SeaweedFS wraps it in <CreateBucketConfiguration>; otherwise the root's text whatever its name, as
    // botocore reads GetBucketLocation (its handler takes the root element's text).
    let el = root.child("LocationConstraint").unwrap_or(&root);
    let t = el.text.trim();
    Ok((!t.is_empty()).then(|| t.to_string()))
}

pub fn create_bucket_body(location: &str) -> String {
    let mut w = Writer::new("CreateBucketConfiguration");
    w.elem("LocationConstraint", location);
    w.finish()
}

/// The body of DeleteObjects (quiet mode off, so the answer lists what was deleted).
pub fn delete_objects_body(objects: &[(String, Option<String>)]) -> String {
    let mut w = Writer::new("Delete");
    for (key, version) in objects {
        w.open("Object")
            .elem("Key", key)
            .opt("VersionId", version.as_deref())
            .close("Object");
    }
    w.finish()
}

pub fn parse_delete_result(doc: &str) -> Result<DeleteObjectsOutput, String> {
    let root = expect_root(doc, "DeleteResult")?;
    let mut out = DeleteObjectsOutput::default();
    for c in &root.children {
        match c.name.as_str() {
            "Deleted" => out.deleted.push(DeletedEntry {
                key: c.string_of("Key").unwrap_or_default(),
                version_id: c.string_of("VersionId"),
                delete_marker: c.bool_of("DeleteMarker"),
                delete_marker_version_id: c.string_of("DeleteMarkerVersionId"),
            }),
            "Error" => out.errors.push(DeleteErrorEntry {
                key: c.string_of("Key").unwrap_or_default(),
                version_id: c.string_of("VersionId"),
                code: c.string_of("Code").unwrap_or_default(),
                message: c.string_of("Message").unwrap_or_default(),
            }),
            _ => {}
        }
    }
    Ok(out)
}

pub fn parse_copy_result(doc: &str) -> Result<Option<String>, String> {
    let root = expect_root(doc, "CopyObjectResult")?;
    Ok(root.string_of("ETag"))
}

/// UploadPartCopy's answer: the part's ETag.
pub fn parse_copy_part_result(doc: &str) -> Result<Option<String>, String> {
    let root = expect_root(doc, "CopyPartResult")?;
    Ok(root.string_of("ETag"))
}

pub fn parse_initiate_multipart(doc: &str) -> Result<String, String> {
    let root = expect_root(doc, "InitiateMultipartUploadResult")?;
    root.string_of("UploadId")
        .filter(|s| !s.is_empty())
        .ok_or_else(|| "no UploadId in InitiateMultipartUploadResult".to_string())
}

pub fn complete_multipart_body(parts: &[CompletedPart]) -> String {
    let mut w = Writer::new("CompleteMultipartUpload");
    for p in parts {
        w.open("Part")
            .elem("PartNumber", &p.part_number.to_string())
            .elem("ETag", &p.etag)
            .close("Part");
    }
    w.finish()
}

/// The body of PutObjectRetention; Err for a time that has no RFC 3339 form.
pub fn retention_body(r: &Retention) -> Result<String, String> {
    let until = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(r.until) * 1_000_000)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .ok_or_else(|| format!("{} ms is out of the range of a retention date", r.until))?;
    let mut w = Writer::new("Retention");
    w.elem("Mode", r.mode.as_str()).elem("RetainUntilDate", &until);
    Ok(w.finish())
}

/// GetObjectRetention's document.
pub fn parse_retention(doc: &str) -> Result<Retention, String> {
    let root = expect_root(doc, "Retention")?;
    let date = root.text_of("RetainUntilDate").unwrap_or_default();
    let until = parse_time(date).ok_or_else(|| format!("RetainUntilDate `{}` is not an RFC 3339 time", date.trim()))?;
    Ok(Retention {
        mode: lock_mode(&root)?,
        until: (until.unix_timestamp_nanos() / 1_000_000) as Millis,
    })
}

/// CompleteMultipartUpload answers 200 with either a result or an error document.
pub enum CompleteAnswer {
    Done(Option<String>),
    Error(ErrorDoc),
}

pub fn parse_complete_multipart(doc: &str) -> Result<CompleteAnswer, String> {
    let root = parse(doc)?;
    // CompleteMultipartUpload may answer 200 with an error document; any other root is the result (moto
    // names it CompleteMultipartUploadResponse).
    match root.name.as_str() {
        "Error" => Ok(CompleteAnswer::Error(parse_error(doc)?)),
        _ => Ok(CompleteAnswer::Done(root.string_of("ETag"))),
    }
}

pub fn parse_list_multipart_uploads(doc: &str) -> Result<ListMultipartUploadsPage, String> {
    let root = expect_root(doc, "ListMultipartUploadsResult")?;
    Ok(ListMultipartUploadsPage {
        uploads: root
            .children("Upload")
            .map(|u| MultipartUploadEntry {
                key: u.string_of("Key").unwrap_or_default(),
                upload_id: u.string_of("UploadId").unwrap_or_default(),
                initiated: u.text_of("Initiated").and_then(parse_time),
            })
            .collect(),
        is_truncated: root.bool_of("IsTruncated"),
        next_key_marker: root.string_of("NextKeyMarker").filter(|s| !s.is_empty()),
        next_upload_id_marker: root.string_of("NextUploadIdMarker").filter(|s| !s.is_empty()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_an_error_document() {
        let doc = r#"<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message>
<BucketName>nope</BucketName><Resource>/nope</Resource><RequestId>4442587FB7D0A2F9</RequestId></Error>"#;
        let e = parse_error(doc).unwrap();
        assert_eq!(e.code, "NoSuchBucket");
        assert_eq!(e.message, "The specified bucket does not exist");
        assert_eq!(e.resource.as_deref(), Some("/nope"));
        assert_eq!(e.request_id.as_deref(), Some("4442587FB7D0A2F9"));
        assert_eq!(e.region, None);
        let doc = "<Error><Code>AuthorizationHeaderMalformed</Code><Message>m</Message>\
                   <Region>at-vie-1</Region><RequestId>r</RequestId></Error>";
        assert_eq!(parse_error(doc).unwrap().region.as_deref(), Some("at-vie-1"));
    }

    #[test]
    fn parses_list_objects_v2_with_prefixes_and_entities() {
        let doc = r#"<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Name>b</Name><Prefix></Prefix><KeyCount>2</KeyCount><MaxKeys>1000</MaxKeys><Delimiter>/</Delimiter>
  <IsTruncated>true</IsTruncated>
  <Contents><Key>a &amp; b .txt</Key><LastModified>2025-02-20T15:50:12.000Z</LastModified>
    <ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag><Size>372</Size><StorageClass>STANDARD</StorageClass></Contents>
  <Contents><Key>caf&#233;</Key><LastModified>2025-02-20T15:50:13Z</LastModified><ETag>"x"</ETag><Size>0</Size></Contents>
  <CommonPrefixes><Prefix>dir/</Prefix></CommonPrefixes>
  <NextContinuationToken>tok==</NextContinuationToken>
</ListBucketResult>"#;
        let p = parse_list_objects_v2(doc).unwrap();
        assert_eq!(p.objects.len(), 2);
        assert_eq!(p.objects[0].key, "a & b .txt");
        assert_eq!(p.objects[0].size, 372);
        assert_eq!(p.objects[0].etag, "\"9b2cf535f27731c974343645a3985328\"");
        assert_eq!(
            p.objects[0].last_modified,
            Some(time::macros::datetime!(2025-02-20 15:50:12 UTC))
        );
        assert_eq!(p.objects[1].key, "café");
        assert_eq!(p.common_prefixes, vec!["dir/".to_string()]);
        assert!(p.is_truncated);
        assert_eq!(p.next_continuation_token.as_deref(), Some("tok=="));
    }

    #[test]
    fn parses_versions_and_delete_markers_in_order() {
        let doc = r#"<ListVersionsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
<Name>b</Name><IsTruncated>false</IsTruncated>
<DeleteMarker><Key>k</Key><VersionId>v3</VersionId><IsLatest>true</IsLatest><LastModified>2025-02-20T15:50:14.000Z</LastModified></DeleteMarker>
<Version><Key>k</Key><VersionId>v2</VersionId><IsLatest>false</IsLatest><LastModified>2025-02-20T15:50:13.000Z</LastModified><ETag>"e2"</ETag><Size>5</Size></Version>
<Version><Key>k</Key><VersionId>null</VersionId><IsLatest>false</IsLatest><LastModified>2025-02-20T15:50:12.000Z</LastModified><ETag>"e1"</ETag><Size>4</Size></Version>
</ListVersionsResult>"#;
        let p = parse_list_versions(doc).unwrap();
        let ids: Vec<_> = p.entries.iter().map(|e| e.version_id.as_str()).collect();
        assert_eq!(ids, ["v3", "v2", "null"]);
        assert!(p.entries[0].delete_marker && p.entries[0].is_latest);
        assert!(!p.entries[1].delete_marker);
        assert_eq!(p.entries[1].size, 5);
        assert!(!p.is_truncated);
    }

    #[test]
    fn versions_listed_before_markers_are_put_back_in_s3_order() {
        // moto's shape: all Versions, then all DeleteMarkers.
        let doc = r#"<ListVersionsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
<Name>b</Name><IsTruncated>false</IsTruncated>
<Version><Key>a</Key><VersionId>a1</VersionId><IsLatest>false</IsLatest><LastModified>2025-02-20T15:50:12.000Z</LastModified><Size>1</Size></Version>
<Version><Key>b</Key><VersionId>b2</VersionId><IsLatest>true</IsLatest><LastModified>2025-02-20T15:50:15.000Z</LastModified><Size>1</Size></Version>
<Version><Key>b</Key><VersionId>b1</VersionId><IsLatest>false</IsLatest><LastModified>2025-02-20T15:50:12.000Z</LastModified><Size>1</Size></Version>
<DeleteMarker><Key>a</Key><VersionId>am</VersionId><IsLatest>true</IsLatest><LastModified>2025-02-20T15:50:14.000Z</LastModified></DeleteMarker>
<DeleteMarker><Key>b</Key><VersionId>bm</VersionId><IsLatest>false</IsLatest><LastModified>2025-02-20T15:50:13.000Z</LastModified></DeleteMarker>
</ListVersionsResult>"#;
        let p = parse_list_versions(doc).unwrap();
        let ids: Vec<_> = p.entries.iter().map(|e| e.version_id.as_str()).collect();
        assert_eq!(ids, ["am", "a1", "b2", "bm", "b1"]);
    }

    #[test]
    fn versioning_never_set_reads_disabled() {
        let never = r#"<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>"#;
        assert_eq!(parse_versioning(never).unwrap(), Versioning::Disabled);
        let on = r#"<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>"#;
        assert_eq!(parse_versioning(on).unwrap(), Versioning::Enabled);
        let off = r#"<VersioningConfiguration><Status>Suspended</Status><MfaDelete>Disabled</MfaDelete></VersioningConfiguration>"#;
        assert_eq!(parse_versioning(off).unwrap(), Versioning::Suspended);
        // Read by its elements, as botocore reads it: another root without a Status is "never set"; an
        // error document is not an answer.
        assert_eq!(parse_versioning("<Other/>").unwrap(), Versioning::Disabled);
        assert!(parse_versioning("<Error><Code>AccessDenied</Code></Error>").is_err());
        let moto = r#"<GetBucketVersioningResponse xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Status>Enabled</Status></GetBucketVersioningResponse>"#;
        assert_eq!(parse_versioning(moto).unwrap(), Versioning::Enabled);
    }

    #[test]
    fn object_lock_round_trips() {
        let cfg = ObjectLockConfig {
            enabled: true,
            default_retention: Some(DefaultRetention {
                mode: LockMode::Governance,
                days: Some(3),
                years: None,
            }),
        };
        assert_eq!(parse_object_lock(&object_lock_body(&cfg)).unwrap(), cfg);
        let odd = "<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule><DefaultRetention>\
                   <Mode>Forever</Mode><Days>1</Days></DefaultRetention></Rule></ObjectLockConfiguration>";
        assert!(parse_object_lock(odd).unwrap_err().contains("`Forever`"));
    }

    #[test]
    fn retention_round_trips_in_milliseconds() {
        let r = Retention {
            mode: LockMode::Compliance,
            until: 1_740_066_612_345,
        };
        let body = retention_body(&r).unwrap();
        assert!(
            body.contains("<RetainUntilDate>2025-02-20T15:50:12.345Z</RetainUntilDate>"),
            "{body}"
        );
        assert_eq!(parse_retention(&body).unwrap(), r);
        let lower =
            "<Retention><Mode>governance</Mode><RetainUntilDate>2025-02-20T15:50:12Z</RetainUntilDate></Retention>";
        assert_eq!(parse_retention(lower).unwrap().mode, LockMode::Governance);
        assert!(parse_retention("<Retention><Mode>GOVERNANCE</Mode></Retention>").is_err());
        assert!(parse_retention("<Other/>").is_err());
    }

    #[test]
    fn parses_list_buckets_and_delete_results() {
        let doc = r#"<ListAllMyBucketsResult><Owner><ID>x</ID></Owner><Buckets>
<Bucket><Name>one</Name><CreationDate>2025-02-20T15:50:12.000Z</CreationDate></Bucket>
<Bucket><Name>two</Name><CreationDate>2025-02-21T15:50:12Z</CreationDate><BucketRegion>at-vie-1</BucketRegion></Bucket></Buckets></ListAllMyBucketsResult>"#;
        let b = parse_list_buckets(doc).unwrap();
        assert_eq!(b.len(), 2);
        assert_eq!(b[1].name, "two");
        assert_eq!(
            (b[0].region.as_deref(), b[1].region.as_deref()),
            (None, Some("at-vie-1"))
        );
        let doc = r#"<DeleteResult><Deleted><Key>a</Key><VersionId>1</VersionId></Deleted>
<Error><Key>b</Key><VersionId>2</VersionId><Code>AccessDenied</Code><Message>locked</Message></Error></DeleteResult>"#;
        let d = parse_delete_result(doc).unwrap();
        assert_eq!(d.deleted[0].key, "a");
        assert_eq!(d.errors[0].code, "AccessDenied");
        assert_eq!(d.errors[0].version_id.as_deref(), Some("2"));
    }

    #[test]
    fn escapes_keys_in_request_bodies() {
        let body = delete_objects_body(&[("a<&>b".into(), Some("v1".into()))]);
        assert!(body.contains("<Key>a&lt;&amp;&gt;b</Key><VersionId>v1</VersionId>"));
        let root = parse(&body).unwrap();
        assert_eq!(root.child("Object").unwrap().text_of("Key"), Some("a<&>b"));
        // Control characters become character references, so the body stays well-formed XML 1.0.
        let body = delete_objects_body(&[("x\u{1}y\u{7f}\r".into(), None)]);
        assert!(body.contains("<Key>x&#x1;y&#x7F;&#xD;</Key>"), "{body}");
    }

    #[test]
    fn location_constraint_plain_or_wrapped() {
        let plain =
            r#"<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">eu-west-1</LocationConstraint>"#;
        assert_eq!(parse_location(plain).unwrap().as_deref(), Some("eu-west-1"));
        assert_eq!(parse_location("<LocationConstraint/>").unwrap(), None);
        let wrapped =
            "<CreateBucketConfiguration><LocationConstraint>ch-dk-2</LocationConstraint></CreateBucketConfiguration>";
        assert_eq!(parse_location(wrapped).unwrap().as_deref(), Some("ch-dk-2"));
        // Any other root: its text, as botocore's GetBucketLocation handler reads it; an error document
        // is not an answer.
        assert_eq!(
            parse_location("<GetBucketLocationOutput>eu-west-1</GetBucketLocationOutput>")
                .unwrap()
                .as_deref(),
            Some("eu-west-1")
        );
        assert_eq!(parse_location("<Other/>").unwrap(), None);
        let err = parse_location("<Error><Code>AccessDenied</Code><Message>no</Message></Error>").unwrap_err();
        assert!(err.contains("AccessDenied"), "{err}");
    }

    #[test]
    fn http_dates_parse() {
        assert_eq!(
            parse_http_date("Thu, 20 Feb 2025 15:50:12 GMT"),
            Some(time::macros::datetime!(2025-02-20 15:50:12 UTC))
        );
        assert_eq!(parse_http_date("yesterday"), None);
    }

    #[test]
    fn malformed_documents_are_errors() {
        assert!(parse("<a><b></a>").is_err());
        assert!(parse("").is_err());
        assert!(parse_list_objects_v2("<Error/>").is_err());
        let e = parse_initiate_multipart("<Error><Code>SlowDown</Code><Message>m</Message></Error>").unwrap_err();
        assert!(e.contains("SlowDown"), "{e}");
    }

    #[test]
    fn answers_are_read_by_their_elements_whatever_the_root_is_named() {
        // rclone serve s3 (gofakes3) answers CreateMultipartUpload with this root.
        let rclone = r#"<?xml version="1.0" encoding="UTF-8"?>
<InitiateMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>b</Bucket><Key>k</Key><UploadId>42</UploadId></InitiateMultipartUpload>"#;
        assert_eq!(parse_initiate_multipart(rclone).unwrap(), "42");
        // moto's root for GetBucketVersioning, without a namespace.
        let moto = "<GetBucketVersioningResponse><Status>Suspended</Status></GetBucketVersioningResponse>";
        assert_eq!(parse_versioning(moto).unwrap(), Versioning::Suspended);
        // Extra elements and another root name: the members S3 documents are what is read.
        let listing = "<ListBucketResultV2><Name>b</Name><Extra>x</Extra><Contents><Key>a</Key><Size>3</Size>\
                       <ETag>\"e\"</ETag><Owner><ID>o</ID></Owner></Contents><IsTruncated>false</IsTruncated></ListBucketResultV2>";
        let page = parse_list_objects_v2(listing).unwrap();
        assert_eq!(page.objects.len(), 1);
        assert_eq!((page.objects[0].key.as_str(), page.objects[0].size), ("a", 3));
        let done = "<CompleteMultipartUploadResponse><ETag>\"x-2\"</ETag></CompleteMultipartUploadResponse>";
        assert!(matches!(parse_complete_multipart(done).unwrap(), CompleteAnswer::Done(Some(e)) if e == "\"x-2\""));
    }
}
