//! try/except/else/finally, with and async with, and the frame-block unwinding that return,
//! break and continue do on their way out (compile.c `compiler_try_except`,
//! `compiler_try_finally`, `compiler_with`, `compiler_async_with`,
//! `compiler_unwind_fblock[_stack]`).

use super::*;

impl Compiler {
    fn pop_except_and_reraise(&mut self, loc: Location) {
        self.addop(Op::COPY, 3, loc);
        self.addop(Op::POP_EXCEPT, 0, loc);
        self.addop(Op::RERAISE, 1, loc);
    }

    fn call_exit_with_nones(&mut self, loc: Location) {
        self.load_const(Const::None, loc);
        self.load_const(Const::None, loc);
        self.load_const(Const::None, loc);
        self.addop(Op::CALL, 2, loc);
    }

    /// `compiler_unwind_fblock`.
    pub fn unwind_fblock(&mut self, ploc: &mut Location, fb: &FBlock, preserve_tos: bool) -> CResult {
        match fb {
            FBlock::WhileLoop { .. }
            | FBlock::ExceptionHandler
            | FBlock::ExceptionGroupHandler
            | FBlock::AsyncComprehensionGenerator
            | FBlock::StopIteration => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.addop(Op::SWAP, 2, *ploc);
                }
                self.addop(Op::POP_TOP, 0, *ploc);
            }
            FBlock::TryExcept => self.addop(Op::POP_BLOCK, 0, *ploc),
            FBlock::FinallyTry { body, .. } => {
                self.addop(Op::POP_BLOCK, 0, *ploc);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue, *ploc)?;
                }
                // SAFETY: the finally body belongs to the tree being compiled, which outlives codegen.
                let body: &[Stmt] = unsafe { &**body };
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                *ploc = NO_LOCATION;
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.addop(Op::SWAP, 2, *ploc);
                }
                self.addop(Op::POP_TOP, 0, *ploc);
                if preserve_tos {
                    self.addop(Op::SWAP, 2, *ploc);
                }
                self.addop(Op::POP_BLOCK, 0, *ploc);
                self.addop(Op::POP_EXCEPT, 0, *ploc);
            }
            FBlock::With { loc } | FBlock::AsyncWith { loc } => {
                *ploc = *loc;
                self.addop(Op::POP_BLOCK, 0, *ploc);
                if preserve_tos {
                    self.addop(Op::SWAP, 2, *ploc);
                }
                self.call_exit_with_nones(*ploc);
                if matches!(fb, FBlock::AsyncWith { .. }) {
                    self.addop(Op::GET_AWAITABLE, 2, *ploc);
                    self.load_const(Const::None, *ploc);
                    self.yield_from(*ploc, true);
                }
                self.addop(Op::POP_TOP, 0, *ploc);
                *ploc = NO_LOCATION;
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.addop(Op::POP_BLOCK, 0, *ploc);
                }
                if preserve_tos {
                    self.addop(Op::SWAP, 2, *ploc);
                }
                self.addop(Op::POP_BLOCK, 0, *ploc);
                self.addop(Op::POP_EXCEPT, 0, *ploc);
                if let Some(n) = name {
                    self.load_const(Const::None, *ploc);
                    self.nameop(*n, ExprContext::Store, *ploc)?;
                    self.nameop(*n, ExprContext::Del, *ploc)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.addop(Op::SWAP, 2, *ploc);
                }
                self.addop(Op::POP_TOP, 0, *ploc);
            }
        }
        Ok(())
    }

    /// `compiler_unwind_fblock_stack`: unwinds every frame block (or up to the innermost loop
    /// when `stop_at_loop`, returning it).
    pub fn unwind_fblock_stack(&mut self, ploc: &mut Location, preserve_tos: bool, stop_at_loop: bool) -> CResult<Option<FBlock>> {
        let Some(top) = self.ur().fblocks.last().cloned() else { return Ok(None) };
        if matches!(top, FBlock::ExceptionGroupHandler) {
            return Err(self.err("'break', 'continue' and 'return' cannot appear in an except* block", *ploc));
        }
        if stop_at_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        self.unwind_fblock(ploc, &top, preserve_tos)?;
        let r = self.unwind_fblock_stack(ploc, preserve_tos, stop_at_loop)?;
        self.u().fblocks.push(top);
        Ok(r)
    }

    pub fn try_finally(&mut self, s: &Stmt) -> CResult {
        let (StmtKind::Try { body, handlers, finalbody, .. } | StmtKind::TryStar { body, handlers, finalbody, .. }) = &s.kind else {
            unreachable!()
        };
        let star = matches!(s.kind, StmtKind::TryStar { .. });
        let loc = loc_of(s.loc);
        let bodyl = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.jump(Op::SETUP_FINALLY, end, loc);
        self.use_label(bodyl);
        self.push_fblock(FBlock::FinallyTry { body: &finalbody[..] as *const [Stmt], loc }, loc)?;
        if !handlers.is_empty() {
            if star {
                self.try_star_except(s)?;
            } else {
                self.try_except(s)?;
            }
        } else {
            self.stmts(body)?;
        }
        self.addop(Op::POP_BLOCK, 0, NO_LOCATION);
        self.pop_fblock();
        self.stmts(finalbody)?;
        self.jump(Op::JUMP_NO_INTERRUPT, exit, NO_LOCATION);
        self.use_label(end);
        self.jump(Op::SETUP_CLEANUP, cleanup, NO_LOCATION);
        self.addop(Op::PUSH_EXC_INFO, 0, NO_LOCATION);
        self.push_fblock(FBlock::FinallyEnd, NO_LOCATION)?;
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.addop(Op::RERAISE, 0, NO_LOCATION);
        self.use_label(cleanup);
        self.pop_except_and_reraise(NO_LOCATION);
        self.use_label(exit);
        Ok(())
    }

    pub fn try_except(&mut self, s: &Stmt) -> CResult {
        let StmtKind::Try { body, handlers, orelse, .. } = &s.kind else { unreachable!() };
        let loc = loc_of(s.loc);
        let bodyl = self.new_label();
        let mut except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.jump(Op::SETUP_FINALLY, except, loc);
        self.use_label(bodyl);
        self.push_fblock(FBlock::TryExcept, loc)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.addop(Op::POP_BLOCK, 0, NO_LOCATION);
        self.stmts(orelse)?;
        self.jump(Op::JUMP_NO_INTERRUPT, end, NO_LOCATION);
        let n = handlers.len();
        self.use_label(except);
        self.jump(Op::SETUP_CLEANUP, cleanup, NO_LOCATION);
        self.addop(Op::PUSH_EXC_INFO, 0, NO_LOCATION);
        self.push_fblock(FBlock::ExceptionHandler, loc)?;
        for (i, h) in handlers.iter().enumerate() {
            let hloc = loc_of(h.loc);
            if h.r#type.is_none() && i + 1 < n {
                return Err(self.err("default 'except:' must be last", hloc));
            }
            except = self.new_label();
            if let Some(t) = &h.r#type {
                self.expr(t)?;
                self.addop(Op::CHECK_EXC_MATCH, 0, hloc);
                self.jump(Op::POP_JUMP_IF_FALSE, except, hloc);
            }
            if let Some(name) = h.name {
                let cleanup_end = self.new_label();
                let cleanup_body = self.new_label();
                self.nameop(name, ExprContext::Store, hloc)?;
                self.jump(Op::SETUP_CLEANUP, cleanup_end, hloc);
                self.use_label(cleanup_body);
                self.push_fblock(FBlock::HandlerCleanup { name: Some(name) }, hloc)?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.addop(Op::POP_BLOCK, 0, NO_LOCATION);
                self.addop(Op::POP_BLOCK, 0, NO_LOCATION);
                self.addop(Op::POP_EXCEPT, 0, NO_LOCATION);
                self.load_const(Const::None, NO_LOCATION);
                self.nameop(name, ExprContext::Store, NO_LOCATION)?;
                self.nameop(name, ExprContext::Del, NO_LOCATION)?;
                self.jump(Op::JUMP_NO_INTERRUPT, end, NO_LOCATION);
                self.use_label(cleanup_end);
                self.load_const(Const::None, NO_LOCATION);
                self.nameop(name, ExprContext::Store, NO_LOCATION)?;
                self.nameop(name, ExprContext::Del, NO_LOCATION)?;
                self.addop(Op::RERAISE, 1, NO_LOCATION);
            } else {
                let cleanup_body = self.new_label();
                self.addop(Op::POP_TOP, 0, hloc);
                self.use_label(cleanup_body);
                self.push_fblock(FBlock::HandlerCleanup { name: None }, hloc)?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.addop(Op::POP_BLOCK, 0, NO_LOCATION);
                self.addop(Op::POP_EXCEPT, 0, NO_LOCATION);
                self.jump(Op::JUMP_NO_INTERRUPT, end, NO_LOCATION);
            }
            self.use_label(except);
        }
        self.pop_fblock();
        self.addop(Op::RERAISE, 0, NO_LOCATION);
        self.use_label(cleanup);
        self.pop_except_and_reraise(NO_LOCATION);
        self.use_label(end);
        Ok(())
    }

    pub fn try_star_except(&mut self, s: &Stmt) -> CResult {
        let StmtKind::TryStar { body, handlers, orelse, .. } = &s.kind else { unreachable!() };
        let loc = loc_of(s.loc);
        let bodyl = self.new_label();
        let mut except = self.new_label();
        let orelse_l = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.jump(Op::SETUP_FINALLY, except, loc);
        self.use_label(bodyl);
        self.push_fblock(FBlock::TryExcept, loc)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.addop(Op::POP_BLOCK, 0, NO_LOCATION);
        self.jump(Op::JUMP_NO_INTERRUPT, orelse_l, NO_LOCATION);
        let n = handlers.len();
        self.use_label(except);
        self.jump(Op::SETUP_CLEANUP, cleanup, NO_LOCATION);
        self.addop(Op::PUSH_EXC_INFO, 0, NO_LOCATION);
        self.push_fblock(FBlock::ExceptionGroupHandler, loc)?;
        for (i, h) in handlers.iter().enumerate() {
            let hloc = loc_of(h.loc);
            except = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                self.addop(Op::BUILD_LIST, 0, hloc);
                self.addop(Op::COPY, 2, hloc);
            }
            if let Some(t) = &h.r#type {
                self.expr(t)?;
                self.addop(Op::CHECK_EG_MATCH, 0, hloc);
                self.addop(Op::COPY, 1, hloc);
                self.jump(Op::POP_JUMP_IF_NONE, no_match, hloc);
            }
            let cleanup_end = self.new_label();
            let cleanup_body = self.new_label();
            match h.name {
                Some(name) => self.nameop(name, ExprContext::Store, hloc)?,
                None => self.addop(Op::POP_TOP, 0, hloc),
            }
            self.jump(Op::SETUP_CLEANUP, cleanup_end, hloc);
            self.use_label(cleanup_body);
            self.push_fblock(FBlock::HandlerCleanup { name: h.name }, hloc)?;
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.addop(Op::POP_BLOCK, 0, NO_LOCATION);
            if let Some(name) = h.name {
                self.load_const(Const::None, NO_LOCATION);
                self.nameop(name, ExprContext::Store, NO_LOCATION)?;
                self.nameop(name, ExprContext::Del, NO_LOCATION)?;
            }
            self.jump(Op::JUMP_NO_INTERRUPT, except, NO_LOCATION);
            self.use_label(cleanup_end);
            if let Some(name) = h.name {
                self.load_const(Const::None, NO_LOCATION);
                self.nameop(name, ExprContext::Store, NO_LOCATION)?;
                self.nameop(name, ExprContext::Del, NO_LOCATION)?;
            }
            self.addop(Op::LIST_APPEND, 3, NO_LOCATION);
            self.addop(Op::POP_TOP, 0, NO_LOCATION);
            self.jump(Op::JUMP_NO_INTERRUPT, except_with_error, NO_LOCATION);
            self.use_label(except);
            self.addop(Op::NOP, 0, NO_LOCATION);
            self.jump(Op::JUMP_NO_INTERRUPT, except_with_error, NO_LOCATION);
            self.use_label(no_match);
            self.addop(Op::POP_TOP, 0, hloc);
            self.use_label(except_with_error);
            if i == n - 1 {
                self.addop(Op::LIST_APPEND, 1, NO_LOCATION);
                self.jump(Op::JUMP_NO_INTERRUPT, reraise_star, NO_LOCATION);
            }
        }
        self.pop_fblock();
        let reraise = self.new_label();
        self.use_label(reraise_star);
        self.addop(Op::CALL_INTRINSIC_2, 1, NO_LOCATION);
        self.addop(Op::COPY, 1, NO_LOCATION);
        self.jump(Op::POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
        self.addop(Op::POP_TOP, 0, NO_LOCATION);
        self.addop(Op::POP_BLOCK, 0, NO_LOCATION);
        self.addop(Op::POP_EXCEPT, 0, NO_LOCATION);
        self.jump(Op::JUMP_NO_INTERRUPT, end, NO_LOCATION);
        self.use_label(reraise);
        self.addop(Op::POP_BLOCK, 0, NO_LOCATION);
        self.addop(Op::SWAP, 2, NO_LOCATION);
        self.addop(Op::POP_EXCEPT, 0, NO_LOCATION);
        self.addop(Op::RERAISE, 0, NO_LOCATION);
        self.use_label(cleanup);
        self.pop_except_and_reraise(NO_LOCATION);
        self.use_label(orelse_l);
        self.stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn with_except_finish(&mut self, cleanup: Label) {
        let suppress = self.new_label();
        self.addop(Op::TO_BOOL, 0, NO_LOCATION);
        self.jump(Op::POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
        self.addop(Op::RERAISE, 2, NO_LOCATION);
        self.use_label(suppress);
        self.addop(Op::POP_TOP, 0, NO_LOCATION);
        self.addop(Op::POP_BLOCK, 0, NO_LOCATION);
        self.addop(Op::POP_EXCEPT, 0, NO_LOCATION);
        self.addop(Op::POP_TOP, 0, NO_LOCATION);
        self.addop(Op::POP_TOP, 0, NO_LOCATION);
        let exit = self.new_label();
        self.jump(Op::JUMP_NO_INTERRUPT, exit, NO_LOCATION);
        self.use_label(cleanup);
        self.pop_except_and_reraise(NO_LOCATION);
        self.use_label(exit);
    }

    pub fn with_stmt(&mut self, s: &Stmt, pos: usize) -> CResult {
        let StmtKind::With { items, body, .. } = &s.kind else { unreachable!() };
        let item = &items[pos];
        let block = self.new_label();
        let fin = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        let loc = loc_of(item.context_expr.loc);
        self.addop(Op::BEFORE_WITH, 0, loc);
        self.jump(Op::SETUP_WITH, fin, loc);
        self.use_label(block);
        self.push_fblock(FBlock::With { loc }, loc)?;
        match &item.optional_vars {
            Some(v) => self.expr(v)?,
            None => self.addop(Op::POP_TOP, 0, loc),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.with_stmt(s, pos + 1)?;
        }
        self.addop(Op::POP_BLOCK, 0, NO_LOCATION);
        self.pop_fblock();
        self.call_exit_with_nones(loc);
        self.addop(Op::POP_TOP, 0, loc);
        self.jump(Op::JUMP, exit, loc);
        self.use_label(fin);
        self.jump(Op::SETUP_CLEANUP, cleanup, loc);
        self.addop(Op::PUSH_EXC_INFO, 0, loc);
        self.addop(Op::WITH_EXCEPT_START, 0, loc);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    pub fn async_with(&mut self, s: &Stmt, pos: usize) -> CResult {
        let StmtKind::AsyncWith { items, body, .. } = &s.kind else { unreachable!() };
        let loc0 = loc_of(s.loc);
        if self.ur().scope_type != ScopeType::AsyncFunction {
            return Err(self.err("'async with' outside async function", loc0));
        }
        let item = &items[pos];
        let block = self.new_label();
        let fin = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        let loc = loc_of(item.context_expr.loc);
        self.addop(Op::BEFORE_ASYNC_WITH, 0, loc);
        self.addop(Op::GET_AWAITABLE, 1, loc);
        self.load_const(Const::None, loc);
        self.yield_from(loc, true);
        self.jump(Op::SETUP_WITH, fin, loc);
        self.use_label(block);
        self.push_fblock(FBlock::AsyncWith { loc }, loc)?;
        match &item.optional_vars {
            Some(v) => self.expr(v)?,
            None => self.addop(Op::POP_TOP, 0, loc),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.async_with(s, pos + 1)?;
        }
        self.pop_fblock();
        self.addop(Op::POP_BLOCK, 0, loc);
        self.call_exit_with_nones(loc);
        self.addop(Op::GET_AWAITABLE, 2, loc);
        self.load_const(Const::None, loc);
        self.yield_from(loc, true);
        self.addop(Op::POP_TOP, 0, loc);
        self.jump(Op::JUMP, exit, loc);
        self.use_label(fin);
        self.jump(Op::SETUP_CLEANUP, cleanup, loc);
        self.addop(Op::PUSH_EXC_INFO, 0, loc);
        self.addop(Op::WITH_EXCEPT_START, 0, loc);
        self.addop(Op::GET_AWAITABLE, 2, loc);
        self.load_const(Const::None, loc);
        self.yield_from(loc, true);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }
}
