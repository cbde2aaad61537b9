//! S3 errors as the server answers them: one table from error kind to S3 code, HTTP status and default
//! message, and the XML error document (Code, Message, Resource, RequestId).

use crate::xml::escape;
use axum::http::StatusCode;

/// Every error the server can answer. The S3 code is the variant name except where S3 spells it otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    AccessControlListNotSupported,
    AccessDenied,
    /// A CORS request (a preflight) no rule allows.
    AccessForbidden,
    BadDigest,
    BadRequest,
    BucketAlreadyOwnedByYou,
    BucketNotEmpty,
    EntityTooLarge,
    EntityTooSmall,
    IncompleteBody,
    InternalError,
    InvalidAccessKeyId,
    InvalidArgument,
    InvalidBucketAclWithObjectOwnership,
    InvalidBucketName,
    InvalidBucketState,
    InvalidDigest,
    InvalidEncryptionAlgorithmError,
    InvalidPart,
    InvalidPartNumber,
    InvalidPartOrder,
    InvalidRange,
    InvalidRequest,
    InvalidRetentionPeriod,
    InvalidURI,
    KeyTooLongError,
    MalformedACLError,
    MalformedXML,
    MetadataTooLarge,
    MethodNotAllowed,
    MissingSecurityHeader,
    NoSuchBucket,
    NoSuchCORSConfiguration,
    NoSuchKey,
    NoSuchUpload,
    NoSuchVersion,
    NoSuchObjectLockConfiguration,
    NotImplemented,
    NotModified,
    ObjectLockConfigurationNotFoundError,
    OwnershipControlsNotFoundError,
    PreconditionFailed,
    ReplicationConfigurationNotFoundError,
    RequestTimeTooSkewed,
    SignatureDoesNotMatch,
    ServiceUnavailable,
    UnexpectedContent,
    UnresolvableGrantByEmailAddress,
}

