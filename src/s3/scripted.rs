//! A scripted HTTP server for the tests of the client and of the commands on it: it answers each request
//! with the next answer of a list and keeps the request lines, so that a test can play a server's
//! exact answers (error documents, pages, silences) and see what the client asked.

use crate::s3::{Client, ClientConfig};
use std::sync::Arc;
use std::time::Duration;

/// A scripted HTTP server on 127.0.0.1:0: answers the n-th request with `answers[n]` (the last one
/// repeats; `None` = accept and never answer), and counts requests.
pub async fn scripted(answers: Vec<Option<&'static str>>) -> (String, Arc<std::sync::atomic::AtomicUsize>) {
    let (ep, count, _) = scripted_with_log(answers).await;
    (ep, count)
}

/// The request lines (`GET /b?... HTTP/1.1`) a scripted server received, in order.
pub type Log = Arc<std::sync::Mutex<Vec<String>>>;

/// [`scripted`], keeping the request lines.
pub async fn scripted_with_log(
    answers: Vec<Option<&'static str>>,
) -> (String, Arc<std::sync::atomic::AtomicUsize>, Log) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::io::AsyncWriteExt;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    let log: Log = Arc::default();
    let lines = log.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            let n = seen.fetch_add(1, Ordering::SeqCst);
            let answer = answers[n.min(answers.len() - 1)];
            let lines = lines.clone();
            tokio::spawn(async move {
                let Some(buf) = read_head(&mut sock).await else {
                    return;
                };
                let head = String::from_utf8_lossy(&buf);
                lines
                    .lock()
                    .unwrap()
                    .push(head.lines().next().unwrap_or_default().to_string());
                match answer {
                    Some(a) => {
                        let _ = sock.write_all(a.as_bytes()).await;
                        let _ = sock.shutdown().await;
                    }
                    None => tokio::time::sleep(Duration::from_secs(30)).await,
                }
            });
        }
    });
    (format!("http://{addr}"), count, log)
}

/// Reads a request's head (and whatever came with it: the bodies of these tests are small enough to come
/// with it); None when the connection ends first.
pub async fn read_head(sock: &mut tokio::net::TcpStream) -> Option<Vec<u8>> {
    use tokio::io::AsyncReadExt;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        match sock.read(&mut chunk).await {
            Ok(0) | Err(_) => return None,
            Ok(k) => buf.extend_from_slice(&chunk[..k]),
        }
    }
    Some(buf)
}

pub fn http(status: &str, body: &str) -> &'static str {
    http_with(status, "", body)
}

/// An answer with extra header lines (each ending in `\r\n`).
pub fn http_with(status: &str, headers: &str, body: &str) -> &'static str {
    Box::leak(
        format!(
            "HTTP/1.1 {status}\r\n{headers}content-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_boxed_str(),
    )
}

/// A client of a scripted server (region ch-dk-2, test credentials).
pub fn client_for(endpoint: String, retries: u32, timeout: Duration) -> Client {
    Client::new(ClientConfig {
        endpoint,
        region: "ch-dk-2".into(),
        access_key: "AKIATEST".into(),
        secret_key: "s3cr3t".into(),
        session_token: None,
        timeout,
        retries,
        trace: false,
    })
    .unwrap()
}

/// A page of ListMultipartUploadsResult with these (key, upload id), truncated when `next` gives the
/// next markers.
pub fn uploads_page(uploads: &[(&str, &str)], next: Option<(&str, &str)>) -> &'static str {
    let mut doc = String::from("<ListMultipartUploadsResult><Bucket>b</Bucket>");
    for (k, id) in uploads {
        doc.push_str(&format!("<Upload><Key>{k}</Key><UploadId>{id}</UploadId></Upload>"));
    }
    match next {
        Some((k, u)) => doc.push_str(&format!(
            "<IsTruncated>true</IsTruncated><NextKeyMarker>{k}</NextKeyMarker><NextUploadIdMarker>{u}</NextUploadIdMarker>"
        )),
        None => doc.push_str("<IsTruncated>false</IsTruncated>"),
    }
    doc.push_str("</ListMultipartUploadsResult>");
    http("200 OK", &doc)
}
