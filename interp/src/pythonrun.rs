//! Syntax errors met at run time (Python/pythonrun.c, Python/errors.c
//! `PyErr_SyntaxLocationObject`): a parser or compiler error from `compile()`, `exec()`,
//! `eval()` or an import becomes the Python `SyntaxError` (or IndentationError, TabError) CPython
//! raises, with its `msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno` and
//! `end_offset`. The built-ins themselves live in `exec.rs` and `namespaces.rs`.

use crate::objects::typeobject::PyErr;
use crate::vm::Vm;

/// A parser or compiler error as the Python exception CPython raises.
pub fn syntax_error(vm: &mut Vm, e: &crate::parser::error::SyntaxError, filename: &str, src: &str) -> PyErr {
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

