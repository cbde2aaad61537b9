//! The `sosctl` binary: parse, run, map the outcome to an exit code. Everything else lives in the library.

/// jemalloc rather than glibc's malloc. With hundreds of requests in flight, glibc's per-thread arenas
/// grow their heaps a few pages at a time (thousands of `mprotect` calls) and take locks that the
/// workers contend for: for 1000 small files through a 40 ms link, the client's CPU time fell by a sixth
/// (0.18 to 0.15 s), and a 256 MiB upload's system time by a third. The price is up to 8 MiB more at the
/// peak (bench/RESULTS.md, part 5). mimalloc was as fast but held up to 16 MiB more when listing 100 000
/// keys.
/// (Unix only: elsewhere the system allocator.)
#[cfg(unix)]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> std::process::ExitCode {
    sosctl::cli::main()
}
