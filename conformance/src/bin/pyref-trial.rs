//! One conformance trial in its own process: `pyref-trial REAL_CORPUS SEEN_CWD BUDGET_MS ARGS...`
//! runs `pyref ARGS...` with the working directory `SEEN_CWD` (a path under
//! [`conformance::CANONICAL_ROOT`], mapped onto `REAL_CORPUS`) and the run's deadline set, then
//! writes what the program printed to this process's stdout and stderr and exits with its
//! status. The suite runs the stages that execute programs (output, sizeof) this way, so that
//! a program that spins, exhausts memory or overflows the Rust stack costs one failed trial,
//! never the run.

use pyref::host::Host;
use std::io::Write;
use std::time::{Duration, Instant};

fn main() {
    let mut argv = std::env::args().skip(1);
    let (Some(corpus), Some(cwd), Some(budget)) = (argv.next(), argv.next(), argv.next()) else {
        eprintln!("usage: pyref-trial REAL_CORPUS SEEN_CWD BUDGET_MS ARGS...");
        std::process::exit(2);
    };
    let budget = Duration::from_millis(budget.parse().unwrap_or(10_000));
    let args: Vec<String> = argv.collect();
    conformance::isolate::quiet_trial_panics();
    let outcome = conformance::isolate::run_isolated(budget, move |deadline: Instant| {
        let (mut host, out, err) = Host::captured(cwd);
        host.map_path(conformance::CANONICAL_ROOT, corpus);
        host.prefix = conformance::GOLDEN_PREFIX.into();
        host.deadline = Some(deadline);
        let code = pyref::cli::main_with(&args, &mut host);
        drop(host);
        (out.contents(), err.contents(), code)
    });
    let code = match outcome {
        conformance::isolate::Outcome::Finished((out, err, code)) => {
            let _ = std::io::stdout().write_all(&out);
            let _ = std::io::stderr().write_all(&err);
            code
        }
        conformance::isolate::Outcome::Panicked(msg) => {
            eprintln!("pyref panicked: {msg}");
            101
        }
        conformance::isolate::Outcome::TimedOut => {
            eprintln!("pyref did not finish within {} s", budget.as_secs());
            124
        }
    };
    let _ = std::io::stdout().flush();
    std::process::exit(code);
}
