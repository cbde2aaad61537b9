//! The library's S3 client against real servers: multipart, ranged and versioned reads, copy, retention,
//! batch deletes past 1000 keys, presigned URLs, replication documents; each test once per server
//! (`per_server!`).

use crate::support::{Server, per_server, stderr, stdout};
use bytes::Bytes;
use futures_util::StreamExt;
use sosctl::model::s3::{LockMode, Retention};
use sosctl::s3::{CompletedPart, CopyObjectOptions, CreateBucketOptions, GetObjectOptions, PutObjectOptions, S3Error};

per_server!(
    fn multipart_upload_complete_list_and_abort(s: &Server) {
        let b = s.new_bucket("mpu");
        let c = s.client();
        s.run(async {
            let part1 = Bytes::from(vec![b'a'; 5 * 1024 * 1024]);
            let part2 = Bytes::from_static(b"tail");
            let id = c
                .create_multipart_upload(
                    &b,
                    "big.bin",
                    &PutObjectOptions {
                        content_type: Some("application/octet-stream".into()),
                        ..Default::default()
                    },
                )
                .await
                .unwrap();
            let e1 = c.upload_part(&b, "big.bin", &id, 1, part1).await.unwrap();
            let e2 = c.upload_part(&b, "big.bin", &id, 2, part2).await.unwrap();
            let listed = c.list_multipart_uploads(&b, &Default::default(), None).await.unwrap();
            assert!(
                listed.uploads.iter().any(|u| u.upload_id == id && u.key == "big.bin"),
                "[{}] {listed:?}",
                s.name
            );
            let done = c
                .complete_multipart_upload(
                    &b,
                    "big.bin",
                    &id,
                    &[
                        CompletedPart {
                            part_number: 1,
                            etag: e1,
                        },
                        CompletedPart {
                            part_number: 2,
                            etag: e2,
                        },
                    ],
                )
                .await
                .unwrap();
            assert!(done.etag.unwrap().contains("-2"), "multipart ETag has the part count");
            let head = c.head_object(&b, "big.bin", None).await.unwrap();
            assert_eq!(head.size, 5 * 1024 * 1024 + 4);

            // A ranged read of the seam between the parts.
            let r = c
                .get_object(
                    &b,
                    "big.bin",
                    &GetObjectOptions {
                        version_id: None,
                        range: Some((5 * 1024 * 1024 - 2, None)),
                    },
                )
                .await
                .unwrap();
            assert_eq!(r.status(), 206);
            assert_eq!(&r.bytes().await.unwrap()[..], b"aatail");

            // An aborted upload is gone from the listing.
            let id2 = c
                .create_multipart_upload(&b, "aborted.bin", &Default::default())
                .await
                .unwrap();
            c.abort_multipart_upload(&b, "aborted.bin", &id2).await.unwrap();
            let listed = c.list_multipart_uploads(&b, &Default::default(), None).await.unwrap();
            assert!(listed.uploads.iter().all(|u| u.upload_id != id2), "{listed:?}");
        });
    }
);

per_server!(
    fn versioned_reads_copy_and_streaming(s: &Server) {
        let b = s.new_bucket("cpy");
        let c = s.client();
        s.run(async {
            c.put_bucket_versioning(&b, true).await.unwrap();
            let v1 = c
                .put_object(&b, "k", Bytes::from_static(b"first"), &Default::default())
                .await
                .unwrap()
                .version_id
                .unwrap();
            c.put_object(&b, "k", Bytes::from_static(b"second"), &Default::default())
                .await
                .unwrap();

            let mut stream = c
                .get_object(&b, "k", &GetObjectOptions::version(Some(&v1)))
                .await
                .unwrap()
                .bytes_stream();
            let mut body = Vec::new();
            while let Some(chunk) = stream.next().await {
                body.extend_from_slice(&chunk.unwrap());
            }
            assert_eq!(body, b"first");

            let out = c
                .copy_object(
                    &b,
                    "k",
                    &b,
                    "copy of k",
                    &CopyObjectOptions {
                        source_version_id: Some(v1.clone()),
                        headers: vec![("x-amz-metadata-directive".into(), "COPY".into())],
                    },
                )
                .await
                .unwrap();
            assert!(out.etag.is_some());
            let got = c
                .get_object(&b, "copy of k", &Default::default())
                .await
                .unwrap()
                .bytes()
                .await
                .unwrap();
            assert_eq!(&got[..], b"first", "[{}]", s.name);

            let e = c.get_object(&b, "missing", &Default::default()).await.unwrap_err();
            assert!(e.is_code("NoSuchKey"), "{e}");
            let e = c.head_object("no-such-bucket-sosctl", "k", None).await.unwrap_err();
            assert_eq!(e.status(), Some(404));
        });
    }
);

