//! The native `_functools` module (Modules/_functoolsmodule.c): `reduce`, which `functools`
//! (Lib/functools.py, modules/py/functools.py here) imports as CPython's does.

use super::{add_functions, new_module};
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::vm::Vm;

/// `reduce(function, iterable[, initial], /)`: folds the items left to right; positional-only
/// arguments checked as `_PyArg_CheckPositional` does.
fn reduce(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    if kw.and_then(|k| k.downcast::<TupleBody>()).is_some_and(|t| !t.items.is_empty()) {
        return Err(vm.type_error("reduce() takes no keyword arguments"));
    }
    match a.len() {
        0 | 1 => return Err(vm.type_error(&format!("reduce expected at least 2 arguments, got {}", a.len()))),
        2 | 3 => {}
        n => return Err(vm.type_error(&format!("reduce expected at most 3 arguments, got {n}"))),
    }
    let it = match vm.get_iter(&a[1]) {
        Ok(it) => it,
        Err(e) if is_subtype(&e.0.type_of(), &vm.e.type_error) => {
            return Err(vm.type_error("reduce() arg 2 must support iteration"));
        }
        Err(e) => return Err(e),
    };
    let mut acc = a.get(2).cloned();
    while let Some(x) = vm.next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(v) => vm.call(&a[0], &[v, x], None)?,
        });
    }
    acc.ok_or_else(|| vm.type_error("reduce() of empty iterable with no initial value"))
}

/// The FutureWarning CPython's `partial.__get__` (`partial_descr_get`) raises when a partial
/// is looked up through an instance; called from the Python-written `partial.__get__`, so the
/// warning names the frame that made the lookup.
fn partial_get_warning(vm: &mut Vm, _a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    crate::objects::warnings::warn_skip(
        vm,
        "FutureWarning",
        "functools.partial will be a method descriptor in future Python versions; wrap it in staticmethod() if you want to preserve the old behavior",
        1,
    )?;
    Ok(vm.none.clone())
}

pub fn make(vm: &mut Vm) -> PyResult {
    let m = new_module(vm, "_functools");
    add_functions(vm, &m, &[("reduce", reduce), ("_partial_get_warning", partial_get_warning)]);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use crate::pythonrun::run_ok as run;

    #[test]
    fn reduce_folds_and_reports_errors_as_cpython() {
        let out = run("from functools import reduce\nprint(type(reduce).__name__, reduce(lambda a, b: a * b, range(1, 6), 2), reduce(max, [], 7))\nfor a in [(len,), (len, 5), (len, []), (1, 2, 3, 4)]:\n    try:\n        reduce(*a)\n    except TypeError as e:\n        print(e)\n");
        assert_eq!(
            out,
            "builtin_function_or_method 240 7\nreduce expected at least 2 arguments, got 1\nreduce() arg 2 must support iteration\nreduce() of empty iterable with no initial value\nreduce expected at most 3 arguments, got 4\n"
        );
    }

    #[test]
    fn c_types_written_in_python_have_cpythons_type_sizes() {
        let out = run("import sys, collections as c, functools as f\nclass O(c.OrderedDict): pass\nprint(sys.getsizeof(c.defaultdict), sys.getsizeof(c.OrderedDict), sys.getsizeof(O), sys.getsizeof(f.partial), type(c.ChainMap).__name__)\nprint(sys.getsizeof(c.defaultdict()), sys.getsizeof(f.partial(print)), c.OrderedDict.__flags__ & 512)\ntry:\n    c.OrderedDict.x = 1\nexcept TypeError as e:\n    print(e)\n");
        assert_eq!(out, "944 416 944 944 ABCMeta\n72 80 0\ncannot set 'x' attribute of immutable type 'collections.OrderedDict'\n");
    }
}
