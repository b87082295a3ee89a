//! The lexer's state and its regular mode (Parser/lexer/lexer.c `tok_get_normal_mode`,
//! Parser/lexer/state.c, and the two input underflows of Parser/tokenizer/string_tokenizer.c and
//! readline_tokenizer.c).
//!
//! The state mirrors CPython's `struct tok_state` over one in-memory text: `cur` is the next byte,
//! `inp` the end of the lines read so far, `buf` where the C buffer would begin (it is "reset" to the
//! next line whenever no token is in progress), `line_start` the current line. Reading a byte past
//! `inp` reads the next line (the underflow), which is what advances `lineno`. Keeping these
//! offsets as CPython keeps its pointers is what makes error columns and the odd corners (a lone
//! `\r` token, columns after a backslash continuation) come out the same.

use super::error::{LexError, LexErrorKind, SyntaxMsg};
use super::token::{one_char, three_chars, two_chars, TokenKind};
use std::borrow::Cow;

#[path = "fast.rs"]
mod fast;

/// `EOF` as `tok_nextc` returns it.
pub(crate) const EOF: i32 = -1;
pub(crate) const MAXINDENT: usize = 100;
pub(crate) const MAXLEVEL: usize = 200;
pub(crate) const MAXFSTRINGLEVEL: usize = 150;
pub(crate) const MAX_EXPR_NESTING: i32 = 3;
const TABSIZE: i32 = 8;
/// Inputs of this size or more are refused: offsets are `u32` and columns `i32`, as in CPython.
pub(crate) const MAX_INPUT: usize = i32::MAX as usize - 2;

/// One token. Offsets are into [`Lexer::text`]; columns are UTF-8 byte columns (`col_offset` of
/// CPython's `struct token`), `-1` when CPython's token has no text (INDENT, DEDENT and ENDMARKER
/// outside the `tokenize` view), in which case `start == end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// Bracket nesting level when the token was made (`token->level`).
    pub level: u8,
    pub start: u32,
    pub end: u32,
    pub lineno: u32,
    pub end_lineno: u32,
    pub col_offset: i32,
    pub end_col_offset: i32,
    /// 0, or 1 + an index into [`Lexer::metadata`]: the f-string debug text (`f"{x=}"`) carried
    /// by the token that closes the expression (`token->metadata`).
    pub metadata: u32,
}

/// How the lexer reads its input: which CPython entry point it models.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `compile()` / `ast.parse()` of bytes with `exec` input: newlines translated, a final newline
    /// added (`_PyTokenizer_FromString(str, exec_input=1, preserve_crlf=0)`).
    Exec,
    /// The same without adding a final newline (`eval` and `func_type` input).
    Eval,
    /// A statement for `single` input; like `Exec` for the lexer.
    Single,
}

/// Settings of one lexer.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// The `tokenize` module's `extra_tokens`: COMMENT and NL tokens, INDENT/DEDENT text, and
    /// fewer checks (no `verify_identifier`, no `verify_end_of_number`, no bracket matching, old
    /// octal literals allowed).
    pub extra_tokens: bool,
    /// Emit TYPE_COMMENT and TYPE_IGNORE tokens (`PyCF_TYPE_COMMENTS`).
    pub type_comments: bool,
    /// Read the text as lines from `readline` (Parser/tokenizer/readline_tokenizer.c): lines end
    /// only at `\n`, `\r` is kept, and a missing final newline is faked (`implicit_newline`).
    pub readline: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Done {
    Ok,
    Eof,
    /// A SyntaxError is pending in `Lexer::pending`.
    Error,
    Dedent,
    TabSpace,
    TooDeep,
    LineCont,
    ColumnOverflow,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ModeKind {
    Regular,
    FString,
}

/// One entry of the mode stack (`tokenizer_mode`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct TokMode {
    pub kind: ModeKind,
    pub curly_bracket_depth: i32,
    pub curly_bracket_expr_start_depth: i32,
    pub quote: u8,
    pub quote_size: u8,
    pub raw: bool,
    pub start: usize,
    pub multi_line_start: usize,
    pub line_start_lineno: u32,
    /// Where the text of the current replacement field starts (`last_expr_buffer`), and where it
    /// ends once `}`, `!` or `:` was seen (`last_expr_end`).
    pub expr_start: Option<usize>,
    pub expr_end: Option<usize>,
    pub debug: bool,
    pub in_format_spec: bool,
}

impl TokMode {
    /// The bottom entry. CPython zero-fills it, so its `curly_bracket_expr_start_depth` is 0,
    /// not -1: `INSIDE_FSTRING_EXPR` holds for it (harmlessly; only `=` marks it "debug").
    fn regular() -> TokMode {
        TokMode {
            kind: ModeKind::Regular,
            curly_bracket_depth: 0,
            curly_bracket_expr_start_depth: 0,
            quote: 0,
            quote_size: 0,
            raw: false,
            start: 0,
            multi_line_start: 0,
            line_start_lineno: 0,
            expr_start: None,
            expr_end: None,
            debug: false,
            in_format_spec: false,
        }
    }
}

