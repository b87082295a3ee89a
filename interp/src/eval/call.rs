//! Calling a Python function (Python/ceval.c `_PyEvalFramePushAndInit` and
//! `initialize_locals`, Objects/call.c `_PyFunction_Vectorcall`): binding arguments to a new
//! frame's locals with CPython's TypeError messages, and pushing the frame record.

use super::*;

/// `_PyFunction_Vectorcall` from Rust: pushes an entry frame and runs it to completion.
pub fn call_function(vm: &mut Vm, f: &ObjRef, args: &[ObjRef], kwnames: Option<&ObjRef>) -> PyResult {
    c_entry_check(vm)?;
    let ret_to = vm.stack.len();
    if kwnames.is_some() || !push_simple_frame(vm, f, args) {
        push_frame(vm, f, args.to_vec(), kwnames, ret_to, true)?;
    }
    run_entered(vm, run)
}

/// The C-budget check of an entry of the eval loop from native code
/// (`_PyEval_EvalFrameDefault`'s `_Py_EnterRecursiveCallTstate(tstate, "")`), made before the
/// entry frame is pushed.
#[inline]
pub(super) fn c_entry_check(vm: &mut Vm) -> PyResult<()> {
    if vm.recursion_depth.get() >= crate::vm::C_RECURSION_LIMIT {
        return Err(vm.err(&vm.e.recursion_error.clone(), "maximum recursion depth exceeded"));
    }
    Ok(())
}

/// Runs the loop (`f`) from native code, holding the C budget's units for the entry.
#[inline]
pub(super) fn run_entered(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult) -> PyResult {
    let d = vm.recursion_depth.get();
    vm.recursion_depth.set(d + crate::vm::EVAL_C_UNITS);
    let r = f(vm);
    vm.recursion_depth.set(d);
    r
}

/// Whether one more Python frame may start (`_Py_EnterRecursivePy`: frames running on the
/// thread against `sys.getrecursionlimit()`).
#[inline(always)]
pub(super) fn py_depth_full(vm: &Vm) -> bool {
    vm.frames.len() >= vm.recursion_limit
}

pub(super) fn recursion_check(vm: &mut Vm) -> PyResult<()> {
    if py_depth_full(vm) {
        return Err(vm.err(&vm.e.recursion_error.clone(), "maximum recursion depth exceeded"));
    }
    Ok(())
}

/// Pushes the frame record of a call of `fb` whose locals (arguments bound) start at `base` in
/// the data stack, after putting the closure's cells in its free-variable slots
/// (`_PyFrame_Initialize` and COPY_FREE_VARS's source). `keep` owns the function, or is
/// `Keep::Outside` when the caller's callable slot does.
#[inline(always)]
fn enter_frame(vm: &mut Vm, fb: &FunctionBody, cb: &CodeBody, base: usize, ret_to: usize, entry: bool, keep: Keep) {
    if cb.nfrees > 0 {
        copy_free_vars(vm, fb, cb, base);
    }
    let p = vm.frames.spare_slot();
    // SAFETY: `p` is the frame stack's spare slot; every field is written, then counted. The
    // function's code, globals and builtins are never replaced, and the function outlives the
    // record (owned by `keep`, or by whoever `keep` says, as the callers ensure).
    unsafe {
        use std::ptr::addr_of_mut;
        addr_of_mut!((*p).code).write(Held::new(&fb.code));
        addr_of_mut!((*p).globals).write(Held::new(&fb.globals));
        addr_of_mut!((*p).builtins).write(Held::new(&fb.builtins));
        addr_of_mut!((*p).keep).write(keep);
        addr_of_mut!((*p).locals).write(None);
        addr_of_mut!((*p).base).write(base);
        addr_of_mut!((*p).ret_to).write(ret_to);
        addr_of_mut!((*p).ip).write(cb.entry_ip);
        addr_of_mut!((*p).lasti).write(0);
        addr_of_mut!((*p).entry).write(entry);
        addr_of_mut!((*p).init).write(false);
        addr_of_mut!((*p).gen).write(None);
        addr_of_mut!((*p).fobj).write(None);
        vm.frames.commit_one();
    }
}

/// The closure's cells go into the new frame's free-variable slots.
#[inline(never)]
fn copy_free_vars(vm: &mut Vm, fb: &FunctionBody, cb: &CodeBody, base: usize) {
    if let Some(cl) = fb.closure.borrow().as_ref() {
        for (i, cell) in cl.downcast::<TupleBody>().unwrap().items.iter().enumerate() {
            vm.stack[base + cb.cell_start + i] = Some(cell.clone());
        }
    }
}

/// Whether a call of code `c` with `nargs` positional arguments and no keywords binds them
/// one to one (no defaults needed, no `*args`/`**kwargs`/keyword-only parameters).
#[inline]
pub(super) fn binds_positionally(c: &crate::code::Code, nargs: usize) -> bool {
    use crate::code::flags::*;
    c.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0 && c.kwonlyargcount == 0 && c.argcount as usize == nargs
}

