//! The parser: tokens → [`crate::ast`] tree, modelling CPython's PEG parser (Grammar/python.gram,
//! Parser/pegen.c, Parser/action_helpers.c, Parser/string_parser.c, Parser/pegen_errors.c).
//!
//! It is hand-written recursive descent. Each grammar rule is a method named after it, with the
//! rule's ordered choice decided by looking at tokens ahead, so that no alternative is parsed
//! twice (the grammar's memoised rules exist to make backtracking cheap; here there is none to
//! speak of). The tree it builds, positions included, is the one the generated parser builds.
//! Syntax errors are typed values ([`error::SyntaxError`]) made at the point of detection and
//! rendered to CPython's text in one place.
//!
//! Files: `stmt.rs` (statements and blocks), `expr.rs` (expressions), `args.rs` (call arguments,
//! parameters, lambda parameters), `target.rs` (assignment and deletion targets), `pattern.rs`
//! (match patterns), `string.rs` (string literals and f-strings), `error.rs` (errors).

mod args;
pub mod error;
mod expr;
mod pattern;
mod stmt;
mod string;
pub(crate) mod unicode_names;
#[cfg(test)]
mod tests;
mod target;
pub mod token;

use crate::ast::*;
use crate::tokenize::{ErrorClass, LexError, LexErrorKind};
use error::{ErrorKind, SyntaxError};
use token::{Tok, T};

/// The start rule (`ast.parse(mode=...)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
    FuncType,
}

impl Mode {
    pub fn from_name(s: &str) -> Option<Mode> {
        Some(match s {
            "exec" => Mode::Exec,
            "eval" => Mode::Eval,
            "single" => Mode::Single,
            "func_type" => Mode::FuncType,
            _ => return None,
        })
    }
}

pub type PResult<X> = Result<X, Box<SyntaxError>>;

/// A warning raised while compiling, with its line: a SyntaxWarning from the parser (invalid
/// escape sequences) or the code generator, or a DeprecationWarning from the AST optimiser
/// (folding `~` on a bool).
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    pub lineno: u32,
    pub msg: String,
    pub category: WarningCategory,
}

/// The class of a compile-time warning. CPython issues the two differently: a SyntaxWarning
/// names the compiled file and line (`PyErr_WarnExplicitObject`); a DeprecationWarning raised
/// by an operation the optimiser folds (`PyErr_WarnEx`) belongs to the Python code that called
/// `compile()`, so whether it shows and where depends on the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarningCategory {
    Syntax,
    Deprecation,
}

impl Warning {
    pub fn syntax(lineno: u32, msg: String) -> Warning {
        Warning { lineno, msg, category: WarningCategory::Syntax }
    }
}

/// CPython's limit on parser recursion is `MAXSTACK` (6000) rule calls deep (Parser/parser.c).
/// This parser counts one level where the generated parser's recursion grows by one rule per
/// construct (a unary operator, `not`, a conditional expression) and two for `**` and `lambda`;
/// about 31 levels sit between a statement and its expression in CPython, hence the
/// calibration: `-` nested 5968 times parses, 5969 times overflows, as in CPython 3.13.0.
const MAXSTACK: u32 = 5969;

pub(crate) struct Parser<'a> {
    src: &'a str,
    toks: Vec<Tok>,
    /// A tokenizer error found after the last token in `toks`: raised when the parser needs it.
    lex_error: Option<Box<SyntaxError>>,
    p: usize,
    /// The furthest token index the parser has looked at (CPython's `p->fill - 1`).
    max_p: usize,
    /// With `max_p`, the furthest token fetched at all, speculative second-pass parsing included
    /// (CPython's `p->fill` after the error pass): `max(fill_max, max_p)`, as `max_p` is folded
    /// in whenever backtracking lowers it (`restore_max_p`). Decides whether an unclosed bracket
    /// is reported instead.
    fill_max: usize,
    /// Suppresses "Perhaps you forgot a comma?" (dict keys after a pair, where "':' expected"
    /// wins).
    no_comma_check: bool,
    names: Names,
    /// Scratch stack of the statements of the blocks being parsed (see `take_stmts`).
    stmts: Vec<Stmt>,
    /// Scratch stack of the items of the expression lists being parsed (see `take_exprs`).
    exprs: Vec<Expr>,
    /// Scratch list of an assignment's targets (statements do not nest inside expressions,
    /// so one list serves every assignment of the source).
    assign_targets: Vec<Expr>,
    type_ignores: Vec<TypeIgnore>,
    depth: u32,
    pub warnings: Vec<Warning>,
    /// The f-string debug texts the lexer captured (see [`Tok::meta`]).
    debug_texts: Vec<String>,
    /// Where the source came from (the two tokenizers place some errors differently).
    origin: Origin,
}