/// A warning the lexer raised (`PyErr_WarnExplicitObject` with `tok->lineno`); consumers decide
/// how to print it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexWarning {
    pub lineno: u32,
    pub kind: WarningKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WarningKind {
    /// `SyntaxWarning: invalid escape sequence '\{'` (or `\}`) in a non-raw f-string.
    InvalidEscape(u8),
    /// `SyntaxWarning: invalid decimal literal` and friends (`1if x else y`); parser mode only.
    InvalidLiteral(&'static str),
}

impl WarningKind {
    pub fn message(&self) -> String {
        match self {
            WarningKind::InvalidEscape(c) => format!("invalid escape sequence '\\{}'", *c as char),
            WarningKind::InvalidLiteral(kind) => format!("invalid {kind} literal"),
        }
    }
}

/// Internal result of one token step: `Err(())` is CPython's ERRORTOKEN; the error itself is in
/// `done` / `pending`.
pub(crate) type Step = Result<Token, ()>;

/// The tokenizer (`struct tok_state`).
pub struct Lexer<'src> {
    pub(crate) text: Cow<'src, [u8]>,
    pub(crate) cfg: Config,
    /// Readline mode only: the input's last line had no newline and one was added.
    pub(crate) fake_newline: bool,
    /// The text holds a NUL byte somewhere: only then is each new line searched for one.
    has_nul: bool,

    pub(crate) buf: usize,
    pub(crate) cur: usize,
    pub(crate) inp: usize,
    pub(crate) start: Option<usize>,
    pub(crate) line_start: usize,
    pub(crate) multi_line_start: usize,
    pub(crate) done: Done,
    pub(crate) pending: Option<Box<LexError>>,

    pub(crate) lineno: u32,
    pub(crate) first_lineno: u32,
    pub(crate) col_offset: i32,
    pub(crate) starting_col_offset: i32,

    indent: usize,
    indstack: [i32; MAXINDENT],
    altindstack: [i32; MAXINDENT],
    pub(crate) atbol: bool,
    pendin: i32,
    pub(crate) level: usize,
    parenstack: [u8; MAXLEVEL],
    parenlinenostack: [u32; MAXLEVEL],
    parencolstack: [i32; MAXLEVEL],
    cont_line: bool,
    comment_newline: bool,
    pub(crate) implicit_newline: bool,
    /// A line that failed to read (null bytes) was met at the start of a line inside an indented
    /// block: CPython's tokenizer then hands out that block's DEDENTs with the error already
    /// raised, which its `tokenize` module turns into a SystemError (see `tokenize::view`).
    pub(crate) error_at_dedent: bool,

    /// The mode stack; index 0 is the regular mode and is never popped.
    pub(crate) modes: Vec<TokMode>,
    pub(crate) metadata: Vec<(u32, u32)>,
    pub(crate) warnings: Vec<LexWarning>,
    /// The last error, returned again by every later call.
    failed: Option<Box<LexError>>,
}

pub(crate) fn is_potential_identifier_start(c: i32) -> bool {
    (c >= b'a' as i32 && c <= b'z' as i32) || (c >= b'A' as i32 && c <= b'Z' as i32) || c == b'_' as i32 || c >= 128
}

pub(crate) fn is_potential_identifier_char(c: i32) -> bool {
    is_potential_identifier_start(c) || is_digit(c)
}

pub(crate) fn is_digit(c: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&c)
}

/// ASCII bytes that continue an identifier (letters, digits, `_`), as a table: the name loop
/// tests one byte with one load.
static ASCII_IDENT: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || b == b'_';
        i += 1;
    }
    t
};

fn is_alnum_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

