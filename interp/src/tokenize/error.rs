//! Tokenizer errors as typed values, and the one place that renders them to CPython's text.
//!
//! CPython reports a tokenizer failure in two ways (Parser/tokenizer/helpers.c, state.h):
//! * a `SyntaxError` raised on the spot by `_PyTokenizer_syntaxerror` (the message and position are
//!   fixed when the error happens): [`LexErrorKind::Syntax`];
//! * an error code left in `tok->done` (`E_EOF`, `E_DEDENT`, `E_TABSPACE`, `E_TOODEEP`,
//!   `E_LINECONT`, …) that the consumer turns into an exception: `_tokenizer_error` in
//!   Python/Python-tokenize.c for the `tokenize` module, `_Pypegen_tokenizer_error` in
//!   Parser/pegen_errors.c for the parser. The lexer keeps the state both need ([`LexError`]'s
//!   offsets) and [`LexError::tokenize_view`] renders the `tokenize` form; the parser renders its own
//!   form from the same fields.

use std::fmt;

/// The message of a `SyntaxError` raised by the lexer itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxMsg {
    NullBytes,
    /// `unterminated string literal (detected at line N)`, with `; perhaps you escaped the end
    /// quote?` when an escaped quote was seen.
    UnterminatedString { detected_at: u32, escaped_quote: bool },
    UnterminatedTripleQuoted { detected_at: u32 },
    UnterminatedFString { detected_at: u32 },
    UnterminatedTripleQuotedFString { detected_at: u32 },
    FStringExpectingBrace,
    FStringSingleCloseBrace,
    FStringUnmatched(u8),
    FStringNestedTooDeeply,
    TooManyNestedFStrings,
    /// `invalid <kind> literal` (kind: decimal, hexadecimal, octal, binary, imaginary).
    InvalidLiteral(&'static str),
    /// `invalid digit 'D' in <kind> literal` (octal, binary).
    InvalidDigit { digit: u8, kind: &'static str },
    LeadingZeros,
    TooManyNestedParens,
    Unmatched(u8),
    /// `closing parenthesis 'C' does not match opening parenthesis 'O'[ on line N]`.
    MismatchedParen { close: u8, open: u8, open_line: Option<u32> },
    InvalidCharacter(u32),
    InvalidNonPrintable(u32),
    /// `invalid escape sequence '\C'` (only when SyntaxWarnings are turned into errors).
    InvalidEscape(u8),
    /// Source decoding: `encoding problem: NAME`, `encoding problem: NAME with BOM`, unknown
    /// encodings and decode failures, with CPython's text.
    Decode(String),
}

impl fmt::Display for SyntaxMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use SyntaxMsg::*;
        match self {
            NullBytes => f.write_str("source code cannot contain null bytes"),
            UnterminatedString { detected_at, escaped_quote } => {
                write!(f, "unterminated string literal (detected at line {detected_at})")?;
                if *escaped_quote {
                    f.write_str("; perhaps you escaped the end quote?")?;
                }
                Ok(())
            }
            UnterminatedTripleQuoted { detected_at } => {
                write!(f, "unterminated triple-quoted string literal (detected at line {detected_at})")
            }
            UnterminatedFString { detected_at } => {
                write!(f, "unterminated f-string literal (detected at line {detected_at})")
            }
            UnterminatedTripleQuotedFString { detected_at } => {
                write!(f, "unterminated triple-quoted f-string literal (detected at line {detected_at})")
            }
            FStringExpectingBrace => f.write_str("f-string: expecting '}'"),
            FStringSingleCloseBrace => f.write_str("f-string: single '}' is not allowed"),
            FStringUnmatched(c) => write!(f, "f-string: unmatched '{}'", *c as char),
            FStringNestedTooDeeply => f.write_str("f-string: expressions nested too deeply"),
            TooManyNestedFStrings => f.write_str("too many nested f-strings"),
            InvalidLiteral(kind) => write!(f, "invalid {kind} literal"),
            InvalidDigit { digit, kind } => write!(f, "invalid digit '{}' in {kind} literal", *digit as char),
            LeadingZeros => f.write_str(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            ),
            TooManyNestedParens => f.write_str("too many nested parentheses"),
            Unmatched(c) => write!(f, "unmatched '{}'", *c as char),
            MismatchedParen { close, open, open_line } => {
                write!(f, "closing parenthesis '{}' does not match opening parenthesis '{}'", *close as char, *open as char)?;
                if let Some(n) = open_line {
                    write!(f, " on line {n}")?;
                }
                Ok(())
            }
            InvalidCharacter(cp) => {
                let ch = char::from_u32(*cp).unwrap_or('\u{FFFD}');
                write!(f, "invalid character '{ch}' (U+{cp:04X})")
            }
            InvalidNonPrintable(cp) => write!(f, "invalid non-printable character U+{cp:04X}"),
            InvalidEscape(c) => write!(f, "invalid escape sequence '\\{}'", *c as char),
            Decode(msg) => f.write_str(msg),
        }
    }
}

