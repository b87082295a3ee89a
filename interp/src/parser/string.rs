//! Literals: numbers (`_PyPegen_number_token` in pegen.c), string and bytes literals with their
//! escapes (string_parser.c), implicit concatenation (`_PyPegen_concatenate_strings`) and
//! f-strings (`_PyPegen_joined_str`, `_PyPegen_formatted_value`,
//! `_PyPegen_setup_full_format_spec` in action_helpers.c).

use super::token::{Tok, T};
use super::{PResult, Parser, Warning};
use crate::ast::*;
use crate::objects::float::parse_float_literal;
use crate::objects::int::{Int, IntParseError};
use crate::objects::pystr::{PyStr, PyStrBuilder};

/// A piece of an f-string before decoding: raw literal text, or a finished expression.
enum Item {
    Text { raw: String, loc: Loc, decode: bool },
    Value(Expr),
}

/// Why an escape sequence could not be decoded: the codec's complaint and byte positions.
struct DecodeError {
    msg: String,
}

impl DecodeError {
    /// The 'unicodeescape' error for the escape from byte `first` to byte `last` of `b`. CPython
    /// decodes a copy of the body where each non-ASCII character is written `\UXXXXXXXX` and a
    /// backslash before one (or ending the body) `\u005c` (string_parser.c
    /// `decode_unicode_with_escapes`); the positions are in that copy.
    fn at(b: &[u8], first: usize, last: usize, what: &str) -> DecodeError {
        let pos = |end: usize| {
            let (mut k, mut extra) = (0, 0);
            while k < end {
                let c = b[k];
                if c == b'\\' {
                    if b.get(k + 1).map_or(true, |&n| n >= 0x80) {
                        extra += 5;
                        k += 1;
                    } else {
                        k += 2;
                    }
                } else if c >= 0x80 {
                    let len = match c {
                        0xF0.. => 4,
                        0xE0.. => 3,
                        _ => 2,
                    };
                    extra += 10 - len;
                    k += len;
                } else {
                    k += 1;
                }
            }
            end + extra
        };
        let (first, last) = (pos(first), pos(last + 1) - 1);
        DecodeError { msg: format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {first}-{last}: {what}") }
    }
}

fn is_empty_str(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Constant { value: Constant::Str(s), .. } if s.is_empty())
}

fn str_const(s: PyStr, kind: Option<Box<str>>, loc: Loc) -> Expr {
    Expr { kind: ExprKind::Constant { value: Constant::Str(s), kind }, loc }
}

/// Decodes the escapes of a (non-raw) string body. `first_invalid` receives the text of the first
/// invalid escape (after the backslash) for the SyntaxWarning.
fn decode_str(body: &str, first_invalid: &mut Option<String>) -> Result<PyStr, DecodeError> {
    let b = body.as_bytes();
    // No escape sequence decodes to more bytes than it is written with.
    let mut out = PyStrBuilder::with_capacity(body.len());
    let mut i = 0;
    let mut lit_start = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&body[lit_start..i]);
        let esc = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            // A backslash ending the text (an f-string piece before `{`) stays a backslash.
            out.push('\\' as u32);
            lit_start = i;
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push('\\' as u32),
            b'\'' => out.push('\'' as u32),
            b'"' => out.push('"' as u32),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(10),
            b'r' => out.push(13),
            b't' => out.push(9),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                if v > 0o377 && first_invalid.is_none() {
                    *first_invalid = Some(body[esc + 1..i].to_string());
                }
                out.push(v);
            }
            b'x' | b'u' | b'U' => {
                let n = match c {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let digits = b.get(i..i + n).filter(|d| d.iter().all(|x| x.is_ascii_hexdigit()));
                let Some(d) = digits else {
                    let mut end = i;
                    while end < b.len() && end < i + n && b[end].is_ascii_hexdigit() {
                        end += 1;
                    }
                    let what = match c {
                        b'x' => "truncated \\xXX escape",
                        b'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(DecodeError::at(b, esc, end - 1, what));
                };
                let v = u32::from_str_radix(std::str::from_utf8(d).unwrap_or("0"), 16).unwrap_or(0);
                if v > 0x10FFFF {
                    return Err(DecodeError::at(b, esc, i + n - 1, "illegal Unicode character"));
                }
                i += n;
                out.push(v);
            }
            b'N' => {
                // Where the decoder stops (the error's last position) and why: after the `N`
                // without a '{'; at the end without a '}'; before the '}' of an empty name;
                // at the '}' of an unknown one.
                let (end, what) = if b.get(i) != Some(&b'{') {
                    (i - 1, "malformed \\N character escape")
                } else {
                    match body[i + 1..].find('}') {
                        None => (b.len().saturating_sub(1), "malformed \\N character escape"),
                        Some(0) => (i, "malformed \\N character escape"),
                        Some(k) => match crate::parser::string::unicode_name_lookup(&body[i + 1..i + 1 + k]) {
                            Some(cp) => {
                                out.push(cp);
                                i += k + 2;
                                lit_start = i;
                                continue;
                            }
                            None => (i + 1 + k, "unknown Unicode character name"),
                        },
                    }
                };
                return Err(DecodeError::at(b, esc, end, what));
            }
            _ => {
                // A backslash before a non-ASCII character stays a backslash without a warning
                // (string_parser.c writes it as `\u005c`).
                if first_invalid.is_none() && c < 0x80 {
                    let ch = body[i - 1..].chars().next().unwrap_or('?');
                    *first_invalid = Some(ch.to_string());
                }
                out.push('\\' as u32);
                // Re-read the character (it may be multi-byte) as literal text.
                i -= 1;
            }
        }
        lit_start = i;
    }
    out.push_str(&body[lit_start..]);
    Ok(out.finish())
}