impl<'a> Parser<'a> {
    pub fn new(src: &'a str, toks: Vec<Tok>, lex_error: Option<Box<SyntaxError>>, type_ignores: Vec<(u32, String)>) -> Parser<'a> {
        Parser {
            src,
            toks,
            lex_error,
            p: 0,
            max_p: 0,
            fill_max: 0,
            no_comma_check: false,
            names: Names::for_source(src.len()),
            stmts: Vec::new(),
            exprs: Vec::new(),
            assign_targets: Vec::new(),
            type_ignores: type_ignores.into_iter().map(|(lineno, tag)| TypeIgnore { lineno: lineno as i32, tag: tag.into() }).collect(),
            depth: 0,
            warnings: Vec::new(),
            debug_texts: Vec::new(),
            origin: Origin::File,
        }
    }

    // ----- token access -----

    /// The kind of the token `k` places ahead, recording how far the parser has looked.
    #[inline]
    fn la(&mut self, k: usize) -> T {
        let i = self.p + k;
        if i > self.max_p {
            self.max_p = i;
        }
        match self.toks.get(i) {
            Some(t) => t.kind,
            None => T::EndMarker,
        }
    }

    /// The current token's kind. The parser has always looked at least as far as it stands
    /// (`p <= max_p`: `advance` records each step, and backtracking returns to a token already
    /// reached, with `max_p` at least as far), so there is nothing to record.
    #[inline]
    fn kind(&mut self) -> T {
        debug_assert!(self.p <= self.max_p);
        match self.toks.get(self.p) {
            Some(t) => t.kind,
            None => T::EndMarker,
        }
    }

    #[inline]
    fn at(&mut self, k: T) -> bool {
        self.kind() == k
    }

    #[inline]
    fn tok(&self) -> Tok {
        self.toks[self.p.min(self.toks.len() - 1)]
    }

    #[inline]
    fn advance(&mut self) -> Tok {
        let t = self.tok();
        if self.p < self.toks.len() - 1 {
            self.p += 1;
            if self.p > self.max_p {
                self.max_p = self.p;
            }
        }
        t
    }

    #[inline]
    fn eat(&mut self, k: T) -> Option<Tok> {
        if self.kind() == k {
            Some(self.advance())
        } else {
            None
        }
    }

    fn expect(&mut self, k: T) -> PResult<Tok> {
        match self.eat(k) {
            Some(t) => Ok(t),
            None => Err(self.generic_error()),
        }
    }

    /// `&&'x'`: the token is required; its absence is "expected 'x'".
    fn expect_forced(&mut self, k: T, what: &str) -> PResult<Tok> {
        match self.eat(k) {
            Some(t) => Ok(t),
            None => {
                let t = self.tok();
                Err(self.error_at_tok(&t, &format!("expected '{what}'")))
            }
        }
    }

    fn text(&self, t: &Tok) -> &'a str {
        &self.src[t.start as usize..t.end as usize]
    }

    /// True when the current token is the soft keyword `s`.
    fn at_soft(&mut self, s: &str) -> bool {
        self.kind() == T::Name && self.text(&self.tok()) == s
    }

    // ----- positions -----

    /// The span from token `start` to the last non-whitespace token consumed.
    fn loc_from(&self, start: usize) -> Loc {
        let mut e = self.p;
        while e > start + 1 && matches!(self.toks[e - 1].kind, T::Newline | T::Indent | T::Dedent | T::EndMarker) {
            e -= 1;
        }
        let e = e.saturating_sub(1).max(start);
        Loc::span(self.toks[start].loc, self.toks[e].loc)
    }

