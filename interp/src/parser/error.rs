//! Syntax errors as typed values, and their rendering as `python3.13 F` prints them
//! (Parser/pegen_errors.c for the positions, Lib/traceback.py `_format_syntax_error` for the
//! text). Positions are kept in bytes while parsing and turned into characters, as
//! `_PyPegen_byte_offset_to_character_offset` does, only when rendering.

use super::token::{Tok, T};
use super::Parser;
use crate::ast::{Expr, Loc};

/// The exception class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Indentation,
    Tab,
    /// The parser's stack limit ("Parser stack overflowed"), a MemoryError in CPython.
    Memory,
    /// An undecodable identifier met while `compile()` scans the rest of the source after a
    /// syntax error (`_PyPegen_tokenize_full_source_to_check_for_errors` lets the tokenizer's
    /// UnicodeDecodeError through as it is).
    UnicodeDecode,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
            ErrorKind::Memory => "MemoryError",
            ErrorKind::UnicodeDecode => "UnicodeDecodeError",
        }
    }
}

/// A syntax error: class, message and location. Columns are 1-based byte offsets into the line
/// (CPython's `col_offset + 1`); 0 means "no column", and a negative end means "none".
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub col: i64,
    pub end_lineno: u32,
    pub end_col: i64,
    /// The `text` attribute when it is not the source line (the int digit limit error shows
    /// the literal alone, with offset 0).
    pub text: Option<String>,
    /// For a tokenizer error: the position of an open bracket at end of file, if that is what
    /// went wrong (CPython's E_EOF with `tok->level > 0`), as (bracket, line, 0-based byte col).
    pub eof_in_bracket: Option<(char, u32, u32)>,
    /// "unexpected indent"/"unexpected unindent" stand even when the tokenizer fails later on
    /// (`_Pypegen_set_syntax_error` returns before re-tokenizing the rest of the source).
    pub keep_over_lex_errors: bool,
    /// A tokenizer error raised as an exception (not just a `tok->done` code).
    pub raised_by_tokenizer: bool,
    /// Line 0 means `lineno` is None (no `File` line is shown). Cleared for the errors
    /// `compile()` reports on line 0 (an unknown or conflicting coding cookie).
    pub no_location: bool,
}

/// `SyntaxError.offset` is None (no caret line is shown).
pub const NO_OFFSET: i64 = i64::MIN;

/// The message of the generic error (`generic_error`).
const GENERIC_MSG: &str = "invalid syntax";

impl SyntaxError {
    /// True for the generic "invalid syntax": an alternative that failed, where any other
    /// message is an error a rule raised. (pyref's approximation of CPython's distinction
    /// between a rule returning NULL and one setting an exception.)
    pub(super) fn is_generic(&self) -> bool {
        self.msg == GENERIC_MSG
    }

    pub fn new(kind: ErrorKind, msg: impl Into<String>, lineno: u32, col: i64, end_lineno: u32, end_col: i64) -> SyntaxError {
        SyntaxError { kind, msg: msg.into(), lineno, col, end_lineno, end_col, text: None, eof_in_bracket: None, keep_over_lex_errors: false, raised_by_tokenizer: false, no_location: true }
    }

    /// The tokenizer's "(unicode error)" for an undecodable identifier as the bare
    /// UnicodeDecodeError it is when found after another error (no location).
    pub fn as_raw_decode_error(&self) -> Option<SyntaxError> {
        let msg = self.msg.strip_prefix("(unicode error) ")?;
        if self.kind != ErrorKind::Syntax || !self.raised_by_tokenizer {
            return None;
        }
        Some(SyntaxError::new(ErrorKind::UnicodeDecode, msg, 0, NO_OFFSET, 0, -1))
    }

    /// The `'(' was never closed` error for an open bracket at end of input.
    pub fn unclosed(bracket: char, line: u32, col: u32) -> SyntaxError {
        SyntaxError::new(ErrorKind::Syntax, format!("'{bracket}' was never closed"), line, col as i64 + 1, line, 0)
    }

