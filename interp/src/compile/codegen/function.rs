//! Functions, lambdas and classes: defaults, keyword-only defaults, annotations, closures,
//! decorators, the class body (`__module__`, `__qualname__`, `__firstlineno__`,
//! `__static_attributes__`, `__classcell__`) and the generator/coroutine StopIteration wrapper
//! (compile.c `compiler_function`, `compiler_lambda`, `compiler_class`,
//! `compiler_make_closure`, `wrap_in_stopiteration_handler`).

use super::*;

pub const MAKE_FUNCTION_DEFAULTS: u32 = 1;
pub const MAKE_FUNCTION_KWDEFAULTS: u32 = 2;
pub const MAKE_FUNCTION_ANNOTATIONS: u32 = 4;
pub const MAKE_FUNCTION_CLOSURE: u32 = 8;

impl Compiler {
    /// `compiler_make_closure`.
    pub fn make_closure(&mut self, loc: Location, co: Rc<Code>, mut flags: u32) -> CResult {
        let frees = co.freevars();
        if !frees.is_empty() {
            for name in &frees {
                let id = self.names.intern(name);
                let is_class = self.ur().scope_type == ScopeType::Class && (id == self.k.class || id == self.k.classdict);
                let scope = if is_class { Scope::Cell } else { self.ste().scope(id) };
                let arg = if scope == Scope::Cell {
                    match self.ur().cellvars.get(id) {
                        Some(i) => i,
                        None => self.deref_index(id, true),
                    }
                } else {
                    self.deref_index(id, true)
                };
                self.addop(Op::LOAD_CLOSURE, arg, loc);
            }
            flags |= MAKE_FUNCTION_CLOSURE;
            self.addop(Op::BUILD_TUPLE, frees.len() as u32, loc);
        }
        self.load_const(Const::Code(co), loc);
        self.addop(Op::MAKE_FUNCTION, 0, loc);
        for f in [MAKE_FUNCTION_CLOSURE, MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_KWDEFAULTS, MAKE_FUNCTION_DEFAULTS] {
            if flags & f != 0 {
                self.addop(Op::SET_FUNCTION_ATTRIBUTE, f, loc);
            }
        }
        Ok(())
    }

    fn check_debug_args(&self, a: &Arguments) -> CResult {
        let all = a.posonlyargs.iter().chain(a.args.iter()).chain(a.kwonlyargs.iter()).chain(a.vararg.iter().map(|b| &**b)).chain(a.kwarg.iter().map(|b| &**b));
        for arg in all {
            if arg.arg == self.k.debug {
                return Err(self.err("cannot assign to __debug__", loc_of(arg.loc)));
            }
        }
        Ok(())
    }

