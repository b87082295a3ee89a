//! The `pyref` binary: a thin wrapper over [`pyref::cli::main_with`] that reports a Rust panic as
//! a one-line internal error instead of a backtrace.

use pyref::{cli, host::Host};

fn main() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("pyref: internal error (a bug in pyref): {msg}{at}");
    }));
    let args: Vec<String> = std::env::args().skip(1).collect();
    one_malloc_arena();
    // A large stack: the parser and compiler recurse over the syntax tree, bounded by CPython's
    // own limits, and those limits must be reachable without overflowing the Rust stack.
    let child = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut host = Host::process();
            cli::main_with(&args, &mut host)
        })
        .expect("spawn the interpreter thread");
    let code = child.join().unwrap_or(70);
    std::process::exit(code);
}

/// The interpreter runs on its own thread (for the stack size), and glibc would give that
/// thread a secondary malloc arena, which grows by one `mprotect` system call per step: with
/// a single arena the thread allocates from the main heap (grown with `brk`), as CPython's
/// main thread does. This cut the system time of `bench/tree_structures.py` from 0.05 s to
/// 0.01 s.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn one_malloc_arena() {
    extern "C" {
        fn mallopt(param: i32, value: i32) -> i32;
    }
    const M_ARENA_MAX: i32 = -8;
    // SAFETY: `mallopt` only changes glibc's allocator settings; it is called before any other
    // thread exists.
    unsafe {
        mallopt(M_ARENA_MAX, 1);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn one_malloc_arena() {}
