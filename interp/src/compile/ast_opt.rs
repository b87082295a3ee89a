//! The AST optimiser (Python/ast_opt.c): constant folding before the symbol table runs.
//!
//! Folds `__debug__`, unary and binary operators on constants (with CPython's size limits:
//! 128-bit ints, 4096-character strings, 256-item tuples), tuples of constants, subscripts of
//! constants, literal lists and sets iterated by `for`/comprehensions or tested with `in`
//! (to tuples and frozensets), and guards the docstring slot (a folded first expression is
//! wrapped in a JoinedStr so that it does not become a docstring), and turns simple
//! `'%s' % (x,)` formatting into f-strings. The operations themselves are in `const_fold`.

use crate::ast::*;
use crate::parser::{Warning, WarningCategory};

/// Optimises the tree in place (`_PyAST_Optimize`), returning the warnings the folded
/// operations raised (a DeprecationWarning for each `~` folded on a bool, in tree order).
/// Under `from __future__ import annotations` annotations are left as written (they become
/// strings), as `astfold_arg` and the AnnAssign case do.
#[inline(never)] // a stage boundary: one call per unit, kept out of line for profiles
pub fn optimize(ast: &mut Ast, optimize: u8, future_annotations: bool) -> Vec<Warning> {
    let debug = ast.names.intern("__debug__");
    let mut o = Opt { debug, optimize, future_annotations, warnings: Vec::new() };
    match &mut ast.module {
        Mod::Module { body, .. } => o.body(body),
        Mod::Interactive { body } => o.stmts(body),
        Mod::Expression { body } => o.expr(body),
        Mod::FunctionType { .. } => {}
    }
    o.warnings
}

struct Opt {
    debug: Ident,
    optimize: u8,
    future_annotations: bool,
    warnings: Vec<Warning>,
}

impl Opt {
    fn stmts(&mut self, v: &mut [Stmt]) {
        for s in v {
            self.stmt(s);
        }
    }

    /// `astfold_body`: the statements, then the docstring guard.
    fn body(&mut self, v: &mut [Stmt]) {
        let had_doc = is_docstring(v);
        self.stmts(v);
        if !had_doc && is_docstring(v) {
            let st = &mut v[0];
            if let StmtKind::Expr { value } = &mut st.kind {
                let inner = std::mem::replace(&mut **value, Expr { kind: ExprKind::Constant { value: Constant::None, kind: None }, loc: st.loc });
                **value = Expr { kind: ExprKind::JoinedStr { values: vec![inner] }, loc: st.loc };
            }
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::FunctionDef { type_params, args, body, decorator_list, returns, .. }
            | StmtKind::AsyncFunctionDef { type_params, args, body, decorator_list, returns, .. } => {
                self.type_params(type_params);
                self.args(args);
                self.body(body);
                self.exprs(decorator_list);
                if let Some(r) = returns {
                    if !self.future_annotations {
                        self.expr(r);
                    }
                }
            }
            StmtKind::ClassDef { type_params, bases, keywords, body, decorator_list, .. } => {
                self.type_params(type_params);
                self.exprs(bases);
                for k in keywords {
                    self.expr(&mut k.value);
                }
                self.body(body);
                self.exprs(decorator_list);
            }
            StmtKind::Return { value: Some(v) } => self.expr(v),
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets);
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                self.expr(target);
                if !self.future_annotations {
                    self.expr(annotation);
                }
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::TypeAlias { name, type_params, value } => {
                self.expr(name);
                self.type_params(type_params);
                self.expr(value);
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
                fold_iter(iter);
            }
            StmtKind::AsyncFor { target, iter, body, orelse, .. } => {
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { items, body, .. } | StmtKind::AsyncWith { items, body, .. } => {
                for it in items {
                    self.expr(&mut it.context_expr);
                    if let Some(v) = &mut it.optional_vars {
                        self.expr(v);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&mut c.pattern);
                    if let Some(g) = &mut c.guard {
                        self.expr(g);
                    }
                    self.stmts(&mut c.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &mut h.r#type {
                        self.expr(t);
                    }
                    self.stmts(&mut h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Expr { value } => self.expr(value),
            _ => {}
        }
    }

    fn pattern(&mut self, p: &mut Pattern) {
        match &mut p.kind {
            PatternKind::MatchValue { value } => self.expr(value),
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q);
                }
            }
            PatternKind::MatchMapping { keys, patterns, .. } => {
                self.exprs(keys);
                for q in patterns {
                    self.pattern(q);
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls);
                for q in patterns.iter_mut().chain(kwd_patterns.iter_mut()) {
                    self.pattern(q);
                }
            }
            PatternKind::MatchAs { pattern: Some(q), .. } => self.pattern(q),
            _ => {}
        }
    }

