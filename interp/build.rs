//! Link flags for the `pyref` binary (start-up cost; bench/hello.py).
//!
//! On Linux with glibc the binary is linked as a position-dependent executable (`-no-pie`): a
//! PIE needs one dynamic relocation per pointer in its static data (vtables, method tables,
//! string tables: about 14,000), which the loader applies at every start, dirtying each page it
//! writes. A fixed-address executable has those pointers resolved by the linker. Only the
//! binary is affected (`rustc-link-arg-bins`), not the library, tests or benches.
//!
//! It also fixes the default installation prefix pyref models (`PYREF_BUILD_PREFIX`, read by
//! `host::default_prefix`), as CPython's configure fixes its `prefix`: `PYREF_PREFIX` at build
//! time when set, else pyenv's CPython 3.13.0 when installed, else CPython's default
//! `/usr/local`.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PYREF_PREFIX");
    let pyenv = std::env::var("HOME").map(|h| format!("{h}/.pyenv/versions/3.13.0")).ok();
    let prefix = match std::env::var("PYREF_PREFIX") {
        Ok(p) if !p.is_empty() => p,
        _ => pyenv.filter(|p| std::path::Path::new(p).join("lib/python3.13").is_dir()).unwrap_or_else(|| "/usr/local".to_string()),
    };
    println!("cargo:rustc-env=PYREF_BUILD_PREFIX={prefix}");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
