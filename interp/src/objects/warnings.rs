//! Warnings raised by the runtime itself (Python/_warnings.c `PyErr_WarnEx` with the default
//! filters): a DeprecationWarning is shown only for code running in `__main__`, once per
//! (message, category, line) as the module's `__warningregistry__` records, printed to stderr as
//! `file:line: Category: message` followed by the stripped source line.

use super::bodies::*;
use super::object::ObjRef;
use super::typeobject::*;
use crate::vm::Vm;

/// `PyErr_WarnEx(PyExc_DeprecationWarning, msg, 1)` from the running Python frame.
pub fn warn_deprecation(vm: &mut Vm, msg: &str) -> PyResult<()> {
    warn_deprecation_skip(vm, msg, 0)
}

/// The same, attributed to the frame `skip` frames below the running one (for a warning that
/// CPython raises in C code which pyref writes in Python, like the `ast` node constructor).
pub fn warn_deprecation_skip(vm: &mut Vm, msg: &str, skip: usize) -> PyResult<()> {
    warn_skip(vm, "DeprecationWarning", msg, skip)
}

/// `PyErr_WarnEx(category, msg, 1)` attributed to the frame `skip` frames below the running
/// one, under the default filters: DeprecationWarning only for `__main__`, other categories
/// everywhere, each once per (message, category, line).
pub fn warn_skip(vm: &mut Vm, category: &str, msg: &str, skip: usize) -> PyResult<()> {
    let Some(frame) = vm.frames.len().checked_sub(1 + skip).and_then(|i| vm.frames.get(i)) else { return Ok(()) };
    let (code, globals, lasti) = (frame.code.clone(), frame.globals.clone(), frame.lasti);
    let name = vm.dict_get_str(&globals, "__name__")?;
    if category == "DeprecationWarning" && name.as_ref().and_then(|n| n.downcast::<StrBody>().map(|s| s.text() == "__main__")) != Some(true) {
        return Ok(());
    }
    let Some(cb) = code.downcast::<CodeBody>() else { return Ok(()) };
    let line = cb.code.co_positions().get(lasti).and_then(|p| p.0).unwrap_or(-1);
    let filename = cb.code.filename.to_string();
    // The registry: (text, category, lineno) -> True.
    let reg = match vm.dict_get_str(&globals, "__warningregistry__")? {
        Some(r) if r.downcast::<DictBody>().is_some() => r,
        _ => {
            let r = vm.new_dict();
            vm.dict_set_str(&globals, "__warningregistry__", r.clone());
            r
        }
    };
    let key: Vec<ObjRef> = vec![vm.str(msg), vm.str(category), vm.int(line as i64)];
    let key = vm.tuple(key);
    if vm.dict_get(&reg, &key)?.is_some() {
        return Ok(());
    }
    let t = vm.true_.clone();
    vm.dict_set(&reg, key, t)?;
    let src = vm.sources.borrow().get(&filename).and_then(|text| text.lines().nth((line.max(1) - 1) as usize).map(|l| l.trim().to_string()));
    let mut out = format!("{filename}:{line}: {category}: {msg}\n");
    if let Some(s) = src.filter(|s| !s.is_empty()) {
        out.push_str(&format!("  {s}\n"));
    }
    crate::modules::sys_streams::write_stderr(vm, &out);
    Ok(())
}
