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