/// The guard of CALL_PY_EXACT_ARGS / CALL_BOUND_METHOD_EXACT_ARGS for a call of `nargs`
/// arguments whose callable is at `callable_ix`: a Python function, or a method bound to one,
/// whose parameters take the arguments one to one. Gives the function's body, its code's and
/// the count with `self`, after putting a bound method's `self` in the slot above the
/// callable (which held NULL); None, touching nothing, for any other call. The pointers are
/// good while the callable slot holds the callable.
#[inline(always)]
pub(super) fn exact_args_callee(vm: &mut Vm, callable_ix: usize, nargs: usize) -> Option<(*const FunctionBody, *const CodeBody, usize)> {
    let c = vm.stack[callable_ix].as_ref()?;
    let self_present = vm.stack[callable_ix + 1].is_some();
    let (fb, nargs, bound) = match c.downcast::<FunctionBody>() {
        Some(fb) => (fb, nargs + self_present as usize, None),
        None if !self_present => {
            let m = c.downcast::<MethodBody>()?;
            (m.func.downcast::<FunctionBody>()?, nargs + 1, Some(&m.self_))
        }
        None => return None,
    };
    // SAFETY: a function's code is a code object: MAKE_FUNCTION takes it from the constants
    // and `types.FunctionType` checks it, and it is never replaced.
    let cb = unsafe { fb.code.downcast_unchecked::<CodeBody>() };
    if !binds_positionally(&cb.code, nargs) {
        return None;
    }
    let found = (fb as *const FunctionBody, cb as *const CodeBody, nargs);
    if let Some(s) = bound.cloned() {
        vm.stack[callable_ix + 1] = Some(s);
    }
    Some(found)
}

/// Pushes a frame of `fb` whose `nargs` arguments are already the top of the value stack (the
/// in-place path of CALL, and of the calls LOAD_ATTR_PROPERTY and CALL_ALLOC_AND_ENTER_INIT
/// make); false when the recursion limit is reached (nothing pushed).
#[inline(always)]
pub(super) fn enter_in_place(vm: &mut Vm, fb: &FunctionBody, cb: &CodeBody, nargs: usize, ret_to: usize, keep: Keep) -> bool {
    if py_depth_full(vm) {
        return false;
    }
    let base = vm.stack.len() - nargs;
    for _ in nargs..cb.code.nlocalsplus() {
        vm.stack.push(None);
    }
    enter_frame(vm, fb, cb, base, ret_to, false, keep);
    true
}

/// The entry frame of a call of `f` with exactly its positional parameters and nothing else
/// (no defaults needed, no `*args`/`**kwargs`/keyword-only, not a generator): the arguments are
/// copied straight into the new frame's locals. False (nothing pushed) when the call is not of
/// that kind or the recursion limit is reached; `push_frame` then does the general binding.
fn push_simple_frame(vm: &mut Vm, f: &ObjRef, args: &[ObjRef]) -> bool {
    let Some(fb) = f.downcast::<FunctionBody>() else { return false };
    let cb = code_body(&fb.code);
    let c = &cb.code;
    use crate::code::flags::*;
    if c.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0
        || c.kwonlyargcount != 0
        || c.argcount as usize != args.len()
        || py_depth_full(vm)
    {
        return false;
    }
    let base = vm.stack.len();
    for a in args {
        vm.stack.push(Some(a.clone()));
    }
    for _ in args.len()..c.nlocalsplus() {
        vm.stack.push(None);
    }
    enter_frame(vm, fb, cb, base, base, true, Keep::Func(f.clone()));
    true
}

/// Binds `args` (positional, then keyword values named by `kwnames`) to a new frame of `f`
/// placed at the top of the data stack (`initialize_locals` in ceval.c).
pub(super) fn push_frame(vm: &mut Vm, f: &ObjRef, args: Vec<ObjRef>, kwnames: Option<&ObjRef>, ret_to: usize, entry: bool) -> PyResult<()> {
    recursion_check(vm)?;
    let fb = f.downcast::<FunctionBody>().unwrap();
    let cb = code_body(&fb.code);
    let n = cb.code.nlocalsplus();
    let base = vm.stack.len();
    vm.stack.resize(base + n, None);
    if let Err(e) = bind_args(vm, fb, cb, base, args, kwnames) {
        vm.stack.truncate(ret_to);
        return Err(e);
    }
    enter_frame(vm, fb, cb, base, ret_to, entry, Keep::Func(f.clone()));
    Ok(())
}

fn qualname_of(fb: &FunctionBody) -> String {
    fb.qualname.borrow().downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default()
}


