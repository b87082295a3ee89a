//! Argument binding for the built-in methods, with the TypeErrors CPython's argument parsers raise
//! (Python/getargs.c: `_PyArg_CheckPositional`, `_PyArg_UnpackKeywords`, and the METH_NOARGS /
//! METH_O checks of Objects/methodobject.c). A native method receives `self` first, then the
//! positional arguments, then the keyword values named by `kwnames`.

use super::bodies::{StrBody, TupleBody};
use super::object::ObjRef;
use super::typeobject::PyResult;
use crate::vm::Vm;

/// How a method takes its arguments, which decides CPython's wording of arity errors.
#[derive(Clone, Copy)]
pub enum Style {
    /// METH_NOARGS: "str.upper() takes no arguments (1 given)".
    NoArgs,
    /// METH_O: "str.join() takes exactly one argument (0 given)".
    One,
    /// Positional only, checked by `_PyArg_CheckPositional`: "find expected at least 1 argument, got 0".
    Positional,
    /// Argument Clinic with keywords: "split() takes at most 2 arguments (3 given)".
    Keywords,
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The part of a qualified name after its last dot, formatted on demand.
struct NameAfterDot<'a>(&'a str);

impl std::fmt::Display for NameAfterDot<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.rsplit('.').next().unwrap_or(self.0))
    }
}

/// Binds `a[1..]` (and the keywords) to `names`; the first `min` are required. `qual` is the
/// qualified name ("str.upper") used by METH_NOARGS/METH_O messages, `name` the bare one.
pub fn bind(vm: &mut Vm, qual: &str, names: &[&str], min: usize, style: Style, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<Vec<Option<ObjRef>>> {
    // The bare name, for the error messages (`rsplit` only when one is made).
    let name = NameAfterDot(qual);
    let kwn: Vec<ObjRef> = kw.and_then(|k| k.downcast::<TupleBody>()).map(|t| t.items.to_vec()).unwrap_or_default();
    let total = a.len().saturating_sub(1);
    let npos = total - kwn.len();
    let max = names.len();
    if !kwn.is_empty() && !matches!(style, Style::Keywords) {
        return Err(vm.type_error(&format!("{qual}() takes no keyword arguments")));
    }
    match style {
        Style::NoArgs if total != 0 => return Err(vm.type_error(&format!("{qual}() takes no arguments ({total} given)"))),
        Style::One if total != 1 => return Err(vm.type_error(&format!("{qual}() takes exactly one argument ({total} given)"))),
        Style::Positional if npos < min || npos > max => {
            let msg = if min == max {
                format!("{name} expected {min} argument{}, got {npos}", plural(min))
            } else if npos < min {
                format!("{name} expected at least {min} argument{}, got {npos}", plural(min))
            } else {
                format!("{name} expected at most {max} argument{}, got {npos}", plural(max))
            };
            return Err(vm.type_error(&msg));
        }
        Style::Keywords => {
            if total > max {
                return Err(vm.type_error(&format!("{name}() takes at most {max} argument{} ({total} given)", plural(max))));
            }
        }
        _ => {}
    }
    let mut out: Vec<Option<ObjRef>> = vec![None; max];
    for (i, v) in a[1..1 + npos].iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in kwn.iter().zip(&a[1 + npos..]) {
        let kname = k.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
        match names.iter().position(|n| *n == kname) {
            Some(i) if i < npos => {
                return Err(vm.type_error(&format!("argument for {name}() given by name ('{kname}') and position ({})", i + 1)));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(vm.type_error(&format!("{name}() got an unexpected keyword argument '{kname}'"))),
        }
    }
    if matches!(style, Style::Keywords) {
        if npos < min && out[npos..min].iter().all(|x| x.is_none()) && kwn.is_empty() {
            let how = if min == max { "exactly" } else { "at least" };
            return Err(vm.type_error(&format!("{name}() takes {how} {min} positional argument{} ({npos} given)", plural(min))));
        }
        for (i, x) in out.iter().enumerate().take(min) {
            if x.is_none() {
                return Err(vm.type_error(&format!("{name}() missing required argument '{}' (pos {})", names[i], i + 1)));
            }
        }
    }
    Ok(out)
}
