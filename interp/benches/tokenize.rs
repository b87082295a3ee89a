//! Tokenizer throughput: pyref's lexer vs CPython 3.13.0's `tokenize` module over the whole
//! standard library, in the same run. Not a test: `cargo bench -p pyref --bench tokenize`.
//!
//! Three figures, on the same files held in memory:
//! * pyref lexer: `Lexer::new` + `next_token` to ENDMARKER (the parser's path, compile() mode);
//! * pyref view: `view::tokenize_file`, the full `tokenize` token list (strings, character columns);
//! * CPython: `list(tokenize.tokenize(BytesIO(src).readline))`, timed inside CPython.
//!
//! CPython is found as `$PYREF_CPYTHON`, `python3.13` on PATH, or ~/.pyenv/versions/3.13.0.

use pyref::tokenize::{view, Lexer, Mode, TokenKind};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

fn cpython() -> String {
    if let Ok(p) = std::env::var("PYREF_CPYTHON") {
        return p;
    }
    let pyenv = std::env::var("HOME").map(|h| format!("{h}/.pyenv/versions/3.13.0/bin/python3.13")).unwrap_or_default();
    if Path::new(&pyenv).exists() {
        return pyenv;
    }
    "python3.13".into()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
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

fn best_of<F: FnMut() -> usize>(runs: usize, mut f: F) -> (f64, usize) {
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n = std::hint::black_box(f());
        best = best.min(t.elapsed().as_secs_f64());
    }
    (best, n)
}

const CPY_SCRIPT: &str = r#"
import io, sys, time, tokenize
paths = sys.stdin.read().splitlines()
srcs = [open(p, 'rb').read() for p in paths]
best = None
for _ in range(int(sys.argv[1])):
    t = time.perf_counter()
    n = 0
    for s in srcs:
        try:
            n += len(list(tokenize.tokenize(io.BytesIO(s).readline)))
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
        eprintln!("tokenize bench: CPython 3.13.0 not found (set PYREF_CPYTHON)");
        return;
    }
    let mut files = Vec::new();
    collect(Path::new(&stdlib), &mut files);
    let srcs: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let bytes: usize = srcs.iter().map(|s| s.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!("{} files, {:.1} MB under {stdlib}", srcs.len(), mb);

    let (t_lex, n_lex) = best_of(5, || {
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
    });
    let (t_view, n_view) = best_of(3, || {
        srcs.iter().zip(&files).map(|(s, p)| {
            view::tokenize_file(s, &p.to_string_lossy()).tokens.map(|t| t.len()).unwrap_or(0)
        }).sum()
    });

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

    println!("pyref lexer (compile mode): {:>8.3} s  {:>7.1} MB/s  {n_lex} tokens", t_lex, mb / t_lex);
    println!("pyref tokenize view:        {:>8.3} s  {:>7.1} MB/s  {n_view} tokens", t_view, mb / t_view);
    println!("CPython tokenize module:    {:>8.3} s  {:>7.1} MB/s  {n_cpy} tokens", t_cpy, mb / t_cpy);
    println!("ratio lexer/CPython: {:.1}x   view/CPython: {:.1}x", t_cpy / t_lex, t_cpy / t_view);
}
