//! The `tokenize` module's view of the token stream, and `python -m tokenize` itself
//! (Python/Python-tokenize.c `tokenizeriter_next`, Lib/tokenize.py `tokenize`, `main`).
//!
//! The file is read as bytes, its encoding found by `detect_encoding`, and decoded with
//! `errors="replace"`; the lexer then runs in readline mode with extra tokens. Each C token
//! becomes a `TokenInfo`: columns are converted from bytes to characters (with the same per-line
//! cache, and so the same results, as `_get_col_offsets`), operator types become `OP`, NEWLINE and
//! NL get their text back, and ENDMARKER and the DEDENTs at EOF move to the line after the last.

use super::encoding::{decode_lossy, detect_encoding, EncodingError};
pub use super::error::ErrorClass;
use super::error::{LexErrorKind, SyntaxMsg};
use super::lexer::{Config, Lexer, Token, WarningKind};
use super::token::{exact_type, TokenKind};
use crate::objects::str_repr::repr;
use std::borrow::Cow;
use std::fmt::Write;

/// One `tokenize.TokenInfo` (without `line`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenInfo {
    pub kind: TokenKind,
    pub string: String,
    pub start: (i64, i64),
    pub end: (i64, i64),
}

impl TokenInfo {
    /// `TokenInfo.exact_type`.
    pub fn exact_type(&self) -> TokenKind {
        if self.kind == TokenKind::Op {
            exact_type(&self.string).unwrap_or(TokenKind::Op)
        } else {
            self.kind
        }
    }
}

/// A `TokenInfo` whose text borrows from the lexer (used while streaming).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenRef<'a> {
    pub kind: TokenKind,
    pub string: Cow<'a, str>,
    pub start: (i64, i64),
    pub end: (i64, i64),
}

impl TokenRef<'_> {
    pub fn to_owned_info(&self) -> TokenInfo {
        TokenInfo { kind: self.kind, string: self.string.to_string(), start: self.start, end: self.end }
    }
}

/// How `python -m tokenize` ends when tokenizing fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewError {
    /// `F:line:col: error: msg` (TokenError, IndentationError, TabError).
    Located { msg: String, lineno: i64, col: i64 },
    /// `F: error: msg` (SyntaxError from `detect_encoding`).
    File(String),
    /// Something pyref cannot model (an encoding it does not implement).
    Unsupported(String),
    /// Null bytes met at the start of a line inside an indented block: CPython's tokenizer hands
    /// out a DEDENT with the SyntaxError already raised, and building the token's tuple turns
    /// that into a SystemError (the SyntaxError, at this line and text, its cause).
    DedentWithError { lineno: i64, text: String },
}

/// The result of tokenizing a file: tokens, or an error; warnings in both cases.
pub struct ViewResult {
    pub tokens: Result<Vec<TokenInfo>, ViewError>,
    /// Lines for standard error, in order (`<string>:N: SyntaxWarning: …`).
    pub warnings: Vec<String>,
}

/// `python -m tokenize [-e]` with no file: `generate_tokens(sys.stdin.readline)`. Standard input
/// is text (UTF-8, newlines kept), there is no ENCODING token, and tokens are printed as they
/// come, so an error follows the tokens before it.
pub fn run_stdin(src: &[u8], exact: bool) -> (String, String, i32) {
    // CPython's stdin has no newline translation and decodes with surrogateescape (undecodable
    // bytes end in an "unexpected error"); pyref replaces them instead.
    let mut text = String::from_utf8_lossy(src).into_owned().into_bytes();
    let fake_newline = !text.is_empty() && text.last() != Some(&b'\n');
    if fake_newline {
        text.push(b'\n');
    }
    let cfg = Config { extra_tokens: true, type_comments: false, readline: true };
    let whole = std::str::from_utf8(&text).ok();
    let mut lexer = Lexer::from_prepared(Cow::Borrowed(&text), cfg, fake_newline);
    let (mut out, mut err) = (String::new(), String::new());
    let mut cols = ColCache::default();
    loop {
        let r = lexer.next_token();
        for w in lexer.take_warnings() {
            if let WarningKind::InvalidEscape(_) = w.kind {
                let _ = writeln!(err, "<string>:{}: SyntaxWarning: {}", w.lineno, w.kind.message());
            }
        }
        match r {
            Ok(tok) => {
                format_token(&token_info(&lexer, whole, &tok, &mut cols), exact, &mut out);
                if tok.kind == TokenKind::Endmarker {
                    return (out, err, 0);
                }
            }
            Err(e) => {
                let (_, msg, lineno, col) = e.tokenize_view(lexer.text());
                let _ = writeln!(err, "<stdin>:{lineno}:{col}: error: {msg}");
                return (out, err, 1);
            }
        }
    }
}