/// Decodes the escapes of a bytes literal body (`_PyBytes_DecodeEscape`).
fn decode_bytes(body: &str, first_invalid: &mut Option<String>) -> Result<Vec<u8>, DecodeError> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let esc = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(10),
            b'r' => out.push(13),
            b't' => out.push(9),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                if v > 0o377 && first_invalid.is_none() {
                    *first_invalid = Some(body[esc + 1..i].to_string());
                }
                out.push(v as u8);
            }
            b'x' => {
                let d = b.get(i..i + 2).filter(|d| d.iter().all(|x| x.is_ascii_hexdigit()));
                let Some(d) = d else {
                    return Err(DecodeError { msg: format!("(value error) invalid \\x escape at position {esc}") });
                };
                out.push(u8::from_str_radix(std::str::from_utf8(d).unwrap_or("0"), 16).unwrap_or(0));
                i += 2;
            }
            _ => {
                if first_invalid.is_none() {
                    *first_invalid = Some((c as char).to_string());
                }
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// `\N{...}` lookup.
pub(super) fn unicode_name_lookup(name: &str) -> Option<u32> {
    crate::parser::unicode_names::lookup(name)
}

/// NFKC normalisation of a non-ASCII identifier (`_PyPegen_new_identifier`).
pub(crate) fn nfkc_identifier(s: &str) -> String {
    crate::parser::unicode_names::nfkc(s)
}

impl<'a> Parser<'a> {
    fn warn_escape(&mut self, first_invalid: Option<String>, t: &Tok) {
        let Some(esc) = first_invalid else { return };
        let c = esc.chars().next().unwrap_or(' ');
        if matches!(t.kind, T::FStringMiddle | T::FStringEnd) && (c == '{' || c == '}') {
            return;
        }
        let msg = if ('4'..='7').contains(&c) && esc.len() == 3 {
            format!("invalid octal escape sequence '\\{esc}'")
        } else {
            format!("invalid escape sequence '\\{c}'")
        };
        self.warnings.push(Warning::syntax(t.loc.lineno, msg));
    }

    /// A NUMBER token's value.
    pub(super) fn number(&mut self, t: &Tok) -> PResult<Constant> {
        let s = self.text(t);
        let b = s.as_bytes();
        if let Some(im) = s.strip_suffix(['j', 'J']) {
            return Ok(Constant::Complex(0.0, parse_float_literal(im).unwrap_or(0.0)));
        }
        // Most literals are short plain decimals (`0`, `1`, `255`): their value fits in 64 bits
        // and needs none of the general conversion.
        if b.len() <= 18 && b.iter().all(u8::is_ascii_digit) {
            let v = b.iter().fold(0u64, |v, &d| v * 10 + (d - b'0') as u64);
            return Ok(Constant::Int(Int::from_u64(v)));
        }
        let prefixed = b.len() > 1 && b[0] == b'0' && matches!(b[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B');
        if !prefixed && s.contains(['.', 'e', 'E']) {
            return Ok(Constant::Float(parse_float_literal(s).unwrap_or(0.0)));
        }
        match Int::from_literal(s) {
            Ok(i) => Ok(Constant::Int(i)),
            Err(IntParseError::TooManyDigits(n)) => {
                let msg = format!(
                    "Exceeds the limit (4300 digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
                );
                // Located with columns -1, which CPython shows as offset 0 (no caret).
                let l = t.loc;
                Err(Box::new(super::error::SyntaxError::new(super::error::ErrorKind::Syntax, msg, l.lineno, 0, l.end_lineno, 0)))
            }
            Err(IntParseError::Invalid) => Err(self.error_at_tok(t, "invalid number literal")),
        }
    }

    /// One STRING token as a Constant (`_PyPegen_constant_from_string`).
    fn string_token(&mut self, t: &Tok) -> PResult<Expr> {
        let text = self.text(t);
        let q = text.find(['\'', '"']).unwrap_or(0);
        let prefix = &text[..q];
        let is_raw = prefix.contains(['r', 'R']);
        let is_bytes = prefix.contains(['b', 'B']);
        let rest = &text[q..];
        let ql = if rest.len() >= 6 && (rest.starts_with("'''") || rest.starts_with("\"\"\"")) { 3 } else { 1 };
        let body = &rest[ql..rest.len() - ql];
        let kind = if text.starts_with('u') { Some("u".into()) } else { None };
        let mut first_invalid = None;
        let value = if is_bytes {
            if !body.is_ascii() {
                return Err(self.error_at_tok(t, "bytes can only contain ASCII literal characters"));
            }
            let v = if is_raw { Ok(body.as_bytes().to_vec()) } else { decode_bytes(body, &mut first_invalid) };
            match v {
                Ok(v) => Constant::Bytes(v.into_boxed_slice()),
                Err(e) => return Err(self.error_at_tok(t, &e.msg)),
            }
        } else if is_raw || !body.contains('\\') {
            Constant::Str(PyStr::new(body))
        } else {
            match decode_str(body, &mut first_invalid) {
                Ok(s) => Constant::Str(s),
                Err(e) => return Err(self.error_at_tok(t, &e.msg)),
            }
        };
        self.warn_escape(first_invalid, t);
        Ok(Expr { kind: ExprKind::Constant { value, kind }, loc: t.loc })
    }

    /// `strings`: one or more adjacent string and f-string literals, concatenated.
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        // One plain literal on its own is its own constant (what `concatenate` returns for it).
        if self.at(T::String) && !matches!(self.la(1), T::String | T::FStringStart) {
            let t = self.advance();
            return self.string_token(&t);
        }
        let start = self.p;
        let mut pieces = Vec::new();
        loop {
            match self.kind() {
                T::String => {
                    let t = self.advance();
                    pieces.push(self.string_token(&t)?);
                }
                T::FStringStart => pieces.push(self.fstring()?),
                _ => break,
            }
        }
        let loc = self.loc_from(start);
        self.concatenate(pieces, loc, start)
    }

    /// `_PyPegen_concatenate_strings`.
    fn concatenate(&mut self, pieces: Vec<Expr>, loc: Loc, start: usize) -> PResult<Expr> {
        let mut f_found = false;
        let mut str_found = false;
        let mut bytes_found = false;
        for e in &pieces {
            match &e.kind {
                ExprKind::Constant { value: Constant::Bytes(_), .. } => bytes_found = true,
                ExprKind::Constant { .. } => str_found = true,
                _ => f_found = true,
            }
        }
        if bytes_found && (str_found || f_found) {
            let t = self.toks[start];
            let _ = t;
            return Err(self.error_last_token("cannot mix bytes and nonbytes literals"));
        }
        if bytes_found {
            let mut v = Vec::new();
            let mut kind0 = None;
            for (i, e) in pieces.into_iter().enumerate() {
                if let ExprKind::Constant { value: Constant::Bytes(b), kind } = e.kind {
                    if i == 0 {
                        kind0 = kind;
                    }
                    v.extend_from_slice(&b);
                }
            }
            return Ok(Expr { kind: ExprKind::Constant { value: Constant::Bytes(v.into_boxed_slice()), kind: kind0 }, loc });
        }
        if !f_found && pieces.len() == 1 {
            return Ok(pieces.into_iter().next().unwrap());
        }
        let mut flat = Vec::new();
        for e in pieces {
            match e.kind {
                ExprKind::JoinedStr { values } => flat.extend(values),
                _ => flat.push(e),
            }
        }
        let values = merge_constants(flat, f_found);
        if !f_found {
            return Ok(values.into_iter().next().unwrap());
        }
        Ok(Expr { kind: ExprKind::JoinedStr { values }, loc })
    }

    /// One f-string, FSTRING_START … FSTRING_END, as a JoinedStr (`_PyPegen_joined_str`).
    fn fstring(&mut self) -> PResult<Expr> {
        let start_tok = self.advance();
        let is_raw = self.text(&start_tok).contains(['r', 'R']);
        let mut items = Vec::new();
        loop {
            match self.kind() {
                T::FStringMiddle => {
                    let t = self.advance();
                    let raw = self.text(&t);
                    let raw = if raw == "{{" || raw == "}}" { &raw[..1] } else { raw };
                    items.push(Item::Text { raw: raw.to_string(), loc: t.loc, decode: true });
                }
                T::LBrace => self.replacement_field(&mut items)?,
                T::FStringEnd => break,
                _ => return Err(self.generic_error()),
            }
        }
        let end_tok = self.advance();
        let mut values = Vec::new();
        for it in items {
            match it {
                Item::Text { raw, loc, decode } => {
                    let s = if !decode || is_raw || !raw.contains('\\') {
                        PyStr::new(&raw)
                    } else {
                        let mut first_invalid = None;
                        match decode_str(&raw, &mut first_invalid) {
                            Ok(s) => {
                                self.warn_escape(first_invalid, &end_tok);
                                s
                            }
                            Err(e) => return Err(self.error_at_tok(&end_tok, &e.msg)),
                        }
                    };
                    if !s.is_empty() {
                        values.push(str_const(s, None, loc));
                    }
                }
                Item::Value(e) => values.push(e),
            }
        }
        Ok(Expr { kind: ExprKind::JoinedStr { values }, loc: Loc::span(start_tok.loc, end_tok.loc) })
    }

    /// `{ expr [=] [!c] [:spec] }`: pushes the FormattedValue (after its debug text, if any).
    fn replacement_field(&mut self, items: &mut Vec<Item>) -> PResult<()> {
        let lbrace = self.advance();
        let lb_index = self.p - 1;
        if matches!(self.kind(), T::RBrace | T::Exclamation | T::Colon | T::Equal) {
            let t = self.tok();
            let msg = format!("f-string: valid expression required before '{}'", self.text(&t));
            return Err(self.error_at_tok(&t, &msg));
        }
        if self.at(T::Lambda) {
            // `invalid_replacement_field`: a lambda's ':' would start the format spec.
            let lam = self.tok();
            let mark = self.p;
            self.advance();
            if self.lambda_params().is_ok() && self.at(T::Colon) {
                let colon = self.advance();
                if self.at(T::FStringMiddle) {
                    return Err(self.error_range(lam.loc, colon.loc, "f-string: lambda expressions are not allowed without parentheses"));
                }
            }
            self.p = mark;
        }
        let value = if self.at(T::Yield) { self.yield_expr()? } else { self.star_expressions()? };
        let debug = self.eat(T::Equal).is_some();
        // The lexer's capture of the debug text, carried by the token after the '='.
        let debug_meta = if debug { self.tok().meta } else { 0 };
        let mut conversion = -1;
        let mut debug_end: Option<(u32, u32, usize)> = None;
        if self.at(T::Exclamation) {
            let bang = self.advance();
            if !self.at(T::Name) && !self.kind().is_keyword() {
                let t = self.tok();
                return Err(self.error_at_tok(&t, "f-string: missing conversion character"));
            }
            let name = self.advance();
            let conv = self.text(&name);
            if name.start != bang.end {
                return Err(self.error_range(bang.loc, name.loc, "f-string: conversion type must come right after the exclamanation mark"));
            }
            if !matches!(conv, "s" | "r" | "a") {
                let msg = format!("f-string: invalid conversion character {}: expected 's', 'r', or 'a'", PyStr::new(conv).repr());
                return Err(self.error_at_tok(&name, &msg));
            }
            conversion = conv.as_bytes()[0] as i32;
            debug_end = Some((name.loc.lineno, name.loc.col_offset - 1, bang.start as usize));
        }
        let mut format_spec = None;
        if self.at(T::Colon) {
            let colon_i = self.p;
            let colon = self.advance();
            let mut spec = Vec::new();
            loop {
                match self.kind() {
                    T::FStringMiddle => {
                        let t = self.advance();
                        let raw = self.text(&t);
                        let mut first_invalid = None;
                        let s = if raw.contains('\\') {
                            match decode_str(raw, &mut first_invalid) {
                                Ok(s) => s,
                                Err(e) => return Err(self.error_at_tok(&t, &e.msg)),
                            }
                        } else {
                            PyStr::new(raw)
                        };
                        self.warn_escape(first_invalid, &t);
                        spec.push(str_const(s, None, t.loc));
                    }
                    T::LBrace => {
                        let mut sub = Vec::new();
                        self.replacement_field(&mut sub)?;
                        for it in sub {
                            match it {
                                Item::Text { raw, loc, .. } => spec.push(str_const(PyStr::new(&raw), None, loc)),
                                Item::Value(e) => spec.push(e),
                            }
                        }
                    }
                    _ => break,
                }
            }
            let loc = self.loc_from(colon_i);
            spec.retain(|e| !is_empty_str(e));
            let joined = if spec.is_empty() || (spec.len() == 1 && matches!(spec[0].kind, ExprKind::Constant { .. })) {
                Expr { kind: ExprKind::JoinedStr { values: spec }, loc }
            } else {
                let f_found = spec.iter().any(|e| !matches!(e.kind, ExprKind::Constant { .. }));
                let values = merge_constants(spec, f_found);
                Expr { kind: ExprKind::JoinedStr { values }, loc }
            };
            if debug_end.is_none() {
                debug_end = Some((colon.loc.lineno, colon.loc.col_offset, colon.start as usize));
            }
            format_spec = Some(Box::new(joined));
        }
        if !self.at(T::RBrace) {
            let t = self.tok();
            let msg = if conversion != -1 && format_spec.is_none() { "f-string: expecting ':' or '}'" } else { "f-string: expecting '}'" };
            return Err(self.error_at_tok(&t, msg));
        }
        let rbrace = self.advance();
        if conversion == -1 && debug && format_spec.is_none() {
            conversion = 'r' as i32;
        }
        let loc = self.loc_from(lb_index);
        if debug {
            let (el, ec, end_byte) = debug_end.unwrap_or((rbrace.loc.lineno, rbrace.loc.col_offset, rbrace.start as usize));
            let text = match debug_meta.checked_sub(1).and_then(|i| self.debug_texts.get(i as usize)) {
                Some(t) => t.clone(),
                None => strip_comments(&self.src[lbrace.end as usize..end_byte]),
            };
            let dloc = Loc { lineno: lbrace.loc.lineno, col_offset: lbrace.loc.col_offset + 1, end_lineno: el, end_col_offset: ec };
            items.push(Item::Text { raw: text, loc: dloc, decode: true });
        }
        items.push(Item::Value(Expr { kind: ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec }, loc }));
        Ok(())
    }
}

/// The debug text of `{expr=}` keeps the source but drops `#` comments (lexer.c `set_fstring_expr`).
fn strip_comments(text: &str) -> String {
    if !text.contains('#') {
        return text.to_string();
    }
    let mut out = String::new();
    let mut quote: Option<char> = None;
    let mut in_comment = false;
    for c in text.chars() {
        if in_comment {
            if c == '\n' {
                in_comment = false;
                out.push(c);
            }
            continue;
        }
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == '#' => {
                in_comment = true;
                continue;
            }
            None => {}
        }
        out.push(c);
    }
    out
}

