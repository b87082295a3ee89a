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
mod unicode_names;
mod target;
pub mod token;

use crate::ast::*;
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

/// A SyntaxWarning raised while parsing (invalid escape sequences), with its line.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    pub lineno: u32,
    pub msg: String,
}

/// CPython's limit on parser recursion (`MAXSTACK` in Parser/parser.c).
const MAXSTACK: u32 = 6000;

pub(crate) struct Parser<'a> {
    src: &'a str,
    toks: Vec<Tok>,
    /// A tokenizer error found after the last token in `toks`: raised when the parser needs it.
    lex_error: Option<Box<SyntaxError>>,
    p: usize,
    /// The furthest token index the parser has looked at (CPython's `p->fill - 1`).
    max_p: usize,
    names: Names,
    type_ignores: Vec<TypeIgnore>,
    depth: u32,
    pub warnings: Vec<Warning>,
}

impl<'a> Parser<'a> {
    pub fn new(src: &'a str, toks: Vec<Tok>, lex_error: Option<Box<SyntaxError>>, type_ignores: Vec<(u32, String)>) -> Parser<'a> {
        Parser {
            src,
            toks,
            lex_error,
            p: 0,
            max_p: 0,
            names: Names::default(),
            type_ignores: type_ignores.into_iter().map(|(lineno, tag)| TypeIgnore { lineno: lineno as i32, tag: tag.into() }).collect(),
            depth: 0,
            warnings: Vec::new(),
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

    #[inline]
    fn kind(&mut self) -> T {
        self.la(0)
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
        }
        if self.p > self.max_p {
            self.max_p = self.p;
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

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAXSTACK {
            let t = self.tok();
            return Err(self.error_at_tok(&t, "too many nested parentheses"));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----- names -----

    fn intern_tok(&mut self, t: &Tok) -> Ident {
        let s = self.text(t);
        if s.is_ascii() {
            self.names.intern(s)
        } else {
            let n = crate::parser::string::nfkc_identifier(s);
            self.names.intern(&n)
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

/// Parses `src` (UTF-8, newlines already translated) from tokens.
pub(crate) fn parse_tokens(
    src: &str,
    toks: Vec<Tok>,
    lex_error: Option<Box<SyntaxError>>,
    type_ignores: Vec<(u32, String)>,
    mode: Mode,
) -> (PResult<Ast>, Vec<Warning>) {
    let mut p = Parser::new(src, toks, lex_error, type_ignores);
    let r = match mode {
        Mode::Exec => p.file(),
        Mode::Eval => p.eval(),
        Mode::Single => p.interactive(),
        Mode::FuncType => p.func_type(),
    };
    let warnings = std::mem::take(&mut p.warnings);
    (r.map(|module| Ast { module, names: p.names }), warnings)
}

#[allow(unused)]
fn _kinds() -> ErrorKind {
    ErrorKind::Syntax
}
