//! The tokenizer: source bytes to tokens. It models CPython 3.13's lexer
//! (Parser/lexer/lexer.c, Parser/lexer/state.c), its input layers (Parser/tokenizer/
//! string_tokenizer.c, readline_tokenizer.c, helpers.c), the `_tokenize` module
//! (Python/Python-tokenize.c) and `python -m tokenize` (Lib/tokenize.py).
//!
//! Code map:
//! * [`token`]: token types, their numbers and operator spellings (Grammar/Tokens, Lib/token.py).
//! * [`lexer`]: the state (`struct tok_state`), reading lines, the regular mode, names, strings,
//!   operators, indentation.
//! * `number`: numeric literals. `fstring`: the f-string mode. `fast` (within `lexer`): the
//!   parser's fast path for names, operators and NEWLINE.
//! * [`encoding`]: BOM, coding cookies, decoding; `compile()`'s and `tokenize`'s variants.
//! * [`error`]: typed errors and their CPython texts.
//! * [`view`]: the `tokenize` module's token list and `python -m tokenize` output.
//!
//! # What the parser gets
//!
//! ```ignore
//! let mut lx = Lexer::new(source_bytes, Mode::Exec, /*type_comments=*/ true)?;
//! loop {
//!     let tok = lx.next_token()?;          // Result<Token, LexError>
//!     if tok.kind == TokenKind::Endmarker { break }
//! }
//! ```
//!
//! This is `compile()`'s tokenizer (`_PyTokenizer_FromString`):
//! * **Input.** The bytes are prepared as `decode_str` does: `\r\n` and lone `\r` become `\n`, a
//!   final `\n` is added for `Exec`/`Single`, a UTF-8 BOM is dropped, a coding cookie on line 1 or 2
//!   decodes the text to UTF-8. Without a cookie the bytes are *not* validated: a NAME with invalid
//!   UTF-8 is an error here, but string contents are the parser's to decode. Tokens point into
//!   [`Lexer::text`] (byte offsets `start..end`). NUL bytes end the input, as in C; `compile()`
//!   rejects them before tokenizing ("source code string cannot contain null bytes"), which is the
//!   caller's check.
//! * **Tokens.** [`Token`] is 32 bytes, `Copy`, with no heap data: kind, bracket `level`, byte
//!   offsets, `lineno`/`end_lineno` (1-based), `col_offset`/`end_col_offset` in UTF-8 bytes (as
//!   pegen's tokens; the AST converts them). Tokens without text (INDENT, DEDENT, ENDMARKER) have
//!   columns -1 and `start == end`. Strings (STRING, FSTRING_*) start on the line where the literal
//!   starts. No COMMENT or NL tokens. Keywords and soft keywords are NAME: the parser decides.
//!   `Token::metadata` is set on the token closing an f-string replacement field with `=`; get the
//!   debug text with [`Lexer::debug_text`].
//! * **Type comments.** With `type_comments`, TYPE_COMMENT (text after `# type: `) and
//!   TYPE_IGNORE (text after `ignore`) tokens appear, as `python -m ast` enables them.
//! * **Checks.** As in `compile()`: identifiers are checked against PEP 3131, numbers may not run
//!   into names (`1abc`; `1if` only warns), brackets must match, `0777` is an error.
//! * **Warnings.** The lexer's own SyntaxWarnings (`\{` in an f-string; `invalid decimal literal`
//!   before a keyword) collect in [`Lexer::warnings`] with their line. Invalid escape sequences in
//!   ordinary strings are **not** warned about here: CPython warns when the parser decodes them.
//! * **Errors.** [`LexError`]: an [`LexErrorKind`] (a SyntaxError message, or `E_EOF`, `E_DEDENT`,
//!   `E_TABSPACE`, `E_TOODEEP`, `E_LINECONT`) with the state that locates it. For SyntaxErrors the
//!   `lineno`/`offset`/`end_offset` are final; for the others the parser words the error itself
//!   (`_Pypegen_tokenizer_error`: E_EOF becomes "'(' was never closed" via
//!   [`LexError::open_bracket`] or "unexpected EOF while parsing"; E_LINECONT is placed at
//!   `cur - buf - 1`). After an error every call returns it again.
//! * **Single input.** At ENDMARKER the parser may call [`Lexer::imply_dedents`].

pub mod encoding;
pub mod error;
mod fstring;
pub mod lexer;
mod number;
pub mod token;
pub mod view;
pub(crate) mod codecs_table;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_check;

pub use error::{ErrorClass, LexError, LexErrorKind, SyntaxMsg};
pub use lexer::{Config, LexWarning, Lexer, Mode, Token, WarningKind};
pub use token::TokenKind;

impl<'src> Lexer<'src> {
    /// `compile()`'s lexer over source bytes (see the module docs). Fails only when the source
    /// encoding is wrong (`encoding problem: …`, `unknown encoding: …`, undecodable bytes).
    pub fn new(source: &'src [u8], mode: Mode, type_comments: bool) -> Result<Lexer<'src>, LexError> {
        Lexer::new_scanned(source, mode, type_comments, encoding::scan_nul_cr(source))
    }

    /// [`Lexer::new`] given what `encoding::scan_nul_cr` found in `source` (the parser scans
    /// the source once, for its own NUL check too).
    pub(crate) fn new_scanned(source: &'src [u8], mode: Mode, type_comments: bool, scan: (Option<usize>, bool)) -> Result<Lexer<'src>, LexError> {
        let exec_input = matches!(mode, Mode::Exec | Mode::Single);
        let cfg = Config { extra_tokens: false, type_comments, readline: false };
        match encoding::prepare_compile_input_scanned(source, exec_input, scan) {
            Ok((text, decoded)) => {
                let has_nul = decoded && text.contains(&0);
                Ok(Lexer::from_prepared_nul(text, cfg, false, has_nul))
            }
            Err(msg) => {
                let lx = Lexer::from_prepared(std::borrow::Cow::Borrowed(&[][..]), cfg, false);
                Err(lx.error_here(LexErrorKind::Syntax(msg), -1, -1))
            }
        }
    }

    /// A lexer with explicit settings over text that is already prepared (UTF-8, newlines as the
    /// chosen input layer expects them). Used by the `tokenize` view and by tests.
    pub fn with_config(text: &'src [u8], cfg: Config) -> Lexer<'src> {
        let fake = cfg.readline && !text.is_empty() && text.last() != Some(&b'\n');
        if fake {
            let mut v = text.to_vec();
            v.push(b'\n');
            return Lexer::from_prepared(std::borrow::Cow::Owned(v), cfg, true);
        }
        Lexer::from_prepared(std::borrow::Cow::Borrowed(text), cfg, false)
    }
}
