//! server

pub mod auth;
