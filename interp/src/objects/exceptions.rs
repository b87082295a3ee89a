//! The members built-in exception types add to BaseException (Objects/exceptions.c):
//! `StopIteration.value`, `SystemExit.code`, `NameError.name`, `AttributeError.name`/`obj`,
//! `ImportError.name`/`path`/`msg`, `OSError.errno`/`strerror`/`filename`/`filename2`,
//! set from the constructor's arguments as each type's `__init__` does. The runtime sets
//! `name`/`obj` itself where CPython's C code does (failed name and attribute lookups).

use super::bodies::*;
use super::object::ObjRef;
use super::typeobject::{is_subtype, tp};
use crate::vm::Vm;

fn first_or_none(vm: &Vm, args: &[ObjRef]) -> ObjRef {
    args.first().cloned().unwrap_or_else(|| vm.none.clone())
}

/// The members an exception of type `ty` gets from positional `args`.
pub fn members_from_args(vm: &Vm, ty: &ObjRef, args: &[ObjRef]) -> Vec<(&'static str, ObjRef)> {
    let e = &vm.e;
    let none = || vm.none.clone();
    if is_subtype(ty, &e.stop_iteration) {
        return vec![("value", first_or_none(vm, args))];
    }
    if is_subtype(ty, &e.system_exit) {
        let code = match args.len() {
            0 => none(),
            1 => args[0].clone(),
            _ => vm.tuple(args.to_vec()),
        };
        return vec![("code", code)];
    }
    if is_subtype(ty, &e.name_error) {
        return vec![("name", none())];
    }
    if is_subtype(ty, &e.attribute_error) {
        return vec![("name", none()), ("obj", none())];
    }
    if is_subtype(ty, &e.import_error) {
        let msg = if args.len() == 1 { args[0].clone() } else { none() };
        return vec![("msg", msg), ("name", none()), ("path", none()), ("name_from", none())];
    }
    if tp(ty).has_flag(super::typeobject::tpflags::HEAPTYPE) && super::exceptiongroup::is_group_type(ty) {
        return super::exceptiongroup::members_from_args(vm, args);
    }
    if let Some(m) = syntax_error_members(vm, ty, args) {
        return m;
    }
    if is_subtype(ty, &e.os_error) {
        let (errno, strerror, filename, filename2) = if (2..=5).contains(&args.len()) {
            (args[0].clone(), args[1].clone(), args.get(2).cloned().unwrap_or_else(none), args.get(4).cloned().unwrap_or_else(none))
        } else {
            (none(), none(), none(), none())
        };
        return vec![("errno", errno), ("strerror", strerror), ("filename", filename), ("filename2", filename2)];
    }
    Vec::new()
}

/// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
fn syntax_error_members(vm: &Vm, ty: &ObjRef, args: &[ObjRef]) -> Option<Vec<(&'static str, ObjRef)>> {
    // The built-in SyntaxError (a static type) somewhere on the MRO: a short walk, without a
    // builtins lookup on every exception created.
    let is_syntax_error = tp(ty).mro.borrow().iter().any(|t| {
        let t = tp(t);
        !t.has_flag(super::typeobject::tpflags::HEAPTYPE) && *t.name.borrow() == "SyntaxError"
    });
    if !is_syntax_error {
        return None;
    }
    let none = || vm.none.clone();
    let mut m: Vec<(&'static str, ObjRef)> = ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]
        .into_iter()
        .map(|n| (n, none()))
        .collect();
    if let Some(msg) = args.first() {
        m[0].1 = msg.clone();
    }
    if args.len() == 2 {
        if let Some(t) = args[1].downcast::<TupleBody>() {
            for (i, v) in t.items.iter().take(6).enumerate() {
                m[i + 1].1 = v.clone();
            }
        }
    }
    Some(m)
}

/// errno values whose OSError is one of the subclasses (`OSError(2, ...)` is a
/// FileNotFoundError), as Objects/exceptions.c maps them on Linux.
const ERRNO_CLASSES: &[(i64, &str)] = &[
    (11, "BlockingIOError"), (114, "BlockingIOError"), (115, "BlockingIOError"),
    (10, "ChildProcessError"),
    (32, "BrokenPipeError"), (108, "BrokenPipeError"),
    (103, "ConnectionAbortedError"), (111, "ConnectionRefusedError"), (104, "ConnectionResetError"),
    (17, "FileExistsError"), (2, "FileNotFoundError"), (21, "IsADirectoryError"), (20, "NotADirectoryError"),
    (4, "InterruptedError"), (13, "PermissionError"), (1, "PermissionError"), (3, "ProcessLookupError"),
    (110, "TimeoutError"),
];

/// `OSError.__new__`: with 2 to 5 arguments and a known errno, an instance of the matching
/// subclass.
pub fn os_error_new(vm: &mut Vm, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> super::typeobject::PyResult {
    let nkw = kw.and_then(|k| k.downcast::<TupleBody>()).map_or(0, |t| t.items.len());
    let args = &args[..args.len() - nkw];
    let mut ty = ty.clone();
    if ty.is(&vm.e.os_error) && (2..=5).contains(&args.len()) {
        if let Some(errno) = args[0].downcast::<IntBody>().and_then(|i| i.small()) {
            if let Some((_, name)) = ERRNO_CLASSES.iter().find(|(n, _)| *n == errno) {
                let b = vm.builtins.clone();
                if let Ok(Some(t)) = vm.dict_get_str(&b, name) {
                    ty = t;
                }
            }
        }
    }
    Ok(vm.new_exception(&ty, args.to_vec()))
}

/// `OSError.__str__`: `[Errno N] strerror: 'filename'` when those members are set.
pub fn os_error_str(vm: &mut Vm, o: &ObjRef) -> super::typeobject::PyResult {
    let get = |n: &str| member(vm, o, n).filter(|v| !v.is(&vm.none));
    let (errno, strerror, f1, f2) = (get("errno"), get("strerror"), get("filename"), get("filename2"));
    if let (Some(errno), Some(strerror)) = (errno, strerror) {
        let (en, se) = (vm.str_string(&errno)?, vm.str_string(&strerror)?);
        let text = match (f1, f2) {
            (Some(a), Some(b)) => format!("[Errno {en}] {se}: {} -> {}", vm.repr_string(&a)?, vm.repr_string(&b)?),
            (Some(a), None) => format!("[Errno {en}] {se}: {}", vm.repr_string(&a)?),
            _ => format!("[Errno {en}] {se}"),
        };
        return Ok(vm.str(&text));
    }
    super::slots::exc_str(vm, o)
}

/// `SyntaxError.__str__`: `msg (file.py, line N)`.
pub fn syntax_error_str(vm: &mut Vm, o: &ObjRef) -> super::typeobject::PyResult {
    let get = |vm: &Vm, n: &str| member(vm, o, n).filter(|v| !v.is(&vm.none));
    let msg = match get(vm, "msg") {
        Some(m) => vm.str_string(&m)?,
        None => return super::slots::exc_str(vm, o),
    };
    let file = get(vm, "filename").and_then(|f| f.downcast::<StrBody>().map(|s| s.text().into_owned()));
    let file = file.map(|f| f.rsplit('/').next().unwrap_or(&f).to_string());
    let line = get(vm, "lineno").and_then(|l| l.downcast::<IntBody>().and_then(|i| i.small()));
    let text = match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    };
    Ok(vm.str(&text))
}

/// Reads member `name` of an exception, if its type has one.
pub fn member(_vm: &Vm, o: &ObjRef, name: &str) -> Option<ObjRef> {
    let e = o.downcast::<ExcBody>()?;
    let m = e.members.borrow();
    m.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())
}

/// Sets member `name` (when the type has it); false otherwise.
pub fn set_member(o: &ObjRef, name: &str, v: ObjRef) -> bool {
    let Some(e) = o.downcast::<ExcBody>() else { return false };
    let mut m = e.members.borrow_mut();
    match m.iter_mut().find(|(n, _)| *n == name) {
        Some(slot) => {
            slot.1 = v;
            true
        }
        None => false,
    }
}

