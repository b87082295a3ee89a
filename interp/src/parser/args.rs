//! Call arguments (`arguments`, `args`, `kwargs`; `_PyPegen_collect_call_seqs`) and the
//! parameter lists of `def` and `lambda` (`parameters`, `lambda_parameters`, `star_etc`;
//! `_PyPegen_make_arguments`).

use super::token::T;
use super::{PResult, Parser};
use crate::ast::*;

/// What a parameter list is for: `def` parameters take annotations and type comments.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ParamsKind {
    Def,
    Lambda,
}

impl<'a> Parser<'a> {
    /// A call's `( ... )` after `func`, which started at token `start`.
    pub(super) fn call(&mut self, func: Expr, start: usize) -> PResult<Expr> {
        let lpar = self.p;
        self.enter()?;
        // Positional arguments go on the scratch stack (`take_exprs`).
        let mark = self.exprs.len();
        let r = self.call_inner(func, start, lpar, mark);
        if r.is_err() {
            self.exprs.truncate(mark);
        }
        self.leave();
        r
    }

    fn call_inner(&mut self, func: Expr, start: usize, lpar: usize, mark: usize) -> PResult<Expr> {
        self.advance();
        let mut keywords: Vec<Keyword> = Vec::new();
        // 0: positional allowed; 1: after a keyword; 2: after `**`.
        let mut state = 0;
        let mut count = 0;
        while !self.at(T::RPar) {
            let item_start = self.p;
            count += 1;
            if self.at(T::Star) {
                let e = self.starred_expression()?;
                if state == 2 {
                    let comma = self.toks[item_start - 1].loc;
                    return Err(self.error_starting_from(comma, "iterable argument unpacking follows keyword argument unpacking"));
                }
                self.exprs.push(e);
            } else if self.at(T::DoubleStar) {
                self.advance();
                let v = self.expression()?;
                if self.at(T::Equal) {
                    let t = self.toks[item_start];
                    self.advance();
                    let b = self.expression()?;
                    return Err(self.error_range(t.loc, b.loc, "cannot assign to keyword argument unpacking"));
                }
                keywords.push(Keyword { arg: None, value: Box::new(v), loc: self.loc_from(item_start) });
                state = 2;
            } else if self.at(T::Name) && self.la(1) == T::Equal {
                let (_, id) = self.expect_name()?;
                let eq = self.advance();
                if !self.at_expr_start() {
                    if !matches!(self.kind(), T::Comma | T::RPar) {
                        return Err(self.generic_error());
                    }
                    let t = self.toks[item_start];
                    return Err(self.error_range(t.loc, eq.loc, "expected argument value expression"));
                }
                let v = self.expression()?;
                if matches!(self.kind(), T::For | T::Async) {
                    let t = self.toks[item_start];
                    return Err(self.error_range(t.loc, eq.loc, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
                }
                keywords.push(Keyword { arg: Some(id), value: Box::new(v), loc: self.loc_from(item_start) });
                state = state.max(1);
            } else {
                if matches!(self.kind(), T::True | T::False | T::None) && self.la(1) == T::Equal {
                    let t = self.tok();
                    let eq = self.toks[self.p + 1];
                    return Err(self.error_range(t.loc, eq.loc, &format!("cannot assign to {}", self.text(&t))));
                }
                let e = self.named_expression_plain()?;
                if matches!(self.kind(), T::For | T::Async) {
                    self.check_comprehension_elt(&e)?;
                    let generators = self.for_if_clauses()?;
                    if count == 1 && self.at(T::RPar) {
                        self.advance();
                        let loc = self.loc_from(lpar);
                        let g = Expr { kind: ExprKind::GeneratorExp { elt: Box::new(e), generators }, loc };
                        return Ok(Expr { kind: ExprKind::Call { func: Box::new(func), args: vec![g], keywords }, loc: self.loc_from(start) });
                    }
                    let last = self.toks[self.p - 1].loc;
                    return Err(self.error_range(e.loc, last, "Generator expression must be parenthesized"));
                }
                if self.at(T::Equal) {
                    let eq = self.tok();
                    return Err(self.error_range(e.loc, eq.loc, "expression cannot contain assignment, perhaps you meant \"==\"?"));
                }
                if state > 0 {
                    let msg = if state == 2 {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    if let Some(e) = self.skim_arguments() {
                        return Err(e);
                    }
                    return Err(self.error_last_fetched(msg));
                }
                self.exprs.push(e);
            }
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        self.expect(T::RPar)?;
        let args = self.take_exprs(mark);
        Ok(Expr { kind: ExprKind::Call { func: Box::new(func), args, keywords }, loc: self.loc_from(start) })
    }

    /// The parameters of a `def`, between the parentheses.
    pub(super) fn params(&mut self) -> PResult<Arguments> {
        self.parameters(ParamsKind::Def)
    }

    /// The parameters of a `lambda`, up to the colon.
    pub(super) fn lambda_params(&mut self) -> PResult<Arguments> {
        self.parameters(ParamsKind::Lambda)
    }

    fn param_end(&mut self, kind: ParamsKind) -> bool {
        match kind {
            ParamsKind::Def => self.at(T::RPar),
            ParamsKind::Lambda => self.at(T::Colon),
        }
    }

    /// One parameter name with its annotation (`param`, `lambda_param`).
    fn param(&mut self, kind: ParamsKind, star_annotation: bool) -> PResult<Arg> {
        let start = self.p;
        let (_, id) = self.expect_name()?;
        let annotation = if kind == ParamsKind::Def && self.eat(T::Colon).is_some() {
            Some(Box::new(if star_annotation { self.star_expression()? } else { self.expression()? }))
        } else {
            None
        };
        Ok(Arg { arg: id, annotation, type_comment: None, loc: self.loc_from(start) })
    }

    /// "named arguments must follow bare *": at the '*' after `def` (a known location), at the
    /// furthest token read after `lambda` (`invalid_lambda_star_etc` uses RAISE_SYNTAX_ERROR).
    fn bare_star_error(&mut self, kind: ParamsKind, star: &super::token::Tok) -> Box<super::error::SyntaxError> {
        let msg = "named arguments must follow bare *";
        match kind {
            ParamsKind::Def => self.error_at_tok(star, msg),
            ParamsKind::Lambda => self.error_last_fetched(msg),
        }
    }

    /// `default`: '=' expression, or `invalid_default`'s "expected default value expression" at
    /// an '=' followed by ',' or ')'.
    fn param_default(&mut self) -> PResult<Expr> {
        let eq = self.advance();
        if !self.at_expr_start() {
            if matches!(self.kind(), T::Comma | T::RPar) {
                return Err(self.error_at_tok(&eq, "expected default value expression"));
            }
            return Err(self.generic_error());
        }
        self.expression()
    }

    /// Whether a parameter without a default ends here as `param_no_default` requires (a comma,
    /// or the closing token, a type comment allowed before it): only then does
    /// `invalid_parameters` report it after one with a default.
    fn param_no_default_follows(&mut self, kind: ParamsKind) -> bool {
        if self.at(T::Comma) || self.param_end(kind) {
            return true;
        }
        kind == ParamsKind::Def && self.at(T::TypeComment) && self.la(1) == T::RPar
    }

    /// After a parameter: ',' [TYPE_COMMENT], or the closing token. Attaches a type comment.
    fn param_sep(&mut self, kind: ParamsKind, arg: &mut Arg) -> PResult<bool> {
        let more = self.eat(T::Comma).is_some();
        if kind == ParamsKind::Def {
            if let Some(tc) = self.eat(T::TypeComment) {
                arg.type_comment = Some(self.type_comment_text(&tc).into());
            }
        }
        if !more && !self.param_end(kind) {
            return Err(self.generic_error());
        }
        Ok(more)
    }

    /// At a `(` among the parameters: the index of its `)` when what it holds is
    /// `param_no_default+ ','?`, a name (a def's with an optional `: annotation`) after each
    /// comma; None otherwise.
    fn parenthesised_params_end(&self, kind: ParamsKind) -> Option<usize> {
        let toks = &self.toks;
        let mut k = self.p + 1;
        loop {
            // One parameter: a name, then the annotation's tokens up to the group's `,` or `)`.
            if toks.get(k)?.kind != T::Name {
                return None;
            }
            k += 1;
            if kind == ParamsKind::Def && toks.get(k)?.kind == T::Colon {
                k += 1;
                if matches!(toks.get(k)?.kind, T::Comma | T::RPar) {
                    return None;
                }
                // (A token's level counts the brackets open after it: the group's commas are
                // at the `(`'s level, its `)` one below.)
                let inside = toks[self.p].level;
                while !((toks.get(k)?.kind == T::Comma && toks[k].level == inside) || (toks[k].kind == T::RPar && toks[k].level < inside)) {
                    if matches!(toks[k].kind, T::Newline | T::EndMarker) && toks[k].level == 0 {
                        return None;
                    }
                    k += 1;
                }
            }
            match toks.get(k)?.kind {
                T::RPar => return Some(k),
                T::Comma if toks.get(k + 1)?.kind == T::RPar => return Some(k + 1),
                // `param_no_default` takes one comma, `','?` another.
                T::Comma if toks.get(k + 1)?.kind == T::Comma && toks.get(k + 2)?.kind == T::RPar => return Some(k + 2),
                T::Comma => k += 1,
                _ => return None,
            }
        }
    }

    fn parameters(&mut self, kind: ParamsKind) -> PResult<Arguments> {
        let mut a = Arguments {
            posonlyargs: Vec::new(),
            args: Vec::new(),
            vararg: None,
            kwonlyargs: Vec::new(),
            kw_defaults: Vec::new(),
            kwarg: None,
            defaults: Vec::new(),
        };
        let mut seen_slash = false;
        let mut seen_default = false;
        // Positional parameters, with an optional `/`.
        loop {
            if self.param_end(kind) {
                return Ok(a);
            }
            match self.kind() {
                T::Slash => {
                    let t = self.advance();
                    if seen_slash {
                        return Err(self.error_at_tok(&t, "/ may appear only once"));
                    }
                    if a.args.is_empty() {
                        return Err(self.error_at_tok(&t, "at least one argument must precede /"));
                    }
                    seen_slash = true;
                    a.posonlyargs = std::mem::take(&mut a.args);
                    if self.eat(T::Comma).is_none() && !self.param_end(kind) {
                        return Err(self.generic_error());
                    }
                }
                T::Star | T::DoubleStar => break,
                T::Name => {
                    let mut arg = self.param(kind, false)?;
                    if self.at(T::Equal) {
                        let d = self.param_default()?;
                        a.defaults.push(d);
                        seen_default = true;
                    } else if seen_default && self.param_no_default_follows(kind) {
                        return Err(self.error_at_loc(arg.loc, "parameter without a default follows parameter with a default"));
                    }
                    let more = self.param_sep(kind, &mut arg)?;
                    a.args.push(arg);
                    if !more {
                        return Ok(a);
                    }
                }
                // `invalid_parameters`: parentheses holding plain parameters (names, in a def
                // with optional annotations), after plain parameters only.
                T::LPar => {
                    let t = self.tok();
                    let Some(k) = self.parenthesised_params_end(kind).filter(|_| !seen_slash && !seen_default) else {
                        return Err(self.generic_error());
                    };
                    let close = self.toks[k].loc;
                    return Err(self.error_range(t.loc, close, if kind == ParamsKind::Def {
                        "Function parameters cannot be parenthesized"
                    } else {
                        "Lambda expression parameters cannot be parenthesized"
                    }));
                }
                _ => return Err(self.generic_error()),
            }
        }
        // `*` [name] then keyword-only parameters, then `**name`.
        if self.at(T::Star) {
            let star = self.advance();
            if self.at(T::Name) {
                let mut arg = self.param(kind, true)?;
                if self.at(T::Equal) {
                    let t = self.tok();
                    return Err(self.error_at_tok(&t, "var-positional argument cannot have default value"));
                }
                let more = self.param_sep(kind, &mut arg)?;
                a.vararg = Some(Box::new(arg));
                if !more {
                    return Ok(a);
                }
            } else if self.eat(T::Comma).is_some() {
                if let Some(tc) = self.eat(T::TypeComment) {
                    let _ = tc;
                }
                if self.param_end(kind) || self.at(T::DoubleStar) {
                    return Err(self.bare_star_error(kind, &star));
                }
            } else if self.param_end(kind) {
                return Err(self.bare_star_error(kind, &star));
            } else {
                return Err(self.generic_error());
            }
            while self.at(T::Name) {
                let mut arg = self.param(kind, false)?;
                if self.at(T::Equal) {
                    let d = self.param_default()?;
                    a.kw_defaults.push(Some(d));
                } else {
                    a.kw_defaults.push(None);
                }
                let more = self.param_sep(kind, &mut arg)?;
                a.kwonlyargs.push(arg);
                if !more {
                    return Ok(a);
                }
            }
            if self.at(T::Star) {
                let t = self.tok();
                return Err(self.error_at_tok(&t, "* argument may appear only once"));
            }
            if self.at(T::Slash) {
                let t = self.tok();
                return Err(self.error_at_tok(&t, "/ must be ahead of *"));
            }
        }
        if self.at(T::DoubleStar) {
            self.advance();
            let mut arg = self.param(kind, false)?;
            if self.at(T::Equal) {
                let t = self.tok();
                return Err(self.error_at_tok(&t, "var-keyword argument cannot have default value"));
            }
            let more = self.param_sep(kind, &mut arg)?;
            a.kwarg = Some(Box::new(arg));
            if more && !self.param_end(kind) {
                let t = self.tok();
                return Err(self.error_at_tok(&t, "arguments cannot follow var-keyword argument"));
            }
            return Ok(a);
        }
        if self.param_end(kind) {
            return Ok(a);
        }
        Err(self.generic_error())
    }
}

impl<'a> Parser<'a> {
    /// Parses what is left of an argument list, ignoring the result, to reach the token CPython's
    /// `invalid_arguments` (`args ',' args`) has looked at when it reports. An error an error rule
    /// raises on the way (a missing comma further on) is reported instead.
    fn skim_arguments(&mut self) -> Option<Box<super::error::SyntaxError>> {
        loop {
            if self.eat(T::Comma).is_none() {
                break;
            }
            let r = match self.kind() {
                T::Star | T::DoubleStar => {
                    self.advance();
                    self.expression()
                }
                T::Name if self.la(1) == T::Equal => {
                    self.advance();
                    self.advance();
                    self.expression()
                }
                _ if self.at_expr_start() => self.expression(),
                _ => break,
            };
            match r {
                Ok(_) => {}
                Err(e) if e.is_generic() => break,
                Err(e) => return Some(e),
            }
        }
        self.kind();
        None
    }
}
