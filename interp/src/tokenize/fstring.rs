//! f-strings (PEP 701): `FSTRING_START`, the f-string mode that yields `FSTRING_MIDDLE` and
//! `FSTRING_END`, and the hand-over to the regular mode for replacement fields
//! (Parser/lexer/lexer.c `tok_get_fstring_mode` and the f-string part of `tok_get_normal_mode`).
//!
//! Each f-string pushes a mode onto the lexer's mode stack. In f-string mode the lexer collects
//! literal text up to a `{` (switching to the regular mode for the expression), a `}`, or the
//! closing quote. The regular mode hands back at the `}` that closes the field, or at a top-level
//! `:` (the format spec is lexed in f-string mode again). Middle chunks keep the source text as is:
//! escapes are decoded by the parser, which also issues the invalid-escape SyntaxWarnings, except
//! for `\{` and `\}`, which the lexer itself warns about.

use super::error::SyntaxMsg;
use super::lexer::{Lexer, LexWarning, ModeKind, Step, TokMode, WarningKind, EOF, MAXFSTRINGLEVEL, MAX_EXPR_NESTING};
use super::token::TokenKind;

impl Lexer<'_> {
    /// `FSTRING_START`: the prefix has been read and `quote` is the opening quote.
    pub(crate) fn fstring_start(&mut self, quote: i32) -> Step {
        let mut quote_size = 1u8;
        self.first_lineno = self.lineno;
        self.multi_line_start = self.line_start;

        let after_quote = self.nextc();
        if after_quote == quote {
            let after_after = self.nextc();
            if after_after == quote {
                quote_size = 3;
            } else {
                self.backup(after_after);
                self.backup(after_quote);
            }
        }
        if after_quote != quote {
            self.backup(after_quote);
        }

        let start = self.tok_start();
        if self.modes.len() >= MAXFSTRINGLEVEL {
            self.syntax_error(SyntaxMsg::TooManyNestedFStrings);
            return Err(());
        }
        let first = self.text[start].to_ascii_lowercase();
        let raw = first == b'r' || self.text.get(start + 1).is_some_and(|b| b.to_ascii_lowercase() == b'r');
        self.modes.push(TokMode {
            kind: ModeKind::FString,
            curly_bracket_depth: 0,
            curly_bracket_expr_start_depth: -1,
            quote: quote as u8,
            quote_size,
            raw,
            start,
            multi_line_start: self.line_start,
            line_start_lineno: self.lineno,
            expr_start: None,
            expr_end: None,
            debug: false,
            in_format_spec: false,
        });
        Ok(self.make(TokenKind::FstringStart, Some((start, self.cur))))
    }

    /// `tok_get_fstring_mode`.
    pub(crate) fn fstring_mode(&mut self) -> Step {
        self.start = Some(self.cur);
        self.first_lineno = self.lineno;
        self.starting_col_offset = self.col_offset;
        let start = self.cur;

        // A replacement field right away: nothing to collect, lex it in the regular mode.
        let start_char = self.nextc();
        if start_char == b'{' as i32 {
            let peek = self.nextc();
            self.backup(peek);
            self.backup(start_char);
            if peek != b'{' as i32 {
                return self.enter_replacement_field();
            }
        } else {
            self.backup(start_char);
        }

        // The closing quote(s)?
        let m = *self.mode();
        let mut closing = true;
        for _ in 0..m.quote_size {
            let q = self.nextc();
            if q != m.quote as i32 {
                self.backup(q);
                closing = false;
                break;
            }
        }
        if closing {
            self.modes.pop();
            return Ok(self.make(TokenKind::FstringEnd, Some((start, self.cur))));
        }

        self.multi_line_start = self.line_start;
        let mut end_quote_size = 0u8;
        let mut unicode_escape = false;
        while end_quote_size != m.quote_size {
            let c = self.nextc();
            if self.done == super::lexer::Done::Error {
                return Err(());
            }
            let cur_mode = *self.mode();
            let in_format_spec = cur_mode.in_format_spec && cur_mode.curly_bracket_expr_start_depth >= 0;

            if c == EOF || (m.quote_size == 1 && c == b'\n' as i32) {
                if in_format_spec && c == b'\n' as i32 {
                    // A single-quoted format spec ends at the newline; the regular mode reports it.
                    self.backup(c);
                    let mm = self.mode_mut();
                    mm.kind = ModeKind::Regular;
                    mm.in_format_spec = false;
                    return Ok(self.make(TokenKind::FstringMiddle, Some((start, self.cur))));
                }
                self.cur = cur_mode.start + 1;
                self.line_start = cur_mode.multi_line_start;
                let detected_at = self.lineno;
                self.lineno = cur_mode.line_start_lineno;
                let msg = if m.quote_size == 3 {
                    SyntaxMsg::UnterminatedTripleQuotedFString { detected_at }
                } else {
                    SyntaxMsg::UnterminatedFString { detected_at }
                };
                self.syntax_error(msg);
                if m.quote_size == 3 && c != b'\n' as i32 {
                    if let Some(p) = self.pending.as_mut() {
                        p.unterminated_at_eof = true;
                    }
                }
                return Err(());
            }

            if c == m.quote as i32 {
                end_quote_size += 1;
                continue;
            }
            end_quote_size = 0;

            if c == b'{' as i32 {
                self.update_fstring_expr(b'{');
                let peek = self.nextc();
                if peek != b'{' as i32 || in_format_spec {
                    self.backup(peek);
                    self.backup(c);
                    let mm = self.mode_mut();
                    mm.curly_bracket_expr_start_depth += 1;
                    if mm.curly_bracket_expr_start_depth >= MAX_EXPR_NESTING {
                        self.syntax_error(SyntaxMsg::FStringNestedTooDeeply);
                        return Err(());
                    }
                    let mm = self.mode_mut();
                    mm.kind = ModeKind::Regular;
                    mm.in_format_spec = false;
                    return Ok(self.make(TokenKind::FstringMiddle, Some((start, self.cur))));
                }
                // `{{`: the chunk keeps one brace; the next one starts after the second.
                return Ok(self.make(TokenKind::FstringMiddle, Some((start, self.cur - 1))));
            } else if c == b'}' as i32 {
                if unicode_escape {
                    return Ok(self.make(TokenKind::FstringMiddle, Some((start, self.cur))));
                }
                let peek = self.nextc();
                if peek == b'}' as i32 && !in_format_spec && cur_mode.curly_bracket_depth == 0 {
                    return Ok(self.make(TokenKind::FstringMiddle, Some((start, self.cur - 1))));
                }
                self.backup(peek);
                self.backup(c);
                let mm = self.mode_mut();
                mm.kind = ModeKind::Regular;
                mm.in_format_spec = false;
                return Ok(self.make(TokenKind::FstringMiddle, Some((start, self.cur))));
            } else if c == b'\\' as i32 {
                let mut peek = self.nextc();
                if peek == b'\r' as i32 {
                    peek = self.nextc();
                }
                if peek == b'{' as i32 || peek == b'}' as i32 {
                    if !m.raw {
                        self.warnings.push(LexWarning { lineno: self.lineno, kind: WarningKind::InvalidEscape(peek as u8) });
                    }
                    self.backup(peek);
                    continue;
                }
                if !m.raw && peek == b'N' as i32 {
                    let p2 = self.nextc();
                    if p2 == b'{' as i32 {
                        unicode_escape = true;
                    } else {
                        self.backup(p2);
                    }
                }
            }
        }

        // Give the closing quotes back: they are the next token, FSTRING_END.
        for _ in 0..m.quote_size {
            self.backup(m.quote as i32);
        }
        Ok(self.make(TokenKind::FstringMiddle, Some((start, self.cur))))
    }

    /// A `{` that opens a replacement field: count the nesting, then lex in the regular mode.
    fn enter_replacement_field(&mut self) -> Step {
        let mm = self.mode_mut();
        mm.curly_bracket_expr_start_depth += 1;
        if mm.curly_bracket_expr_start_depth >= MAX_EXPR_NESTING {
            self.syntax_error(SyntaxMsg::FStringNestedTooDeeply);
            return Err(());
        }
        self.mode_mut().kind = ModeKind::Regular;
        self.normal_mode()
    }
}
