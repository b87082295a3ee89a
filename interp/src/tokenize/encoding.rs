//! Source encodings: the UTF-8 BOM, PEP 263 coding cookies, and decoding to UTF-8.
//!
//! Two entry points, because CPython has two:
//! * [`prepare_compile_input`] is `decode_str` (Parser/tokenizer/string_tokenizer.c) with
//!   `_PyTokenizer_translate_newlines`, `_PyTokenizer_check_bom` and
//!   `_PyTokenizer_check_coding_spec` (Parser/tokenizer/helpers.c): what `compile()` does to bytes.
//! * [`detect_encoding`] is `detect_encoding` in Lib/tokenize.py, used by `python -m tokenize`,
//!   which then decodes each line with `errors="replace"` ([`decode_lossy`]).
//!
//! pyref decodes UTF-8, Latin-1, ASCII and every single-byte charmap codec of CPython that reads
//! ASCII as ASCII (cp125x, iso8859-N, KOI8, mac-*, the DOS code pages, ...), from tables generated
//! from CPython's own codecs; any other codec CPython knows (UTF-16, the CJK multibyte codecs, ...)
//! is reported as [`EncodingError::Unsupported`] rather than guessed.

use super::codecs_table::{CHARMAP_TABLES, CODEC_NAMES};
use super::error::SyntaxMsg;
use std::borrow::Cow;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A codec pyref can decode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Latin1,
    Ascii,
    /// A charmap codec: what bytes 0x80..=0xFF decode to (U+FFFD where undefined).
    Charmap(&'static [u16; 128]),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodingError {
    /// CPython would raise SyntaxError with this message.
    Syntax(String),
    /// CPython knows the codec, pyref does not implement it.
    Unsupported(String),
}

/// `codecs.lookup(name).name`, or `None` when CPython has no such codec.
pub fn lookup_codec(name: &str) -> Option<&'static str> {
    // _PyCodec_Lookup lowercases; encodings.normalize_encoding collapses punctuation to '_'.
    let mut norm = String::with_capacity(name.len());
    let mut punct = false;
    for ch in name.chars() {
        if ch.is_alphanumeric() || ch == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            if ch.is_ascii() {
                norm.push(ch.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    let find = |n: &str| CODEC_NAMES.binary_search_by(|(a, _)| (*a).cmp(n)).ok().map(|i| CODEC_NAMES[i].1);
    find(&norm).or_else(|| find(&norm.replace('.', "_")))
}

/// The decoder for a canonical codec name.
pub fn codec_for(canonical: &str) -> Option<Codec> {
    Some(match canonical {
        "utf-8" => Codec::Utf8,
        "iso8859-1" => Codec::Latin1,
        "ascii" => Codec::Ascii,
        _ => {
            let i = CHARMAP_TABLES.binary_search_by(|(n, _)| (*n).cmp(canonical)).ok()?;
            Codec::Charmap(&CHARMAP_TABLES[i].1)
        }
    })
}

/// Decodes `bytes` with errors="replace".
pub fn decode_lossy(codec: Codec, bytes: &[u8]) -> Cow<'_, str> {
    match codec {
        // Validating strictly first is several times faster than the lossy walk, and source is
        // almost always valid.
        Codec::Utf8 => match std::str::from_utf8(bytes) {
            Ok(s) => Cow::Borrowed(s),
            Err(_) => String::from_utf8_lossy(bytes),
        },
        _ if bytes.is_ascii() => Cow::Borrowed(std::str::from_utf8(bytes).unwrap_or_default()),
        _ => Cow::Owned(bytes.iter().map(|&b| single_byte(codec, b).unwrap_or('\u{FFFD}')).collect()),
    }
}

/// Decodes `bytes` strictly; `Err` holds the UnicodeDecodeError text.
pub fn decode_strict(codec: Codec, bytes: &[u8]) -> Result<Cow<'_, str>, String> {
    match codec {
        Codec::Utf8 => std::str::from_utf8(bytes).map(Cow::Borrowed).map_err(|e| {
            super::lexer::utf8_error_text(bytes, &e).trim_start_matches("(unicode error) ").to_string()
        }),
        _ => {
            let mut out = String::with_capacity(bytes.len());
            for (i, &b) in bytes.iter().enumerate() {
                match single_byte(codec, b) {
                    Some(c) => out.push(c),
                    None => {
                        let name = if codec == Codec::Ascii { "ascii" } else { "charmap" };
                        let why = if codec == Codec::Ascii { "ordinal not in range(128)" } else { "character maps to <undefined>" };
                        return Err(format!("'{name}' codec can't decode byte 0x{b:02x} in position {i}: {why}"));
                    }
                }
            }
            Ok(Cow::Owned(out))
        }
    }
}

