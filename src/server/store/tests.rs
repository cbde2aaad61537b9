//! Store semantics without HTTP: versioning, delete markers, Object Lock, multipart, listing, replication
//! state, persistence and key-to-path safety.

use super::*;
use bytes::Bytes;

fn obj(data: &'static [u8]) -> NewObject {
    NewObject {
        body: Body::mem(Bytes::from_static(data)),
        etag: hex::encode(md5_digest(data)),
        ..Default::default()
    }
}

/// Creates `bucket` (in ch-dk-2, without Object Lock) and enables versioning on it.
async fn versioned(s: &Store, bucket: &str) {
    s.create_bucket(bucket, "ch-dk-2", false).await.unwrap();
    s.set_versioning(bucket, Versioning::Enabled).await.unwrap();
}

/// Puts `o` and returns the id of the version written.
async fn put_vid(s: &Store, bucket: &str, key: &str, o: NewObject) -> String {
    s.put_object(bucket, key, o)
        .await
        .unwrap()
        .version
        .meta
        .version_id
        .clone()
}

async fn body_of(v: &Version) -> Vec<u8> {
    v.body.to_bytes().await.unwrap().to_vec()
}

#[tokio::test]
async fn unversioned_bucket_keeps_one_null_version() {
    let s = Store::memory();
    s.create_bucket("bk1", "ch-dk-2", false).await.unwrap();
    let r1 = s.put_object("bk1", "k", obj(b"one")).await.unwrap();
    assert!(!r1.versioned);
    assert_eq!(r1.version.meta.version_id, "null");
    s.put_object("bk1", "k", obj(b"two")).await.unwrap();
    let page = s.list_versions("bk1", "", None, None, None, 1000).unwrap();
    assert_eq!(page.versions.len(), 1);
    assert_eq!(body_of(&s.get_object("bk1", "k", None).unwrap()).await, b"two");
    let d = s.delete_object("bk1", "k", None, false).await.unwrap();
    assert!(!d.delete_marker);
    assert_eq!(s.get_object("bk1", "k", None).unwrap_err().code(), "NoSuchKey");
    assert_eq!(
        s.list_versions("bk1", "", None, None, None, 1000)
            .unwrap()
            .versions
            .len(),
        0
    );
}

#[tokio::test]
async fn enabled_versioning_delete_markers_and_versions() {
    let s = Store::memory();
    versioned(&s, "bk1").await;
    let v1 = put_vid(&s, "bk1", "k", obj(b"one")).await;
    let v2 = put_vid(&s, "bk1", "k", obj(b"two")).await;
    assert_ne!(v1, v2);
    assert_eq!(v1.len(), 32);
    let d = s.delete_object("bk1", "k", None, false).await.unwrap();
    assert!(d.delete_marker);
    let marker = d.version_id.unwrap();
    let e = s.get_object("bk1", "k", None).unwrap_err();
    assert_eq!(e.code(), "NoSuchKey");
    assert!(
        e.headers
            .iter()
            .any(|(k, v)| *k == "x-amz-delete-marker" && v == "true")
    );
    assert_eq!(
        s.get_object("bk1", "k", Some(&marker)).unwrap_err().code(),
        "MethodNotAllowed"
    );
    assert_eq!(body_of(&s.get_object("bk1", "k", Some(&v1)).unwrap()).await, b"one");
    // Listing hides the key; the versions listing shows all three, newest first.
    assert!(s.list_objects("bk1", "", None, None, 1000).unwrap().objects.is_empty());
    let page = s.list_versions("bk1", "", None, None, None, 1000).unwrap();
    let ids: Vec<_> = page
        .versions
        .iter()
        .map(|(_, v, latest)| (v.meta.version_id.clone(), *latest))
        .collect();
    assert_eq!(
        ids,
        vec![(marker.clone(), true), (v2.clone(), false), (v1.clone(), false)]
    );
    // Removing the marker brings v2 back.
    s.delete_object("bk1", "k", Some(&marker), false).await.unwrap();
    assert_eq!(body_of(&s.get_object("bk1", "k", None).unwrap()).await, b"two");
    // Paging through versions one at a time with the markers.
    let p1 = s.list_versions("bk1", "", None, None, None, 1).unwrap();
    assert!(p1.truncated);
    let p2 = s
        .list_versions(
            "bk1",
            "",
            None,
            p1.next_key_marker.as_deref(),
            p1.next_version_id_marker.as_deref(),
            1,
        )
        .unwrap();
    assert_eq!(p2.versions[0].1.meta.version_id, v1);
    assert_eq!(s.delete_bucket("bk1").await.unwrap_err().code(), "BucketNotEmpty");
}

