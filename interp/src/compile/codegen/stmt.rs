//! Statements: assignments, conditionals, loops, imports, raise/assert, return/break/continue
//! (compile.c `compiler_visit_stmt` and the helpers it calls).

use super::*;

pub const STACK_USE_GUIDELINE: usize = 30;

impl Compiler {
    pub fn stmts(&mut self, v: &[Stmt]) -> CResult {
        for s in v {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &Stmt) -> CResult {
        let loc = loc_of(s.loc);
        match &s.kind {
            StmtKind::FunctionDef { .. } => self.function(s, false),
            StmtKind::AsyncFunctionDef { .. } => self.function(s, true),
            StmtKind::ClassDef { .. } => self.class(s),
            StmtKind::TypeAlias { .. } => self.type_alias(s),
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.expr(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value, .. } => {
                self.expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.addop(Op::COPY, 1, loc);
                    }
                    self.expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.augassign(s, target, *op, value),
            StmtKind::AnnAssign { target, annotation, value, simple } => self.annassign(s, target, annotation, value.as_deref(), *simple != 0),
            StmtKind::For { .. } => self.for_stmt(s),
            StmtKind::AsyncFor { .. } => self.async_for(s),
            StmtKind::While { test, body, orelse } => {
                let lp = self.new_label();
                let bodyl = self.new_label();
                let end = self.new_label();
                let anchor = self.new_label();
                self.use_label(lp);
                self.push_fblock(FBlock::WhileLoop { block: lp, exit: end }, loc)?;
                self.jump_if(loc, test, anchor, false)?;
                self.use_label(bodyl);
                self.stmts(body)?;
                self.jump_if(loc, test, bodyl, true)?;
                self.pop_fblock();
                self.use_label(anchor);
                self.stmts(orelse)?;
                self.use_label(end);
                Ok(())
            }
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() { end } else { self.new_label() };
                self.jump_if(loc, test, next, false)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.jump(Op::JUMP_NO_INTERRUPT, end, NO_LOCATION);
                    self.use_label(next);
                    self.stmts(orelse)?;
                }
                self.use_label(end);
                Ok(())
            }
            StmtKind::With { .. } => self.with_stmt(s, 0),
            StmtKind::AsyncWith { .. } => self.async_with(s, 0),
            StmtKind::Match { .. } => self.match_stmt(s),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n += 1;
                    }
                }
                self.addop(Op::RAISE_VARARGS, n, loc);
                Ok(())
            }
            StmtKind::Try { finalbody, .. } => {
                if !finalbody.is_empty() {
                    self.try_finally(s)
                } else {
                    self.try_except(s)
                }
            }
            StmtKind::TryStar { finalbody, .. } => {
                if !finalbody.is_empty() {
                    self.try_finally(s)
                } else {
                    self.try_star_except(s)
                }
            }
            StmtKind::Assert { test, msg } => {
                let always_true = match &test.kind {
                    ExprKind::Tuple { elts, .. } => !elts.is_empty(),
                    ExprKind::Constant { value: Constant::Tuple(t), .. } => !t.is_empty(),
                    _ => false,
                };
                if always_true {
                    self.warn("assertion is always true, perhaps remove parentheses?", loc);
                }
                if self.optimize > 0 {
                    return Ok(());
                }
                let end = self.new_label();
                self.jump_if(loc, test, end, true)?;
                self.addop(Op::LOAD_ASSERTION_ERROR, 0, loc);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.addop(Op::CALL, 0, loc);
                }
                self.addop(Op::RAISE_VARARGS, 1, loc_of(test.loc));
                self.use_label(end);
                Ok(())
            }
            StmtKind::Import { names } => self.import(loc, names),
            StmtKind::ImportFrom { module, names, level } => self.import_from(loc, *module, names, level.unwrap_or(0)),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => {
                if self.interactive && self.units.len() <= 1 {
                    self.expr(value)?;
                    self.addop(Op::CALL_INTRINSIC_1, 1, loc);
                    self.addop(Op::POP_TOP, 0, NO_LOCATION);
                    return Ok(());
                }
                if matches!(value.kind, ExprKind::Constant { .. }) {
                    self.addop(Op::NOP, 0, loc);
                    return Ok(());
                }
                self.expr(value)?;
                self.addop(Op::POP_TOP, 0, NO_LOCATION);
                Ok(())
            }
            StmtKind::Pass => {
                self.addop(Op::NOP, 0, loc);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(loc),
            StmtKind::Continue => self.continue_stmt(loc),
        }
    }

    fn for_stmt(&mut self, s: &Stmt) -> CResult {
        let StmtKind::For { target, iter, body, orelse, .. } = &s.kind else { unreachable!() };
        let loc = loc_of(s.loc);
        let start = self.new_label();
        let bodyl = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(FBlock::ForLoop { block: start, exit: end }, loc)?;
        self.expr(iter)?;
        let iloc = loc_of(iter.loc);
        self.addop(Op::GET_ITER, 0, iloc);
        self.use_label(start);
        self.jump(Op::FOR_ITER, cleanup, iloc);
        self.addop(Op::NOP, 0, loc_of(target.loc));
        self.use_label(bodyl);
        self.expr(target)?;
        self.stmts(body)?;
        self.jump(Op::JUMP, start, NO_LOCATION);
        self.use_label(cleanup);
        self.addop(Op::END_FOR, 0, NO_LOCATION);
        self.addop(Op::POP_TOP, 0, NO_LOCATION);
        self.pop_fblock();
        self.stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn async_for(&mut self, s: &Stmt) -> CResult {
        let StmtKind::AsyncFor { target, iter, body, orelse, .. } = &s.kind else { unreachable!() };
        let loc = loc_of(s.loc);
        if self.ur().scope_type != ScopeType::AsyncFunction {
            return Err(self.err("'async for' outside async function", loc));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.addop(Op::GET_AITER, 0, loc_of(iter.loc));
        self.use_label(start);
        self.push_fblock(FBlock::ForLoop { block: start, exit: end }, loc)?;
        self.jump(Op::SETUP_FINALLY, except, loc);
        self.addop(Op::GET_ANEXT, 0, loc);
        self.load_const(Const::None, loc);
        self.yield_from(loc, true);
        self.addop(Op::POP_BLOCK, 0, loc);
        self.expr(target)?;
        self.stmts(body)?;
        self.jump(Op::JUMP, start, NO_LOCATION);
        self.pop_fblock();
        self.use_label(except);
        self.addop(Op::END_ASYNC_FOR, 0, loc_of(iter.loc));
        self.stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn return_stmt(&mut self, s: &Stmt, value: Option<&Expr>) -> CResult {
        let mut loc = loc_of(s.loc);
        let preserve_tos = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant { .. }));
        if !self.ste().is_function_like() {
            return Err(self.err("'return' outside function", loc));
        }
        if value.is_some() && self.ste().coroutine && self.ste().generator {
            return Err(self.err("'return' with value in async generator", loc));
        }
        if preserve_tos {
            self.expr(value.unwrap())?;
        } else if let Some(v) = value {
            loc = loc_of(v.loc);
            self.addop(Op::NOP, 0, loc);
        }
        if value.is_none_or(|v| v.loc.lineno != s.loc.lineno) {
            loc = loc_of(s.loc);
            self.addop(Op::NOP, 0, loc);
        }
        self.unwind_fblock_stack(&mut loc, preserve_tos, false)?;
        match value {
            None => self.load_const(Const::None, loc),
            Some(v) if !preserve_tos => {
                let ExprKind::Constant { value: c, .. } = &v.kind else { unreachable!() };
                self.load_constant(c, loc);
            }
            _ => {}
        }
        self.addop(Op::RETURN_VALUE, 0, loc);
        Ok(())
    }

    fn break_stmt(&mut self, loc: Location) -> CResult {
        let mut l = loc;
        self.addop(Op::NOP, 0, loc);
        let lp = self.unwind_fblock_stack(&mut l, false, true)?;
        let Some(lp) = lp else { return Err(self.err("'break' outside loop", loc)) };
        self.unwind_fblock(&mut l, &lp, false)?;
        let exit = match lp {
            FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => exit,
            _ => unreachable!(),
        };
        self.jump(Op::JUMP, exit, l);
        Ok(())
    }

    fn continue_stmt(&mut self, loc: Location) -> CResult {
        let mut l = loc;
        self.addop(Op::NOP, 0, loc);
        let lp = self.unwind_fblock_stack(&mut l, false, true)?;
        let Some(lp) = lp else { return Err(self.err("'continue' not properly in loop", loc)) };
        let block = match lp {
            FBlock::WhileLoop { block, .. } | FBlock::ForLoop { block, .. } => block,
            _ => unreachable!(),
        };
        self.jump(Op::JUMP, block, l);
        Ok(())
    }

    fn augassign(&mut self, s: &Stmt, target: &Expr, op: Operator, value: &Expr) -> CResult {
        let tloc = loc_of(target.loc);
        match &target.kind {
            ExprKind::Attribute { value: v, attr, .. } => {
                self.expr(v)?;
                self.addop(Op::COPY, 1, tloc);
                let l = self.attr_loc(tloc, target, *attr);
                self.addop_name(Op::LOAD_ATTR, *attr, l);
            }
            ExprKind::Subscript { value: v, slice, .. } => {
                self.expr(v)?;
                if is_two_element_slice(slice) {
                    self.slice_parts(slice)?;
                    self.addop(Op::COPY, 3, tloc);
                    self.addop(Op::COPY, 3, tloc);
                    self.addop(Op::COPY, 3, tloc);
                    self.addop(Op::BINARY_SLICE, 0, tloc);
                } else {
                    self.expr(slice)?;
                    self.addop(Op::COPY, 2, tloc);
                    self.addop(Op::COPY, 2, tloc);
                    self.addop(Op::BINARY_SUBSCR, 0, tloc);
                }
            }
            ExprKind::Name { id, .. } => self.nameop(*id, ExprContext::Load, tloc)?,
            _ => return Err(self.err("invalid node type for augmented assignment", tloc)),
        }
        self.expr(value)?;
        self.addop(Op::BINARY_OP, binop_arg(op) + 13, loc_of(s.loc));
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                let l = self.attr_loc(tloc, target, *attr);
                self.addop(Op::SWAP, 2, l);
                self.addop_name(Op::STORE_ATTR, *attr, l);
            }
            ExprKind::Subscript { slice, .. } => {
                if is_two_element_slice(slice) {
                    self.addop(Op::SWAP, 4, tloc);
                    self.addop(Op::SWAP, 3, tloc);
                    self.addop(Op::SWAP, 2, tloc);
                    self.addop(Op::STORE_SLICE, 0, tloc);
                } else {
                    self.addop(Op::SWAP, 3, tloc);
                    self.addop(Op::SWAP, 2, tloc);
                    self.addop(Op::STORE_SUBSCR, 0, tloc);
                }
            }
            ExprKind::Name { id, .. } => self.nameop(*id, ExprContext::Store, tloc)?,
            _ => {}
        }
        Ok(())
    }

    fn annassign(&mut self, s: &Stmt, target: &Expr, annotation: &Expr, value: Option<&Expr>, simple: bool) -> CResult {
        let loc = loc_of(s.loc);
        if let Some(v) = value {
            self.expr(v)?;
            self.expr(target)?;
        }
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.check_forbidden(*id, ExprContext::Store, loc)?;
                if simple && matches!(self.ur().scope_type, ScopeType::Module | ScopeType::Class) {
                    if self.future_annotations {
                        self.annexpr(annotation);
                    } else {
                        self.expr(annotation)?;
                    }
                    let a = self.k.annotations;
                    self.addop_name(Op::LOAD_NAME, a, loc);
                    let m = self.mangle(*id);
                    let c = self.str_const(m);
                    self.load_const(c, loc);
                    self.addop(Op::STORE_SUBSCR, 0, loc);
                }
            }
            ExprKind::Attribute { value: v, .. } => {
                if value.is_none() {
                    self.expr(v)?;
                    self.addop(Op::POP_TOP, 0, loc_of(v.loc));
                }
            }
            ExprKind::Subscript { value: v, slice, .. } => {
                if value.is_none() {
                    self.expr(v)?;
                    self.addop(Op::POP_TOP, 0, loc_of(v.loc));
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => {}
        }
        if !simple && !self.future_annotations && matches!(self.ur().scope_type, ScopeType::Module | ScopeType::Class) {
            self.expr(annotation)?;
            self.addop(Op::POP_TOP, 0, loc_of(annotation.loc));
        }
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &Expr) -> CResult {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                    self.addop(Op::POP_TOP, 0, loc_of(x.loc));
                }
            }
            ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.check_ann_subscr(x)?;
                }
            }
            _ => {
                self.expr(e)?;
                self.addop(Op::POP_TOP, 0, loc_of(e.loc));
            }
        }
        Ok(())
    }

    fn import(&mut self, loc: Location, names: &[Alias]) -> CResult {
        for a in names {
            self.load_const(Const::Int(crate::objects::int::Int::zero()), loc);
            self.load_const(Const::None, loc);
            self.addop_name(Op::IMPORT_NAME, a.name, loc);
            let full = self.names.get(a.name).to_string();
            if let Some(asname) = a.asname {
                if let Some(dot) = full.find('.') {
                    let mut pos = dot + 1;
                    loop {
                        let next = full[pos..].find('.').map(|i| i + pos);
                        let attr = &full[pos..next.unwrap_or(full.len())];
                        let id = self.names.intern(attr);
                        self.addop_name(Op::IMPORT_FROM, id, loc);
                        let Some(nx) = next else { break };
                        self.addop(Op::SWAP, 2, loc);
                        self.addop(Op::POP_TOP, 0, loc);
                        pos = nx + 1;
                    }
                    self.nameop(asname, ExprContext::Store, loc)?;
                    self.addop(Op::POP_TOP, 0, loc);
                } else {
                    self.nameop(asname, ExprContext::Store, loc)?;
                }
            } else {
                let store = match full.find('.') {
                    Some(d) => self.names.intern(&full[..d]),
                    None => a.name,
                };
                self.nameop(store, ExprContext::Store, loc)?;
            }
        }
        Ok(())
    }

    fn import_from(&mut self, loc: Location, module: Option<Ident>, names: &[Alias], level: i32) -> CResult {
        self.load_const(Const::Int(crate::objects::int::Int::from_i64(level as i64)), loc);
        let (fl, fc) = self.future_location;
        let after = loc.lineno as i64 > fl || (loc.lineno as i64 == fl && loc.col_offset as i64 > fc);
        if after && level == 0 && module.is_some_and(|m| self.names.get(m) == "__future__") {
            return Err(self.err("from __future__ imports must occur at the beginning of the file", loc));
        }
        let tup: Vec<Const> = names.iter().map(|a| self.str_const(a.name)).collect();
        self.load_const(Const::Tuple(Rc::from(tup)), loc);
        let m = match module {
            Some(m) => m,
            None => self.names.intern(""),
        };
        self.addop_name(Op::IMPORT_NAME, m, loc);
        for (i, a) in names.iter().enumerate() {
            if i == 0 && self.names.get(a.name).starts_with('*') {
                self.addop(Op::CALL_INTRINSIC_1, 2, loc);
                self.addop(Op::POP_TOP, 0, NO_LOCATION);
                return Ok(());
            }
            self.addop_name(Op::IMPORT_FROM, a.name, loc);
            let store = a.asname.unwrap_or(a.name);
            self.nameop(store, ExprContext::Store, loc)?;
        }
        self.addop(Op::POP_TOP, 0, loc);
        Ok(())
    }
}

pub fn is_two_element_slice(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Slice { step: None, .. })
}

/// The `NB_*` oparg of BINARY_OP for an operator.
pub fn binop_arg(op: Operator) -> u32 {
    match op {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    }
}
