//! The built-in text codecs `str.encode` and `bytes.decode` use (Objects/unicodeobject.c and
//! Objects/stringlib/codecs.h for UTF-8, latin-1 and ASCII; Modules/_codecsmodule.c and
//! Lib/encodings/ for UTF-16/UTF-32 and the alias table), with the error handlers of
//! Python/codecs.c (strict, ignore, replace, backslashreplace, xmlcharrefreplace,
//! surrogateescape, surrogatepass). Pure functions: a failure is a [`CodecError`] that the runtime
//! turns into UnicodeEncodeError / UnicodeDecodeError / LookupError with CPython's wording.

/// The codecs built in here.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Latin1,
    Ascii,
    /// UTF-16 / UTF-32: code unit size 2 or 4, byte order (None: native with a BOM).
    Utf16(Option<bool>),
    Utf32(Option<bool>),
    /// An ASCII-compatible single-byte charmap codec (iso8859-15, cp1252, ...): its name and
    /// the code points of bytes 0x80..=0xFF (U+FFFD where undefined), from the tokenizer's table.
    Charmap(&'static (&'static str, [u16; 128])),
}

impl Codec {
    /// The name CPython reports in errors (`'utf-8' codec can't ...`).
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(false)) => "utf-16-le",
            Codec::Utf16(Some(true)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(false)) => "utf-32-le",
            Codec::Utf32(Some(true)) => "utf-32-be",
            Codec::Charmap(_) => "charmap",
        }
    }
}

/// Looks an encoding name up as `codecs.lookup` does (case-insensitive, `-` and spaces as `_`).
pub fn lookup(name: &str) -> Option<Codec> {
    let n: String = name.trim().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() }).collect();
    Some(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819" | "iso_ir_100" | "csisolatin1" | "iso_8859_1:1987" => Codec::Latin1,
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => Codec::Ascii,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "utf16le" => Codec::Utf16(Some(false)),
        "utf_16_be" | "utf_16be" | "utf16be" => Codec::Utf16(Some(true)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32(Some(false)),
        "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32(Some(true)),
        _ => {
            // The single-byte codecs, by the canonical name `codecs.lookup` gives.
            let canonical = crate::tokenize::encoding::lookup_codec(name)?;
            let tables = &crate::tokenize::codecs_table::CHARMAP_TABLES;
            let i = tables.binary_search_by(|(n, _)| (*n).cmp(canonical)).ok()?;
            Codec::Charmap(&tables[i])
        }
    })
}

/// Why a codec call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    /// UnicodeEncodeError(encoding, object, start, end, reason).
    Encode { encoding: &'static str, start: usize, end: usize, reason: &'static str },
    /// UnicodeDecodeError(encoding, object, start, end, reason).
    Decode { encoding: &'static str, start: usize, end: usize, reason: &'static str },
    /// LookupError: "unknown error handler name 'x'".
    UnknownHandler(String),
}

fn is_known_handler(h: &str) -> bool {
    matches!(h, "strict" | "ignore" | "replace" | "backslashreplace" | "xmlcharrefreplace" | "surrogateescape" | "surrogatepass" | "namereplace")
}

fn push_hex(out: &mut Vec<u8>, c: u32) {
    let s = if c <= 0xff {
        format!("\\x{c:02x}")
    } else if c <= 0xffff {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    };
    out.extend_from_slice(s.as_bytes());
}

/// Encodes one code point to UTF-8 (surrogates too: the form surrogatepass writes).
fn utf8_push(out: &mut Vec<u8>, c: u32) {
    if c < 0x80 {
        out.push(c as u8);
    } else if c < 0x800 {
        out.extend_from_slice(&[0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8]);
    } else if c < 0x10000 {
        out.extend_from_slice(&[0xE0 | (c >> 12) as u8, 0x80 | ((c >> 6) & 0x3F) as u8, 0x80 | (c & 0x3F) as u8]);
    } else {
        out.extend_from_slice(&[0xF0 | (c >> 18) as u8, 0x80 | ((c >> 12) & 0x3F) as u8, 0x80 | ((c >> 6) & 0x3F) as u8, 0x80 | (c & 0x3F) as u8]);
    }
}