/// The built-in exception classes beyond those the runtime raises itself (vm.e), as
/// (name, base, basicsize): the rest of 3.13's hierarchy, created at start-up and placed in
/// builtins. Bases come before their subclasses.
const MORE: &[(&str, &str, usize)] = &[
    ("FloatingPointError", "ArithmeticError", 72),
    ("BufferError", "Exception", 72),
    ("EOFError", "Exception", 72),
    ("MemoryError", "Exception", 72),
    ("ReferenceError", "Exception", 72),
    ("SystemError", "Exception", 72),
    ("StopAsyncIteration", "Exception", 72),
    ("PythonFinalizationError", "RuntimeError", 72),
    ("SyntaxError", "Exception", 136),
    ("IndentationError", "SyntaxError", 136),
    ("TabError", "IndentationError", 136),
    ("UnicodeDecodeError", "UnicodeError", 112),
    ("UnicodeEncodeError", "UnicodeError", 112),
    ("UnicodeTranslateError", "UnicodeError", 112),
    ("BlockingIOError", "OSError", 112),
    ("ChildProcessError", "OSError", 112),
    ("ConnectionError", "OSError", 112),
    ("BrokenPipeError", "ConnectionError", 112),
    ("ConnectionAbortedError", "ConnectionError", 112),
    ("ConnectionRefusedError", "ConnectionError", 112),
    ("ConnectionResetError", "ConnectionError", 112),
    ("FileExistsError", "OSError", 112),
    ("FileNotFoundError", "OSError", 112),
    ("InterruptedError", "OSError", 112),
    ("IsADirectoryError", "OSError", 112),
    ("NotADirectoryError", "OSError", 112),
    ("PermissionError", "OSError", 112),
    ("ProcessLookupError", "OSError", 112),
    ("Warning", "Exception", 72),
    ("BytesWarning", "Warning", 72),
    ("DeprecationWarning", "Warning", 72),
    ("EncodingWarning", "Warning", 72),
    ("FutureWarning", "Warning", 72),
    ("ImportWarning", "Warning", 72),
    ("PendingDeprecationWarning", "Warning", 72),
    ("ResourceWarning", "Warning", 72),
    ("RuntimeWarning", "Warning", 72),
    ("SyntaxWarning", "Warning", 72),
    ("UnicodeWarning", "Warning", 72),
    ("UserWarning", "Warning", 72),
];

