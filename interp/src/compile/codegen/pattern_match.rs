//! The match statement and every pattern kind (compile.c `compiler_match`, `compiler_pattern_*`,
//! the `fail_pop` label ladder and the name-binding rotations).

use super::*;

#[derive(Default)]
pub struct PatternCtx {
    stores: Vec<Ident>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchAs { pattern: None, name: None })
}

fn is_wildcard_star(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchStar { name: None })
}

impl Compiler {
    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, loc: Location, pc: &mut PatternCtx, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let l = pc.fail_pop[pops];
        self.jump(op, l, loc);
    }

    fn emit_and_reset_fail_pop(&mut self, loc: Location, pc: &mut PatternCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        let fp = std::mem::take(&mut pc.fail_pop);
        for i in (1..fp.len()).rev() {
            self.use_label(fp[i]);
            self.addop(Op::POP_TOP, 0, loc);
        }
        self.use_label(fp[0]);
    }

    fn rotate(&mut self, loc: Location, mut count: usize) {
        while count > 1 {
            self.addop(Op::SWAP, count as u32, loc);
            count -= 1;
        }
    }

    fn store_name(&mut self, loc: Location, n: Option<Ident>, pc: &mut PatternCtx) -> CResult {
        let Some(n) = n else {
            self.addop(Op::POP_TOP, 0, loc);
            return Ok(());
        };
        self.check_forbidden(n, ExprContext::Store, loc)?;
        if pc.stores.contains(&n) {
            return Err(self.err(format!("multiple assignments to name '{}' in pattern", self.names.get(n)), loc));
        }
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.rotate(loc, rotations);
        pc.stores.push(n);
        Ok(())
    }

    fn unpack_pattern(&mut self, loc: Location, elts: &[Pattern]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, PatternKind::MatchStar { .. }) {
                if seen_star {
                    return Err(self.err("multiple starred expressions in sequence pattern", loc));
                }
                self.addop(Op::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32, loc);
                seen_star = true;
            }
        }
        if !seen_star {
            self.addop(Op::UNPACK_SEQUENCE, n as u32, loc);
        }
        Ok(())
    }

    fn subpattern(&mut self, p: &Pattern, pc: &mut PatternCtx) -> CResult {
        let a = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = a;
        Ok(())
    }

    fn int_const(&mut self, v: usize, loc: Location) {
        self.load_const(Const::Int(crate::objects::int::Int::from_i64(v as i64)), loc);
    }

    fn pattern(&mut self, p: &Pattern, pc: &mut PatternCtx) -> CResult {
        let loc = loc_of(p.loc);
        match &p.kind {
            PatternKind::MatchValue { value } => {
                if !matches!(value.kind, ExprKind::Constant { .. } | ExprKind::Attribute { .. }) {
                    return Err(self.err("patterns may only match literals and attribute lookups", loc));
                }
                self.expr(value)?;
                self.addcompare(loc, CmpOp::Eq);
                self.addop(Op::TO_BOOL, 0, loc);
                self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSingleton { value } => {
                self.load_constant(value, loc);
                self.addcompare(loc, CmpOp::Is);
                self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSequence { patterns } => {
                let size = patterns.len();
                let mut star: Option<usize> = None;
                let mut only_wildcard = true;
                let mut star_wildcard = false;
                for (i, q) in patterns.iter().enumerate() {
                    if matches!(q.kind, PatternKind::MatchStar { .. }) {
                        if star.is_some() {
                            return Err(self.err("multiple starred names in sequence pattern", loc));
                        }
                        star_wildcard = is_wildcard_star(q);
                        only_wildcard &= star_wildcard;
                        star = Some(i);
                        continue;
                    }
                    only_wildcard &= is_wildcard(q);
                }
                pc.on_top += 1;
                self.addop(Op::MATCH_SEQUENCE, 0, loc);
                self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
                match star {
                    None => {
                        self.addop(Op::GET_LEN, 0, loc);
                        self.int_const(size, loc);
                        self.addcompare(loc, CmpOp::Eq);
                        self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
                    }
                    Some(_) if size > 1 => {
                        self.addop(Op::GET_LEN, 0, loc);
                        self.int_const(size - 1, loc);
                        self.addcompare(loc, CmpOp::GtE);
                        self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
                    }
                    _ => {}
                }
                pc.on_top -= 1;
                if only_wildcard {
                    self.addop(Op::POP_TOP, 0, loc);
                } else if star_wildcard {
                    let star = star.unwrap();
                    pc.on_top += 1;
                    for (i, q) in patterns.iter().enumerate() {
                        if is_wildcard(q) || i == star {
                            continue;
                        }
                        self.addop(Op::COPY, 1, loc);
                        if i < star {
                            self.int_const(i, loc);
                        } else {
                            self.addop(Op::GET_LEN, 0, loc);
                            self.int_const(size - i, loc);
                            self.addop(Op::BINARY_OP, 10, loc);
                        }
                        self.addop(Op::BINARY_SUBSCR, 0, loc);
                        self.subpattern(q, pc)?;
                    }
                    pc.on_top -= 1;
                    self.addop(Op::POP_TOP, 0, loc);
                } else {
                    self.unpack_pattern(loc, patterns)?;
                    pc.on_top += size;
                    for q in patterns {
                        pc.on_top -= 1;
                        self.subpattern(q, pc)?;
                    }
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                let size = keys.len();
                pc.on_top += 1;
                self.addop(Op::MATCH_MAPPING, 0, loc);
                self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
                if size == 0 && rest.is_none() {
                    pc.on_top -= 1;
                    self.addop(Op::POP_TOP, 0, loc);
                    return Ok(());
                }
                if size > 0 {
                    self.addop(Op::GET_LEN, 0, loc);
                    self.int_const(size, loc);
                    self.addcompare(loc, CmpOp::GtE);
                    self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
                }
                let mut seen: Vec<String> = Vec::new();
                for k in keys {
                    match &k.kind {
                        ExprKind::Constant { value, .. } => {
                            let r = value.repr();
                            if seen.contains(&r) {
                                return Err(self.err(format!("mapping pattern checks duplicate key ({r})"), loc));
                            }
                            seen.push(r);
                        }
                        ExprKind::Attribute { .. } => {}
                        _ => return Err(self.err("mapping pattern keys may only match literals and attribute lookups", loc)),
                    }
                    self.expr(k)?;
                }
                self.addop(Op::BUILD_TUPLE, size as u32, loc);
                self.addop(Op::MATCH_KEYS, 0, loc);
                pc.on_top += 2;
                self.addop(Op::COPY, 1, loc);
                self.load_const(Const::None, loc);
                self.addop(Op::IS_OP, 1, loc);
                self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
                self.addop(Op::UNPACK_SEQUENCE, size as u32, loc);
                pc.on_top += size;
                pc.on_top -= 1;
                for q in patterns {
                    pc.on_top -= 1;
                    self.subpattern(q, pc)?;
                }
                pc.on_top -= 2;
                pc.on_top += 1;
                pc.on_top -= 1;
                if let Some(r) = rest {
                    self.addop(Op::BUILD_MAP, 0, loc);
                    self.addop(Op::SWAP, 3, loc);
                    self.addop(Op::DICT_UPDATE, 2, loc);
                    self.addop(Op::UNPACK_SEQUENCE, size as u32, loc);
                    let mut s = size;
                    while s > 0 {
                        self.addop(Op::COPY, 1 + s as u32, loc);
                        s -= 1;
                        self.addop(Op::SWAP, 2, loc);
                        self.addop(Op::DELETE_SUBSCR, 0, loc);
                    }
                    self.store_name(loc, Some(*r), pc)?;
                } else {
                    self.addop(Op::POP_TOP, 0, loc);
                    self.addop(Op::POP_TOP, 0, loc);
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                let nargs = patterns.len();
                let nattrs = kwd_attrs.len();
                for (i, a) in kwd_attrs.iter().enumerate() {
                    let l = loc_of(kwd_patterns[i].loc);
                    self.check_forbidden(*a, ExprContext::Store, l)?;
                    for (j, b) in kwd_attrs.iter().enumerate().skip(i + 1) {
                        if a == b {
                            return Err(self.err(
                                format!("attribute name repeated in class pattern: {}", self.names.get(*a)),
                                loc_of(kwd_patterns[j].loc),
                            ));
                        }
                    }
                }
                self.expr(cls)?;
                let names: Vec<Const> = kwd_attrs.iter().map(|a| self.str_const(*a)).collect();
                self.load_const(Const::Tuple(Rc::from(names)), loc);
                self.addop(Op::MATCH_CLASS, nargs as u32, loc);
                self.addop(Op::COPY, 1, loc);
                self.load_const(Const::None, loc);
                self.addop(Op::IS_OP, 1, loc);
                pc.on_top += 1;
                self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
                self.addop(Op::UNPACK_SEQUENCE, (nargs + nattrs) as u32, loc);
                pc.on_top += nargs + nattrs;
                pc.on_top -= 1;
                for q in patterns.iter().chain(kwd_patterns.iter()) {
                    pc.on_top -= 1;
                    if is_wildcard(q) {
                        self.addop(Op::POP_TOP, 0, loc);
                        continue;
                    }
                    self.subpattern(q, pc)?;
                }
            }
            PatternKind::MatchStar { name } => self.store_name(loc, *name, pc)?,
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        if let Some(n) = name {
                            return Err(self.err(format!("name capture '{}' makes remaining patterns unreachable", self.names.get(*n)), loc));
                        }
                        return Err(self.err("wildcard makes remaining patterns unreachable", loc));
                    }
                    self.store_name(loc, *name, pc)?;
                }
                Some(q) => {
                    pc.on_top += 1;
                    self.addop(Op::COPY, 1, loc);
                    self.pattern(q, pc)?;
                    pc.on_top -= 1;
                    self.store_name(loc, *name, pc)?;
                }
            },
            PatternKind::MatchOr { patterns } => self.pattern_or(p, patterns, pc)?,
        }
        Ok(())
    }

    fn pattern_or(&mut self, p: &Pattern, alts: &[Pattern], pc: &mut PatternCtx) -> CResult {
        let loc = loc_of(p.loc);
        let end = self.new_label();
        let size = alts.len();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<Ident>> = None;
        for (i, alt) in alts.iter().enumerate() {
            let aloc = loc_of(alt.loc);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.addop(Op::COPY, 1, aloc);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => return Err(self.err("alternative patterns bind different names", loc)),
                Some(ctl) if nstores > 0 => {
                    let ctl = ctl.clone();
                    let mut icontrol = nstores;
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|&x| x == name) else {
                            return Err(self.err("alternative patterns bind different names", loc));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<Ident> = pc.stores.drain(0..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(aloc, icontrol + 1);
                            }
                        }
                    }
                }
                _ => {}
            }
            self.jump(Op::JUMP, end, aloc);
            self.emit_and_reset_fail_pop(aloc, pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        self.addop(Op::POP_TOP, 0, loc);
        self.jump_to_fail_pop(loc, pc, Op::JUMP);
        self.use_label(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(loc, nrots);
            if pc.stores.contains(&name) {
                return Err(self.err(format!("multiple assignments to name '{}' in pattern", self.names.get(name)), loc));
            }
            pc.stores.push(name);
        }
        self.addop(Op::POP_TOP, 0, loc);
        Ok(())
    }

    pub fn match_stmt(&mut self, s: &Stmt) -> CResult {
        let StmtKind::Match { subject, cases } = &s.kind else { unreachable!() };
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let has_default = is_wildcard(&cases[n - 1].pattern) && n > 1;
        let mut pc = PatternCtx::default();
        for (i, m) in cases[..n - has_default as usize].iter().enumerate() {
            let ploc = loc_of(m.pattern.loc);
            let last = i == n - has_default as usize - 1;
            if !last {
                self.addop(Op::COPY, 1, ploc);
            }
            pc.stores = Vec::new();
            pc.allow_irrefutable = m.guard.is_some() || i == n - 1;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.pattern(&m.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(name, ExprContext::Store, ploc)?;
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let l = pc.fail_pop[0];
                self.jump_if(ploc, g, l, false)?;
            }
            if !last {
                self.addop(Op::POP_TOP, 0, ploc);
            }
            self.stmts(&m.body)?;
            self.jump(Op::JUMP, end, NO_LOCATION);
            self.emit_and_reset_fail_pop(ploc, &mut pc);
        }
        if has_default {
            let m = &cases[n - 1];
            let ploc = loc_of(m.pattern.loc);
            if n == 1 {
                self.addop(Op::POP_TOP, 0, ploc);
            } else {
                self.addop(Op::NOP, 0, ploc);
            }
            if let Some(g) = &m.guard {
                self.jump_if(ploc, g, end, false)?;
            }
            self.stmts(&m.body)?;
        }
        self.use_label(end);
        Ok(())
    }
}