    /// The SyntaxError attributes (lineno, offset, end_lineno, end_offset, text) as Python has
    /// them: offsets in characters, 1-based.
    pub fn attributes(&self, src: &str) -> (u32, i64, u32, i64, Option<String>) {
        let line_text = |n: u32| -> Option<&str> {
            if n == 0 {
                return None;
            }
            src.split_inclusive('\n').nth(n as usize - 1).or_else(|| src.split_inclusive('\n').next_back())
        };
        let text = match &self.text {
            Some(t) => Some(t.clone()),
            None => line_text(self.lineno).map(|l| {
                let l = if l.ends_with('\n') { l.to_string() } else { format!("{l}\n") };
                // `python F` reads the line back with fgets into a 1000-byte buffer and keeps
                // only the last piece (Python/errors.c `err_programtext`).
                let n = l.len();
                let start = (n - 1) / 999 * 999;
                if start > 0 && !self.raised_by_tokenizer {
                    String::from_utf8_lossy(&l.as_bytes()[start..]).into_owned()
                } else {
                    l
                }
            }),
        };
        let to_chars = |line: Option<&str>, col: i64| -> i64 {
            let Some(line) = line else { return col };
            let b = line.as_bytes();
            let n = (col.max(0) as usize).min(b.len() + 1);
            String::from_utf8_lossy(&b[..n.min(b.len())]).chars().count() as i64 + (n > b.len()) as i64
        };
        let line = text.as_deref();
        let offset = if self.col > 0 && self.col != NO_OFFSET { to_chars(line, self.col) } else { self.col };
        let end_offset = if self.end_col > 0 {
            let end_line = if self.end_lineno == self.lineno { line.map(|s| s.to_string()) } else { line_text(self.end_lineno).map(|s| s.to_string()) };
            to_chars(end_line.as_deref(), self.end_col)
        } else {
            self.end_col
        };
        (self.lineno, offset, self.end_lineno, end_offset, text)
    }

    /// The lines `python3.13 F` prints for this error (traceback.py `_format_syntax_error`).
    pub fn render(&self, filename: &str, src: &str) -> String {
        let (lineno, offset, end_lineno, end_offset, text) = self.attributes(src);
        if lineno == 0 && self.no_location {
            return format!("{}: {}\n", self.kind.name(), self.msg);
        }
        let mut out = format!("  File \"{filename}\", line {lineno}\n");
        if let Some(text) = text {
            let rtext = text.trim_end_matches('\n');
            let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
            let rlen = rtext.chars().count() as i64;
            let spaces = rlen - ltext.chars().count() as i64;
            let tlen = text.chars().count() as i64;
            let mut offset = offset;
            let mut end = if lineno == end_lineno { if end_offset == 0 { offset } else { end_offset } } else { rlen + 1 };
            if !text.is_empty() && offset > tlen {
                offset = rlen + 1;
            }
            if !text.is_empty() && end > tlen {
                end = rlen + 1;
            }
            if offset >= end || end < 0 {
                end = offset + 1;
            }
            if offset == NO_OFFSET {
                out.push_str(&format!("    {ltext}\n"));
                out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
                return out;
            }
            let colno = offset - 1 - spaces;
            let end_colno = end - 1 - spaces;
            out.push_str(&format!("    {ltext}\n"));
            if colno >= 0 {
                let caretspace: String = ltext.chars().take(colno as usize).map(|c| if c.is_whitespace() { c } else { ' ' }).collect();
                out.push_str(&format!("    {caretspace}{}\n", "^".repeat((end_colno - colno).max(0) as usize)));
            }
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
        out
    }
}

fn err(kind: ErrorKind, msg: &str, a: Loc, b: Loc) -> Box<SyntaxError> {
    Box::new(SyntaxError::new(kind, msg, a.lineno, a.col_offset as i64 + 1, b.end_lineno, b.end_col_offset as i64 + 1))
}

impl<'a> Parser<'a> {
    /// The furthest token the parser looked at (CPython's `p->tokens[p->fill - 1]`).
    fn last_token(&self) -> Tok {
        self.toks[self.max_p.min(self.toks.len() - 1)]
    }

    /// The error for input the grammar does not accept here: "invalid syntax" at the furthest
    /// token, or what the tokenizer or indentation says about it.
    pub(super) fn generic_error(&mut self) -> Box<SyntaxError> {
        let t = self.last_token();
        match t.kind {
            T::ErrorToken => {
                if let Some(e) = &self.lex_error {
                    return e.clone();
                }
            }
            T::Indent | T::Dedent => {
                let msg = if t.kind == T::Indent { "unexpected indent" } else { "unexpected unindent" };
                let mut e = self.indentation_error_at(&t, msg);
                e.keep_over_lex_errors = true;
                return e;
            }
            _ => {}
        }
        err(ErrorKind::Syntax, GENERIC_MSG, t.loc, t.loc)
    }