/// Merges runs of adjacent str constants (kind of the first, span first..last) and, when
/// `f_found`, drops empty ones.
fn merge_constants(flat: Vec<Expr>, f_found: bool) -> Vec<Expr> {
    let mut out: Vec<Expr> = Vec::with_capacity(flat.len());
    let mut run: Vec<Expr> = Vec::new();
    let flush = |run: &mut Vec<Expr>, out: &mut Vec<Expr>| {
        if run.is_empty() {
            return;
        }
        let e = if run.len() == 1 {
            run.pop().unwrap()
        } else {
            let first = run[0].loc;
            let last = run[run.len() - 1].loc;
            let kind = match &run[0].kind {
                ExprKind::Constant { kind, .. } => kind.clone(),
                _ => None,
            };
            let mut b = PyStrBuilder::default();
            for e in run.drain(..) {
                if let ExprKind::Constant { value: Constant::Str(s), .. } = &e.kind {
                    b.push_pystr(s);
                }
            }
            str_const(b.finish(), kind, Loc::span(first, last))
        };
        run.clear();
        if f_found && is_empty_str(&e) {
            return;
        }
        out.push(e);
    };
    for e in flat {
        if matches!(e.kind, ExprKind::Constant { .. }) {
            run.push(e);
        } else {
            flush(&mut run, &mut out);
            out.push(e);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// `compile()` of bytes without a coding cookie leaves them undecoded (string_tokenizer.c), so a
/// str literal holding invalid UTF-8 fails when the parser decodes it: "(unicode error) 'utf-8'
/// codec can't decode ...", positioned relative to the literal's body, at the literal. That
/// happens as the parser reaches the literal, so a syntax error before it wins. (A bytes literal
/// or f-string with such bytes fails differently; those are left as parsed.)
pub(super) fn undecodable_literal(src: &[u8], toks: &[crate::tokenize::lexer::Token], result: &PResult<Ast>) -> Option<Box<super::error::SyntaxError>> {
    use super::error::{ErrorKind, SyntaxError};
    use crate::tokenize::token::TokenKind as K;
    let line_start = |pos: usize| src[..pos].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line_at = |start: usize| -> &[u8] {
        let end = src[start..].iter().position(|&b| b == b'\n').map_or(src.len(), |i| start + i + 1);
        &src[start..end]
    };
    for t in toks.iter().filter(|t| t.kind == K::String) {
        let (start, end) = (t.start as usize, t.end as usize);
        let tok = &src[start..end];
        let prefix = tok.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        if tok[..prefix].iter().any(|b| matches!(b, b'b' | b'B' | b'f' | b'F')) {
            continue;
        }
        let quotes = if tok.len() >= prefix + 6 && tok[prefix] == tok[prefix + 1] && tok[prefix] == tok[prefix + 2] { 3 } else { 1 };
        let body = &tok[prefix + quotes..tok.len().saturating_sub(quotes).max(prefix + quotes)];
        let Err(utf8) = std::str::from_utf8(body) else { continue };
        let ls = line_start(start);
        let col = (start - ls) as i64;
        if let Err(e) = result {
            let before = e.lineno > 0 && (e.lineno < t.lineno || (e.lineno == t.lineno && e.col - 1 < col));
            if before || e.lineno == 0 {
                return None;
            }
        }
        let line = line_at(ls);
        let text = String::from_utf8_lossy(line).into_owned();
        let text = if text.ends_with('\n') { text } else { format!("{text}\n") };
        // CPython converts the literal's byte columns to characters on the line as decoded with
        // replacement (U+FFFD re-encoded as three bytes), which is what `attributes` does with
        // this text.
        let end_col = if t.end_lineno == t.lineno { (end - ls) as i64 } else { (end - line_start(end)) as i64 };
        // Without a backslash (or with an r prefix) the body is decoded whole; otherwise the
        // escape decoder decodes each run of non-ASCII bytes on its own, and the complaint is
        // about the first run that fails, positioned within it.
        let raw_mode = tok[..prefix].iter().any(|b| matches!(b, b'r' | b'R')) || !body.contains(&b'\\');
        let msg = if raw_mode {
            crate::tokenize::lexer::utf8_error_text(body, &utf8)
        } else {
            let mut msg = crate::tokenize::lexer::utf8_error_text(body, &utf8);
            let mut i = 0;
            while i < body.len() {
                if body[i] & 0x80 == 0 {
                    i += 1;
                    continue;
                }
                let j = body[i..].iter().position(|b| b & 0x80 == 0).map_or(body.len(), |k| i + k);
                if let Err(e) = std::str::from_utf8(&body[i..j]) {
                    msg = crate::tokenize::lexer::utf8_error_text(&body[i..j], &e);
                    break;
                }
                i = j;
            }
            msg
        };
        let mut e = SyntaxError::new(ErrorKind::Syntax, msg, t.lineno, col + 1, t.end_lineno, end_col + 1);
        e.text = Some(text);
        return Some(Box::new(e));
    }
    None
}
