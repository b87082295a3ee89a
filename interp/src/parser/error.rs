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
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
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
}

impl SyntaxError {
    pub fn new(kind: ErrorKind, msg: impl Into<String>, lineno: u32, col: i64, end_lineno: u32, end_col: i64) -> SyntaxError {
        SyntaxError { kind, msg: msg.into(), lineno, col, end_lineno, end_col, text: None, eof_in_bracket: None }
    }

    /// The `'(' was never closed` error for an open bracket at end of input.
    pub fn unclosed(bracket: char, line: u32, col: u32) -> SyntaxError {
        SyntaxError::new(ErrorKind::Syntax, format!("'{bracket}' was never closed"), line, col as i64 + 1, line, -1)
    }

    /// The SyntaxError attributes (lineno, offset, end_lineno, end_offset, text) as Python has
    /// them: offsets in characters, 1-based.
    pub fn attributes(&self, src: &str) -> (u32, i64, u32, i64, Option<String>) {
        let line_text = |n: u32| -> Option<&str> {
            if n == 0 {
                return None;
            }
            src.split_inclusive('\n').nth(n as usize - 1).or_else(|| src.split_inclusive('\n').last())
        };
        let text = match &self.text {
            Some(t) => Some(t.clone()),
            None => line_text(self.lineno).map(|l| if l.ends_with('\n') { l.to_string() } else { format!("{l}\n") }),
        };
        let to_chars = |line: Option<&str>, col: i64| -> i64 {
            let Some(line) = line else { return col };
            let b = line.as_bytes();
            let n = (col.max(0) as usize).min(b.len() + 1);
            String::from_utf8_lossy(&b[..n.min(b.len())]).chars().count() as i64 + (n > b.len()) as i64
        };
        let line = text.as_deref();
        let offset = if self.col > 0 { to_chars(line, self.col) } else { self.col };
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
                return self.indentation_error_at(&t, msg);
            }
            _ => {}
        }
        err(ErrorKind::Syntax, "invalid syntax", t.loc, t.loc)
    }

    /// An IndentationError located as `RAISE_INDENTATION_ERROR` locates it at an INDENT/DEDENT/
    /// other token.
    pub(super) fn indentation_error_at(&mut self, t: &Tok, msg: &str) -> Box<SyntaxError> {
        if matches!(t.kind, T::Indent | T::Dedent | T::EndMarker) {
            // These tokens have no column; CPython uses the lexer's position after them.
            let col = if t.kind == T::Indent { t.loc.end_col_offset as i64 } else { t.loc.col_offset as i64 };
            return Box::new(SyntaxError::new(ErrorKind::Indentation, msg, t.loc.lineno, col, t.loc.lineno, -1));
        }
        err(ErrorKind::Indentation, msg, t.loc, t.loc)
    }

    pub(super) fn error_at_tok(&mut self, t: &Tok, msg: &str) -> Box<SyntaxError> {
        if t.kind == T::ErrorToken {
            if let Some(e) = &self.lex_error {
                return e.clone();
            }
        }
        err(ErrorKind::Syntax, msg, t.loc, t.loc)
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
            let t = self.toks[self.p - 1];
            return self.error_at_tok(&t, "expected ':'");
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

    pub(super) fn kvpair_error(&mut self, key: &Expr) -> Box<SyntaxError> {
        if matches!(self.kind(), T::RBrace | T::Comma) {
            return self.error_at_loc(key.loc, "':' expected after dictionary key");
        }
        self.generic_error()
    }

    /// After an expression statement that is followed by something unexpected.
    pub(super) fn after_expression_error(&mut self, e: &Expr, start: usize) -> Box<SyntaxError> {
        let _ = start;
        // `print x` / `exec x`: Missing parentheses in call to ...
        if let crate::ast::ExprKind::Name { id, .. } = &e.kind {
            let name = self.names.get(*id).to_string();
            if (name == "print" || name == "exec") && self.at_expr_start() {
                let mark = self.p;
                if let Ok(arg) = self.star_expressions() {
                    let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
                    return self.error_range(e.loc, arg.loc, &msg);
                }
                self.p = mark;
            }
        }
        // Two expressions in a row inside brackets: "Perhaps you forgot a comma?"
        if self.at_expr_start() && self.toks[self.p].level > 0 {
            let mark = self.p;
            if let Ok(next) = self.expression() {
                return self.error_range(e.loc, next.loc, "invalid syntax. Perhaps you forgot a comma?");
            }
            self.p = mark;
        }
        self.generic_error()
    }
}