/// What went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LexErrorKind {
    /// A `SyntaxError` raised by the lexer, with its message.
    Syntax(SyntaxMsg),
    /// `E_EOF`: end of input inside brackets or after a line continuation.
    Eof,
    /// `E_DEDENT`: `unindent does not match any outer indentation level` (IndentationError).
    Dedent,
    /// `E_TABSPACE`: `inconsistent use of tabs and spaces in indentation` (TabError).
    TabSpace,
    /// `E_TOODEEP`: `too many levels of indentation` (IndentationError).
    TooDeep,
    /// `E_LINECONT`: `unexpected character after line continuation character`.
    LineCont,
    /// `E_COLUMNOVERFLOW`: a line longer than `INT_MAX` bytes (OverflowError).
    ColumnOverflow,
}

/// A tokenizer error with the tokenizer state that locates it. All offsets are byte offsets into
/// the lexer's text (`Lexer::text()`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub kind: LexErrorKind,
    /// `tok->lineno` when the error happened (for `Syntax`, the `SyntaxError.lineno`).
    pub lineno: u32,
    /// For `Syntax`: `SyntaxError.offset` and `end_offset` (1-based character columns as CPython
    /// computes them; the lexer's columns count characters of the line up to the error point).
    pub offset: i64,
    pub end_offset: i64,
    /// `tok->line_start`, `tok->cur`, `tok->buf`, `tok->inp` at the error.
    pub line_start: usize,
    pub cur: usize,
    pub buf: usize,
    pub inp: usize,
    /// `tok->level` and, when brackets are open, the innermost one: (char, line, byte column).
    pub level: usize,
    pub open_bracket: Option<(u8, u32, i32)>,
    /// `tok->done` was set to `E_EOFS`/`E_EOLS` after an unterminated string: the interactive
    /// console uses this to ask for more input.
    pub unterminated_at_eof: bool,
}

/// Which exception class an error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorClass {
    SyntaxError,
    IndentationError,
    TabError,
    OverflowError,
}

impl LexError {
    /// The exception message, as `str(exc.msg)`; the same for the parser and `tokenize`, except
    /// for `E_EOF`, which each consumer words itself (see [`LexError::tokenize_view`]).
    pub fn message(&self) -> String {
        match &self.kind {
            LexErrorKind::Syntax(m) => m.to_string(),
            LexErrorKind::Eof => "unexpected EOF in multi-line statement".into(),
            LexErrorKind::Dedent => "unindent does not match any outer indentation level".into(),
            LexErrorKind::TabSpace => "inconsistent use of tabs and spaces in indentation".into(),
            LexErrorKind::TooDeep => "too many levels of indentation".into(),
            LexErrorKind::LineCont => "unexpected character after line continuation character".into(),
            LexErrorKind::ColumnOverflow => "Parser column offset overflow - source line is too big".into(),
        }
    }

    pub fn class(&self) -> ErrorClass {
        match self.kind {
            LexErrorKind::Dedent | LexErrorKind::TooDeep => ErrorClass::IndentationError,
            LexErrorKind::TabSpace => ErrorClass::TabError,
            LexErrorKind::ColumnOverflow => ErrorClass::OverflowError,
            _ => ErrorClass::SyntaxError,
        }
    }

    /// The error as `python -m tokenize` reports it: `(class, message, line, column)`.
    ///
    /// `_tokenizer_error` (Python-tokenize.c) places `tok->done` errors at `tok->lineno`, column
    /// = characters in the buffer `buf..inp` (its final newline dropped) plus one; `E_EOF` uses the
    /// raw byte count `inp - buf`. Lib/tokenize.py then turns a plain `SyntaxError` into
    /// `TokenError`, rewriting the unterminated triple-quoted string message.
    pub fn tokenize_view(&self, text: &[u8]) -> (ErrorClass, String, i64, i64) {
        let lineno = i64::from(self.lineno);
        match &self.kind {
            LexErrorKind::Syntax(_) => {
                let mut msg = self.message();
                if msg.contains("unterminated triple-quoted string literal") {
                    msg = "EOF in multi-line string".into();
                }
                (ErrorClass::SyntaxError, msg, lineno, self.offset)
            }
            LexErrorKind::Eof => {
                let col = self.inp.saturating_sub(self.buf) as i64;
                (ErrorClass::SyntaxError, self.message(), lineno, col)
            }
            _ => {
                let end = self.inp.min(text.len());
                let start = self.buf.min(end);
                let line = &text[start..end.saturating_sub(1).max(start)];
                let col = String::from_utf8_lossy(line).chars().count() as i64 + 1;
                (self.class(), self.message(), lineno, col)
            }
        }
    }
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (line {})", self.message(), self.lineno)
    }
}

impl std::error::Error for LexError {}