fn single_byte(codec: Codec, b: u8) -> Option<char> {
    if b < 0x80 {
        return Some(b as char);
    }
    let cp = match codec {
        Codec::Latin1 => b as u32,
        Codec::Ascii | Codec::Utf8 => return None,
        Codec::Charmap(t) => t[(b - 0x80) as usize] as u32,
    };
    if cp == 0xFFFD {
        return None;
    }
    char::from_u32(cp)
}

/// `_get_normal_name` (Lib/tokenize.py), which agrees with `get_normal_name` in helpers.c.
fn normal_name(orig: &str) -> String {
    let enc: String = orig.chars().take(12).collect::<String>().to_lowercase().replace('_', "-");
    if enc == "utf-8" || enc.starts_with("utf-8-") {
        return "utf-8".into();
    }
    for n in ["latin-1", "iso-8859-1", "iso-latin-1"] {
        if enc == n || enc.starts_with(&format!("{n}-")) {
            return "iso-8859-1".into();
        }
    }
    orig.to_string()
}

/// The cookie of `tokenize.cookie_re` (`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`, ASCII) in `line`.
fn find_cookie_name(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() && matches!(b[i], b' ' | b'\t' | 0x0C) {
        i += 1;
    }
    if b.get(i) != Some(&b'#') {
        return None;
    }
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'-' || c == b'.';
    let mut j = i + 1;
    while j + 6 < b.len() {
        if b[j] == b'\n' {
            return None;
        }
        if &b[j..j + 6] == b"coding" && matches!(b[j + 6], b':' | b'=') {
            let mut k = j + 7;
            while k < b.len() && matches!(b[k], b' ' | b'\t') {
                k += 1;
            }
            let s = k;
            while k < b.len() && word(b[k]) {
                k += 1;
            }
            if k > s {
                return Some(&line[s..k]);
            }
        }
        j += 1;
    }
    None
}

/// `tokenize.blank_re`: `^[ \t\f]*(?:[#\r\n]|$)`.
fn is_blank_line(line: &[u8]) -> bool {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | 0x0C) {
        i += 1;
    }
    i == line.len() || matches!(line[i], b'#' | b'\r' | b'\n')
}

/// What `detect_encoding` found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detected {
    /// The name the ENCODING token shows (`utf-8-sig` is reported as `utf-8`).
    pub name: String,
    pub codec: Codec,
    /// Bytes of BOM to skip.
    pub bom_len: usize,
}

/// `tokenize.detect_encoding` on the whole file. `filename_repr` is `repr(filename)` for messages.
pub fn detect_encoding(src: &[u8], filename_repr: &str) -> Result<Detected, EncodingError> {
    let mut lines = src.split_inclusive(|&b| b == b'\n');
    let mut first = lines.next().unwrap_or(b"");
    let mut bom = false;
    if first.starts_with(BOM) {
        bom = true;
        first = &first[3..];
    }
    let default = || Ok(Detected { name: "utf-8".into(), codec: Codec::Utf8, bom_len: if bom { 3 } else { 0 } });
    if first.is_empty() {
        return default();
    }
    let find_cookie = |line: &[u8]| -> Result<Option<Detected>, EncodingError> {
        let Ok(s) = std::str::from_utf8(line) else {
            return Err(EncodingError::Syntax(format!("invalid or missing encoding declaration for {filename_repr}")));
        };
        let Some(raw) = find_cookie_name(s) else { return Ok(None) };
        let name = normal_name(raw);
        let Some(canonical) = lookup_codec(&name) else {
            return Err(EncodingError::Syntax(format!("unknown encoding for {filename_repr}: {name}")));
        };
        if bom && name != "utf-8" {
            return Err(EncodingError::Syntax(format!("encoding problem for {filename_repr}: utf-8")));
        }
        let Some(codec) = codec_for(canonical) else { return Err(EncodingError::Unsupported(name)) };
        Ok(Some(Detected { name, codec, bom_len: if bom { 3 } else { 0 } }))
    };
    if let Some(d) = find_cookie(first)? {
        return Ok(d);
    }
    if !is_blank_line(first) {
        return default();
    }
    let second = lines.next().unwrap_or(b"");
    if second.is_empty() {
        return default();
    }
    if let Some(d) = find_cookie(second)? {
        return Ok(d);
    }
    default()
}

