//! Data-driven tests of the whole compiler: each `testdata/NAME.py` is compiled and
//! disassembled; the text must equal `testdata/NAME.dis`, which is
//! `PYTHONHASHSEED=0 python3.13 -m dis NAME.py` from CPython 3.13.0 (regenerate with
//! `scripts/gen/codegen_dis_cases.sh`; never edit by hand). Code-object addresses are masked.

use crate::compile::{compile_source, Mode};

fn mask(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0' && i + 1 < b.len() && b[i + 1] == b'x' {
            let mut j = i + 2;
            while j < b.len() && b[j].is_ascii_hexdigit() {
                j += 1;
            }
            if j - i - 2 >= 8 {
                out.push_str("0xADDR");
                i = j;
                continue;
            }
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}

#[test]
fn dis_matches_cpython() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/compile/codegen/testdata");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect();
    paths.sort();
    assert!(!paths.is_empty());
    let mut failures = Vec::new();
    for p in &paths {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let src = std::fs::read(p).unwrap();
        let want = std::fs::read_to_string(p.with_extension("dis")).unwrap();
        let got = match compile_source(&src, &name, Mode::Exec) {
            Ok(code) => crate::dis::disassemble_to_string(&code, Default::default()),
            Err(e) => format!("{e:?}"),
        };
        let (want, got) = (mask(&want), mask(&got));
        if want != got {
            let line = want.lines().zip(got.lines()).position(|(a, b)| a != b).unwrap_or(0);
            failures.push(format!(
                "{name}: first difference at line {}:\n  want {:?}\n  got  {:?}",
                line + 1,
                want.lines().nth(line).unwrap_or(""),
                got.lines().nth(line).unwrap_or("")
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} programs differ:\n{}", failures.len(), paths.len(), failures.join("\n"));
}