    /// `astfold_arguments`: each parameter's annotation (unless annotations are postponed)
    /// in declaration order, with the keyword-only defaults before `**kwargs` and the
    /// positional defaults last (the order matters for the warnings folding raises).
    fn args(&mut self, a: &mut Arguments) {
        let ann = !self.future_annotations;
        let arg = |o: &mut Self, x: &mut Arg| {
            if let (true, Some(an)) = (ann, &mut x.annotation) {
                o.expr(an);
            }
        };
        for x in a.posonlyargs.iter_mut().chain(a.args.iter_mut()) {
            arg(self, x);
        }
        if let Some(x) = &mut a.vararg {
            arg(self, x);
        }
        for x in a.kwonlyargs.iter_mut() {
            arg(self, x);
        }
        for d in a.kw_defaults.iter_mut().flatten() {
            self.expr(d);
        }
        if let Some(x) = &mut a.kwarg {
            arg(self, x);
        }
        self.exprs(&mut a.defaults);
    }

    /// `astfold_type_param`: a TypeVar's bound, then any parameter's default.
    fn type_params(&mut self, v: &mut [TypeParam]) {
        for p in v {
            match &mut p.kind {
                TypeParamKind::TypeVar { bound, default_value, .. } => {
                    if let Some(b) = bound {
                        self.expr(b);
                    }
                    if let Some(d) = default_value {
                        self.expr(d);
                    }
                }
                TypeParamKind::ParamSpec { default_value, .. } | TypeParamKind::TypeVarTuple { default_value, .. } => {
                    if let Some(d) = default_value {
                        self.expr(d);
                    }
                }
            }
        }
    }

    fn exprs(&mut self, v: &mut [Expr]) {
        for e in v {
            self.expr(e);
        }
    }

    /// Leaves (names other than `__debug__`, constants) are most of the tree: they return
    /// here, without entering the large frame of [`Opt::expr_node`].
    #[inline]
    fn expr(&mut self, e: &mut Expr) {
        match &e.kind {
            ExprKind::Constant { .. } => {}
            ExprKind::Name { id, .. } if *id != self.debug => {}
            _ => self.expr_node(e),
        }
    }