/// The first NUL byte of `src`, and whether a `\r` comes before it: one pass over the source,
/// 32 bytes a step on x86-64 (SSE2 compares), else 8-byte words with the zero-byte trick.
pub(crate) fn scan_nul_cr(src: &[u8]) -> (Option<usize>, bool) {
    let mut i = 0;
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::*;
        while i + 32 <= src.len() {
            // SAFETY: SSE2 is part of the x86-64 baseline, and the two unaligned 16-byte loads
            // read `src[i..i + 32]`, inside the slice by the loop condition.
            let hit = unsafe {
                let p = src.as_ptr().add(i) as *const __m128i;
                let (a, b) = (_mm_loadu_si128(p), _mm_loadu_si128(p.add(1)));
                let (zero, cr) = (_mm_setzero_si128(), _mm_set1_epi8(b'\r' as i8));
                let m = _mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi8(a, zero), _mm_cmpeq_epi8(a, cr)),
                    _mm_or_si128(_mm_cmpeq_epi8(b, zero), _mm_cmpeq_epi8(b, cr)),
                );
                _mm_movemask_epi8(m) != 0
            };
            if hit {
                break;
            }
            i += 32;
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGHS: u64 = 0x8080_8080_8080_8080;
        while i + 8 <= src.len() {
            let w = u64::from_le_bytes(src[i..i + 8].try_into().unwrap_or([0; 8]));
            let cr = w ^ (ONES * b'\r' as u64);
            if (w.wrapping_sub(ONES) & !w | cr.wrapping_sub(ONES) & !cr) & HIGHS != 0 {
                break;
            }
            i += 8;
        }
    }
    // From the first block holding a NUL or CR (if any): after a CR, only the NUL is left to
    // find.
    for (k, &b) in src[i..].iter().enumerate() {
        if b == 0 {
            return (Some(i + k), false);
        }
        if b == b'\r' {
            let rest = i + k + 1;
            let nul = if src[rest..].contains(&0) { src[rest..].iter().position(|&b| b == 0).map(|p| rest + p) } else { None };
            return (nul, true);
        }
    }
    (None, false)
}

/// `_PyTokenizer_translate_newlines`: `\r\n` and lone `\r` become `\n`; input stops at the first
/// NUL; with `exec_input` a final newline is added when missing.
pub fn translate_newlines(src: &[u8], exec_input: bool) -> Cow<'_, [u8]> {
    translate_newlines_scanned(src, exec_input, scan_nul_cr(src))
}

/// [`translate_newlines`] given what [`scan_nul_cr`] found in `src`.
pub(crate) fn translate_newlines_scanned(src: &[u8], exec_input: bool, scan: (Option<usize>, bool)) -> Cow<'_, [u8]> {
    let (nul, has_cr) = scan;
    let src = match nul {
        Some(i) => &src[..i],
        None => src,
    };
    let needs_nl = exec_input && !src.is_empty() && *src.last().unwrap_or(&b'\n') != b'\n';
    if !has_cr && !needs_nl {
        return Cow::Borrowed(src);
    }
    let mut out = Vec::with_capacity(src.len() + 1);
    let mut i = 0;
    while i < src.len() {
        let b = src[i];
        if b == b'\r' {
            out.push(b'\n');
            if src.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(b);
        }
        i += 1;
    }
    if exec_input && !out.is_empty() && *out.last().unwrap_or(&b'\n') != b'\n' {
        out.push(b'\n');
    }
    Cow::Owned(out)
}

