//! Link options for the shared library the phones load.
//!
//! Relative relocations are packed (`-z pack-relative-relocs`, the ELF
//! RELR format): the library holds about 16,000 of them (vtables, string
//! tables), 24 bytes each as plain RELA, a few bytes per page as RELR. That
//! takes about 0.35 MB off the stripped library. glibc ≥ 2.36 and Android
//! ≥ 9 (API 28) load RELR; GNU ld ≥ 2.38 and lld ≥ 15 write it.
fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" || os == "android" {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,pack-relative-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