    fn expr_node(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::Name { id, ctx: ExprContext::Load } if *id == self.debug => {
                e.kind = ExprKind::Constant { value: Constant::Bool(self.optimize == 0), kind: None };
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { value, .. } => self.expr(value),
            ExprKind::BinOp { left, right, op } => {
                self.expr(left);
                self.expr(right);
                if *op == Operator::Mod {
                    if let (ExprKind::Constant { value: Constant::Str(fmt), .. }, ExprKind::Tuple { elts, .. }) = (&left.kind, &right.kind) {
                        if !elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) {
                            if let Some(values) = optimize_format(fmt, elts) {
                                e.kind = ExprKind::JoinedStr { values };
                            }
                            return;
                        }
                    }
                }
                if let (ExprKind::Constant { value: l, .. }, ExprKind::Constant { value: r, .. }) = (&left.kind, &right.kind) {
                    if let Some(v) = fold_binop(l, *op, r) {
                        e.kind = ExprKind::Constant { value: v, kind: None };
                    }
                }
            }
            ExprKind::UnaryOp { operand, op } => {
                self.expr(operand);
                if *op == UnaryOperator::Not {
                    if let ExprKind::Compare { ops, .. } = &mut operand.kind {
                        if ops.len() == 1 {
                            let inv = match ops[0] {
                                CmpOp::Is => Some(CmpOp::IsNot),
                                CmpOp::IsNot => Some(CmpOp::Is),
                                CmpOp::In => Some(CmpOp::NotIn),
                                CmpOp::NotIn => Some(CmpOp::In),
                                _ => None,
                            };
                            if let Some(inv) = inv {
                                ops[0] = inv;
                                let inner = std::mem::replace(&mut **operand, Expr { kind: ExprKind::Constant { value: Constant::None, kind: None }, loc: e.loc });
                                *e = inner;
                                return;
                            }
                        }
                    }
                }
                if let ExprKind::Constant { value, .. } = &operand.kind {
                    if let Some(v) = fold_unary(*op, value) {
                        if *op == UnaryOperator::Invert && matches!(value, Constant::Bool(_)) {
                            let msg = crate::objects::longobject::BOOL_INVERT_DEPRECATION.to_string();
                            self.warnings.push(Warning { lineno: e.loc.lineno.max(0) as u32, msg, category: WarningCategory::Deprecation });
                        }
                        e.kind = ExprKind::Constant { value: v, kind: None };
                    }
                }
            }
            ExprKind::Lambda { args, body } => {
                self.args(args);
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter_mut().flatten() {
                    self.expr(k);
                }
                self.exprs(values);
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } => self.exprs(elts),
            ExprKind::Tuple { elts, ctx } => {
                self.exprs(elts);
                if *ctx == ExprContext::Load {
                    if let Some(t) = const_tuple(elts) {
                        e.kind = ExprKind::Constant { value: Constant::Tuple(t), kind: None };
                    }
                }
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.comps(generators);
            }
            ExprKind::DictComp { key, value, generators } => {
                self.expr(key);
                self.expr(value);
                self.comps(generators);
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => self.expr(value),
            ExprKind::Yield { value: Some(v) } => self.expr(v),
            ExprKind::Compare { left, comparators, ops } => {
                self.expr(left);
                self.exprs(comparators);
                if matches!(ops.last(), Some(CmpOp::In | CmpOp::NotIn)) {
                    fold_iter(comparators.last_mut().unwrap());
                }
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func);
                self.exprs(args);
                for k in keywords {
                    self.expr(&mut k.value);
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value);
                if let Some(f) = format_spec {
                    self.expr(f);
                }
            }
            ExprKind::JoinedStr { values } => self.exprs(values),
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
                if let (ExprKind::Constant { value: v, .. }, ExprKind::Constant { value: i, .. }) = (&value.kind, &slice.kind) {
                    if let Some(r) = fold_subscr(v, i) {
                        e.kind = ExprKind::Constant { value: r, kind: None };
                    }
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x);
                }
            }
            _ => {}
        }
    }

    fn comps(&mut self, gens: &mut [Comprehension]) {
        for g in gens {
            self.expr(&mut g.target);
            self.expr(&mut g.iter);
            self.exprs(&mut g.ifs);
            fold_iter(&mut g.iter);
        }
    }
}

fn is_docstring(v: &[Stmt]) -> bool {
    matches!(v.first(), Some(Stmt { kind: StmtKind::Expr { value }, .. }) if matches!(value.kind, ExprKind::Constant { value: Constant::Str(_), .. }))
}

fn const_tuple(elts: &[Expr]) -> Option<Box<[Constant]>> {
    let mut out = Vec::with_capacity(elts.len());
    for e in elts {
        match &e.kind {
            ExprKind::Constant { value, .. } => out.push(value.clone()),
            _ => return None,
        }
    }
    Some(out.into_boxed_slice())
}

/// `fold_iter`: a literal list becomes a tuple, a literal set a frozenset.
fn fold_iter(e: &mut Expr) {
    match &mut e.kind {
        ExprKind::List { elts, ctx } => {
            if elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) {
                return;
            }
            let elts = std::mem::take(elts);
            let ctx = *ctx;
            match const_tuple(&elts) {
                Some(t) => e.kind = ExprKind::Constant { value: Constant::Tuple(t), kind: None },
                None => e.kind = ExprKind::Tuple { elts, ctx },
            }
        }
        ExprKind::Set { elts } => {
            // The items in source order: codegen builds the set (compile::const_set).
            if let Some(t) = const_tuple(elts) {
                e.kind = ExprKind::Constant { value: Constant::FrozenSet(t), kind: None };
            }
        }
        _ => {}
    }
}

