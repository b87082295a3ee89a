//! Tokenizer throughput: pyref's lexer vs CPython 3.13.0's `tokenize` module over the whole
//! standard library, in the same run. Not a test: `cargo bench -p pyref --bench tokenize`.
//!
//! Three figures, on the same files held in memory:
//! * pyref lexer: `Lexer::new` + `next_token` to ENDMARKER (the parser's path, compile() mode);
//! * pyref view: `view::for_each_token`, every `tokenize` TokenInfo (strings, character columns);
//! * CPython: `list(tokenize.tokenize(BytesIO(src).readline))`, timed inside CPython.
//!
//! Each side reports its best wall time and its best thread CPU time (CLOCK_THREAD_CPUTIME_ID;
//! `time.thread_time()` in CPython). On a shared, loaded machine the wall times of the two sides
//! are taken at different moments under different load; the CPU-time ratio is the steadier one.
//!
//! CPython is found as `$PYREF_CPYTHON`, `python3.13` on PATH, or ~/.pyenv/versions/3.13.0.

use pyref::tokenize::{view, Lexer, Mode, TokenKind};
mod common;

use common::{best_of, collect, cpython};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

const CPY_SCRIPT: &str = r#"
import io, sys, time, tokenize
paths = sys.stdin.read().splitlines()
srcs = [open(p, 'rb').read() for p in paths]
best = best_cpu = None
for _ in range(int(sys.argv[1])):
    t, c = time.perf_counter(), time.thread_time()
    n = 0
    for s in srcs:
        try:
            n += len(list(tokenize.tokenize(io.BytesIO(s).readline)))
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
        eprintln!("tokenize bench: CPython 3.13.0 not found (set PYREF_CPYTHON)");
        return;
    }
    let mut files = Vec::new();
    collect(Path::new(&stdlib), &mut files);
    let srcs: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let bytes: usize = srcs.iter().map(|s| s.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!("{} files, {:.1} MB under {stdlib}", srcs.len(), mb);

    let lex_all = || {
        let mut n = 0;
        for s in &srcs {
            let Ok(mut lx) = Lexer::new(s, Mode::Exec, false) else { continue };
            while let Ok(t) = lx.next_token() {
                n += 1;
                if t.kind == TokenKind::Endmarker {
                    break;
                }
            }
        }
        n
    };
    let view_all = || {
        srcs.iter().zip(&files).map(|(s, p)| {
            let mut n = 0;
            let _ = view::for_each_token(s, &p.to_string_lossy(), |t| {
                std::hint::black_box(t);
                n += 1;
            });
            n
        }).sum()
    };
    // pyref is timed before and after CPython (best of all runs), since a shared machine's load
    // changes over the minute CPython takes.
    let (mut t_lex, mut c_lex, n_lex) = best_of(10, lex_all);
    let (mut t_view, mut c_view, n_view) = best_of(3, view_all);

    let runs = "2";
    let mut child = match Command::new(&py).args(["-c", CPY_SCRIPT, runs]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("tokenize bench: cannot run {py}: {e}");
            return;
        }
    };
    if let Some(mut stdin) = child.stdin.take() {
        for p in &files {
            let _ = writeln!(stdin, "{}", p.display());
        }
    }
    let out = child.wait_with_output().map(|o| String::from_utf8_lossy(&o.stdout).to_string()).unwrap_or_default();
    let mut it = out.split_whitespace();
    let t_cpy: f64 = it.next().and_then(|s| s.parse().ok()).unwrap_or(f64::NAN);
    let n_cpy: usize = it.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let c_cpy: f64 = it.next().and_then(|s| s.parse().ok()).unwrap_or(f64::NAN);
    let (t2, c2, _) = best_of(10, lex_all);
    (t_lex, c_lex) = (t_lex.min(t2), c_lex.min(c2));
    let (t2, c2, _) = best_of(3, view_all);
    (t_view, c_view) = (t_view.min(t2), c_view.min(c2));

    println!("                              wall time              thread CPU time");
    println!("pyref lexer (compile mode): {:>8.3} s  {:>7.1} MB/s  {:>8.3} s  {n_lex} tokens", t_lex, mb / t_lex, c_lex);
    println!("pyref tokenize view:        {:>8.3} s  {:>7.1} MB/s  {:>8.3} s  {n_view} tokens", t_view, mb / t_view, c_view);
    println!("CPython tokenize module:    {:>8.3} s  {:>7.1} MB/s  {:>8.3} s  {n_cpy} tokens", t_cpy, mb / t_cpy, c_cpy);
    println!("ratio lexer/CPython: {:.1}x wall, {:.1}x CPU   view/CPython: {:.1}x wall, {:.1}x CPU", t_cpy / t_lex, c_cpy / c_lex, t_cpy / t_view, c_cpy / c_view);
}
