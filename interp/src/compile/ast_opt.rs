//! The AST optimiser (Python/ast_opt.c): constant folding before the symbol table runs.
//!
//! Folds `__debug__`, unary and binary operators on constants (with CPython's size limits:
//! 128-bit ints, 4096-character strings, 256-item tuples), tuples of constants, subscripts of
//! constants, literal lists and sets iterated by `for`/comprehensions or tested with `in`
//! (to tuples and frozensets), and guards the docstring slot (a folded first expression is
//! wrapped in a JoinedStr so that it does not become a docstring). Ints are folded while they fit
//! in 64 bits (the code object's constant type); bigger results are left unfolded for now, and
//! `%`-formatting is not yet turned into f-strings.

use crate::ast::*;

/// Optimises the tree in place (`_PyAST_Optimize`).
/// Under `from __future__ import annotations` annotations are left as written (they become
/// strings), as `astfold_arg` and the AnnAssign case do.
pub fn optimize(ast: &mut Ast, optimize: u8, future_annotations: bool) {
    let debug = ast.names.intern("__debug__");
    let mut o = Opt { debug, optimize, future_annotations };
    match &mut ast.module {
        Mod::Module { body, .. } => o.body(body),
        Mod::Interactive { body } => o.stmts(body),
        Mod::Expression { body } => o.expr(body),
        Mod::FunctionType { .. } => {}
    }
}

struct Opt {
    debug: Ident,
    optimize: u8,
    future_annotations: bool,
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
            StmtKind::FunctionDef { args, body, decorator_list, returns, .. } | StmtKind::AsyncFunctionDef { args, body, decorator_list, returns, .. } => {
                self.args(args);
                self.body(body);
                self.exprs(decorator_list);
                if let Some(r) = returns {
                    if !self.future_annotations {
                        self.expr(r);
                    }
                }
            }
            StmtKind::ClassDef { bases, keywords, body, decorator_list, .. } => {
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

    fn args(&mut self, a: &mut Arguments) {
        self.exprs(&mut a.defaults);
        for d in a.kw_defaults.iter_mut().flatten() {
            self.expr(d);
        }
        if self.future_annotations {
            return;
        }
        let extra = a.vararg.iter_mut().chain(a.kwarg.iter_mut()).map(|b| &mut **b);
        for arg in a.posonlyargs.iter_mut().chain(a.args.iter_mut()).chain(a.kwonlyargs.iter_mut()).chain(extra) {
            if let Some(an) = &mut arg.annotation {
                self.expr(an);
            }
        }
    }

    fn exprs(&mut self, v: &mut [Expr]) {
        for e in v {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &mut Expr) {
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
            if let Some(t) = const_tuple(elts) {
                if let Some(fs) = frozenset_order(t) {
                    e.kind = ExprKind::Constant { value: Constant::FrozenSet(fs), kind: None };
                }
            }
        }
        _ => {}
    }
}

/// siphash13 with CPython's finalisation (Python/pyhash.c), the str/bytes hash.
fn siphash13(k0: u64, k1: u64, src: &[u8]) -> u64 {
    let mut b: u64 = (src.len() as u64) << 56;
    let (mut v0, mut v1, mut v2, mut v3) = (k0 ^ 0x736f6d6570736575, k1 ^ 0x646f72616e646f6d, k0 ^ 0x6c7967656e657261, k1 ^ 0x7465646279746573);
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v2 = v2.wrapping_add(v3);
            v1 = v1.rotate_left(13) ^ v0;
            v3 = v3.rotate_left(16) ^ v2;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v1);
            v0 = v0.wrapping_add(v3);
            v1 = v1.rotate_left(17) ^ v2;
            v3 = v3.rotate_left(21) ^ v0;
            v2 = v2.rotate_left(32);
        };
    }
    let mut chunks = src.chunks_exact(8);
    for c in &mut chunks {
        let mi = u64::from_le_bytes(c.try_into().unwrap());
        v3 ^= mi;
        round!();
        v0 ^= mi;
    }
    let mut t = [0u8; 8];
    let rest = chunks.remainder();
    t[..rest.len()].copy_from_slice(rest);
    b |= u64::from_le_bytes(t);
    v3 ^= b;
    round!();
    v0 ^= b;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// `hash()` of a str or bytes constant when hash randomisation is off (PYTHONHASHSEED=0, the
/// setting under which dis output is reproducible at all).
fn bytes_hash(data: &[u8]) -> Option<i64> {
    if std::env::var("PYTHONHASHSEED").ok().as_deref() != Some("0") {
        return None;
    }
    if data.is_empty() {
        return Some(0);
    }
    let h = siphash13(0, 0, data) as i64;
    Some(if h == -1 { -2 } else { h })
}

