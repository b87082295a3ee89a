//! The lexer's fast path (a part of `lexer`, whose state it reads and writes): the tokens
//! that make up most of a source (ASCII names, operators, the NEWLINE ending a line) read
//! without the general state machine of `tok_get_normal_mode` (Parser/lexer/lexer.c), with the
//! same result and the same state left behind.

use super::{Lexer, Token, ASCII_IDENT, MAXLEVEL};
use crate::tokenize::token::{three_chars, two_chars, TokenKind};

/// Byte classes of [`Lexer::fast_token`]: an ASCII identifier start, an operator's first byte
/// (but `.`), `.`, or anything else.
const FAST_OTHER: u8 = 0;
const FAST_NAME: u8 = 1;
const FAST_OP: u8 = 2;
const FAST_DOT: u8 = 3;
static FAST_CLASS: [u8; 256] = {
    let mut t = [FAST_OTHER; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        if b.is_ascii_alphabetic() || b == b'_' {
            t[i] = FAST_NAME;
        }
        i += 1;
    }
    let ops = b"()[]{},;:+-*/|&<>=%~^@!";
    let mut k = 0;
    while k < ops.len() {
        t[ops[k] as usize] = FAST_OP;
        k += 1;
    }
    t[b'.' as usize] = FAST_DOT;
    t
};

/// `one_char` for ASCII bytes, as a table (`Op` for a byte no operator is).
static FAST_ONE: [TokenKind; 128] = {
    let mut t = [TokenKind::Op; 128];
    let ops = &crate::tokenize::token::OPERATORS;
    let mut k = 0;
    while k < ops.len() {
        let text = ops[k].1.as_bytes();
        if text.len() == 1 {
            t[text[0] as usize] = ops[k].0;
        }
        k += 1;
    }
    t
};

impl<'src> Lexer<'src> {
    /// The parser's loop, first: the next token when it is one of the commonest kinds (see
    /// [`Lexer::fast_token`]), else `None` and [`Lexer::next_step`] makes it. Only a NAME, an
    /// operator or a NEWLINE comes this way, always with its text and without metadata.
    #[inline(always)]
    pub(crate) fn fast_step(&mut self) -> Option<Token> {
        if self.modes.len() == 1 && !self.atbol && self.pendin == 0 {
            self.fast_token()
        } else {
            None
        }
    }

    /// The commonest tokens, read without the general machinery: in the regular mode outside
    /// f-strings, not at the beginning of a line, after spaces only, an ASCII name, an operator
    /// that needs no more than the two bytes after it, or the NEWLINE ending a logical line.
    /// Each is made, with the state left, as the general path would; anything else (and any
    /// token the current line does not hold in full) is `None`, before anything has changed.
    #[inline(always)]
    fn fast_token(&mut self) -> Option<Token> {
        let text: &[u8] = &self.text;
        let end = self.inp.min(text.len());
        let cur = self.cur;
        let mut i = cur;
        while i < end && text[i] == b' ' {
            i += 1;
        }
        if i + 1 >= end {
            // The last byte of the line: a NEWLINE outside brackets.
            if i + 1 == end && text[i] == b'\n' && self.level == 0 && !(self.comment_newline && self.cfg.extra_tokens) {
                self.atbol = true;
                self.cont_line = false;
                return Some(self.fast_make(TokenKind::Newline, cur, i, i + 1, i));
            }
            return None;
        }
        let c = text[i];
        match FAST_CLASS[c as usize] {
            FAST_NAME => {
                let mut j = i + 1;
                while j < end && ASCII_IDENT[text[j] as usize] {
                    j += 1;
                }
                let b = *text.get(j).filter(|_| j < end)?;
                let prefix = matches!(b, b'\'' | b'"') && j - i <= 2 && matches!(c, b'b' | b'B' | b'r' | b'R' | b'u' | b'U' | b'f' | b'F');
                if b >= 128 || prefix {
                    return None;
                }
                Some(self.fast_make(TokenKind::Name, cur, i, j, j))
            }
            FAST_OP => {
                let (c, next) = (c as i32, text[i + 1] as i32);
                // Every two-byte operator ends with one of these.
                let two = if matches!(next as u8, b'=' | b'*' | b'/' | b'<' | b'>') { two_chars(c, next) } else { TokenKind::Op };
                if two != TokenKind::Op {
                    if i + 2 >= end || three_chars(c, next, text[i + 2] as i32) != TokenKind::Op {
                        return None;
                    }
                    return Some(self.fast_make(two, cur, i, i + 2, i + 2));
                }
                match c as u8 {
                    b'(' | b'[' | b'{' => {
                        if self.level >= MAXLEVEL {
                            return None;
                        }
                        self.parenstack[self.level] = c as u8;
                        self.parenlinenostack[self.level] = self.lineno;
                        self.parencolstack[self.level] = (i as i64 - self.line_start as i64) as i32;
                        self.level += 1;
                    }
                    b')' | b']' | b'}' => {
                        let open = match c as u8 {
                            b')' => b'(',
                            b']' => b'[',
                            _ => b'{',
                        };
                        if self.level == 0 || self.parenstack[self.level - 1] != open {
                            return None;
                        }
                        self.level -= 1;
                    }
                    // As the general path: the bottom mode's `debug` (never read there).
                    b'=' => self.modes[0].debug = true,
                    _ => {}
                }
                Some(self.fast_make(FAST_ONE[c as usize & 127], cur, i, i + 1, i + 1))
            }
            FAST_DOT => {
                let next = text[i + 1];
                if next == b'.' || next.is_ascii_digit() {
                    return None;
                }
                Some(self.fast_make(TokenKind::Dot, cur, i, i + 1, i + 1))
            }
            _ => None,
        }
    }

    /// The token of [`Lexer::fast_token`]: from `start` (after blanks from `cur`) to `end`,
    /// the lexer moved on to `next`.
    #[inline(always)]
    fn fast_make(&mut self, kind: TokenKind, cur: usize, start: usize, next: usize, end: usize) -> Token {
        let col = self.col_offset + (start - cur) as i32;
        self.start = Some(start);
        self.starting_col_offset = col;
        self.col_offset += (next - cur) as i32;
        self.cur = next;
        Token {
            kind,
            level: self.level as u8,
            start: start as u32,
            end: end as u32,
            lineno: self.lineno,
            end_lineno: self.lineno,
            col_offset: col,
            end_col_offset: self.col_offset,
            metadata: 0,
        }
    }
}