#[tokio::test]
async fn suspended_versioning_writes_null_versions() {
    let s = Store::memory();
    versioned(&s, "bk1").await;
    let v1 = put_vid(&s, "bk1", "k", obj(b"one")).await;
    s.set_versioning("bk1", Versioning::Suspended).await.unwrap();
    let r = s.put_object("bk1", "k", obj(b"two")).await.unwrap();
    assert_eq!(r.version.meta.version_id, "null");
    s.put_object("bk1", "k", obj(b"three")).await.unwrap();
    let d = s.delete_object("bk1", "k", None, false).await.unwrap();
    assert_eq!(d.version_id.as_deref(), Some("null"));
    let ids: Vec<_> = s
        .list_versions("bk1", "", None, None, None, 1000)
        .unwrap()
        .versions
        .iter()
        .map(|(_, v, _)| (v.meta.version_id.clone(), v.meta.delete_marker))
        .collect();
    // The null delete marker replaced the null version; v1 survives.
    assert_eq!(ids, vec![("null".to_string(), true), (v1, false)]);
}

#[tokio::test]
async fn object_lock_protects_versions() {
    let s = Store::memory();
    s.create_bucket("lkb", "ch-dk-2", true).await.unwrap();
    assert_eq!(s.bucket_info("lkb").unwrap().versioning, Versioning::Enabled);
    assert_eq!(
        s.set_versioning("lkb", Versioning::Suspended).await.unwrap_err().code(),
        "InvalidBucketState"
    );
    s.set_lock_config(
        "lkb",
        LockConfig {
            default: Some(DefaultRetention {
                mode: LockMode::Governance,
                days: Some(1),
                years: None,
            }),
        },
    )
    .await
    .unwrap();
    let v = s.put_object("lkb", "k", obj(b"x")).await.unwrap().version.clone();
    let r = v.meta.retention.expect("default retention applied");
    assert_eq!(r.mode, LockMode::Governance);
    assert!(r.until > now_ms() + 86_000_000);
    let id = v.meta.version_id.clone();
    assert_eq!(
        s.delete_object("lkb", "k", Some(&id), false).await.unwrap_err().code(),
        "AccessDenied"
    );
    // A delete without a version id only adds a marker: allowed.
    assert!(s.delete_object("lkb", "k", None, false).await.unwrap().delete_marker);
    // Governance can be bypassed.
    s.delete_object("lkb", "k", Some(&id), true).await.unwrap();

    let mut c = obj(b"y");
    c.retention = Some(Retention {
        mode: LockMode::Compliance,
        until: now_ms() + 3_600_000,
    });
    let id = put_vid(&s, "lkb", "c", c).await;
    assert_eq!(
        s.delete_object("lkb", "c", Some(&id), true).await.unwrap_err().code(),
        "AccessDenied"
    );
    let shorter = Some(Retention {
        mode: LockMode::Compliance,
        until: now_ms() + 60_000,
    });
    assert_eq!(
        s.put_retention("lkb", "c", Some(&id), shorter, true)
            .await
            .unwrap_err()
            .code(),
        "AccessDenied"
    );
    let longer = Some(Retention {
        mode: LockMode::Compliance,
        until: now_ms() + 7_200_000,
    });
    s.put_retention("lkb", "c", Some(&id), longer, false).await.unwrap();

    let mut h = obj(b"z");
    h.legal_hold = true;
    h.retention = Some(Retention {
        mode: LockMode::Governance,
        until: now_ms() + 1,
    });
    let id = put_vid(&s, "lkb", "h", h).await;
    assert_eq!(
        s.delete_object("lkb", "h", Some(&id), true).await.unwrap_err().code(),
        "AccessDenied"
    );
    s.put_legal_hold("lkb", "h", Some(&id), false).await.unwrap();
    // The 1 ms retention has passed by now; nothing holds the version.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        match s.delete_object("lkb", "h", Some(&id), false).await {
            Ok(_) => break,
            Err(e) if std::time::Instant::now() < deadline => {
                assert_eq!(e.code(), "AccessDenied");
                tokio::task::yield_now().await;
            }
            Err(e) => panic!("retention never expired: {e}"),
        }
    }

    // Lock headers on a bucket without Object Lock are refused.
    s.create_bucket("plain", "ch-dk-2", false).await.unwrap();
    let mut l = obj(b"q");
    l.legal_hold = true;
    assert_eq!(
        s.put_object("plain", "k", l).await.unwrap_err().code(),
        "InvalidRequest"
    );
    assert_eq!(
        s.set_lock_config("plain", LockConfig { default: None })
            .await
            .unwrap_err()
            .code(),
        "InvalidBucketState"
    );
}

