//! Parser throughput: pyref's `parser::parse` (tokens to syntax tree, type comments on, as
//! `python -m ast` parses) vs CPython 3.13.0's `ast.parse(src, type_comments=True)` over the whole
//! standard library, in the same run. Not a test: `cargo bench -p pyref --bench parse`.
//!
//! CPython is found as `$PYREF_CPYTHON`, `python3.13` on PATH, or ~/.pyenv/versions/3.13.0.

use pyref::parser::{parse, Mode};
mod common;

use common::{best_of, collect, cpython};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

const CPY_SCRIPT: &str = r#"
import ast, sys, time, warnings
warnings.simplefilter('ignore')
paths = sys.stdin.read().splitlines()
srcs = [open(p, 'rb').read() for p in paths]
best = None
for _ in range(int(sys.argv[1])):
    t = time.perf_counter()
    n = 0
    for s in srcs:
        try:
            ast.parse(s, type_comments=True)
            n += 1
        except Exception:
            pass
    dt = time.perf_counter() - t
    best = dt if best is None else min(best, dt)
print(best, n)
"#;

fn main() {
    let py = cpython();
    let stdlib = Command::new(&py)
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    if stdlib.is_empty() {
        eprintln!("parse bench: CPython 3.13.0 not found (set PYREF_CPYTHON)");
        return;
    }
    let mut files = Vec::new();
    collect(Path::new(&stdlib), &mut files);
    let srcs: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let bytes: usize = srcs.iter().map(|s| s.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!("{} files, {:.1} MB under {stdlib}", srcs.len(), mb);

    let parse_all = || srcs.iter().filter(|s| parse(s, Mode::Exec, true).result.is_ok()).count();
    // Timed before and after CPython (best of all runs): the machine is shared.
    let (mut t_pyref, _, n_pyref) = best_of(3, parse_all);

    let mut child = match Command::new(&py).args(["-c", CPY_SCRIPT, "2"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("parse bench: cannot run {py}: {e}");
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
    t_pyref = t_pyref.min(best_of(3, parse_all).0);

    println!("pyref parser.parse:  {:>8.3} s  {:>7.1} MB/s  {n_pyref} files parsed", t_pyref, mb / t_pyref);
    println!("CPython ast.parse:   {:>8.3} s  {:>7.1} MB/s  {n_cpy} files parsed", t_cpy, mb / t_cpy);
    println!("ratio: {:.1}x", t_cpy / t_pyref);
}
