//! Placeholder until the tokenizer branch's str_repr.rs (Unicode 15.1 printable table) is merged.
pub fn is_printable(c: u32) -> bool {
    !(c < 0x20 || (0x7F..=0xA0).contains(&c) || c == 0xAD || (0xD800..=0xDFFF).contains(&c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF)
}
