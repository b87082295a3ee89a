//! The `linecache` module (Lib/linecache.py): the lines of a source file, read once through the
//! host and kept. The sources pyref already holds (the main script, imported modules) are used
//! as they are, so the lines match what tracebacks show.

use super::{add_functions, new_module};
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::vm::Vm;

/// The text of `filename`, from the sources pyref keeps or read through the host.
fn source_text(vm: &mut Vm, filename: &str) -> Option<String> {
    if let Some(t) = vm.sources.borrow().get(filename) {
        return Some(t.clone());
    }
    if filename.starts_with('<') && filename.ends_with('>') {
        return None;
    }
    let bytes = vm.host.read_file(std::path::Path::new(filename)).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    vm.sources.borrow_mut().insert(filename.to_string(), text.clone());
    Some(text)
}

fn str_arg(vm: &mut Vm, args: &[ObjRef], i: usize, f: &str) -> PyResult<String> {
    match args.get(i).and_then(|a| a.downcast::<StrBody>()) {
        Some(s) => Ok(s.text().into_owned()),
        None => Err(vm.type_error(&format!("{f}() argument {} must be str", i + 1))),
    }
}

/// `getlines(filename, module_globals=None)`: the file's lines with their line ends, or [].
fn getlines(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let name = str_arg(vm, args, 0, "getlines")?;
    let items: Vec<ObjRef> = match source_text(vm, &name) {
        Some(t) => {
            let mut v: Vec<ObjRef> = t.split_inclusive('\n').map(|l| vm.str(l)).collect();
            // linecache ends the last line with a newline.
            if let Some(last) = t.split_inclusive('\n').last() {
                if !last.ends_with('\n') {
                    v.pop();
                    v.push(vm.str(&format!("{last}\n")));
                }
            }
            v
        }
        None => Vec::new(),
    };
    Ok(vm.list(items))
}

/// `getline(filename, lineno, module_globals=None)`: one line, or ''.
fn getline(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let lines = getlines(vm, &args[..args.len().min(1)], kw)?;
    let n = args.get(1).and_then(crate::objects::longobject::small_int).unwrap_or(0);
    let items = lines.downcast::<ListBody>().unwrap().items.borrow().clone();
    if n >= 1 && (n as usize) <= items.len() {
        return Ok(items[n as usize - 1].clone());
    }
    Ok(vm.str(""))
}

fn nothing(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    Ok(vm.none.clone())
}

pub fn make(vm: &mut Vm) -> PyResult {
    let m = new_module(vm, "linecache");
    add_functions(vm, &m, &[("getlines", getlines), ("getline", getline), ("clearcache", nothing), ("checkcache", nothing), ("lazycache", nothing)]);
    Ok(m)
}
