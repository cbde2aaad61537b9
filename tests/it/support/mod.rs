//! The one harness of the integration tests: the scrubbed environment and the `sosctl` binary in it
//! (`env`), third-party tools and the CI rule for a missing one (`tools`), servers — `sosctl serve` as a
//! process (`serve`), the shared per-binary test servers and [`per_server!`] (`targets`), the bundled server
//! in process for tests that need its hooks (`in_process`), a canned stand-in (`stand_in`) — and polling
//! with a deadline (`poll`).

mod client;
mod env;
pub mod in_process;
mod poll;
mod process;
mod serve;
mod stand_in;
mod targets;
mod tools;

pub use client::{block_on, s3_client};
pub use env::{Sosctl, is_scrubbed, scrubbed, sosctl, sosctl_bin, sosctl_in, sosctl_process, stderr, stdout};
pub use in_process::{DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY};
pub use poll::{free_port, port_open, wait_for, wait_until, wait_until_every};
pub use serve::ServeProcess;
pub use stand_in::{Load, canned_server, slow_relay, slow_server};
pub(crate) use targets::per_server;
pub use targets::{ACCESS_KEY, Kind, SECRET_KEY, Server, on, shared_moto, target};
pub use tools::{require_command, require_python_module, require_tool};