/// `tokenize.generate_tokens(readline)` over the text the readline calls returned: each token
/// with its `line` (the physical lines it spans), then the error that ended tokenizing, if any
/// (class, message, line, column), after the tokens before it.
pub fn generate_tokens(text: &str) -> (Vec<(TokenInfo, String)>, Option<(ErrorClass, String, i64, i64)>) {
    let mut bytes = text.as_bytes().to_vec();
    let fake_newline = !bytes.is_empty() && bytes.last() != Some(&b'\n');
    if fake_newline {
        bytes.push(b'\n');
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let line_of = |start: i64, end: i64| -> String {
        if start < 1 || start as usize > lines.len() {
            return String::new();
        }
        let last = (end.max(start) as usize).min(lines.len());
        lines[start as usize - 1..last].concat()
    };
    let cfg = Config { extra_tokens: true, type_comments: false, readline: true };
    // The text is a str, so valid UTF-8: the view slices token strings from it.
    let whole = String::from_utf8_lossy(&bytes).into_owned();
    let mut lexer = Lexer::from_prepared(Cow::Owned(bytes), cfg, fake_newline);
    let mut out = Vec::new();
    let mut cols = ColCache::default();
    loop {
        let r = lexer.next_token();
        let _ = lexer.take_warnings();
        match r {
            Ok(tok) => {
                let info = token_info(&lexer, Some(&whole), &tok, &mut cols).to_owned_info();
                let line = if matches!(info.kind, TokenKind::Endmarker) { String::new() } else { line_of(info.start.0, info.end.0) };
                let end = tok.kind == TokenKind::Endmarker;
                out.push((info, line));
                if end {
                    return (out, None);
                }
            }
            Err(e) => {
                let (class, msg, lineno, col) = e.tokenize_view(lexer.text());
                return (out, Some((class, msg, lineno, col)));
            }
        }
    }
}

/// `list(tokenize.tokenize(open(F, 'rb').readline))`.
pub fn tokenize_file(src: &[u8], filename: &str) -> ViewResult {
    let mut out = Vec::new();
    let (r, warnings) = for_each_token(src, filename, |t| out.push(t.to_owned_info()));
    ViewResult { tokens: r.map(|()| out), warnings }
}

/// Runs `tokenize.tokenize` on `src`, handing each token to `f` (ENCODING first); returns how it
/// ended and the warning lines.
pub fn for_each_token(src: &[u8], filename: &str, mut f: impl FnMut(&TokenRef<'_>)) -> (Result<(), ViewError>, Vec<String>) {
    let detected = match detect_encoding(src, &repr(filename)) {
        Ok(d) => d,
        Err(EncodingError::Syntax(m)) => return (Err(ViewError::File(m)), vec![]),
        Err(EncodingError::Unsupported(m)) => return (Err(ViewError::Unsupported(format!("unsupported encoding {m}"))), vec![]),
    };
    let body = &src[detected.bom_len..];
    let mut decoded: Cow<'_, str> = decode_lossy(detected.codec, body);
    let fake_newline = !decoded.is_empty() && !decoded.ends_with('\n');
    if fake_newline {
        decoded.to_mut().push('\n');
    }
    let cfg = Config { extra_tokens: true, type_comments: false, readline: true };
    // The text is decoded, hence UTF-8: token texts are slices of it.
    let whole = Some(&*decoded);
    let mut lexer = Lexer::from_prepared(Cow::Borrowed(decoded.as_bytes()), cfg, fake_newline);
    f(&TokenRef { kind: TokenKind::Encoding, string: Cow::Borrowed(&detected.name), start: (0, 0), end: (0, 0) });
    let mut cols = ColCache::default();
    let mut warnings = Vec::new();
    let result = loop {
        let r = lexer.next_token();
        if !lexer.warnings().is_empty() {
            for w in lexer.take_warnings() {
                if let WarningKind::InvalidEscape(_) = w.kind {
                    warnings.push(format!("<string>:{}: SyntaxWarning: {}", w.lineno, w.kind.message()));
                }
            }
        }
        // The token is read in place (fields, not a copy of the whole; see normal_mode_inline).
        match &r {
            Ok(tok) => {
                f(&token_info(&lexer, whole, tok, &mut cols));
                if tok.kind == TokenKind::Endmarker {
                    break Ok(());
                }
            }
            Err(e) => {
                let (_, msg, lineno, col) = e.tokenize_view(lexer.text());
                if lexer.error_at_dedent && matches!(e.kind, LexErrorKind::Syntax(SyntaxMsg::NullBytes)) {
                    // The SyntaxError's text: the line up to its first null byte.
                    let line = &lexer.text()[e.buf.min(e.inp)..e.inp];
                    let line = &line[..line.iter().position(|&b| b == 0).unwrap_or(line.len())];
                    break Err(ViewError::DedentWithError { lineno, text: String::from_utf8_lossy(line).into_owned() });
                }
                break Err(ViewError::Located { msg, lineno, col });
            }
        }
    };
    (result, warnings)
}

/// `tokenizeriterobject`'s per-line cache.
#[derive(Default)]
struct ColCache {
    last_lineno: i64,
    /// The cached line (a byte range of the lexer's text).
    line: (usize, usize),
    diff: i64,
    /// The cached line is ASCII: character columns are byte columns.
    ascii: bool,
}

/// `_PyPegen_byte_offset_to_character_offset_line`: characters between two byte offsets of
/// `line`, stepping by UTF-8 lead bytes (bytes past the end count one each, like the NUL
/// terminator CPython reads there).
fn chars_in_line(line: &[u8], from: i64, to: i64) -> i64 {
    let mut i = from;
    let mut n = 0;
    while i < to {
        let ch = if i >= 0 { line.get(i as usize).copied().unwrap_or(0) } else { 0 };
        i += if ch < 0x80 {
            1
        } else if ch & 0xE0 == 0xC0 {
            2
        } else if ch & 0xF0 == 0xE0 {
            3
        } else if ch & 0xF8 == 0xF0 {
            4
        } else {
            1
        };
        n += 1;
    }
    n
}

/// `_PyPegen_byte_offset_to_character_offset_raw` on the text from `from` (a NUL-terminated
/// line buffer in CPython): characters in the first `len` bytes, capped at the data length + 1.
fn chars_raw(text: &[u8], from: usize, len: i64) -> i64 {
    let avail = text.len().saturating_sub(from) as i64;
    let len = len.clamp(0, avail + 1);
    let take = len.min(avail) as usize;
    let mut n = super::lexer::count_chars_lossy(&text[from..from + take]);
    if len > avail {
        n += 1;
    }
    n
}

/// The body of `tokenizeriter_next` after `_PyTokenizer_Get`, for a successful token. `whole`
/// is the lexer's text as a `str` when it is valid UTF-8.
fn token_info<'a>(lx: &'a Lexer<'_>, whole: Option<&'a str>, tok: &Token, cache: &mut ColCache) -> TokenRef<'a> {
    let text = lx.text();
    let kind = tok.kind;
    let string_lit = kind.is_string_literal();
    let has_text = tok.col_offset != -1 || tok.start != tok.end;
    let mut string: Cow<'a, str> = if has_text {
        let (a, b) = (tok.start as usize, tok.end as usize);
        match whole.and_then(|s| s.get(a..b)) {
            Some(s) => Cow::Borrowed(s),
            None => String::from_utf8_lossy(&text[a..b]),
        }
    } else {
        Cow::Borrowed("")
    };
    let trailing = kind == TokenKind::Endmarker || (kind == TokenKind::Dedent && lx.done == super::lexer::Done::Eof);
    let line_start = if string_lit { lx.multi_line_start } else { lx.line_start };

    let mut lineno = i64::from(if string_lit { lx.first_lineno } else { lx.lineno });
    let mut end_lineno = i64::from(lx.lineno);
    let (mut col, mut end_col) = (-1i64, -1i64);

    if !trailing {
        let mut line_changed = true;
        if i64::from(lx.lineno) != cache.last_lineno {
            let mut size = lx.inp as i64 - line_start as i64;
            if size >= 1 && lx.implicit_newline {
                size -= 1;
            }
            let end = (line_start as i64 + size.max(0)) as usize;
            cache.line = (line_start, end.min(text.len()));
            cache.diff = 0;
        } else {
            line_changed = false;
        }
        let line = &text[cache.line.0..cache.line.1.max(cache.line.0)];
        if line_changed {
            cache.ascii = line.is_ascii();
        }
        let (start, endp) = (tok.start as i64, tok.end as i64);
        let mut byte_offset = -1i64;
        if has_text && tok.start as usize >= line_start {
            byte_offset = start - line_start as i64;
            if line_changed {
                col = if cache.ascii { byte_offset.max(0) } else { chars_in_line(line, 0, byte_offset) };
                cache.diff = byte_offset - col;
            } else {
                col = byte_offset - cache.diff;
            }
        }
        if has_text && tok.end as usize >= lx.line_start {
            let end_byte_offset = endp - lx.line_start as i64;
            if lineno == end_lineno {
                // On an ASCII line each byte is a character (past its end too, as in chars_in_line).
                let token_chars = if cache.ascii {
                    (end_byte_offset - byte_offset).max(0)
                } else {
                    chars_in_line(line, byte_offset, end_byte_offset)
                };
                end_col = col + token_chars;
                cache.diff += endp - start - token_chars;
            } else {
                end_col = chars_raw(text, lx.line_start, end_byte_offset);
                cache.diff += end_byte_offset - end_col;
            }
        }
        cache.last_lineno = lineno;
    } else {
        cache.last_lineno = lineno;
    }

    let mut out_kind = kind;
    if trailing {
        lineno += 1;
        end_lineno = lineno;
        col = 0;
        end_col = 0;
    }
    if (kind as u8) > (TokenKind::Dedent as u8) && (kind as u8) < (TokenKind::Op as u8) {
        out_kind = TokenKind::Op;
    } else if kind == TokenKind::Newline {
        // On an implicit newline CPython keeps the token's own text: '' or, when the last line
        // ends in a lone '\r', '\r' (Python-tokenize.c drops its reference to that string but
        // both are immortal singletons, so it survives).
        string = if lx.implicit_newline {
            string
        } else if text.get(tok.start as usize) == Some(&b'\r') {
            Cow::Borrowed("\r\n")
        } else {
            Cow::Borrowed("\n")
        };
        end_col += 1;
    } else if kind == TokenKind::Nl && lx.implicit_newline {
        string = Cow::Borrowed("");
    }
    TokenRef { kind: out_kind, string, start: (lineno, col), end: (end_lineno, end_col) }
}

