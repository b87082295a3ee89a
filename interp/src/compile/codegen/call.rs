//! Calls: the plain form (`PUSH_NULL` + `CALL`), the method-call form (`LOAD_ATTR` with the
//! method bit), keyword calls (`CALL_KW`), star-args calls (`CALL_FUNCTION_EX`) and the
//! `super()` forms (`LOAD_SUPER_ATTR`) (compile.c `compiler_call`,
//! `maybe_optimize_method_call`, `compiler_call_helper`, `can_optimize_super_call`).

use super::stmt::STACK_USE_GUIDELINE;
use super::*;

impl Compiler {
    pub fn call(&mut self, e: &Expr) -> CResult {
        let ExprKind::Call { func, args, keywords } = &e.kind else { unreachable!() };
        if self.maybe_method_call(e, func, args, keywords)? {
            return Ok(());
        }
        self.check_caller(func);
        self.expr(func)?;
        self.addop(Op::PUSH_NULL, 0, loc_of(func.loc));
        self.call_helper(loc_of(e.loc), 0, args, keywords)
    }

    fn is_import_originated(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name { id, .. } => self.st.blocks[0].flags(*id) & symtable::DEF_IMPORT != 0,
            _ => false,
        }
    }

    fn maybe_method_call(&mut self, e: &Expr, meth: &Expr, args: &[Expr], kwds: &[Keyword]) -> CResult<bool> {
        let ExprKind::Attribute { value, attr, ctx: ExprContext::Load } = &meth.kind else { return Ok(false) };
        if self.is_import_originated(value) {
            return Ok(false);
        }
        let argsl = args.len();
        let kwdsl = kwds.len();
        if argsl + kwdsl + (kwdsl != 0) as usize >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. })) || kwds.iter().any(|k| k.arg.is_none()) {
            return Ok(false);
        }
        let mut loc = loc_of(meth.loc);
        if self.can_optimize_super_call(meth) {
            self.load_args_for_super(value)?;
            let ExprKind::Call { args: sargs, .. } = &value.kind else { unreachable!() };
            let op = if sargs.is_empty() { Op::LOAD_ZERO_SUPER_METHOD } else { Op::LOAD_SUPER_METHOD };
            self.addop_name(op, *attr, loc);
            loc = self.attr_loc(loc, meth, *attr);
            self.addop(Op::NOP, 0, loc);
        } else {
            self.expr(value)?;
            loc = self.attr_loc(loc, meth, *attr);
            self.addop_name(Op::LOAD_METHOD, *attr, loc);
        }
        for a in args {
            self.expr(a)?;
        }
        if kwdsl > 0 {
            self.validate_keywords(kwds)?;
            for k in kwds {
                self.expr(&k.value)?;
            }
            self.kwnames(loc, kwds);
            let l = self.attr_loc(loc_of(e.loc), meth, *attr);
            self.addop(Op::CALL_KW, (argsl + kwdsl) as u32, l);
        } else {
            let l = self.attr_loc(loc_of(e.loc), meth, *attr);
            self.addop(Op::CALL, argsl as u32, l);
        }
        Ok(true)
    }

    fn kwnames(&mut self, loc: Location, kwds: &[Keyword]) {
        let names: Vec<Const> = kwds.iter().map(|k| self.str_const(k.arg.unwrap())).collect();
        self.load_const(Const::Tuple(Rc::from(names)), loc);
    }

    fn validate_keywords(&self, kwds: &[Keyword]) -> CResult {
        for (i, k) in kwds.iter().enumerate() {
            let Some(a) = k.arg else { continue };
            if a == self.k.debug {
                return Err(self.err("cannot assign to __debug__", loc_of(k.loc)));
            }
            for other in &kwds[i + 1..] {
                if other.arg == Some(a) {
                    return Err(self.err(format!("keyword argument repeated: {}", self.names.get(a)), loc_of(other.loc)));
                }
            }
        }
        Ok(())
    }

    /// `compiler_call_helper`: `n` positional arguments are already on the stack.
    pub fn call_helper<B: std::borrow::Borrow<Expr>>(&mut self, loc: Location, n: u32, args: &[B], kwds: &[Keyword]) -> CResult {
        self.validate_keywords(kwds)?;
        let nelts = args.len();
        let nkw = kwds.len();
        let simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| matches!(a.borrow().kind, ExprKind::Starred { .. }))
            && !kwds.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.expr(a.borrow())?;
            }
            if nkw > 0 {
                for k in kwds {
                    self.expr(&k.value)?;
                }
                self.kwnames(loc, kwds);
                self.addop(Op::CALL_KW, n + (nelts + nkw) as u32, loc);
            } else {
                self.addop(Op::CALL, n + nelts as u32, loc);
            }
            return Ok(());
        }
        if n == 0 && nelts == 1 && matches!(args[0].borrow().kind, ExprKind::Starred { .. }) {
            let ExprKind::Starred { value, .. } = &args[0].borrow().kind else { unreachable!() };
            self.expr(value)?;
        } else {
            self.starunpack(loc, args, n, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true)?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for i in 0..nkw {
                if kwds[i].arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(loc, kwds, i - nseen, i)?;
                        if have_dict {
                            self.addop(Op::DICT_MERGE, 1, loc);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.addop(Op::BUILD_MAP, 0, loc);
                        have_dict = true;
                    }
                    self.expr(&kwds[i].value)?;
                    self.addop(Op::DICT_MERGE, 1, loc);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(loc, kwds, nkw - nseen, nkw)?;
                if have_dict {
                    self.addop(Op::DICT_MERGE, 1, loc);
                }
            }
        }
        self.addop(Op::CALL_FUNCTION_EX, (nkw > 0) as u32, loc);
        Ok(())
    }

    fn subkwargs(&mut self, loc: Location, kwds: &[Keyword], begin: usize, end: usize) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in &kwds[begin..end] {
                self.expr(&k.value)?;
            }
            self.kwnames(loc, &kwds[begin..end]);
            self.addop(Op::BUILD_CONST_KEY_MAP, n as u32, loc);
            return Ok(());
        }
        if big {
            self.addop(Op::BUILD_MAP, 0, NO_LOCATION);
        }
        for k in &kwds[begin..end] {
            let c = self.str_const(k.arg.unwrap());
            self.load_const(c, loc);
            self.expr(&k.value)?;
            if big {
                self.addop(Op::MAP_ADD, 1, NO_LOCATION);
            }
        }
        if !big {
            self.addop(Op::BUILD_MAP, n as u32, loc);
        }
        Ok(())
    }

    pub fn can_optimize_super_call(&mut self, attr_e: &Expr) -> bool {
        let ExprKind::Attribute { value, attr, .. } = &attr_e.kind else { return false };
        let ExprKind::Call { func, args, keywords } = &value.kind else { return false };
        let ExprKind::Name { id, .. } = &func.kind else { return false };
        if *id != self.k.super_ || *attr == self.k.class || !keywords.is_empty() {
            return false;
        }
        if self.ste().scope(*id) != Scope::GlobalImplicit {
            return false;
        }
        if self.st.blocks[0].scope(*id) != Scope::Unknown {
            return false;
        }
        if args.len() == 2 {
            return !args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }));
        }
        if !args.is_empty() {
            return false;
        }
        if self.ur().argcount == 0 && self.ur().posonlyargcount == 0 {
            return false;
        }
        let c = self.k.class;
        !(self.ur().scope_type == ScopeType::Class) && self.ste().scope(c) == Scope::Free
    }

    pub fn load_args_for_super(&mut self, call: &Expr) -> CResult {
        let ExprKind::Call { func, args, .. } = &call.kind else { unreachable!() };
        let ExprKind::Name { id, .. } = &func.kind else { unreachable!() };
        self.nameop(*id, ExprContext::Load, loc_of(func.loc))?;
        if args.len() == 2 {
            self.expr(&args[0])?;
            self.expr(&args[1])?;
            return Ok(());
        }
        let c = self.k.class;
        self.nameop(c, ExprContext::Load, loc_of(call.loc))?;
        let first = self.ur().varnames.list[0];
        self.nameop(first, ExprContext::Load, loc_of(call.loc))
    }
}
