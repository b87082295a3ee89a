//! Expressions: from `expressions` down to `atom` (Grammar/python.gram, "EXPRESSIONS" section),
//! including comprehensions, displays, subscripts and slices. Left-recursive rules
//! (`bitwise_or`, `sum`, `term`, `primary`) are loops building the same left-leaning trees.

use super::token::{Tok, T};
use super::{PResult, Parser};
use crate::ast::*;

/// True for the kinds of token an expression can start with.
#[inline]
pub(super) fn starts_expression(k: T) -> bool {
    matches!(
        k,
        T::Name | T::Number | T::String | T::FStringStart | T::LPar | T::LSqb | T::LBrace | T::Minus | T::Plus
            | T::Tilde | T::Not | T::Lambda | T::Await | T::None | T::True | T::False | T::Ellipsis
    )
}

/// The `SOFT_KEYWORD` lookahead of `invalid_expression`: CPython's `_PyPegen_soft_keyword_token`
/// compares only the name's length of each soft keyword (`strncmp`), so any prefix of `_`,
/// `case`, `match` or `type` counts (`c`, `ma`, `t`, ...).
fn is_soft_keyword_prefix(name: &str) -> bool {
    ["_", "case", "match", "type"].iter().any(|k| k.starts_with(name))
}

#[inline(always)]
fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl<'a> Parser<'a> {
    /// True when the current token can begin an expression.
    pub(super) fn at_expr_start(&mut self) -> bool {
        starts_expression(self.kind())
    }

    /// True when the current token continues an operand in one of the rules from `power` up
    /// to `disjunction`: `**`, a binary operator, a comparison, `and` or `or`.
    #[inline]
    fn at_operator_after_operand(&mut self) -> bool {
        matches!(
            self.kind(),
            T::DoubleStar
                | T::VBar
                | T::Circumflex
                | T::Amper
                | T::LeftShift
                | T::RightShift
                | T::Plus
                | T::Minus
                | T::Star
                | T::Slash
                | T::DoubleSlash
                | T::Percent
                | T::At
                | T::EqEqual
                | T::NotEqual
                | T::LessEqual
                | T::Less
                | T::GreaterEqual
                | T::Greater
                | T::In
                | T::Not
                | T::Is
                | T::And
                | T::Or
        )
    }

    /// `expressions`: `expression (',' expression)* [',']`, a Tuple when there is a comma.
    pub(super) fn expressions(&mut self) -> PResult<Expr> {
        let start = self.p;
        let first = self.expression()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mark = self.exprs.len();
        self.exprs.push(first);
        while self.eat(T::Comma).is_some() {
            if !self.at_expr_start() {
                break;
            }
            let r = self.expression();
            self.push_or_unwind(mark, r)?;
        }
        let elts = self.take_exprs(mark);
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
        // A lone name, number, string or keyword constant followed by a token that ends every
        // rule from here down to `primary`: each of those rules would look at that same token
        // and return what `atom` made, so the atom is the expression.
        if matches!(self.kind(), T::Name | T::Number | T::String | T::None | T::True | T::False)
            && matches!(self.la(1), T::Comma | T::RPar | T::RSqb | T::RBrace | T::Colon | T::Equal | T::Newline)
        {
            return self.atom();
        }
        if self.at(T::Lambda) {
            return self.lambdef();
        }
        let start = self.p;
        let body = if matches!(
            self.kind(),
            T::Name | T::Number | T::String | T::FStringStart | T::LPar | T::LSqb | T::LBrace | T::None | T::True | T::False | T::Ellipsis
        ) {
            // No prefix operator (`not`, `-`, `await`, ...): the rules from `disjunction` down
            // to `primary` each begin with the next one, so parse the primary and let each
            // level go on from it, without a call per level on the way down.
            let e = self.primary()?;
            if self.at_operator_after_operand() {
                let e = self.power_rest(start, e)?;
                let e = self.binary_rest(0, start, e)?;
                let e = self.comparison_rest(start, e)?;
                let e = self.conjunction_rest(start, e)?;
                self.disjunction_rest(start, e)?
            } else {
                // None of those levels goes on (each would only look at this token): the
                // primary is the disjunction, without moving it through five calls.
                e
            }
        } else {
            self.disjunction()?
        };
        if !self.no_comma_check && self.at_expr_start() {
            if let Some(err) = self.forgot_comma(&body, start) {
                return Err(err);
            }
        }
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

    /// `invalid_expression`'s "Perhaps you forgot a comma?": two expressions in a row inside
    /// brackets; then `invalid_legacy_expression`.
    fn forgot_comma(&mut self, a: &Expr, start: usize) -> Option<Box<super::error::SyntaxError>> {
        let first = self.toks[start];
        let skip = first.kind == T::Name && {
            let text = self.text(&first);
            // `!(NAME STRING | SOFT_KEYWORD)`: STRING is a plain literal's token, not an
            // f-string's FSTRING_START.
            matches!(self.toks.get(start + 1).map(|t| t.kind), Some(T::String))
                || is_soft_keyword_prefix(text)
                || (start + 1 == self.p && matches!(text, "print" | "exec"))
        };
        // Outside brackets the pair is still parsed (reading tokens, so a tokenizer error
        // there is raised), only the error is not.
        if !skip {
            let mark = self.p;
            let max = self.max_p;
            // `expression_without_invalid`: the second expression is parsed with the error rules
            // off, so a comma missing after it too does not make it fail.
            let saved = std::mem::replace(&mut self.no_comma_check, true);
            let b = self.expression();
            self.no_comma_check = saved;
            let level = self.toks[self.p.saturating_sub(1)].level;
            self.p = mark;
            self.restore_max_p(max);
            match b {
                Ok(b) if level != 0 => {
                    return Some(self.error_range(a.loc, b.loc, "invalid syntax. Perhaps you forgot a comma?"));
                }
                Ok(_) => {}
                // An f-string after the name that fails here fails again, memoised, when
                // `invalid_legacy_expression` parses it: only what an action raised (a bad
                // conversion character) stands.
                Err(e) if self.toks[mark].kind == T::FStringStart => {
                    return e.msg.starts_with("f-string: invalid conversion character").then_some(e);
                }
                Err(_) => {}
            }
        }
        if first.kind == T::Name {
            return self.invalid_legacy_expression(&first, start);
        }
        None
    }

    /// `invalid_legacy_expression`: NAME !'(' star_expressions, an error only for `print` and
    /// `exec`. The second pass parses those star_expressions (its own error rules on) after any
    /// name that starts an expression, so an error inside them is raised, and the tokens it reads
    /// count as looked at.
    fn invalid_legacy_expression(&mut self, name: &Tok, start: usize) -> Option<Box<super::error::SyntaxError>> {
        let next = self.toks[start + 1].kind;
        if next == T::LPar || !(starts_expression(next) || next == T::Star) {
            return None;
        }
        let (mark, max, warned) = (self.p, self.max_p, self.warnings.len());
        self.p = start + 1;
        let b = self.star_expressions();
        self.p = mark;
        self.restore_max_p(max);
        // The second pass, where this rule runs, reports no warnings.
        self.warnings.truncate(warned);
        match b {
            Ok(b) => {
                let text = self.text(name);
                if !matches!(text, "print" | "exec") {
                    return None;
                }
                let msg = format!("Missing parentheses in call to '{text}'. Did you mean {text}(...)?");
                Some(self.error_range(name.loc, b.loc, &msg))
            }
            // A failed alternative, not a raised error.
            Err(e) if e.is_generic() => None,
            Err(e) => Some(e),
        }
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
        let mark = self.exprs.len();
        self.exprs.push(first);
        while self.eat(T::Comma).is_some() {
            if !(self.at_expr_start() || self.at(T::Star)) {
                break;
            }
            let r = self.star_expression();
            self.push_or_unwind(mark, r)?;
        }
        let elts = self.take_exprs(mark);
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
            if let Some(err) = self.invalid_walrus_target(&e) {
                return Err(err);
            }
            return Ok(e);
        }
        if self.at(T::Equal) {
            if let Some(err) = self.invalid_named_expression(&e, start) {
                return Err(err);
            }
        }
        Ok(e)
    }

    /// `assignment_expression | expression !':='` (call arguments, where `=` means a keyword).
    pub(super) fn named_expression_plain(&mut self) -> PResult<Expr> {
        let start = self.p;
        if self.at(T::Name) && self.la(1) == T::ColonEqual {
            let t = self.advance();
            self.advance();
            let target = self.name_expr(&t, ExprContext::Store);
            let value = self.expression()?;
            return Ok(Expr { kind: ExprKind::NamedExpr { target: bx(target), value: bx(value) }, loc: self.loc_from(start) });
        }
        // Call arguments do not go through `named_expression`, so a target other than a name
        // before ':=' is a plain syntax error there.
        self.expression()
    }

    /// `invalid_named_expression`'s `expression ':=' expression`, at the ':=' after `e`: an
    /// error only when an expression follows (one raised inside that expression wins).
    pub(super) fn invalid_walrus_target(&mut self, e: &Expr) -> Option<Box<super::error::SyntaxError>> {
        let mark = self.p;
        let max = self.max_p;
        self.advance();
        let rhs = self.expression();
        self.p = mark;
        self.restore_max_p(max);
        match rhs {
            Ok(_) => Some(self.walrus_target_error(e)),
            Err(err) if err.is_generic() => None,
            Err(err) => Some(err),
        }
    }

    fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.p;
        let first = self.conjunction()?;
        self.disjunction_rest(start, first)
    }

    /// `disjunction` after its first operand `first`, which began at token `start`.
    #[inline]
    fn disjunction_rest(&mut self, start: usize, first: Expr) -> PResult<Expr> {
        if !self.at(T::Or) {
            return Ok(first);
        }
        let mark = self.exprs.len();
        self.exprs.push(first);
        while self.eat(T::Or).is_some() {
            let r = self.conjunction();
            self.push_or_unwind(mark, r)?;
        }
        let values = self.take_exprs(mark);
        Ok(Expr { kind: ExprKind::BoolOp { op: BoolOperator::Or, values }, loc: self.loc_from(start) })
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        let start = self.p;
        let first = self.inversion()?;
        self.conjunction_rest(start, first)
    }

    /// `conjunction` after its first operand.
    #[inline]
    fn conjunction_rest(&mut self, start: usize, first: Expr) -> PResult<Expr> {
        if !self.at(T::And) {
            return Ok(first);
        }
        let mark = self.exprs.len();
        self.exprs.push(first);
        while self.eat(T::And).is_some() {
            let r = self.inversion();
            self.push_or_unwind(mark, r)?;
        }
        let values = self.take_exprs(mark);
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
        self.comparison_rest(start, left)
    }

    /// `comparison` after its first operand.
    #[inline]
    fn comparison_rest(&mut self, start: usize, left: Expr) -> PResult<Expr> {
        if !matches!(self.kind(), T::EqEqual | T::NotEqual | T::LessEqual | T::Less | T::GreaterEqual | T::Greater | T::In | T::Not | T::Is) {
            return Ok(left);
        }
        // Most comparisons have one operator.
        let mut ops = Vec::with_capacity(1);
        let mut comparators = Vec::with_capacity(1);
        loop {
            let op = match self.kind() {
                T::EqEqual => CmpOp::Eq,
                T::NotEqual => {
                    if self.text(&self.tok()) == "<>" {
                        return Err(self.generic_error());
                    }
                    CmpOp::NotEq
                }
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

    /// `bitwise_or`, `bitwise_xor`, `bitwise_and`, `shift_expr`, `sum` and `term`: six
    /// left-recursive rules, each a chain of the next with its own operators. One
    /// precedence-climbing loop builds the same left-leaning trees (and the same positions: a
    /// BinOp spans from its leftmost operand) without a call per level for every operand.
    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(0)
    }

    /// The binary operator of the current token and its level (0 `|` .. 5 `*`), if any.
    #[inline]
    fn binary_op(&mut self) -> Option<(Operator, u8)> {
        Some(match self.kind() {
            T::VBar => (Operator::BitOr, 0),
            T::Circumflex => (Operator::BitXor, 1),
            T::Amper => (Operator::BitAnd, 2),
            T::LeftShift => (Operator::LShift, 3),
            T::RightShift => (Operator::RShift, 3),
            T::Plus => (Operator::Add, 4),
            T::Minus => (Operator::Sub, 4),
            T::Star => (Operator::Mult, 5),
            T::Slash => (Operator::Div, 5),
            T::DoubleSlash => (Operator::FloorDiv, 5),
            T::Percent => (Operator::Mod, 5),
            T::At => (Operator::MatMult, 5),
            _ => return None,
        })
    }

    /// Operands joined by binary operators of level `min` or above.
    fn binary(&mut self, min: u8) -> PResult<Expr> {
        let start = self.p;
        let left = self.factor()?;
        self.binary_rest(min, start, left)
    }

    /// `binary` after its first operand.
    #[inline]
    fn binary_rest(&mut self, min: u8, start: usize, mut left: Expr) -> PResult<Expr> {
        while let Some((op, level)) = self.binary_op() {
            if level < min {
                break;
            }
            self.advance();
            let right = if level == 5 { self.factor()? } else { self.binary(level + 1)? };
            left = Expr { kind: ExprKind::BinOp { left: bx(left), op, right: bx(right) }, loc: self.loc_from(start) };
        }
        Ok(left)
    }

    fn factor(&mut self) -> PResult<Expr> {
        if self.at(T::Not)
            && self.p > 0
            && matches!(
                self.toks[self.p - 1].kind,
                T::Plus | T::Minus | T::Star | T::Slash | T::Percent | T::DoubleSlash | T::At | T::Tilde
            )
        {
            let t = self.tok();
            self.inversion()?;
            return Err(self.error_range_toks(&t, self.p, "'not' after an operator must be parenthesized"));
        }
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
        self.power_rest(start, left)
    }

    /// `power` after its first operand.
    #[inline]
    fn power_rest(&mut self, start: usize, left: Expr) -> PResult<Expr> {
        if self.eat(T::DoubleStar).is_some() {
            // `power` and `factor`: two rule levels per `**` in CPython.
            self.enter()?;
            self.enter()?;
            let right = self.factor();
            self.leave();
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
                // `x[]` is no subscript: the primary ends before the `[` (which then reads as
                // a list display, "Perhaps you forgot a comma?" inside brackets).
                T::LSqb if self.la(1) == T::RSqb => return Ok(e),
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
        let mark = self.exprs.len();
        self.exprs.push(first);
        while self.eat(T::Comma).is_some() {
            if self.at(T::RSqb) {
                break;
            }
            let r = if self.at(T::Star) { self.starred_expression() } else { self.slice() };
            self.push_or_unwind(mark, r)?;
        }
        let elts = self.take_exprs(mark);
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
            // The lower bound is an `expression`: a walrus there needs parentheses.
            if matches!(e.kind, ExprKind::NamedExpr { .. }) && !self.was_parenthesized(&e, self.p) {
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
            return Err(self.error_last_token("Invalid star expression"));
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
        let saved_check = std::mem::replace(&mut self.no_comma_check, false);
        self.enter()?;
        let r = self.paren_atom_inner(start);
        self.no_comma_check = saved_check;
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
                let mark = self.exprs.len();
                self.exprs.push(first);
                while self.eat(T::Comma).is_some() {
                    if self.at(T::RPar) {
                        break;
                    }
                    let r = self.star_named_expression();
                    self.push_or_unwind(mark, r)?;
                }
                let elts = self.take_exprs(mark);
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
        let saved_check = std::mem::replace(&mut self.no_comma_check, false);
        self.enter()?;
        let r = self.list_atom_inner(start);
        self.no_comma_check = saved_check;
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
        let mark = self.exprs.len();
        self.exprs.push(first);
        while self.eat(T::Comma).is_some() {
            if self.at(T::RSqb) {
                break;
            }
            let r = self.star_named_expression();
            self.push_or_unwind(mark, r)?;
        }
        let elts = self.take_exprs(mark);
        if matches!(self.kind(), T::For | T::Async) && elts.len() > 1 {
            // `invalid_comprehension` needs the `for` clauses to parse before it reports.
            self.for_if_clauses()?;
            return Err(self.comprehension_parens_error(&elts));
        }
        self.expect(T::RSqb)?;
        Ok(Expr { kind: ExprKind::List { elts, ctx: ExprContext::Load }, loc: self.loc_from(start) })
    }

    fn brace_atom(&mut self) -> PResult<Expr> {
        let start = self.p;
        let saved_check = std::mem::replace(&mut self.no_comma_check, false);
        self.enter()?;
        let r = self.brace_atom_inner(start);
        self.no_comma_check = saved_check;
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
                let colon = self.advance();
                if matches!(self.kind(), T::RBrace | T::Comma) {
                    return Err(self.error_at_tok(&colon, "expression expected after dictionary key and ':'"));
                }
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
        if self.at(T::ColonEqual) {
            return Err(self.invalid_walrus_target(&first).unwrap_or_else(|| self.generic_error()));
        }
        let mark = self.exprs.len();
        self.exprs.push(first);
        while self.eat(T::Comma).is_some() {
            if self.at(T::RBrace) {
                break;
            }
            let r = self.star_named_expression();
            self.push_or_unwind(mark, r)?;
        }
        let elts = self.take_exprs(mark);
        if matches!(self.kind(), T::For | T::Async) && elts.len() > 1 {
            // `invalid_comprehension` needs the `for` clauses to parse before it reports.
            self.for_if_clauses()?;
            return Err(self.comprehension_parens_error(&elts));
        }
        self.expect(T::RBrace)?;
        Ok(Expr { kind: ExprKind::Set { elts }, loc: self.loc_from(start) })
    }

    fn dict_rest(&mut self, start: usize, key: Option<Expr>, value: Expr) -> PResult<Expr> {
        if let (Some(key), T::For | T::Async) = (&key, self.kind()) {
            let key = key.clone();
            let generators = self.for_if_clauses()?;
            self.expect(T::RBrace)?;
            return Ok(Expr {
                kind: ExprKind::DictComp { key: bx(key), value: bx(value), generators },
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
                let saved = self.no_comma_check;
                self.no_comma_check = true;
                let k = self.expression();
                self.no_comma_check = saved;
                let k = k?;
                if !self.at(T::Colon) {
                    return Err(self.kvpair_error(&k));
                }
                let colon = self.advance();
                if matches!(self.kind(), T::RBrace | T::Comma) {
                    return Err(self.error_at_tok(&colon, "expression expected after dictionary key and ':'"));
                }
                keys.push(Some(k));
                values.push(self.expression()?);
            }
        }
        self.expect(T::RBrace)?;
        Ok(Expr { kind: ExprKind::Dict { keys, values }, loc: self.loc_from(start) })
    }

    /// `for_if_clauses`: one or more `[async] for star_targets in disjunction (if disjunction)*`.
    pub(super) fn for_if_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        while matches!(self.kind(), T::For | T::Async) {
            let is_async = self.eat(T::Async).is_some();
            self.expect(T::For)?;
            let target = self.star_targets_until_in(true)?;
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
        // `lambdef` and `expression`: two rule levels per lambda in CPython.
        self.enter()?;
        let body = self.expression();
        self.leave();
        let body = body?;
        Ok(Expr { kind: ExprKind::Lambda { args: Box::new(args), body: bx(body) }, loc: self.loc_from(start) })
    }
}

