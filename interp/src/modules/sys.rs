//! The `sys` module (Python/sysmodule.c): argv, exit, stdout/stderr, recursion limit,
//! getsizeof, maxsize, version facts.

use crate::objects::bodies::*;
use crate::objects::object::{alloc, ObjRef};
use crate::objects::typeobject::*;
use crate::vm::Vm;

fn sys_exit(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if args.len() > 1 {
        return Err(vm.type_error(&format!("exit expected at most 1 argument, got {}", args.len())));
    }
    // `PyErr_SetObject(PyExc_SystemExit, status)`: None gives no arguments, a tuple is the
    // argument tuple itself.
    let a = match args.first() {
        None => Vec::new(),
        Some(s) if s.is(&vm.none) => Vec::new(),
        Some(s) if s.is_exact(&vm.t.tuple) => s.downcast::<TupleBody>().unwrap().items.to_vec(),
        Some(s) => vec![s.clone()],
    };
    let e = vm.new_exception(&vm.e.system_exit.clone(), a);
    Err(PyErr(e))
}
fn getrecursionlimit(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    Ok(vm.int(vm.recursion_limit as i64))
}
fn setrecursionlimit(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    match args.first().and_then(crate::objects::longobject::small_int) {
        Some(n) if n >= 1 && (vm.frames.len() as i64) >= n => Err(vm.err(
            &vm.e.recursion_error.clone(),
            &format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.frames.len()),
        )),
        Some(n) if n >= 1 => {
            vm.recursion_limit = n as usize;
            Ok(vm.none.clone())
        }
        Some(_) => Err(vm.value_error("recursion limit must be greater or equal than 1")),
        None => match args.first() {
            Some(a) if a.downcast::<IntBody>().is_some() => Err(vm.err(&vm.e.overflow_error.clone(), "Python int too large to convert to C int")),
            Some(a) => Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(a)))),
            None => Err(vm.type_error("setrecursionlimit() takes exactly one argument (0 given)")),
        },
    }
}
fn getsizeof(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let Some(o) = args.first() else { return Err(vm.type_error("getsizeof() missing required argument 'object' (pos 1)")) };
    match super::sys_frames::user_sizeof(vm, o) {
        Ok(Some(n)) => Ok(vm.int(n)),
        Ok(None) => {
            let n = crate::objects::sizes::sizeof(vm, o);
            Ok(vm.int(n as i64))
        }
        // With a default, a TypeError gives the default (`sys_getsizeof_impl`).
        Err(e) if args.len() > 1 && is_subtype(&e.0.type_of(), &vm.e.type_error) => Ok(args[1].clone()),
        Err(e) => Err(e),
    }
}
fn stream_write(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    use std::io::Write;
    let fd = args[0].downcast::<StreamBody>().map(|s| s.fd).unwrap_or(1);
    let Some(s) = args.get(1).and_then(|a| a.downcast::<StrBody>()) else {
        let tn = args.get(1).map(|a| vm.type_name(a)).unwrap_or_default();
        return Err(vm.type_error(&format!("write() argument must be str, not {tn}")));
    };
    let text = s.text().into_owned();
    let n = s.nchars();
    if fd == 2 {
        let _ = vm.host.stderr.write_all(text.as_bytes());
    } else {
        crate::modules::sys_streams::host_write_stdout(vm, &text)?;
    }
    Ok(vm.int(n as i64))
}
fn stream_flush(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if args[0].downcast::<StreamBody>().map(|s| s.fd) == Some(1) {
        crate::modules::sys_streams::host_flush_stdout(vm)?;
    }
    Ok(vm.none.clone())
}

pub fn make(vm: &mut Vm) -> ObjRef {
    let m = super::new_module(vm, "sys");
    let d = m.downcast::<ModuleBody>().unwrap().dict.clone();
    if vm.modules.sys_dict.is_none() {
        vm.modules.sys_dict = Some(d.clone());
    }
    let argv: Vec<ObjRef> = vm.argv.clone().iter().map(|a| vm.str(a)).collect();
    let argv = vm.list(argv);
    vm.dict_set_str(&d, "argv", argv);
    for (name, f) in [
        ("exit", sys_exit as NativeFn),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("getsizeof", getsizeof),
    ] {
        let o = vm.builtin_fn(name, f, None);
        vm.dict_set_str(&d, name, o);
    }
    let st = vm.t.stream.clone();
    let out = alloc(&st, StreamBody { fd: 1 });
    let err = alloc(&st, StreamBody { fd: 2 });
    vm.dict_set_str(&d, "stdout", out.clone());
    vm.dict_set_str(&d, "stderr", err.clone());
    vm.dict_set_str(&d, "__stdout__", out);
    vm.dict_set_str(&d, "__stderr__", err);
    let mx = vm.int(i64::MAX);
    vm.dict_set_str(&d, "maxsize", mx);
    let bo = vm.str("little");
    vm.dict_set_str(&d, "byteorder", bo);
    let pl = vm.str("linux");
    vm.dict_set_str(&d, "platform", pl);
    let hv = vm.int(0x030d00f0);
    vm.dict_set_str(&d, "hexversion", hv);
    let vi: Vec<ObjRef> = vec![vm.int(3), vm.int(13), vm.int(0), vm.str("final"), vm.int(0)];
    let vi = vm.tuple(vi);
    vm.dict_set_str(&d, "version_info", vi);
    super::sys_flags::add(vm, &d);
    super::sys_numbers::add(vm, &d);
    super::sys_frames::add(vm, &d);
    let mods = crate::import::sys_modules(vm);
    vm.dict_set_str(&mods, "sys", m.clone());
    vm.dict_set_str(&d, "modules", mods);
    let path = crate::import::sys_path(vm);
    vm.dict_set_str(&d, "path", path);
    // One installation prefix, as a plain (non-virtual-environment) CPython has.
    let prefix = vm.host.prefix.display().to_string();
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        let s = vm.str(&prefix);
        vm.dict_set_str(&d, name, s);
    }
    let warnoptions = vm.list(Vec::new());
    vm.dict_set_str(&d, "warnoptions", warnoptions);
    m
}

pub fn install_types(vm: &mut Vm) {
    let st = vm.t.stream.clone();
    for (name, f) in [("write", stream_write as NativeFn), ("flush", stream_flush)] {
        let o = alloc(&vm.t.method_descr.clone(), MethodDescrBody { name, f, owner: st.clone() });
        vm.type_set(&st, name, o);
    }
}