impl Kind {
    /// The one table: S3 code, HTTP status, default message.
    pub fn info(self) -> (&'static str, u16, &'static str) {
        use Kind::*;
        match self {
            AccessControlListNotSupported => ("AccessControlListNotSupported", 400, "The bucket does not allow ACLs"),
            AccessDenied => ("AccessDenied", 403, "Access Denied"),
            AccessForbidden => (
                "AccessForbidden",
                403,
                "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.",
            ),
            BadRequest => ("BadRequest", 400, "Bad Request"),
            BadDigest => (
                "BadDigest",
                400,
                "The Content-MD5 or checksum you specified did not match what we received.",
            ),
            BucketAlreadyOwnedByYou => (
                "BucketAlreadyOwnedByYou",
                409,
                "Your previous request to create the named bucket succeeded and you already own it.",
            ),
            BucketNotEmpty => ("BucketNotEmpty", 409, "The bucket you tried to delete is not empty"),
            EntityTooLarge => (
                "EntityTooLarge",
                400,
                "Your proposed upload exceeds the maximum allowed size",
            ),
            EntityTooSmall => (
                "EntityTooSmall",
                400,
                "Your proposed upload is smaller than the minimum allowed object size.",
            ),
            IncompleteBody => (
                "IncompleteBody",
                400,
                "You did not provide the number of bytes specified by the Content-Length HTTP header.",
            ),
            InternalError => (
                "InternalError",
                500,
                "We encountered an internal error. Please try again.",
            ),
            InvalidAccessKeyId => (
                "InvalidAccessKeyId",
                403,
                "The AWS Access Key Id you provided does not exist in our records.",
            ),
            InvalidArgument => ("InvalidArgument", 400, "Invalid Argument"),
            InvalidBucketAclWithObjectOwnership => (
                "InvalidBucketAclWithObjectOwnership",
                400,
                "Bucket cannot have ACLs set with ObjectOwnership's BucketOwnerEnforced setting",
            ),
            InvalidBucketName => ("InvalidBucketName", 400, "The specified bucket is not valid."),
            InvalidBucketState => (
                "InvalidBucketState",
                409,
                "The request is not valid with the current state of the bucket.",
            ),
            InvalidDigest => ("InvalidDigest", 400, "The Content-MD5 you specified is not valid."),
            InvalidEncryptionAlgorithmError => (
                "InvalidEncryptionAlgorithmError",
                400,
                "The encryption request you specified is not valid. The valid value is AES256.",
            ),
            InvalidPart => (
                "InvalidPart",
                400,
                "One or more of the specified parts could not be found. The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
            ),
            InvalidPartNumber => ("InvalidPartNumber", 416, "The requested partnumber is not satisfiable"),
            InvalidPartOrder => (
                "InvalidPartOrder",
                400,
                "The list of parts was not in ascending order. Parts must be ordered by part number.",
            ),
            InvalidRange => ("InvalidRange", 416, "The requested range is not satisfiable"),
            InvalidRequest => ("InvalidRequest", 400, "Invalid Request"),
            InvalidRetentionPeriod => ("InvalidRetentionPeriod", 400, "The retention period is not valid."),
            InvalidURI => ("InvalidURI", 400, "Couldn't parse the specified URI."),
            KeyTooLongError => ("KeyTooLongError", 400, "Your key is too long"),
            MalformedACLError => (
                "MalformedACLError",
                400,
                "The XML you provided was not well-formed or did not validate against our published schema",
            ),
            MalformedXML => (
                "MalformedXML",
                400,
                "The XML you provided was not well-formed or did not validate against our published schema",
            ),
            MetadataTooLarge => (
                "MetadataTooLarge",
                400,
                "Your metadata headers exceed the maximum allowed metadata size.",
            ),
            MethodNotAllowed => (
                "MethodNotAllowed",
                405,
                "The specified method is not allowed against this resource.",
            ),
            NoSuchBucket => ("NoSuchBucket", 404, "The specified bucket does not exist"),
            NoSuchCORSConfiguration => ("NoSuchCORSConfiguration", 404, "The CORS configuration does not exist"),
            NoSuchKey => ("NoSuchKey", 404, "The specified key does not exist."),
            NoSuchUpload => (
                "NoSuchUpload",
                404,
                "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.",
            ),
            NoSuchVersion => ("NoSuchVersion", 404, "The specified version does not exist."),
            NoSuchObjectLockConfiguration => (
                "NoSuchObjectLockConfiguration",
                404,
                "The specified object does not have a ObjectLock configuration",
            ),
            NotImplemented => (
                "NotImplemented",
                501,
                "A header or operation you provided implies functionality that is not implemented",
            ),
            NotModified => ("NotModified", 304, "Not Modified"),
            ObjectLockConfigurationNotFoundError => (
                "ObjectLockConfigurationNotFoundError",
                404,
                "Object Lock configuration does not exist for this bucket",
            ),
            OwnershipControlsNotFoundError => (
                "OwnershipControlsNotFoundError",
                404,
                "The bucket ownership controls were not found",
            ),
            PreconditionFailed => (
                "PreconditionFailed",
                412,
                "At least one of the pre-conditions you specified did not hold",
            ),
            ReplicationConfigurationNotFoundError => (
                "ReplicationConfigurationNotFoundError",
                404,
                "The replication configuration was not found",
            ),
            RequestTimeTooSkewed => (
                "RequestTimeTooSkewed",
                403,
                "The difference between the request time and the server's time is too large.",
            ),
            SignatureDoesNotMatch => (
                "SignatureDoesNotMatch",
                403,
                "The request signature we calculated does not match the signature you provided.",
            ),
            ServiceUnavailable => ("ServiceUnavailable", 503, "Please reduce your request rate."),
            UnexpectedContent => ("UnexpectedContent", 400, "This request does not support content"),
            MissingSecurityHeader => (
                "MissingSecurityHeader",
                400,
                "Your request was missing a required header",
            ),
            UnresolvableGrantByEmailAddress => (
                "UnresolvableGrantByEmailAddress",
                400,
                "The email address you provided does not match any account on record.",
            ),
        }
    }
}