per_server!(
    fn batch_deletes_and_listings_go_past_1000_keys(s: &Server) {
        let b = s.new_bucket("bulk");
        let c = s.client();
        const N: usize = 1005;
        s.run(async {
            futures_util::stream::iter(0..N)
                .map(|i| {
                    let c = c.clone();
                    let b = b.clone();
                    async move {
                        c.put_object(&b, &format!("k/{i:05}"), Bytes::from_static(b"x"), &Default::default())
                            .await
                    }
                })
                .buffer_unordered(16)
                .for_each(|r| async move {
                    r.unwrap();
                })
                .await;
        });
        // Two pages of the server's 1000 keys, streamed.
        let out = s.cmd().args(["ls", "-r", "-s", "-O", "text", &b]).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stdout(&out).lines().count(), N, "[{}]", s.name);

        let out = s
            .cmd()
            .args(["delete", "-r", "-f", "-O", "json", &format!("sos://{b}/k/")])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(j["deleted"], N as u64);
        let page = s.run(c.list_objects_v2(&b, &Default::default(), None)).unwrap();
        assert!(page.objects.is_empty(), "{page:?}");
    }
);

per_server!(
    fn bucket_settings_round_trip(s: &Server) {
        let b = s.bucket("cfg");
        let c = s.client();
        s.run(async {
            let location = CreateBucketOptions { location: (s.zone != "us-east-1").then(|| s.zone.to_string()), ..Default::default() };
            c.create_bucket(&b, &location).await.unwrap();
            assert!(c.head_bucket(&b).await.is_ok());
            assert_eq!(c.get_bucket_versioning(&b).await.unwrap().as_str(), "Disabled");
            c.put_bucket_versioning(&b, true).await.unwrap();
            assert_eq!(c.get_bucket_versioning(&b).await.unwrap().as_str(), "Enabled");

            let e = c.create_bucket(&b, &location).await.unwrap_err();
            assert!(matches!(e, S3Error::Service { status: 409, .. }), "{e:?}");

            match c.get_bucket_replication(&b).await {
                Ok(None) => {}
                Ok(Some(x)) => panic!("[{}] a new bucket has no replication config: {x}", s.name),
                Err(e) if !s.features.replication_api => {
                    eprintln!("[{}] documented limitation: no replication API: {e}", s.name)
                }
                Err(e) => panic!("{e}"),
            }
            if s.features.replication_api {
                let dest = s.bucket("cfgdst");
                c.create_bucket(&dest, &location).await.unwrap();
                c.put_bucket_versioning(&dest, true).await.unwrap();
                let xml = format!(
                    "<ReplicationConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Role>arn:aws:iam::123456789012:role/r</Role>\
                     <Rule><ID>r1</ID><Priority>1</Priority><Status>Enabled</Status><Filter><Prefix></Prefix></Filter>\
                     <DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication>\
                     <Destination><Bucket>arn:aws:s3:::{dest}</Bucket></Destination></Rule></ReplicationConfiguration>"
                );
                c.put_bucket_replication(&b, xml).await.unwrap();
                let got = c.get_bucket_replication(&b).await.unwrap().expect("stored");
                assert!(got.contains(&dest), "{got}");
                let shown = s.cmd().args(["show", &b]).output().unwrap();
                assert!(stdout(&shown).contains(&format!("1 rule → {dest}")), "{}", stdout(&shown));
                c.delete_bucket_replication(&b).await.unwrap();
                assert_eq!(c.get_bucket_replication(&b).await.unwrap(), None);
            }
        });
    }
);

per_server!(
    fn object_retention_is_read_back(s: &Server) {
        let b = s.bucket("ret");
        s.cmd().args(["mb", "--object-lock", &b]).assert().success();
        let c = s.client();
        s.run(async {
            let v = c
                .put_object(&b, "k", Bytes::from_static(b"x"), &Default::default())
                .await
                .unwrap()
                .version_id;
            if !s.features.retention_api {
                // moto serves the object itself on GET ?retention: the client must not take that for "none".
                let e = c.get_object_retention(&b, "k", v.as_deref()).await.unwrap_err();
                eprintln!("[{}] documented limitation: no GetObjectRetention: {e}", s.name);
                assert!(matches!(e, S3Error::InvalidResponse(_)), "{e:?}");
                return;
            }
            assert_eq!(
                c.get_object_retention(&b, "k", v.as_deref()).await.unwrap(),
                None,
                "[{}]",
                s.name
            );
            let until = (time::OffsetDateTime::now_utc() + time::Duration::days(2))
                .replace_nanosecond(0)
                .unwrap()
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap();
            let until_ms = (time::OffsetDateTime::parse(&until, &time::format_description::well_known::Rfc3339)
                .unwrap()
                .unix_timestamp_nanos()
                / 1_000_000) as i64;
            c.put_object_retention(
                &b,
                "k",
                v.as_deref(),
                &Retention {
                    mode: LockMode::Governance,
                    until: until_ms,
                },
            )
            .await
            .unwrap();
            let got = c
                .get_object_retention(&b, "k", v.as_deref())
                .await
                .unwrap()
                .expect("retention");
            let (mode, date) = (
                got.mode.as_str(),
                time::OffsetDateTime::from_unix_timestamp(got.until / 1000)
                    .unwrap()
                    .format(&time::format_description::well_known::Rfc3339)
                    .unwrap(),
            );
            assert_eq!(mode, "GOVERNANCE");
            let ts = |t: &str| {
                time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339)
                    .unwrap()
                    .unix_timestamp()
            };
            assert_eq!(ts(&date), ts(&until));
        });
    }
);