fn bind_args(vm: &mut Vm, fb: &FunctionBody, cb: &CodeBody, base: usize, mut args: Vec<ObjRef>, kwnames: Option<&ObjRef>) -> PyResult<()> {
    let c = &cb.code;
    let argcount = c.argcount as usize;
    let kwonly = c.kwonlyargcount as usize;
    let posonly = c.posonlyargcount as usize;
    let varargs = c.flags & crate::code::flags::CO_VARARGS != 0;
    let varkw = c.flags & crate::code::flags::CO_VARKEYWORDS != 0;
    let nkw = kwnames.map(|k| k.downcast::<TupleBody>().unwrap().items.len()).unwrap_or(0);
    let kwvals = args.split_off(args.len() - nkw);
    let npos = args.len();
    let total = argcount + kwonly;
    let mut kwdict = None;
    if varkw {
        let d = vm.new_dict();
        vm.stack[base + total + varargs as usize] = Some(d.clone());
        kwdict = Some(d);
    }
    if varargs {
        let extra = if npos > argcount { args.split_off(argcount) } else { Vec::new() };
        vm.stack[base + total] = Some(vm.tuple(extra));
    } else if npos > argcount {
        let defaults = fb.defaults.borrow().as_ref().map(|d| d.downcast::<TupleBody>().unwrap().items.len()).unwrap_or(0);
        let kwgiven = match kwnames {
            Some(k) => k.downcast::<TupleBody>().unwrap().items.iter().filter(|n| c.localsplusnames[..total].iter().any(|p| **p == *n.downcast::<StrBody>().unwrap().text())).count(),
            None => 0,
        };
        let takes = if defaults > 0 { format!("from {} to {} positional arguments", argcount - defaults, argcount) } else { format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" }) };
        let given = if kwgiven > 0 {
            format!("{} positional argument{} (and {} keyword-only argument{}) were given", npos, if npos == 1 { "" } else { "s" }, kwgiven, if kwgiven == 1 { "" } else { "s" })
        } else {
            format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
        };
        return Err(vm.type_error(&format!("{}() takes {} but {}", qualname_of(fb), takes, given)));
    }
    for (i, a) in args.into_iter().enumerate() {
        vm.stack[base + i] = Some(a);
    }
    if let Some(k) = kwnames {
        let names = k.downcast::<TupleBody>().unwrap().items.to_vec();
        for (name, val) in names.iter().zip(kwvals) {
            let ns = name.downcast::<StrBody>().unwrap().text().into_owned();
            let pos = c.localsplusnames[..total].iter().position(|p| **p == *ns);
            match pos {
                Some(i) if i >= posonly => {
                    if vm.stack[base + i].is_some() {
                        return Err(vm.type_error(&format!("{}() got multiple values for argument '{}'", qualname_of(fb), ns)));
                    }
                    vm.stack[base + i] = Some(val);
                }
                _ => match &kwdict {
                    Some(d) => vm.dict_set(d, name.clone(), val)?,
                    None => {
                        if pos.is_some() {
                            // Every positional-only parameter passed by keyword is named.
                            let bad: Vec<String> = names
                                .iter()
                                .filter_map(|n| n.downcast::<StrBody>().map(|s| s.text().into_owned()))
                                .filter(|n| c.localsplusnames[..posonly].iter().any(|p| **p == **n))
                                .collect();
                            return Err(vm.type_error(&format!(
                                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                                qualname_of(fb),
                                bad.join(", ")
                            )));
                        }
                        // `_Py_CalculateSuggestions` over the keyword-passable parameter names.
                        let cands: Vec<String> = if total > posonly {
                            c.localsplusnames[posonly..total]
                                .iter()
                                .map(|n| n.to_string())
                                .collect()
                        } else {
                            Vec::new()
                        };
                        if let Some(sug) = crate::suggestions::calculate(&cands, &ns) {
                            return Err(vm.type_error(&format!(
                                "{}() got an unexpected keyword argument '{}'. Did you mean '{}'?",
                                qualname_of(fb),
                                ns,
                                sug
                            )));
                        }
                        return Err(vm.type_error(&format!("{}() got an unexpected keyword argument '{}'", qualname_of(fb), ns)));
                    }
                },
            }
        }
    }
    // Defaults for missing positionals.
    let defaults: Vec<ObjRef> = fb.defaults.borrow().as_ref().map(|d| d.downcast::<TupleBody>().unwrap().items.to_vec()).unwrap_or_default();
    let first_default = argcount - defaults.len();
    let mut missing = Vec::new();
    for i in 0..argcount {
        if vm.stack[base + i].is_none() {
            if i >= first_default {
                vm.stack[base + i] = Some(defaults[i - first_default].clone());
            } else {
                missing.push(c.localsplusnames[i].to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(&format!("{}() missing {} required positional argument{}: {}", qualname_of(fb), missing.len(), if missing.len() == 1 { "" } else { "s" }, name_list(&missing))));
    }
    let kwdefaults = fb.kwdefaults.borrow().clone();
    for i in argcount..total {
        if vm.stack[base + i].is_none() {
            let name = cb.localsplusnames[i].clone();
            let d = match &kwdefaults {
                Some(kd) => vm.dict_get(kd, &name)?,
                None => None,
            };
            match d {
                Some(v) => vm.stack[base + i] = Some(v),
                None => missing.push(c.localsplusnames[i].to_string()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(&format!("{}() missing {} required keyword-only argument{}: {}", qualname_of(fb), missing.len(), if missing.len() == 1 { "" } else { "s" }, name_list(&missing))));
    }
    Ok(())
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}