#[tokio::test]
async fn listing_with_prefix_delimiter_and_paging() {
    let s = Store::memory();
    s.create_bucket("bk1", "ch-dk-2", false).await.unwrap();
    for k in ["a/1", "a/2", "b", "c/x/1", "c/y", "d"] {
        s.put_object("bk1", k, obj(b"x")).await.unwrap();
    }
    let p = s.list_objects("bk1", "", Some("/"), None, 1000).unwrap();
    assert_eq!(p.prefixes, vec!["a/", "c/"]);
    let keys: Vec<_> = p.objects.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, vec!["b", "d"]);
    // Page size 1 with a delimiter: a/, b, c/, d, each once.
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let p = s.list_objects("bk1", "", Some("/"), after.as_deref(), 1).unwrap();
        seen.extend(p.prefixes.iter().cloned());
        seen.extend(p.objects.iter().map(|(k, _)| k.clone()));
        if !p.truncated {
            break;
        }
        after = p.last;
    }
    assert_eq!(seen, vec!["a/", "b", "c/", "d"]);
    let p = s.list_objects("bk1", "c/", Some("/"), None, 1000).unwrap();
    assert_eq!(p.prefixes, vec!["c/x/"]);
    assert_eq!(p.objects.len(), 1);
}

#[tokio::test]
async fn multipart_complete_and_checks() {
    let s = Store::memory();
    s.create_bucket("bk1", "ch-dk-2", false).await.unwrap();
    let id = s.create_upload("bk1", "big", NewObject::default()).await.unwrap();
    let p1 = Bytes::from(vec![1u8; 5 * 1024 * 1024]);
    let p2 = Bytes::from_static(b"tail");
    let e1 = hex::encode(md5_digest(&p1));
    let e2 = hex::encode(md5_digest(&p2));
    s.upload_part("bk1", "big", &id, 1, Body::mem(p1.clone()), e1.clone())
        .await
        .unwrap();
    s.upload_part("bk1", "big", &id, 2, Body::mem(p2.clone()), e2.clone())
        .await
        .unwrap();
    let wrong_order = [(2, e2.clone()), (1, e1.clone())];
    assert_eq!(
        s.complete_upload("bk1", "big", &id, &wrong_order)
            .await
            .unwrap_err()
            .code(),
        "InvalidPartOrder"
    );
    let bad_etag = [(1, e1.clone()), (2, "0".repeat(32))];
    assert_eq!(
        s.complete_upload("bk1", "big", &id, &bad_etag)
            .await
            .unwrap_err()
            .code(),
        "InvalidPart"
    );
    let r = s
        .complete_upload("bk1", "big", &id, &[(1, format!("\"{e1}\"")), (2, e2.clone())])
        .await
        .unwrap();
    let mut md5s = hex::decode(&e1).unwrap();
    md5s.extend(hex::decode(&e2).unwrap());
    assert_eq!(r.version.meta.etag, format!("{}-2", hex::encode(md5_digest(&md5s))));
    assert_eq!(r.version.meta.size, p1.len() as u64 + 4);
    let all = body_of(&s.get_object("bk1", "big", None).unwrap()).await;
    assert_eq!(&all[all.len() - 4..], b"tail");
    assert_eq!(s.get_upload("bk1", "big", &id).unwrap_err().code(), "NoSuchUpload");

    // Small non-last parts are refused.
    let id = s.create_upload("bk1", "small", NewObject::default()).await.unwrap();
    s.upload_part("bk1", "small", &id, 1, Body::mem(p2.clone()), e2.clone())
        .await
        .unwrap();
    s.upload_part("bk1", "small", &id, 2, Body::mem(p2.clone()), e2.clone())
        .await
        .unwrap();
    let two = [(1, e2.clone()), (2, e2.clone())];
    assert_eq!(
        s.complete_upload("bk1", "small", &id, &two).await.unwrap_err().code(),
        "EntityTooSmall"
    );
    s.abort_upload("bk1", "small", &id).await.unwrap();
    assert!(s.list_uploads("bk1", "").unwrap().is_empty());
}

const REPL: &str = r#"<ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Role>r</Role><Rule><ID>all</ID><Priority>1</Priority><Status>Enabled</Status><Filter><Prefix></Prefix></Filter><Destination><Bucket>dst</Bucket></Destination><DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication></Rule></ReplicationConfiguration>"#;