impl<'src> Lexer<'src> {
    /// A lexer over `text`, which must already be what CPython's tokenizer reads: UTF-8 (or
    /// bytes meant to be UTF-8), newlines translated for string input. [`Lexer::new`] and
    /// `view::tokenize` prepare it.
    pub(crate) fn from_prepared(text: Cow<'src, [u8]>, cfg: Config, fake_newline: bool) -> Lexer<'src> {
        let has_nul = memchr0(&text);
        Lexer::from_prepared_nul(text, cfg, fake_newline, has_nul)
    }

    /// [`Lexer::from_prepared`] when the caller knows whether `text` holds a NUL byte.
    pub(crate) fn from_prepared_nul(text: Cow<'src, [u8]>, cfg: Config, fake_newline: bool, has_nul: bool) -> Lexer<'src> {
        let mut modes = Vec::with_capacity(8);
        modes.push(TokMode::regular());
        let mut lx = Lexer {
            text,
            cfg,
            fake_newline,
            has_nul,
            buf: 0,
            cur: 0,
            inp: 0,
            start: None,
            line_start: 0,
            multi_line_start: 0,
            done: Done::Ok,
            pending: None,
            lineno: 0,
            first_lineno: 0,
            col_offset: -1,
            starting_col_offset: -1,
            indent: 0,
            indstack: [0; MAXINDENT],
            altindstack: [0; MAXINDENT],
            atbol: true,
            pendin: 0,
            level: 0,
            parenstack: [0; MAXLEVEL],
            parenlinenostack: [0; MAXLEVEL],
            parencolstack: [0; MAXLEVEL],
            cont_line: false,
            error_at_dedent: false,
            comment_newline: false,
            implicit_newline: false,
            modes,
            metadata: Vec::new(),
            warnings: Vec::new(),
            failed: None,
        };
        if lx.text.len() >= MAX_INPUT {
            lx.done = Done::ColumnOverflow;
        }
        lx
    }

    /// The text the tokens point into: the source after BOM removal, decoding to UTF-8 and
    /// newline translation.
    pub fn text(&self) -> &[u8] {
        &self.text
    }

    /// The f-string debug texts, as byte ranges of [`Lexer::text`] still holding comments; see
    /// [`Lexer::debug_text`].
    pub fn metadata(&self) -> &[(u32, u32)] {
        &self.metadata
    }

    /// The debug text of a token whose `metadata` is set (`f"{x = }"` gives `"x = "`): the
    /// expression's source with `#` comments removed up to (not including) each newline, as
    /// `set_fstring_expr` builds it.
    pub fn debug_text(&self, tok: &Token) -> Option<Cow<'_, [u8]>> {
        let &(a, b) = self.metadata.get((tok.metadata as usize).checked_sub(1)?)?;
        let raw = &self.text[a as usize..b as usize];
        if !raw.contains(&b'#') {
            return Some(Cow::Borrowed(raw));
        }
        let mut out = Vec::with_capacity(raw.len());
        let mut i = 0;
        while i < raw.len() {
            if raw[i] == b'#' {
                while i < raw.len() && raw[i] != 0 {
                    if raw[i] == b'\n' {
                        out.push(b'\n');
                        break;
                    }
                    i += 1;
                }
            } else {
                out.push(raw[i]);
            }
            i += 1;
        }
        Some(Cow::Owned(out))
    }

    /// Warnings raised so far, in order; `take_warnings` empties the list.
    pub fn warnings(&self) -> &[LexWarning] {
        &self.warnings
    }

    pub fn take_warnings(&mut self) -> Vec<LexWarning> {
        std::mem::take(&mut self.warnings)
    }

    /// Current line number (`tok->lineno`).
    pub fn lineno(&self) -> u32 {
        self.lineno
    }

    /// Current bracket nesting level (`tok->level`).
    pub fn level(&self) -> usize {
        self.level
    }

    /// The innermost open bracket: (char, line, byte column), as `raise_unclosed_parentheses_error`
    /// reads it from `tok->parenstack`.
    pub fn open_bracket(&self) -> Option<(u8, u32, i32)> {
        let i = self.level.checked_sub(1)?;
        Some((self.parenstack[i], self.parenlinenostack[i], self.parencolstack[i]))
    }

    /// Single-input parsing at ENDMARKER: emit DEDENTs for every open block
    /// (`p->tok->pendin = -p->tok->indent` in `_PyPegen_fill_token`).
    pub fn imply_dedents(&mut self) {
        self.pendin = -(self.indent as i32);
        self.indent = 0;
    }

    /// The next token (`_PyTokenizer_Get`). After an error, every call returns that error again.
    pub fn next_token(&mut self) -> Result<Token, LexError> {
        if let Some(e) = &self.failed {
            return Err((**e).clone());
        }
        let step = if self.modes[self.modes.len() - 1].kind == ModeKind::Regular {
            self.normal_mode_inline()
        } else {
            self.fstring_mode()
        };
        match step {
            Ok(t) => Ok(t),
            Err(()) => {
                let e = self.take_error();
                self.failed = Some(Box::new(e.clone()));
                Err(e)
            }
        }
    }

    /// The parser's loop: [`Lexer::next_token`] without the error value, which the caller takes
    /// with [`Lexer::step_error`] after an `Err` (and then asks for no more tokens). The token
    /// stays in registers instead of going through the larger `Result<Token, LexError>`.
    #[inline(always)]
    pub(crate) fn next_step(&mut self) -> Step {
        if self.failed.is_some() {
            return Err(());
        }
        if self.modes[self.modes.len() - 1].kind == ModeKind::Regular {
            self.normal_mode_inline()
        } else {
            self.fstring_mode()
        }
    }

    /// The error after [`Lexer::next_step`] returned `Err`.
    pub(crate) fn step_error(&mut self) -> LexError {
        if let Some(e) = &self.failed {
            return (**e).clone();
        }
        let e = self.take_error();
        self.failed = Some(Box::new(e.clone()));
        e
    }

    /// Builds the error for an ERRORTOKEN from the pending SyntaxError or `done`.
    fn take_error(&mut self) -> LexError {
        if let Some(e) = self.pending.take() {
            return *e;
        }
        let kind = match self.done {
            Done::Eof | Done::Ok => LexErrorKind::Eof,
            Done::Dedent => LexErrorKind::Dedent,
            Done::TabSpace => LexErrorKind::TabSpace,
            Done::TooDeep => LexErrorKind::TooDeep,
            Done::LineCont => LexErrorKind::LineCont,
            Done::ColumnOverflow => LexErrorKind::ColumnOverflow,
            Done::Error => LexErrorKind::Eof,
        };
        self.error_here(kind, 0, 0)
    }

    pub(crate) fn error_here(&self, kind: LexErrorKind, offset: i64, end_offset: i64) -> LexError {
        LexError {
            kind,
            lineno: self.lineno,
            offset,
            end_offset,
            line_start: self.line_start,
            cur: self.cur,
            buf: self.buf,
            inp: self.inp,
            level: self.level,
            open_bracket: self.open_bracket(),
            unterminated_at_eof: false,
        }
    }

    // ----- reading bytes -----

    /// `tok_nextc`: the next byte, reading a new line when the current one is used up.
    #[inline(always)]
    pub(crate) fn nextc(&mut self) -> i32 {
        if self.cur < self.inp {
            if let Some(&c) = self.text.get(self.cur) {
                self.col_offset += 1;
                self.cur += 1;
                return c as i32;
            }
        }
        self.nextc_slow()
    }

    /// Advances over the bytes of the current line that satisfy `keep`, as that many [`nextc`]
    /// calls would (it never reads a new line); returns how many. The hot loops (names,
    /// blanks, comments, string bodies) use it for their runs of ordinary bytes.
    ///
    /// [`nextc`]: Lexer::nextc
    #[inline(always)]
    pub(crate) fn skip_in_line(&mut self, keep: impl Fn(u8) -> bool) -> usize {
        let end = self.inp.min(self.text.len());
        if self.cur >= end {
            return 0;
        }
        let line = &self.text[self.cur..end];
        let n = line.iter().position(|&b| !keep(b)).unwrap_or(line.len());
        self.cur += n;
        self.col_offset += n as i32;
        n
    }

    /// [`Lexer::skip_in_line`] for runs that stop only at one of the bytes `a`, `b`, `c`
    /// (comments, string bodies): the run is searched eight bytes at a time.
    #[inline(always)]
    pub(crate) fn skip_until3(&mut self, a: u8, b: u8, c: u8) -> usize {
        let end = self.inp.min(self.text.len());
        if self.cur >= end {
            return 0;
        }
        let n = find_any3(&self.text[self.cur..end], a, b, c);
        self.cur += n;
        self.col_offset += n as i32;
        n
    }

    /// The rest of `tok_nextc`: the current line is used up, so read the next one.
    #[cold]
    #[inline(never)]
    fn nextc_slow(&mut self) -> i32 {
        loop {
            if self.cur != self.inp {
                self.col_offset += 1;
                let c = self.text[self.cur];
                self.cur += 1;
                return c as i32;
            }
            if self.done != Done::Ok {
                return EOF;
            }
            if !self.underflow() {
                self.cur = self.inp;
                return EOF;
            }
            self.line_start = self.cur;
            if self.has_nul && memchr0(&self.text[self.line_start..self.inp]) {
                self.syntax_error(SyntaxMsg::NullBytes);
                self.cur = self.inp;
                return EOF;
            }
        }
    }

    /// `tok_backup`.
    #[inline]
    pub(crate) fn backup(&mut self, c: i32) {
        if c != EOF {
            debug_assert!(self.cur > 0 && self.text[self.cur - 1] as i32 == c);
            self.cur = self.cur.saturating_sub(1);
            self.col_offset -= 1;
        }
    }

    /// Reads the next line into the window `..inp`.
    fn underflow(&mut self) -> bool {
        let len = self.text.len();
        if self.cfg.readline {
            if self.start.is_none() && self.modes.len() == 1 {
                self.buf = self.inp;
                self.cur = self.inp;
            }
            if self.inp >= len {
                self.done = Done::Eof;
                return false;
            }
            let end = match memchr_nl(&self.text[self.inp..]) {
                Some(i) => self.inp + i + 1,
                None => len,
            };
            self.line_start = self.cur;
            self.inp = end;
            self.implicit_newline = self.fake_newline && end == len;
        } else {
            if self.inp >= len {
                self.done = Done::Eof;
                return false;
            }
            let end = match memchr_nl(&self.text[self.inp..]) {
                Some(i) => self.inp + i + 1,
                None => len,
            };
            if self.start.is_none() {
                self.buf = self.cur;
            }
            self.line_start = self.cur;
            self.inp = end;
        }
        self.lineno += 1;
        self.col_offset = 0;
        true
    }

    // ----- errors -----

    /// `_PyTokenizer_syntaxerror`: a SyntaxError at the current position (column = characters of
    /// the line up to `cur`). The first error wins.
    pub(crate) fn syntax_error(&mut self, msg: SyntaxMsg) {
        let col = self.chars_between(self.line_start, self.cur);
        self.syntax_error_range(msg, col, col);
    }

    pub(crate) fn syntax_error_range(&mut self, msg: SyntaxMsg, col: i64, end_col: i64) {
        if self.done == Done::Error {
            return;
        }
        let e = self.error_here(LexErrorKind::Syntax(msg), col, end_col);
        self.pending = Some(Box::new(e));
        self.done = Done::Error;
    }

    /// Characters in `text[a..b]` decoded with errors="replace".
    pub(crate) fn chars_between(&self, a: usize, b: usize) -> i64 {
        let b = b.min(self.text.len());
        let a = a.min(b);
        count_chars_lossy(&self.text[a..b])
    }

    pub(crate) fn indent_error(&mut self) -> Step {
        self.done = Done::TabSpace;
        self.cur = self.inp;
        Err(())
    }

    // ----- making tokens -----

    /// `_PyLexer_token_setup`: a token spanning `span` (or no text) ending at the current position.
    #[inline]
    pub(crate) fn make(&self, kind: TokenKind, span: Option<(usize, usize)>) -> Token {
        let lineno = if kind.is_string_literal() { self.first_lineno } else { self.lineno };
        let (start, end, col, end_col) = match span {
            Some((a, b)) => (a as u32, b as u32, self.starting_col_offset, self.col_offset),
            None => (self.cur as u32, self.cur as u32, -1, -1),
        };
        Token {
            kind,
            level: self.level as u8,
            start,
            end,
            lineno,
            end_lineno: self.lineno,
            col_offset: col,
            end_col_offset: end_col,
            metadata: 0,
        }
    }

    pub(crate) fn mode(&self) -> &TokMode {
        &self.modes[self.modes.len() - 1]
    }

    pub(crate) fn mode_mut(&mut self) -> &mut TokMode {
        let i = self.modes.len() - 1;
        &mut self.modes[i]
    }

    pub(crate) fn inside_fstring(&self) -> bool {
        self.modes.len() > 1
    }

    pub(crate) fn tok_start(&self) -> usize {
        self.start.unwrap_or(self.cur)
    }

    /// `tok_continuation_line`: after a backslash, the line must end; returns the first byte of
    /// the next line (pushed back), or `Err` with `done` set.
    fn continuation_line(&mut self) -> Result<i32, ()> {
        let mut c = self.nextc();
        if c == b'\r' as i32 {
            c = self.nextc();
        }
        if c != b'\n' as i32 {
            self.done = Done::LineCont;
            return Err(());
        }
        c = self.nextc();
        if c == EOF {
            self.done = Done::Eof;
            self.cur = self.inp;
            return Err(());
        }
        self.backup(c);
        Ok(c)
    }

    /// `lookahead`: does the input continue with `test` and then a non-identifier byte?
    pub(crate) fn lookahead(&mut self, test: &[u8]) -> bool {
        let mut n = 0;
        loop {
            let c = self.nextc();
            if n == test.len() {
                let res = !is_potential_identifier_char(c);
                self.backup(c);
                for i in (0..n).rev() {
                    self.backup(test[i] as i32);
                }
                return res;
            } else if c == test[n] as i32 {
                n += 1;
                continue;
            }
            self.backup(c);
            for i in (0..n).rev() {
                self.backup(test[i] as i32);
            }
            return false;
        }
    }

    /// `verify_identifier`: a NAME with non-ASCII bytes must be a PEP 3131 identifier.
    fn verify_identifier(&mut self) -> bool {
        if self.cfg.extra_tokens {
            return true;
        }
        let start = self.tok_start();
        let bytes = &self.text[start..self.cur];
        let s = match std::str::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                let msg = utf8_error_text(bytes, &e);
                self.syntax_error(SyntaxMsg::Decode(msg));
                return false;
            }
        };
        let mut invalid = None;
        for (i, (pos, ch)) in s.char_indices().enumerate() {
            let cp = ch as u32;
            let ok = if i == 0 {
                crate::unicode::is_xid_start(cp) || cp == 0x5F
            } else {
                crate::unicode::is_xid_continue(cp)
            };
            if !ok {
                invalid = Some((i, pos, ch));
                break;
            }
        }
        let Some((idx, pos, ch)) = invalid else { return true };
        if idx + 1 < s.chars().count() {
            self.cur = start + pos + ch.len_utf8();
        }
        let cp = ch as u32;
        if crate::unicode::is_printable(cp) {
            self.syntax_error(SyntaxMsg::InvalidCharacter(cp));
        } else {
            self.syntax_error(SyntaxMsg::InvalidNonPrintable(cp));
        }
        false
    }

    // ----- the regular mode -----

    /// `tok_get_normal_mode`, for the f-string mode's fallback (an out-of-line copy).
    #[inline(never)]
    pub(crate) fn normal_mode(&mut self) -> Step {
        self.normal_mode_inline()
    }

    /// `tok_get_normal_mode`. Inlined into [`Lexer::next_token`] so that the token is built in
    /// its result: returned through memory, it was stored field by field and then copied with
    /// wide loads, which stall on those narrow stores (store forwarding) on every token.
    #[inline(always)]
    fn normal_mode_inline(&mut self) -> Step {
        'nextline: loop {
            self.start = None;
            self.starting_col_offset = -1;
            let mut blankline = false;

            if self.atbol {
                self.atbol = false;
                let (mut col, mut altcol, mut cont_line_col) = (0i32, 0i32, 0i32);
                let mut c;
                loop {
                    c = self.nextc();
                    if c == b' ' as i32 {
                        let n = 1 + self.skip_in_line(|b| b == b' ') as i32;
                        col += n;
                        altcol += n;
                    } else if c == b'\t' as i32 {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol += 1;
                    } else if c == 0x0C {
                        col = 0;
                        altcol = 0;
                    } else if c == b'\\' as i32 {
                        if cont_line_col == 0 {
                            cont_line_col = col;
                        }
                        c = self.continuation_line()?;
                        let _ = c;
                    } else {
                        break;
                    }
                }
                self.backup(c);
                if c == EOF && self.done == Done::Error && self.level == 0 && self.indent > 0 {
                    self.error_at_dedent = true;
                }
                if c == b'#' as i32 || c == b'\n' as i32 || c == b'\r' as i32 {
                    blankline = true;
                }
                if !blankline && self.level == 0 {
                    if cont_line_col != 0 {
                        col = cont_line_col;
                        altcol = cont_line_col;
                    }
                    let top = self.indent;
                    if col == self.indstack[top] {
                        if altcol != self.altindstack[top] {
                            return self.indent_error();
                        }
                    } else if col > self.indstack[top] {
                        if self.indent + 1 >= MAXINDENT {
                            self.done = Done::TooDeep;
                            self.cur = self.inp;
                            return Err(());
                        }
                        if altcol <= self.altindstack[top] {
                            return self.indent_error();
                        }
                        self.pendin += 1;
                        self.indent += 1;
                        self.indstack[self.indent] = col;
                        self.altindstack[self.indent] = altcol;
                    } else {
                        while self.indent > 0 && col < self.indstack[self.indent] {
                            self.pendin -= 1;
                            self.indent -= 1;
                        }
                        if col != self.indstack[self.indent] {
                            self.done = Done::Dedent;
                            self.cur = self.inp;
                            return Err(());
                        }
                        if altcol != self.altindstack[self.indent] {
                            return self.indent_error();
                        }
                    }
                }
            }

            self.start = Some(self.cur);
            self.starting_col_offset = self.col_offset;

            if self.pendin != 0 {
                let extra = self.cfg.extra_tokens;
                if self.pendin < 0 {
                    self.pendin += 1;
                    let span = extra.then_some((self.cur, self.cur));
                    return Ok(self.make(TokenKind::Dedent, span));
                } else {
                    self.pendin -= 1;
                    let span = extra.then_some((self.buf, self.cur));
                    return Ok(self.make(TokenKind::Indent, span));
                }
            }

            // Peek at the next byte (this may read the next line).
            let c = self.nextc();
            self.backup(c);

            'again: loop {
                self.start = None;
                let mut c;
                loop {
                    c = self.nextc();
                    if !(c == b' ' as i32 || c == b'\t' as i32 || c == 0x0C) {
                        break;
                    }
                    self.skip_in_line(|b| b == b' ' || b == b'\t' || b == 0x0C);
                }
                let start = self.cur.wrapping_sub(1);
                self.start = Some(start);
                self.starting_col_offset = self.col_offset - 1;

                if c == b'#' as i32 {
                    if let Some(step) = self.comment(&mut c, blankline) {
                        return step;
                    }
                }

                if c == EOF {
                    if self.level > 0 {
                        return Err(());
                    }
                    return if self.done == Done::Eof { Ok(self.make(TokenKind::Endmarker, None)) } else { Err(()) };
                }

                if is_potential_identifier_start(c) {
                    // Most names are ASCII: scan them here. When the name is followed by a
                    // non-ASCII byte (or the line ends), or may be a string prefix (at most two
                    // letters, the first a prefix letter, before a quote), undo the scan and take
                    // the general path.
                    if c < 128 {
                        let (cur, col) = (self.cur, self.col_offset);
                        self.skip_in_line(|b| ASCII_IDENT[b as usize]);
                        let next = if self.cur < self.inp { self.text.get(self.cur).copied() } else { None };
                        if let Some(b) = next.filter(|&b| b < 128) {
                            let prefix = matches!(b, b'\'' | b'"')
                                && self.cur - start <= 2
                                && matches!(c as u8, b'b' | b'B' | b'r' | b'R' | b'u' | b'U' | b'f' | b'F');
                            if !prefix {
                                return Ok(self.make(TokenKind::Name, Some((start, self.cur))));
                            }
                        }
                        self.cur = cur;
                        self.col_offset = col;
                    }
                    return self.name_or_prefixed_string(c);
                }

                if c == b'\r' as i32 {
                    c = self.nextc();
                }

                if c == b'\n' as i32 {
                    self.atbol = true;
                    if blankline || self.level > 0 {
                        if self.cfg.extra_tokens {
                            self.comment_newline = false;
                            return Ok(self.make(TokenKind::Nl, Some((start, self.cur))));
                        }
                        continue 'nextline;
                    }
                    if self.comment_newline && self.cfg.extra_tokens {
                        self.comment_newline = false;
                        return Ok(self.make(TokenKind::Nl, Some((start, self.cur))));
                    }
                    self.cont_line = false;
                    return Ok(self.make(TokenKind::Newline, Some((start, self.cur - 1))));
                }

                if c == b'.' as i32 {
                    c = self.nextc();
                    if is_digit(c) {
                        return self.number_fraction(c);
                    } else if c == b'.' as i32 {
                        c = self.nextc();
                        if c == b'.' as i32 {
                            return Ok(self.make(TokenKind::Ellipsis, Some((start, self.cur))));
                        }
                        self.backup(c);
                        self.backup(b'.' as i32);
                    } else {
                        self.backup(c);
                    }
                    return Ok(self.make(TokenKind::Dot, Some((start, self.cur))));
                }

                if is_digit(c) {
                    return self.number(c);
                }

                if c == b'\'' as i32 || c == b'"' as i32 {
                    return self.string_literal(c);
                }

                if c == b'\\' as i32 {
                    self.continuation_line()?;
                    self.cont_line = true;
                    continue 'again;
                }

                // The commonest operators, which begin no longer operator, outside f-strings:
                // a comma, and brackets that open or close a matching one.
                if self.modes.len() == 1 {
                    match c as u8 {
                        b',' | b';' if c < 128 => {
                            let kind = if c == b',' as i32 { TokenKind::Comma } else { TokenKind::Semi };
                            return Ok(self.make(kind, Some((start, self.cur))));
                        }
                        b'(' | b'[' if c < 128 && self.level < MAXLEVEL => {
                            self.parenstack[self.level] = c as u8;
                            self.parenlinenostack[self.level] = self.lineno;
                            self.parencolstack[self.level] = (start as i64 - self.line_start as i64) as i32;
                            self.level += 1;
                            let kind = if c == b'(' as i32 { TokenKind::Lpar } else { TokenKind::Lsqb };
                            return Ok(self.make(kind, Some((start, self.cur))));
                        }
                        b')' | b']' if c < 128 && self.level > 0 && self.parenstack[self.level - 1] == if c == b')' as i32 { b'(' } else { b'[' } => {
                            self.level -= 1;
                            let kind = if c == b')' as i32 { TokenKind::Rpar } else { TokenKind::Rsqb };
                            return Ok(self.make(kind, Some((start, self.cur))));
                        }
                        _ => {}
                    }
                }
                return self.operator(c);
            }
        }
    }

    /// A comment starting at `self.start`. Returns `None` when the lexer should carry on with the
    /// byte after it (`*c`, the newline or EOF).
    fn comment(&mut self, c: &mut i32, blankline: bool) -> Option<Step> {
        while *c != EOF && *c != b'\n' as i32 && *c != b'\r' as i32 {
            self.skip_until3(b'\n', b'\r', b'\r');
            *c = self.nextc();
        }
        let start = self.tok_start();
        if self.cfg.type_comments {
            if let Some(step) = self.type_comment(*c, start, blankline) {
                return Some(step);
            }
        }
        if self.cfg.extra_tokens {
            self.backup(*c);
            self.comment_newline = blankline;
            return Some(Ok(self.make(TokenKind::Comment, Some((start, self.cur)))));
        }
        None
    }

    /// TYPE_COMMENT / TYPE_IGNORE recognition: `#`, optional blanks, `type:`, optional blanks.
    fn type_comment(&mut self, c: i32, start: usize, blankline: bool) -> Option<Step> {
        const PREFIX: &[u8] = b"# type: ";
        let text_at = |t: &[u8], i: usize| -> u8 { t.get(i).copied().unwrap_or(0) };
        let mut p = start;
        let mut col = self.starting_col_offset;
        let mut k = 0;
        while k < PREFIX.len() && p < self.cur {
            if PREFIX[k] == b' ' {
                while matches!(text_at(&self.text, p), b' ' | b'\t') {
                    p += 1;
                    col += 1;
                }
            } else if PREFIX[k] == text_at(&self.text, p) {
                p += 1;
                col += 1;
            } else {
                break;
            }
            k += 1;
        }
        if k < PREFIX.len() {
            return None;
        }
        self.backup(c);
        let ignore_end = p + 6;
        let ignore_end_col = col + 6;
        let is_ignore = self.cur >= ignore_end
            && self.text.get(p..ignore_end) == Some(b"ignore".as_slice())
            && !(self.cur > ignore_end && {
                let b = text_at(&self.text, ignore_end);
                b >= 128 || is_alnum_byte(b)
            });
        let mut tok = if is_ignore {
            let span_end = self.cur;
            if blankline {
                self.nextc();
                self.atbol = true;
            }
            let mut t = self.make(TokenKind::TypeIgnore, Some((ignore_end, span_end)));
            t.col_offset = ignore_end_col;
            t
        } else {
            let mut t = self.make(TokenKind::TypeComment, Some((p, self.cur)));
            t.col_offset = col;
            t
        };
        tok.lineno = self.lineno;
        tok.end_lineno = self.lineno;
        tok.end_col_offset = self.col_offset;
        Some(Ok(tok))
    }

    /// An identifier, or a string whose prefix has just been read.
    fn name_or_prefixed_string(&mut self, mut c: i32) -> Step {
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        loop {
            let lc = (c as u8).to_ascii_lowercase();
            if !(saw_b || saw_u || saw_f) && lc == b'b' && c < 128 {
                saw_b = true;
            } else if !(saw_b || saw_u || saw_r || saw_f) && lc == b'u' && c < 128 {
                saw_u = true;
            } else if !(saw_r || saw_u) && lc == b'r' && c < 128 {
                saw_r = true;
            } else if !(saw_f || saw_b || saw_u) && lc == b'f' && c < 128 {
                saw_f = true;
            } else {
                break;
            }
            c = self.nextc();
            if c == b'"' as i32 || c == b'\'' as i32 {
                if saw_f {
                    return self.fstring_start(c);
                }
                return self.string_literal(c);
            }
        }
        let mut nonascii = false;
        while is_potential_identifier_char(c) {
            if c >= 128 {
                nonascii = true;
            }
            self.skip_in_line(|b| ASCII_IDENT[b as usize]);
            c = self.nextc();
        }
        self.backup(c);
        if nonascii && !self.verify_identifier() {
            return Err(());
        }
        Ok(self.make(TokenKind::Name, Some((self.tok_start(), self.cur))))
    }

    /// A (non-f) string literal whose opening quote `quote` has just been read.
    fn string_literal(&mut self, quote: i32) -> Step {
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        let mut has_escaped_quote = false;
        self.first_lineno = self.lineno;
        self.multi_line_start = self.line_start;

        let mut c = self.nextc();
        if c == quote {
            c = self.nextc();
            if c == quote {
                quote_size = 3;
            } else {
                end_quote_size = 1;
            }
        }
        if c != quote {
            self.backup(c);
        }

        let q = quote as u8;
        while end_quote_size != quote_size {
            if self.skip_until3(q, b'\\', b'\n') > 0 {
                end_quote_size = 0;
            }
            c = self.nextc();
            if self.done == Done::Error {
                return Err(());
            }
            if c == EOF || (quote_size == 1 && c == b'\n' as i32) {
                let start = self.tok_start();
                self.cur = start + 1;
                self.line_start = self.multi_line_start;
                let detected_at = self.lineno;
                self.lineno = self.first_lineno;

                if self.inside_fstring() {
                    let m = self.mode();
                    if m.quote as i32 == quote && m.quote_size as i32 == quote_size {
                        self.syntax_error(SyntaxMsg::FStringExpectingBrace);
                        return Err(());
                    }
                }
                let msg = if quote_size == 3 {
                    SyntaxMsg::UnterminatedTripleQuoted { detected_at }
                } else {
                    SyntaxMsg::UnterminatedString { detected_at, escaped_quote: has_escaped_quote }
                };
                self.syntax_error(msg);
                if c != b'\n' as i32 {
                    if let Some(p) = self.pending.as_mut() {
                        p.unterminated_at_eof = true;
                    }
                }
                return Err(());
            }
            if c == quote {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == b'\\' as i32 {
                    c = self.nextc();
                    if c == quote {
                        has_escaped_quote = true;
                    }
                    if c == b'\r' as i32 {
                        self.nextc();
                    }
                }
            }
        }
        Ok(self.make(TokenKind::String, Some((self.tok_start(), self.cur))))
    }

    /// Operators and brackets (the end of `tok_get_normal_mode`).
    fn operator(&mut self, c: i32) -> Step {
        let start = self.tok_start();
        let mut meta = 0u32;

        let is_punct = c == b':' as i32 || c == b'}' as i32 || c == b'!' as i32 || c == b'{' as i32;
        if is_punct && self.inside_fstring() && self.mode().curly_bracket_expr_start_depth >= 0 {
            let m = *self.mode();
            let cursor = m.curly_bracket_depth - i32::from(c != b'{' as i32);
            let in_spec_or_debug = cursor == 1 && (m.debug || m.in_format_spec);
            let cursor_valid = cursor == 0 || in_spec_or_debug;
            if cursor_valid {
                self.update_fstring_expr(c as u8);
                if c != b'{' as i32 {
                    meta = self.set_fstring_expr();
                }
            }
            if c == b':' as i32 && cursor == m.curly_bracket_expr_start_depth {
                let mm = self.mode_mut();
                mm.kind = ModeKind::FString;
                mm.in_format_spec = true;
                let mut t = self.make(one_char(c), Some((start, self.cur)));
                t.metadata = meta;
                return Ok(t);
            }
        }

        let c2 = self.nextc();
        let two = two_chars(c, c2);
        if two != TokenKind::Op {
            let c3 = self.nextc();
            let three = three_chars(c, c2, c3);
            let kind = if three != TokenKind::Op {
                three
            } else {
                self.backup(c3);
                two
            };
            let mut t = self.make(kind, Some((start, self.cur)));
            t.metadata = meta;
            return Ok(t);
        }
        self.backup(c2);

        match c as u8 {
            b'(' | b'[' | b'{' if c < 128 => {
                if self.level >= MAXLEVEL {
                    self.syntax_error(SyntaxMsg::TooManyNestedParens);
                    return Err(());
                }
                self.parenstack[self.level] = c as u8;
                self.parenlinenostack[self.level] = self.lineno;
                self.parencolstack[self.level] = (start as i64 - self.line_start as i64) as i32;
                self.level += 1;
                if self.inside_fstring() {
                    self.mode_mut().curly_bracket_depth += 1;
                }
            }
            b')' | b']' | b'}' if c < 128 => {
                if self.inside_fstring() && self.mode().curly_bracket_depth == 0 && c == b'}' as i32 {
                    self.syntax_error(SyntaxMsg::FStringSingleCloseBrace);
                    return Err(());
                }
                if !self.cfg.extra_tokens && self.level == 0 {
                    self.syntax_error(SyntaxMsg::Unmatched(c as u8));
                    return Err(());
                }
                if self.level > 0 {
                    self.level -= 1;
                    let opening = self.parenstack[self.level];
                    let matches = matches!((opening, c as u8), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                    if !self.cfg.extra_tokens && !matches {
                        if self.inside_fstring() && opening == b'{' {
                            let m = self.mode();
                            if m.curly_bracket_depth - 1 == m.curly_bracket_expr_start_depth {
                                self.syntax_error(SyntaxMsg::FStringUnmatched(c as u8));
                                return Err(());
                            }
                        }
                        let open_line = self.parenlinenostack[self.level];
                        let open_line = (open_line != self.lineno).then_some(open_line);
                        self.syntax_error(SyntaxMsg::MismatchedParen { close: c as u8, open: opening, open_line });
                        return Err(());
                    }
                }
                if self.inside_fstring() {
                    let m = self.mode_mut();
                    m.curly_bracket_depth -= 1;
                    if m.curly_bracket_depth < 0 {
                        self.syntax_error(SyntaxMsg::FStringUnmatched(c as u8));
                        return Err(());
                    }
                    let m = self.mode_mut();
                    if c == b'}' as i32 && m.curly_bracket_depth == m.curly_bracket_expr_start_depth {
                        m.curly_bracket_expr_start_depth -= 1;
                        m.kind = ModeKind::FString;
                        m.in_format_spec = false;
                        m.debug = false;
                    }
                }
            }
            _ => {}
        }

        // Every ASCII operator character is printable: only other bytes need the table.
        if !(0x20..0x7f).contains(&c) && !crate::unicode::is_printable(c as u32) {
            self.syntax_error(SyntaxMsg::InvalidNonPrintable(c as u32));
            return Err(());
        }
        if c == b'=' as i32 && self.mode().curly_bracket_expr_start_depth >= 0 {
            self.mode_mut().debug = true;
        }
        let mut t = self.make(one_char(c), Some((start, self.cur)));
        t.metadata = meta;
        Ok(t)
    }

    /// `_PyLexer_update_fstring_expr` for `{`, `}`, `!` and `:` (the text is contiguous here, so
    /// the "append the next line" case needs no work).
    pub(crate) fn update_fstring_expr(&mut self, c: u8) {
        let cur = self.cur;
        let start = self.tok_start();
        let m = self.mode_mut();
        if c == b'{' {
            m.expr_start = Some(cur);
            m.expr_end = None;
        } else if m.expr_end.is_none() {
            m.expr_end = Some(start);
        }
    }

    /// `set_fstring_expr`: records the debug text for the token being made; returns its
    /// `Token::metadata` value.
    fn set_fstring_expr(&mut self) -> u32 {
        let m = *self.mode();
        if !m.debug {
            return 0;
        }
        let (Some(a), Some(b)) = (m.expr_start, m.expr_end) else { return 0 };
        if b < a {
            return 0;
        }
        self.metadata.push((a as u32, b as u32));
        self.metadata.len() as u32
    }
}

