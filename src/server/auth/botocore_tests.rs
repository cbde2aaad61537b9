//! Verification against a real client's bytes: a Python script drives boto3/botocore, captures each
//! request just before it would be sent (method, URL, headers, exact body, including aws-chunked
//! framing and checksum trailers) plus presigned URLs, and these tests authenticate and decode
//! them. This catches canonicalisation mistakes that self-made vectors cannot.

use std::process::Command;
use std::time::SystemTime;

use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, Uri};
use base64::Engine as _;
use bytes::Bytes;

use super::*;

const SCRIPT: &str = r#"
import base64, hashlib, json, sys
import boto3
from botocore.config import Config

AK, SK = 'AKBOTO', 'boto/secret+key='
out = []

class Captured(Exception):
    pass

def client(endpoint, region='ch-dk-2', **cfg):
    c = boto3.client('s3', endpoint_url=endpoint, region_name=region,
                     aws_access_key_id=AK, aws_secret_access_key=SK,
                     config=Config(s3={'addressing_style': 'path'}, retries={'max_attempts': 1}, **cfg))
    def capture(request, **kw):
        body = request.body
        if hasattr(body, 'read'):
            body = body.read()
        if body is None:
            body = b''
        if isinstance(body, str):
            body = body.encode()
        out[-1].update(method=request.method, url=request.url,
                       headers=[[k, v.decode() if isinstance(v, bytes) else v] for k, v in request.headers.items()],
                       body=base64.b64encode(body).decode())
        raise Captured()
    c.meta.events.register('before-send.s3', capture)
    return c

def call(name, expect_body, fn):
    out.append({'name': name, 'expect': base64.b64encode(expect_body).decode()})
    try:
        fn()
    except Captured:
        pass
    else:
        sys.exit('request %s was not captured' % name)

http = client('http://127.0.0.1:9')
https = client('https://127.0.0.1:9')
vie = client('http://127.0.0.1:9', region='at-vie-1')
odd_key = "dir/a b+c~!'()*$@=;,&é€.txt"
small = b'hello botocore'
big = bytes(range(256)) * 1200   # 300 KiB: several aws-chunked frames

call('put-http-signed-payload', small, lambda: http.put_object(
    Bucket='bucket', Key=odd_key, Body=small,
    Metadata={'note': '  several   spaces  here ', 'Mixed-Case': 'v'}))
call('put-https-unsigned-trailer-crc32', big, lambda: https.put_object(Bucket='bucket', Key=odd_key, Body=big))
call('put-https-trailer-sha256', small, lambda: https.put_object(
    Bucket='bucket', Key='k', Body=small, ChecksumAlgorithm='SHA256'))
call('put-https-trailer-sha1', big, lambda: https.put_object(
    Bucket='bucket', Key='k', Body=big, ChecksumAlgorithm='SHA1'))
call('put-http-content-md5', small, lambda: http.put_object(
    Bucket='bucket', Key='k', Body=small,
    ContentMD5=base64.b64encode(hashlib.md5(small).digest()).decode()))
call('upload-part-https', big, lambda: https.upload_part(
    Bucket='bucket', Key=odd_key, UploadId='abc/def==', PartNumber=3, Body=big))
call('list-v2-query', b'', lambda: http.list_objects_v2(
    Bucket='bucket', Prefix="a b/ü+é~*'", Delimiter='/', StartAfter='x=y&z', MaxKeys=7))
call('get-range-versionid', b'', lambda: http.get_object(
    Bucket='bucket', Key=odd_key, Range='bytes=0-9', VersionId='v+1/2=', IfNoneMatch='"etag"'))
call('head-bucket-other-zone', b'', lambda: vie.head_bucket(Bucket='bucket'))
call('put-bucket-versioning', b'', lambda: http.put_bucket_versioning(
    Bucket='bucket', VersioningConfiguration={'Status': 'Enabled'}))

for row in out:
    if row['name'] == 'put-bucket-versioning':
        row['expect'] = row['body']
for name, key, params in [
    ('presign-get', odd_key, {}),
    ('presign-get-version', 'k', {'VersionId': 'a+b/c=', 'ResponseContentType': 'text/plain; charset=utf-8'}),
]:
    url = http.generate_presigned_url('get_object', Params=dict(Bucket='bucket', Key=key, **params), ExpiresIn=600)
    out.append({'name': name, 'method': 'GET', 'url': url, 'headers': [], 'body': '', 'expect': ''})
url = https.generate_presigned_url('put_object', Params={'Bucket': 'bucket', 'Key': odd_key}, ExpiresIn=600)
out.append({'name': 'presign-put', 'method': 'PUT', 'url': url, 'headers': [], 'body': base64.b64encode(small).decode(),
            'expect': base64.b64encode(small).decode()})
print(json.dumps(out))
"#;

#[derive(serde::Deserialize)]
struct Captured {
    name: String,
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: String,
    expect: String,
}

