//! The `ast` module (Lib/ast.py, Python/Python-ast.c): the native half parses (and, for
//! `optimize > 0`, folds constants as `PyCF_OPTIMIZED_AST` does) and hands the tree to the
//! Python half (`py/ast.py`) as the text `crate::ast::dump` writes with every attribute, an
//! expression over the node classes that `py/ast.py` evaluates into node objects.

use super::{add_functions, python_module};
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::parser::{parse, Mode};
use crate::vm::Vm;

/// `_parse(source, filename, mode, type_comments, optimize)`: the tree as the text of
/// `ast.dump(tree, include_attributes=True)`, which `py/ast.py` evaluates over its node classes.
fn ast_parse(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if args.len() != 5 {
        return Err(vm.type_error("_parse() takes 5 arguments"));
    }
    let Some(src) = args[0].downcast::<StrBody>().map(|s| s.text().into_owned()) else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let filename = args[1].downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_else(|| "<unknown>".into());
    let Some(mode) = args[2].downcast::<StrBody>().map(|s| s.text().into_owned()) else {
        return Err(vm.type_error(&format!("compile() argument 'mode' must be str, not {}", vm.type_name(&args[2]))));
    };
    let type_comments = vm.is_true(&args[3])?;
    let optimize = crate::objects::longobject::small_int(&args[4]).unwrap_or(-1);
    let Some(pmode) = Mode::from_name(&mode) else {
        return Err(vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'"));
    };
    let parsed = parse(src.as_bytes(), pmode, type_comments);
    let mut tree = match parsed.result {
        Ok(t) => t,
        Err(e) => return Err(crate::pythonrun::syntax_error(vm, &e, &filename, &parsed.text)),
    };
    if optimize > 0 {
        crate::compile::ast_opt::optimize(&mut tree, optimize.min(2) as u8, false);
    }
    let d = crate::ast::dump::Dumper { indent: None, include_attributes: true, names: &tree.names };
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
    add_functions(vm, &m, &[("_parse", ast_parse as NativeFn)]);
    Ok(m)
}