fn str_hash(s: &crate::objects::pystr::PyStr) -> Option<i64> {
    let cps: Vec<u32> = s.code_points().collect();
    let max = cps.iter().copied().max().unwrap_or(0);
    let mut data = Vec::with_capacity(cps.len() * 4);
    for c in cps {
        if max < 256 {
            data.push(c as u8);
        } else if max < 65536 {
            data.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            data.extend_from_slice(&c.to_le_bytes());
        }
    }
    bytes_hash(&data)
}

/// The iteration order of `frozenset(items)` when it can be predicted (ints, bools, and str/bytes
/// under PYTHONHASHSEED=0); duplicates removed. Other element types are left unfolded for now.
pub fn frozenset_order(items: Box<[Constant]>) -> Option<Box<[Constant]>> {
    let mut keys: Vec<(i64, Constant)> = Vec::new();
    for c in items.iter() {
        let h = match c {
            Constant::Int(i) => {
                let v = i.to_i64()?;
                if v.unsigned_abs() >= (1u64 << 61) - 1 {
                    return None;
                }
                if v == -1 {
                    -2
                } else {
                    v
                }
            }
            Constant::Bool(b) => *b as i64,
            Constant::Str(s) => str_hash(s)?,
            Constant::Bytes(b) => bytes_hash(b)?,
            _ => return None,
        };
        if !keys.iter().any(|(k, c2)| *k == h && same_const(c2, c)) {
            keys.push((h, c.clone()));
        }
    }
    // The compiler's constant cache rebuilds a frozenset twice more (`merge_consts_recursive`
    // makes the set of constant keys, then a frozenset from that set's order); for ints and
    // strs the keys are the values themselves, so the rebuilds can be simulated too.
    let rebuilds = if keys.iter().all(|(_, c)| matches!(c, Constant::Int(_) | Constant::Str(_))) { 3 } else { 1 };
    let mut order: Vec<usize> = (0..keys.len()).collect();
    for _ in 0..rebuilds {
        let hashes: Vec<i64> = order.iter().map(|&i| keys[i].0).collect();
        let o = set_order(&hashes);
        order = o.into_iter().map(|j| order[j]).collect();
    }
    Some(order.into_iter().map(|i| keys[i].1.clone()).collect())
}

/// The iteration order (as indices into `hashes`) of a set built by adding distinct keys with
/// these hashes one by one: CPython's open-addressing table, linear probes then perturbation.
fn set_order(hashes: &[i64]) -> Vec<usize> {
    let keys: Vec<(i64, ())> = hashes.iter().map(|&h| (h, ())).collect();
    let mut mask: usize = 7;
    let mut table: Vec<Option<usize>> = vec![None; 8];
    let mut used = 0usize;
    let mut fill = 0usize;
    fn insert(table: &mut [Option<usize>], mask: usize, h: i64, idx: usize) {
        let mut perturb = h as u64;
        let mut i = (h as u64 as usize) & mask;
        loop {
            let probes = if i + 9 <= mask { 9 } else { 0 };
            for j in 0..=probes {
                if table[i + j].is_none() {
                    table[i + j] = Some(idx);
                    return;
                }
            }
            perturb >>= 5;
            i = ((i as u64).wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) as usize) & mask;
        }
    }
    for (idx, (h, _)) in keys.iter().enumerate() {
        insert(&mut table, mask, *h, idx);
        used += 1;
        fill += 1;
        if fill * 5 >= mask * 3 {
            let newsize = if used > 50000 { used * 2 } else { used * 4 };
            let mut size = 8;
            while size <= newsize {
                size <<= 1;
            }
            let old: Vec<usize> = table.iter().flatten().copied().collect();
            mask = size - 1;
            table = vec![None; size];
            for o in old {
                insert(&mut table, mask, keys[o].0, o);
            }
        }
    }
    table.iter().flatten().copied().collect()
}

#[derive(Clone, Copy)]
enum Num {
    I(i128),
    F(f64),
    C(f64, f64),
}

fn num(c: &Constant) -> Option<Num> {
    Some(match c {
        Constant::Bool(b) => Num::I(*b as i128),
        Constant::Int(i) => Num::I(i.to_i128()?),
        Constant::Float(f) => Num::F(*f),
        Constant::Complex(r, i) => Num::C(*r, *i),
        _ => return None,
    })
}

fn int_const(v: i128) -> Option<Constant> {
    if bits(v) > 127 {
        return None;
    }
    Some(Constant::Int(crate::objects::int::Int::from_i128(v)))
}

