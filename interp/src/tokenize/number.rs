//! Numeric literals (the number part of `tok_get_normal_mode`, `tok_decimal_tail` and
//! `verify_end_of_number` in Parser/lexer/lexer.c).
//!
//! The lexer only finds where a number ends and reports malformed ones; the value is the
//! parser's business. Outside the `tokenize` view a number may not run straight into a name
//! (`1if` warns, `1abc` is an error), and `0777` is an error.

use super::error::SyntaxMsg;
use super::lexer::{is_digit, is_potential_identifier_char, Lexer, Step, WarningKind, LexWarning, EOF};
use super::token::TokenKind;

/// Where scanning of a decimal number resumes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Resume {
    /// After the integer part: `c` may be `.`, `e` or `j`.
    AfterInteger,
    /// After the `.`: `c` is the first byte of the fraction.
    Fraction,
    /// `c` is the `e` of the exponent.
    Exponent,
    /// `c` is the `j` suffix.
    Imaginary,
}

fn is_xdigit(c: i32) -> bool {
    (0..128).contains(&c) && (c as u8).is_ascii_hexdigit()
}

fn is(c: i32, b: u8) -> bool {
    c == b as i32
}

impl Lexer<'_> {
    /// A number whose first digit `c` has been read.
    pub(crate) fn number(&mut self, c: i32) -> Step {
        if !is(c, b'0') {
            let c = self.decimal_tail()?;
            return self.decimal_rest(c, Resume::AfterInteger);
        }
        let mut c = self.nextc();
        if is(c, b'x') || is(c, b'X') {
            c = self.nextc();
            loop {
                if is(c, b'_') {
                    c = self.nextc();
                }
                if !is_xdigit(c) {
                    self.backup(c);
                    return self.fail(SyntaxMsg::InvalidLiteral("hexadecimal"));
                }
                loop {
                    c = self.nextc();
                    if !is_xdigit(c) {
                        break;
                    }
                }
                if !is(c, b'_') {
                    break;
                }
            }
            self.verify_end_of_number(c, "hexadecimal")?;
        } else if is(c, b'o') || is(c, b'O') {
            c = self.nextc();
            loop {
                if is(c, b'_') {
                    c = self.nextc();
                }
                if !(b'0' as i32..b'8' as i32).contains(&c) {
                    if is_digit(c) {
                        return self.fail(SyntaxMsg::InvalidDigit { digit: c as u8, kind: "octal" });
                    }
                    self.backup(c);
                    return self.fail(SyntaxMsg::InvalidLiteral("octal"));
                }
                loop {
                    c = self.nextc();
                    if !(b'0' as i32..b'8' as i32).contains(&c) {
                        break;
                    }
                }
                if !is(c, b'_') {
                    break;
                }
            }
            if is_digit(c) {
                return self.fail(SyntaxMsg::InvalidDigit { digit: c as u8, kind: "octal" });
            }
            self.verify_end_of_number(c, "octal")?;
        } else if is(c, b'b') || is(c, b'B') {
            c = self.nextc();
            loop {
                if is(c, b'_') {
                    c = self.nextc();
                }
                if !(is(c, b'0') || is(c, b'1')) {
                    if is_digit(c) {
                        return self.fail(SyntaxMsg::InvalidDigit { digit: c as u8, kind: "binary" });
                    }
                    self.backup(c);
                    return self.fail(SyntaxMsg::InvalidLiteral("binary"));
                }
                loop {
                    c = self.nextc();
                    if !(is(c, b'0') || is(c, b'1')) {
                        break;
                    }
                }
                if !is(c, b'_') {
                    break;
                }
            }
            if is_digit(c) {
                return self.fail(SyntaxMsg::InvalidDigit { digit: c as u8, kind: "binary" });
            }
            self.verify_end_of_number(c, "binary")?;
        } else {
            // A run of zeros, maybe an old-style octal; `0` alone is fine.
            let mut nonzero = false;
            loop {
                if is(c, b'_') {
                    c = self.nextc();
                    if !is_digit(c) {
                        self.backup(c);
                        return self.fail(SyntaxMsg::InvalidLiteral("decimal"));
                    }
                }
                if !is(c, b'0') {
                    break;
                }
                c = self.nextc();
            }
            let zeros_end = self.cur;
            if is_digit(c) {
                nonzero = true;
                c = self.decimal_tail()?;
            }
            if is(c, b'.') {
                c = self.nextc();
                return self.decimal_rest(c, Resume::Fraction);
            } else if is(c, b'e') || is(c, b'E') {
                return self.decimal_rest(c, Resume::Exponent);
            } else if is(c, b'j') || is(c, b'J') {
                return self.decimal_rest(c, Resume::Imaginary);
            } else if nonzero && !self.cfg.extra_tokens {
                self.backup(c);
                let start = self.tok_start();
                let col = (start + 1) as i64 - self.line_start as i64;
                let end_col = zeros_end as i64 - self.line_start as i64;
                self.syntax_error_range(SyntaxMsg::LeadingZeros, col, end_col);
                return Err(());
            }
            self.verify_end_of_number(c, "decimal")?;
        }
        self.backup(c);
        Ok(self.make(TokenKind::Number, Some((self.tok_start(), self.cur))))
    }

    /// A number that starts with `.`; `c` is the digit after it.
    pub(crate) fn number_fraction(&mut self, c: i32) -> Step {
        self.decimal_rest(c, Resume::Fraction)
    }

    /// The fraction, exponent and imaginary suffix of a decimal number.
    fn decimal_rest(&mut self, mut c: i32, mut at: Resume) -> Step {
        if at == Resume::AfterInteger && is(c, b'.') {
            c = self.nextc();
            at = Resume::Fraction;
        }
        if at == Resume::Fraction && is_digit(c) {
            c = self.decimal_tail()?;
        }
        let exponent = at == Resume::Exponent || (at != Resume::Imaginary && (is(c, b'e') || is(c, b'E')));
        if exponent {
            let e = c;
            c = self.nextc();
            if is(c, b'+') || is(c, b'-') {
                c = self.nextc();
                if !is_digit(c) {
                    self.backup(c);
                    return self.fail(SyntaxMsg::InvalidLiteral("decimal"));
                }
            } else if !is_digit(c) {
                self.backup(c);
                self.verify_end_of_number(e, "decimal")?;
                self.backup(e);
                return Ok(self.make(TokenKind::Number, Some((self.tok_start(), self.cur))));
            }
            c = self.decimal_tail()?;
        }
        if at == Resume::Imaginary || is(c, b'j') || is(c, b'J') {
            c = self.nextc();
            self.verify_end_of_number(c, "imaginary")?;
        } else {
            self.verify_end_of_number(c, "decimal")?;
        }
        self.backup(c);
        Ok(self.make(TokenKind::Number, Some((self.tok_start(), self.cur))))
    }

    /// `tok_decimal_tail`: digits with single `_` separators; returns the byte after them.
    fn decimal_tail(&mut self) -> Result<i32, ()> {
        loop {
            let mut c;
            loop {
                c = self.nextc();
                if !is_digit(c) {
                    break;
                }
            }
            if !is(c, b'_') {
                return Ok(c);
            }
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                self.syntax_error(SyntaxMsg::InvalidLiteral("decimal"));
                return Err(());
            }
        }
    }

    fn fail(&mut self, msg: SyntaxMsg) -> Step {
        self.syntax_error(msg);
        Err(())
    }

    /// `verify_end_of_number`: `c` (already read) follows a number of `kind`. A keyword that can
    /// legally follow a number (`1if x else y`) only warns; any other identifier byte is an error.
    fn verify_end_of_number(&mut self, c: i32, kind: &'static str) -> Result<(), ()> {
        if self.cfg.extra_tokens {
            return Ok(());
        }
        let r = match c {
            _ if is(c, b'a') => self.lookahead(b"nd"),
            _ if is(c, b'e') => self.lookahead(b"lse"),
            _ if is(c, b'f') => self.lookahead(b"or"),
            _ if is(c, b'i') => {
                let c2 = self.nextc();
                let r = is(c2, b'f') || is(c2, b'n') || is(c2, b's');
                self.backup(c2);
                r
            }
            _ if is(c, b'o') => self.lookahead(b"r"),
            _ if is(c, b'n') => self.lookahead(b"ot"),
            _ => false,
        };
        if r {
            self.backup(c);
            self.warnings.push(LexWarning { lineno: self.lineno, kind: WarningKind::InvalidLiteral(kind) });
            self.nextc();
        } else if c != EOF && c < 128 && is_potential_identifier_char(c) {
            self.backup(c);
            self.syntax_error(SyntaxMsg::InvalidLiteral(kind));
            return Err(());
        }
        Ok(())
    }
}
