//! `match` statement patterns (python.gram `patterns` … `keyword_pattern`; action_helpers.c
//! `_PyPegen_get_pattern_keys`, `_PyPegen_get_patterns`).

use super::token::T;
use super::{PResult, Parser};
use crate::ast::*;

impl<'a> Parser<'a> {
    fn pat(&self, kind: PatternKind, start: usize) -> Pattern {
        Pattern { kind, loc: self.loc_from(start) }
    }

    /// `patterns`: an open sequence (`case a, b:`) or one pattern.
    pub(super) fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.p;
        let first = self.maybe_star_pattern()?;
        if !self.at(T::Comma) {
            if let PatternKind::MatchStar { .. } = first.kind {
                return Err(self.generic_error());
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(T::Comma).is_some() {
            if matches!(self.kind(), T::Colon | T::If) {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(self.pat(PatternKind::MatchSequence { patterns }, start))
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.at(T::Star) {
            let start = self.p;
            self.advance();
            let (t, id) = self.expect_name()?;
            let name = if self.text(&t) == "_" { None } else { Some(id) };
            return Ok(self.pat(PatternKind::MatchStar { name }, start));
        }
        self.pattern()
    }

    /// `pattern`: or_pattern ['as' NAME].
    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let r = self.pattern_inner();
        self.leave();
        r
    }

    fn pattern_inner(&mut self) -> PResult<Pattern> {
        let start = self.p;
        let first = self.closed_pattern()?;
        let p = if self.at(T::VBar) {
            let mut patterns = vec![first];
            while self.eat(T::VBar).is_some() {
                patterns.push(self.closed_pattern()?);
            }
            self.pat(PatternKind::MatchOr { patterns }, start)
        } else {
            first
        };
        if self.at(T::As) {
            self.advance();
            if !self.at(T::Name) {
                return Err(self.generic_error());
            }
            let t = self.tok();
            if self.text(&t) == "_" {
                return Err(self.error_at_tok(&t, "cannot use '_' as a target"));
            }
            let (_, name) = self.expect_name()?;
            if matches!(self.kind(), T::Dot | T::LPar | T::Equal) {
                return Err(self.generic_error());
            }
            return Ok(self.pat(PatternKind::MatchAs { pattern: Some(Box::new(p)), name: Some(name) }, start));
        }
        Ok(p)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.p;
        match self.kind() {
            T::Number | T::Minus => {
                let value = self.signed_or_complex()?;
                Ok(self.pat(PatternKind::MatchValue { value: Box::new(value) }, start))
            }
            T::String | T::FStringStart => {
                let value = self.strings()?;
                Ok(self.pat(PatternKind::MatchValue { value: Box::new(value) }, start))
            }
            T::None | T::True | T::False => {
                let t = self.advance();
                let value = match t.kind {
                    T::None => Constant::None,
                    T::True => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                Ok(self.pat(PatternKind::MatchSingleton { value }, start))
            }
            T::Name => {
                let t = self.tok();
                if self.text(&t) == "_" && !matches!(self.la(1), T::Dot | T::LPar | T::Equal) {
                    self.advance();
                    return Ok(self.pat(PatternKind::MatchAs { pattern: None, name: None }, start));
                }
                let (dotted, e) = self.name_or_attr()?;
                if self.at(T::LPar) {
                    return self.class_pattern(e, start);
                }
                if dotted {
                    return Ok(self.pat(PatternKind::MatchValue { value: Box::new(e) }, start));
                }
                let ExprKind::Name { id, .. } = e.kind else { unreachable!() };
                Ok(self.pat(PatternKind::MatchAs { pattern: None, name: Some(id) }, start))
            }
            T::LPar => {
                self.advance();
                if self.eat(T::RPar).is_some() {
                    return Ok(self.pat(PatternKind::MatchSequence { patterns: Vec::new() }, start));
                }
                let first = self.maybe_star_pattern()?;
                if self.eat(T::RPar).is_some() {
                    if let PatternKind::MatchStar { .. } = first.kind {
                        return Err(self.generic_error());
                    }
                    return Ok(first);
                }
                let mut patterns = vec![first];
                self.expect(T::Comma)?;
                while !self.at(T::RPar) {
                    patterns.push(self.maybe_star_pattern()?);
                    if self.eat(T::Comma).is_none() {
                        break;
                    }
                }
                self.expect(T::RPar)?;
                Ok(self.pat(PatternKind::MatchSequence { patterns }, start))
            }
            T::LSqb => {
                self.advance();
                let mut patterns = Vec::new();
                while !self.at(T::RSqb) {
                    patterns.push(self.maybe_star_pattern()?);
                    if self.eat(T::Comma).is_none() {
                        break;
                    }
                }
                self.expect(T::RSqb)?;
                Ok(self.pat(PatternKind::MatchSequence { patterns }, start))
            }
            T::LBrace => self.mapping_pattern(),
            _ => Err(self.generic_error()),
        }
    }

    /// `name_or_attr`: NAME ('.' NAME)*; returns whether there was a dot.
    fn name_or_attr(&mut self) -> PResult<(bool, Expr)> {
        let start = self.p;
        let t = self.expect(T::Name)?;
        let mut e = self.name_expr(&t, ExprContext::Load);
        let mut dotted = false;
        while self.at(T::Dot) {
            self.advance();
            let (_, attr) = self.expect_name()?;
            e = Expr { kind: ExprKind::Attribute { value: Box::new(e), attr, ctx: ExprContext::Load }, loc: self.loc_from(start) };
            dotted = true;
        }
        Ok((dotted, e))
    }

    /// `signed_number` or `complex_number` (`-1`, `1+2j`, `-1.5-3j`).
    fn signed_or_complex(&mut self) -> PResult<Expr> {
        let start = self.p;
        let real = self.signed_number()?;
        if matches!(self.kind(), T::Plus | T::Minus) {
            let op = if self.advance().kind == T::Plus { Operator::Add } else { Operator::Sub };
            let istart = self.p;
            let t = self.expect(T::Number)?;
            let imag = self.number(&t)?;
            if !matches!(imag, Constant::Complex(..)) {
                return Err(self.error_at_tok(&t, "imaginary number required in complex literal"));
            }
            if let ExprKind::Constant { value: Constant::Complex(..), .. } = real.kind {
                return Err(self.error_at_loc(real.loc, "real number required in complex literal"));
            }
            let imag = Expr { kind: ExprKind::Constant { value: imag, kind: None }, loc: self.loc_from(istart) };
            return Ok(Expr { kind: ExprKind::BinOp { left: Box::new(real), op, right: Box::new(imag) }, loc: self.loc_from(start) });
        }
        Ok(real)
    }

    fn signed_number(&mut self) -> PResult<Expr> {
        let start = self.p;
        let neg = self.eat(T::Minus).is_some();
        let nstart = self.p;
        let t = self.expect(T::Number)?;
        let v = self.number(&t)?;
        let c = Expr { kind: ExprKind::Constant { value: v, kind: None }, loc: self.loc_from(nstart) };
        if neg {
            return Ok(Expr { kind: ExprKind::UnaryOp { op: UnaryOperator::USub, operand: Box::new(c) }, loc: self.loc_from(start) });
        }
        Ok(c)
    }

    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let start = self.p;
        self.advance();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(T::RBrace) {
            if self.eat(T::DoubleStar).is_some() {
                let (_, id) = self.expect_name()?;
                rest = Some(id);
                self.eat(T::Comma);
                break;
            }
            let key = match self.kind() {
                T::Number | T::Minus => self.signed_or_complex()?,
                T::String | T::FStringStart => self.strings()?,
                T::None | T::True | T::False => {
                    let kstart = self.p;
                    let t = self.advance();
                    let value = match t.kind {
                        T::None => Constant::None,
                        T::True => Constant::Bool(true),
                        _ => Constant::Bool(false),
                    };
                    Expr { kind: ExprKind::Constant { value, kind: None }, loc: self.loc_from(kstart) }
                }
                T::Name => {
                    let (dotted, e) = self.name_or_attr()?;
                    if !dotted {
                        return Err(self.generic_error());
                    }
                    e
                }
                _ => return Err(self.generic_error()),
            };
            self.expect(T::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        self.expect(T::RBrace)?;
        Ok(self.pat(PatternKind::MatchMapping { keys, patterns, rest }, start))
    }

    fn class_pattern(&mut self, cls: Expr, start: usize) -> PResult<Pattern> {
        self.advance();
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at(T::RPar) {
            if self.at(T::Name) && self.la(1) == T::Equal {
                let (_, id) = self.expect_name()?;
                self.advance();
                kwd_attrs.push(id);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(self.error_at_loc(p.loc, "positional patterns follow keyword patterns"));
                }
                patterns.push(p);
            }
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        self.expect(T::RPar)?;
        Ok(self.pat(PatternKind::MatchClass { cls: Box::new(cls), patterns, kwd_attrs, kwd_patterns }, start))
    }
}
