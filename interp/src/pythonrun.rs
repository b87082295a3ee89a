//! Running source text from inside a program (Python/pythonrun.c, and the `compile`, `exec`,
//! `eval`, `globals`, `locals`, `vars` and `dir` functions of Python/bltinmodule.c): the string
//! goes through pyref's own tokenizer, parser and compiler, and a syntax error becomes the
//! Python `SyntaxError` CPython raises, with its attributes.

use crate::code::kinds;
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::{tp, PyErr, PyResult, TypeObject};
use crate::vm::Vm;

/// The compile modes `compile()` accepts.
fn mode_of(vm: &Vm, s: &str) -> PyResult<(crate::parser::Mode, crate::compile::codegen::Mode)> {
    use crate::compile::codegen::Mode as C;
    use crate::parser::Mode as P;
    match s {
        "exec" => Ok((P::Exec, C::Exec)),
        "eval" => Ok((P::Eval, C::Eval)),
        "single" => Ok((P::Single, C::Single)),
        _ => Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    }
}

/// A parser or compiler error as the Python exception CPython raises.
fn syntax_error(vm: &mut Vm, e: &crate::parser::error::SyntaxError, filename: &str, src: &str) -> PyErr {
    let (lineno, offset, end_lineno, end_offset, text) = e.attributes(src);
    let b = vm.builtins.clone();
    let class = vm.dict_get_str(&b, e.kind.name()).ok().flatten().unwrap_or_else(|| vm.e.value_error.clone());
    let text = match text {
        Some(t) => vm.str(&t),
        None => vm.none.clone(),
    };
    let details = vec![vm.str(filename), vm.int(lineno as i64), vm.int(offset), text, vm.int(end_lineno as i64), vm.int(end_offset)];
    let args = vec![vm.str(&e.msg), vm.tuple(details)];
    PyErr(vm.new_exception(&class, args))
}

/// `compile(source, filename, mode)` for source text: a code object.
pub fn compile_text(vm: &mut Vm, src: &[u8], filename: &str, mode: &str) -> PyResult {
    let (pmode, cmode) = mode_of(vm, mode)?;
    let parsed = crate::parser::parse(src, pmode, false);
    let tree = match parsed.result {
        Ok(t) => t,
        Err(e) => return Err(syntax_error(vm, &e, filename, &parsed.text)),
    };
    match crate::compile::codegen::compile_ast(tree, filename, cmode, 0) {
        Ok(code) => {
            vm.sources.borrow_mut().entry(filename.to_string()).or_insert_with(|| parsed.text.clone());
            Ok(crate::eval::make_code(vm, code))
        }
        Err(ce) => {
            use crate::parser::error::{ErrorKind, SyntaxError};
            let se = SyntaxError::new(ErrorKind::Syntax, ce.msg, ce.lineno, ce.col as i64, ce.end_lineno, ce.end_col as i64);
            Err(syntax_error(vm, &se, filename, &parsed.text))
        }
    }
}

/// The source text of a `str` or bytes-like argument.
fn source_bytes(vm: &Vm, o: &ObjRef, func: &str) -> PyResult<Vec<u8>> {
    if let Some(s) = o.downcast::<StrBody>() {
        let t = s.text().into_owned();
        if t.contains('\0') {
            return Err(vm.err(&vm.e.value_error, "source code string cannot contain null bytes"));
        }
        return Ok(t.into_bytes());
    }
    Err(vm.type_error(&format!("{func}() arg 1 must be a string, bytes or code object")))
}

/// The calling frame's globals.
fn current_globals(vm: &Vm) -> Option<ObjRef> {
    vm.frames.last().map(|f| f.globals.clone())
}

/// `locals()` of the calling frame: its mapping (module and class bodies) or a snapshot of its
/// fast locals and cells.
pub fn current_locals(vm: &mut Vm) -> PyResult {
    let Some(fr) = vm.frames.last() else { return Ok(vm.new_dict()) };
    if let Some(l) = &fr.locals {
        return Ok(l.clone());
    }
    let code = fr.code.clone();
    let base = fr.base;
    let cb = code.downcast::<CodeBody>().unwrap();
    let d = vm.new_dict();
    for (i, name) in cb.code.localsplusnames.iter().enumerate() {
        let kind = cb.code.localspluskinds[i];
        let Some(v) = vm.stack[base + i].clone() else { continue };
        let v = if kind & (kinds::CO_FAST_CELL | kinds::CO_FAST_FREE) != 0 {
            match v.downcast::<CellBody>().map(|c| c.value.borrow().clone()) {
                Some(Some(x)) => x,
                Some(None) => continue,
                None => v,
            }
        } else {
            v
        };
        if kind & kinds::CO_FAST_HIDDEN != 0 {
            continue;
        }
        let k = vm.intern(name);
        vm.dict_set(&d, k, v)?;
    }
    Ok(d)
}

fn arg_or_none<'a>(vm: &'a Vm, a: &'a [ObjRef], i: usize) -> Option<&'a ObjRef> {
    a.get(i).filter(|x| !x.is(&vm.none))
}

/// The namespace pair `exec`/`eval` run in.
fn namespaces(vm: &mut Vm, a: &[ObjRef], func: &str) -> PyResult<(ObjRef, ObjRef)> {
    let globals = match arg_or_none(vm, a, 1) {
        Some(g) => {
            if g.downcast::<DictBody>().is_none() {
                let what = if func == "exec" { "exec() globals must be a dict, not" } else { "globals must be a real dict; try eval(expr, {}, mapping)" };
                return Err(vm.type_error(&if func == "exec" { format!("{what} {}", vm.type_name(g)) } else { what.to_string() }));
            }
            g.clone()
        }
        None => current_globals(vm).unwrap_or_else(|| vm.new_dict()),
    };
    let locals = match arg_or_none(vm, a, 2) {
        Some(l) => l.clone(),
        None if arg_or_none(vm, a, 1).is_some() => globals.clone(),
        None => current_locals(vm)?,
    };
    if vm.dict_get_str(&globals, "__builtins__")?.is_none() {
        let b = vm.builtins.clone();
        vm.dict_set_str(&globals, "__builtins__", b);
    }
    Ok((globals, locals))
}

