//! Versioning and Object Lock operations: Get/PutBucketVersioning, Get/PutObjectLockConfiguration,
//! Get/PutObjectRetention, Get/PutObjectLegalHold.

use crate::server::context::{App, Req};
use crate::server::error::{Kind, S3Error, S3Result};
use crate::server::http::{self, iso, parse_iso};
use crate::server::store::{DefaultRetention, LockConfig, LockMode, Millis, Retention, Versioning, now_ms};
use crate::server::xml::{self, Writer};
use axum::http::StatusCode;
use axum::response::Response;

pub fn get_versioning(app: &App, rq: &Req) -> S3Result<Response> {
    let info = app.store.bucket_info(rq.bucket())?;
    let mut w = Writer::new("VersioningConfiguration");
    match info.versioning {
        Versioning::Disabled => {}
        Versioning::Enabled => {
            w.elem("Status", "Enabled");
        }
        Versioning::Suspended => {
            w.elem("Status", "Suspended");
        }
    }
    Ok(http::xml(StatusCode::OK, w.finish()))
}

pub async fn put_versioning(app: &App, rq: &Req) -> S3Result<Response> {
    let doc = xml::parse(&rq.body, Some("VersioningConfiguration"))?;
    let status = match doc.child_text("Status") {
        Some("Enabled") => Versioning::Enabled,
        Some("Suspended") => Versioning::Suspended,
        other => {
            return Err(S3Error::msg(
                Kind::MalformedXML,
                format!("VersioningConfiguration.Status must be Enabled or Suspended, not {other:?}"),
            ));
        }
    };
    app.store.set_versioning(rq.bucket(), status).await?;
    Ok(http::empty(StatusCode::OK))
}

pub fn get_lock_config(app: &App, rq: &Req) -> S3Result<Response> {
    let Some(cfg) = app.store.lock_config(rq.bucket())? else {
        return Err(S3Error::new(Kind::ObjectLockConfigurationNotFoundError));
    };
    let mut w = Writer::new("ObjectLockConfiguration");
    w.elem("ObjectLockEnabled", "Enabled");
    if let Some(d) = cfg.default {
        w.open("Rule").open("DefaultRetention").elem("Mode", d.mode.as_str());
        if let Some(days) = d.days {
            w.elem("Days", &days.to_string());
        }
        if let Some(years) = d.years {
            w.elem("Years", &years.to_string());
        }
        w.close("DefaultRetention").close("Rule");
    }
    Ok(http::xml(StatusCode::OK, w.finish()))
}

/// A default retention period (Days or Years): a positive integer. Zero or less is S3's
/// InvalidRetentionPeriod; what is not an integer at all stays InvalidArgument.
fn positive(s: Option<&str>, what: &str) -> S3Result<Option<u32>> {
    match s {
        None => Ok(None),
        Some(v) => match v.trim().parse::<i64>() {
            Ok(n) if n > 0 => u32::try_from(n).map(Some).map_err(|_| {
                S3Error::msg(
                    Kind::InvalidRetentionPeriod,
                    format!("Default retention period {what} `{v}` is too large"),
                )
            }),
            Ok(_) => Err(S3Error::msg(
                Kind::InvalidRetentionPeriod,
                format!("Default retention period must be a positive integer value, not {what} `{v}`"),
            )),
            Err(_) => Err(S3Error::msg(
                Kind::InvalidArgument,
                format!("Default retention period {what} must be a positive integer, not `{v}`"),
            )),
        },
    }
}

pub async fn put_lock_config(app: &App, rq: &Req) -> S3Result<Response> {
    let doc = xml::parse(&rq.body, Some("ObjectLockConfiguration"))?;
    if doc.child_text("ObjectLockEnabled") != Some("Enabled") {
        return Err(S3Error::msg(Kind::MalformedXML, "ObjectLockEnabled must be Enabled"));
    }
    let default = match doc.child("Rule") {
        None => None,
        Some(rule) => {
            let d = rule
                .child("DefaultRetention")
                .ok_or_else(|| S3Error::msg(Kind::MalformedXML, "Rule needs a DefaultRetention"))?;
            let mode = d.child_text("Mode").and_then(LockMode::parse).ok_or_else(|| {
                S3Error::msg(
                    Kind::MalformedXML,
                    "DefaultRetention.Mode must be GOVERNANCE or COMPLIANCE",
                )
            })?;
            let days = positive(d.child_text("Days"), "Days")?;
            let years = positive(d.child_text("Years"), "Years")?;
            if days.is_some() == years.is_some() {
                return Err(S3Error::msg(
                    Kind::MalformedXML,
                    "DefaultRetention needs exactly one of Days and Years",
                ));
            }
            Some(DefaultRetention { mode, days, years })
        }
    };
    app.store.set_lock_config(rq.bucket(), LockConfig { default }).await?;
    Ok(http::empty(StatusCode::OK))
}