/// Runs the capture script; `None` (after printing why) when python3/boto3 is unavailable outside CI.
fn capture() -> Option<Vec<Captured>> {
    let in_ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let output = match Command::new("python3").arg("-c").arg(SCRIPT).output() {
        Ok(o) => o,
        Err(e) => {
            assert!(!in_ci, "python3 is required in CI: {e}");
            eprintln!("skipping botocore verification: python3 not runnable: {e}");
            return None;
        }
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        if stderr.contains("No module named 'boto3'") || stderr.contains("No module named 'botocore'") {
            assert!(!in_ci, "boto3 is required in CI: {stderr}");
            eprintln!("skipping botocore verification: boto3 is not installed");
            return None;
        }
        panic!("capture script failed: {stderr}");
    }
    Some(serde_json::from_slice(&output.stdout).expect("capture script prints JSON"))
}

fn b64(s: &str) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD.decode(s).unwrap()
}

/// Turns a captured request into what the server sees: origin-form URI and headers, with `Host`
/// added from the URL as the HTTP client would.
fn to_request(c: &Captured) -> (Method, Uri, HeaderMap) {
    let url = url::Url::parse(&c.url).unwrap();
    let mut h = HeaderMap::new();
    for (k, v) in &c.headers {
        h.append(
            HeaderName::from_bytes(k.as_bytes()).unwrap(),
            HeaderValue::from_str(v).unwrap(),
        );
    }
    if !h.contains_key("host") {
        let host = &url[url::Position::BeforeHost..url::Position::AfterPort];
        h.insert("host", HeaderValue::from_str(host).unwrap());
    }
    let uri: Uri = url[url::Position::BeforePath..].parse().unwrap();
    (c.method.parse().unwrap(), uri, h)
}

fn keyring() -> Keyring {
    Keyring::new(vec![("AKBOTO".into(), "boto/secret+key=".into())])
}

#[test]
fn botocore_requests_authenticate_and_decode() {
    let Some(captured) = capture() else { return };
    // Every botocore request must match the strict canonical form, not only the fallback.
    super::STRICT_ONLY.with(|s| s.set(true));
    assert!(captured.len() >= 12, "only {} requests captured", captured.len());
    for c in &captured {
        let (method, uri, h) = to_request(c);
        let ctx = authenticate(&method, &uri, &h, &keyring(), SystemTime::now())
            .unwrap_or_else(|e| panic!("{}: {e} (uri {uri})", c.name));
        assert_eq!(ctx.access_key, "AKBOTO", "{}", c.name);
        let zone = if c.name.contains("other-zone") {
            "at-vie-1"
        } else {
            "ch-dk-2"
        };
        assert_eq!(ctx.region, zone, "{}", c.name);
        assert_eq!(ctx.presigned, c.name.starts_with("presign"), "{}", c.name);
        let decoded = decode_body_verified(&ctx, &h, Bytes::from(b64(&c.body)), ChecksumHeaders::OfBody)
            .unwrap_or_else(|e| panic!("{}: {e}", c.name));
        assert_eq!(decoded.body, Bytes::from(b64(&c.expect)), "{}", c.name);
        if c.name == "put-http-content-md5" {
            assert!(decoded.content_md5_verified);
        }
        if c.name.contains("trailer") || c.name == "upload-part-https" {
            assert!(ctx.body.is_chunked(), "{}: {:?}", c.name, ctx.body);
            assert_eq!(
                decoded.checksums.len(),
                1,
                "{}: the trailer checksum was verified",
                c.name
            );
        }
    }
    eprintln!("verified {} botocore requests", captured.len());
}

#[test]
fn botocore_requests_fail_when_tampered() {
    let Some(captured) = capture() else { return };
    for c in &captured {
        let (method, uri, h) = to_request(c);
        // A different secret for the same access key.
        let wrong = Keyring::new(vec![("AKBOTO".into(), "boto/secret+key!".into())]);
        let err = authenticate(&method, &uri, &h, &wrong, SystemTime::now()).unwrap_err();
        assert_eq!(err.code, "SignatureDoesNotMatch", "{}", c.name);
        // One more character in the path.
        let bent: Uri = format!(
            "{}x{}",
            uri.path(),
            uri.query().map(|q| format!("?{q}")).unwrap_or_default()
        )
        .parse()
        .unwrap();
        let err = authenticate(&method, &bent, &h, &keyring(), SystemTime::now()).unwrap_err();
        assert_eq!(err.code, "SignatureDoesNotMatch", "{}", c.name);

        let body = b64(&c.body);
        if !body.is_empty() && !c.name.starts_with("presign") {
            let ctx = authenticate(&method, &uri, &h, &keyring(), SystemTime::now()).unwrap();
            // Change one payload byte (not framing): find the first byte of the expected body.
            let expect = b64(&c.expect);
            let at = body
                .windows(expect.len().min(16))
                .position(|w| w == &expect[..expect.len().min(16)])
                .unwrap();
            let mut bad = body.clone();
            bad[at] ^= 0x01;
            let err = decode_body(&ctx, &h, Bytes::from(bad), ChecksumHeaders::OfBody).unwrap_err();
            assert!(
                matches!(err.code, "XAmzContentSHA256Mismatch" | "BadDigest"),
                "{}: {err}",
                c.name
            );
        }
    }
}
