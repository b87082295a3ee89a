//! Expressions: operators, conditional jumps, comparisons, containers and star-unpacking,
//! subscripts and slices, attributes, f-strings, yield/await (compile.c
//! `compiler_visit_expr1` and helpers).

use super::stmt::{binop_arg, is_two_element_slice, STACK_USE_GUIDELINE};
use super::*;

impl Compiler {
    /// Names and constants (most expressions) are compiled without entering the large frame of
    /// [`Compiler::expr_node`].
    #[inline]
    pub fn expr(&mut self, e: &Expr) -> CResult {
        match &e.kind {
            ExprKind::Name { id, ctx } => self.nameop(*id, *ctx, loc_of(e.loc)),
            ExprKind::Constant { value, .. } => {
                self.load_constant(value, loc_of(e.loc));
                Ok(())
            }
            _ => self.expr_node(e),
        }
    }

    fn expr_node(&mut self, e: &Expr) -> CResult {
        let loc = loc_of(e.loc);
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.addop(Op::COPY, 1, loc);
                self.expr(target)?;
            }
            ExprKind::BoolOp { op, values } => {
                let jumpi = if *op == BoolOperator::And { Op::POP_JUMP_IF_FALSE } else { Op::POP_JUMP_IF_TRUE };
                let end = self.new_label();
                let n = values.len() - 1;
                for v in &values[..n] {
                    self.expr(v)?;
                    self.addop(Op::COPY, 1, loc);
                    self.addop(Op::TO_BOOL, 0, loc);
                    self.jump(jumpi, end, loc);
                    self.addop(Op::POP_TOP, 0, loc);
                }
                self.expr(&values[n])?;
                self.use_label(end);
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.addop(Op::BINARY_OP, binop_arg(*op), loc);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                match op {
                    UnaryOperator::UAdd => self.addop(Op::CALL_INTRINSIC_1, 5, loc),
                    UnaryOperator::Not => {
                        self.addop(Op::TO_BOOL, 0, loc);
                        self.addop(Op::UNARY_NOT, 0, loc);
                    }
                    UnaryOperator::Invert => self.addop(Op::UNARY_INVERT, 0, loc),
                    UnaryOperator::USub => self.addop(Op::UNARY_NEGATIVE, 0, loc),
                }
            }
            ExprKind::Lambda { .. } => self.lambda(e)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(loc, test, next, false)?;
                self.expr(body)?;
                self.jump(Op::JUMP_NO_INTERRUPT, end, NO_LOCATION);
                self.use_label(next);
                self.expr(orelse)?;
                self.use_label(end);
            }
            ExprKind::Dict { keys, values } => self.dict(e, keys, values)?,
            ExprKind::Set { elts } => self.starunpack(loc, elts, 0, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false)?,
            ExprKind::GeneratorExp { .. } | ExprKind::ListComp { .. } | ExprKind::SetComp { .. } | ExprKind::DictComp { .. } => {
                self.comprehension(e)?
            }
            ExprKind::Yield { value } => {
                if !self.ste().is_function_like() {
                    return Err(self.err("'yield' outside function", loc));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None, loc),
                }
                self.addop_yield(loc);
            }
            ExprKind::YieldFrom { value } => {
                if !self.ste().is_function_like() {
                    return Err(self.err("'yield' outside function", loc));
                }
                if self.ur().scope_type == ScopeType::AsyncFunction {
                    return Err(self.err("'yield from' inside async function", loc));
                }
                self.expr(value)?;
                self.addop(Op::GET_YIELD_FROM_ITER, 0, loc);
                self.load_const(Const::None, loc);
                self.yield_from(loc, false);
            }
            ExprKind::Await { value } => {
                if !self.ste().is_function_like() {
                    return Err(self.err("'await' outside function", loc));
                }
                if !matches!(self.ur().scope_type, ScopeType::AsyncFunction | ScopeType::Comprehension) {
                    return Err(self.err("'await' outside async function", loc));
                }
                self.expr(value)?;
                self.addop(Op::GET_AWAITABLE, 0, loc);
                self.load_const(Const::None, loc);
                self.yield_from(loc, true);
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.check_compare(e, left, ops, comparators);
                self.expr(left)?;
                let n = ops.len() - 1;
                if n == 0 {
                    self.expr(&comparators[0])?;
                    self.addcompare(loc, ops[0]);
                } else {
                    let cleanup = self.new_label();
                    for i in 0..n {
                        self.expr(&comparators[i])?;
                        self.addop(Op::SWAP, 2, loc);
                        self.addop(Op::COPY, 2, loc);
                        self.addcompare(loc, ops[i]);
                        self.addop(Op::COPY, 1, loc);
                        self.addop(Op::TO_BOOL, 0, loc);
                        self.jump(Op::POP_JUMP_IF_FALSE, cleanup, loc);
                        self.addop(Op::POP_TOP, 0, loc);
                    }
                    self.expr(&comparators[n])?;
                    self.addcompare(loc, ops[n]);
                    let end = self.new_label();
                    self.jump(Op::JUMP_NO_INTERRUPT, end, NO_LOCATION);
                    self.use_label(cleanup);
                    self.addop(Op::SWAP, 2, loc);
                    self.addop(Op::POP_TOP, 0, loc);
                    self.use_label(end);
                }
            }
            ExprKind::Call { .. } => self.call(e)?,
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.expr(value)?;
                if *conversion != -1 {
                    let arg = match *conversion as u8 {
                        b's' => 1,
                        b'r' => 2,
                        _ => 3,
                    };
                    self.addop(Op::CONVERT_VALUE, arg, loc);
                }
                match format_spec {
                    Some(f) => {
                        self.expr(f)?;
                        self.addop(Op::FORMAT_WITH_SPEC, 0, loc);
                    }
                    None => self.addop(Op::FORMAT_SIMPLE, 0, loc),
                }
            }
            ExprKind::JoinedStr { values } => {
                let n = values.len();
                if n > STACK_USE_GUIDELINE {
                    self.load_const(cstr(""), loc);
                    let join = self.names.intern("join");
                    self.addop_name(Op::LOAD_METHOD, join, loc);
                    self.addop(Op::BUILD_LIST, 0, loc);
                    for v in values {
                        self.expr(v)?;
                        self.addop(Op::LIST_APPEND, 1, loc);
                    }
                    self.addop(Op::CALL, 1, loc);
                } else {
                    for v in values {
                        self.expr(v)?;
                    }
                    if n > 1 {
                        self.addop(Op::BUILD_STRING, n as u32, loc);
                    } else if n == 0 {
                        self.load_const(cstr(""), loc);
                    }
                }
            }
            ExprKind::Constant { value, .. } => self.load_constant(value, loc),
            ExprKind::Attribute { value, attr, ctx } => {
                if *ctx == ExprContext::Load && self.can_optimize_super_call(e) {
                    self.load_args_for_super(value)?;
                    let ExprKind::Call { args, .. } = &value.kind else { unreachable!() };
                    let op = if args.is_empty() { Op::LOAD_ZERO_SUPER_ATTR } else { Op::LOAD_SUPER_ATTR };
                    self.addop_name(op, *attr, loc);
                    let l = self.attr_loc(loc, e, *attr);
                    self.addop(Op::NOP, 0, l);
                    return Ok(());
                }
                if *ctx == ExprContext::Store {
                    if let ExprKind::Name { id, .. } = &value.kind {
                        if *id == self.k.self_ {
                            let n = self.units.len();
                            for u in self.units[..n - 1].iter_mut().rev() {
                                if u.scope_type == ScopeType::Class {
                                    let sa = u.static_attributes.as_mut().unwrap();
                                    if !sa.contains(attr) {
                                        sa.push(*attr);
                                    }
                                    break;
                                }
                            }
                        }
                    }
                }
                self.expr(value)?;
                let l = self.attr_loc(loc, e, *attr);
                match ctx {
                    ExprContext::Load => self.addop_name(Op::LOAD_ATTR, *attr, l),
                    ExprContext::Store => {
                        if *attr == self.k.debug {
                            return Err(self.err("cannot assign to __debug__", l));
                        }
                        self.addop_name(Op::STORE_ATTR, *attr, l)
                    }
                    ExprContext::Del => self.addop_name(Op::DELETE_ATTR, *attr, l),
                }
            }
            ExprKind::Subscript { value, slice, ctx } => {
                if *ctx == ExprContext::Load {
                    self.check_subscripter(value);
                    self.check_index(value, slice);
                }
                self.expr(value)?;
                if is_two_element_slice(slice) && *ctx != ExprContext::Del {
                    self.slice_parts(slice)?;
                    self.addop(if *ctx == ExprContext::Load { Op::BINARY_SLICE } else { Op::STORE_SLICE }, 0, loc);
                } else {
                    self.expr(slice)?;
                    let op = match ctx {
                        ExprContext::Load => Op::BINARY_SUBSCR,
                        ExprContext::Store => Op::STORE_SUBSCR,
                        ExprContext::Del => Op::DELETE_SUBSCR,
                    };
                    self.addop(op, 0, loc);
                }
            }
            ExprKind::Starred { ctx, .. } => {
                return Err(self.err(
                    if *ctx == ExprContext::Store {
                        "starred assignment target must be in a list or tuple"
                    } else {
                        "can't use starred expression here"
                    },
                    loc,
                ));
            }
            ExprKind::Slice { .. } => {
                let n = self.slice_parts(e)?;
                self.addop(Op::BUILD_SLICE, n, loc);
            }
            ExprKind::Name { id, ctx } => self.nameop(*id, *ctx, loc)?,
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                let tuple = matches!(e.kind, ExprKind::Tuple { .. });
                match ctx {
                    ExprContext::Store => self.assignment_helper(loc, elts)?,
                    ExprContext::Load => self.starunpack(loc, elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, tuple)?,
                    ExprContext::Del => {
                        for x in elts {
                            self.expr(x)?;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// `check_caller`: calling a literal or a display warns.
    pub fn check_caller(&mut self, e: &Expr) {
        use ExprKind as K;
        if matches!(
            e.kind,
            K::Constant { .. } | K::Tuple { .. } | K::List { .. } | K::ListComp { .. } | K::Dict { .. } | K::DictComp { .. } | K::Set { .. } | K::SetComp { .. } | K::GeneratorExp { .. } | K::JoinedStr { .. } | K::FormattedValue { .. }
        ) {
            let t = infer_type(e).unwrap_or("object");
            self.warn(format!("'{t}' object is not callable; perhaps you missed a comma?"), loc_of(e.loc));
        }
    }

    /// `check_subscripter`: subscripting a value that has no `__getitem__` warns.
    fn check_subscripter(&mut self, e: &Expr) {
        let warn = match &e.kind {
            ExprKind::Constant { value, .. } => {
                matches!(value, Constant::None | Constant::Ellipsis | Constant::Bool(_) | Constant::Int(_) | Constant::Float(_) | Constant::Complex(..) | Constant::FrozenSet(_))
            }
            ExprKind::Set { .. } | ExprKind::SetComp { .. } | ExprKind::GeneratorExp { .. } | ExprKind::Lambda { .. } => true,
            _ => false,
        };
        if warn {
            let t = infer_type(e).unwrap_or("object");
            self.warn(format!("'{t}' object is not subscriptable; perhaps you missed a comma?"), loc_of(e.loc));
        }
    }

    /// `check_index`: a sequence literal indexed by something that is not an int or a slice warns.
    fn check_index(&mut self, e: &Expr, index: &Expr) {
        let Some(it) = infer_type(index) else { return };
        if matches!(it, "int" | "bool") {
            return;
        }
        let warn = match &e.kind {
            ExprKind::Constant { value, .. } => matches!(value, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)),
            ExprKind::Tuple { .. } | ExprKind::List { .. } | ExprKind::ListComp { .. } | ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => true,
            _ => false,
        };
        if warn {
            let t = infer_type(e).unwrap_or("object");
            self.warn(format!("{t} indices must be integers or slices, not {it}; perhaps you missed a comma?"), loc_of(e.loc));
        }
    }

    /// `check_compare`: `is`/`is not` against a literal warns.
    fn check_compare(&mut self, e: &Expr, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
        fn literal_type(e: &Expr) -> Option<&'static str> {
            match &e.kind {
                ExprKind::Constant { value, .. } => match value {
                    Constant::None | Constant::Bool(_) | Constant::Ellipsis => None,
                    Constant::Int(_) => Some("int"),
                    Constant::Float(_) => Some("float"),
                    Constant::Complex(..) => Some("complex"),
                    Constant::Str(_) => Some("str"),
                    Constant::Bytes(_) => Some("bytes"),
                    Constant::Tuple(_) => Some("tuple"),
                    Constant::FrozenSet(_) => Some("frozenset"),
                },
                _ => None,
            }
        }
        let mut l = literal_type(left);
        let mut lexpr = left;
        for (op, r) in ops.iter().zip(comparators) {
            let rt = literal_type(r);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && (l.is_some() || rt.is_some()) {
                let ty = if l.is_some() { l.unwrap() } else { rt.unwrap() };
                let _ = lexpr;
                let msg = if *op == CmpOp::Is {
                    format!("\"is\" with '{ty}' literal. Did you mean \"==\"?")
                } else {
                    format!("\"is not\" with '{ty}' literal. Did you mean \"!=\"?")
                };
                self.warn(msg, loc_of(e.loc));
                return;
            }
            l = rt;
            lexpr = r;
        }
    }

    pub fn addop_yield(&mut self, loc: Location) {
        if self.ste().generator && self.ste().coroutine {
            self.addop(Op::CALL_INTRINSIC_1, 4, loc);
        }
        self.addop(Op::YIELD_VALUE, 0, loc);
        self.addop(Op::RESUME, 1, loc);
    }

    /// `compiler_add_yield_from`.
    pub fn yield_from(&mut self, loc: Location, is_await: bool) {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.use_label(send);
        self.jump(Op::SEND, exit, loc);
        self.jump(Op::SETUP_FINALLY, fail, loc);
        self.addop(Op::YIELD_VALUE, 1, loc);
        self.addop(Op::POP_BLOCK, 0, NO_LOCATION);
        self.addop(Op::RESUME, if is_await { 3 } else { 2 }, loc);
        self.jump(Op::JUMP_NO_INTERRUPT, send, loc);
        self.use_label(fail);
        self.addop(Op::CLEANUP_THROW, 0, loc);
        self.use_label(exit);
        self.addop(Op::END_SEND, 0, loc);
    }

    pub fn addcompare(&mut self, loc: Location, op: CmpOp) {
        let (cmp, mask) = match op {
            CmpOp::Lt => (0, 2),
            CmpOp::LtE => (1, 10),
            CmpOp::Eq => (2, 8),
            CmpOp::NotEq => (3, 7),
            CmpOp::Gt => (4, 4),
            CmpOp::GtE => (5, 12),
            CmpOp::Is => return self.addop(Op::IS_OP, 0, loc),
            CmpOp::IsNot => return self.addop(Op::IS_OP, 1, loc),
            CmpOp::In => return self.addop(Op::CONTAINS_OP, 0, loc),
            CmpOp::NotIn => return self.addop(Op::CONTAINS_OP, 1, loc),
        };
        self.addop(Op::COMPARE_OP, (cmp << 5) | mask, loc);
    }

    /// `compiler_jump_if`: jumps to `next` when `e` is `cond`.
    pub fn jump_if(&mut self, loc: Location, e: &Expr, next: Label, cond: bool) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOperator::Not, operand } => return self.jump_if(loc, operand, next, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOperator::Or;
                let next2 = if cond2 != cond { self.new_label() } else { next };
                let n = values.len() - 1;
                for v in &values[..n] {
                    self.jump_if(loc, v, next2, cond2)?;
                }
                self.jump_if(loc, &values[n], next, cond)?;
                if next2 != next {
                    self.use_label(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(loc, test, next2, false)?;
                self.jump_if(loc, body, next, cond)?;
                self.jump(Op::JUMP_NO_INTERRUPT, end, NO_LOCATION);
                self.use_label(next2);
                self.jump_if(loc, orelse, next, cond)?;
                self.use_label(end);
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators } if ops.len() > 1 => {
                self.check_compare(e, left, ops, comparators);
                let el = loc_of(e.loc);
                let n = ops.len() - 1;
                let cleanup = self.new_label();
                self.expr(left)?;
                for i in 0..n {
                    self.expr(&comparators[i])?;
                    self.addop(Op::SWAP, 2, el);
                    self.addop(Op::COPY, 2, el);
                    self.addcompare(el, ops[i]);
                    self.addop(Op::TO_BOOL, 0, el);
                    self.jump(Op::POP_JUMP_IF_FALSE, cleanup, el);
                }
                self.expr(&comparators[n])?;
                self.addcompare(el, ops[n]);
                self.addop(Op::TO_BOOL, 0, el);
                self.jump(if cond { Op::POP_JUMP_IF_TRUE } else { Op::POP_JUMP_IF_FALSE }, next, el);
                let end = self.new_label();
                self.jump(Op::JUMP_NO_INTERRUPT, end, NO_LOCATION);
                self.use_label(cleanup);
                self.addop(Op::POP_TOP, 0, el);
                if !cond {
                    self.jump(Op::JUMP_NO_INTERRUPT, next, NO_LOCATION);
                }
                self.use_label(end);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        let el = loc_of(e.loc);
        self.addop(Op::TO_BOOL, 0, el);
        self.jump(if cond { Op::POP_JUMP_IF_TRUE } else { Op::POP_JUMP_IF_FALSE }, next, el);
        Ok(())
    }

    /// `update_start_location_to_match_attr`.
    pub fn attr_loc(&self, mut loc: Location, e: &Expr, attr: Ident) -> Location {
        if loc.lineno != e.loc.end_lineno as i32 {
            loc.lineno = e.loc.end_lineno as i32;
            let len = self.names.get(attr).chars().count() as i32;
            if len <= e.loc.end_col_offset as i32 {
                loc.col_offset = e.loc.end_col_offset as i32 - len;
            } else {
                loc.col_offset = -1;
                loc.end_col_offset = -1;
            }
            loc.end_lineno = loc.lineno.max(loc.end_lineno);
            if loc.lineno == loc.end_lineno {
                loc.end_col_offset = loc.col_offset.max(loc.end_col_offset);
            }
        }
        loc
    }

    /// `compiler_slice`: pushes start, stop (and step); returns how many.
    pub fn slice_parts(&mut self, s: &Expr) -> CResult<u32> {
        let ExprKind::Slice { lower, upper, step } = &s.kind else { unreachable!() };
        let loc = loc_of(s.loc);
        let mut n = 2;
        match lower {
            Some(x) => self.expr(x)?,
            None => self.load_const(Const::None, loc),
        }
        match upper {
            Some(x) => self.expr(x)?,
            None => self.load_const(Const::None, loc),
        }
        if let Some(x) = step {
            n += 1;
            self.expr(x)?;
        }
        Ok(n)
    }

    fn assignment_helper(&mut self, loc: Location, elts: &[Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred { .. }) {
                if seen_star {
                    return Err(self.err("multiple starred expressions in assignment", loc));
                }
                if i >= 256 || n - i - 1 >= (i32::MAX >> 8) as usize {
                    return Err(self.err("too many expressions in star-unpacking assignment", loc));
                }
                self.addop(Op::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32, loc);
                seen_star = true;
            }
        }
        if !seen_star {
            self.addop(Op::UNPACK_SEQUENCE, n as u32, loc);
        }
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => self.expr(value)?,
                _ => self.expr(e)?,
            }
        }
        Ok(())
    }

    /// `starunpack_helper`.
    #[allow(clippy::too_many_arguments)]
    pub fn starunpack<B: std::borrow::Borrow<Expr>>(&mut self, loc: Location, elts: &[B], pushed: u32, build: Op, add: Op, extend: Op, tuple: bool) -> CResult {
        let n = elts.len();
        if n > 2 && elts.iter().all(|e| matches!(e.borrow().kind, ExprKind::Constant { .. })) {
            let items: Vec<Const> = elts
                .iter()
                .map(|e| match &e.borrow().kind {
                    ExprKind::Constant { value, .. } => const_of(value),
                    _ => unreachable!(),
                })
                .collect();
            if tuple && pushed == 0 {
                self.load_const(Const::Tuple(Rc::from(items)), loc);
            } else {
                let folded = if add == Op::SET_ADD { Const::FrozenSet(Rc::from(items)) } else { Const::Tuple(Rc::from(items)) };
                self.addop(build, pushed, loc);
                self.load_const(folded, loc);
                self.addop(extend, 1, loc);
                if tuple {
                    self.addop(Op::CALL_INTRINSIC_1, 6, loc);
                }
            }
            return Ok(());
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| matches!(e.borrow().kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            for e in elts {
                self.expr(e.borrow())?;
            }
            self.addop(if tuple { Op::BUILD_TUPLE } else { build }, n as u32 + pushed, loc);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.addop(build, pushed, loc);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            let e: &Expr = e.borrow();
            if let ExprKind::Starred { value, .. } = &e.kind {
                if !built {
                    self.addop(build, i as u32 + pushed, loc);
                    built = true;
                }
                self.expr(value)?;
                self.addop(extend, 1, loc);
            } else {
                self.expr(e)?;
                if built {
                    self.addop(add, 1, loc);
                }
            }
        }
        if tuple {
            self.addop(Op::CALL_INTRINSIC_1, 6, loc);
        }
        Ok(())
    }

    fn subdict(&mut self, e: &Expr, keys: &[Option<Expr>], values: &[Expr], begin: usize, end: usize) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        let loc = loc_of(e.loc);
        if n > 1 && !big && keys[begin..end].iter().all(|k| matches!(k, Some(Expr { kind: ExprKind::Constant { .. }, .. }))) {
            for v in &values[begin..end] {
                self.expr(v)?;
            }
            let ks: Vec<Const> = keys[begin..end]
                .iter()
                .map(|k| match &k.as_ref().unwrap().kind {
                    ExprKind::Constant { value, .. } => const_of(value),
                    _ => unreachable!(),
                })
                .collect();
            self.load_const(Const::Tuple(Rc::from(ks)), loc);
            self.addop(Op::BUILD_CONST_KEY_MAP, n as u32, loc);
            return Ok(());
        }
        if big {
            self.addop(Op::BUILD_MAP, 0, loc);
        }
        for i in begin..end {
            self.expr(keys[i].as_ref().unwrap())?;
            self.expr(&values[i])?;
            if big {
                self.addop(Op::MAP_ADD, 1, loc);
            }
        }
        if !big {
            self.addop(Op::BUILD_MAP, n as u32, loc);
        }
        Ok(())
    }

    fn dict(&mut self, e: &Expr, keys: &[Option<Expr>], values: &[Expr]) -> CResult {
        let loc = loc_of(e.loc);
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(e, keys, values, i - elements, i)?;
                    if have_dict {
                        self.addop(Op::DICT_UPDATE, 1, loc);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.addop(Op::BUILD_MAP, 0, loc);
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.addop(Op::DICT_UPDATE, 1, loc);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(e, keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.addop(Op::DICT_UPDATE, 1, loc);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(e, keys, values, n - elements, n)?;
            if have_dict {
                self.addop(Op::DICT_UPDATE, 1, loc);
            }
            have_dict = true;
        }
        if !have_dict {
            self.addop(Op::BUILD_MAP, 0, loc);
        }
        Ok(())
    }

    /// The string form of an annotation under `from __future__ import annotations`.
    pub fn annexpr(&mut self, e: &Expr) {
        let s = crate::compile::unparse::unparse_expr(e, &self.names);
        self.load_const(cstr(&s), loc_of(e.loc));
    }
}

/// `infer_type`: the type name of a literal or display, when the node alone decides it.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "NoneType",
            Constant::Ellipsis => "ellipsis",
            Constant::Bool(_) => "bool",
            Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex(..) => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Tuple(_) => "tuple",
            Constant::FrozenSet(_) => "frozenset",
        },
        _ => return None,
    })
}
