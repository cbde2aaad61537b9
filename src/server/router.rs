//! Request routing: method + path (+ virtual host) + query (+ the copy-source header) → an [`Endpoint`] named
//! after the S3 operation, with the query parameters of the multipart operations parsed into typed fields.
//! Pure, so the whole table is unit-tested without HTTP. Routing runs before authentication, so that
//! authentication needs no routing facts; a request that routes to an error is still authenticated first.

use super::auth::ChecksumHeaders;
use super::error::{Kind, S3Error, S3Result};
use axum::http::{HeaderMap, Method, Uri};
use percent_encoding::percent_decode_str;

/// The S3 operation a request asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    ListBuckets,
    CreateBucket,
    DeleteBucket,
    HeadBucket,
    GetBucketLocation,
    GetBucketVersioning,
    PutBucketVersioning,
    GetObjectLockConfiguration,
    PutObjectLockConfiguration,
    GetBucketReplication,
    PutBucketReplication,
    DeleteBucketReplication,
    ListObjects,
    ListObjectsV2,
    ListObjectVersions,
    ListMultipartUploads {
        prefix: String,
        key_marker: String,
        upload_id_marker: String,
        /// `max-uploads`, at most 1000 (1000 when absent or not a number).
        max_uploads: usize,
    },
    DeleteObjects,
    PutObject,
    CopyObject,
    GetObject,
    HeadObject,
    DeleteObject,
    CreateMultipartUpload,
    UploadPart {
        upload_id: String,
        /// 1 to 10000.
        part_number: u32,
    },
    UploadPartCopy {
        upload_id: String,
        /// 1 to 10000.
        part_number: u32,
    },
    CompleteMultipartUpload {
        upload_id: String,
    },
    AbortMultipartUpload {
        upload_id: String,
    },
    ListParts {
        upload_id: String,
        /// `part-number-marker` (0 when absent or not a number).
        part_number_marker: u32,
        /// `max-parts`, at most 1000 (1000 when absent or not a number).
        max_parts: usize,
    },
    GetObjectRetention,
    PutObjectRetention,
    GetObjectLegalHold,
    PutObjectLegalHold,
    GetObjectAttributes,
    GetBucketAcl,
    PutBucketAcl,
    GetObjectAcl,
    PutObjectAcl,
    GetBucketOwnershipControls,
    PutBucketOwnershipControls,
    DeleteBucketOwnershipControls,
    GetBucketCors,
    PutBucketCors,
    DeleteBucketCors,
    /// `OPTIONS /bucket[/key]`: a browser's CORS preflight, answered from the bucket's CORS configuration
    /// without a signature (the one unsigned request S3 serves on a private bucket).
    PreflightCors,
    /// `GET /_sosctl/health`: readiness.
    OperatorHealth,
    /// `GET|POST /_sosctl/replication`: the replication operator view (served by the replication engine).
    OperatorReplication,
    /// `/_sosctl/iam/...`: roles and the API keys bound to them (served by `server::iam`); `path` follows
    /// `iam/`.
    OperatorIam {
        path: String,
    },
    /// A recognised S3 operation the server does not implement (answered 501 naming it).
    NotImplemented(String),
}

impl Endpoint {
    /// What the request's `x-amz-checksum-*` headers describe: on CompleteMultipartUpload the assembled
    /// object (its body is the XML part list), everywhere else the body.
    pub fn checksum_headers(&self) -> ChecksumHeaders {
        match self {
            Endpoint::CompleteMultipartUpload { .. } => ChecksumHeaders::OfObject,
            _ => ChecksumHeaders::OfBody,
        }
    }
}

/// Decoded query string; keys without `=` have an empty value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query(pub Vec<(String, String)>);

impl Query {
    pub fn parse(q: Option<&str>) -> Query {
        match q {
            None => Query(Vec::new()),
            Some(q) => Query(
                url::form_urlencoded::parse(q.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect(),
            ),
        }
    }
    pub fn has(&self, k: &str) -> bool {
        self.0.iter().any(|(n, _)| n == k)
    }
    pub fn get(&self, k: &str) -> Option<&str> {
        self.0.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str())
    }
}

