//! Comprehensions and generator expressions: PEP 709 inlining of list/set/dict comprehensions
//! into the enclosing code (with the save/restore of the names they bind), and the nested code
//! objects of generator expressions and of comprehensions that cannot be inlined
//! (compile.c `compiler_comprehension`, `push/pop_inlined_comprehension_state`,
//! `compiler_sync_comprehension_generator`).

use super::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompType {
    Gen,
    List,
    Set,
    Dict,
}

struct InlineState {
    temp_symbols: Vec<(Ident, Option<u32>)>,
    fast_hidden: Vec<Ident>,
    pushed_locals: Vec<Ident>,
    cleanup: Option<Label>,
    end: Option<Label>,
}

impl Compiler {
    pub fn comprehension(&mut self, e: &Expr) -> CResult {
        let (ty, name, gens, elt, val) = match &e.kind {
            ExprKind::GeneratorExp { elt, generators } => (CompType::Gen, "<genexpr>", generators, &**elt, None),
            ExprKind::ListComp { elt, generators } => (CompType::List, "<listcomp>", generators, &**elt, None),
            ExprKind::SetComp { elt, generators } => (CompType::Set, "<setcomp>", generators, &**elt, None),
            ExprKind::DictComp { key, value, generators } => (CompType::Dict, "<dictcomp>", generators, &**key, Some(&**value)),
            _ => unreachable!(),
        };
        let loc = loc_of(e.loc);
        let scope_type = self.ur().scope_type;
        let Some(entry) = self.st.block_for(e as *const Expr) else {
            return Err(self.err("internal compiler error: no symbol table block for this comprehension", loc));
        };
        let is_inlined = self.st.blocks[entry].comp_inlined;
        let is_async_gen = self.st.blocks[entry].coroutine;
        let outermost = &gens[0];
        let mut state = None;
        if is_inlined {
            self.comprehension_iter(outermost)?;
            state = Some(self.push_inlined_state(loc, entry));
        } else {
            self.enter_scope(Rc::from(name), ScopeType::Comprehension, e as *const Expr as usize, e.loc.lineno)?;
        }
        if is_async_gen && ty != CompType::Gen && !matches!(scope_type, ScopeType::AsyncFunction | ScopeType::Comprehension) {
            return Err(self.err("asynchronous comprehension outside of an asynchronous function", loc));
        }
        if ty != CompType::Gen {
            let op = match ty {
                CompType::List => Op::BUILD_LIST,
                CompType::Set => Op::BUILD_SET,
                _ => Op::BUILD_MAP,
            };
            self.addop(op, 0, loc);
            if is_inlined {
                self.addop(Op::SWAP, 2, loc);
            }
        }
        self.comprehension_generator(loc, gens, 0, 0, elt, val, ty, is_inlined)?;
        if let Some(st) = state {
            self.pop_inlined_state(loc, st);
            return Ok(());
        }
        if ty != CompType::Gen {
            self.addop(Op::RETURN_VALUE, 0, loc);
        } else {
            self.wrap_in_stopiteration_handler();
        }
        let co = self.finish_unit(true)?;
        self.make_closure(loc, co, 0)?;
        self.comprehension_iter(outermost)?;
        self.addop(Op::CALL, 0, loc);
        if is_async_gen && ty != CompType::Gen {
            self.addop(Op::GET_AWAITABLE, 0, loc);
            self.load_const(Const::None, loc);
            self.yield_from(loc, true);
        }
        Ok(())
    }

