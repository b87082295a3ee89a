//! What the front-end benchmarks share: finding CPython 3.13.0, listing the standard library's
//! `.py` files, and timing a closure by its best wall time and best thread CPU time.

use std::path::{Path, PathBuf};
use std::time::Instant;

/// CPython 3.13.0: `$PYREF_CPYTHON`, else pyenv's 3.13.0, else `python3.13` on PATH.
pub fn cpython() -> String {
    if let Ok(p) = std::env::var("PYREF_CPYTHON") {
        return p;
    }
    let pyenv = std::env::var("HOME").map(|h| format!("{h}/.pyenv/versions/3.13.0/bin/python3.13")).unwrap_or_default();
    if Path::new(&pyenv).exists() {
        return pyenv;
    }
    "python3.13".into()
}

/// The `.py` files under `dir`, sorted, without `site-packages` and `__pycache__`.
pub fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if p.is_dir() {
            if name != "site-packages" && name != "__pycache__" {
                collect(&p, out);
            }
        } else if name.ends_with(".py") {
            out.push(p);
        }
    }
}

/// CPU time of the calling thread (`clock_gettime(CLOCK_THREAD_CPUTIME_ID)`): on a shared machine
/// it counts only the time this thread ran, so it is steadier than wall time under load.
pub fn thread_cpu() -> f64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `t` is a valid timespec for the call to fill.
    let _ = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) };
    t.sec as f64 + t.nsec as f64 * 1e-9
}

/// Best wall time and best thread CPU time over `runs` runs of `f`, and its last result.
pub fn best_of<F: FnMut() -> usize>(runs: usize, mut f: F) -> (f64, f64, usize) {
    let (mut best, mut best_cpu) = (f64::MAX, f64::MAX);
    let mut n = 0;
    for _ in 0..runs {
        let (t, c) = (Instant::now(), thread_cpu());
        n = std::hint::black_box(f());
        best = best.min(t.elapsed().as_secs_f64());
        best_cpu = best_cpu.min(thread_cpu() - c);
    }
    (best, best_cpu, n)
}