    /// `compiler_default_arguments`: pushes the defaults tuple and kw-defaults dict.
    fn default_arguments(&mut self, loc: Location, a: &Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !a.defaults.is_empty() {
            for d in &a.defaults {
                self.expr(d)?;
            }
            self.addop(Op::BUILD_TUPLE, a.defaults.len() as u32, loc);
            flags |= MAKE_FUNCTION_DEFAULTS;
        }
        let mut keys = Vec::new();
        for (arg, d) in a.kwonlyargs.iter().zip(a.kw_defaults.iter()) {
            if let Some(d) = d {
                let m = self.mangle(arg.arg);
                keys.push(self.str_const(m));
                self.expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Const::Tuple(Rc::from(keys)), loc);
            self.addop(Op::BUILD_CONST_KEY_MAP, n, loc);
            flags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        Ok(flags)
    }

    fn argannotation(&mut self, id: Ident, ann: Option<&Expr>, n: &mut u32, loc: Location) -> CResult {
        let Some(ann) = ann else { return Ok(()) };
        let m = self.mangle(id);
        let c = self.str_const(m);
        self.load_const(c, loc);
        if self.future_annotations {
            self.annexpr(ann);
        } else if let ExprKind::Starred { value, .. } = &ann.kind {
            self.expr(value)?;
            self.addop(Op::UNPACK_SEQUENCE, 1, loc);
        } else {
            self.expr(ann)?;
        }
        *n += 2;
        Ok(())
    }

    fn annotations(&mut self, loc: Location, a: &Arguments, returns: Option<&Expr>) -> CResult<bool> {
        let mut n = 0;
        for arg in a.args.iter().chain(a.posonlyargs.iter()) {
            self.argannotation(arg.arg, arg.annotation.as_deref(), &mut n, loc)?;
        }
        if let Some(v) = &a.vararg {
            self.argannotation(v.arg, v.annotation.as_deref(), &mut n, loc)?;
        }
        for arg in &a.kwonlyargs {
            self.argannotation(arg.arg, arg.annotation.as_deref(), &mut n, loc)?;
        }
        if let Some(v) = &a.kwarg {
            self.argannotation(v.arg, v.annotation.as_deref(), &mut n, loc)?;
        }
        let r = self.k.ret;
        self.argannotation(r, returns, &mut n, loc)?;
        if n > 0 {
            self.addop(Op::BUILD_TUPLE, n, loc);
        }
        Ok(n > 0)
    }

    pub fn function(&mut self, s: &Stmt, is_async: bool) -> CResult {
        let (name, args, body, decos, returns, tps) = match &s.kind {
            StmtKind::FunctionDef { name, args, body, decorator_list, returns, type_params, .. }
            | StmtKind::AsyncFunctionDef { name, args, body, decorator_list, returns, type_params, .. } => {
                (*name, &**args, body, decorator_list, returns.as_deref(), type_params)
            }
            _ => unreachable!(),
        };
        let loc = loc_of(s.loc);
        self.check_debug_args(args)?;
        for d in decos {
            self.expr(d)?;
        }
        let firstlineno = decos.first().map_or(s.loc.lineno, |d| d.loc.lineno);
        let mut funcflags = self.default_arguments(loc, args)?;
        let is_generic = !tps.is_empty();
        let mut num_tp_args = 0;
        if is_generic {
            num_tp_args = (funcflags & MAKE_FUNCTION_DEFAULTS != 0) as u32 + (funcflags & MAKE_FUNCTION_KWDEFAULTS != 0) as u32;
            if num_tp_args == 2 {
                self.addop(Op::SWAP, 2, loc);
            }
            let tpname: Rc<str> = Rc::from(format!("<generic parameters of {}>", self.names.get(name)));
            self.enter_scope(tpname, ScopeType::TypeParams, tps.as_ptr() as usize + 2, firstlineno)?;
            self.type_params(tps)?;
            for i in 0..num_tp_args {
                self.addop(Op::LOAD_FAST, i, loc);
            }
        }
        if self.annotations(loc, args, returns)? {
            funcflags |= MAKE_FUNCTION_ANNOTATIONS;
        }
        // compiler_function_body
        let name_s: Rc<str> = Rc::from(self.names.get(name));
        self.enter_scope(name_s, if is_async { ScopeType::AsyncFunction } else { ScopeType::Function }, s as *const Stmt as usize, firstlineno)?;
        let mut first = 0;
        let doc = get_docstring(body);
        if doc.is_some() {
            first = 1;
        }
        let docc = match doc {
            Some(d) if self.optimize < 2 => cstr(&clean_doc(&doc_text(d))),
            _ => Const::None,
        };
        self.add_const(docc);
        self.u().argcount = args.args.len() as u32;
        self.u().posonlyargcount = args.posonlyargs.len() as u32;
        self.u().kwonlyargcount = args.kwonlyargs.len() as u32;
        let start = self.new_label();
        self.use_label(start);
        let wrap = self.ste().coroutine || self.ste().generator;
        if wrap {
            self.push_fblock(FBlock::StopIteration, NO_LOCATION)?;
        }
        for st in &body[first..] {
            self.stmt(st)?;
        }
        if wrap {
            self.wrap_in_stopiteration_handler();
            self.pop_fblock();
        }
        let co = self.finish_unit(true)?;
        self.make_closure(loc, co, funcflags)?;
        if is_generic {
            self.addop(Op::SWAP, 2, loc);
            self.addop(Op::CALL_INTRINSIC_2, 4, loc);
            self.u().argcount = num_tp_args;
            let co = self.finish_unit(false)?;
            self.make_closure(loc, co, 0)?;
            if num_tp_args > 0 {
                self.addop(Op::SWAP, num_tp_args + 1, loc);
                self.addop(Op::CALL, num_tp_args - 1, loc);
            } else {
                self.addop(Op::PUSH_NULL, 0, loc);
                self.addop(Op::CALL, 0, loc);
            }
        }
        for d in decos.iter().rev() {
            self.addop(Op::CALL, 0, loc_of(d.loc));
        }
        self.nameop(name, ExprContext::Store, loc)
    }

    /// `compiler_type_params`: builds the tuple of TypeVar/ParamSpec/TypeVarTuple objects,
    /// storing each under its name.
    fn type_params(&mut self, tps: &[TypeParam]) -> CResult {
        let mut seen_default = false;
        for tp in tps {
            let loc = loc_of(tp.loc);
            let key = tp as *const TypeParam as usize;
            let (name, default) = match &tp.kind {
                TypeParamKind::TypeVar { name, bound, default_value } => {
                    let c = self.str_const(*name);
                    self.load_const(c, loc);
                    if let Some(b) = bound {
                        self.type_param_bound(b, *name, key, false)?;
                        let intrinsic = if matches!(b.kind, ExprKind::Tuple { .. }) { 3 } else { 2 };
                        self.addop(Op::CALL_INTRINSIC_2, intrinsic, loc);
                    } else {
                        self.addop(Op::CALL_INTRINSIC_1, 7, loc);
                    }
                    (*name, default_value.as_deref().map(|d| (d, key + 1, false)))
                }
                TypeParamKind::TypeVarTuple { name, default_value } => {
                    let c = self.str_const(*name);
                    self.load_const(c, loc);
                    self.addop(Op::CALL_INTRINSIC_1, 9, loc);
                    (*name, default_value.as_deref().map(|d| (d, key, true)))
                }
                TypeParamKind::ParamSpec { name, default_value } => {
                    let c = self.str_const(*name);
                    self.load_const(c, loc);
                    self.addop(Op::CALL_INTRINSIC_1, 8, loc);
                    (*name, default_value.as_deref().map(|d| (d, key, false)))
                }
            };
            match default {
                Some((d, k, star)) => {
                    seen_default = true;
                    self.type_param_bound(d, name, k, star)?;
                    self.addop(Op::CALL_INTRINSIC_2, 5, loc);
                }
                None if seen_default => {
                    return Err(self.err(
                        format!("non-default type parameter '{}' follows default type parameter", self.names.get(name)),
                        loc,
                    ));
                }
                None => {}
            }
            self.addop(Op::COPY, 1, loc);
            self.nameop(name, ExprContext::Store, loc)?;
        }
        self.addop(Op::BUILD_TUPLE, tps.len() as u32, loc_of(tps[0].loc));
        Ok(())
    }

    /// `compiler_type_param_bound_or_default`: a lazily evaluated bound, constraints or default.
    fn type_param_bound(&mut self, e: &Expr, name: Ident, key: usize, allow_starred: bool) -> CResult {
        let n: Rc<str> = Rc::from(self.names.get(name));
        self.enter_scope(n, ScopeType::TypeParams, key, e.loc.lineno)?;
        let l = loc_of(e.loc);
        match &e.kind {
            ExprKind::Starred { value, .. } if allow_starred => {
                self.expr(value)?;
                self.addop(Op::UNPACK_SEQUENCE, 1, l);
            }
            _ => self.expr(e)?,
        }
        self.addop(Op::RETURN_VALUE, 0, l);
        let co = self.finish_unit(true)?;
        self.make_closure(l, co, 0)
    }

    pub fn wrap_in_stopiteration_handler(&mut self) {
        let handler = self.new_label();
        self.u().seq.insert(0, Op::SETUP_CLEANUP, handler.0, NO_LOCATION);
        self.load_const(Const::None, NO_LOCATION);
        self.addop(Op::RETURN_VALUE, 0, NO_LOCATION);
        self.use_label(handler);
        self.addop(Op::CALL_INTRINSIC_1, 3, NO_LOCATION);
        self.addop(Op::RERAISE, 1, NO_LOCATION);
    }

    pub fn lambda(&mut self, e: &Expr) -> CResult {
        let ExprKind::Lambda { args, body } = &e.kind else { unreachable!() };
        let loc = loc_of(e.loc);
        self.check_debug_args(args)?;
        let funcflags = self.default_arguments(loc, args)?;
        self.enter_scope(Rc::from("<lambda>"), ScopeType::Lambda, e as *const Expr as usize, e.loc.lineno)?;
        self.add_const(Const::None);
        self.u().argcount = args.args.len() as u32;
        self.u().posonlyargcount = args.posonlyargs.len() as u32;
        self.u().kwonlyargcount = args.kwonlyargs.len() as u32;
        self.expr(body)?;
        let co = if self.ste().generator {
            self.finish_unit(false)?
        } else {
            self.addop(Op::RETURN_VALUE, 0, loc_of(body.loc));
            self.finish_unit(true)?
        };
        self.make_closure(loc, co, funcflags)
    }

    pub fn class(&mut self, s: &Stmt) -> CResult {
        let StmtKind::ClassDef { name, bases, keywords, body, decorator_list, type_params } = &s.kind else { unreachable!() };
        let loc = loc_of(s.loc);
        for d in decorator_list {
            self.expr(d)?;
        }
        let firstlineno = decorator_list.first().map_or(s.loc.lineno, |d| d.loc.lineno);
        let is_generic = !type_params.is_empty();
        if is_generic {
            let tpname: Rc<str> = Rc::from(format!("<generic parameters of {}>", self.names.get(*name)));
            self.enter_scope(tpname, ScopeType::TypeParams, type_params.as_ptr() as usize + 2, firstlineno)?;
            self.u().private = Some(*name);
            self.type_params(type_params)?;
            let tp = self.k.type_params;
            self.nameop(tp, ExprContext::Store, loc)?;
        }
        // compiler_class_body
        let name_s: Rc<str> = Rc::from(self.names.get(*name));
        self.enter_scope(name_s.clone(), ScopeType::Class, s as *const Stmt as usize, firstlineno)?;
        let bloc = Location::new(firstlineno as i32, firstlineno as i32, 0, 0);
        self.u().private = Some(*name);
        let k = (self.k.name, self.k.module, self.k.qualname, self.k.firstlineno);
        self.nameop(k.0, ExprContext::Load, bloc)?;
        self.nameop(k.1, ExprContext::Store, bloc)?;
        let qn = self.ur().qualname.clone();
        self.load_const(self.name_const(&qn), bloc);
        self.nameop(k.2, ExprContext::Store, bloc)?;
        let fl = self.ur().firstlineno as i64;
        self.load_const(Const::Int(crate::objects::int::Int::from_i64(fl)), bloc);
        self.nameop(k.3, ExprContext::Store, bloc)?;
        if is_generic {
            let (tp, dtp) = (self.k.type_params, self.k.dunder_type_params);
            self.nameop(tp, ExprContext::Load, bloc)?;
            self.nameop(dtp, ExprContext::Store, bloc)?;
        }
        if self.ste().needs_classdict {
            self.addop(Op::LOAD_LOCALS, 0, bloc);
            let cd = self.k.classdict;
            let i = self.ur().cellvars.get(cd).unwrap();
            self.addop(Op::STORE_DEREF, i, bloc);
        }
        self.body(bloc, body)?;
        let mut attrs: Vec<String> = self.ur().static_attributes.as_ref().unwrap().iter().map(|a| self.names.get(*a).to_string()).collect();
        attrs.sort();
        let t: Vec<Const> = attrs.into_iter().map(|a| self.name_const(&a)).collect();
        self.load_const(Const::Tuple(Rc::from(t)), NO_LOCATION);
        let sa = self.k.static_attributes;
        self.nameop(sa, ExprContext::Store, NO_LOCATION)?;
        if self.ste().needs_classdict {
            let cd = self.k.classdict;
            let i = self.ur().cellvars.get(cd).unwrap();
            self.addop(Op::LOAD_CLOSURE, i, NO_LOCATION);
            let cdc = self.k.classdictcell;
            self.nameop(cdc, ExprContext::Store, NO_LOCATION)?;
        }
        if self.ste().needs_class_closure {
            let c = self.k.class;
            let i = self.ur().cellvars.get(c).unwrap();
            self.addop(Op::LOAD_CLOSURE, i, NO_LOCATION);
            self.addop(Op::COPY, 1, NO_LOCATION);
            let cc = self.k.classcell;
            self.nameop(cc, ExprContext::Store, NO_LOCATION)?;
        } else {
            self.load_const(Const::None, NO_LOCATION);
        }
        self.addop(Op::RETURN_VALUE, 0, NO_LOCATION);
        let co = self.finish_unit(true)?;
        self.addop(Op::LOAD_BUILD_CLASS, 0, loc);
        self.addop(Op::PUSH_NULL, 0, loc);
        self.make_closure(loc, co, 0)?;
        self.load_const(self.name_const(&name_s), loc);
        if is_generic {
            let (tp, gb) = (self.k.type_params, self.k.generic_base);
            self.nameop(tp, ExprContext::Load, loc)?;
            self.addop(Op::CALL_INTRINSIC_1, 10, loc);
            self.nameop(gb, ExprContext::Store, loc)?;
            let gb_name = Expr { kind: ExprKind::Name { id: gb, ctx: ExprContext::Load }, loc: s.loc };
            let mut all: Vec<&Expr> = bases.iter().collect();
            all.push(&gb_name);
            self.call_helper(loc, 2, &all, keywords)?;
            let co = self.finish_unit(false)?;
            self.make_closure(loc, co, 0)?;
            self.addop(Op::PUSH_NULL, 0, loc);
            self.addop(Op::CALL, 0, loc);
        } else {
            self.call_helper(loc, 2, bases, keywords)?;
        }
        for d in decorator_list.iter().rev() {
            self.addop(Op::CALL, 0, loc_of(d.loc));
        }
        self.nameop(*name, ExprContext::Store, loc)
    }

    /// `compiler_typealias`: `type X[T] = value` builds a TypeAliasType whose value is lazy.
    pub fn type_alias(&mut self, s: &Stmt) -> CResult {
        let StmtKind::TypeAlias { name, type_params, value } = &s.kind else { unreachable!() };
        let ExprKind::Name { id, .. } = &name.kind else { unreachable!() };
        let loc = loc_of(s.loc);
        let is_generic = !type_params.is_empty();
        let name_c = self.str_const(*id);
        if is_generic {
            let tpname: Rc<str> = Rc::from(format!("<generic parameters of {}>", self.names.get(*id)));
            self.enter_scope(tpname, ScopeType::TypeParams, type_params.as_ptr() as usize + 2, s.loc.lineno)?;
            self.load_const(name_c, loc);
            self.type_params(type_params)?;
        } else {
            self.load_const(name_c, loc);
            self.load_const(Const::None, loc);
        }
        let n: Rc<str> = Rc::from(self.names.get(*id));
        self.enter_scope(n, ScopeType::Function, s as *const Stmt as usize, s.loc.lineno)?;
        self.add_const(Const::None);
        self.expr(value)?;
        self.addop(Op::RETURN_VALUE, 0, loc);
        let co = self.finish_unit(false)?;
        self.make_closure(loc, co, 0)?;
        self.addop(Op::BUILD_TUPLE, 3, loc);
        self.addop(Op::CALL_INTRINSIC_1, 11, loc);
        if is_generic {
            let co = self.finish_unit(false)?;
            self.make_closure(loc, co, 0)?;
            self.addop(Op::PUSH_NULL, 0, loc);
            self.addop(Op::CALL, 0, loc);
        }
        self.nameop(*id, ExprContext::Store, loc)
    }
}