fn is_surrogate(c: u32) -> bool {
    (0xD800..0xE000).contains(&c)
}

/// `s.encode(codec, errors)`.
pub fn encode(s: &[u32], codec: Codec, errors: &str) -> Result<Vec<u8>, CodecError> {
    let mut out = Vec::with_capacity(s.len());
    let (limit, reason) = match codec {
        Codec::Latin1 => (0x100, "ordinal not in range(256)"),
        Codec::Ascii => (0x80, "ordinal not in range(128)"),
        Codec::Charmap(_) => (0x80, "character maps to <undefined>"),
        _ => (0x110000, "surrogates not allowed"),
    };
    if let Codec::Utf8Sig = codec {
        out.extend_from_slice(&[0xEF, 0xBB, 0xBF]);
    }
    let unit = |out: &mut Vec<u8>, c: u32| match codec {
        Codec::Utf8 | Codec::Utf8Sig => utf8_push(out, c),
        Codec::Latin1 | Codec::Ascii => out.push(c as u8),
        Codec::Charmap(t) => match t.1.iter().position(|&u| u as u32 == c) {
            Some(p) if c >= 0x80 => out.push(0x80 + p as u8),
            _ => out.push(c as u8),
        },
        Codec::Utf16(be) => {
            let mut put = |u: u16| out.extend_from_slice(&if be == Some(true) { u.to_be_bytes() } else { u.to_le_bytes() });
            if c >= 0x10000 {
                let v = c - 0x10000;
                put(0xD800 | (v >> 10) as u16);
                put(0xDC00 | (v & 0x3FF) as u16);
            } else {
                put(c as u16);
            }
        }
        Codec::Utf32(be) => out.extend_from_slice(&if be == Some(true) { c.to_be_bytes() } else { c.to_le_bytes() }),
    };
    match codec {
        Codec::Utf16(None) => out.extend_from_slice(&[0xFF, 0xFE]),
        Codec::Utf32(None) => out.extend_from_slice(&[0xFF, 0xFE, 0, 0]),
        _ => {}
    }
    let bad = |c: u32| {
        if let Codec::Charmap(t) = codec {
            return c >= 0x80 && (c == 0xFFFD || !t.1.iter().any(|&u| u as u32 == c));
        }
        c >= limit || is_surrogate(c)
    };
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if !bad(c) {
            unit(&mut out, c);
            i += 1;
            continue;
        }
        // A run of unencodable characters is reported (and replaced) as one.
        let mut j = i + 1;
        while j < s.len() && bad(s[j]) {
            j += 1;
        }
        match errors {
            "strict" => return Err(CodecError::Encode { encoding: codec.name(), start: i, end: j, reason }),
            "ignore" => {}
            "replace" => {
                for _ in i..j {
                    unit(&mut out, '?' as u32);
                }
            }
            "backslashreplace" => {
                for &c in &s[i..j] {
                    let mut b = Vec::new();
                    push_hex(&mut b, c);
                    for x in b {
                        unit(&mut out, x as u32);
                    }
                }
            }
            "xmlcharrefreplace" => {
                for &c in &s[i..j] {
                    for x in format!("&#{c};").bytes() {
                        unit(&mut out, x as u32);
                    }
                }
            }
            "namereplace" => {
                // `\N{NAME}`, or the backslash escape for a character without a name.
                for &c in &s[i..j] {
                    let mut b = Vec::new();
                    match crate::parser::unicode_names::name_of(c) {
                        Some(n) => b.extend(format!("\\N{{{n}}}").bytes()),
                        None => push_hex(&mut b, c),
                    }
                    for x in b {
                        unit(&mut out, x as u32);
                    }
                }
            }
            "surrogateescape" => {
                for (k, &c) in s[i..j].iter().enumerate() {
                    if (0xDC80..0xDD00).contains(&c) {
                        out.push((c - 0xDC00) as u8);
                    } else {
                        return Err(CodecError::Encode { encoding: codec.name(), start: i + k, end: i + k + 1, reason });
                    }
                }
            }
            "surrogatepass" if matches!(codec, Codec::Utf8 | Codec::Utf8Sig | Codec::Utf16(_) | Codec::Utf32(_)) => {
                for (k, &c) in s[i..j].iter().enumerate() {
                    if is_surrogate(c) {
                        unit(&mut out, c);
                    } else {
                        return Err(CodecError::Encode { encoding: codec.name(), start: i + k, end: i + k + 1, reason });
                    }
                }
            }
            h if is_known_handler(h) => return Err(CodecError::Encode { encoding: codec.name(), start: i, end: j, reason }),
            h => return Err(CodecError::UnknownHandler(h.to_string())),
        }
        i = j;
    }
    Ok(out)
}

