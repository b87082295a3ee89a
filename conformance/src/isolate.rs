//! Running one trial so that nothing it does can take the run down: a panic is caught, a hang is
//! abandoned after its budget (the interpreter also watches the deadline itself and stops), and
//! the work runs on a thread with a large stack so that CPython's own recursion limits, not the
//! Rust stack, decide when deep input fails.

use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub const TRIAL_STACK: usize = 256 << 20;

pub enum Outcome<T> {
    Finished(T),
    Panicked(String),
    TimedOut,
}

/// Name prefix of trial threads; the suite's panic hook stays quiet for them.
pub const THREAD_PREFIX: &str = "pyref-trial";

/// Runs `work(deadline)` on its own thread and waits at most `budget` (plus a short grace period
/// for the work to notice its deadline and return).
pub fn run_isolated<T, F>(budget: Duration, work: F) -> Outcome<T>
where
    T: Send + 'static,
    F: FnOnce(Instant) -> T + Send + 'static,
{
    let deadline = Instant::now() + budget;
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name(format!("{THREAD_PREFIX}"))
        .stack_size(TRIAL_STACK)
        .spawn(move || {
            let result = panic::catch_unwind(AssertUnwindSafe(|| work(deadline)));
            let _ = tx.send(result);
        });
    if let Err(e) = spawned {
        return Outcome::Panicked(format!("could not start the trial thread: {e}"));
    }
    match rx.recv_timeout(budget + Duration::from_millis(500)) {
        Ok(Ok(value)) => Outcome::Finished(value),
        Ok(Err(payload)) => Outcome::Panicked(panic_message(payload.as_ref())),
        // The thread is abandoned; it ends when its own deadline check fires, or with the process.
        Err(_) => Outcome::TimedOut,
    }
}

pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(non-string panic payload)".to_string()
    }
}

/// Installs a panic hook that is silent on trial threads (their panics are reported as trial
/// failures) and prints as usual elsewhere.
pub fn quiet_trial_panics() {
    let default = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        let on_trial = std::thread::current().name().is_some_and(|n| n.starts_with(THREAD_PREFIX));
        if !on_trial {
            default(info);
        }
    }));
}