    /// Backtracking: `max_p` returns to `max`, saved before a speculative parse.
    fn restore_max_p(&mut self, max: usize) {
        self.fill_max = self.fill_max.max(self.max_p);
        self.max_p = max;
    }

    fn last_token_line(&self) -> u32 {
        self.toks[self.fill_max.max(self.max_p).min(self.toks.len() - 1)].loc.lineno
    }

    #[inline]
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAXSTACK {
            return Err(Self::stack_overflow());
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn stack_overflow() -> Box<SyntaxError> {
        let mut e = SyntaxError::new(ErrorKind::Memory, "Parser stack overflowed - Python source too complex to parse", 0, 0, 0, 0);
        e.keep_over_lex_errors = true;
        Box::new(e)
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----- lists -----

    /// The expressions pushed on the scratch stack since `mark`, as a list of exactly their
    /// number: one allocation, where a `Vec` grown by pushes is allocated and then reallocated.
    fn take_exprs(&mut self, mark: usize) -> Vec<Expr> {
        self.exprs.split_off(mark)
    }

    /// Pushes a parsed list item on the scratch stack; on an error, drops the items pushed
    /// since `mark` (a caller may recover from the error and parse on).
    #[inline]
    fn push_or_unwind(&mut self, mark: usize, r: PResult<Expr>) -> PResult<()> {
        match r {
            Ok(e) => {
                self.exprs.push(e);
                Ok(())
            }
            Err(e) => {
                self.exprs.truncate(mark);
                Err(e)
            }
        }
    }

    // ----- names -----

    fn intern_tok(&mut self, t: &Tok) -> Ident {
        let b = self.src.as_bytes().get(t.start as usize..t.end as usize).unwrap_or_default();
        match self.names.intern_ascii(b) {
            Some(id) => id,
            None => {
                let n = crate::parser::string::nfkc_identifier(self.text(t));
                self.names.intern(&n)
            }
        }
    }

    fn name_expr(&mut self, t: &Tok, ctx: ExprContext) -> Expr {
        let id = self.intern_tok(t);
        Expr { kind: ExprKind::Name { id, ctx }, loc: t.loc }
    }

    /// NAME (not a keyword).
    fn expect_name(&mut self) -> PResult<(Tok, Ident)> {
        let t = self.expect(T::Name)?;
        let id = self.intern_tok(&t);
        Ok((t, id))
    }

    // ----- start rules -----

    fn file(&mut self) -> PResult<Mod> {
        let body = self.statements_until_end()?;
        Ok(Mod::Module { body, type_ignores: std::mem::take(&mut self.type_ignores) })
    }

    fn eval(&mut self) -> PResult<Mod> {
        let body = self.expressions()?;
        while self.eat(T::Newline).is_some() {}
        self.expect(T::EndMarker)?;
        Ok(Mod::Expression { body: Box::new(body) })
    }

    fn func_type(&mut self) -> PResult<Mod> {
        self.expect(T::LPar)?;
        let argtypes = if self.at(T::RPar) { Vec::new() } else { self.type_expressions()? };
        self.expect(T::RPar)?;
        self.expect(T::RArrow)?;
        let returns = self.expression()?;
        while self.eat(T::Newline).is_some() {}
        self.expect(T::EndMarker)?;
        Ok(Mod::FunctionType { argtypes, returns: Box::new(returns) })
    }

    fn interactive(&mut self) -> PResult<Mod> {
        let body = self.statement_newline()?;
        Ok(Mod::Interactive { body })
    }

    /// `type_expressions` (func_type mode).
    fn type_expressions(&mut self) -> PResult<Vec<Expr>> {
        let mut v = Vec::new();
        loop {
            if self.eat(T::Star).is_some() {
                v.push(self.expression()?);
                if self.eat(T::Comma).is_some() {
                    self.expect(T::DoubleStar)?;
                    v.push(self.expression()?);
                }
                break;
            }
            if self.eat(T::DoubleStar).is_some() {
                v.push(self.expression()?);
                break;
            }
            v.push(self.expression()?);
            if self.at(T::Comma) && matches!(self.la(1), T::Star | T::DoubleStar | T::Name) || self.at(T::Comma) && self.la(1) != T::RPar {
                self.advance();
                continue;
            }
            break;
        }
        Ok(v)
    }
}

/// What [`parse`] produces: the tree or the error, the warnings, and the prepared source text
/// (newlines translated, decoded to UTF-8) that positions refer to.
pub struct Parsed {
    pub result: PResult<Ast>,
    pub warnings: Vec<Warning>,
    pub text: String,
}

/// Turns a tokenizer error into the SyntaxError the parser reports for it
/// (`_Pypegen_tokenizer_error` in Parser/pegen_errors.c).
fn lex_error_to_syntax(e: &LexError, text: &str) -> Box<SyntaxError> {
    let line_of = |n: u32| text.split_inclusive('\n').nth(n.saturating_sub(1) as usize).unwrap_or("");
    let mut se = match &e.kind {
        LexErrorKind::Syntax(_) => {
            // Offsets are final, in characters: store them as byte columns of the same line.
            let line = line_of(e.lineno);
            let to_bytes = |off: i64| -> i64 {
                if off <= 0 {
                    return off;
                }
                let chars = (off - 1) as usize;
                line.char_indices().nth(chars).map(|(b, _)| b as i64 + 1).unwrap_or(line.len() as i64 + 1 + (chars as i64 - line.chars().count() as i64))
            };
            let mut se = SyntaxError::new(ErrorKind::Syntax, e.message(), e.lineno, to_bytes(e.offset), e.lineno, to_bytes(e.end_offset));
            se.raised_by_tokenizer = true;
            se
        }
        LexErrorKind::Eof => match e.open_bracket {
            Some((c, line, col)) => SyntaxError::unclosed(c as char, line, col.max(0) as u32),
            None => {
                let col = (e.cur - e.line_start) as i64;
                SyntaxError::new(ErrorKind::Syntax, "unexpected EOF while parsing", e.lineno, col, e.lineno, -1)
            }
        },
        LexErrorKind::Dedent => {
            let col = (e.cur - e.line_start) as i64;
            SyntaxError::new(ErrorKind::Indentation, e.message(), e.lineno, col, e.lineno, -1)
        }
        LexErrorKind::LineCont => {
            let col = e.cur as i64 - e.buf as i64 - 1;
            SyntaxError::new(ErrorKind::Syntax, e.message(), e.lineno, col + 1, e.lineno, -1)
        }
        _ => {
            let kind = match e.class() {
                ErrorClass::TabError => ErrorKind::Tab,
                ErrorClass::IndentationError => ErrorKind::Indentation,
                _ => ErrorKind::Syntax,
            };
            SyntaxError::new(kind, e.message(), e.lineno, 1, e.lineno, -1)
        }
    };
    if let Some((c, line, col)) = e.open_bracket {
        se.eof_in_bracket = Some((c as char, line, col.max(0) as u32));
    }
    Box::new(se)
}

/// Where source bytes come from. CPython reads a file run as `python F` with its file tokenizer
/// (Parser/tokenizer/file_tokenizer.c) and bytes given to `compile()` (as `-m ast` and `-m dis`
/// do) with its string tokenizer (string_tokenizer.c); some errors differ between the two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    File,
    String,
}

/// Parses a file's bytes as `python F` does (see [`parse_from`]).
pub fn parse(source: &[u8], mode: Mode, type_comments: bool) -> Parsed {
    parse_from(source, mode, type_comments, Origin::File)
}

/// Parses Python source bytes as `ast.parse(source, mode=..., type_comments=...)` does, with
/// the errors of the tokenizer `origin` names.
pub fn parse_from(source: &[u8], mode: Mode, type_comments: bool, origin: Origin) -> Parsed {
    use crate::tokenize::{Lexer, Mode as LexMode, TokenKind as K};
    let lex_mode = match mode {
        Mode::Exec => LexMode::Exec,
        Mode::Single => LexMode::Single,
        Mode::Eval | Mode::FuncType => LexMode::Eval,
    };
    // One pass finds the first NUL and whether there is a `\r` (for newline translation).
    let scan = crate::tokenize::encoding::scan_nul_cr(source);
    let has_nul = scan.0.is_some();
    if origin == Origin::String && has_nul {
        let mut e = SyntaxError::new(ErrorKind::Syntax, "source code string cannot contain null bytes", 0, error::NO_OFFSET, 0, -1);
        e.no_location = true;
        return Parsed { result: Err(Box::new(e)), warnings: Vec::new(), text: String::from_utf8_lossy(source).into_owned() };
    }
    if let Some(nul) = scan.0 {
        // `python F` stops at the line holding a NUL byte (Parser/tokenizer/file_tokenizer.c).
        let text = String::from_utf8_lossy(source).into_owned();
        let lineno = source[..nul].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        let line_start = source[..nul].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let mut e = SyntaxError::new(ErrorKind::Syntax, "source code cannot contain null bytes", lineno, error::NO_OFFSET, lineno, 0);
        e.text = Some(format!("{}\n", String::from_utf8_lossy(&source[line_start..nul])));
        return Parsed { result: Err(Box::new(e)), warnings: Vec::new(), text };
    }
    let mut lx = match Lexer::new_scanned(source, lex_mode, type_comments, scan) {
        Ok(lx) => lx,
        Err(e) => {
            let text = String::from_utf8_lossy(source).into_owned();
            let mut err = lex_error_to_syntax(&e, &text);
            // `python F` words an unknown coding cookie as an "encoding problem"; `compile()`
            // reports these errors on line 0.
            match origin {
                Origin::File => {
                    if let Some(name) = err.msg.strip_prefix("unknown encoding: ") {
                        err.msg = format!("encoding problem: {name}");
                    }
                }
                Origin::String => err.no_location = false,
            }
            return Parsed { result: Err(err), warnings: Vec::new(), text };
        }
    };
    // One pass: each lexer token becomes a parser token as it is made.
    let mut toks = Buffers::take_toks();
    toks.reserve(source.len() / 5 + 16);
    let mut type_ignores = Vec::new();
    let mut debug_texts = Vec::new();
    let mut lex_err = None;
    // compile() of bytes that are not UTF-8 needs the string tokens afterwards (rare).
    let keep_strings = origin == Origin::String && std::str::from_utf8(source).is_err();
    let mut raw = Vec::new();
    // Start of the line holding byte `pos` (for the tokens without a span: DEDENT, ENDMARKER).
    let line_start = |bytes: &[u8], pos: usize| bytes[..pos.min(bytes.len())].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    loop {
        if let Some(t) = lx.fast_step() {
            // A NAME, an operator or a NEWLINE, with its text.
            let kind = match t.kind {
                K::Name => T::name_bytes(&lx.text()[t.start as usize..t.end as usize]),
                K::Newline => T::Newline,
                k => T::from_operator_kind(k),
            };
            let loc = Loc { lineno: t.lineno, col_offset: t.col_offset as u32, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset as u32 };
            toks.push(Tok { kind, start: t.start, end: t.end, loc, level: t.level as u16, meta: 0 });
            continue;
        }
        let t = match lx.next_step() {
            Ok(t) => t,
            Err(()) => {
                lex_err = Some(lx.step_error());
                break;
            }
        };
        if keep_strings && t.kind == K::String {
            raw.push(t);
        }
        let bytes = lx.text();
        let kind = match t.kind {
            K::Name => T::name_bytes(&bytes[t.start as usize..t.end as usize]),
            K::Number => T::Number,
            K::String => T::String,
            K::Newline => T::Newline,
            K::Indent => T::Indent,
            K::Dedent => T::Dedent,
            K::Endmarker => T::EndMarker,
            K::FstringStart => T::FStringStart,
            K::FstringMiddle => T::FStringMiddle,
            K::FstringEnd => T::FStringEnd,
            K::TypeComment => T::TypeComment,
            K::TypeIgnore => {
                // CPython copies `end_col - col` bytes, which takes in the newline the lexer
                // consumed after an ignore comment alone on its line.
                let len = (t.end_col_offset - t.col_offset).max(0) as usize;
                let end = (t.start as usize + len).min(bytes.len());
                type_ignores.push((t.lineno, t.start as usize, end));
                continue;
            }
            K::Op | K::Errortoken => T::Op,
            K::Comment | K::Nl | K::Encoding | K::SoftKeyword => continue,
            k => T::from_operator_kind(k),
        };
        let (col, end_col) = if t.col_offset < 0 {
            let c = (t.start as usize - line_start(bytes, t.start as usize)) as u32;
            (c, c)
        } else {
            (t.col_offset as u32, t.end_col_offset as u32)
        };
        let loc = Loc { lineno: t.lineno, col_offset: col, end_lineno: t.end_lineno, end_col_offset: end_col };
        let meta = if t.metadata != 0 {
            let text = lx.debug_text(&t).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
            debug_texts.push(text);
            debug_texts.len() as u32
        } else {
            0
        };
        toks.push(Tok { kind, start: t.start, end: t.end, loc, level: t.level as u16, meta });
        if kind == T::EndMarker {
            break;
        }
    }
    let bytes = lx.text();
    // Invalid UTF-8 (only possible inside strings and comments) becomes '?', byte for byte, so
    // that token offsets stay valid.
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => {
            let mut v = bytes.to_vec();
            let mut i = 0;
            while let Err(e) = std::str::from_utf8(&v[i..]) {
                let bad = i + e.valid_up_to();
                let n = e.error_len().unwrap_or(v.len() - bad);
                v[bad..bad + n].fill(b'?');
                i = bad + n;
            }
            String::from_utf8(v).unwrap_or_default()
        }
    };
    let line_start = |pos: usize| line_start(text.as_bytes(), pos);
    let type_ignores = type_ignores.into_iter().map(|(lineno, a, b)| (lineno, text.get(a..b).unwrap_or("").to_string())).collect();
    let lex_error = lex_err.as_ref().map(|e| lex_error_to_syntax(e, &text));
    if let Some(e) = &lex_err {
        let pos = (e.cur.min(text.len())) as u32;
        let c = (pos as usize - line_start(pos as usize)) as u32;
        let loc = Loc { lineno: e.lineno, col_offset: c, end_lineno: e.lineno, end_col_offset: c };
        toks.push(Tok { kind: T::ErrorToken, start: pos, end: pos, loc, level: 0, meta: 0 });
    }
    let mut warnings: Vec<Warning> = lx.take_warnings().into_iter().map(|w| Warning::syntax(w.lineno, w.kind.message())).collect();
    let (mut result, pw) = parse_tokens(&text, toks, lex_error, type_ignores, debug_texts, mode, origin);
    if origin == Origin::String && std::str::from_utf8(lx.text()).is_err() {
        if let Some(e) = string::undecodable_literal(lx.text(), &raw, &result) {
            // A tokenizer error later in the source still wins (the rest is tokenized after
            // the literal's error), an undecodable identifier as a bare UnicodeDecodeError.
            result = match result {
                Err(tok) if tok.raised_by_tokenizer && !tok.msg.contains("f-string") => match tok.as_raw_decode_error() {
                    Some(raw) => Err(Box::new(raw)),
                    None => Err(tok),
                },
                _ => Err(e),
            };
        }
        // The error's line is the source line decoded with replacement (`text` has '?' there).
        if let Err(e) = &mut result {
            if e.text.is_none() && e.lineno > 0 {
                if let Some(line) = lx.text().split_inclusive(|&b| b == b'\n').nth(e.lineno as usize - 1) {
                    let t = String::from_utf8_lossy(line).into_owned();
                    e.text = Some(if t.ends_with('\n') { t } else { t + "\n" });
                }
            }
        }
    }
    warnings.extend(pw);
    warnings.sort_by_key(|w| w.lineno);
    Parsed { result, warnings, text }
}

