//! Link flags for the `pyref` binary (start-up cost; bench/hello.py).
//!
//! On Linux with glibc the binary is linked as a position-dependent executable (`-no-pie`): a
//! PIE needs one dynamic relocation per pointer in its static data (vtables, method tables,
//! string tables: about 14,000), which the loader applies at every start, dirtying each page it
//! writes. A fixed-address executable has those pointers resolved by the linker. Only the
//! binary is affected (`rustc-link-arg-bins`), not the library, tests or benches.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
