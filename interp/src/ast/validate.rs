//! `_PyAST_Validate` (Python/ast.c): the checks `compile()` makes on a tree built from node
//! objects before compiling it (the parser never builds a tree that fails them): expression
//! contexts, non-empty bodies and target lists, operand counts, argument defaults, positions,
//! names that would be constants, and the shapes of patterns.

use super::*;

/// The exception class of a validation error.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    Type,
    Value,
    /// The compiler's SystemError for a conversion character it does not know.
    System,
}

pub type VResult = Result<(), (Kind, String)>;

fn value(msg: impl Into<String>) -> VResult {
    Err((Kind::Value, msg.into()))
}

struct V<'a> {
    names: &'a Names,
}

pub fn validate(tree: &Ast) -> VResult {
    let v = V { names: &tree.names };
    match &tree.module {
        Mod::Module { body, .. } | Mod::Interactive { body } => v.stmts(body),
        Mod::Expression { body } => v.expr(body, ExprContext::Load),
        Mod::FunctionType { argtypes, returns } => {
            v.exprs(argtypes, ExprContext::Load)?;
            v.expr(returns, ExprContext::Load)
        }
    }
}

fn ctx_name(c: ExprContext) -> &'static str {
    c.name()
}

fn positions(loc: &Loc) -> VResult {
    let (l, c, el, ec) = (loc.lineno as i64, loc.col_offset as i64, loc.end_lineno as i64, loc.end_col_offset as i64);
    if l > el {
        return value(format!("AST node line range ({l}, {el}) is not valid"));
    }
    if (l < 0 && c != -1) || (el < 0 && ec != -1) {
        return value(format!("AST node column range ({c}, {ec}) for line range ({l}, {el}) is not valid"));
    }
    if l == el && c > ec {
        return value(format!("line {l}, column {c}-{ec} is not a valid range"));
    }
    Ok(())
}

fn nonempty<T>(seq: &[T], what: &str, owner: &str) -> VResult {
    if seq.is_empty() {
        return value(format!("empty {what} on {owner}"));
    }
    Ok(())
}

fn literal_number(c: &Constant, real: bool, imaginary: bool) -> bool {
    (real && matches!(c, Constant::Int(_) | Constant::Float(_))) || (imaginary && matches!(c, Constant::Complex(..)))
}

/// `-` applied to a number constant.
fn literal_negative(e: &Expr, real: bool, imaginary: bool) -> bool {
    match &e.kind {
        ExprKind::UnaryOp { op: UnaryOperator::USub, operand } => {
            matches!(&operand.kind, ExprKind::Constant { value: c, .. } if literal_number(c, real, imaginary))
        }
        _ => false,
    }
}

