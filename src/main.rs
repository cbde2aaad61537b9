//! The `sosctl` binary: parse, run, map the outcome to an exit code. Everything else lives in the library.

fn main() -> std::process::ExitCode {
    sosctl::cli::main()
}