/// Parses from tokens, then applies CPython's rule that a tokenizer error anywhere in the
/// source takes precedence over a parser error (`_PyPegen_tokenize_full_source_to_check_for_errors`).
pub(crate) fn parse_tokens(
    src: &str,
    toks: Vec<Tok>,
    lex_error: Option<Box<SyntaxError>>,
    type_ignores: Vec<(u32, String)>,
    debug_texts: Vec<String>,
    mode: Mode,
    origin: Origin,
) -> (PResult<Ast>, Vec<Warning>) {
    let mut p = Parser::new(src, toks, lex_error, type_ignores);
    Buffers::lend_scratch(&mut p);
    p.debug_texts = debug_texts;
    p.origin = origin;
    let r = match mode {
        Mode::Exec => p.file(),
        Mode::Eval => p.eval(),
        Mode::Single => p.interactive(),
        Mode::FuncType => p.func_type(),
    };
    let r = match r {
        Err(e) if !e.keep_over_lex_errors && p.lex_error.as_ref().is_some_and(|l| **l != *e) => {
            let lex = p.lex_error.take().unwrap();
            // Any parse that fetched the failing token raised the tokenizer's error there,
            // speculative second-pass ones included.
            let reached = p.fill_max.max(p.max_p) >= p.toks.len() - 1;
            if reached {
                Err(lex)
            } else if let Some((c, line, col)) = lex.eof_in_bracket.filter(|_| !lex.raised_by_tokenizer) {
                let err_line = p.last_token_line();
                if err_line > line {
                    Err(Box::new(SyntaxError::unclosed(c, line, col)))
                } else {
                    Err(e)
                }
            } else if lex.raised_by_tokenizer && !lex.msg.contains("f-string") {
                // Only errors the tokenizer raises as exceptions replace a parser error; E_DEDENT,
                // E_TABSPACE, E_LINECONT, E_EOF only set `tok->done`.
                match lex.as_raw_decode_error().filter(|_| origin == Origin::String) {
                    Some(raw) => Err(Box::new(raw)),
                    None => Err(lex),
                }
            } else {
                Err(e)
            }
        }
        r => r,
    };
    let warnings = std::mem::take(&mut p.warnings);
    Buffers::give_back(&mut p);
    (r.map(|module| Ast { module, names: p.names }), warnings)
}

