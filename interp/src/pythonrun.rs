//! Running a program as `__main__` (Python/pythonrun.c `_PyRun_SimpleFileObject`, with the exit
//! path of Python/pylifecycle.c `Py_FinalizeEx`) and the `sizeof` stage's table; and syntax
//! errors met at run time (Python/pythonrun.c, Python/errors.c `PyErr_SyntaxLocationObject`): a
//! parser or compiler error from `compile()`, `exec()`, `eval()` or an import becomes the Python
//! `SyntaxError` (or IndentationError, TabError) CPython raises, with its `msg`, `filename`,
//! `lineno`, `offset`, `text`, `end_lineno` and `end_offset`. The built-ins themselves live in
//! `exec.rs` and `namespaces.rs`.

use crate::code::Code;
use crate::eval::{make_code, run_module, traceback};
use crate::objects::bodies::*;
use crate::objects::longobject;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::vm::Vm;
use std::rc::Rc;

/// A parser or compiler error as the Python exception CPython raises.
pub fn syntax_error(vm: &mut Vm, e: &crate::parser::error::SyntaxError, filename: &str, src: &str) -> PyErr {
    let attrs = e.attributes(src);
    build(vm, e, filename, attrs)
}

/// A syntax error from compiling a string (`compile()`, `exec()`, `ast.parse`): a tokenizer
/// error's `text` is the line without its newline (read back from the tokenizer's buffers), and
/// a compiler error's `text` comes from the file named `filename` only
/// (`PyErr_ProgramTextObject`), so it is None for `"<string>"`-like names.
pub fn string_syntax_error(vm: &mut Vm, e: &crate::parser::error::SyntaxError, filename: &str, src: &str, from_compiler: bool) -> PyErr {
    let mut attrs = e.attributes(src);
    if from_compiler {
        let line = std::fs::read(filename)
            .ok()
            .and_then(|b| String::from_utf8_lossy(&b).split_inclusive('\n').nth((attrs.0 as usize).wrapping_sub(1)).map(|l| l.to_string()));
        attrs.4 = line.map(|l| if l.ends_with('\n') { l } else { format!("{l}\n") });
    } else if (e.raised_by_tokenizer || e.eof_in_bracket.is_some()) && e.text.is_none() {
        if let Some(t) = attrs.4.as_mut() {
            if t.ends_with('\n') {
                t.pop();
            }
        }
    }
    build(vm, e, filename, attrs)
}

fn build(vm: &mut Vm, e: &crate::parser::error::SyntaxError, filename: &str, attrs: (u32, i64, u32, i64, Option<String>)) -> PyErr {
    let (lineno, offset, end_lineno, end_offset, text) = attrs;
    let b = vm.builtins.clone();
    let class = vm.dict_get_str(&b, e.kind.name()).ok().flatten().unwrap_or_else(|| vm.e.value_error.clone());
    if e.kind == crate::parser::error::ErrorKind::Memory {
        // `PyErr_SetString(PyExc_MemoryError, ...)`: the message alone, no location.
        let args = vec![vm.str(&e.msg)];
        return PyErr(vm.new_exception(&class, args));
    }
    let text = match text {
        Some(t) => vm.str(&t),
        None => vm.none.clone(),
    };
    let details = vec![vm.str(filename), vm.int(lineno as i64), vm.int(offset), text, vm.int(end_lineno as i64), vm.int(end_offset)];
    let args = vec![vm.str(&e.msg), vm.tuple(details)];
    PyErr(vm.new_exception(&class, args))
}

/// Runs a program's module code as `__main__` (Python/pythonrun.c `_PyRun_SimpleFileObject`):
/// an uncaught exception prints its traceback to stderr and gives exit status 1; `SystemExit`
/// gives its code. Returns the exit status.
pub fn run_main(host: &mut crate::host::Host, code: Rc<Code>, source: &str, argv: Vec<String>) -> i32 {
    run_main_with(host, code, source, argv, false)
}

/// The `sizeof` stage (scripts/sizeof_table.py): runs the program with its output discarded,
/// then prints `name: <type qualname> <sys.getsizeof>` for each module global not starting
/// with `__`, and `! ExceptionName` if the program raised.
pub fn run_sizeof(host: &mut crate::host::Host, code: Rc<Code>, source: &str, argv: Vec<String>) -> i32 {
    run_main_with(host, code, source, argv, true)
}

