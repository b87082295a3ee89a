//! The `ast` module (Lib/ast.py, Python/Python-ast.c), a thin first version: `ast.parse` (and
//! `compile(..., ast.PyCF_ONLY_AST)`) keeps pyref's own syntax tree behind the root node object,
//! and `ast.dump` formats it with `crate::ast::dump`, so its text is what `pyref ast` prints.
//! The Python part is `py/ast.py`; the trees live in the interpreter (`ImportState::asts`) for
//! the rest of the run, named by an index the root node holds.

use super::{add_functions, python_module};
use crate::ast::Mod;
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::parser::{parse, Mode};
use crate::vm::Vm;

/// Parses `src` as `compile(src, filename, mode, PyCF_ONLY_AST)`: the tree's index and root kind.
fn parse_tree(vm: &mut Vm, src: &str, filename: &str, mode: &str, type_comments: bool) -> PyResult<(usize, &'static str)> {
    let Some(pmode) = Mode::from_name(mode) else {
        return Err(vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'"));
    };
    let parsed = parse(src.as_bytes(), pmode, type_comments);
    let tree = match parsed.result {
        Ok(t) => t,
        Err(e) => return Err(crate::import::syntax_error_for(vm, &e.msg, filename, e.lineno, &parsed.text)),
    };
    let kind = match &tree.module {
        Mod::Module { .. } => "Module",
        Mod::Interactive { .. } => "Interactive",
        Mod::Expression { .. } => "Expression",
        Mod::FunctionType { .. } => "FunctionType",
    };
    vm.modules.asts.push(tree);
    Ok((vm.modules.asts.len() - 1, kind))
}

/// `_parse(source, filename, mode, type_comments)` → `(root kind, tree index)`.
fn ast_parse(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if args.len() != 4 {
        return Err(vm.type_error("_parse() takes 4 arguments"));
    }
    let Some(src) = args[0].downcast::<StrBody>().map(|s| s.text().into_owned()) else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let filename = args[1].downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_else(|| "<unknown>".into());
    let Some(mode) = args[2].downcast::<StrBody>().map(|s| s.text().into_owned()) else {
        return Err(vm.type_error(&format!("compile() argument 'mode' must be str, not {}", vm.type_name(&args[2]))));
    };
    let tc = vm.is_true(&args[3])?;
    let (i, kind) = parse_tree(vm, &src, &filename, &mode, tc)?;
    let v = vec![vm.str(kind), vm.int(i as i64)];
    Ok(vm.tuple(v))
}

/// `_dump(tree index, annotate_fields, include_attributes, indent str or None, show_empty)`.
fn ast_dump(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if args.len() != 5 {
        return Err(vm.type_error("_dump() takes 5 arguments"));
    }
    let Some(i) = args[0].downcast::<IntBody>().and_then(|i| i.small()).map(|v| v as usize).filter(|i| *i < vm.modules.asts.len()) else {
        return Err(vm.type_error("pyref: ast.dump() of a node built in Python is not built yet"));
    };
    if !vm.is_true(&args[1])? || vm.is_true(&args[4])? {
        return Err(vm.err(&vm.e.not_implemented_error.clone(), "pyref: ast.dump() with annotate_fields=False or show_empty=True is not built yet"));
    }
    let include_attributes = vm.is_true(&args[2])?;
    let indent = args[3].downcast::<StrBody>().map(|s| s.text().into_owned());
    let tree = &vm.modules.asts[i];
    let d = crate::ast::dump::Dumper { indent, include_attributes, names: &tree.names };
    let text = d.dump_mod(&tree.module);
    Ok(vm.str(&text))
}

/// `compile(source, filename, mode, PyCF_ONLY_AST)`: `ast.parse` of the ast module.
pub fn parse_to_object(vm: &mut Vm, src: &str, filename: &str, mode: &str, type_comments: bool) -> PyResult {
    let m = crate::import::import_abs(vm, "ast")?;
    let f = vm.getattr_str(&m, "parse")?;
    let args = vec![vm.str(src), vm.str(filename), vm.str(mode)];
    let _ = type_comments;
    vm.call(&f, &args, None)
}

pub fn make(vm: &mut Vm) -> PyResult {
    let m = python_module(vm, "ast", include_str!("py/ast.py"))?;
    add_functions(vm, &m, &[("_dump", ast_dump as NativeFn), ("_parse", ast_parse)]);
    Ok(m)
}