fn from_num(n: Num) -> Option<Constant> {
    match n {
        Num::I(v) => int_const(v),
        Num::F(f) => Some(Constant::Float(f)),
        Num::C(r, i) => Some(Constant::Complex(r, i)),
    }
}

fn as_f(n: Num) -> Option<f64> {
    match n {
        // Rounds to nearest, ties to even, as PyLong_AsDouble does.
        Num::I(v) => Some(v as f64),
        Num::F(f) => Some(f),
        Num::C(..) => None,
    }
}

fn as_c(n: Num) -> Option<(f64, f64)> {
    match n {
        Num::C(r, i) => Some((r, i)),
        _ => Some((as_f(n)?, 0.0)),
    }
}

fn bits(v: i128) -> u32 {
    128 - v.unsigned_abs().leading_zeros()
}

fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let fd = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (fd, m)
}

fn fold_unary(op: UnaryOperator, c: &Constant) -> Option<Constant> {
    if op == UnaryOperator::Not {
        let t = match c {
            Constant::None => false,
            Constant::Bool(b) => *b,
            Constant::Int(i) => !i.is_zero(),
            Constant::Float(f) => *f != 0.0,
            Constant::Complex(r, i) => *r != 0.0 || *i != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
            Constant::Ellipsis => true,
        };
        return Some(Constant::Bool(!t));
    }
    let n = num(c)?;
    match (op, n) {
        (UnaryOperator::USub, Num::I(v)) => int_const(-v),
        (UnaryOperator::USub, Num::F(f)) => Some(Constant::Float(-f)),
        (UnaryOperator::USub, Num::C(r, i)) => Some(Constant::Complex(-r, -i)),
        (UnaryOperator::UAdd, n) => from_num(n),
        (UnaryOperator::Invert, Num::I(v)) => int_const(-v - 1),
        _ => None,
    }
}

