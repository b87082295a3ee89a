//! Syntax errors met at run time (Python/pythonrun.c, Python/errors.c
//! `PyErr_SyntaxLocationObject`): a parser or compiler error from `compile()`, `exec()`,
//! `eval()` or an import becomes the Python `SyntaxError` (or IndentationError, TabError) CPython
//! raises, with its `msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno` and
//! `end_offset`. The built-ins themselves live in `exec.rs` and `namespaces.rs`.

use crate::objects::typeobject::PyErr;
use crate::vm::Vm;

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
    let text = match text {
        Some(t) => vm.str(&t),
        None => vm.none.clone(),
    };
    let details = vec![vm.str(filename), vm.int(lineno as i64), vm.int(offset), text, vm.int(end_lineno as i64), vm.int(end_offset)];
    let args = vec![vm.str(&e.msg), vm.tuple(details)];
    PyErr(vm.new_exception(&class, args))
}