    /// An IndentationError located as `RAISE_INDENTATION_ERROR` locates it at an INDENT/DEDENT/
    /// other token.
    pub(super) fn indentation_error_at(&mut self, t: &Tok, msg: &str) -> Box<SyntaxError> {
        if let Some(e) = self.no_column_error(ErrorKind::Indentation, t, msg) {
            return e;
        }
        err(ErrorKind::Indentation, msg, t.loc, t.loc)
    }

    /// INDENT, DEDENT and ENDMARKER have no column (-1): `_PyPegen_raise_error` then uses the
    /// lexer's position after them (`tok->cur - line_start`) and no end.
    fn no_column_error(&self, kind: ErrorKind, t: &Tok, msg: &str) -> Option<Box<SyntaxError>> {
        if !matches!(t.kind, T::Indent | T::Dedent | T::EndMarker) {
            return None;
        }
        let (line, col) = if t.start as usize >= self.src.len() {
            // At end of input `python F`'s file tokenizer has emptied its buffer
            // (`tok->cur == tok->buf`): column 0, on the last line. The string tokenizer still
            // holds the last line, newline included, and points past it.
            let line = self.src.matches('\n').count().max(1) as u32;
            match self.origin {
                super::Origin::File => (line, 0),
                super::Origin::String => {
                    let body = self.src.strip_suffix('\n').unwrap_or(self.src);
                    let last = body.rsplit('\n').next().unwrap_or("");
                    (line, last.len() as i64 + 1)
                }
            }
        } else {
            (t.loc.lineno, t.loc.col_offset as i64)
        };
        Some(Box::new(SyntaxError::new(kind, msg, line, col, line, -1)))
    }

    pub(super) fn error_at_tok(&mut self, t: &Tok, msg: &str) -> Box<SyntaxError> {
        if t.kind == T::ErrorToken {
            if let Some(e) = &self.lex_error {
                return e.clone();
            }
        }
        if let Some(e) = self.no_column_error(ErrorKind::Syntax, t, msg) {
            return e;
        }
        err(ErrorKind::Syntax, msg, t.loc, t.loc)
    }

    /// `RAISE_SYNTAX_ERROR(msg)`: located at the furthest token the parser has looked at.
    pub(super) fn error_last_token(&mut self, msg: &str) -> Box<SyntaxError> {
        let t = self.last_token();
        self.error_at_tok(&t, msg)
    }

    /// `RAISE_SYNTAX_ERROR(msg)` raised by an error rule of the second pass: located at the
    /// furthest token fetched by either pass, speculative parses included.
    pub(super) fn error_last_fetched(&mut self, msg: &str) -> Box<SyntaxError> {
        let t = self.toks[self.fill_max.max(self.max_p).min(self.toks.len() - 1)];
        self.error_at_tok(&t, msg)
    }

    /// `RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg)`: from `a` to the lexer's current position.
    pub(super) fn error_starting_from(&mut self, a: Loc, msg: &str) -> Box<SyntaxError> {
        let t = self.last_token();
        Box::new(SyntaxError::new(ErrorKind::Syntax, msg, a.lineno, a.col_offset as i64 + 1, t.loc.end_lineno, t.loc.end_col_offset as i64))
    }

    pub(super) fn error_at_loc(&mut self, loc: Loc, msg: &str) -> Box<SyntaxError> {
        err(ErrorKind::Syntax, msg, loc, loc)
    }

    pub(super) fn error_range(&mut self, a: Loc, b: Loc, msg: &str) -> Box<SyntaxError> {
        err(ErrorKind::Syntax, msg, a, b)
    }

    /// From token `t` to the last token consumed before index `end`.
    pub(super) fn error_range_toks(&mut self, t: &Tok, end: usize, msg: &str) -> Box<SyntaxError> {
        let b = self.toks[end.saturating_sub(1)].loc;
        err(ErrorKind::Syntax, msg, t.loc, b)
    }

    /// A missing ':' after a compound statement header.
    pub(super) fn expected_colon_error(&mut self) -> Box<SyntaxError> {
        if matches!(self.kind(), T::Newline) {
            return self.error_last_token("expected ':'");
        }
        self.generic_error()
    }

    pub(super) fn expected_else_error(&mut self, body: &Expr, test: &Expr) -> Box<SyntaxError> {
        if !matches!(self.kind(), T::Colon) {
            return self.error_range(body.loc, test.loc, "expected 'else' after 'if' expression");
        }
        self.generic_error()
    }

    pub(super) fn walrus_target_error(&mut self, e: &Expr) -> Box<SyntaxError> {
        let msg = format!("cannot use assignment expressions with {}", super::target::expr_name(e));
        self.error_at_loc(e.loc, &msg)
    }