impl V<'_> {
    fn name(&self, id: Ident) -> VResult {
        let n = self.names.get(id);
        if matches!(n, "None" | "True" | "False") {
            return value(format!("identifier field can't represent '{n}' constant"));
        }
        Ok(())
    }

    fn stmts(&self, body: &[Stmt]) -> VResult {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn body(&self, body: &[Stmt], owner: &str) -> VResult {
        nonempty(body, "body", owner)?;
        self.stmts(body)
    }

    fn exprs(&self, es: &[Expr], ctx: ExprContext) -> VResult {
        es.iter().try_for_each(|e| self.expr(e, ctx))
    }

    fn opt(&self, e: &Option<Box<Expr>>) -> VResult {
        match e {
            Some(e) => self.expr(e, ExprContext::Load),
            None => Ok(()),
        }
    }

    fn keywords(&self, ks: &[Keyword]) -> VResult {
        ks.iter().try_for_each(|k| self.expr(&k.value, ExprContext::Load))
    }

    fn args(&self, args: &[Arg]) -> VResult {
        for a in args {
            positions(&a.loc)?;
            self.opt(&a.annotation)?;
        }
        Ok(())
    }

    fn arguments(&self, a: &Arguments) -> VResult {
        self.args(&a.posonlyargs)?;
        self.args(&a.args)?;
        if let Some(v) = &a.vararg {
            self.opt(&v.annotation)?;
        }
        self.args(&a.kwonlyargs)?;
        if let Some(k) = &a.kwarg {
            self.opt(&k.annotation)?;
        }
        if a.defaults.len() > a.posonlyargs.len() + a.args.len() {
            return value("more positional defaults than args on arguments");
        }
        if a.kw_defaults.len() != a.kwonlyargs.len() {
            return value("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        self.exprs(&a.defaults, ExprContext::Load)?;
        a.kw_defaults.iter().flatten().try_for_each(|e| self.expr(e, ExprContext::Load))
    }

    fn type_params(&self, tps: &[TypeParam]) -> VResult {
        for t in tps {
            positions(&t.loc)?;
            match &t.kind {
                TypeParamKind::TypeVar { bound, default_value, .. } => {
                    self.opt(bound)?;
                    self.opt(default_value)?;
                }
                TypeParamKind::ParamSpec { default_value, .. } | TypeParamKind::TypeVarTuple { default_value, .. } => self.opt(default_value)?,
            }
        }
        Ok(())
    }

    fn comprehension(&self, gens: &[Comprehension]) -> VResult {
        if gens.is_empty() {
            return value("comprehension with no generators");
        }
        for g in gens {
            self.expr(&g.target, ExprContext::Store)?;
            self.expr(&g.iter, ExprContext::Load)?;
            self.exprs(&g.ifs, ExprContext::Load)?;
        }
        Ok(())
    }

    fn handlers(&self, hs: &[ExceptHandler]) -> VResult {
        for h in hs {
            positions(&h.loc)?;
            self.opt(&h.r#type)?;
            self.body(&h.body, "ExceptHandler")?;
        }
        Ok(())
    }

    fn stmt(&self, s: &Stmt) -> VResult {
        use StmtKind as S;
        use ExprContext::*;
        positions(&s.loc)?;
        match &s.kind {
            S::FunctionDef { args, body, decorator_list, returns, type_params, .. } => {
                self.body(body, "FunctionDef")?;
                self.type_params(type_params)?;
                self.arguments(args)?;
                self.exprs(decorator_list, Load)?;
                self.opt(returns)
            }
            S::AsyncFunctionDef { args, body, decorator_list, returns, type_params, .. } => {
                self.body(body, "AsyncFunctionDef")?;
                self.type_params(type_params)?;
                self.arguments(args)?;
                self.exprs(decorator_list, Load)?;
                self.opt(returns)
            }
            S::ClassDef { bases, keywords, body, decorator_list, type_params, .. } => {
                self.body(body, "ClassDef")?;
                self.type_params(type_params)?;
                self.exprs(bases, Load)?;
                self.keywords(keywords)?;
                self.exprs(decorator_list, Load)
            }
            S::Return { value } => self.opt(value),
            S::Delete { targets } => {
                nonempty(targets, "targets", "Delete")?;
                self.exprs(targets, Del)
            }
            S::Assign { targets, value, .. } => {
                nonempty(targets, "targets", "Assign")?;
                self.exprs(targets, Store)?;
                self.expr(value, Load)
            }
            S::AugAssign { target, value, .. } => {
                self.expr(target, Store)?;
                self.expr(value, Load)
            }
            S::AnnAssign { target, annotation, value, simple } => {
                if *simple != 0 && !matches!(target.kind, ExprKind::Name { .. }) {
                    return Err((Kind::Type, "AnnAssign with simple non-Name target".into()));
                }
                self.expr(target, Store)?;
                self.opt(value)?;
                self.expr(annotation, Load)
            }
            S::TypeAlias { name, type_params, value } => {
                if !matches!(name.kind, ExprKind::Name { .. }) {
                    return Err((Kind::Type, "TypeAlias with non-Name name".into()));
                }
                self.expr(name, Store)?;
                self.type_params(type_params)?;
                self.expr(value, Load)
            }
            S::For { target, iter, body, orelse, .. } | S::AsyncFor { target, iter, body, orelse, .. } => {
                self.expr(target, Store)?;
                self.expr(iter, Load)?;
                self.body(body, if matches!(s.kind, S::For { .. }) { "For" } else { "AsyncFor" })?;
                self.stmts(orelse)
            }
            S::While { test, body, orelse } | S::If { test, body, orelse } => {
                self.expr(test, Load)?;
                self.body(body, if matches!(s.kind, S::While { .. }) { "While" } else { "If" })?;
                self.stmts(orelse)
            }
            S::With { items, body, .. } | S::AsyncWith { items, body, .. } => {
                let owner = if matches!(s.kind, S::With { .. }) { "With" } else { "AsyncWith" };
                nonempty(items, "items", owner)?;
                for it in items {
                    self.expr(&it.context_expr, Load)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v, Store)?;
                    }
                }
                self.body(body, owner)
            }
            S::Match { subject, cases } => {
                self.expr(subject, Load)?;
                nonempty(cases, "cases", "Match")?;
                for c in cases {
                    self.pattern(&c.pattern, false)?;
                    self.opt(&c.guard)?;
                    self.body(&c.body, "match_case")?;
                }
                Ok(())
            }
            S::Raise { exc, cause } => {
                if exc.is_none() && cause.is_some() {
                    return value("Raise with cause but no exception");
                }
                self.opt(exc)?;
                self.opt(cause)
            }
            S::Try { body, handlers, orelse, finalbody } | S::TryStar { body, handlers, orelse, finalbody } => {
                let owner = if matches!(s.kind, S::Try { .. }) { "Try" } else { "TryStar" };
                self.body(body, owner)?;
                if handlers.is_empty() && finalbody.is_empty() {
                    return value(format!("{owner} has neither except handlers nor finalbody"));
                }
                if handlers.is_empty() && !orelse.is_empty() {
                    return value(format!("{owner} has orelse but no except handlers"));
                }
                self.handlers(handlers)?;
                self.stmts(finalbody)?;
                self.stmts(orelse)
            }
            S::Assert { test, msg } => {
                self.expr(test, Load)?;
                self.opt(msg)
            }
            S::Import { names } => nonempty(names, "names", "Import"),
            S::ImportFrom { names, level, .. } => {
                if level.unwrap_or(0) < 0 {
                    return value("Negative ImportFrom level");
                }
                nonempty(names, "names", "ImportFrom")
            }
            S::Global { names } => nonempty(names, "names", "Global"),
            S::Nonlocal { names } => nonempty(names, "names", "Nonlocal"),
            S::Expr { value } => self.expr(value, Load),
            S::Pass | S::Break | S::Continue => Ok(()),
        }
    }

    fn expr(&self, e: &Expr, ctx: ExprContext) -> VResult {
        use ExprContext::*;
        use ExprKind as E;
        positions(&e.loc)?;
        let actual = match &e.kind {
            E::Attribute { ctx, .. } | E::Subscript { ctx, .. } | E::Starred { ctx, .. } | E::List { ctx, .. } | E::Tuple { ctx, .. } => Some(*ctx),
            E::Name { id, ctx } => {
                self.name(*id)?;
                Some(*ctx)
            }
            _ => None,
        };
        match actual {
            Some(a) if a != ctx => {
                return value(format!("expression must have {} context but has {} instead", ctx_name(ctx), ctx_name(a)));
            }
            None if ctx != Load => {
                return value(format!("expression which can't be assigned to in {} context", ctx_name(ctx)));
            }
            _ => {}
        }
        match &e.kind {
            E::BoolOp { values, .. } => {
                if values.len() < 2 {
                    return value("BoolOp with less than 2 values");
                }
                self.exprs(values, Load)
            }
            E::BinOp { left, right, .. } => {
                self.expr(left, Load)?;
                self.expr(right, Load)
            }
            E::UnaryOp { operand, .. } => self.expr(operand, Load),
            E::Lambda { args, body } => {
                self.arguments(args)?;
                self.expr(body, Load)
            }
            E::IfExp { test, body, orelse } => {
                self.expr(test, Load)?;
                self.expr(body, Load)?;
                self.expr(orelse, Load)
            }
            E::Dict { keys, values } => {
                if keys.len() != values.len() {
                    return value("Dict doesn't have the same number of keys as values");
                }
                keys.iter().flatten().try_for_each(|k| self.expr(k, Load))?;
                self.exprs(values, Load)
            }
            E::Set { elts } => self.exprs(elts, Load),
            E::ListComp { elt, generators } | E::SetComp { elt, generators } | E::GeneratorExp { elt, generators } => {
                self.comprehension(generators)?;
                self.expr(elt, Load)
            }
            E::DictComp { key, value, generators } => {
                self.comprehension(generators)?;
                self.expr(key, Load)?;
                self.expr(value, Load)
            }
            E::Yield { value } => self.opt(value),
            E::YieldFrom { value } | E::Await { value } => self.expr(value, Load),
            E::Compare { left, ops, comparators } => {
                if comparators.is_empty() {
                    return value("Compare with no comparators");
                }
                if comparators.len() != ops.len() {
                    return value("Compare has a different number of comparators and operands");
                }
                self.exprs(comparators, Load)?;
                self.expr(left, Load)
            }
            E::Call { func, args, keywords } => {
                self.expr(func, Load)?;
                self.exprs(args, Load)?;
                self.keywords(keywords)
            }
            E::Constant { .. } => Ok(()),
            E::JoinedStr { values } => self.exprs(values, Load),
            E::FormattedValue { value: v, format_spec, conversion } => {
                self.expr(v, Load)?;
                self.opt(format_spec)?;
                // checked by the compiler in CPython (codegen's formatted value)
                if !matches!(*conversion, -1 | 115 | 114 | 97) {
                    return Err((Kind::System, format!("Unrecognized conversion character {conversion}")));
                }
                Ok(())
            }
            E::Attribute { value, .. } => self.expr(value, Load),
            E::Subscript { value, slice, .. } => {
                self.expr(slice, Load)?;
                self.expr(value, Load)
            }
            E::Starred { value, .. } => self.expr(value, ctx),
            E::Slice { lower, upper, step } => {
                self.opt(lower)?;
                self.opt(upper)?;
                self.opt(step)
            }
            E::List { elts, .. } | E::Tuple { elts, .. } => self.exprs(elts, ctx),
            E::NamedExpr { target, value } => {
                if !matches!(target.kind, E::Name { .. }) {
                    return Err((Kind::Type, "NamedExpr target must be a Name".into()));
                }
                self.expr(value, Load)
            }
            E::Name { .. } => Ok(()),
        }
    }

    fn capture(&self, name: Option<Ident>) -> VResult {
        let Some(n) = name else { return Ok(()) };
        if self.names.get(n) == "_" {
            return value("can't capture name '_' in patterns");
        }
        self.name(n)
    }

    fn pattern(&self, p: &Pattern, star_ok: bool) -> VResult {
        use PatternKind as P;
        positions(&p.loc)?;
        match &p.kind {
            P::MatchValue { value: v } => {
                self.expr(v, ExprContext::Load)?;
                let ok = match &v.kind {
                    ExprKind::Constant { value: c, .. } => {
                        if !matches!(c, Constant::Int(_) | Constant::Float(_) | Constant::Bytes(_) | Constant::Complex(..) | Constant::Str(_)) {
                            return value("unexpected constant inside of a literal pattern");
                        }
                        true
                    }
                    ExprKind::Attribute { .. } | ExprKind::JoinedStr { .. } => true,
                    ExprKind::UnaryOp { .. } => literal_negative(v, true, true),
                    ExprKind::BinOp { left, op, right } => {
                        matches!(op, Operator::Add | Operator::Sub)
                            && match &left.kind {
                                ExprKind::Constant { value: c, .. } => literal_number(c, true, false),
                                ExprKind::UnaryOp { .. } => literal_negative(left, true, false),
                                _ => false,
                            }
                            && matches!(&right.kind, ExprKind::Constant { value: c, .. } if literal_number(c, false, true))
                    }
                    _ => false,
                };
                if !ok {
                    return value("patterns may only match literals and attribute lookups");
                }
                Ok(())
            }
            P::MatchSingleton { value: c } => {
                if !matches!(c, Constant::None | Constant::Bool(_)) {
                    return value("MatchSingleton can only contain True, False and None");
                }
                Ok(())
            }
            P::MatchSequence { patterns } => patterns.iter().try_for_each(|x| self.pattern(x, true)),
            P::MatchMapping { keys, patterns, rest } => {
                if keys.len() != patterns.len() {
                    return value("MatchMapping doesn't have the same number of keys as patterns");
                }
                self.capture(*rest)?;
                for k in keys {
                    if !matches!(k.kind, ExprKind::Constant { .. } | ExprKind::Attribute { .. }) {
                        self.expr(k, ExprContext::Load)?;
                    }
                }
                patterns.iter().try_for_each(|x| self.pattern(x, false))
            }
            P::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                if kwd_attrs.len() != kwd_patterns.len() {
                    return value("MatchClass doesn't have the same number of keyword attributes as patterns");
                }
                self.expr(cls, ExprContext::Load)?;
                let mut c = cls.as_ref();
                while let ExprKind::Attribute { value: v, .. } = &c.kind {
                    c = v;
                }
                if !matches!(c.kind, ExprKind::Name { .. }) {
                    return value("MatchClass cls field can only contain Name or Attribute nodes.");
                }
                for a in kwd_attrs {
                    self.name(*a)?;
                }
                patterns.iter().chain(kwd_patterns).try_for_each(|x| self.pattern(x, false))
            }
            P::MatchStar { name } => {
                if !star_ok {
                    return value("can't use MatchStar here");
                }
                self.capture(*name)
            }
            P::MatchAs { pattern, name } => {
                self.capture(*name)?;
                match pattern {
                    None => Ok(()),
                    Some(_) if name.is_none() => value("MatchAs must specify a target name if a pattern is given"),
                    Some(x) => self.pattern(x, false),
                }
            }
            P::MatchOr { patterns } => {
                if patterns.len() < 2 {
                    return value("MatchOr requires at least 2 patterns");
                }
                patterns.iter().try_for_each(|x| self.pattern(x, false))
            }
        }
    }
}