/// `get_coding_spec` + the state logic of `_PyTokenizer_check_coding_spec` for one line
/// (`line` without its newline for line 1, with it for line 2, as `decode_str` passes them).
/// Returns (spec, stop_looking).
fn coding_spec(line: &[u8]) -> (Option<String>, bool) {
    let size = line.len();
    let mut i = 0;
    while i + 6 < size {
        if line[i] == b'#' {
            break;
        }
        if !matches!(line[i], b' ' | b'\t' | 0x0C) {
            return (None, true);
        }
        i += 1;
    }
    while i + 6 < size {
        if &line[i..i + 6] == b"coding" {
            let mut t = i + 6;
            let at = |k: usize| line.get(k).copied().unwrap_or(0);
            if at(t) != b':' && at(t) != b'=' {
                i += 1;
                continue;
            }
            loop {
                t += 1;
                if !matches!(at(t), b' ' | b'\t') {
                    break;
                }
            }
            let begin = t;
            while at(t).is_ascii_alphanumeric() || matches!(at(t), b'-' | b'_' | b'.') {
                t += 1;
            }
            if begin < t {
                let raw = String::from_utf8_lossy(&line[begin..t]).into_owned();
                return (Some(normal_name_c(&raw)), true);
            }
        }
        i += 1;
    }
    // No spec: stop looking once the line holds anything but a comment.
    for &b in line {
        if matches!(b, b'#' | b'\n' | b'\r') {
            return (None, false);
        }
        if !matches!(b, b' ' | b'\t' | 0x0C) {
            return (None, true);
        }
    }
    (None, false)
}

/// `get_normal_name` in helpers.c: like the Python one but on bytes.
fn normal_name_c(s: &str) -> String {
    normal_name(s)
}

/// What `compile()` does to source bytes before tokenizing (`decode_str`): newline translation,
/// BOM removal, coding cookie on lines 1–2, decoding to UTF-8. Without a cookie the bytes are
/// passed through undecoded: invalid UTF-8 is found later, token by token.
pub fn prepare_compile_input(src: &[u8], exec_input: bool) -> Result<Cow<'_, [u8]>, SyntaxMsg> {
    prepare_compile_input_scanned(src, exec_input, scan_nul_cr(src)).map(|(text, _)| text)
}

/// [`prepare_compile_input`] given what [`scan_nul_cr`] found in `src`; also says whether the
/// text was decoded from a declared encoding (only then can it hold a NUL byte: newline
/// translation stops at the first one).
pub(crate) fn prepare_compile_input_scanned(src: &[u8], exec_input: bool, scan: (Option<usize>, bool)) -> Result<(Cow<'_, [u8]>, bool), SyntaxMsg> {
    let translated = translate_newlines_scanned(src, exec_input, scan);
    let (has_bom, body_start) = if translated.starts_with(BOM) { (true, 3) } else { (false, 0) };
    let body = &translated[body_start..];
    let mut newl = [None, None];
    let mut n = 0;
    for (i, &b) in body.iter().enumerate() {
        if b == b'\n' {
            newl[n] = Some(i);
            n += 1;
            if n == 2 {
                break;
            }
        }
    }
    let mut spec = None;
    if let Some(n0) = newl[0] {
        let (s, stop) = coding_spec(&body[..n0]);
        spec = s;
        if spec.is_none() && !stop {
            if let Some(n1) = newl[1] {
                spec = coding_spec(&body[n0 + 1..n1 + 1]).0;
            }
        }
    }
    let encoding = match spec {
        None => None,
        Some(cs) if has_bom => {
            if cs != "utf-8" {
                return Err(SyntaxMsg::Decode(format!("encoding problem: {cs} with BOM")));
            }
            None
        }
        Some(cs) if cs == "utf-8" => None,
        Some(cs) => Some(cs),
    };
    let Some(enc) = encoding else {
        return Ok((
            match translated {
                Cow::Borrowed(b) => Cow::Borrowed(&b[body_start..]),
                Cow::Owned(mut v) => {
                    v.drain(..body_start);
                    Cow::Owned(v)
                }
            },
            false,
        ));
    };
    let Some(canonical) = lookup_codec(&enc) else {
        return Err(SyntaxMsg::Decode(format!("unknown encoding: {enc}")));
    };
    let Some(codec) = codec_for(canonical) else {
        return Err(SyntaxMsg::Decode(format!("pyref: unsupported encoding: {enc}")));
    };
    match decode_strict(codec, body) {
        Ok(s) => Ok((Cow::Owned(s.into_owned().into_bytes()), true)),
        Err(e) => Err(SyntaxMsg::Decode(e)),
    }
}
