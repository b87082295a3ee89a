//! The instruction bodies (Python/bytecodes.c, as generated into Python/generated_cases.c.h):
//! `run_inner` executes the running frame's instructions one after another, switching frames
//! in place for Python-to-Python calls and returns, and hands an exception back to
//! `run_with` (in `mod.rs`, the ceval.c side: entry, unwinding, exception-table lookup).

use super::*;

fn name_error(vm: &mut Vm, name: &ObjRef) -> PyErr {
    let n = name.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
    crate::suggestions::name_error(vm, &format!("name '{n}' is not defined"), name)
}

fn unbound_local(vm: &mut Vm, cb: &CodeBody, i: usize) -> PyErr {
    let n = cb.code.localsplusnames[i].to_string();
    vm.err(&vm.e.unbound_local_error.clone(), &format!("cannot access local variable '{n}' where it is not associated with a value"))
}


pub(super) fn run_inner(vm: &mut Vm) -> PyResult {
    'frames: loop {
        let fi = vm.frames.len() - 1;
        // SAFETY: the frame record at `fi` holds a reference to its (immutable) code object for
        // as long as it is on the frame stack, and every handler that removes it from there
        // leaves this iteration (`continue 'frames` or `return`) without touching `cb` after
        // the record is dropped. Borrowing instead of cloning saves a reference-count round
        // trip on every frame switch (call, return, resume, yield).
        // (The record's code is always a code object: every frame is made from a function's
        // code, a generator's or a checked `exec` argument, so the downcast is not repeated.)
        let cb: &CodeBody = unsafe { &*(vm.frames[fi].code.downcast_unchecked::<CodeBody>() as *const CodeBody) };
        let instrs = cb.instrs.as_ptr();
        let base = vm.frames[fi].base;
        // The frame's globals, builtins and locals are read from the frame where an
        // instruction needs them, so entering a frame takes no references.
        let mut ip = vm.frames[fi].ip;
        loop {
            // SAFETY: `ip` is inside `cb.instrs`: a frame starts at 0 or `entry_ip`, and
            // `code_object::check_stream` made every step and jump land inside the array, whose
            // RESERVED sentinel does not step; handler targets are clamped when unwinding.
            let Instr { op, step, arg, slot } = unsafe { *instrs.add(ip) };
            // SAFETY: instructions are decoded by `Op::from_byte`, which returns real opcodes
            // only; knowing it spares the dispatch a range check.
            unsafe { std::hint::assert_unchecked(op as u16 <= crate::opcode::MAX_REAL) };
            let at = ip;
            // SAFETY: as for `cur_mut!` below.
            unsafe { vm.frames.get_unchecked_mut(fi) }.lasti = at;
            ip += step as usize;
            // The running frame's record. SAFETY: the record at `fi` stays on the frame stack
            // while one of its instructions runs (handlers that pop it leave through
            // `continue 'frames` or `return` first), so the index is in bounds.
            macro_rules! cur {
                () => {
                    unsafe { vm.frames.get_unchecked(fi) }
                };
            }
            macro_rules! cur_mut {
                () => {
                    unsafe { vm.frames.get_unchecked_mut(fi) }
                };
            }
            macro_rules! err {
                ($e:expr) => {{
                    let e: PyErr = $e;
                    chain_context(vm, &e.0);
                    return Err(e);
                }};
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => err!(e),
                    }
                };
            }
            match op {
                Op::NOP | Op::RESUME | Op::EXTENDED_ARG | Op::CACHE => {}
                Op::LOAD_CONST => vm.stack.push(Some(cb.consts[arg as usize].clone())),
                Op::LOAD_FAST => {
                    let v = vm.stack[base + arg as usize].clone();
                    vm.stack.push(v);
                }
                Op::LOAD_FAST_CHECK => {
                    let v = vm.stack[base + arg as usize].clone();
                    if v.is_none() {
                        err!(unbound_local(vm, cb, arg as usize));
                    }
                    vm.stack.push(v);
                }
                Op::LOAD_FAST_AND_CLEAR => {
                    let v = vm.stack[base + arg as usize].take();
                    vm.stack.push(v);
                }
                Op::LOAD_FAST_LOAD_FAST => {
                    let a = vm.stack[base + (arg >> 4) as usize].clone();
                    let b = vm.stack[base + (arg & 15) as usize].clone();
                    vm.stack.push(a);
                    vm.stack.push(b);
                }
                Op::STORE_FAST => {
                    let v = vm.stack.pop().flatten();
                    let old = std::mem::replace(&mut vm.stack[base + arg as usize], v);
                    drop(old);
                }
                Op::STORE_FAST_LOAD_FAST => {
                    let v = vm.stack.pop().flatten();
                    let old = std::mem::replace(&mut vm.stack[base + (arg >> 4) as usize], v);
                    drop(old);
                    let b = vm.stack[base + (arg & 15) as usize].clone();
                    vm.stack.push(b);
                }
                Op::STORE_FAST_STORE_FAST => {
                    let v1 = vm.stack.pop().flatten();
                    let old = std::mem::replace(&mut vm.stack[base + (arg >> 4) as usize], v1);
                    drop(old);
                    let v2 = vm.stack.pop().flatten();
                    let old = std::mem::replace(&mut vm.stack[base + (arg & 15) as usize], v2);
                    drop(old);
                }
                Op::DELETE_FAST => {
                    if vm.stack[base + arg as usize].is_none() {
                        err!(unbound_local(vm, cb, arg as usize));
                    }
                    let old = vm.stack[base + arg as usize].take();
                    drop(old);
                }
                Op::MAKE_CELL => {
                    let v = vm.stack[base + arg as usize].take();
                    vm.stack[base + arg as usize] = Some(alloc(&vm.t.cell.clone(), CellBody { value: RefCell::new(v) }));
                }
                Op::COPY_FREE_VARS => {}
                Op::LOAD_DEREF => {
                    let cell = vm.stack[base + arg as usize].clone().unwrap();
                    let v = cell.downcast::<CellBody>().unwrap().value.borrow().clone();
                    match v {
                        Some(v) => vm.stack.push(Some(v)),
                        None => {
                            let n = cb.code.localsplusnames[arg as usize].to_string();
                            if (arg as usize) >= cb.cell_start {
                                let nm = vm.str(&n);
                                err!(crate::suggestions::name_error(vm, &format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"), &nm));
                            }
                            err!(unbound_local(vm, cb, arg as usize));
                        }
                    }
                }
                Op::STORE_DEREF => {
                    let v = pop!(vm);
                    let cell = vm.stack[base + arg as usize].clone().unwrap();
                    let old = cell.downcast::<CellBody>().unwrap().value.replace(Some(v));
                    drop(old);
                }
                Op::DELETE_DEREF => {
                    let cell = vm.stack[base + arg as usize].clone().unwrap();
                    let old = cell.downcast::<CellBody>().unwrap().value.replace(None);
                    if old.is_none() {
                        err!(unbound_local(vm, cb, arg as usize));
                    }
                }
                Op::LOAD_NAME => {
                    let name = &cb.names[arg as usize];
                    let hit = {
                        let fr = cur!();
                        icache::load_name(&cb.icache[slot as usize], vm, fr.locals.as_ref().unwrap_or(&fr.globals), &fr.globals, &fr.builtins, name)
                    };
                    if let Some(v) = hit {
                        vm.stack.push(Some(v));
                        continue;
                    }
                    let mut v = None;
                    if let Some(l) = &cur!().locals.clone() {
                        v = tri!(crate::objects::subclass::mapping_get(vm, l, name));
                    }
                    if v.is_none() {
                        v = tri!(vm.dict_get(&cur!().globals.clone(), name));
                    }
                    if v.is_none() {
                        v = tri!(vm.dict_get(&cur!().builtins.clone(), name));
                    }
                    match v {
                        Some(v) => vm.stack.push(Some(v)),
                        None => err!(name_error(vm, name)),
                    }
                }
                Op::STORE_NAME => {
                    let v = pop!(vm);
                    let name = &cb.names[arg as usize];
                    // The hinted entry of an exact dict holds the name: its value is replaced
                    // with no reference taken to the dict.
                    let v = {
                        let fr = cur!();
                        match icache::store_dict_hit(&cb.icache[slot as usize], fr.locals.as_ref().unwrap_or(&fr.globals), &vm.t.dict, name, v) {
                            Ok(old) => {
                                crate::objects::object::release(old);
                                continue;
                            }
                            Err(v) => v,
                        }
                    };
                    let l = { let fr = cur!(); fr.locals.clone().unwrap_or_else(|| fr.globals.clone()) };
                    if l.is_exact(&vm.t.dict) {
                        tri!(icache::store_dict(vm, &cb.icache[slot as usize], &l, name, v));
                        continue;
                    }
                    tri!(crate::objects::subclass::mapping_set(vm, &l, name.clone(), v));
                }
                Op::DELETE_NAME => {
                    let l = { let fr = cur!(); fr.locals.clone().unwrap_or_else(|| fr.globals.clone()) };
                    let name = &cb.names[arg as usize];
                    if tri!(vm.dict_del(&l, name)).is_none() {
                        err!(name_error(vm, name));
                    }
                }
                Op::LOAD_GLOBAL => {
                    let name = &cb.names[(arg >> 1) as usize];
                    if let Some(v) = {
                        let fr = cur!();
                        icache::load_global(&cb.icache[slot as usize], &fr.globals, &fr.builtins, name)
                    } {
                        vm.stack.push(Some(v));
                        if arg & 1 == 1 {
                            vm.stack.push(None);
                        }
                        continue;
                    }
                    let mut v = tri!(vm.dict_get(&cur!().globals.clone(), name));
                    if v.is_none() {
                        v = tri!(vm.dict_get(&cur!().builtins.clone(), name));
                    }
                    match v {
                        Some(v) => vm.stack.push(Some(v)),
                        None => err!(name_error(vm, name)),
                    }
                    if arg & 1 == 1 {
                        vm.stack.push(None);
                    }
                }
                Op::STORE_GLOBAL => {
                    let v = pop!(vm);
                    let g = cur!().globals.clone();
                    if g.is_exact(&vm.t.dict) {
                        tri!(icache::store_dict(vm, &cb.icache[slot as usize], &g, &cb.names[arg as usize], v));
                        continue;
                    }
                    tri!(vm.dict_set(&cur!().globals.clone(), cb.names[arg as usize].clone(), v));
                }
                Op::DELETE_GLOBAL => {
                    let name = &cb.names[arg as usize];
                    if tri!(vm.dict_del(&cur!().globals.clone(), name)).is_none() {
                        err!(name_error(vm, name));
                    }
                }
                Op::LOAD_ATTR => {
                    let name = &cb.names[(arg >> 1) as usize];
                    // An inline attribute or an unshadowed method: the owner's stack slot takes
                    // the result in place.
                    if let Some(top) = vm.stack.last_mut() {
                        let c = &cb.icache[slot as usize];
                        let hit = match top.as_ref() {
                            Some(owner) if arg & 1 == 1 => icache::load_attr_hit(c, owner, name, true),
                            Some(owner) => icache::load_attr_hit(c, owner, name, false),
                            None => None,
                        };
                        if let Some((v, bound)) = hit {
                            let owner = std::mem::replace(top, Some(v));
                            if bound {
                                vm.stack.push(owner);
                            } else {
                                if arg & 1 == 1 {
                                    vm.stack.push(None);
                                }
                                if let Some(o) = owner {
                                    crate::objects::object::release(o);
                                }
                            }
                            continue;
                        }
                    }
                    let owner = pop!(vm);
                    match icache::load_attr(vm, &cb.icache[slot as usize], &owner, name, arg & 1 == 1) {
                        Some(icache::Attr::Found(v, s)) => {
                            vm.stack.push(Some(v));
                            if arg & 1 == 1 {
                                vm.stack.push(s);
                            }
                            continue;
                        }
                        Some(icache::Attr::Getter(f)) => {
                            // LOAD_ATTR_PROPERTY: the getter runs in this loop.
                            let fb = f.downcast::<FunctionBody>().unwrap();
                            let fcb = code_body(&fb.code);
                            let ret_to = vm.stack.len();
                            vm.stack.push(Some(owner));
                            cur_mut!().ip = ip;
                            if enter_in_place(vm, fb, fcb, 1, ret_to, Keep::Func(f.clone())) {
                                continue 'frames;
                            }
                            let owner = pop!(vm);
                            let v = tri!(vm.call(&f, &[owner], None));
                            vm.stack.push(Some(v));
                            continue;
                        }
                        None => {}
                    }
                    if arg & 1 == 1 {
                        // Method form: push (function, self) when the attribute is a plain method.
                        let ty = owner.type_of();
                        let generic = tp(&ty).slots.getattro.get().is_none();
                        if generic {
                            if let Some(f) = vm.type_lookup(&ty, name) {
                                let in_dict = match slots::instance_dict(&owner) {
                                    Some(d) => tri!(vm.dict_get(&d, name)).is_some(),
                                    None => false,
                                };
                                if !in_dict && (f.downcast::<FunctionBody>().is_some() || (f.downcast::<MethodDescrBody>().is_some() && !crate::objects::descrobject::is_classmethod_descr(vm, &f))) {
                                    vm.stack.push(Some(f));
                                    vm.stack.push(Some(owner));
                                    continue;
                                }
                            }
                        }
                        let v = tri!(vm.getattr(&owner, name));
                        vm.stack.push(Some(v));
                        vm.stack.push(None);
                    } else {
                        let v = tri!(vm.getattr(&owner, name));
                        vm.stack.push(Some(v));
                    }
                }
                Op::STORE_ATTR => {
                    let owner = pop!(vm);
                    let v = pop!(vm);
                    let name = &cb.names[arg as usize];
                    let v = match icache::store_attr_hit(&cb.icache[slot as usize], &owner, name, v) {
                        Ok(old) => {
                            if let Some(old) = old {
                                crate::objects::object::release(old);
                            }
                            crate::objects::object::release(owner);
                            continue;
                        }
                        Err(v) => v,
                    };
                    if let Some(v) = tri!(icache::store_attr(vm, &cb.icache[slot as usize], &owner, name, v)) {
                        tri!(vm.setattr(&owner, name, Some(v)));
                    }
                }
                Op::DELETE_ATTR => {
                    let owner = pop!(vm);
                    tri!(vm.setattr(&owner, &cb.names[arg as usize], None));
                }
                Op::POP_TOP | Op::END_FOR => {
                    if let Some(Some(v)) = vm.stack.pop() {
                        crate::objects::object::release(v);
                    }
                }
                Op::PUSH_NULL => vm.stack.push(None),
                Op::END_SEND => {
                    let v = vm.stack.pop().flatten();
                    vm.stack.pop();
                    vm.stack.push(v);
                }
                Op::COPY => {
                    let v = vm.stack[vm.stack.len() - arg as usize].clone();
                    vm.stack.push(v);
                }
                Op::SWAP => {
                    let n = vm.stack.len();
                    vm.stack.swap(n - 1, n - arg as usize);
                }
                Op::BINARY_OP => {
                    // BINARY_OP_ADD_INT / BINARY_OP_SUBTRACT_INT (and their in-place forms) on
                    // machine-sized exact ints: the result takes the left operand's slot.
                    if arg == 0 || arg == 13 || arg == 10 || arg == 23 {
                        if let [.., Some(a), Some(b)] = &vm.stack[..] {
                            if let Some((x, y)) = longobject::small_pair(vm, a, b) {
                                if let Some(r) = if arg == 0 || arg == 13 { x.checked_add(y) } else { x.checked_sub(y) } {
                                    let r = vm.int(r);
                                    replace_operands(vm, r);
                                    continue;
                                }
                            }
                        }
                    }
                    let b = pop!(vm);
                    let a = pop!(vm);
                    // Fast path: two exact ints that fit in i64.
                    let ints = longobject::small_pair(vm, &a, &b);
                    let r = if let Some((x, y)) = ints {
                        // (`+`/`-` get here only when the machine-word result overflowed.)
                        let base_op = if arg >= 13 { arg - 13 } else { arg };
                        match base_op {
                            // int has no `@`: the generic path raises the TypeError.
                            4 => vm.binary_op(&a, &b, arg),
                            _ => longobject::small_op(vm, x, y, base_op),
                        }
                    } else {
                        // A float with a float or a small int: float arithmetic, the result
                        // stored in a consumed temporary when there is one.
                        match crate::objects::floatobject::binary_op_fast(vm, a, b, if arg >= 13 { arg - 13 } else { arg }) {
                            Ok(r) => r,
                            Err((a, b)) => vm.binary_op(&a, &b, arg),
                        }
                    };
                    let r = tri!(r);
                    vm.stack.push(Some(r));
                }
                Op::COMPARE_OP => {
                    // COMPARE_OP_INT: machine-sized exact ints, answered as CPython's
                    // specialised form does, from the comparison mask in the argument's low bits
                    // (2: less, 4: greater, 8: equal); the result takes the left operand's slot.
                    if let [.., Some(a), Some(b)] = &vm.stack[..] {
                        if let Some((x, y)) = longobject::small_pair(vm, a, b) {
                            let bit = 1u32 << (2 * u32::from(x >= y) + u32::from(x <= y));
                            let r = vm.bool(arg & bit != 0);
                            replace_operands(vm, r);
                            continue;
                        }
                    }
                    let b = pop!(vm);
                    let a = pop!(vm);
                    let cop = CmpOp::from_arg(arg >> 5);
                    let plain = |o: &ObjRef, vm: &Vm| o.is_exact(&vm.t.int) || o.is_exact(&vm.t.bool_);
                    let r = if let (Some(IntBody::Small(x)), Some(IntBody::Small(y)), true) = (a.downcast::<IntBody>(), b.downcast::<IntBody>(), plain(&a, vm) && plain(&b, vm)) {
                        vm.bool(cop.holds(x, y))
                    } else if let Some(t) = crate::objects::floatobject::compare_fast(vm, &a, &b, cop) {
                        vm.bool(t)
                    } else {
                        let r = tri!(vm.rich_compare(&a, &b, cop));
                        if arg & 16 != 0 {
                            let t = tri!(vm.is_true(&r));
                            vm.bool(t)
                        } else {
                            r
                        }
                    };
                    vm.stack.push(Some(r));
                }
                Op::IS_OP => {
                    let b = pop!(vm);
                    let a = pop!(vm);
                    vm.stack.push(Some(vm.bool(a.is(&b) != (arg == 1))));
                }
                Op::CONTAINS_OP => {
                    let b = pop!(vm);
                    let a = pop!(vm);
                    let r = tri!(vm.contains(&b, &a));
                    vm.stack.push(Some(vm.bool(r != (arg == 1))));
                }
                Op::TO_BOOL => {
                    let v = pop!(vm);
                    let t = tri!(vm.is_true(&v));
                    vm.stack.push(Some(vm.bool(t)));
                }
                Op::UNARY_NOT => {
                    let v = pop!(vm);
                    vm.stack.push(Some(vm.bool(!v.is(&vm.true_))));
                }
                Op::UNARY_NEGATIVE | Op::UNARY_INVERT => {
                    let v = pop!(vm);
                    let ty = v.type_of();
                    let (slot, sym) = if op == Op::UNARY_NEGATIVE { (tp(&ty).slots.nb_negative.get(), "-") } else { (tp(&ty).slots.nb_invert.get(), "~") };
                    match slot {
                        Some(f) => {
                            let r = tri!(f(vm, &v));
                            vm.stack.push(Some(r));
                        }
                        None => err!(vm.type_error(&format!("bad operand type for unary {}: '{}'", sym, tp(&ty).name()))),
                    }
                }
                Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                    let v = pop!(vm);
                    let t = v.is(&vm.true_);
                    if t == (op == Op::POP_JUMP_IF_TRUE) {
                        ip += arg as usize;
                    }
                }
                Op::POP_JUMP_IF_NONE | Op::POP_JUMP_IF_NOT_NONE => {
                    let v = pop!(vm);
                    let t = v.is(&vm.none);
                    if t == (op == Op::POP_JUMP_IF_NONE) {
                        ip += arg as usize;
                    }
                }
                Op::JUMP_FORWARD => ip += arg as usize,
                Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT => {
                    ip -= arg as usize;
                    if op == Op::JUMP_BACKWARD && vm.host.out_of_time() {
                        err!(vm.err(&vm.e.timeout_error.clone(), "pyref: the run's time budget is spent"));
                    }
                }
                Op::GET_ITER => {
                    let v = pop!(vm);
                    let it = tri!(vm.get_iter(&v));
                    vm.stack.push(Some(it));
                }
                Op::FOR_ITER => {
                    // FOR_ITER_RANGE: the iterator is read where it lies on the stack.
                    if let Some(r) = top!(vm).downcast::<RangeIterBody>() {
                        let left = r.left.get();
                        if left > 0 {
                            let v = r.next.get();
                            r.left.set(left - 1);
                            r.next.set(v.wrapping_add(r.step));
                            let x = vm.int(v);
                            vm.stack.push(Some(x));
                        } else {
                            vm.stack.pop();
                            ip += arg as usize + 2;
                        }
                        continue;
                    }
                    // FOR_ITER_LIST / FOR_ITER_TUPLE: the item read where the iterator lies.
                    let it = top!(vm);
                    if it.is_exact(&vm.t.list_iter) || it.is_exact(&vm.t.tuple_iter) {
                        if let Some(item) = icache::seq_iter_step(it) {
                            match item {
                                Some(x) => vm.stack.push(Some(x)),
                                None => {
                                    vm.stack.pop();
                                    ip += arg as usize + 2;
                                }
                            }
                            continue;
                        }
                    }
                    let it = it.clone();
                    if it.downcast::<GenBody>().is_some() {
                        cur_mut!().ip = ip;
                        let none = vm.none.clone();
                        if push_gen_frame(vm, &it, none, false).is_none() {
                            continue 'frames;
                        }
                    }
                    let next = tri!(vm.next(&it));
                    match next {
                        Some(x) => {
                            vm.stack.push(Some(x));
                        }
                        None => {
                            vm.stack.pop();
                            ip += arg as usize + 2;
                        }
                    }
                }
                Op::BUILD_LIST => {
                    let n = vm.stack.len() - arg as usize;
                    let items: Vec<ObjRef> = vm.stack.drain(n..).map(|x| x.unwrap()).collect();
                    vm.stack.push(Some(vm.list(items)));
                }
                Op::BUILD_TUPLE => {
                    let n = vm.stack.len() - arg as usize;
                    let items: Vec<ObjRef> = vm.stack.drain(n..).map(|x| x.unwrap()).collect();
                    vm.stack.push(Some(vm.tuple(items)));
                }
                Op::BUILD_MAP => {
                    let n = vm.stack.len() - 2 * arg as usize;
                    let items: Vec<ObjRef> = vm.stack.drain(n..).map(|x| x.unwrap()).collect();
                    let d = vm.new_dict();
                    for kv in items.chunks(2) {
                        tri!(vm.dict_set(&d, kv[0].clone(), kv[1].clone()));
                    }
                    vm.stack.push(Some(d));
                }
                Op::BUILD_CONST_KEY_MAP => {
                    let keys = pop!(vm);
                    let n = vm.stack.len() - arg as usize;
                    let vals: Vec<ObjRef> = vm.stack.drain(n..).map(|x| x.unwrap()).collect();
                    let d = vm.new_dict();
                    let ks = keys.downcast::<TupleBody>().unwrap().items.to_vec();
                    for (k, v) in ks.into_iter().zip(vals) {
                        tri!(vm.dict_set(&d, k, v));
                    }
                    vm.stack.push(Some(d));
                }
                Op::BUILD_STRING => {
                    let n = vm.stack.len() - arg as usize;
                    let b = crate::objects::str_body::join(None, vm.stack[n..].iter().flatten()).unwrap_or_else(|_| StrBody::from_ascii(b""));
                    vm.stack.truncate(n);
                    vm.stack.push(Some(vm.str_from_body(b)));
                }
                Op::LOAD_SUPER_ATTR => {
                    let name = cb.names[(arg >> 2) as usize].clone();
                    let self_ = pop!(vm);
                    let class = pop!(vm);
                    let global_super = pop!(vm);
                    let method = arg & 1 == 1;
                    let plain = global_super.is(&vm.t.super_) && class.downcast::<TypeObject>().is_some();
                    let found = if plain {
                        let obj_type = tri!(crate::objects::attrs::new_super(vm, &class, &self_).map(|s| {
                            s.downcast::<crate::objects::attrs::SuperBody>().unwrap().obj_type.clone().unwrap()
                        }));
                        tri!(crate::objects::attrs::super_lookup(vm, &class, &self_, &obj_type, &name))
                    } else {
                        None
                    };
                    let attr = match found {
                        Some(a) => a,
                        None => {
                            let args: Vec<ObjRef> = if arg & 2 != 0 { vec![class, self_] } else { vec![] };
                            let sup = tri!(vm.call(&global_super, &args, None));
                            tri!(vm.getattr(&sup, &name))
                        }
                    };
                    vm.stack.push(Some(attr));
                    if method {
                        vm.stack.push(None);
                    }
                }
                Op::MATCH_SEQUENCE => {
                    let r = pattern::is_sequence(vm, top!(vm));
                    vm.stack.push(Some(vm.bool(r)));
                }
                Op::MATCH_MAPPING => {
                    let r = pattern::is_mapping(vm, top!(vm));
                    vm.stack.push(Some(vm.bool(r)));
                }
                Op::MATCH_KEYS => {
                    let n = vm.stack.len();
                    let (subject, keys) = (vm.stack[n - 2].clone().unwrap(), vm.stack[n - 1].clone().unwrap());
                    let r = tri!(pattern::match_keys(vm, &subject, &keys));
                    vm.stack.push(Some(r));
                }
                Op::MATCH_CLASS => {
                    let names = pop!(vm);
                    let ty = pop!(vm);
                    let subject = pop!(vm);
                    let r = tri!(pattern::match_class(vm, &subject, &ty, arg as usize, &names));
                    vm.stack.push(Some(r.unwrap_or_else(|| vm.none.clone())));
                }
                Op::SETUP_ANNOTATIONS => {
                    let l = { let fr = cur!(); fr.locals.clone().unwrap_or_else(|| fr.globals.clone()) };
                    if tri!(vm.dict_get_str(&l, "__annotations__")).is_none() {
                        let d = vm.new_dict();
                        vm.dict_set_str(&l, "__annotations__", d);
                    }
                }
                Op::LOAD_LOCALS => {
                    match &cur!().locals.clone() {
                        Some(l) => vm.stack.push(Some(l.clone())),
                        None => {
                            let t = vm.system_error_or_runtime();
                            err!(vm.err(&t, "no locals found"))
                        }
                    }
                }
                Op::LOAD_FROM_DICT_OR_GLOBALS => {
                    let mapping = pop!(vm);
                    let name = cb.names[arg as usize].clone();
                    let mut v = tri!(vm.getitem_optional(&mapping, &name));
                    if v.is_none() {
                        v = tri!(vm.dict_get(&cur!().globals.clone(), &name));
                    }
                    if v.is_none() {
                        v = tri!(vm.dict_get(&cur!().builtins.clone(), &name));
                    }
                    match v {
                        Some(v) => vm.stack.push(Some(v)),
                        None => err!(name_error(vm, &name)),
                    }
                }
                Op::LOAD_FROM_DICT_OR_DEREF => {
                    let mapping = pop!(vm);
                    let name = vm.intern(&cb.code.localsplusnames[arg as usize]);
                    match tri!(vm.getitem_optional(&mapping, &name)) {
                        Some(v) => vm.stack.push(Some(v)),
                        None => {
                            let cell = vm.stack[base + arg as usize].clone().unwrap();
                            let v = cell.downcast::<CellBody>().and_then(|c| c.value.borrow().clone());
                            match v {
                                Some(v) => vm.stack.push(Some(v)),
                                None => {
                                    let n = cb.code.localsplusnames[arg as usize].to_string();
                                    let nm = vm.str(&n);
                                err!(crate::suggestions::name_error(vm, &format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"), &nm));
                                }
                            }
                        }
                    }
                }
                Op::GET_AITER => {
                    let v = pop!(vm);
                    let r = tri!(coro::get_aiter(vm, &v));
                    vm.stack.push(Some(r));
                }
                Op::GET_ANEXT => {
                    let v = top!(vm).clone();
                    let r = tri!(coro::get_anext(vm, &v));
                    vm.stack.push(Some(r));
                }
                Op::END_ASYNC_FOR => {
                    let e = pop!(vm);
                    if !coro::is_stop_async_iteration(vm, &e) {
                        vm.reraised_at = Some(cur!().lasti);
                        return Err(PyErr(e));
                    }
                    vm.stack.pop();
                }
                Op::CLEANUP_THROW => {
                    let e = pop!(vm);
                    if !is_subtype(&e.type_of(), &vm.e.stop_iteration) {
                        vm.reraised_at = Some(cur!().lasti);
                        return Err(PyErr(e));
                    }
                    vm.stack.pop();
                    vm.stack.pop();
                    let value = crate::objects::exceptions::member(vm, &e, "value").unwrap_or_else(|| vm.none.clone());
                    vm.stack.push(Some(vm.none.clone()));
                    vm.stack.push(Some(value));
                }
                Op::BEFORE_WITH | Op::BEFORE_ASYNC_WITH => {
                    let mgr = pop!(vm);
                    let (enter_name, exit_name, kind) =
                        if op == Op::BEFORE_WITH { ("__enter__", "__exit__", "") } else { ("__aenter__", "__aexit__", "asynchronous ") };
                    let Some(enter) = tri!(vm.lookup_special(&mgr, enter_name)) else {
                        err!(vm.type_error(&format!("'{}' object does not support the {kind}context manager protocol", vm.type_name(&mgr))));
                    };
                    let Some(exit) = tri!(vm.lookup_special(&mgr, exit_name)) else {
                        err!(vm.type_error(&format!(
                            "'{}' object does not support the {kind}context manager protocol (missed {exit_name} method)",
                            vm.type_name(&mgr)
                        )));
                    };
                    drop(mgr);
                    vm.stack.push(Some(exit));
                    let res = tri!(vm.call(&enter, &[], None));
                    vm.stack.push(Some(res));
                }
                Op::WITH_EXCEPT_START => {
                    // exit_func, lasti, previous exception, exception: call
                    // exit_func(type(exc), exc, traceback).
                    let n = vm.stack.len();
                    let val = vm.stack[n - 1].clone().unwrap();
                    let exit = vm.stack[n - 4].clone().unwrap();
                    let tb = match val.downcast::<ExcBody>() {
                        Some(e) => crate::objects::frameobject::exc_traceback(vm, e),
                        None => vm.none.clone(),
                    };
                    let args = [val.type_of(), val, tb];
                    let res = tri!(vm.call(&exit, &args, None));
                    vm.stack.push(Some(res));
                }
                Op::BUILD_SET => {
                    let n = vm.stack.len() - arg as usize;
                    let items: Vec<ObjRef> = vm.stack.drain(n..).map(|x| x.unwrap()).collect();
                    let s = crate::objects::setobject::new_set(vm, &vm.t.set.clone());
                    for x in items {
                        tri!(crate::objects::setobject::add(vm, &s, x));
                    }
                    vm.stack.push(Some(s));
                }
                Op::SET_ADD => {
                    let v = pop!(vm);
                    let s = vm.stack[vm.stack.len() - arg as usize].clone().unwrap();
                    tri!(crate::objects::setobject::add(vm, &s, v));
                }
                Op::SET_UPDATE => {
                    let v = pop!(vm);
                    let s = vm.stack[vm.stack.len() - arg as usize].clone().unwrap();
                    tri!(crate::objects::setobject::update(vm, &s, &v));
                }
                Op::LIST_APPEND => {
                    let v = pop!(vm);
                    let l = vm.stack[vm.stack.len() - arg as usize].clone().unwrap();
                    crate::objects::listobject::append(l.downcast::<ListBody>().unwrap(), v);
                }
                Op::LIST_EXTEND => {
                    let v = pop!(vm);
                    let l = vm.stack[vm.stack.len() - arg as usize].clone().unwrap();
                    if let Err(e) = crate::objects::listobject::extend(vm, &l, &v) {
                        if e.0.type_of().is(&vm.e.type_error) && tp(&v.type_of()).slots.iter.get().is_none() {
                            err!(vm.type_error(&format!("Value after * must be an iterable, not {}", vm.type_name(&v))));
                        }
                        err!(e);
                    }
                }
                Op::MAP_ADD => {
                    let v = pop!(vm);
                    let k = pop!(vm);
                    let d = vm.stack[vm.stack.len() - arg as usize].clone().unwrap();
                    tri!(vm.dict_set(&d, k, v));
                }
                Op::DICT_MERGE if !vm.stack.last().and_then(|v| v.as_ref()).is_some_and(|v| v.is_exact(&vm.t.dict)) || {
                    // Duplicate keys against the dict built so far need the message below.
                    let v = vm.stack.last().cloned().flatten().unwrap();
                    let d = vm.stack[vm.stack.len() - 1 - arg as usize].clone().unwrap();
                    let keys: Vec<ObjRef> = v.downcast::<DictBody>().unwrap().table.borrow().iter().map(|(k, _)| k.clone()).collect();
                    let mut dup = false;
                    for k in keys {
                        if tri!(vm.dict_get(&d, &k)).is_some() {
                            dup = true;
                        }
                    }
                    dup
                } => {
                    // `_PyEval_FormatKwargsError`: the callable sits below the dict being built.
                    let v = pop!(vm);
                    let n = vm.stack.len();
                    let d = vm.stack[n - arg as usize].clone().unwrap();
                    let func = vm.stack[n - arg as usize - 3].clone().unwrap();
                    let fname = crate::builtins::func_display_name(vm, &func);
                    if v.downcast::<DictBody>().is_none() && vm.getattr_str(&v, "keys").is_err() {
                        err!(vm.type_error(&format!("{} argument after ** must be a mapping, not {}", fname, vm.type_name(&v))));
                    }
                    // `PyDict_Merge`: a non-dict mapping's keys come from its `keys()`.
                    let keys = if v.downcast::<DictBody>().is_some() {
                        tri!(vm.collect(&v))
                    } else {
                        let kf = tri!(vm.getattr_str(&v, "keys"));
                        let ks = tri!(vm.call(&kf, &[], None));
                        tri!(vm.collect(&ks))
                    };
                    for k in keys {
                        if tri!(vm.dict_get(&d, &k)).is_some() {
                            let ks = vm.str_string(&k).unwrap_or_default();
                            err!(vm.type_error(&format!("{fname} got multiple values for keyword argument '{ks}'")));
                        }
                        let val = tri!(vm.getitem(&v, &k));
                        tri!(vm.dict_set(&d, k, val));
                    }
                }
                Op::DICT_UPDATE => {
                    let v = pop!(vm);
                    let d = vm.stack[vm.stack.len() - arg as usize].clone().unwrap();
                    if let Err(e) = crate::objects::dict_methods::merge(vm, &d, &v) {
                        if crate::objects::typeobject::is_subtype(&e.0.type_of(), &vm.e.attribute_error) {
                            err!(vm.type_error(&format!("'{}' object is not a mapping", vm.type_name(&v))));
                        }
                        err!(e);
                    }
                }
                Op::DICT_MERGE => {
                    let v = pop!(vm);
                    let d = vm.stack[vm.stack.len() - arg as usize].clone().unwrap();
                    let Some(src) = v.downcast::<DictBody>() else {
                        err!(vm.type_error(&format!("'{}' object is not a mapping", vm.type_name(&v))));
                    };
                    let items: Vec<(ObjRef, ObjRef)> = src.table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                    for (k, v) in items {
                        tri!(vm.dict_set(&d, k, v));
                    }
                }
                Op::CALL_INTRINSIC_1 => {
                    let v = pop!(vm);
                    let r = match arg {
                        5 => {
                            let ty = v.type_of();
                            match tp(&ty).slots.nb_positive.get() {
                                Some(f) => tri!(f(vm, &v)),
                                None => err!(vm.type_error(&format!("bad operand type for unary +: '{}'", tp(&ty).name()))),
                            }
                        }
                        2 => {
                            // INTRINSIC_IMPORT_STAR
                            let locals = vm.frames.last().and_then(|f| f.locals.clone());
                            let Some(locals) = locals else {
                                err!(vm.err(&vm.e.runtime_error.clone(), "no locals found during 'import *'"));
                            };
                            tri!(crate::import::import_star(vm, &v, &locals));
                            vm.none.clone()
                        }
                        6 => {
                            let items = v.downcast::<ListBody>().unwrap().items.borrow().clone();
                            vm.tuple(items)
                        }
                        3 => intrinsics::stopiteration_error(vm, cb.code.flags, v),
                        _ => tri!(intrinsics::call_1(vm, arg, v)),
                    };
                    vm.stack.push(Some(r));
                }
                Op::FORMAT_SIMPLE => {
                    let v = pop!(vm);
                    let s = tri!(crate::objects::str_type::format_simple(vm, &v));
                    vm.stack.push(Some(s));
                }
                Op::FORMAT_WITH_SPEC => {
                    let spec = pop!(vm);
                    let v = pop!(vm);
                    let s = tri!(crate::builtins::format(vm, &v, &spec));
                    vm.stack.push(Some(s));
                }
                Op::CONVERT_VALUE => {
                    let v = pop!(vm);
                    let r = match arg {
                        1 => tri!(vm.to_str(&v)),
                        2 => tri!(vm.repr(&v)),
                        _ => tri!(crate::builtins::ascii(vm, &v)),
                    };
                    vm.stack.push(Some(r));
                }
                Op::BINARY_SUBSCR => {
                    let k = pop!(vm);
                    let c = pop!(vm);
                    let r = tri!(vm.getitem(&c, &k));
                    vm.stack.push(Some(r));
                }
                Op::BUILD_SLICE => {
                    let step = if arg == 3 { pop!(vm) } else { vm.none.clone() };
                    let stop = pop!(vm);
                    let start = pop!(vm);
                    vm.stack.push(Some(crate::objects::sliceobject::new_slice(vm, start, stop, step)));
                }
                Op::BINARY_SLICE => {
                    let stop = pop!(vm);
                    let start = pop!(vm);
                    let c = pop!(vm);
                    let s = crate::objects::sliceobject::new_slice(vm, start, stop, vm.none.clone());
                    let r = tri!(vm.getitem(&c, &s));
                    vm.stack.push(Some(r));
                }
                Op::STORE_SLICE => {
                    let stop = pop!(vm);
                    let start = pop!(vm);
                    let c = pop!(vm);
                    let v = pop!(vm);
                    if c.downcast::<crate::objects::bytes_type::ByteArrayBody>().is_some() {
                        let len = tri!(vm.len(&c));
                        let none = vm.none.clone();
                        let sb = crate::objects::sliceobject::SliceBody { start, stop, step: none };
                        let (a, b, _, _) = tri!(crate::objects::sliceobject::indices(vm, &sb, len));
                        let (a, b) = (a.max(0) as usize, b.max(0) as usize);
                        tri!(crate::objects::bytes_type::store_slice(vm, &c, a, b.max(a), &v));
                    } else {
                        let s = crate::objects::sliceobject::new_slice(vm, start, stop, vm.none.clone());
                        tri!(vm.setitem(&c, &s, Some(v)));
                    }
                }
                Op::STORE_SUBSCR => {
                    let k = pop!(vm);
                    let c = pop!(vm);
                    let v = pop!(vm);
                    tri!(vm.setitem(&c, &k, Some(v)));
                }
                Op::DELETE_SUBSCR => {
                    let k = pop!(vm);
                    let c = pop!(vm);
                    tri!(vm.setitem(&c, &k, None));
                }
                Op::UNPACK_SEQUENCE => {
                    let v = pop!(vm);
                    let items = if let Some(t) = v.downcast::<TupleBody>() {
                        t.items.to_vec()
                    } else if let Some(l) = v.downcast::<ListBody>() {
                        l.items.borrow().clone()
                    } else {
                        let ty = v.type_of();
                        if tp(&ty).slots.iter.get().is_none() {
                            err!(vm.type_error(&format!("cannot unpack non-iterable {} object", tp(&ty).name())));
                        }
                        tri!(vm.collect(&v))
                    };
                    if items.len() != arg as usize {
                        if items.len() < arg as usize {
                            err!(vm.value_error(&format!("not enough values to unpack (expected {}, got {})", arg, items.len())));
                        }
                        err!(vm.value_error(&format!("too many values to unpack (expected {})", arg)));
                    }
                    for x in items.into_iter().rev() {
                        vm.stack.push(Some(x));
                    }
                }
                Op::UNPACK_EX => {
                    let v = pop!(vm);
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let (items, mid, tail) = tri!(crate::objects::listobject::unpack_ex(vm, &v, before, after));
                    for x in tail.into_iter().rev() {
                        vm.stack.push(Some(x));
                    }
                    vm.stack.push(Some(mid));
                    for x in items.into_iter().rev() {
                        vm.stack.push(Some(x));
                    }
                }
                Op::MAKE_FUNCTION => {
                    let c = pop!(vm);
                    let ccb = code_body(&c);
                    // The code's interned name objects, as CPython's co_name/co_qualname.
                    let qn = vm.intern(&ccb.code.qualname);
                    let name = vm.intern(&ccb.code.name);
                    let doc = match ccb.consts.first() {
                        // 3.13's PyFunction_New: the first constant when it is a str.
                        Some(d) if d.downcast::<StrBody>().is_some() => Some(d.clone()),
                        _ => None,
                    };
                    let module_key = vm.intern_static("__name__");
                    let module = tri!(vm.dict_get(&cur!().globals.clone(), &module_key));
                    let f = alloc(
                        &vm.t.function.clone(),
                        FunctionBody {
                            code: c.clone(),
                            globals: cur!().globals.clone(),
                            builtins: cur!().builtins.clone(),
                            name: RefCell::new(name),
                            qualname: RefCell::new(qn),
                            defaults: RefCell::new(None),
                            kwdefaults: RefCell::new(None),
                            closure: RefCell::new(None),
                            annotations: RefCell::new(None),
                            dict: RefCell::new(None),
                            module: RefCell::new(module),
                            doc: RefCell::new(doc),
                        },
                    );
                    vm.stack.push(Some(f));
                }
                Op::SET_FUNCTION_ATTRIBUTE => {
                    let f = pop!(vm);
                    let a = pop!(vm);
                    let fb = f.downcast::<FunctionBody>().unwrap();
                    match arg {
                        1 => *fb.defaults.borrow_mut() = Some(a),
                        2 => *fb.kwdefaults.borrow_mut() = Some(a),
                        4 => *fb.annotations.borrow_mut() = Some(a),
                        _ => *fb.closure.borrow_mut() = Some(a),
                    }
                    vm.stack.push(Some(f));
                }
                Op::RETURN_VALUE | Op::RETURN_CONST => {
                    let v = if op == Op::RETURN_VALUE { pop!(vm) } else { cb.consts[arg as usize].clone() };
                    let fr = pop_frame(vm);
                    vm.stack.truncate_inline(fr.ret_to);
                    if let Some(g) = fr.gen {
                        finish_gen(vm, &g);
                        drop(g);
                        if !fr.entry {
                            // The caller's FOR_ITER/SEND goes to its exhausted target, with the
                            // return value on the stack (END_FOR / END_SEND take it).
                            let caller = vm.frames.last_mut().unwrap();
                            caller.ip += code_body(&caller.code).instrs[caller.lasti].arg as usize;
                        }
                    }
                    if fr.entry {
                        return Ok(v);
                    }
                    if fr.init {
                        if !v.is(&vm.none) {
                            err!(vm.type_error(&format!("__init__() should return None, not '{}'", vm.type_name(&v))));
                        }
                        continue 'frames;
                    }
                    vm.stack.push(Some(v));
                    continue 'frames;
                }
                Op::CALL | Op::CALL_KW => {
                    if crate::objects::object::finalizers_pending() {
                        crate::objects::finalize::run_pending(vm);
                    }
                    if op == Op::CALL {
                        // CALL_PY_EXACT_ARGS / CALL_BOUND_METHOD_EXACT_ARGS: a Python function,
                        // or a method bound to one, whose parameters take the arguments one to
                        // one gets its frame in place, the callable staying in its slot.
                        let callable_ix = vm.stack.len() - arg as usize - 2;
                        if let Some((fb, fcb, nargs)) = exact_args_callee(vm, callable_ix, arg as usize) {
                            // SAFETY: the function is owned by the callable slot (directly or
                            // through the bound method there), which nothing below overwrites
                            // before the frame is entered; bodies never move.
                            let (fb, fcb) = unsafe { (&*fb, &*fcb) };
                            cur_mut!().ip = ip;
                            // The callable slot keeps the function (or the method holding it)
                            // until the frame is popped.
                            if !enter_in_place(vm, fb, fcb, nargs, callable_ix, Keep::Outside) {
                                tri!(recursion_check(vm));
                            }
                            continue 'frames;
                        }
                    }
                    let kwnames = if op == Op::CALL_KW { Some(pop!(vm)) } else { None };
                    let mut nargs = arg as usize;
                    let n = vm.stack.len();
                    let callable_ix = n - nargs - 2;
                    let mut args_start = n - nargs;
                    let callable = vm.stack[callable_ix].clone().unwrap();
                    let (func, self_present) = match &vm.stack[callable_ix + 1] {
                        Some(_) => (callable, true),
                        None => {
                            if let Some(m) = callable.downcast::<MethodBody>() {
                                // Unpack a bound method: self becomes the first argument.
                                let (f, s) = (m.func.clone(), m.self_.clone());
                                vm.stack[callable_ix + 1] = Some(s);
                                (f, true)
                            } else {
                                (callable, false)
                            }
                        }
                    };
                    if self_present {
                        args_start -= 1;
                        nargs += 1;
                    }
                    cur_mut!().ip = ip;
                    if func.downcast::<FunctionBody>().is_some() {
                        let fb = func.downcast::<FunctionBody>().unwrap();
                        let fcb = code_body(&fb.code);
                        let c = &fcb.code;
                        if kwnames.is_none() && binds_positionally(c, nargs) {
                            // The arguments become the callee's first locals, in place.
                            // The callable slot keeps the function (or the method holding it).
                            if !enter_in_place(vm, fb, fcb, nargs, callable_ix, Keep::Outside) {
                                tri!(recursion_check(vm));
                            }
                            continue 'frames;
                        }
                        let args: Vec<ObjRef> = vm.stack.drain(args_start..).map(|x| x.unwrap()).collect();
                        vm.stack.truncate(callable_ix);
                        let ret_to = callable_ix;
                        // Keep the callee's frame above the (now truncated) caller stack.
                        tri!(push_frame(vm, &func, args, kwnames.as_ref(), ret_to, false));
                        continue 'frames;
                    }
                    if !self_present && kwnames.is_none() {
                        if let Some(init) = icache::class_init(vm, &cb.icache[slot as usize], &func) {
                            let fb = init.downcast::<FunctionBody>().unwrap();
                            let fcb = code_body(&fb.code);
                            use crate::code::flags::*;
                            if binds_positionally(&fcb.code, nargs + 1) && fcb.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) == 0 {
                                // The class's __new__ is object's and its arguments were
                                // checked when the slot was filled: allocate, then run __init__
                                // with the instance as `self`, a copy of it staying below.
                                let new = tp(&func).slots.new.get().unwrap();
                                let obj = tri!(new(vm, &func, &[], None));
                                vm.stack[callable_ix] = Some(obj.clone());
                                vm.stack[callable_ix + 1] = Some(obj);
                                if enter_in_place(vm, fb, fcb, nargs + 1, callable_ix + 1, Keep::Func(init.clone())) {
                                    vm.frames.last_mut().unwrap().init = true;
                                    continue 'frames;
                                }
                                vm.stack[callable_ix] = Some(func.clone());
                                vm.stack[callable_ix + 1] = None;
                            }
                        }
                    }
                    // Up to three positional arguments travel in an array on the Rust stack
                    // (vectorcall's C array), not a Vec: `math.sqrt(x)`, `min(a, b)`, `float(v)`.
                    let r = match (vm.stack.len() - args_start, &kwnames) {
                        (1, None) => {
                            let a0 = pop!(vm);
                            vm.stack.truncate(callable_ix);
                            vm.call(&func, &[a0], None)
                        }
                        (2, None) => {
                            let a1 = pop!(vm);
                            let a0 = pop!(vm);
                            vm.stack.truncate(callable_ix);
                            vm.call(&func, &[a0, a1], None)
                        }
                        (3, None) => {
                            let a2 = pop!(vm);
                            let a1 = pop!(vm);
                            let a0 = pop!(vm);
                            vm.stack.truncate(callable_ix);
                            vm.call(&func, &[a0, a1, a2], None)
                        }
                        _ => {
                            let args: Vec<ObjRef> = vm.stack.drain(args_start..).map(|x| x.unwrap()).collect();
                            vm.stack.truncate(callable_ix);
                            vm.call(&func, &args, kwnames.as_ref())
                        }
                    };
                    let r = tri!(r);
                    vm.stack.push(Some(r));
                }
                Op::CALL_FUNCTION_EX => {
                    if crate::objects::object::finalizers_pending() {
                        crate::objects::finalize::run_pending(vm);
                    }
                    let kwargs = if arg & 1 == 1 { Some(pop!(vm)) } else { None };
                    let callargs = pop!(vm);
                    let self_or_null = vm.stack.pop().flatten();
                    let func = pop!(vm);
                    let mut args = match vm.collect(&callargs) {
                        Ok(a) => a,
                        Err(_) => {
                            let fname = crate::builtins::func_display_name(vm, &func);
                            err!(vm.type_error(&format!("{} argument after * must be an iterable, not {}", fname, vm.type_name(&callargs))));
                        }
                    };
                    if let Some(s) = self_or_null {
                        args.insert(0, s);
                    }
                    let mut kwn = None;
                    if let Some(kw) = kwargs {
                        let items: Vec<(ObjRef, ObjRef)> = kw.downcast::<DictBody>().unwrap().table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                        if !items.is_empty() {
                            let mut names = Vec::new();
                            for (k, v) in items {
                                if !vm.isinstance_exact_or_sub(&k, &vm.t.str_) {
                                    err!(vm.type_error("keywords must be strings"));
                                }
                                names.push(k);
                                args.push(v);
                            }
                            kwn = Some(vm.tuple(names));
                        }
                    }
                    cur_mut!().ip = ip;
                    let r = tri!(vm.call(&func, &args, kwn.as_ref()));
                    vm.stack.push(Some(r));
                }
                Op::RAISE_VARARGS => {
                    let (exc, cause) = match arg {
                        0 => match vm.exc_info.clone() {
                            Some(e) => {
                                // A bare `raise` re-raises: no traceback entry for this frame.
                                vm.reraised_at = Some(cur!().lasti);
                                return Err(PyErr(e));
                            }
                            None => err!(vm.err(&vm.e.runtime_error.clone(), "No active exception to reraise")),
                        },
                        1 => (pop!(vm), None),
                        _ => {
                            let c = pop!(vm);
                            (pop!(vm), Some(c))
                        }
                    };
                    let exc = tri!(make_exception(vm, exc));
                    if let Some(c) = cause {
                        let c = if c.is(&vm.none) { None } else { Some(tri!(make_cause(vm, c))) };
                        let eb = exc.downcast::<ExcBody>().unwrap();
                        *eb.cause.borrow_mut() = c;
                        eb.suppress_context.set(true);
                    }
                    err!(PyErr(exc));
                }
                Op::PUSH_EXC_INFO => {
                    let e = pop!(vm);
                    let prev = vm.exc_info.replace(e.clone()).unwrap_or_else(|| vm.none.clone());
                    vm.stack.push(Some(prev));
                    vm.stack.push(Some(e));
                }
                Op::POP_EXCEPT => {
                    let e = pop!(vm);
                    vm.exc_info = if e.is(&vm.none) { None } else { Some(e) };
                }
                Op::CHECK_EXC_MATCH => {
                    let t = pop!(vm);
                    let e = top!(vm).clone();
                    let r = tri!(exc_matches(vm, &e, &t));
                    vm.stack.push(Some(vm.bool(r)));
                }
                Op::GET_AWAITABLE => {
                    let v = pop!(vm);
                    let r = tri!(coro::get_awaitable(vm, &v, arg));
                    vm.stack.push(Some(r));
                }
                Op::CHECK_EG_MATCH => {
                    let t = pop!(vm);
                    let e = pop!(vm);
                    tri!(crate::objects::exceptiongroup::check_except_star_type(vm, &t));
                    let (m, rest) = tri!(crate::objects::exceptiongroup::group_match(vm, &e, &t));
                    if !m.is(&vm.none) {
                        vm.exc_info = Some(m.clone());
                    }
                    vm.stack.push(Some(rest));
                    vm.stack.push(Some(m));
                }
                Op::CALL_INTRINSIC_2 => {
                    let v1 = pop!(vm);
                    let v2 = pop!(vm);
                    let r = match arg {
                        1 => tri!(crate::objects::exceptiongroup::prep_reraise_star(vm, &v2, &v1)),
                        _ => tri!(intrinsics::call_2(vm, arg, v2, v1)),
                    };
                    vm.stack.push(Some(r));
                }
                Op::RERAISE => {
                    let e = pop!(vm);
                    vm.reraised_at = Some(cur!().lasti);
                    if arg != 0 {
                        let l = vm.stack[vm.stack.len() - arg as usize].clone().unwrap();
                        if let Some(i) = longobject::small_int(&l) {
                            cur_mut!().lasti = i as usize;
                        }
                    }
                    return Err(PyErr(e));
                }
                Op::LOAD_ASSERTION_ERROR => vm.stack.push(Some(vm.e.assertion_error.clone())),
                Op::LOAD_BUILD_CLASS => {
                    let v = tri!(vm.dict_get_str(&cur!().builtins.clone(), "__build_class__"));
                    match v {
                        Some(v) => vm.stack.push(Some(v)),
                        None => err!(vm.err(&vm.e.name_error.clone(), "__build_class__ not found")),
                    }
                }
                Op::GET_YIELD_FROM_ITER => {
                    let v = pop!(vm);
                    let it = if v.downcast::<GenBody>().is_some() { v } else { tri!(vm.get_iter(&v)) };
                    vm.stack.push(Some(it));
                }
                Op::SEND => {
                    let mut v = pop!(vm);
                    let recv = top!(vm).clone();
                    if recv.downcast::<GenBody>().is_some() {
                        cur_mut!().ip = ip;
                        match push_gen_frame(vm, &recv, v, true) {
                            None => continue 'frames,
                            Some(back) => v = back,
                        }
                    }
                    let r = if recv.downcast::<GenBody>().is_some() {
                        tri!(gen_resume(vm, &recv, v))
                    } else {
                        // A StopIteration from the receiver carries the result of the await.
                        let r = if v.is(&vm.none) {
                            intrinsics::send_next(vm, &recv)
                        } else {
                            let send = tri!(vm.getattr_str(&recv, "send"));
                            vm.call(&send, &[v], None).map(GenResult::Yield)
                        };
                        match r {
                            Err(e) if is_subtype(&e.0.type_of(), &vm.e.stop_iteration) => GenResult::Return(intrinsics::stop_iteration_value(vm, &e)),
                            r => tri!(r),
                        }
                    };
                    match r {
                        GenResult::Yield(x) => vm.stack.push(Some(x)),
                        GenResult::Return(x) => {
                            vm.stack.push(Some(x));
                            ip += arg as usize;
                        }
                    }
                }
                Op::IMPORT_NAME => {
                    let fromlist = pop!(vm);
                    let level = pop!(vm);
                    let name = cb.names[arg as usize].clone();
                    let m = tri!(crate::import::import_name(vm, &name, &fromlist, &level));
                    vm.stack.push(Some(m));
                }
                Op::IMPORT_FROM => {
                    let m = top!(vm).clone();
                    let name = cb.names[arg as usize].clone();
                    let v = tri!(crate::import::import_from(vm, &m, &name));
                    vm.stack.push(Some(v));
                }
                Op::GET_LEN => {
                    let v = top!(vm).clone();
                    let n = tri!(vm.len(&v));
                    vm.stack.push(Some(vm.int(n as i64)));
                }
                Op::RETURN_GENERATOR => {
                    // The frame moves into a new generator object, which is returned.
                    let mut fr = vm.frames.pop().unwrap();
                    // Owned before the callable slot (which may be what keeps them) goes.
                    let (code, globals, builtins) = (fr.code.clone(), fr.globals.clone(), fr.builtins.clone());
                    let values: Vec<Option<ObjRef>> = vm.stack.drain(fr.base..).collect();
                    vm.stack.truncate(fr.ret_to);
                    let (name, qualname) = (vm.str(&cb.code.name), vm.str(&cb.code.qualname));
                    let gen_type = if cb.code.flags & crate::code::flags::CO_COROUTINE != 0 {
                        vm.t.coroutine.clone()
                    } else if cb.code.flags & crate::code::flags::CO_ASYNC_GENERATOR != 0 {
                        vm.t.async_generator.clone()
                    } else {
                        vm.t.generator.clone()
                    };
                    let g = alloc(
                        &gen_type,
                        GenBody {
                            code,
                            globals,
                            builtins,
                            state: std::cell::Cell::new(GenState::Created),
                            ip: std::cell::Cell::new(ip),
                            frame: std::cell::Cell::new(None),
                            values: RefCell::new(values),
                            running: std::cell::Cell::new(false),
                            exc_state: std::cell::Cell::new(None),
                            name,
                            qualname,
                            ag_running_async: std::cell::Cell::new(false),
                            ag_closed: std::cell::Cell::new(false),
                        },
                    );
                    let entry = fr.entry;
                    fr.ip = ip;
                    gen::keep_frame(vm, &g, fr);
                    if entry {
                        return Ok(g);
                    }
                    vm.stack.push(Some(g));
                    continue 'frames;
                }
                Op::YIELD_VALUE => {
                    let v = pop!(vm);
                    if vm.gen_hold == fi + 1 {
                        // Driven from Rust (gen::Driver): the frame stays until it is resumed.
                        cur_mut!().ip = ip;
                        vm.yielded = true;
                        return Ok(v);
                    }
                    if !gen::suspend_frame(vm, ip, arg == 1) {
                        vm.stack.push(Some(v));
                        continue 'frames;
                    }
                    vm.yielded = true;
                    return Ok(v);
                }
                Op::RESERVED => {
                    let t = vm.system_error_or_runtime();
                    err!(vm.err(&t, "pyref: invalid bytecode (a step or jump leaves the code)"))
                },
                _ => {
                    err!(vm.err(&vm.e.not_implemented_error.clone(), &format!("pyref: opcode {} is not built yet", op.name())));
                }
            }
        }
    }
}

