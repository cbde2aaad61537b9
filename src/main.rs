//! The `sosctl` binary: parse, run, map the outcome to an exit code. Everything else lives in the library.

/// mimalloc rather than glibc's malloc. With hundreds of requests in flight, glibc's per-thread arenas
/// grow their heaps a few pages at a time (thousands of `mprotect` calls) and hand out fresh pages
/// instead of the ones just freed on another thread: for 1000 small files through a 40 ms link, the
/// client's CPU time fell by a sixth with mimalloc (bench/RESULTS.md, part 5). Transparent huge pages
/// are off (`no_thp`): with them a large upload held 13 MiB more for no gain in time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    sosctl::cli::main()
}