#[derive(Default)]
struct Collect(std::sync::Mutex<Vec<WorkItem>>);
impl ReplicationSink for Collect {
    fn enqueue(&self, item: WorkItem) {
        self.0.lock().unwrap().push(item);
    }
}

#[tokio::test]
async fn replication_state_is_written_with_the_version() {
    let s = Store::memory();
    let sink = Arc::new(Collect::default());
    s.set_replication_sink(Some(sink.clone()));
    s.create_bucket("src", "ch-dk-2", false).await.unwrap();
    s.create_bucket("dst", "at-vie-1", false).await.unwrap();
    s.set_versioning("src", Versioning::Enabled).await.unwrap();
    s.set_versioning("dst", Versioning::Enabled).await.unwrap();
    // Written before the config: never replicated.
    let old = s.put_object("src", "old", obj(b"o")).await.unwrap();
    assert!(old.version.meta.replication.is_none());
    s.set_replication("src", Some(StoredReplication::from_xml(REPL).unwrap()))
        .await
        .unwrap();
    assert_eq!(
        s.set_versioning("src", Versioning::Suspended).await.unwrap_err().code(),
        "InvalidBucketState"
    );

    let v = s.put_object("src", "k", obj(b"data")).await.unwrap().version.clone();
    let r = v.meta.replication.as_ref().unwrap();
    assert_eq!(r.status, ReplicationStatus::Pending);
    assert_eq!(r.targets[0].bucket, "dst");
    let mut sse = obj(b"secret");
    sse.sse_c = true;
    assert!(
        s.put_object("src", "enc", sse)
            .await
            .unwrap()
            .version
            .meta
            .replication
            .is_none()
    );
    // DeleteMarkerReplication Disabled: the marker is not replicated.
    s.delete_object("src", "k2", None, false).await.unwrap();
    let items = sink.0.lock().unwrap().clone();
    assert_eq!(
        items,
        vec![WorkItem {
            bucket: "src".into(),
            key: "k".into(),
            version_id: v.meta.version_id.clone()
        }]
    );
    assert_eq!(s.pending_replication(), items);

    assert!(s.put_replica("dst", "k", &v).await.unwrap());
    assert!(!s.put_replica("dst", "k", &v).await.unwrap()); // a retry is a no-op
    let replica = s.get_object("dst", "k", None).unwrap();
    assert_eq!(replica.meta.version_id, v.meta.version_id);
    assert_eq!(replica.meta.etag, v.meta.etag);
    assert_eq!(
        replica.meta.replication.as_ref().unwrap().status,
        ReplicationStatus::Replica
    );
    assert_eq!(
        s.list_versions("dst", "", None, None, None, 10).unwrap().versions.len(),
        1
    );
    let m = s
        .set_target_status(
            "src",
            "k",
            &v.meta.version_id,
            "dst",
            ReplicationStatus::Completed,
            None,
        )
        .await
        .unwrap();
    assert_eq!(m.replication.unwrap().status, ReplicationStatus::Completed);
    assert!(s.pending_replication().is_empty());
    assert_eq!(
        s.put_replica("nope", "k", &v).await.unwrap_err(),
        ReplicaError::DstBucketNotFound
    );
}

