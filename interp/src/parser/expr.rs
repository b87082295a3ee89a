//! Expressions: from `expressions` down to `atom` (Grammar/python.gram, "EXPRESSIONS" section),
//! including comprehensions, displays, subscripts and slices. Left-recursive rules
//! (`bitwise_or`, `sum`, `term`, `primary`) are loops building the same left-leaning trees.

use super::token::T;
use super::{PResult, Parser};
use crate::ast::*;

fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl<'a> Parser<'a> {
    /// True when the current token can begin an expression.
    pub(super) fn at_expr_start(&mut self) -> bool {
        matches!(
            self.kind(),
            T::Name | T::Number | T::String | T::FStringStart | T::LPar | T::LSqb | T::LBrace | T::Minus | T::Plus
                | T::Tilde | T::Not | T::Lambda | T::Await | T::None | T::True | T::False | T::Ellipsis
        )
    }

    /// `expressions`: `expression (',' expression)* [',']`, a Tuple when there is a comma.
    pub(super) fn expressions(&mut self) -> PResult<Expr> {
        let start = self.p;
        let first = self.expression()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            if !self.at_expr_start() {
                break;
            }
            elts.push(self.expression()?);
        }
        Ok(Expr { kind: ExprKind::Tuple { elts, ctx: ExprContext::Load }, loc: self.loc_from(start) })
    }

    /// `expression`: a conditional expression, a disjunction or a lambda.
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.expression_inner();
        self.leave();
        r
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.at(T::Lambda) {
            return self.lambdef();
        }
        let start = self.p;
        let body = self.disjunction()?;
        if self.at(T::If) {
            self.advance();
            let test = self.disjunction()?;
            if !self.at(T::Else) {
                return Err(self.expected_else_error(&body, &test));
            }
            self.advance();
            let orelse = self.expression()?;
            return Ok(Expr {
                kind: ExprKind::IfExp { test: bx(test), body: bx(body), orelse: bx(orelse) },
                loc: self.loc_from(start),
            });
        }
        Ok(body)
    }

    /// `yield_expr`.
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.p;
        self.expect(T::Yield)?;
        if self.eat(T::From).is_some() {
            let v = self.expression()?;
            return Ok(Expr { kind: ExprKind::YieldFrom { value: bx(v) }, loc: self.loc_from(start) });
        }
        let value = if self.at_expr_start() || self.at(T::Star) { Some(bx(self.star_expressions()?)) } else { None };
        Ok(Expr { kind: ExprKind::Yield { value }, loc: self.loc_from(start) })
    }

    /// `star_expressions`: star_expression (',' star_expression)* [','], a Tuple when there is a comma.
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.p;
        let first = self.star_expression()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            if !(self.at_expr_start() || self.at(T::Star)) {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(Expr { kind: ExprKind::Tuple { elts, ctx: ExprContext::Load }, loc: self.loc_from(start) })
    }

    /// `star_expression`: '*' bitwise_or | expression.
    pub(super) fn star_expression(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let start = self.p;
            self.advance();
            let v = self.bitwise_or()?;
            return Ok(Expr { kind: ExprKind::Starred { value: bx(v), ctx: ExprContext::Load }, loc: self.loc_from(start) });
        }
        self.expression()
    }

    /// `star_named_expression`: '*' bitwise_or | named_expression.
    pub(super) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let start = self.p;
            self.advance();
            let v = self.bitwise_or()?;
            return Ok(Expr { kind: ExprKind::Starred { value: bx(v), ctx: ExprContext::Load }, loc: self.loc_from(start) });
        }
        self.named_expression()
    }

    /// `named_expression`: NAME ':=' expression | expression !':='.
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        let start = self.p;
        if self.at(T::Name) && self.la(1) == T::ColonEqual {
            let t = self.advance();
            self.advance();
            let target = self.name_expr(&t, ExprContext::Store);
            let value = self.expression()?;
            return Ok(Expr { kind: ExprKind::NamedExpr { target: bx(target), value: bx(value) }, loc: self.loc_from(start) });
        }
        let e = self.expression()?;
        if self.at(T::ColonEqual) {
            return Err(self.walrus_target_error(&e));
        }
        Ok(e)
    }

    fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.p;
        let first = self.conjunction()?;
        if !self.at(T::Or) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(T::Or).is_some() {
            values.push(self.conjunction()?);
        }
        Ok(Expr { kind: ExprKind::BoolOp { op: BoolOperator::Or, values }, loc: self.loc_from(start) })
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        let start = self.p;
        let first = self.inversion()?;
        if !self.at(T::And) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(T::And).is_some() {
            values.push(self.inversion()?);
        }
        Ok(Expr { kind: ExprKind::BoolOp { op: BoolOperator::And, values }, loc: self.loc_from(start) })
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if self.at(T::Not) {
            self.enter()?;
            let start = self.p;
            self.advance();
            let operand = self.inversion();
            self.leave();
            let operand = operand?;
            return Ok(Expr { kind: ExprKind::UnaryOp { op: UnaryOperator::Not, operand: bx(operand) }, loc: self.loc_from(start) });
        }
        self.comparison()
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.p;
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.kind() {
                T::EqEqual => CmpOp::Eq,
                T::NotEqual => CmpOp::NotEq,
                T::LessEqual => CmpOp::LtE,
                T::Less => CmpOp::Lt,
                T::GreaterEqual => CmpOp::GtE,
                T::Greater => CmpOp::Gt,
                T::In => CmpOp::In,
                T::Not if self.la(1) == T::In => {
                    self.advance();
                    CmpOp::NotIn
                }
                T::Is if self.la(1) == T::Not => {
                    self.advance();
                    CmpOp::IsNot
                }
                T::Is => CmpOp::Is,
                _ => break,
            };
            self.advance();
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(Expr { kind: ExprKind::Compare { left: bx(left), ops, comparators }, loc: self.loc_from(start) })
    }

    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        let start = self.p;
        let mut left = self.bitwise_xor()?;
        while self.eat(T::VBar).is_some() {
            let right = self.bitwise_xor()?;
            left = Expr { kind: ExprKind::BinOp { left: bx(left), op: Operator::BitOr, right: bx(right) }, loc: self.loc_from(start) };
        }
        Ok(left)
    }

    fn bitwise_xor(&mut self) -> PResult<Expr> {
        let start = self.p;
        let mut left = self.bitwise_and()?;
        while self.eat(T::Circumflex).is_some() {
            let right = self.bitwise_and()?;
            left = Expr { kind: ExprKind::BinOp { left: bx(left), op: Operator::BitXor, right: bx(right) }, loc: self.loc_from(start) };
        }
        Ok(left)
    }

    fn bitwise_and(&mut self) -> PResult<Expr> {
        let start = self.p;
        let mut left = self.shift_expr()?;
        while self.eat(T::Amper).is_some() {
            let right = self.shift_expr()?;
            left = Expr { kind: ExprKind::BinOp { left: bx(left), op: Operator::BitAnd, right: bx(right) }, loc: self.loc_from(start) };
        }
        Ok(left)
    }

    fn shift_expr(&mut self) -> PResult<Expr> {
        let start = self.p;
        let mut left = self.sum()?;
        loop {
            let op = match self.kind() {
                T::LeftShift => Operator::LShift,
                T::RightShift => Operator::RShift,
                _ => break,
            };
            self.advance();
            let right = self.sum()?;
            left = Expr { kind: ExprKind::BinOp { left: bx(left), op, right: bx(right) }, loc: self.loc_from(start) };
        }
        Ok(left)
    }

    fn sum(&mut self) -> PResult<Expr> {
        let start = self.p;
        let mut left = self.term()?;
        loop {
            let op = match self.kind() {
                T::Plus => Operator::Add,
                T::Minus => Operator::Sub,
                _ => break,
            };
            self.advance();
            let right = self.term()?;
            left = Expr { kind: ExprKind::BinOp { left: bx(left), op, right: bx(right) }, loc: self.loc_from(start) };
        }
        Ok(left)
    }

    fn term(&mut self) -> PResult<Expr> {
        let start = self.p;
        let mut left = self.factor()?;
        loop {
            let op = match self.kind() {
                T::Star => Operator::Mult,
                T::Slash => Operator::Div,
                T::DoubleSlash => Operator::FloorDiv,
                T::Percent => Operator::Mod,
                T::At => Operator::MatMult,
                _ => break,
            };
            self.advance();
            let right = self.factor()?;
            left = Expr { kind: ExprKind::BinOp { left: bx(left), op, right: bx(right) }, loc: self.loc_from(start) };
        }
        Ok(left)
    }

    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.kind() {
            T::Plus => UnaryOperator::UAdd,
            T::Minus => UnaryOperator::USub,
            T::Tilde => UnaryOperator::Invert,
            _ => return self.power(),
        };
        self.enter()?;
        let start = self.p;
        self.advance();
        if self.at(T::Not) {
            let t = self.tok();
            let r = self.inversion();
            self.leave();
            r?;
            return Err(self.error_range_toks(&t, self.p, "'not' after an operator must be parenthesized"));
        }
        let operand = self.factor();
        self.leave();
        Ok(Expr { kind: ExprKind::UnaryOp { op, operand: bx(operand?) }, loc: self.loc_from(start) })
    }

    fn power(&mut self) -> PResult<Expr> {
        let start = self.p;
        let left = self.await_primary()?;
        if self.eat(T::DoubleStar).is_some() {
            self.enter()?;
            let right = self.factor();
            self.leave();
            return Ok(Expr { kind: ExprKind::BinOp { left: bx(left), op: Operator::Pow, right: bx(right?) }, loc: self.loc_from(start) });
        }
        Ok(left)
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if self.at(T::Await) {
            let start = self.p;
            self.advance();
            let v = self.primary()?;
            return Ok(Expr { kind: ExprKind::Await { value: bx(v) }, loc: self.loc_from(start) });
        }
        self.primary()
    }

    /// `primary`: an atom followed by any number of `.name`, calls and subscripts.
    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let start = self.p;
        let mut e = self.atom()?;
        loop {
            match self.kind() {
                T::Dot => {
                    self.advance();
                    let (_, attr) = self.expect_name()?;
                    e = Expr { kind: ExprKind::Attribute { value: bx(e), attr, ctx: ExprContext::Load }, loc: self.loc_from(start) };
                }
                T::LPar => e = self.call(e, start)?,
                T::LSqb => {
                    self.advance();
                    let slice = self.slices()?;
                    self.expect(T::RSqb)?;
                    e = Expr { kind: ExprKind::Subscript { value: bx(e), slice: bx(slice), ctx: ExprContext::Load }, loc: self.loc_from(start) };
                }
                _ => return Ok(e),
            }
        }
    }

    /// `slices`: one slice, or a Tuple of slices and starred expressions.
    pub(super) fn slices(&mut self) -> PResult<Expr> {
        let start = self.p;
        let first = if self.at(T::Star) { self.starred_expression()? } else { self.slice()? };
        if !self.at(T::Comma) && !matches!(first.kind, ExprKind::Starred { .. }) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            if self.at(T::RSqb) {
                break;
            }
            elts.push(if self.at(T::Star) { self.starred_expression()? } else { self.slice()? });
        }
        Ok(Expr { kind: ExprKind::Tuple { elts, ctx: ExprContext::Load }, loc: self.loc_from(start) })
    }

    fn slice(&mut self) -> PResult<Expr> {
        let start = self.p;
        let lower = if self.at(T::Colon) {
            None
        } else {
            let e = self.named_expression()?;
            if !self.at(T::Colon) {
                return Ok(e);
            }
            if matches!(e.kind, ExprKind::NamedExpr { .. }) {
                return Err(self.generic_error());
            }
            Some(bx(e))
        };
        self.expect(T::Colon)?;
        let upper = if self.at_expr_start() { Some(bx(self.expression()?)) } else { None };
        let step = if self.eat(T::Colon).is_some() {
            if self.at_expr_start() {
                Some(bx(self.expression()?))
            } else {
                None
            }
        } else {
            None
        };
        Ok(Expr { kind: ExprKind::Slice { lower, upper, step }, loc: self.loc_from(start) })
    }

    /// `starred_expression`: '*' expression.
    pub(super) fn starred_expression(&mut self) -> PResult<Expr> {
        let start = self.p;
        self.expect(T::Star)?;
        if !self.at_expr_start() {
            let t = self.toks[start];
            return Err(self.error_at_tok(&t, "Invalid star expression"));
        }
        let v = self.expression()?;
        Ok(Expr { kind: ExprKind::Starred { value: bx(v), ctx: ExprContext::Load }, loc: self.loc_from(start) })
    }

    fn constant(&self, value: Constant, start: usize) -> Expr {
        Expr { kind: ExprKind::Constant { value, kind: None }, loc: self.loc_from(start) }
    }

    pub(super) fn atom(&mut self) -> PResult<Expr> {
        let start = self.p;
        match self.kind() {
            T::Name => {
                let t = self.advance();
                Ok(self.name_expr(&t, ExprContext::Load))
            }
            T::True => {
                self.advance();
                Ok(self.constant(Constant::Bool(true), start))
            }
            T::False => {
                self.advance();
                Ok(self.constant(Constant::Bool(false), start))
            }
            T::None => {
                self.advance();
                Ok(self.constant(Constant::None, start))
            }
            T::Ellipsis => {
                self.advance();
                Ok(self.constant(Constant::Ellipsis, start))
            }
            T::Number => {
                let t = self.advance();
                let v = self.number(&t)?;
                Ok(self.constant(v, start))
            }
            T::String | T::FStringStart => self.strings(),
            T::LPar => self.paren_atom(),
            T::LSqb => self.list_atom(),
            T::LBrace => self.brace_atom(),
            _ => Err(self.generic_error()),
        }
    }

    /// `( ... )`: tuple, group, generator expression or parenthesised yield.
    fn paren_atom(&mut self) -> PResult<Expr> {
        let start = self.p;
        self.enter()?;
        let r = self.paren_atom_inner(start);
        self.leave();
        r
    }

    fn paren_atom_inner(&mut self, start: usize) -> PResult<Expr> {
        self.advance();
        if self.eat(T::RPar).is_some() {
            return Ok(Expr { kind: ExprKind::Tuple { elts: Vec::new(), ctx: ExprContext::Load }, loc: self.loc_from(start) });
        }
        if self.at(T::Yield) {
            let e = self.yield_expr()?;
            self.expect(T::RPar)?;
            return Ok(e);
        }
        let first = self.star_named_expression()?;
        match self.kind() {
            T::RPar => {
                if let ExprKind::Starred { .. } = first.kind {
                    return Err(self.error_at_loc(first.loc, "cannot use starred expression here"));
                }
                self.advance();
                Ok(first)
            }
            T::Comma => {
                let mut elts = vec![first];
                while self.eat(T::Comma).is_some() {
                    if self.at(T::RPar) {
                        break;
                    }
                    elts.push(self.star_named_expression()?);
                }
                self.expect(T::RPar)?;
                Ok(Expr { kind: ExprKind::Tuple { elts, ctx: ExprContext::Load }, loc: self.loc_from(start) })
            }
            T::For | T::Async => {
                self.check_comprehension_elt(&first)?;
                let generators = self.for_if_clauses()?;
                self.expect(T::RPar)?;
                Ok(Expr { kind: ExprKind::GeneratorExp { elt: bx(first), generators }, loc: self.loc_from(start) })
            }
            _ => Err(self.generic_error()),
        }
    }

    pub(super) fn check_comprehension_elt(&mut self, e: &Expr) -> PResult<()> {
        if let ExprKind::Starred { .. } = e.kind {
            return Err(self.error_at_loc(e.loc, "iterable unpacking cannot be used in comprehension"));
        }
        Ok(())
    }

    fn list_atom(&mut self) -> PResult<Expr> {
        let start = self.p;
        self.enter()?;
        let r = self.list_atom_inner(start);
        self.leave();
        r
    }

    fn list_atom_inner(&mut self, start: usize) -> PResult<Expr> {
        self.advance();
        if self.eat(T::RSqb).is_some() {
            return Ok(Expr { kind: ExprKind::List { elts: Vec::new(), ctx: ExprContext::Load }, loc: self.loc_from(start) });
        }
        let first = self.star_named_expression()?;
        if matches!(self.kind(), T::For | T::Async) {
            self.check_comprehension_elt(&first)?;
            let generators = self.for_if_clauses()?;
            self.expect(T::RSqb)?;
            return Ok(Expr { kind: ExprKind::ListComp { elt: bx(first), generators }, loc: self.loc_from(start) });
        }
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            if self.at(T::RSqb) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        if matches!(self.kind(), T::For | T::Async) && elts.len() > 1 {
            return Err(self.comprehension_parens_error(&elts));
        }
        self.expect(T::RSqb)?;
        Ok(Expr { kind: ExprKind::List { elts, ctx: ExprContext::Load }, loc: self.loc_from(start) })
    }

    fn brace_atom(&mut self) -> PResult<Expr> {
        let start = self.p;
        self.enter()?;
        let r = self.brace_atom_inner(start);
        self.leave();
        r
    }

    fn brace_atom_inner(&mut self, start: usize) -> PResult<Expr> {
        self.advance();
        if self.eat(T::RBrace).is_some() {
            return Ok(Expr { kind: ExprKind::Dict { keys: Vec::new(), values: Vec::new() }, loc: self.loc_from(start) });
        }
        // A dict begins with '**' or `expression ':'`; anything else is a set.
        let is_dict = if self.at(T::DoubleStar) {
            true
        } else if self.at(T::Star) || (self.at(T::Name) && self.la(1) == T::ColonEqual) {
            false
        } else {
            let first = self.expression()?;
            if self.at(T::Colon) {
                self.advance();
                let value = self.expression()?;
                return self.dict_rest(start, Some(first), value);
            }
            return self.set_rest(start, first);
        };
        if is_dict {
            self.advance();
            let v = self.bitwise_or()?;
            if matches!(self.kind(), T::For | T::Async) {
                let t = self.toks[start + 1];
                return Err(self.error_at_tok(&t, "dict unpacking cannot be used in dict comprehension"));
            }
            return self.dict_rest(start, None, v);
        }
        let first = self.star_named_expression()?;
        self.set_rest(start, first)
    }

    fn set_rest(&mut self, start: usize, first: Expr) -> PResult<Expr> {
        if matches!(self.kind(), T::For | T::Async) {
            self.check_comprehension_elt(&first)?;
            let generators = self.for_if_clauses()?;
            self.expect(T::RBrace)?;
            return Ok(Expr { kind: ExprKind::SetComp { elt: bx(first), generators }, loc: self.loc_from(start) });
        }
        let first = if self.at(T::ColonEqual) {
            return Err(self.walrus_target_error(&first));
        } else {
            first
        };
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            if self.at(T::RBrace) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        if matches!(self.kind(), T::For | T::Async) && elts.len() > 1 {
            return Err(self.comprehension_parens_error(&elts));
        }
        self.expect(T::RBrace)?;
        Ok(Expr { kind: ExprKind::Set { elts }, loc: self.loc_from(start) })
    }

    fn dict_rest(&mut self, start: usize, key: Option<Expr>, value: Expr) -> PResult<Expr> {
        if key.is_some() && matches!(self.kind(), T::For | T::Async) {
            let generators = self.for_if_clauses()?;
            self.expect(T::RBrace)?;
            return Ok(Expr {
                kind: ExprKind::DictComp { key: bx(key.unwrap()), value: bx(value), generators },
                loc: self.loc_from(start),
            });
        }
        // Dict keys are `Option<Expr>` in CPython (None for `**`); the ASDL field is `expr*`,
        // and ast.dump shows the None. Keys hold a placeholder we map when dumping.
        let mut keys = vec![key];
        let mut values = vec![value];
        while self.eat(T::Comma).is_some() {
            if self.at(T::RBrace) {
                break;
            }
            if self.eat(T::DoubleStar).is_some() {
                keys.push(None);
                values.push(self.bitwise_or()?);
            } else {
                let k = self.expression()?;
                if !self.at(T::Colon) {
                    return Err(self.kvpair_error(&k));
                }
                self.advance();
                if !self.at_expr_start() {
                    let t = self.toks[self.p - 1];
                    return Err(self.error_at_tok(&t, "expression expected after dictionary key and ':'"));
                }
                keys.push(Some(k));
                values.push(self.expression()?);
            }
        }
        self.expect(T::RBrace)?;
        Ok(Expr { kind: ExprKind::Dict { keys: keys, values }, loc: self.loc_from(start) })
    }

    /// `for_if_clauses`: one or more `[async] for star_targets in disjunction (if disjunction)*`.
    pub(super) fn for_if_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        while matches!(self.kind(), T::For | T::Async) {
            let is_async = self.eat(T::Async).is_some();
            self.expect(T::For)?;
            let target = self.star_targets_until_in()?;
            self.expect(T::In)?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(T::If).is_some() {
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension { target: bx(target), iter: bx(iter), ifs, is_async: is_async as i32 });
        }
        Ok(gens)
    }

    /// `lambdef`: 'lambda' [lambda_params] ':' expression.
    fn lambdef(&mut self) -> PResult<Expr> {
        let start = self.p;
        self.advance();
        let args = self.lambda_params()?;
        self.expect(T::Colon)?;
        let body = self.expression()?;
        Ok(Expr { kind: ExprKind::Lambda { args: Box::new(args), body: bx(body) }, loc: self.loc_from(start) })
    }
}

