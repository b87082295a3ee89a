//! The `tokenize` module (Lib/tokenize.py over Python/Python-tokenize.c): the Python part is
//! `py/tokenize.py`; the tokens come from pyref's tokenizer (`tokenize::view::generate_tokens`),
//! handed over by the native helper `_tokens` defined here.

use super::{add_functions, module_dict, python_module};
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::tokenize::view::{generate_tokens, ErrorClass};
use crate::vm::Vm;

/// `_tokens(text)`: `([(type, string, start, end, line), ...], error)` where error is None or
/// `(class name, message, lineno, col)`.
fn tokens(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let Some(text) = args.first().and_then(|a| a.downcast::<StrBody>()).map(|s| s.text().into_owned()) else {
        return Err(vm.type_error("_tokens() argument must be str"));
    };
    let (toks, err) = generate_tokens(&text);
    let mut items = Vec::with_capacity(toks.len());
    for (t, line) in toks {
        let start = vec![vm.int(t.start.0), vm.int(t.start.1)];
        let end = vec![vm.int(t.end.0), vm.int(t.end.1)];
        let v = vec![vm.int(t.kind as i64), vm.str(&t.string), vm.tuple(start), vm.tuple(end), vm.str(&line)];
        items.push(vm.tuple(v));
    }
    let list = vm.list(items);
    let e = match err {
        None => vm.none.clone(),
        Some((class, msg, lineno, col)) => {
            let name = match class {
                ErrorClass::SyntaxError => "SyntaxError",
                ErrorClass::IndentationError => "IndentationError",
                ErrorClass::TabError => "TabError",
                ErrorClass::OverflowError => "OverflowError",
            };
            let v = vec![vm.str(name), vm.str(&msg), vm.int(lineno), vm.int(col)];
            vm.tuple(v)
        }
    };
    Ok(vm.tuple(vec![list, e]))
}

/// `_error_class(name)`: the builtin exception class for a tokenizer error.
fn error_class(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let name = args.first().and_then(|a| a.downcast::<StrBody>()).map(|s| s.text().into_owned()).unwrap_or_default();
    let b = vm.builtins.clone();
    match vm.dict_get_str(&b, &name)? {
        Some(c) => Ok(c),
        None => Err(vm.err(&vm.e.runtime_error.clone(), &format!("pyref: {name} is not built yet"))),
    }
}

pub fn make(vm: &mut Vm) -> PyResult {
    // The helpers exist before the Python part runs (its functions find them as globals).
    let m = python_module_with(vm)?;
    Ok(m)
}

fn python_module_with(vm: &mut Vm) -> PyResult {
    let m = python_module(vm, "tokenize", include_str!("py/tokenize.py"))?;
    add_functions(vm, &m, &[("_error_class", error_class as NativeFn), ("_tokens", tokens)]);
    let _ = module_dict(&m);
    Ok(m)
}
