//! Assignment, `for`, `with` and `del` targets (python.gram `star_targets`, `single_target`,
//! `del_targets`; action_helpers.c `_PyPegen_set_expr_context`, `_PyPegen_get_expr_name`,
//! `_PyPegen_get_invalid_target`). Targets are parsed as primaries or as expressions and then
//! checked and switched to Store or Del context, which yields the tree the target rules build.

use super::token::T;
use super::{PResult, Parser};
use crate::ast::*;

/// What a target is for, which decides the error text (`TARGETS_TYPE` in pegen.h).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TargetsType {
    Star,
    Del,
    For,
}

/// The first sub-expression that cannot be a target, if any.
pub(super) fn invalid_target(e: &Expr, ty: TargetsType) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } => {
            if ty == TargetsType::Del {
                Some(e)
            } else {
                invalid_target(value, ty)
            }
        }
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().find_map(|x| invalid_target(x, ty)),
        ExprKind::Compare { left, ops, .. } => {
            if ty == TargetsType::For {
                if ops[0] == CmpOp::In {
                    return invalid_target(left, ty);
                }
                return None;
            }
            Some(e)
        }
        _ => Some(e),
    }
}

/// Switches a valid target to `ctx`, recursively through tuples, lists and starred items.
pub(super) fn set_context(e: &mut Expr, ctx: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. } | ExprKind::Attribute { ctx: c, .. } | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
        ExprKind::Starred { value, ctx: c } => {
            *c = ctx;
            set_context(value, ctx);
        }
        ExprKind::List { elts, ctx: c } | ExprKind::Tuple { elts, ctx: c } => {
            *c = ctx;
            for x in elts {
                set_context(x, ctx);
            }
        }
        _ => {}
    }
}

/// CPython's name for an expression kind in error messages (`_PyPegen_get_expr_name`).
pub(super) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

impl<'a> Parser<'a> {
    /// Checks `e` as a target and switches it to `ctx`; the error is "cannot assign to X".
    pub(super) fn make_target(&mut self, mut e: Expr, ty: TargetsType) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&e, ty) {
            let msg = if ty == TargetsType::Del {
                format!("cannot delete {}", expr_name(bad))
            } else {
                format!("cannot assign to {}", expr_name(bad))
            };
            let loc = bad.loc;
            return Err(self.error_at_loc(loc, &msg));
        }
        set_context(&mut e, if ty == TargetsType::Del { ExprContext::Del } else { ExprContext::Store });
        Ok(e)
    }

    /// One `star_target`: `'*' star_target` or a primary-level target.
    fn star_target(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let start = self.p;
            self.advance();
            if self.at(T::Star) {
                return Err(self.generic_error());
            }
            let inner = self.star_target()?;
            return Ok(Expr { kind: ExprKind::Starred { value: Box::new(inner), ctx: ExprContext::Store }, loc: self.loc_from(start) });
        }
        let e = self.primary()?;
        self.make_target(e, TargetsType::For)
    }

    /// `star_targets` as a `for` loop or comprehension uses them (stopping before `in`).
    /// Only comprehensions say "'in' expected after for-loop variables" (`for_if_clause`).
    pub(super) fn star_targets_until_in(&mut self, comprehension: bool) -> PResult<Expr> {
        let start = self.p;
        let first = self.star_target()?;
        if !self.at(T::Comma) {
            if comprehension && !self.at(T::In) {
                return Err(self.for_in_error(start));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            if !(self.at_expr_start() || self.at(T::Star)) || self.at(T::Not) {
                break;
            }
            elts.push(self.star_target()?);
        }
        if !self.at(T::In) {
            if !comprehension {
                return Err(self.generic_error());
            }
            return Err(self.for_in_error(start));
        }
        Ok(Expr { kind: ExprKind::Tuple { elts, ctx: ExprContext::Store }, loc: self.loc_from(start) })
    }

    /// A single `star_target` for `with ... as`.
    pub(super) fn with_target(&mut self) -> PResult<Expr> {
        self.star_target()
    }

    /// `del_targets`.
    pub(super) fn del_targets(&mut self) -> PResult<Vec<Expr>> {
        let mut v = Vec::new();
        loop {
            if self.at(T::Star) {
                let e = self.star_expression()?;
                return Err(self.error_at_loc(e.loc, "cannot delete starred"));
            }
            let e = self.primary()?;
            v.push(self.make_target(e, TargetsType::Del)?);
            if self.eat(T::Comma).is_none() || !(self.at_expr_start()) {
                break;
            }
        }
        Ok(v)
    }

    /// `invalid_for_target`, tried when the targets after `for` (from token `start`) do not parse
    /// (`e`): the targets read as star_expressions, and the first part that cannot be assigned to named.
    pub(super) fn invalid_for_target(&mut self, e: Box<super::error::SyntaxError>, start: usize) -> Box<super::error::SyntaxError> {
        self.invalid_target_retry(e, start, TargetsType::For, |p| p.star_expressions(), |_| true)
    }

    /// `invalid_with_item`'s `expression 'as' expression &(',' | ')' | ':')`, tried when the
    /// target after `as` (from token `start`) does not parse (`e`).
    pub(super) fn invalid_with_target(&mut self, e: Box<super::error::SyntaxError>, start: usize) -> Box<super::error::SyntaxError> {
        self.invalid_target_retry(e, start, TargetsType::Star, |p| p.expression(), |p| matches!(p.kind(), T::Comma | T::RPar | T::Colon))
    }

    /// Re-reads the target from token `start` with `parse`; an expression followed as `follows`
    /// requires, with a part that cannot be a target, is named; otherwise `e` stands.
    fn invalid_target_retry(
        &mut self,
        e: Box<super::error::SyntaxError>,
        start: usize,
        ty: TargetsType,
        parse: impl FnOnce(&mut Self) -> PResult<Expr>,
        follows: impl FnOnce(&mut Self) -> bool,
    ) -> Box<super::error::SyntaxError> {
        if !e.is_generic() {
            return e;
        }
        let (mark, max) = (self.p, self.max_p);
        self.p = start;
        let r = parse(self);
        let ok = r.is_ok() && follows(self);
        self.p = mark;
        self.restore_max_p(max);
        match r {
            Ok(t) if ok => match invalid_target(&t, ty) {
                Some(bad) => {
                    let msg = format!("cannot assign to {}", expr_name(bad));
                    let loc = bad.loc;
                    self.error_at_loc(loc, &msg)
                }
                None => e,
            },
            Err(raised) if !raised.is_generic() => raised,
            _ => e,
        }
    }

    fn for_in_error(&mut self, _start: usize) -> Box<super::error::SyntaxError> {
        self.error_last_token("'in' expected after for-loop variables")
    }
}