/// What a request addresses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Target {
    pub bucket: Option<String>,
    pub key: Option<String>,
    pub query: Query,
    /// The path held a percent-escape that does not decode to UTF-8 (`k%FF`): S3 answers InvalidURI. Decoding
    /// it lossily would make `k%FF` and `k%FE` the same key.
    pub undecodable: bool,
}

/// Percent-decodes one path piece; `None` when the bytes are not UTF-8.
pub fn decode_path(s: &str) -> Option<String> {
    percent_decode_str(s).decode_utf8().ok().map(|c| c.into_owned())
}

impl Target {
    /// Splits the path (and a `BUCKET.localhost` host) into bucket and key; the key is percent-decoded.
    pub fn from_request(uri: &Uri, headers: &HeaderMap) -> Target {
        let query = Query::parse(uri.query());
        let raw_path = uri.path();
        let host_bucket = headers
            .get(axum::http::header::HOST)
            .and_then(|h| h.to_str().ok())
            .map(|h| h.rsplit_once(':').map(|(a, _)| a).unwrap_or(h))
            .and_then(|h| h.strip_suffix(".localhost"))
            .filter(|b| !b.is_empty())
            .map(str::to_string);
        let path = raw_path.strip_prefix('/').unwrap_or(raw_path);
        let (bucket, key) = match host_bucket {
            Some(bucket) => (Some(Some(bucket)), (!path.is_empty()).then_some(path)),
            None if path.is_empty() => (None, None),
            None => match path.split_once('/') {
                None | Some((_, "")) => (Some(None), None),
                Some((_, k)) => (Some(None), Some(k)),
            },
        };
        let raw_bucket = path.split_once('/').map_or(path, |(b, _)| b);
        let mut undecodable = false;
        let mut decode = |s: &str| {
            decode_path(s).unwrap_or_else(|| {
                undecodable = true;
                String::new()
            })
        };
        let bucket = bucket.map(|b| b.unwrap_or_else(|| decode(raw_bucket)));
        let key = key.map(&mut decode);
        Target {
            bucket,
            key,
            query,
            undecodable,
        }
    }
}

/// Whether a request carries no credentials at all (no `Authorization` header, no presigned query), as an
/// anonymous client sends it.
pub fn is_anonymous(uri: &Uri, headers: &HeaderMap) -> bool {
    let presigned = uri.query().unwrap_or("").split('&').any(|p| {
        let name = p.split('=').next().unwrap_or("");
        [
            "X-Amz-Algorithm",
            "X-Amz-Credential",
            "X-Amz-Signature",
            "AWSAccessKeyId",
            "Signature",
        ]
        .iter()
        .any(|n| name.eq_ignore_ascii_case(n))
    });
    !headers.contains_key(axum::http::header::AUTHORIZATION) && !presigned
}

/// Bucket sub-resources the server knows by name but does not implement: query key → operation suffix.
const UNSUPPORTED_BUCKET: &[(&str, &str)] = &[
    ("policy", "BucketPolicy"),
    ("policyStatus", "BucketPolicyStatus"),
    ("lifecycle", "BucketLifecycleConfiguration"),
    ("tagging", "BucketTagging"),
    ("website", "BucketWebsite"),
    ("encryption", "BucketEncryption"),
    ("logging", "BucketLogging"),
    ("notification", "BucketNotificationConfiguration"),
    ("accelerate", "BucketAccelerateConfiguration"),
    ("requestPayment", "BucketRequestPayment"),
    ("publicAccessBlock", "PublicAccessBlock"),
    ("intelligent-tiering", "BucketIntelligentTieringConfiguration"),
    ("inventory", "BucketInventoryConfiguration"),
    ("metrics", "BucketMetricsConfiguration"),
    ("analytics", "BucketAnalyticsConfiguration"),
    ("object-lambda", "ObjectLambda"),
];

const UNSUPPORTED_OBJECT: &[(&str, &str)] = &[
    ("tagging", "ObjectTagging"),
    ("torrent", "ObjectTorrent"),
    ("restore", "RestoreObject"),
    ("select", "SelectObjectContent"),
];