    pub(super) fn comprehension_parens_error(&mut self, elts: &[Expr]) -> Box<SyntaxError> {
        let (a, b) = (elts[0].loc, elts[elts.len() - 1].loc);
        self.error_range(a, b, "did you forget parentheses around the comprehension target?")
    }

    /// `invalid_kvpair`: a key not followed by ':', located at its last character.
    pub(super) fn kvpair_error(&mut self, key: &Expr) -> Box<SyntaxError> {
        let l = key.loc;
        Box::new(SyntaxError::new(ErrorKind::Syntax, "':' expected after dictionary key", l.lineno, l.end_col_offset as i64, l.end_lineno, -1))
    }

    /// After an expression statement that is followed by something unexpected.
    pub(super) fn after_expression_error(&mut self, e: &Expr, start: usize) -> Box<SyntaxError> {
        let _ = start;
        // `print x` / `exec x`: Missing parentheses in call to ...
        if let crate::ast::ExprKind::Name { id, .. } = &e.kind {
            let name = self.names.get(*id).to_string();
            if (name == "print" || name == "exec") && self.at_expr_start() {
                let (mark, warned) = (self.p, self.warnings.len());
                let parsed = self.star_expressions();
                // The second pass, where this rule runs, reports no warnings.
                self.warnings.truncate(warned);
                if let Ok(arg) = parsed {
                    let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
                    return self.error_range(e.loc, arg.loc, &msg);
                }
                self.p = mark;
            }
        }
        // (Two expressions in a row inside brackets were reported by `forgot_comma` already:
        // a statement's expression ends outside brackets.)
        self.generic_error()
    }
}

/// Whether `e` could have been parsed by `bitwise_or` (so `invalid_named_expression` applies).
pub(super) fn is_bitwise_or(e: &Expr, parenthesized: bool) -> bool {
    use crate::ast::{ExprKind as K, UnaryOperator};
    if parenthesized {
        return true;
    }
    !matches!(
        &e.kind,
        K::Compare { .. } | K::BoolOp { .. } | K::IfExp { .. } | K::Lambda { .. } | K::NamedExpr { .. } | K::Starred { .. }
            | K::Yield { .. } | K::YieldFrom { .. } | K::Tuple { .. } | K::Slice { .. }
    ) && !matches!(&e.kind, K::UnaryOp { op: UnaryOperator::Not, .. })
}

impl<'a> Parser<'a> {
    /// True when the expression ending just before token `end` was wrapped in parentheses.
    pub(super) fn was_parenthesized(&self, e: &Expr, end: usize) -> bool {
        end > 0 && {
            let t = self.toks[end - 1];
            t.kind == T::RPar && (t.loc.end_lineno, t.loc.end_col_offset) != (e.loc.end_lineno, e.loc.end_col_offset)
        }
    }

    /// `invalid_named_expression` for `a = b` where a named expression was expected: `a` is the
    /// expression before the `=` (current token), which started at token `start`.
    pub(super) fn invalid_named_expression(&mut self, a: &Expr, start: usize) -> Option<Box<SyntaxError>> {
        if !self.at(T::Equal) {
            return None;
        }
        let eq_index = self.p;
        let paren = self.was_parenthesized(a, eq_index);
        let first = self.toks[start].kind;
        let single_name = matches!(a.kind, crate::ast::ExprKind::Name { .. }) && !paren && eq_index == start + 1;
        // The right-hand side must parse as bitwise_or not followed by '=' or ':='.
        let mark = self.p;
        let max = self.max_p;
        self.advance();
        let rhs = if matches!(self.kind(), T::Yield | T::Star | T::Not | T::Lambda) { None } else { self.bitwise_or().ok() };
        let ok = rhs.is_some() && !matches!(self.kind(), T::Equal | T::ColonEqual);
        self.p = mark;
        self.restore_max_p(max);
        let rhs = rhs?;
        if !ok {
            return None;
        }
        if single_name {
            return Some(self.error_range(a.loc, rhs.loc, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
        }
        let excluded = matches!(first, T::True | T::False | T::None)
            || (first == T::LSqb && matches!(a.kind, crate::ast::ExprKind::List { .. }))
            || (first == T::LPar && matches!(a.kind, crate::ast::ExprKind::Tuple { .. } | crate::ast::ExprKind::GeneratorExp { .. }));
        if excluded || !is_bitwise_or(a, paren) {
            return None;
        }
        let msg = format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", super::target::expr_name(a));
        Some(self.error_at_loc(a.loc, &msg))
    }
}