    fn comprehension_iter(&mut self, c: &Comprehension) -> CResult {
        self.expr(&c.iter)?;
        let l = loc_of(c.iter.loc);
        self.addop(if c.is_async != 0 { Op::GET_AITER } else { Op::GET_ITER }, 0, l);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension_generator(
        &mut self,
        loc: Location,
        gens: &[Comprehension],
        gen_index: usize,
        mut depth: u32,
        elt: &Expr,
        val: Option<&Expr>,
        ty: CompType,
        iter_on_stack: bool,
    ) -> CResult {
        let gen = &gens[gen_index];
        if gen.is_async != 0 {
            return self.async_comprehension_generator(loc, gens, gen_index, depth, elt, val, ty, iter_on_stack);
        }
        let mut start = Some(self.new_label());
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if !iter_on_stack {
            if gen_index == 0 {
                self.u().argcount = 1;
                self.addop(Op::LOAD_FAST, 0, loc);
            } else {
                let elts = match &gen.iter.kind {
                    ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => Some(elts),
                    _ => None,
                };
                if let Some(elts) = elts {
                    if elts.len() == 1 && !matches!(elts[0].kind, ExprKind::Starred { .. }) {
                        self.expr(&elts[0])?;
                        start = None;
                    }
                }
                if start.is_some() {
                    self.expr(&gen.iter)?;
                    self.addop(Op::GET_ITER, 0, loc_of(gen.iter.loc));
                }
            }
        }
        if let Some(st) = start {
            depth += 1;
            self.use_label(st);
            self.jump(Op::FOR_ITER, anchor, loc_of(gen.iter.loc));
        }
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(loc, cond, if_cleanup, false)?;
        }
        if gen_index + 1 < gens.len() {
            self.comprehension_generator(loc, gens, gen_index + 1, depth, elt, val, ty, false)?;
        }
        let mut elt_loc = loc_of(elt.loc);
        if gen_index + 1 >= gens.len() {
            elt_loc = self.comprehension_element(elt, val, ty, depth)?;
        }
        self.use_label(if_cleanup);
        if let Some(st) = start {
            self.jump(Op::JUMP, st, elt_loc);
            self.use_label(anchor);
            self.addop(Op::END_FOR, 0, NO_LOCATION);
            self.addop(Op::POP_TOP, 0, NO_LOCATION);
        }
        Ok(())
    }

    fn comprehension_element(&mut self, elt: &Expr, val: Option<&Expr>, ty: CompType, depth: u32) -> CResult<Location> {
        let mut elt_loc = loc_of(elt.loc);
        match ty {
            CompType::Gen => {
                self.expr(elt)?;
                self.addop_yield(elt_loc);
                self.addop(Op::POP_TOP, 0, elt_loc);
            }
            CompType::List => {
                self.expr(elt)?;
                self.addop(Op::LIST_APPEND, depth + 1, elt_loc);
            }
            CompType::Set => {
                self.expr(elt)?;
                self.addop(Op::SET_ADD, depth + 1, elt_loc);
            }
            CompType::Dict => {
                let v = val.unwrap();
                self.expr(elt)?;
                self.expr(v)?;
                elt_loc = Location::new(elt.loc.lineno as i32, v.loc.end_lineno as i32, elt.loc.col_offset as i32, v.loc.end_col_offset as i32);
                self.addop(Op::MAP_ADD, depth + 1, elt_loc);
            }
        }
        Ok(elt_loc)
    }