fn run_main_with(host: &mut crate::host::Host, code: Rc<Code>, source: &str, argv: Vec<String>, sizeof: bool) -> i32 {
    let saved = if sizeof {
        use std::io::Write;
        let _ = host.stdout.flush();
        Some((std::mem::replace(&mut host.stdout, Box::new(std::io::sink())), std::mem::replace(&mut host.stderr, Box::new(std::io::sink()))))
    } else {
        None
    };
    let mut vm = Vm::new(host);
    vm.argv = argv;
    // linecache can read a program back from its file (and 3.13 registers `-c`'s `<string>`),
    // but not from `<stdin>`: tracebacks and warnings there show no source lines.
    if &*code.filename != "<stdin>" {
        vm.sources.borrow_mut().insert(code.filename.to_string(), source.to_string());
    }
    let co = make_code(&mut vm, code.clone());
    let globals = crate::import::main_module(&mut vm, &code.filename);
    let r = run_module(&mut vm, &co, &globals);
    if let Some((out, err)) = saved {
        let mut lines = String::new();
        let items: Vec<(ObjRef, ObjRef)> = globals.downcast::<DictBody>().unwrap().table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in items {
            let Some(ks) = k.downcast::<StrBody>() else { continue };
            let name = ks.text().into_owned();
            if name.starts_with("__") {
                continue;
            }
            let ty = v.type_of();
            let q = tp(&ty).qualname.borrow().clone();
            // As `sys.getsizeof`: a class's own `__sizeof__` first.
            let n = match crate::modules::sys_frames::user_sizeof(&mut vm, &v) {
                Ok(Some(n)) => n as usize,
                _ => crate::objects::sizes::sizeof(&mut vm, &v),
            };
            lines.push_str(&format!("{name}: {q} {n}\n"));
        }
        if let Err(PyErr(e)) = &r {
            lines.push_str(&format!("! {}\n", tp(&e.type_of()).name()));
        }
        // The table's process then exits as any other: its streams are flushed at exit, with
        // what that prints still discarded, and a failure gives status 120.
        crate::modules::sys_streams::flush_io(&mut vm);
        crate::objects::finalize::run_pending(&mut vm);
        let status = if crate::modules::sys_streams::flush_std_files(&mut vm) { 0 } else { 120 };
        vm.host.stdout = out;
        vm.host.stderr = err;
        vm.write_stdout(&lines);
        use std::io::Write;
        let _ = vm.host.stdout.flush();
        return status;
    }
    crate::modules::sys_streams::flush_io(&mut vm);
    let mut status = match r {
        Ok(_) => 0,
        Err(PyErr(exc)) => handle_uncaught(&mut vm, &exc),
    };
    // `Py_FinalizeEx` flushes the standard streams first; a failure there makes the exit
    // status 120 (`Py_RunMain`, `Py_Exit`).
    crate::objects::finalize::run_pending(&mut vm);
    if !crate::modules::sys_streams::flush_std_files(&mut vm) {
        status = 120;
    }
    use std::io::Write;
    if vm.host.exit_after_run && exit_runs_no_code(&vm, &globals) {
        // Nothing the shutdown would free can run code: leave it all to the operating system
        // (bench/hello.py: the two collections at exit were 10% of its instructions).
        let _ = vm.host.stdout.flush();
        let _ = vm.host.stderr.flush();
        std::process::exit(status);
    }
    // The module's code (and what its inline caches hold) is not part of what the exit keeps
    // alive: CPython's finished frame has let go of it.
    drop(co);
    drop(code);
    crate::objects::finalize::clear_main(&mut vm, &globals);
    drop(globals);
    let _ = vm.host.stdout.flush();
    if vm.host.exit_after_run {
        let _ = vm.host.stderr.flush();
        // A real process ends here: the interpreter's heap, its thread's locals and the thread
        // itself are left to the operating system (this saved 5% of bench/hello.py's
        // instructions).
        std::process::exit(status);
    }
    status
}

/// Whether the shutdown (`clear_main`: collections, clearing `__main__`) could run Python code
/// or print anything: not when no `gc.callbacks` are registered, `__main__`'s keys are exact
/// strs (no `__eq__`/`__hash__` of a str subclass runs while it is cleared), and no object that
/// could be freed has a finalizer ([`crate::objects::gc::finalizers_possible`]).
fn exit_runs_no_code(vm: &Vm, globals: &ObjRef) -> bool {
    let callbacks = vm.modules.gc.callbacks.borrow().as_ref().is_some_and(|c| c.downcast::<ListBody>().map_or(true, |l| l.items.try_borrow().map_or(true, |l| !l.is_empty())));
    let plain_keys = globals.downcast::<DictBody>().is_some_and(|d| d.table.try_borrow().is_ok_and(|t| t.iter().all(|(k, _)| k.is_exact(&vm.t.str_))));
    !callbacks && plain_keys && !crate::objects::gc::finalizers_possible()
}

fn handle_uncaught(vm: &mut Vm, exc: &ObjRef) -> i32 {
    if is_subtype(&exc.type_of(), &vm.e.system_exit) {
        let args = exc.downcast::<ExcBody>().unwrap().args.borrow().clone();
        let items = args.downcast::<TupleBody>().unwrap().items.to_vec();
        let code = match items.len() {
            0 => vm.none.clone(),
            1 => items[0].clone(),
            _ => args.clone(),
        };
        if code.is(&vm.none) {
            return 0;
        }
        if let Some(i) = longobject::small_int(&code) {
            return i as i32;
        }
        let s = vm.str_string(&code).unwrap_or_default();
        crate::modules::sys_streams::write_stderr(vm, &format!("{s}\n"));
        return 1;
    }
    let text = traceback::format_exception(vm, exc);
    crate::modules::sys_streams::write_stderr(vm, &text);
    1
}

/// Runs `pyref -c source` with captured streams and returns its stdout, checking that it wrote
/// nothing to stderr and exited with status 0: how unit tests run a small program.
#[cfg(test)]
pub fn run_ok(source: &str) -> String {
    let (mut host, out, err) = crate::host::Host::captured("/tmp/case");
    let status = crate::cli::main_with(&["-c".to_string(), source.to_string()], &mut host);
    drop(host);
    assert_eq!(String::from_utf8_lossy(&err.contents()), "");
    assert_eq!(status, 0);
    String::from_utf8_lossy(&out.contents()).into_owned()
}