#[tokio::test]
async fn data_dir_survives_reopen_and_keys_never_become_paths() {
    let dir = tempfile::tempdir().unwrap();
    let big = Bytes::from(vec![7u8; persist::INLINE_MAX + 10]);
    let (v_small, v_big);
    {
        let s = Store::open(dir.path()).unwrap();
        versioned(&s, "bk1").await;
        s.set_replication("bk1", None).await.unwrap();
        v_small = put_vid(&s, "bk1", "../../etc/x", obj(b"small")).await;
        let body = s.store_body(big.clone()).await.unwrap();
        let b = NewObject {
            body,
            etag: hex::encode(md5_digest(&big)),
            ..Default::default()
        };
        v_big = put_vid(&s, "bk1", "/abs/../../../big", b).await;
        // Overwritten and deleted data must go from disk as well.
        let gone = s.store_body(big.clone()).await.unwrap();
        let g = NewObject {
            body: gone,
            etag: "e".into(),
            ..Default::default()
        };
        let gid = put_vid(&s, "bk1", "gone", g).await;
        s.delete_object("bk1", "gone", Some(&gid), false).await.unwrap();
        s.close();
    }
    // Everything written stays inside DIR, under names the store chose.
    let mut files = Vec::new();
    let mut stack = vec![dir.path().to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(p);
            }
        }
    }
    assert!(files.iter().all(|f| f.starts_with(dir.path())));
    let blob_files: Vec<_> = files
        .iter()
        .filter(|f| f.starts_with(dir.path().join("blobs")))
        .collect();
    assert_eq!(blob_files.len(), 1, "{blob_files:?}");
    assert!(
        blob_files[0]
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .bytes()
            .all(|c| c.is_ascii_hexdigit())
    );
    assert!(!dir.path().join("etc").exists());

    // A torn final record (a crash mid-append) is ignored.
    {
        use std::io::Write;
        let mut j = std::fs::OpenOptions::new()
            .append(true)
            .open(dir.path().join("journal"))
            .unwrap();
        j.write_all(b"{\"op\":\"PutVersion\",\"bucket\":\"b1\",\"ke").unwrap();
    }
    let s = Store::open(dir.path()).unwrap();
    assert_eq!(s.bucket_info("bk1").unwrap().versioning, Versioning::Enabled);
    assert_eq!(
        body_of(&s.get_object("bk1", "../../etc/x", Some(&v_small)).unwrap()).await,
        b"small"
    );
    assert_eq!(
        body_of(&s.get_object("bk1", "/abs/../../../big", Some(&v_big)).unwrap()).await,
        big.to_vec()
    );
    assert_eq!(s.get_object("bk1", "gone", None).unwrap_err().code(), "NoSuchKey");
    s.put_object("bk1", "after", obj(b"again")).await.unwrap();
    drop(s);
    let s = Store::open(dir.path()).unwrap();
    assert_eq!(body_of(&s.get_object("bk1", "after", None).unwrap()).await, b"again");
    assert_eq!(
        body_of(&s.get_object("bk1", "/abs/../../../big", None).unwrap()).await,
        big.to_vec()
    );
}

#[tokio::test]
async fn pending_replication_survives_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let id;
    {
        let s = Store::open(dir.path()).unwrap();
        for b in ["src", "dst"] {
            versioned(&s, b).await;
        }
        s.set_replication("src", Some(StoredReplication::from_xml(REPL).unwrap()))
            .await
            .unwrap();
        id = put_vid(&s, "src", "k", obj(b"v")).await;
    }
    let s = Store::open(dir.path()).unwrap();
    assert_eq!(
        s.pending_replication(),
        vec![WorkItem {
            bucket: "src".into(),
            key: "k".into(),
            version_id: id
        }]
    );
    assert_eq!(s.replication("src").unwrap().unwrap().xml, REPL);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bucket_names_follow_s3s_rules() {
    let s = Store::memory();
    for ok in ["abc", "my-bucket.1", "a1b"] {
        s.create_bucket(ok, "r", false)
            .await
            .unwrap_or_else(|e| panic!("{ok}: {e:?}"));
    }
    for bad in [
        "ab",
        "ABC",
        "-abc",
        "abc-",
        "a..b",
        "192.168.1.1",
        // Formatted as an IP address, though not one Rust's parser takes: the server once let it through.
        "192.168.01.1",
        "a_b",
        "xn--abc",
        "sthree-abc",
        "data-s3alias",
        "data--ol-s3",
        &"a".repeat(64),
    ] {
        let e = s.create_bucket(bad, "r", false).await.unwrap_err();
        assert_eq!(e.code(), "InvalidBucketName", "{bad}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compaction_rewrites_the_journal_while_running() {
    let dir = tempfile::tempdir().unwrap();
    let s = Arc::new(Store::open(dir.path()).unwrap());
    s.create_bucket("bk1", "ch-dk-2", false).await.unwrap();
    for i in 0..200u32 {
        let b = Bytes::from(vec![(i % 251) as u8; 1000]);
        let o = NewObject {
            body: Body::mem(b),
            etag: format!("{i}"),
            ..Default::default()
        };
        s.put_object("bk1", "same", o).await.unwrap();
    }
    let journal = dir.path().join("journal");
    let before = std::fs::metadata(&journal).unwrap().len();
    let s2 = s.clone();
    tokio::task::spawn_blocking(move || s2.compact())
        .await
        .unwrap()
        .unwrap();
    let after = std::fs::metadata(&journal).unwrap().len();
    assert!(after * 20 < before, "journal {before} -> {after} bytes");
    // Writes after the rotation land in the new journal.
    s.put_object("bk1", "later", obj(b"later")).await.unwrap();
    s.close();
    drop(s);
    let s = Store::open(dir.path()).unwrap();
    assert_eq!(s.get_object("bk1", "same", None).unwrap().meta.etag, "199");
    assert_eq!(body_of(&s.get_object("bk1", "later", None).unwrap()).await, b"later");
}