/// One malformed UTF-8 sequence at `i`: its length and CPython's reason.
fn utf8_error(b: &[u8], i: usize) -> (usize, &'static str) {
    let c = b[i];
    let (need, lo, hi) = match c {
        0xC2..=0xDF => (1, 0x80, 0xBF),
        0xE0 => (2, 0xA0, 0xBF),
        0xED => (2, 0x80, 0x9F),
        0xE1..=0xEF => (2, 0x80, 0xBF),
        0xF0 => (3, 0x90, 0xBF),
        0xF1..=0xF3 => (3, 0x80, 0xBF),
        0xF4 => (3, 0x80, 0x8F),
        _ => return (1, "invalid start byte"),
    };
    let mut k = 1;
    while k <= need {
        let Some(&x) = b.get(i + k) else { return (b.len() - i, "unexpected end of data") };
        let ok = if k == 1 { (lo..=hi).contains(&x) } else { (0x80..=0xBF).contains(&x) };
        if !ok {
            return (k, "invalid continuation byte");
        }
        k += 1;
    }
    (0, "")
}

/// `b.decode(codec, errors)` to code points.
pub fn decode(b: &[u8], codec: Codec, errors: &str) -> Result<Vec<u32>, CodecError> {
    let mut out: Vec<u32> = Vec::with_capacity(b.len());
    // UTF-16/32 with a byte order mark decode (and report errors) as the -le/-be codec.
    let name = match codec {
        Codec::Utf16(None) => if b.starts_with(&[0xFE, 0xFF]) { "utf-16-be" } else { "utf-16-le" },
        Codec::Utf32(None) => if b.starts_with(&[0, 0, 0xFE, 0xFF]) { "utf-32-be" } else { "utf-32-le" },
        _ => codec.name(),
    };
    let mut i = 0;
    let mut b = b;
    if codec == Codec::Utf8Sig && b.starts_with(&[0xEF, 0xBB, 0xBF]) {
        b = &b[3..];
    }
    // Replacement for bytes b[i..i+n] that failed; Err when the handler is strict.
    let handle = |out: &mut Vec<u32>, b: &[u8], i: usize, n: usize, reason: &'static str| -> Result<(), CodecError> {
        match errors {
            "strict" => Err(CodecError::Decode { encoding: name, start: i, end: i + n, reason }),
            "ignore" => Ok(()),
            "replace" => {
                out.push(0xFFFD);
                Ok(())
            }
            "backslashreplace" => {
                for &x in &b[i..i + n] {
                    out.extend(format!("\\x{x:02x}").chars().map(|c| c as u32));
                }
                Ok(())
            }
            "surrogateescape" => {
                for &x in &b[i..i + n] {
                    if x < 128 {
                        return Err(CodecError::Decode { encoding: name, start: i, end: i + n, reason });
                    }
                    out.push(0xDC00 + x as u32);
                }
                Ok(())
            }
            h if is_known_handler(h) => Err(CodecError::Decode { encoding: name, start: i, end: i + n, reason }),
            h => Err(CodecError::UnknownHandler(h.to_string())),
        }
    };
    match codec {
        Codec::Latin1 => out.extend(b.iter().map(|&x| x as u32)),
        Codec::Charmap(t) => {
            while i < b.len() {
                let x = b[i];
                let c = if x < 0x80 { x as u32 } else { t.1[(x - 0x80) as usize] as u32 };
                if c == 0xFFFD {
                    handle(&mut out, b, i, 1, "character maps to <undefined>")?;
                } else {
                    out.push(c);
                }
                i += 1;
            }
        }
        Codec::Ascii => {
            while i < b.len() {
                if b[i] < 0x80 {
                    out.push(b[i] as u32);
                } else {
                    handle(&mut out, b, i, 1, "ordinal not in range(128)")?;
                }
                i += 1;
            }
        }
        Codec::Utf8 | Codec::Utf8Sig => {
            while i < b.len() {
                let c = b[i];
                if c < 0x80 {
                    out.push(c as u32);
                    i += 1;
                    continue;
                }
                let (n, reason) = utf8_error(b, i);
                if n == 0 {
                    let len = match c {
                        0xC2..=0xDF => 2,
                        0xE0..=0xEF => 3,
                        _ => 4,
                    };
                    let mut v = (c as u32) & (0x7F >> len);
                    for k in 1..len {
                        v = (v << 6) | (b[i + k] & 0x3F) as u32;
                    }
                    out.push(v);
                    i += len;
                    continue;
                }
                // surrogatepass: an encoded surrogate (ED A0..BF xx) decodes to itself.
                if errors == "surrogatepass" && c == 0xED && b.len() >= i + 3 && (0xA0..=0xBF).contains(&b[i + 1]) && (0x80..=0xBF).contains(&b[i + 2]) {
                    out.push(0xD000 | (((b[i + 1] & 0x3F) as u32) << 6) | (b[i + 2] & 0x3F) as u32);
                    i += 3;
                    continue;
                }
                handle(&mut out, b, i, n, reason)?;
                i += n;
            }
        }
        Codec::Utf16(order) | Codec::Utf32(order) => {
            let w = if matches!(codec, Codec::Utf16(_)) { 2 } else { 4 };
            let mut be = order == Some(true);
            if order.is_none() {
                if w == 2 && b.len() >= 2 && (b[..2] == [0xFF, 0xFE] || b[..2] == [0xFE, 0xFF]) {
                    be = b[0] == 0xFE;
                    i = 2;
                } else if w == 4 && b.len() >= 4 && (b[..4] == [0xFF, 0xFE, 0, 0] || b[..4] == [0, 0, 0xFE, 0xFF]) {
                    be = b[0] == 0;
                    i = 4;
                }
            }
            let unit = |k: usize| -> u32 {
                if w == 2 {
                    let x = [b[k], b[k + 1]];
                    (if be { u16::from_be_bytes(x) } else { u16::from_le_bytes(x) }) as u32
                } else {
                    let x = [b[k], b[k + 1], b[k + 2], b[k + 3]];
                    if be { u32::from_be_bytes(x) } else { u32::from_le_bytes(x) }
                }
            };
            while i < b.len() {
                if i + w > b.len() {
                    handle(&mut out, b, i, b.len() - i, "truncated data")?;
                    break;
                }
                let u = unit(i);
                if w == 4 {
                    if u > 0x10FFFF || is_surrogate(u) && errors != "surrogatepass" {
                        let r = if u > 0x10FFFF { "code point not in range(0x110000)" } else { "code point in surrogate code point range(0xd800, 0xe000)" };
                        handle(&mut out, b, i, 4, r)?;
                    } else {
                        out.push(u);
                    }
                    i += 4;
                    continue;
                }
                if !is_surrogate(u) {
                    out.push(u);
                    i += 2;
                } else if u < 0xDC00 {
                    if i + 4 > b.len() {
                        handle(&mut out, b, i, b.len() - i, "unexpected end of data")?;
                        break;
                    }
                    let u2 = unit(i + 2);
                    if (0xDC00..0xE000).contains(&u2) {
                        out.push(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
                        i += 4;
                    } else if errors == "surrogatepass" {
                        out.push(u);
                        i += 2;
                    } else {
                        handle(&mut out, b, i, 2, "illegal UTF-16 surrogate")?;
                        i += 2;
                    }
                } else if errors == "surrogatepass" {
                    out.push(u);
                    i += 2;
                } else {
                    handle(&mut out, b, i, 2, "illegal encoding")?;
                    i += 2;
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cps(s: &str) -> Vec<u32> {
        s.chars().map(|c| c as u32).collect()
    }

    // Results from CPython 3.13.0.
    #[test]
    fn encodes() {
        assert_eq!(encode(&cps("aé€😀"), Codec::Utf8, "strict").unwrap(), "aé€😀".as_bytes());
        assert_eq!(encode(&cps("aé"), Codec::Ascii, "strict"), Err(CodecError::Encode { encoding: "ascii", start: 1, end: 2, reason: "ordinal not in range(128)" }));
        assert_eq!(encode(&cps("aé€"), Codec::Ascii, "replace").unwrap(), b"a??");
        assert_eq!(encode(&cps("aé€"), Codec::Ascii, "backslashreplace").unwrap(), b"a\\xe9\\u20ac");
        assert_eq!(encode(&cps("€"), Codec::Latin1, "xmlcharrefreplace").unwrap(), b"&#8364;");
        assert_eq!(encode(&[0xD800], Codec::Utf8, "strict"), Err(CodecError::Encode { encoding: "utf-8", start: 0, end: 1, reason: "surrogates not allowed" }));
        assert_eq!(encode(&cps("a"), Codec::Utf16(None), "strict").unwrap(), b"\xff\xfea\x00");
        assert_eq!(encode(&cps("é"), Codec::Ascii, "bogus"), Err(CodecError::UnknownHandler("bogus".into())));
    }

    #[test]
    fn decodes() {
        assert_eq!(decode("aé€😀".as_bytes(), Codec::Utf8, "strict").unwrap(), cps("aé€😀"));
        assert_eq!(decode(b"\xff", Codec::Utf8, "strict"), Err(CodecError::Decode { encoding: "utf-8", start: 0, end: 1, reason: "invalid start byte" }));
        assert_eq!(decode(b"\xe2\x82", Codec::Utf8, "strict"), Err(CodecError::Decode { encoding: "utf-8", start: 0, end: 2, reason: "unexpected end of data" }));
        assert_eq!(decode(b"\xe2\x28\xa1", Codec::Utf8, "strict"), Err(CodecError::Decode { encoding: "utf-8", start: 0, end: 1, reason: "invalid continuation byte" }));
        assert_eq!(decode(b"a\xffb", Codec::Utf8, "replace").unwrap(), vec![0x61, 0xFFFD, 0x62]);
        assert_eq!(decode(b"\xff", Codec::Utf8, "surrogateescape").unwrap(), vec![0xDCFF]);
        assert_eq!(decode(b"\xed\xa0\x80", Codec::Utf8, "surrogatepass").unwrap(), vec![0xD800]);
        assert_eq!(decode(b"\xff\xfea\x00", Codec::Utf16(None), "strict").unwrap(), cps("a"));
    }

    #[test]
    fn charmap_codecs() {
        let c = lookup("ISO-8859-15").expect("iso8859-15");
        assert_eq!(c.name(), "charmap");
        assert_eq!(encode(&cps("a\u{20ac}"), c, "strict").unwrap(), b"a\xa4");
        assert_eq!(decode(b"a\xa4", c, "strict").unwrap(), cps("a\u{20ac}"));
        assert!(matches!(encode(&cps("\u{101}"), c, "strict"), Err(CodecError::Encode { start: 0, end: 1, .. })));
        let w = lookup("cp1252").expect("cp1252");
        assert!(matches!(decode(b"\x81", w, "strict"), Err(CodecError::Decode { start: 0, end: 1, .. })));
        assert_eq!(encode(&cps("\u{101}"), w, "replace").unwrap(), b"?");
        assert!(lookup("no-such-codec").is_none());
    }
}
