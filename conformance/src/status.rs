//! The committed conformance status: the list of (stage, program) cases that do not pass yet.
//!
//! `cargo test` fails on a regression (a case not listed fails) and on a stale entry (a listed
//! case now passes). `PYREF_UPDATE_STATUS=1 cargo test -p conformance` rewrites the list from the
//! run (cases a name filter left out keep their entries).

use std::collections::BTreeSet;
use std::path::Path;

pub const FILE: &str = "conformance/status.txt";
pub const UPDATE_VAR: &str = "PYREF_UPDATE_STATUS";

const HEADER: &str = "\
# Conformance cases that do not pass yet, one `stage::program` per line (sorted).
# Written by `PYREF_UPDATE_STATUS=1 cargo test -p conformance`; reviewed like code.
# `cargo test` fails when a case not listed here fails, and when a listed case passes.
";

pub fn load(path: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

pub fn save(path: &Path, failing: &BTreeSet<String>) -> std::io::Result<()> {
    let mut text = String::from(HEADER);
    for name in failing {
        text.push_str(name);
        text.push('\n');
    }
    std::fs::write(path, text)
}

pub fn updating() -> bool {
    std::env::var_os(UPDATE_VAR).is_some_and(|v| !v.is_empty() && v != "0")
}
