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
    if fd == 0 {
        return Err(unsupported(vm, "not writable"));
    }
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
    let inp = alloc(&st, StreamBody { fd: 0 });
    vm.dict_set_str(&d, "stdin", inp.clone());
    vm.dict_set_str(&d, "__stdin__", inp);
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
    for (name, f) in [
        ("write", stream_write as NativeFn),
        ("flush", stream_flush),
        ("read", stream_read),
        ("readline", stream_readline),
        ("readlines", stream_readlines),
        ("fileno", stream_fileno),
        ("readable", stream_readable),
        ("writable", stream_writable),
    ] {
        let o = alloc(&vm.t.method_descr.clone(), MethodDescrBody { name, f, owner: st.clone() });
        vm.type_set(&st, name, o);
    }
    tp(&st).slots.iter.set(Some(|_vm, o| Ok(o.clone())));
    tp(&st).slots.iternext.set(Some(stream_next));
}

fn stream_fd(o: &ObjRef) -> u8 {
    o.downcast::<StreamBody>().map_or(1, |s| s.fd)
}

/// `io.UnsupportedOperation(what)` (an OSError and a ValueError).
fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    let cls = crate::import::import_abs(vm, "io").and_then(|io| {
        let n = vm.intern("UnsupportedOperation");
        vm.getattr(&io, &n)
    });
    match cls {
        Ok(c) => {
            let a = vm.str(what);
            match vm.call(&c, &[a], None) {
                Ok(e) => PyErr(e),
                Err(e) => e,
            }
        }
        Err(e) => e,
    }
}

fn readable(vm: &mut Vm, o: &ObjRef) -> PyResult<()> {
    if stream_fd(o) == 0 {
        Ok(())
    } else {
        Err(unsupported(vm, "not readable"))
    }
}

/// `TextIOWrapper.read(size=-1, /)` on standard input.
fn stream_read(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    readable(vm, &args[0])?;
    let n = match args.get(1) {
        None => None,
        Some(a) if a.is(&vm.none) => None,
        Some(a) => match crate::objects::longobject::small_int(a) {
            Some(n) if n < 0 => None,
            Some(n) => Some(n as usize),
            None => return Err(vm.type_error(&format!("argument should be integer or None, not '{}'", vm.type_name(a)))),
        },
    };
    let s = super::sys_streams::stdin_read(vm, n)?;
    Ok(vm.str(&s))
}

/// `TextIOWrapper.readline(size=-1, /)` on standard input: a negative size reads the whole line.
fn stream_readline(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let size = match args.get(1) {
        None => None,
        Some(a) => {
            // The `Py_ssize_t` converter: `__index__`, OverflowError beyond a machine word.
            let i = crate::objects::longobject::index(vm, a)?;
            let n = crate::objects::longobject::small_int(&i)
                .ok_or_else(|| vm.err(&vm.e.overflow_error.clone(), "Python int too large to convert to C ssize_t"))?;
            usize::try_from(n).ok()
        }
    };
    readable(vm, &args[0])?;
    let s = super::sys_streams::stdin_readline(vm, size)?;
    Ok(vm.str(&s))
}

fn stream_readlines(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    readable(vm, &args[0])?;
    let mut lines = Vec::new();
    loop {
        let s = super::sys_streams::stdin_readline(vm, None)?;
        if s.is_empty() {
            break;
        }
        lines.push(vm.str(&s));
    }
    Ok(vm.list(lines))
}

/// Iterating standard input yields its lines.
fn stream_next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    readable(vm, o)?;
    let s = super::sys_streams::stdin_readline(vm, None)?;
    Ok(if s.is_empty() { None } else { Some(vm.str(&s)) })
}

fn stream_fileno(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    Ok(vm.int(stream_fd(&args[0]) as i64))
}
fn stream_readable(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    Ok(vm.bool(stream_fd(&args[0]) == 0))
}
fn stream_writable(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    Ok(vm.bool(stream_fd(&args[0]) != 0))
}