use super::const_fold::{fold_binop, fold_subscr, fold_unary};

/// A location CPython writes as (-1, -1, -1, -1): codegen turns it into "no location".
pub const NO_LOC: Loc = Loc { lineno: u32::MAX, col_offset: u32::MAX, end_lineno: u32::MAX, end_col_offset: u32::MAX };

fn str_node(cps: &[u32]) -> Expr {
    Expr {
        kind: ExprKind::Constant { value: Constant::Str(crate::objects::pystr::PyStr::from_code_points(cps.iter().copied())), kind: None },
        loc: NO_LOC,
    }
}

/// `optimize_format`: `'%s-%r' % (a, b)` becomes `f'{a!s}-{b!r}'` when every unit is a simple
/// `%s`/`%r`/`%a` (with optional width and precision) and the counts agree.
fn optimize_format(fmt: &crate::objects::pystr::PyStr, elts: &[Expr]) -> Option<Vec<Expr>> {
    let cps: Vec<u32> = fmt.code_points().collect();
    let pct = '%' as u32;
    let mut seq = Vec::new();
    let mut pos = 0;
    let mut cnt = 0;
    loop {
        // parse_literal
        let start = pos;
        let mut lit: Vec<u32> = Vec::new();
        while pos < cps.len() {
            if cps[pos] != pct {
                lit.push(cps[pos]);
                pos += 1;
            } else if pos + 1 < cps.len() && cps[pos + 1] == pct {
                lit.push(pct);
                pos += 2;
            } else {
                break;
            }
        }
        if pos != start {
            seq.push(str_node(&lit));
        }
        if pos >= cps.len() {
            break;
        }
        if cnt >= elts.len() {
            return None;
        }
        pos += 1;
        let fv = parse_format(&cps, &mut pos, &elts[cnt])?;
        cnt += 1;
        seq.push(fv);
    }
    if cnt < elts.len() {
        return None;
    }
    Some(seq)
}

fn parse_format(cps: &[u32], pos: &mut usize, arg: &Expr) -> Option<Expr> {
    let mut p = *pos;
    let mut next = || -> Option<u32> {
        let c = *cps.get(p)?;
        p += 1;
        Some(c)
    };
    let mut ljust = false;
    let mut ch;
    loop {
        ch = char::from_u32(next()?)?;
        match ch {
            '-' => ljust = true,
            '+' | ' ' | '#' | '0' => {}
            _ => break,
        }
    }
    let mut width: i32 = -1;
    let mut prec: i32 = -1;
    if ch.is_ascii_digit() {
        width = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            width = width * 10 + (ch as i32 - '0' as i32);
            ch = char::from_u32(next()?)?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
    }
    if ch == '.' {
        ch = char::from_u32(next()?)?;
        prec = 0;
        if ch.is_ascii_digit() {
            let mut digits = 0;
            while ch.is_ascii_digit() {
                prec = prec * 10 + (ch as i32 - '0' as i32);
                ch = char::from_u32(next()?)?;
                digits += 1;
                if digits >= 3 {
                    return None;
                }
            }
        }
    }
    *pos = p;
    if !matches!(ch, 's' | 'r' | 'a') {
        return None;
    }
    let mut spec = String::new();
    if !ljust && width > 0 {
        spec.push('>');
    }
    if width >= 0 {
        spec.push_str(&width.to_string());
    }
    if prec >= 0 {
        spec.push_str(&format!(".{prec}"));
    }
    let format_spec = if spec.is_empty() {
        None
    } else {
        let cps: Vec<u32> = spec.chars().map(|c| c as u32).collect();
        Some(Box::new(str_node(&cps)))
    };
    Some(Expr { kind: ExprKind::FormattedValue { value: Box::new(arg.clone()), conversion: ch as i32, format_spec }, loc: arg.loc })
}
