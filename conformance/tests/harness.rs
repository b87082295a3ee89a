//! Tests of the conformance machinery itself: isolation, the golden format and the diff.

use conformance::isolate::{run_isolated, Outcome};
use conformance::{diff, golden, is_program};
use std::path::Path;
use std::time::{Duration, Instant};

#[test]
fn a_panicking_trial_fails_alone_and_fast() {
    conformance::isolate::quiet_trial_panics();
    let start = Instant::now();
    let outcome: Outcome<()> = run_isolated(Duration::from_secs(10), |_| panic!("deliberate panic in a trial"));
    assert!(matches!(outcome, Outcome::Panicked(ref m) if m.contains("deliberate panic")));
    assert!(start.elapsed() < Duration::from_secs(2));
    // The next trial is unaffected.
    assert!(matches!(run_isolated(Duration::from_secs(10), |_| 42), Outcome::Finished(42)));
}

#[test]
fn a_trial_that_never_ends_fails_within_its_budget_while_others_go_on() {
    let start = Instant::now();
    let hang = std::thread::spawn(|| {
        run_isolated(Duration::from_secs(10), |_| loop {
            std::thread::sleep(Duration::from_millis(50));
        })
    });
    // Meanwhile, other trials run and finish.
    for i in 0..20 {
        assert!(matches!(run_isolated(Duration::from_secs(10), move |_| i * 2), Outcome::Finished(v) if v == i * 2));
    }
    let outcome: Outcome<()> = hang.join().unwrap();
    assert!(matches!(outcome, Outcome::TimedOut));
    let took = start.elapsed();
    assert!(took >= Duration::from_secs(10) && took < Duration::from_secs(12), "took {took:?}");
}

#[test]
fn a_trial_sees_its_deadline() {
    let outcome = run_isolated(Duration::from_millis(300), |deadline| {
        while Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
        "stopped by itself"
    });
    assert!(matches!(outcome, Outcome::Finished("stopped by itself")));
}

#[test]
fn one_changed_byte_shows_as_a_numbered_diff_line() {
    let golden = golden::render(b"a\nb\nc\nd\n", b"", 0);
    let mut pyref = golden.clone();
    pyref[4] = b'X';
    let d = diff::unified(&golden, &pyref, "snapshots/x.output");
    assert!(d.contains("    3       |-c"), "{d}");
    assert!(d.contains("          3 |+X"), "{d}");
    assert!(d.contains("    2     2 | b"), "{d}");
}

#[test]
fn helper_modules_are_not_programs() {
    assert!(is_program(Path::new("seed/hello.py")));
    assert!(!is_program(Path::new("imports/_pkg/__init__.py")));
    assert!(!is_program(Path::new("imports/_helper.py")));
    assert!(!is_program(Path::new("seed/notes.txt")));
}