fn fold_binop(l: &Constant, op: Operator, r: &Constant) -> Option<Constant> {
    use Operator::*;
    // Sequences.
    match (l, r) {
        (Constant::Str(a), Constant::Str(b)) if op == Add => {
            let mut s = crate::objects::pystr::PyStrBuilder::default();
            s.push_pystr(a);
            s.push_pystr(b);
            return Some(Constant::Str(s.finish()));
        }
        (Constant::Bytes(a), Constant::Bytes(b)) if op == Add => {
            let mut v = a.to_vec();
            v.extend_from_slice(b);
            return Some(Constant::Bytes(v.into_boxed_slice()));
        }
        (Constant::Tuple(a), Constant::Tuple(b)) if op == Add => {
            let mut v = a.to_vec();
            v.extend_from_slice(b);
            return Some(Constant::Tuple(v.into_boxed_slice()));
        }
        _ => {}
    }
    if op == Mult {
        let rep = |seq_len: usize, n: &Constant, limit: usize| -> Option<usize> {
            let n = match n {
                Constant::Int(i) => i.to_i64()?,
                Constant::Bool(b) => *b as i64,
                _ => return None,
            };
            if seq_len == 0 {
                // An empty sequence repeats to itself: no loop over a count like 10**9.
                return Some(0);
            }
            if n < 0 || n as u64 > (limit / seq_len) as u64 {
                return None;
            }
            Some(n.max(0) as usize)
        };
        let seq = |s: &Constant, n: &Constant| -> Option<Constant> {
            match s {
                Constant::Str(a) => {
                    let k = rep(a.char_len(), n, 4096)?;
                    let mut b = crate::objects::pystr::PyStrBuilder::default();
                    for _ in 0..k {
                        b.push_pystr(a);
                    }
                    Some(Constant::Str(b.finish()))
                }
                Constant::Bytes(a) => {
                    let k = rep(a.len(), n, 4096)?;
                    Some(Constant::Bytes(a.repeat(k).into_boxed_slice()))
                }
                Constant::Tuple(a) => {
                    let k = rep(a.len(), n, 256)?;
                    let mut v = Vec::new();
                    for _ in 0..k {
                        v.extend_from_slice(a);
                    }
                    Some(Constant::Tuple(v.into_boxed_slice()))
                }
                _ => None,
            }
        };
        if matches!(l, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)) {
            return seq(l, r);
        }
        if matches!(r, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)) {
            return seq(r, l);
        }
    }
    let (a, b) = (num(l)?, num(r)?);
    let both_bool = matches!(l, Constant::Bool(_)) && matches!(r, Constant::Bool(_));
    match (a, b) {
        (Num::I(x), Num::I(y)) => {
            let v = match op {
                Add => x.checked_add(y)?,
                Sub => x.checked_sub(y)?,
                Mult => {
                    if x != 0 && y != 0 && bits(x) + bits(y) > 128 {
                        return None;
                    }
                    x.checked_mul(y)?
                }
                Div => {
                    // Exact operands give a correctly rounded quotient, as long_true_divide does.
                    if y == 0 || x.unsigned_abs() > (1u128 << 53) || y.unsigned_abs() > (1u128 << 53) {
                        return None;
                    }
                    return Some(Constant::Float(x as f64 / y as f64));
                }
                FloorDiv => {
                    if y == 0 {
                        return None;
                    }
                    x.div_euclid(y) - if y < 0 && x.rem_euclid(y) != 0 { 1 } else { 0 }
                }
                Mod => {
                    if y == 0 {
                        return None;
                    }
                    let m = x % y;
                    if m != 0 && ((m < 0) != (y < 0)) {
                        m + y
                    } else {
                        m
                    }
                }
                Pow => {
                    if y < 0 {
                        if x == 0 {
                            return None;
                        }
                        return Some(Constant::Float(as_f(a)?.powf(y as f64)));
                    }
                    if x != 0 && y > 0 && bits(x) as i128 > 128 / y {
                        return None;
                    }
                    let mut r: i128 = 1;
                    for _ in 0..y {
                        r = r.checked_mul(x)?;
                    }
                    r
                }
                LShift => {
                    if y < 0 {
                        return None;
                    }
                    if x != 0 && (y > 128 || bits(x) as i128 > 128 - y) {
                        return None;
                    }
                    x.checked_shl(y as u32)?
                }
                RShift => {
                    if y < 0 {
                        return None;
                    }
                    if y >= 127 {
                        if x < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        x >> y
                    }
                }
                BitOr => x | y,
                BitXor => x ^ y,
                BitAnd => x & y,
                MatMult => return None,
            };
            if both_bool && matches!(op, BitOr | BitXor | BitAnd) {
                return Some(Constant::Bool(v != 0));
            }
            int_const(v)
        }
        (Num::C(..), _) | (_, Num::C(..)) => {
            let (ar, ai) = as_c(a)?;
            let (br, bi) = as_c(b)?;
            match op {
                Add => Some(Constant::Complex(ar + br, ai + bi)),
                Sub => Some(Constant::Complex(ar - br, ai - bi)),
                Mult => Some(Constant::Complex(ar * br - ai * bi, ar * bi + ai * br)),
                _ => None,
            }
        }
        _ => {
            let (x, y) = (as_f(a)?, as_f(b)?);
            let v = match op {
                Add => x + y,
                Sub => x - y,
                Mult => x * y,
                Div => {
                    if y == 0.0 {
                        return None;
                    }
                    x / y
                }
                FloorDiv => {
                    if y == 0.0 {
                        return None;
                    }
                    float_divmod(x, y).0
                }
                Mod => {
                    if y == 0.0 {
                        return None;
                    }
                    float_divmod(x, y).1
                }
                Pow => {
                    if x < 0.0 && y.fract() != 0.0 || x == 0.0 && y < 0.0 {
                        return None;
                    }
                    x.powf(y)
                }
                _ => return None,
            };
            if op == Pow && v.is_infinite() && x.is_finite() && y.is_finite() {
                return None;
            }
            Some(Constant::Float(v))
        }
    }
}

fn fold_subscr(v: &Constant, i: &Constant) -> Option<Constant> {
    let idx = match i {
        Constant::Int(n) => n.to_i64()?,
        Constant::Bool(b) => *b as i64,
        _ => return None,
    };
    let norm = |len: usize| -> Option<usize> {
        let j = if idx < 0 { idx + len as i64 } else { idx };
        if j < 0 || j >= len as i64 {
            None
        } else {
            Some(j as usize)
        }
    };
    match v {
        Constant::Str(s) => {
            let cps: Vec<u32> = s.code_points().collect();
            let j = norm(cps.len())?;
            Some(Constant::Str(crate::objects::pystr::PyStr::from_code_points([cps[j]])))
        }
        Constant::Bytes(b) => {
            let j = norm(b.len())?;
            int_const(b[j] as i128)
        }
        Constant::Tuple(t) => {
            let j = norm(t.len())?;
            Some(t[j].clone())
        }
        _ => None,
    }
}

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

/// Equality of two hashable constants as a set sees it (1 == True, 'a' != b'a').
fn same_const(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Int(_) | Constant::Bool(_), Constant::Int(_) | Constant::Bool(_)) => num(a).map(|x| match x { Num::I(v) => v, _ => 0 }) == num(b).map(|x| match x { Num::I(v) => v, _ => 0 }),
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        _ => false,
    }
}
