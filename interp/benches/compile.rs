//! Compiler throughput: pyref's `compile::compile_source` (parse, AST optimiser, symbol table,
//! codegen, CFG optimiser, assembler) vs CPython 3.13.0's `compile(src, path, "exec")` over the
//! whole standard library, in the same run. Not a test: `cargo bench -p pyref --bench compile`.
//!
//! Both sides time only the compilation of sources already in memory, single-threaded; files
//! either side fails to compile are still counted in the time.
//!
//! Each side reports its best wall time and its best thread CPU time (CLOCK_THREAD_CPUTIME_ID;
//! `time.thread_time()` in CPython). On a shared, loaded machine the wall times of the two sides
//! are taken at different moments under different load; the CPU-time ratio is the steadier one.

use pyref::compile::{compile_source, Mode};
mod common;

use common::{best_of, collect, cpython};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

const CPY_SCRIPT: &str = r#"
import sys, time, warnings
warnings.simplefilter("ignore")
paths = sys.stdin.read().splitlines()
srcs = [(open(p, 'rb').read(), p) for p in paths]
best = best_cpu = None
for _ in range(int(sys.argv[1])):
    t, c = time.perf_counter(), time.thread_time()
    n = 0
    for s, p in srcs:
        try:
            compile(s, p, "exec")
            n += 1
        except Exception:
            pass
    dt, dc = time.perf_counter() - t, time.thread_time() - c
    best = dt if best is None else min(best, dt)
    best_cpu = dc if best_cpu is None else min(best_cpu, dc)
print(best, n, best_cpu)
"#;

fn main() {
    let py = cpython();
    let stdlib = Command::new(&py)
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    if stdlib.is_empty() {
        eprintln!("compile bench: CPython 3.13.0 not found (set PYREF_CPYTHON)");
        return;
    }
    let mut files = Vec::new();
    collect(Path::new(&stdlib), &mut files);
    let srcs: Vec<(Vec<u8>, String)> = files.iter().filter_map(|p| Some((std::fs::read(p).ok()?, p.to_string_lossy().to_string()))).collect();
    let bytes: usize = srcs.iter().map(|s| s.0.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!("{} files, {:.1} MB under {stdlib}", srcs.len(), mb);

    let parse_all = || srcs.iter().filter(|(s, _)| pyref::parser::parse(s, pyref::parser::Mode::Exec, false).result.is_ok()).count();
    let compile_all = || srcs.iter().filter(|(s, p)| compile_source(s, p, Mode::Exec).is_ok()).count();
    // pyref is timed before and after CPython (best of all runs), since a shared machine's load
    // changes over the time CPython takes.
    let (mut t_parse, mut c_parse, _) = best_of(3, parse_all);
    let (mut t_ref, mut c_ref, n_ref) = best_of(3, compile_all);

    let mut child = match Command::new(&py).args(["-c", CPY_SCRIPT, "2"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("compile bench: cannot run {py}: {e}");
            return;
        }
    };
    if let Some(mut stdin) = child.stdin.take() {
        for (_, p) in &srcs {
            let _ = writeln!(stdin, "{p}");
        }
    }
    let out = child.wait_with_output().map(|o| String::from_utf8_lossy(&o.stdout).to_string()).unwrap_or_default();
    let mut it = out.split_whitespace();
    let t_cpy: f64 = it.next().and_then(|s| s.parse().ok()).unwrap_or(f64::NAN);
    let n_cpy: usize = it.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let c_cpy: f64 = it.next().and_then(|s| s.parse().ok()).unwrap_or(f64::NAN);
    let (t2, c2, _) = best_of(3, parse_all);
    (t_parse, c_parse) = (t_parse.min(t2), c_parse.min(c2));
    let (t2, c2, _) = best_of(3, compile_all);
    (t_ref, c_ref) = (t_ref.min(t2), c_ref.min(c2));

    println!("                        wall time              thread CPU time");
    println!("pyref parse only:     {:>8.3} s  {:>7.1} MB/s  {:>8.3} s", t_parse, mb / t_parse, c_parse);
    println!("pyref compile_source: {:>8.3} s  {:>7.1} MB/s  {:>8.3} s  {n_ref} files compiled", t_ref, mb / t_ref, c_ref);
    println!("CPython compile():    {:>8.3} s  {:>7.1} MB/s  {:>8.3} s  {n_cpy} files compiled", t_cpy, mb / t_cpy, c_cpy);
    println!("ratio CPython/pyref: {:.1}x wall, {:.1}x thread CPU time", t_cpy / t_ref, c_cpy / c_ref);
}