fn run_source(vm: &mut Vm, a: &[ObjRef], func: &str, mode: &str) -> PyResult {
    if a.is_empty() || a.len() > 3 {
        return Err(vm.type_error(&format!("{func} expected at least 1 argument, got {}", a.len())));
    }
    let code = if a[0].downcast::<CodeBody>().is_some() {
        a[0].clone()
    } else {
        let src = source_bytes(vm, &a[0], func)?;
        // eval() strips leading spaces and tabs (builtin_eval_impl).
        let src: Vec<u8> = if mode == "eval" { src.into_iter().skip_while(|&c| c == b' ' || c == b'\t').collect() } else { src };
        compile_text(vm, &src, "<string>", mode)?
    };
    let (globals, locals) = namespaces(vm, a, func)?;
    let r = crate::eval::run_code(vm, &code, &globals, &locals)?;
    Ok(if func == "exec" { vm.none.clone() } else { r })
}

fn b_exec(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    run_source(vm, a, "exec", "exec")
}

fn b_eval(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    run_source(vm, a, "eval", "eval")
}

fn b_compile(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let nkw = kw.and_then(|k| k.downcast::<TupleBody>().map(|t| t.items.len())).unwrap_or(0);
    let pos = &a[..a.len() - nkw];
    let mut args: Vec<Option<ObjRef>> = pos.iter().cloned().map(Some).collect();
    args.resize(6, None);
    if let Some(k) = kw.and_then(|k| k.downcast::<TupleBody>()) {
        for (i, name) in k.items.iter().enumerate() {
            let n = name.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
            let at = match n.as_str() {
                "source" => 0,
                "filename" => 1,
                "mode" => 2,
                "flags" => 3,
                "dont_inherit" => 4,
                "optimize" => 5,
                _ => return Err(vm.type_error(&format!("compile() got an unexpected keyword argument '{n}'"))),
            };
            args[at] = Some(a[pos.len() + i].clone());
        }
    }
    let (Some(source), Some(filename), Some(mode)) = (args[0].clone(), args[1].clone(), args[2].clone()) else {
        return Err(vm.type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let filename = vm.str_string(&filename)?;
    let mode = vm.str_string(&mode)?;
    let src = source_bytes(vm, &source, "compile")?;
    compile_text(vm, &src, &filename, &mode)
}

fn b_globals(vm: &mut Vm, _a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    Ok(current_globals(vm).unwrap_or_else(|| vm.new_dict()))
}

fn b_locals(vm: &mut Vm, _a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    current_locals(vm)
}

fn b_vars(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    match a.len() {
        0 => current_locals(vm),
        1 => match vm.getattr_str(&a[0], "__dict__") {
            Ok(d) => Ok(d),
            Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
        n => Err(vm.type_error(&format!("vars expected at most 1 argument, got {n}"))),
    }
}

/// `dir()`: the sorted names of the current scope, or of an object (its `__dict__`, its
/// class and the class's bases; for a class, its MRO's dicts).
fn b_dir(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let mut names: Vec<String> = Vec::new();
    let add_dict = |vm: &mut Vm, d: &ObjRef, names: &mut Vec<String>| {
        if let Some(db) = d.downcast::<DictBody>() {
            for (k, _) in db.table.borrow().iter() {
                if let Some(s) = k.downcast::<StrBody>() {
                    names.push(s.text().into_owned());
                }
            }
        }
        let _ = vm;
    };
    match a.len() {
        0 => {
            let l = current_locals(vm)?;
            add_dict(vm, &l, &mut names);
        }
        1 => {
            let o = &a[0];
            if let Some(f) = vm.lookup_special(o, "__dir__")?.filter(|f| f.downcast::<MethodBody>().is_some()) {
                let r = vm.call(&f, &[], None)?;
                let items = vm.collect(&r)?;
                let list = vm.list(items);
                let sorted = vm.getattr_str(&list, "sort")?;
                vm.call(&sorted, &[], None)?;
                return Ok(list);
            }
            let types: Vec<ObjRef> = if o.downcast::<TypeObject>().is_some() {
                tp(o).mro.borrow().clone()
            } else {
                if let Some(d) = crate::objects::slots::instance_dict(o) {
                    add_dict(vm, &d, &mut names);
                }
                tp(&o.type_of()).mro.borrow().clone()
            };
            for t in types {
                let d = tp(&t).dict.borrow().clone();
                if let Some(d) = d {
                    add_dict(vm, &d, &mut names);
                }
            }
        }
        n => return Err(vm.type_error(&format!("dir expected at most 1 argument, got {n}"))),
    }
    names.sort();
    names.dedup();
    let items = names.iter().map(|n| vm.str(n)).collect();
    Ok(vm.list(items))
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    let fns: [(&'static str, NativeFn); 7] = [
        ("exec", b_exec),
        ("eval", b_eval),
        ("compile", b_compile),
        ("globals", b_globals),
        ("locals", b_locals),
        ("vars", b_vars),
        ("dir", b_dir),
    ];
    for (name, f) in fns {
        let o = vm.builtin_fn(name, f, None);
        vm.dict_set_str(&b, name, o);
    }
}