/// The parser's large working buffers (the token array and the two scratch stacks), kept per
/// thread from one parse to the next. Allocating them anew for every source is a large request
/// to the system allocator, which first consolidates every small block the previous tree's drop
/// freed; reusing them leaves those blocks for the new tree's nodes.
#[derive(Default)]
struct Buffers {
    toks: Vec<Tok>,
    stmts: Vec<Stmt>,
    exprs: Vec<Expr>,
}

/// Buffers above this many bytes go back to the allocator instead of the stock.
const KEEP_BYTES: usize = 4 << 20;

thread_local! {
    static BUFFERS: std::cell::RefCell<Buffers> = std::cell::RefCell::new(Buffers::default());
}

impl Buffers {
    fn take_toks() -> Vec<Tok> {
        BUFFERS.try_with(|b| b.try_borrow_mut().map(|mut b| std::mem::take(&mut b.toks)).unwrap_or_default()).unwrap_or_default()
    }

    fn lend_scratch(p: &mut Parser) {
        let _ = BUFFERS.try_with(|b| {
            if let Ok(mut b) = b.try_borrow_mut() {
                p.stmts = std::mem::take(&mut b.stmts);
                p.exprs = std::mem::take(&mut b.exprs);
            }
        });
    }

    fn give_back(p: &mut Parser) {
        let (mut toks, mut stmts, mut exprs) = (std::mem::take(&mut p.toks), std::mem::take(&mut p.stmts), std::mem::take(&mut p.exprs));
        toks.clear();
        stmts.clear();
        exprs.clear();
        let _ = BUFFERS.try_with(|b| {
            if let Ok(mut b) = b.try_borrow_mut() {
                if toks.capacity() * std::mem::size_of::<Tok>() <= KEEP_BYTES && toks.capacity() > b.toks.capacity() {
                    b.toks = toks;
                }
                if stmts.capacity() > b.stmts.capacity() {
                    b.stmts = stmts;
                }
                if exprs.capacity() > b.exprs.capacity() {
                    b.exprs = exprs;
                }
            }
        });
    }
}