/// `BaseException.add_note(note)`: appends to the `__notes__` list, creating it.
fn m_add_note(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> super::typeobject::PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(&format!("BaseException.add_note() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let (o, note) = (&args[0], &args[1]);
    if !is_subtype(&note.type_of(), &vm.t.str_) {
        return Err(vm.type_error(&format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let name = vm.intern("__notes__");
    let notes = match vm.getattr(o, &name) {
        Ok(n) => n,
        Err(e) if is_subtype(&e.0.type_of(), &vm.e.attribute_error) => {
            let l = vm.list(Vec::new());
            vm.setattr(o, &name, Some(l.clone()))?;
            l
        }
        Err(e) => return Err(e),
    };
    match notes.downcast::<ListBody>() {
        Some(l) => l.items.borrow_mut().push(note.clone()),
        None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(vm.none.clone())
}

/// BaseException's setattr: the `__cause__`, `__context__` and `__suppress_context__`
/// getsets (BaseException_set_cause/context in Objects/exceptions.c), else the generic path.
fn exc_setattr(vm: &mut Vm, o: &ObjRef, name: &ObjRef, v: Option<ObjRef>) -> super::typeobject::PyResult<()> {
    let n = name.downcast::<StrBody>().and_then(|s| s.as_str().map(|x| x.to_string()));
    if let (Some(e), Some(n)) = (o.downcast::<ExcBody>(), n.as_deref()) {
        if matches!(n, "__cause__" | "__context__") {
            let what = if n == "__cause__" { "cause" } else { "context" };
            let Some(v) = v else { return Err(vm.type_error(&format!("{n} may not be deleted"))) };
            let val = if v.is(&vm.none) {
                None
            } else if v.downcast::<ExcBody>().is_some() {
                Some(v)
            } else {
                return Err(vm.type_error(&format!("exception {what} must be None or derive from BaseException")));
            };
            if n == "__cause__" {
                *e.cause.borrow_mut() = val;
                e.suppress_context.set(true);
            } else {
                *e.context.borrow_mut() = val;
            }
            return Ok(());
        }
        if n == "args" {
            // `BaseException_set_args`: any iterable, stored as a tuple.
            let Some(v) = v else { return Err(vm.type_error("args may not be deleted")) };
            let items = vm.collect(&v)?;
            *e.args.borrow_mut() = vm.tuple(items);
            return Ok(());
        }
        if n == "__suppress_context__" {
            if let Some(v) = v {
                let b = vm.is_true(&v)?;
                e.suppress_context.set(b);
                return Ok(());
            }
        }
    }
    super::attrs::generic_setattr(vm, o, name, v)
}

/// Creates the classes of [`MORE`] and binds them (and the OSError aliases) in builtins.
/// `BaseException.__init__(self, *args)`: `args` becomes the positional arguments; the
/// keyword-only members some built-in subclasses accept are set (`ImportError_init`,
/// `AttributeError_init`, `NameError_init`); OSError keeps `(errno, strerror)` as its args
/// when a filename is given (`oserror_init`).
pub fn m_exc_init(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> super::typeobject::PyResult {
    let Some(o) = a.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'BaseException' object needs an argument"));
    };
    if o.downcast::<ExcBody>().is_none() {
        return Err(vm.type_error(&format!("descriptor '__init__' requires a 'BaseException' object but received a '{}'", vm.type_name(o))));
    }
    let names: Vec<String> = kw
        .and_then(|k| k.downcast::<TupleBody>())
        .map(|t| t.items.iter().map(|n| n.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default()).collect())
        .unwrap_or_default();
    let npos = a.len() - 1 - names.len();
    let pos = a[1..1 + npos].to_vec();
    let ty = o.type_of();
    let e = &vm.e;
    let (owner, allowed): (&str, &[&str]) = if is_subtype(&ty, &e.import_error) {
        ("ImportError", &["name", "path", "name_from"])
    } else if is_subtype(&ty, &e.attribute_error) {
        ("AttributeError", &["name", "obj"])
    } else if is_subtype(&ty, &e.name_error) {
        ("NameError", &["name"])
    } else {
        ("", &[])
    };
    if !names.is_empty() && allowed.is_empty() {
        return Err(vm.type_error(&format!("{}() takes no keyword arguments", tp(&ty).name())));
    }
    if let Some(bad) = names.iter().find(|n| !allowed.contains(&n.as_str())) {
        return Err(vm.type_error(&format!("{owner}() got an unexpected keyword argument '{bad}'")));
    }
    let mut members = members_from_args(vm, &ty, &pos);
    for (n, v) in names.iter().zip(&a[1 + npos..]) {
        if let Some(slot) = members.iter_mut().find(|(m, _)| *m == n.as_str()) {
            slot.1 = v.clone();
        }
    }
    let args = if is_subtype(&ty, &e.os_error) && (3..=5).contains(&pos.len()) { pos[..2].to_vec() } else { pos };
    let body = o.downcast::<ExcBody>().expect("exception");
    *body.args.borrow_mut() = vm.tuple(args);
    // Members the constructor set that this type's __init__ does not own are kept.
    let mut cur = body.members.borrow_mut();
    for (n, v) in members {
        match cur.iter_mut().find(|(m, _)| *m == n) {
            Some(slot) => slot.1 = v,
            None => cur.push((n, v)),
        }
    }
    Ok(vm.none.clone())
}

pub fn install(vm: &mut Vm) {
    let os = vm.e.os_error.clone();
    tp(&os).slots.str.set(Some(os_error_str));
    tp(&os).slots.new.set(Some(os_error_new));
    tp(&vm.e.timeout_error).slots.str.set(Some(os_error_str));
    let be = vm.e.base_exception.clone();
    vm.add_method(&be, "add_note", m_add_note);
    vm.add_method(&be, "__init__", m_exc_init);
    let b = vm.builtins.clone();
    let classes: Vec<ObjRef> = match b.downcast::<DictBody>() {
        Some(d) => d.table.borrow().iter().map(|(_, v)| v.clone()).collect(),
        None => Vec::new(),
    };
    for c in classes {
        if c.downcast::<super::typeobject::TypeObject>().is_some() && is_subtype(&c, &be) && tp(&c).slots.setattro.get().is_none() {
            tp(&c).slots.setattro.set(Some(exc_setattr));
        }
    }
    for (name, base, size) in MORE {
        // Classes the runtime raises itself already exist (vm.e) and are in builtins.
        if matches!(vm.dict_get_str(&b, name), Ok(Some(_))) {
            continue;
        }
        let base = match vm.dict_get_str(&b, base) {
            Ok(Some(t)) => t,
            _ => continue,
        };
        let ty = vm.new_exception_type(name, &base, *size);
        if *name == "SyntaxError" {
            tp(&ty).slots.str.set(Some(syntax_error_str));
        }
        vm.dict_set_str(&b, name, ty);
    }
    let os_error = vm.e.os_error.clone();
    vm.dict_set_str(&b, "EnvironmentError", os_error.clone());
    vm.dict_set_str(&b, "IOError", os_error);
}

/// `BaseException_dealloc` after a subtype's own clear (`StopIteration_clear`, `OSError_clear`,
/// ...): the subtype's members go first, then `BaseException_clear`'s order, the instance
/// dict before `args`, then the traceback, `__cause__` and `__context__` (the rest of the
/// fields, dropped in declaration order after this).
impl Drop for super::bodies::ExcBody {
    fn drop(&mut self) {
        drop(std::mem::take(self.members.get_mut()));
        drop(self.dict.get_mut().take());
    }
}