/// One output line of `python -m tokenize`: `"%-20s%-15s%-15r"` (fields padded, never cut).
pub fn format_token(info: &TokenRef<'_>, exact: bool, out: &mut String) {
    let kind = if exact && info.kind == TokenKind::Op {
        exact_type(&info.string).unwrap_or(TokenKind::Op)
    } else {
        info.kind
    };
    let pad = |out: &mut String, from: usize, width: usize| {
        let n = out[from..].chars().count();
        for _ in n..width {
            out.push(' ');
        }
    };
    let f1 = out.len();
    let _ = write!(out, "{},{}-{},{}:", info.start.0, info.start.1, info.end.0, info.end.1);
    pad(out, f1, 20);
    let f2 = out.len();
    out.push_str(kind.name());
    pad(out, f2, 15);
    let f3 = out.len();
    crate::objects::str_repr::repr_into(out, &info.string);
    pad(out, f3, 15);
    out.push('\n');
}

/// `python -m tokenize [-e] F` on `src`: (stdout, stderr, exit status).
/// `traceback_head` gives the "Traceback (most recent call last):" block of `-m tokenize`'s
/// frames, for the one failure that escapes as an exception ([`ViewError::DedentWithError`]).
pub fn run(src: &[u8], filename: &str, exact: bool, traceback_head: impl FnOnce() -> String) -> (String, String, i32) {
    let mut out = String::with_capacity(src.len() * 6);
    let (result, warnings) = for_each_token(src, filename, |t| format_token(t, exact, &mut out));
    let mut err = String::new();
    for w in &warnings {
        err.push_str(w);
        err.push('\n');
    }
    // The token list is complete before anything is printed, so a failure prints no tokens.
    match result {
        Ok(()) => (out, err, 0),
        Err(ViewError::Located { msg, lineno, col }) => {
            let _ = writeln!(err, "{filename}:{lineno}:{col}: error: {msg}");
            (String::new(), err, 1)
        }
        Err(ViewError::File(msg)) => {
            let _ = writeln!(err, "{filename}: error: {msg}");
            (String::new(), err, 1)
        }
        Err(ViewError::Unsupported(msg)) => {
            let _ = writeln!(err, "pyref: tokens: {msg}");
            (String::new(), err, 3)
        }
        Err(ViewError::DedentWithError { lineno, text }) => {
            // `main()` reports it as "unexpected error" and raises it again; the SyntaxError is
            // shown as traceback.py shows one (text without its leading spaces, no caret: its
            // offset is 0).
            let system = "<built-in method __new__ of type object at 0x7f0000a0c220> returned a result with an exception set";
            let text = text.trim_end_matches('\n').trim_start_matches([' ', '\n', '\x0c']);
            let _ = write!(
                err,
                "unexpected error: {system}\n  File \"<string>\", line {lineno}\n    {text}\nSyntaxError: {}\n\n\
                 The above exception was the direct cause of the following exception:\n\n{}SystemError: {system}\n",
                SyntaxMsg::NullBytes,
                traceback_head()
            );
            (String::new(), err, 1)
        }
    }
}

#[allow(dead_code)]
fn class_name(c: ErrorClass) -> &'static str {
    match c {
        ErrorClass::SyntaxError => "SyntaxError",
        ErrorClass::IndentationError => "IndentationError",
        ErrorClass::TabError => "TabError",
        ErrorClass::OverflowError => "OverflowError",
    }
}