fn verb(m: &Method) -> &'static str {
    match *m {
        Method::GET | Method::HEAD => "Get",
        Method::PUT => "Put",
        Method::DELETE => "Delete",
        Method::POST => "Post",
        _ => "Unknown",
    }
}

fn unsupported(method: &Method, q: &Query, table: &[(&str, &str)]) -> Option<Endpoint> {
    table.iter().find(|(k, _)| q.has(k)).map(|(_, op)| {
        let name = if op.starts_with("Restore") || op.starts_with("Select") || op.starts_with("ObjectLambda") {
            op.to_string()
        } else {
            format!("{}{op}", verb(method))
        };
        Endpoint::NotImplemented(name)
    })
}

/// `uploadId` (the table only asks for it when it is present).
fn upload_id(q: &Query) -> String {
    q.get("uploadId").unwrap_or("").to_string()
}

/// `partNumber` of UploadPart and UploadPartCopy: an integer from 1 to 10000.
fn part_number(q: &Query) -> S3Result<u32> {
    let n = q.get("partNumber").unwrap_or("");
    let n: u32 = n.parse().map_err(|_| {
        S3Error::msg(
            Kind::InvalidArgument,
            format!("Part number must be an integer between 1 and 10000, not `{n}`"),
        )
    })?;
    if !(1..=10_000).contains(&n) {
        return Err(S3Error::part_number_out_of_range());
    }
    Ok(n)
}

/// A page size parameter: at most 1000, and 1000 when absent or not a number (as listings always did).
fn page_size(q: &Query, name: &str) -> usize {
    q.get(name).and_then(|m| m.parse().ok()).unwrap_or(1000).min(1000)
}

fn upload_part(q: &Query, has_copy_source: bool) -> S3Result<Endpoint> {
    let (upload_id, part_number) = (upload_id(q), part_number(q)?);
    Ok(if has_copy_source {
        Endpoint::UploadPartCopy { upload_id, part_number }
    } else {
        Endpoint::UploadPart { upload_id, part_number }
    })
}

/// Longest object key S3 accepts, in bytes of UTF-8.
pub const MAX_KEY_BYTES: usize = 1024;

/// The routing table. `Err` for a request whose operation is known but whose parameters are not valid
/// (the error to answer once the request is authenticated): a path that does not decode (InvalidURI), a key
/// over 1024 bytes on an operation that writes one (KeyTooLongError), bad multipart parameters.
pub fn route(method: &Method, t: &Target, headers: &HeaderMap) -> S3Result<Endpoint> {
    if t.undecodable {
        return Err(S3Error::new(Kind::InvalidURI));
    }
    let endpoint = route_table(method, t, headers)?;
    let writes_key = matches!(
        endpoint,
        Endpoint::PutObject | Endpoint::CopyObject | Endpoint::CreateMultipartUpload
    );
    if writes_key && t.key.as_ref().is_some_and(|k| k.len() > MAX_KEY_BYTES) {
        return Err(S3Error::new(Kind::KeyTooLongError));
    }
    Ok(endpoint)
}

