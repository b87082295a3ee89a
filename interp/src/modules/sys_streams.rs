//! The standard streams as the interpreter reaches them through `sys` (Python/sysmodule.c
//! `_PySys_GetAttr`, Python/pythonrun.c `PyFile_WriteString`): `print`, tracebacks, warnings
//! and unraisable reports write to whatever `sys.stdout`/`sys.stderr` is *now*, so that
//! `sys.stdout = io.StringIO()` and `contextlib.redirect_stdout` capture them. While the name
//! still holds one of the host stream objects the text goes straight to the host (no call).

use crate::objects::bodies::StreamBody;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::PyResult;
use crate::vm::Vm;

/// What `sys.<name>` is now: `Ok(None)` when the attribute is missing (CPython: "lost
/// sys.stdout"), `Ok(Some(obj))` otherwise. Before `sys` exists the host stream is meant.
pub fn lookup(vm: &mut Vm, name: &str) -> PyResult<Option<ObjRef>> {
    let d = match &vm.modules.sys_dict {
        Some(d) => d.clone(),
        None => {
            crate::import::sys_modules(vm);
            match &vm.modules.sys_dict {
                Some(d) => d.clone(),
                None => return Ok(None),
            }
        }
    };
    vm.dict_get_str(&d, name)
}

/// Writes text meant for `sys.stderr` (tracebacks, warnings, unraisable reports): to the host
/// when `sys.stderr` is a host stream or is missing, nowhere when it is None, else through its
/// `write` (errors from it are dropped, as `PyFile_WriteString` callers do).
pub fn write_stderr(vm: &mut Vm, text: &str) {
    write_to(vm, "stderr", text)
}

/// As `write_stderr`, for `sys.stdout`.
pub fn write_stdout(vm: &mut Vm, text: &str) {
    write_to(vm, "stdout", text)
}

fn write_to(vm: &mut Vm, name: &str, text: &str) {
    use std::io::Write;
    let target = lookup(vm, name).ok().flatten();
    let fd = match &target {
        None => {
            if name == "stderr" { 2 } else { 1 }
        }
        Some(o) => match o.downcast::<StreamBody>() {
            Some(s) => s.fd,
            None if o.is(&vm.none) => return,
            None => {
                let o = o.clone();
                if let Ok(w) = vm.getattr_str(&o, "write") {
                    let s = vm.str(text);
                    let _ = vm.call(&w, &[s], None);
                }
                return;
            }
        },
    };
    if fd == 2 {
        let _ = vm.host.stdout.flush();
        let _ = vm.host.stderr.write_all(text.as_bytes());
    } else {
        vm.write_stdout(text);
    }
}