    #[allow(clippy::too_many_arguments)]
    fn async_comprehension_generator(
        &mut self,
        loc: Location,
        gens: &[Comprehension],
        gen_index: usize,
        mut depth: u32,
        elt: &Expr,
        val: Option<&Expr>,
        ty: CompType,
        iter_on_stack: bool,
    ) -> CResult {
        let gen = &gens[gen_index];
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        if !iter_on_stack {
            if gen_index == 0 {
                self.u().argcount = 1;
                self.addop(Op::LOAD_FAST, 0, loc);
            } else {
                self.expr(&gen.iter)?;
                self.addop(Op::GET_AITER, 0, loc_of(gen.iter.loc));
            }
        }
        self.use_label(start);
        self.push_fblock(FBlock::AsyncComprehensionGenerator, loc)?;
        self.jump(Op::SETUP_FINALLY, except, loc);
        self.addop(Op::GET_ANEXT, 0, loc);
        self.load_const(Const::None, loc);
        self.yield_from(loc, true);
        self.addop(Op::POP_BLOCK, 0, loc);
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(loc, cond, if_cleanup, false)?;
        }
        depth += 1;
        if gen_index + 1 < gens.len() {
            self.comprehension_generator(loc, gens, gen_index + 1, depth, elt, val, ty, false)?;
        }
        let mut elt_loc = loc_of(elt.loc);
        if gen_index + 1 >= gens.len() {
            elt_loc = self.comprehension_element(elt, val, ty, depth)?;
        }
        self.use_label(if_cleanup);
        self.jump(Op::JUMP, start, elt_loc);
        self.pop_fblock();
        self.use_label(except);
        self.addop(Op::END_ASYNC_FOR, 0, loc);
        Ok(())
    }

    fn push_inlined_state(&mut self, loc: Location, entry: usize) -> InlineState {
        let cur = self.ur().ste;
        let in_class_block = self.st.blocks[cur].typ == BlockType::Class && self.ur().in_inlined_comp == 0;
        self.u().in_inlined_comp += 1;
        let mut state = InlineState { temp_symbols: Vec::new(), fast_hidden: Vec::new(), pushed_locals: Vec::new(), cleanup: None, end: None };
        let syms: Vec<(Ident, u32)> = self.st.blocks[entry].symbols().collect();
        for (k, v) in syms {
            let scope = (v >> 12) & 0xf;
            let outv = self.st.blocks[cur].get_raw(k);
            let outsc = (outv.unwrap_or(0) >> 12) & 0xf;
            if (scope != outsc && scope != Scope::Free as u32 && !(scope == Scope::Cell as u32 && outsc == Scope::Free as u32)) || in_class_block {
                self.st.blocks[cur].set_raw(k, v);
                state.temp_symbols.push((k, outv));
            }
            if (v & symtable::DEF_LOCAL != 0 && v & symtable::DEF_NONLOCAL == 0) || in_class_block {
                if !self.st.blocks[cur].is_function_like() {
                    let orig = self.ur().fasthidden.get(&k).copied().unwrap_or(false);
                    if !orig {
                        self.u().fasthidden.insert(k, true);
                        state.fast_hidden.push(k);
                    }
                }
                let m = self.mangle(k);
                let i = self.u().varnames.add(m);
                self.addop(Op::LOAD_FAST_AND_CLEAR, i, loc);
                if scope == Scope::Cell as u32 {
                    let idx = if outsc == Scope::Free as u32 { self.deref_index(k, true) } else { self.deref_index(k, false) };
                    self.addop(Op::MAKE_CELL, idx, loc);
                }
                state.pushed_locals.push(k);
            }
        }
        if !state.pushed_locals.is_empty() {
            self.addop(Op::SWAP, state.pushed_locals.len() as u32 + 1, loc);
            let cleanup = self.new_label();
            let end = self.new_label();
            state.cleanup = Some(cleanup);
            state.end = Some(end);
            self.jump(Op::SETUP_FINALLY, cleanup, loc);
        }
        state
    }

    fn restore_inlined_locals(&mut self, loc: Location, st: &InlineState) {
        self.addop(Op::SWAP, st.pushed_locals.len() as u32 + 1, loc);
        for &k in st.pushed_locals.iter().rev() {
            let m = self.mangle(k);
            let i = self.u().varnames.add(m);
            self.addop(Op::STORE_FAST_MAYBE_NULL, i, loc);
        }
    }

    fn pop_inlined_state(&mut self, loc: Location, st: InlineState) {
        self.u().in_inlined_comp -= 1;
        let cur = self.ur().ste;
        for &(k, v) in &st.temp_symbols {
            self.st.blocks[cur].set_raw(k, v.unwrap_or(0));
        }
        if !st.pushed_locals.is_empty() {
            self.addop(Op::POP_BLOCK, 0, NO_LOCATION);
            self.jump(Op::JUMP_NO_INTERRUPT, st.end.unwrap(), NO_LOCATION);
            self.use_label(st.cleanup.unwrap());
            self.addop(Op::SWAP, 2, NO_LOCATION);
            self.addop(Op::POP_TOP, 0, NO_LOCATION);
            self.restore_inlined_locals(loc, &st);
            self.addop(Op::RERAISE, 0, NO_LOCATION);
            self.use_label(st.end.unwrap());
            self.restore_inlined_locals(loc, &st);
        }
        for &k in &st.fast_hidden {
            self.u().fasthidden.insert(k, false);
        }
    }
}