fn route_table(method: &Method, t: &Target, headers: &HeaderMap) -> S3Result<Endpoint> {
    use Endpoint::*;
    let has_copy_source = headers.contains_key("x-amz-copy-source");
    let q = &t.query;
    let Some(bucket) = &t.bucket else {
        return Ok(match *method {
            Method::GET => ListBuckets,
            _ => NotImplemented(format!("{method} on the service")),
        });
    };
    if bucket == "_sosctl" {
        return Ok(match (method, t.key.as_deref()) {
            (&Method::GET, Some("health")) => OperatorHealth,
            (&Method::GET | &Method::POST, Some("replication")) => OperatorReplication,
            (_, Some(k)) if k.starts_with("iam/") => OperatorIam {
                path: k["iam/".len()..].to_string(),
            },
            _ => NotImplemented(format!("{method} /_sosctl/{}", t.key.as_deref().unwrap_or(""))),
        });
    }
    Ok(match &t.key {
        None => match *method {
            Method::GET => {
                if q.has("versioning") {
                    GetBucketVersioning
                } else if q.has("object-lock") {
                    GetObjectLockConfiguration
                } else if q.has("replication") {
                    GetBucketReplication
                } else if q.has("location") {
                    GetBucketLocation
                } else if q.has("acl") {
                    GetBucketAcl
                } else if q.has("ownershipControls") {
                    GetBucketOwnershipControls
                } else if q.has("cors") {
                    GetBucketCors
                } else if q.has("versions") {
                    ListObjectVersions
                } else if q.has("uploads") {
                    ListMultipartUploads {
                        prefix: q.get("prefix").unwrap_or("").to_string(),
                        key_marker: q.get("key-marker").unwrap_or("").to_string(),
                        upload_id_marker: q.get("upload-id-marker").unwrap_or("").to_string(),
                        max_uploads: page_size(q, "max-uploads"),
                    }
                } else if let Some(e) = unsupported(method, q, UNSUPPORTED_BUCKET) {
                    e
                } else if q.get("list-type") == Some("2") {
                    ListObjectsV2
                } else {
                    ListObjects
                }
            }
            Method::PUT => {
                if q.has("versioning") {
                    PutBucketVersioning
                } else if q.has("object-lock") {
                    PutObjectLockConfiguration
                } else if q.has("replication") {
                    PutBucketReplication
                } else if q.has("acl") {
                    PutBucketAcl
                } else if q.has("ownershipControls") {
                    PutBucketOwnershipControls
                } else if q.has("cors") {
                    PutBucketCors
                } else if let Some(e) = unsupported(method, q, UNSUPPORTED_BUCKET) {
                    e
                } else {
                    CreateBucket
                }
            }
            Method::DELETE => {
                if q.has("replication") {
                    DeleteBucketReplication
                } else if q.has("ownershipControls") {
                    DeleteBucketOwnershipControls
                } else if q.has("cors") {
                    DeleteBucketCors
                } else if let Some(e) = unsupported(method, q, UNSUPPORTED_BUCKET) {
                    e
                } else {
                    DeleteBucket
                }
            }
            Method::HEAD => HeadBucket,
            Method::POST if q.has("delete") => DeleteObjects,
            Method::OPTIONS => PreflightCors,
            _ => NotImplemented(format!("{method} on a bucket")),
        },
        Some(_) => match *method {
            Method::GET => {
                if q.has("uploadId") {
                    ListParts {
                        upload_id: upload_id(q),
                        part_number_marker: q.get("part-number-marker").and_then(|m| m.parse().ok()).unwrap_or(0),
                        max_parts: page_size(q, "max-parts"),
                    }
                } else if q.has("retention") {
                    GetObjectRetention
                } else if q.has("legal-hold") {
                    GetObjectLegalHold
                } else if q.has("attributes") {
                    GetObjectAttributes
                } else if q.has("acl") {
                    GetObjectAcl
                } else if let Some(e) = unsupported(method, q, UNSUPPORTED_OBJECT) {
                    e
                } else {
                    GetObject
                }
            }
            Method::HEAD => HeadObject,
            Method::OPTIONS => PreflightCors,
            Method::PUT => {
                if q.has("uploadId") && q.has("partNumber") {
                    return upload_part(q, has_copy_source);
                } else if q.has("retention") {
                    PutObjectRetention
                } else if q.has("legal-hold") {
                    PutObjectLegalHold
                } else if q.has("acl") {
                    PutObjectAcl
                } else if let Some(e) = unsupported(method, q, UNSUPPORTED_OBJECT) {
                    e
                } else if has_copy_source {
                    CopyObject
                } else {
                    PutObject
                }
            }
            Method::DELETE => {
                if q.has("uploadId") {
                    AbortMultipartUpload {
                        upload_id: upload_id(q),
                    }
                } else if let Some(e) = unsupported(method, q, UNSUPPORTED_OBJECT) {
                    e
                } else {
                    DeleteObject
                }
            }
            Method::POST => {
                if q.has("uploads") {
                    CreateMultipartUpload
                } else if q.has("uploadId") {
                    CompleteMultipartUpload {
                        upload_id: upload_id(q),
                    }
                } else if let Some(e) = unsupported(method, q, UNSUPPORTED_OBJECT) {
                    e
                } else {
                    NotImplemented("PostObject".into())
                }
            }
            _ => NotImplemented(format!("{method} on an object")),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Endpoint::*;

    fn r(method: Method, path_and_query: &str) -> Endpoint {
        r_full(method, path_and_query, None, false)
    }

    fn r_full(method: Method, pq: &str, host: Option<&str>, copy: bool) -> Endpoint {
        routed(method, pq, host, copy).unwrap_or_else(|e| panic!("{pq}: {e}"))
    }

    fn routed(method: Method, pq: &str, host: Option<&str>, copy: bool) -> S3Result<Endpoint> {
        let uri: Uri = pq.parse().unwrap();
        let mut h = HeaderMap::new();
        if let Some(host) = host {
            h.insert("host", host.parse().unwrap());
        }
        if copy {
            h.insert("x-amz-copy-source", "/src/k".parse().unwrap());
        }
        route(&method, &Target::from_request(&uri, &h), &h)
    }

    #[test]
    fn routing_table() {
        let cases: Vec<(Method, &str, Endpoint)> = vec![
            (Method::GET, "/", ListBuckets),
            (Method::PUT, "/b", CreateBucket),
            (Method::PUT, "/b/", CreateBucket),
            (Method::DELETE, "/b", DeleteBucket),
            (Method::HEAD, "/b", HeadBucket),
            (Method::GET, "/b?location", GetBucketLocation),
            (Method::GET, "/b?versioning", GetBucketVersioning),
            (Method::PUT, "/b?versioning", PutBucketVersioning),
            (Method::GET, "/b?object-lock", GetObjectLockConfiguration),
            (Method::PUT, "/b?object-lock=", PutObjectLockConfiguration),
            (Method::GET, "/b?replication", GetBucketReplication),
            (Method::PUT, "/b?replication", PutBucketReplication),
            (Method::DELETE, "/b?replication", DeleteBucketReplication),
            (Method::GET, "/b", ListObjects),
            (Method::GET, "/b?marker=x", ListObjects),
            (Method::GET, "/b?list-type=2&prefix=a", ListObjectsV2),
            (Method::GET, "/b?versions&key-marker=a", ListObjectVersions),
            (
                Method::GET,
                "/b?uploads",
                ListMultipartUploads {
                    prefix: String::new(),
                    key_marker: String::new(),
                    upload_id_marker: String::new(),
                    max_uploads: 1000,
                },
            ),
            (Method::POST, "/b?delete", DeleteObjects),
            (Method::PUT, "/b/k", PutObject),
            (Method::GET, "/b/k", GetObject),
            (Method::GET, "/b/k?versionId=v", GetObject),
            (Method::HEAD, "/b/k", HeadObject),
            (Method::DELETE, "/b/k", DeleteObject),
            (Method::DELETE, "/b/k?versionId=v", DeleteObject),
            (Method::POST, "/b/k?uploads", CreateMultipartUpload),
            (
                Method::PUT,
                "/b/k?partNumber=1&uploadId=u",
                UploadPart {
                    upload_id: "u".into(),
                    part_number: 1,
                },
            ),
            (
                Method::POST,
                "/b/k?uploadId=u",
                CompleteMultipartUpload { upload_id: "u".into() },
            ),
            (
                Method::DELETE,
                "/b/k?uploadId=u",
                AbortMultipartUpload { upload_id: "u".into() },
            ),
            (
                Method::GET,
                "/b/k?uploadId=u",
                ListParts {
                    upload_id: "u".into(),
                    part_number_marker: 0,
                    max_parts: 1000,
                },
            ),
            (Method::GET, "/b/k?retention", GetObjectRetention),
            (Method::PUT, "/b/k?retention", PutObjectRetention),
            (Method::GET, "/b/k?legal-hold", GetObjectLegalHold),
            (Method::PUT, "/b/k?legal-hold", PutObjectLegalHold),
            (Method::GET, "/_sosctl/health", OperatorHealth),
            (Method::GET, "/_sosctl/replication", OperatorReplication),
            (Method::POST, "/_sosctl/replication?retry-failed", OperatorReplication),
            (
                Method::PUT,
                "/_sosctl/iam/role/6f00a21e-a535-4286-86c5-e81eeab3b4ff:policy",
                OperatorIam {
                    path: "role/6f00a21e-a535-4286-86c5-e81eeab3b4ff:policy".into(),
                },
            ),
            (Method::GET, "/b?acl", GetBucketAcl),
            (Method::PUT, "/b?acl", PutBucketAcl),
            (Method::GET, "/b/k?acl", GetObjectAcl),
            (Method::PUT, "/b/k?acl&versionId=v", PutObjectAcl),
            (Method::GET, "/b?ownershipControls", GetBucketOwnershipControls),
            (Method::PUT, "/b?ownershipControls", PutBucketOwnershipControls),
            (Method::DELETE, "/b?ownershipControls", DeleteBucketOwnershipControls),
            (Method::GET, "/b?cors", GetBucketCors),
            (Method::PUT, "/b?cors", PutBucketCors),
            (Method::DELETE, "/b?cors", DeleteBucketCors),
            (Method::OPTIONS, "/b", PreflightCors),
            (Method::OPTIONS, "/b/k/l", PreflightCors),
            (Method::OPTIONS, "/", NotImplemented("OPTIONS on the service".into())),
            (
                Method::PUT,
                "/b?lifecycle",
                NotImplemented("PutBucketLifecycleConfiguration".into()),
            ),
            (Method::GET, "/b/k?attributes", GetObjectAttributes),
            (Method::GET, "/b/k?tagging", NotImplemented("GetObjectTagging".into())),
            (Method::POST, "/b/k?restore", NotImplemented("RestoreObject".into())),
        ];
        for (m, pq, want) in cases {
            assert_eq!(r(m.clone(), pq), want, "{m} {pq}");
        }
        assert_eq!(r_full(Method::PUT, "/b/k", None, true), CopyObject);
        assert_eq!(
            r_full(Method::PUT, "/b/k?partNumber=2&uploadId=u", None, true),
            UploadPartCopy {
                upload_id: "u".into(),
                part_number: 2
            }
        );
    }

    #[test]
    fn multipart_parameters_are_typed() {
        assert_eq!(
            r(Method::PUT, "/b/k?uploadId=a%2Bb&partNumber=10000"),
            UploadPart {
                upload_id: "a+b".into(),
                part_number: 10_000,
            }
        );
        assert_eq!(
            r(Method::GET, "/b/k?uploadId=u&part-number-marker=3&max-parts=20"),
            ListParts {
                upload_id: "u".into(),
                part_number_marker: 3,
                max_parts: 20,
            }
        );
        // Page sizes are capped at 1000; values that are not numbers fall back to the defaults.
        assert_eq!(
            r(Method::GET, "/b/k?uploadId=u&part-number-marker=x&max-parts=5000"),
            ListParts {
                upload_id: "u".into(),
                part_number_marker: 0,
                max_parts: 1000,
            }
        );
        assert_eq!(
            r(
                Method::GET,
                "/b?uploads&prefix=p%2F&key-marker=k&upload-id-marker=i&max-uploads=7"
            ),
            ListMultipartUploads {
                prefix: "p/".into(),
                key_marker: "k".into(),
                upload_id_marker: "i".into(),
                max_uploads: 7,
            }
        );
        assert_eq!(
            r(Method::GET, "/b?uploads&max-uploads=-1"),
            ListMultipartUploads {
                prefix: String::new(),
                key_marker: String::new(),
                upload_id_marker: String::new(),
                max_uploads: 1000,
            }
        );
    }

    #[test]
    fn bad_part_numbers_are_invalid_arguments() {
        for (pq, copy, message) in [
            (
                "/b/k?uploadId=u&partNumber=abc",
                false,
                "Part number must be an integer between 1 and 10000, not `abc`",
            ),
            (
                "/b/k?uploadId=u&partNumber=-1",
                true,
                "Part number must be an integer between 1 and 10000, not `-1`",
            ),
            (
                "/b/k?uploadId=u&partNumber=",
                false,
                "Part number must be an integer between 1 and 10000, not ``",
            ),
            (
                "/b/k?uploadId=u&partNumber=0",
                false,
                "Part number must be an integer between 1 and 10000, inclusive",
            ),
            (
                "/b/k?uploadId=u&partNumber=10001",
                true,
                "Part number must be an integer between 1 and 10000, inclusive",
            ),
        ] {
            let e = routed(Method::PUT, pq, None, copy).unwrap_err();
            assert_eq!(
                (e.code(), e.status().as_u16(), e.message.as_str()),
                ("InvalidArgument", 400, message),
                "{pq}"
            );
        }
    }

    #[test]
    fn only_complete_multipart_upload_has_object_checksum_headers() {
        // There `x-amz-checksum-*` is the assembled object's checksum, not the XML body's.
        assert_eq!(
            r(Method::POST, "/b/k?uploadId=abc").checksum_headers(),
            ChecksumHeaders::OfObject
        );
        for (m, pq) in [
            (Method::PUT, "/b/k?partNumber=1&uploadId=abc"),
            (Method::PUT, "/b/k"),
            (Method::POST, "/b/k?uploads"),
            (Method::POST, "/b?delete"),
        ] {
            assert_eq!(r(m.clone(), pq).checksum_headers(), ChecksumHeaders::OfBody, "{m} {pq}");
        }
    }

    #[test]
    fn targets_decode_keys_and_virtual_hosts() {
        let uri: Uri = "/bkt/a%20b/c%2F..%2Fd?versionId=x%2By".parse().unwrap();
        let t = Target::from_request(&uri, &HeaderMap::new());
        assert_eq!(t.bucket.as_deref(), Some("bkt"));
        assert_eq!(t.key.as_deref(), Some("a b/c/../d"));
        assert_eq!(t.query.get("versionId"), Some("x+y"));
        let mut h = HeaderMap::new();
        h.insert("host", "photos.localhost:9000".parse().unwrap());
        let t = Target::from_request(&"/x/y".parse().unwrap(), &h);
        assert_eq!((t.bucket.as_deref(), t.key.as_deref()), (Some("photos"), Some("x/y")));
        assert_eq!(r_full(Method::GET, "/", Some("photos.localhost"), false), ListObjects);
        assert_eq!(r_full(Method::GET, "/", Some("127.0.0.1:9000"), false), ListBuckets);
    }

    #[test]
    fn escapes_that_are_not_utf8_are_invalid_uri_not_another_key() {
        // Decoded lossily, k%FF and k%FE were both `k\u{FFFD}`: the second PUT overwrote the first.
        for pq in ["/b/k%FF", "/b/k%FE", "/b/%C3", "/b%FF/k"] {
            let e = routed(Method::PUT, pq, None, false).unwrap_err();
            assert_eq!((e.code(), e.status().as_u16()), ("InvalidURI", 400), "{pq}");
        }
        let mut h = HeaderMap::new();
        h.insert("host", "b.localhost".parse().unwrap());
        let uri: Uri = "/k%FF".parse().unwrap();
        assert!(route(&Method::GET, &Target::from_request(&uri, &h), &h).is_err());
        let t = Target::from_request(&"/b/k%C3%A9".parse().unwrap(), &HeaderMap::new());
        assert_eq!((t.key.as_deref(), t.undecodable), (Some("k\u{e9}"), false));
    }

    #[test]
    fn writes_of_keys_over_1024_bytes_are_key_too_long() {
        let at_limit = format!("/b/{}", "é".repeat(512));
        assert_eq!(r(Method::PUT, &at_limit), PutObject);
        let over = format!("/b/{}a", "é".repeat(512));
        for (m, pq, copy) in [
            (Method::PUT, over.clone(), false),
            (Method::PUT, over.clone(), true),
            (Method::POST, format!("{over}?uploads"), false),
        ] {
            let e = routed(m.clone(), &pq, None, copy).unwrap_err();
            assert_eq!((e.code(), e.status().as_u16()), ("KeyTooLongError", 400), "{m}");
        }
        // Reading one is not a write: it is simply not there.
        assert_eq!(r(Method::GET, &over), GetObject);
    }
}