/// The index of the first `\n` in `s`, eight bytes at a time.
fn memchr_nl(s: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut words = s.chunks_exact(8);
    let mut i = 0;
    for w in &mut words {
        let x = u64::from_le_bytes(w.try_into().unwrap_or([0; 8])) ^ (ONES * b'\n' as u64);
        // The lowest byte of `x` that is zero sets the lowest flagged bit (borrows only carry
        // upwards, so bytes above it may be flagged wrongly, never below).
        let zero = x.wrapping_sub(ONES) & !x & HIGHS;
        if zero != 0 {
            return Some(i + (zero.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    words.remainder().iter().position(|&b| b == b'\n').map(|p| i + p)
}

/// The index of the first byte of `s` equal to `a`, `b` or `c` (`s.len()` if none), eight bytes
/// at a time.
#[inline]
fn find_any3(s: &[u8], a: u8, b: u8, c: u8) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Flags the bytes of `w` equal to `k`; the lowest flag is exact (see `memchr_nl`).
    let eq = |w: u64, k: u8| {
        let x = w ^ (ONES * k as u64);
        x.wrapping_sub(ONES) & !x & HIGHS
    };
    let mut words = s.chunks_exact(8);
    let mut i = 0;
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
        // Each mask's lowest flag is a true match and its false flags lie above it, so the
        // lowest flag of the union is the first match of any of the three.
        let hit = eq(w, a) | eq(w, b) | eq(w, c);
        if hit != 0 {
            return i + (hit.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + words.remainder().iter().position(|&x| x == a || x == b || x == c).unwrap_or(words.remainder().len())
}

fn memchr0(s: &[u8]) -> bool {
    s.contains(&0)
}

/// Number of characters `bytes` decodes to with errors="replace" (each maximal invalid
/// subsequence is one U+FFFD, as CPython's UTF-8 decoder does).
pub(crate) fn count_chars_lossy(bytes: &[u8]) -> i64 {
    if bytes.is_ascii() {
        return bytes.len() as i64;
    }
    let mut n = 0i64;
    for chunk in bytes.utf8_chunks() {
        n += chunk.valid().chars().count() as i64;
        if !chunk.invalid().is_empty() {
            n += 1;
        }
    }
    n
}

/// The text of the `UnicodeDecodeError` CPython raises for `bytes`, as the parser prefixes it:
/// `(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`.
pub(crate) fn utf8_error_text(bytes: &[u8], e: &std::str::Utf8Error) -> String {
    let pos = e.valid_up_to();
    let b = bytes[pos];
    let reason = match e.error_len() {
        None => "unexpected end of data",
        Some(_) if (0x80..0xC2).contains(&b) || b > 0xF4 => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    format!("(unicode error) 'utf-8' codec can't decode byte 0x{b:02x} in position {pos}: {reason}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn memchr_nl_finds_the_first_newline() {
        // Bytes next to b'\n' in value, and newlines at every place and in pairs.
        let alphabet = [b'\t', 0x0b, 0x8a, b'x'];
        for n in 0..40usize {
            for at in 0..=n {
                for second in [None, Some(at + 1), Some(at + 9)] {
                    let s: Vec<u8> = (0..n).map(|i| if i == at || Some(i) == second { b'\n' } else { alphabet[i % 4] }).collect();
                    assert_eq!(super::memchr_nl(&s), s.iter().position(|&b| b == b'\n'), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn find_any3_finds_the_first_of_three_bytes() {
        let alphabet = [b'\t', b'\'' ^ 1, b'\\' ^ 0x80, b'x', 0x0d ^ 1, b'"' + 1];
        let marks = [b'\'', b'\\', b'\n'];
        for n in 0..40usize {
            for at in 0..=n {
                for (m, second) in [(0, None), (1, Some(at + 1)), (2, Some(at + 9)), (1, Some(at + 3))] {
                    let s: Vec<u8> = (0..n)
                        .map(|i| if i == at { marks[m] } else if Some(i) == second { marks[(m + 1) % 3] } else { alphabet[i % 6] })
                        .collect();
                    let want = s.iter().position(|b| marks.contains(b)).unwrap_or(n);
                    assert_eq!(super::find_any3(&s, b'\'', b'\\', b'\n'), want, "{s:?}");
                }
            }
        }
    }
}