/// The object a `raise X` raises: an instance, or a class called with no arguments.
fn make_exception(vm: &mut Vm, exc: ObjRef) -> PyResult {
    if exc.downcast::<TypeObject>().is_some() {
        if is_subtype(&exc, &vm.e.base_exception) {
            let inst = vm.call(&exc, &[], None)?;
            if inst.downcast::<ExcBody>().is_none() {
                let r = vm.repr_string(&exc)?;
                return Err(vm.type_error(&format!("calling {} should have returned an instance of BaseException, not {}", r, vm.type_name(&inst))));
            }
            return Ok(inst);
        }
    } else if exc.downcast::<ExcBody>().is_some() {
        return Ok(exc);
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}
fn make_cause(vm: &mut Vm, c: ObjRef) -> PyResult {
    if c.downcast::<TypeObject>().is_some() && is_subtype(&c, &vm.e.base_exception) {
        return vm.call(&c, &[], None);
    }
    if c.downcast::<ExcBody>().is_some() {
        return Ok(c);
    }
    Err(vm.type_error("exception causes must derive from BaseException"))
}

fn exc_matches(vm: &mut Vm, e: &ObjRef, t: &ObjRef) -> PyResult<bool> {
    let check = |vm: &mut Vm, t: &ObjRef| -> PyResult<bool> {
        if t.downcast::<TypeObject>().is_none() || !is_subtype(t, &vm.e.base_exception) {
            return Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        Ok(is_subtype(&e.type_of(), t))
    };
    if let Some(tu) = t.downcast::<TupleBody>() {
        let items = tu.items.to_vec();
        let mut any = false;
        for x in &items {
            any |= check(vm, x)?;
        }
        return Ok(any);
    }
    check(vm, t)
}