/// An S3 error answer: kind (code + status), message, and the resource it concerns.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{code}: {message}", code = self.code())]
pub struct S3Error {
    pub kind: Kind,
    /// Overrides the code of `kind` (errors passed through from the auth layer or the model keep theirs).
    pub code_override: Option<&'static str>,
    pub status_override: Option<u16>,
    pub message: String,
    pub resource: String,
    /// Extra response headers (e.g. `x-amz-delete-marker` on a 404 for a deleted key).
    pub headers: Vec<(&'static str, String)>,
    /// The region the request should have been signed for (`<Region>` of the document): clients that
    /// follow regions read it there when no `x-amz-bucket-region` header came.
    pub region: Option<String>,
}

impl S3Error {
    pub fn new(kind: Kind) -> Self {
        S3Error {
            kind,
            code_override: None,
            status_override: None,
            message: kind.info().2.to_string(),
            resource: String::new(),
            headers: Vec::new(),
            region: None,
        }
    }
    pub fn msg(kind: Kind, message: impl Into<String>) -> Self {
        let mut e = S3Error::new(kind);
        e.message = message.into();
        e
    }
    /// An error with a code that is not in [`Kind`] (passed through from another layer).
    pub fn raw(code: &'static str, status: u16, message: impl Into<String>) -> Self {
        let mut e = S3Error::msg(Kind::InvalidRequest, message);
        e.code_override = Some(code);
        e.status_override = Some(status);
        e
    }
    pub fn with_resource(mut self, r: impl Into<String>) -> Self {
        self.resource = r.into();
        self
    }
    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }
    pub fn with_region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }
    pub fn code(&self) -> &'static str {
        self.code_override.unwrap_or(self.kind.info().0)
    }
    pub fn status(&self) -> StatusCode {
        StatusCode::from_u16(self.status_override.unwrap_or(self.kind.info().1))
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
    pub fn internal(e: impl std::fmt::Display) -> Self {
        S3Error::msg(Kind::InternalError, format!("internal error: {e}"))
    }
    pub fn not_implemented(op: &str) -> Self {
        S3Error::msg(Kind::NotImplemented, format!("{op} is not implemented by sosctl serve"))
    }

    /// A part number outside 1..=10000 (checked by the router and again by the store).
    pub fn part_number_out_of_range() -> Self {
        S3Error::msg(
            Kind::InvalidArgument,
            "Part number must be an integer between 1 and 10000, inclusive",
        )
    }

    /// The XML error document.
    pub fn to_xml(&self, request_id: &str) -> String {
        let region = match &self.region {
            Some(r) => format!("<Region>{}</Region>", escape(r)),
            None => String::new(),
        };
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{}</Code><Message>{}</Message><Resource>{}</Resource>{region}<RequestId>{}</RequestId></Error>",
            self.code(),
            escape(&self.message),
            escape(&self.resource),
            escape(request_id)
        )
    }
}

impl From<Kind> for S3Error {
    fn from(k: Kind) -> Self {
        S3Error::new(k)
    }
}

pub type S3Result<T> = Result<T, S3Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_and_document() {
        let e = S3Error::new(Kind::NoSuchBucket).with_resource("/b");
        assert_eq!(e.code(), "NoSuchBucket");
        assert_eq!(e.status(), StatusCode::NOT_FOUND);
        let x = e.to_xml("RID1");
        assert!(x.contains("<Code>NoSuchBucket</Code>"));
        assert!(x.contains("<Resource>/b</Resource>"));
        assert!(x.contains("<RequestId>RID1</RequestId>"));
        let r = S3Error::raw("XAmzContentSHA256Mismatch", 400, "m <x>");
        assert_eq!(r.code(), "XAmzContentSHA256Mismatch");
        assert_eq!(r.status().as_u16(), 400);
        assert!(r.to_xml("x").contains("m &lt;x&gt;"));
        assert_eq!(S3Error::new(Kind::InvalidBucketState).status().as_u16(), 409);
        assert!(!x.contains("<Region>"), "{x}");
        let z = S3Error::raw("AuthorizationHeaderMalformed", 400, "m").with_region("at-vie-1");
        assert!(
            z.to_xml("x")
                .contains("</Resource><Region>at-vie-1</Region><RequestId>")
        );
    }
}