fn require_lock(app: &App, rq: &Req) -> S3Result<()> {
    if app.store.lock_config(rq.bucket())?.is_none() {
        return Err(S3Error::msg(
            Kind::InvalidRequest,
            "Bucket is missing Object Lock Configuration",
        ));
    }
    Ok(())
}

/// A retention set by a request (PutObjectRetention, or the lock headers of a write): S3 refuses a
/// retain-until date that is not in the future.
pub(crate) fn future_retention(mode: LockMode, until: Millis) -> S3Result<Retention> {
    if until <= now_ms() {
        return Err(S3Error::msg(
            Kind::InvalidArgument,
            "The retain until date must be in the future!",
        ));
    }
    Ok(Retention { mode, until })
}

pub fn get_retention(app: &App, rq: &Req) -> S3Result<Response> {
    require_lock(app, rq)?;
    let v = app.store.get_object(rq.bucket(), rq.key(), rq.query("versionId"))?;
    let Some(r) = v.meta.retention else {
        return Err(S3Error::new(Kind::NoSuchObjectLockConfiguration));
    };
    let mut w = Writer::new("Retention");
    w.elem("Mode", r.mode.as_str()).elem("RetainUntilDate", &iso(r.until));
    Ok(http::xml(StatusCode::OK, w.finish()))
}

pub async fn put_retention(app: &App, rq: &Req) -> S3Result<Response> {
    let doc = xml::parse(&rq.body, Some("Retention"))?;
    let retention = match (doc.child_text("Mode"), doc.child_text("RetainUntilDate")) {
        (None, None) => None,
        (Some(m), Some(d)) => {
            let mode = LockMode::parse(m)
                .ok_or_else(|| S3Error::msg(Kind::MalformedXML, "Mode must be GOVERNANCE or COMPLIANCE"))?;
            let until = parse_iso(d).ok_or_else(|| {
                S3Error::msg(
                    Kind::MalformedXML,
                    format!("RetainUntilDate `{d}` is not an ISO 8601 date"),
                )
            })?;
            Some(future_retention(mode, until)?)
        }
        _ => {
            return Err(S3Error::msg(
                Kind::MalformedXML,
                "Retention needs both Mode and RetainUntilDate",
            ));
        }
    };
    let meta = app
        .store
        .put_retention(
            rq.bucket(),
            rq.key(),
            rq.query("versionId"),
            retention,
            rq.bypass_governance(),
        )
        .await?;
    let mut resp = http::empty(StatusCode::OK);
    if meta.version_id != "null" {
        http::set(&mut resp, "x-amz-version-id", &meta.version_id);
    }
    Ok(resp)
}

pub fn get_legal_hold(app: &App, rq: &Req) -> S3Result<Response> {
    require_lock(app, rq)?;
    let v = app.store.get_object(rq.bucket(), rq.key(), rq.query("versionId"))?;
    let mut w = Writer::new("LegalHold");
    w.elem("Status", if v.meta.legal_hold { "ON" } else { "OFF" });
    Ok(http::xml(StatusCode::OK, w.finish()))
}

pub async fn put_legal_hold(app: &App, rq: &Req) -> S3Result<Response> {
    let doc = xml::parse(&rq.body, Some("LegalHold"))?;
    let on = match doc.child_text("Status") {
        Some("ON") => true,
        Some("OFF") => false,
        other => {
            return Err(S3Error::msg(
                Kind::MalformedXML,
                format!("LegalHold.Status must be ON or OFF, not {other:?}"),
            ));
        }
    };
    app.store
        .put_legal_hold(rq.bucket(), rq.key(), rq.query("versionId"), on)
        .await?;
    Ok(http::empty(StatusCode::OK))
}
