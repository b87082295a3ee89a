//! The `ast` module (Lib/ast.py, Python/Python-ast.c): the native half parses (and, for
//! `PyCF_OPTIMIZED_AST`, folds constants) and hands the tree to the Python half (`py/ast.py`)
//! as node objects (`ast_ast2obj`, Python-ast.c's `ast2obj`). The way back, node objects to the
//! tree, is `ast_obj2ast` (for `compile()` of a tree and `ast.unparse`, which is
//! `crate::ast::unparse` over the tree read back).

use super::ast_obj2ast::Cx;
use super::{add_functions, python_module};
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::parser::Mode;
use crate::vm::Vm;

/// `_parse(source, filename, mode, type_comments, optimize)`: the tree as node objects.
fn ast_parse(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if args.len() != 5 {
        return Err(vm.type_error("_parse() takes 5 arguments"));
    }
    let src: Vec<u8> = if let Some(s) = args[0].downcast::<StrBody>() {
        s.as_bytes().to_vec()
    } else if let Some(b) = args[0].downcast::<crate::objects::bytes_type::BytesBody>() {
        b.b.to_vec()
    } else {
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
    let parsed = crate::parser::parse_from(&src, pmode, type_comments, crate::parser::Origin::String);
    let mut tree = match parsed.result {
        Ok(t) => t,
        Err(e) => return Err(crate::pythonrun::syntax_error(vm, &e, &filename, &parsed.text)),
    };
    if optimize >= 0 {
        let warnings = crate::compile::ast_opt::optimize(&mut tree, optimize.min(2) as u8, false);
        crate::exec::emit_compile_warnings(vm, &filename, &warnings)?;
    }
    super::ast_ast2obj::mod2obj(vm, &tree)
}

/// `compile(source, filename, mode, PyCF_ONLY_AST)`: the tree as node objects, then, for an
/// older `feature_version`, the grammar's version checks (`_check_feature_version` of py/ast.py).
pub fn parse_to_object(vm: &mut Vm, src: &ObjRef, filename: &str, mode: &str, type_comments: bool, optimize: i64, feature_version: i64) -> PyResult {
    let args = vec![src.clone(), vm.str(filename), vm.str(mode), vm.bool(type_comments), vm.int(optimize)];
    let tree = ast_parse(vm, &args, None)?;
    if (0..13).contains(&feature_version) {
        let m = crate::import::import_abs(vm, "ast")?;
        let f = vm.getattr_str(&m, "_check_feature_version")?;
        let args = vec![tree.clone(), vm.int(feature_version), vm.str(filename)];
        vm.call(&f, &args, None)?;
    }
    Ok(tree)
}

/// Whether `o` is an `ast.AST` node (`PyAST_Check`); without the `ast` module imported no
/// object can be one.
pub fn is_ast_node(vm: &mut Vm, o: &ObjRef) -> PyResult<bool> {
    let mods = crate::import::sys_modules(vm);
    let Some(m) = vm.dict_get_str(&mods, "ast")? else { return Ok(false) };
    let d = super::module_dict(&m);
    match vm.dict_get_str(&d, "AST")? {
        Some(cls) => Ok(vm.isinstance_exact_or_sub(o, &cls)),
        None => Ok(false),
    }
}

/// `_warn_at_caller(message)`: a DeprecationWarning for the code that called the function
/// calling this one (the node constructor, which CPython writes in C).
fn warn_at_caller(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let msg = args.first().and_then(|a| a.downcast::<StrBody>().map(|s| s.text().into_owned())).unwrap_or_default();
    // the running frames: _warn_deprecated, AST.__init__, then the caller
    crate::objects::warnings::warn_deprecation_skip(vm, &msg, 2)?;
    Ok(vm.none.clone())
}

/// `_unparse(node)`: `ast.unparse`, over the tree read back from the node objects.
fn ast_unparse(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    use crate::ast::unparse::{unparse, UnparseError};
    if args.len() != 1 {
        return Err(vm.type_error("_unparse() takes 1 argument"));
    }
    let m = crate::import::import_abs(vm, "ast")?;
    let d = super::module_dict(&m);
    let mut bases = Vec::new();
    for name in ["mod", "stmt", "expr", "excepthandler", "pattern", "type_param", "arguments", "arg", "keyword", "alias", "withitem", "comprehension", "match_case", "AST"] {
        match vm.dict_get_str(&d, name)? {
            Some(c) => bases.push(c),
            None => return Err(vm.type_error(&format!("ast.{name} is missing"))),
        }
    }
    let mut cx = Cx::new(vm, false)?;
    let node = read_any(&mut cx, &args[0], &bases)?;
    let names = std::mem::take(&mut cx.names);
    let frames = vm.recursion_limit.saturating_sub(vm.frames.len());
    match unparse(&node, &names, frames) {
        Ok(text) => Ok(vm.str(&text)),
        Err(UnparseError::Value(msg)) => Err(vm.value_error(&msg)),
        Err(UnparseError::Recursion) => {
            let e = vm.e.recursion_error.clone();
            Err(vm.err(&e, "maximum recursion depth exceeded"))
        }
        Err(UnparseError::NoLineno(cls)) => Err(vm.err(&vm.e.attribute_error.clone(), &format!("'{cls}' object has no attribute 'lineno'"))),
    }
}

/// Reads any node `ast.unparse` may be given (or a list of them) with the lenient reader.
fn read_any(cx: &mut Cx, o: &ObjRef, bases: &[ObjRef]) -> PyResult<crate::ast::unparse::AnyNode> {
    use super::ast_obj2ast_gen as g;
    use crate::ast::unparse::AnyNode;
    if let Some(l) = o.downcast::<ListBody>() {
        let items = l.items.borrow().clone();
        let mut out = Vec::with_capacity(items.len());
        for it in &items {
            out.push(read_any(cx, it, bases)?);
        }
        return Ok(AnyNode::List(out));
    }
    let none_err = |cx: &mut Cx| -> PyErr {
        let none = cx.vm.none.clone();
        cx.vm.getattr_str(&none, "_fields").err().unwrap_or_else(|| cx.vm.type_error("None"))
    };
    let ix = bases.iter().position(|b| cx.vm.isinstance_exact_or_sub(o, b));
    Ok(match ix {
        Some(0) => AnyNode::Mod(g::obj2ast_mod(cx, o)?.ok_or_else(|| none_err(cx))?),
        Some(1) => AnyNode::Stmt(g::obj2ast_stmt(cx, o)?.ok_or_else(|| none_err(cx))?),
        Some(2) => AnyNode::Expr(g::obj2ast_expr(cx, o)?.ok_or_else(|| none_err(cx))?),
        Some(3) => AnyNode::ExceptHandler(g::obj2ast_excepthandler(cx, o)?.ok_or_else(|| none_err(cx))?),
        Some(4) => AnyNode::Pattern(g::obj2ast_pattern(cx, o)?.ok_or_else(|| none_err(cx))?),
        Some(5) => AnyNode::TypeParam(g::obj2ast_type_param(cx, o)?.ok_or_else(|| none_err(cx))?),
        Some(6) => AnyNode::Arguments(g::obj2ast_arguments(cx, o)?),
        Some(7) => AnyNode::Arg(g::obj2ast_arg(cx, o)?),
        Some(8) => AnyNode::Keyword(g::obj2ast_keyword(cx, o)?),
        Some(9) => AnyNode::Alias(g::obj2ast_alias(cx, o)?),
        Some(10) => AnyNode::WithItem(g::obj2ast_withitem(cx, o)?),
        Some(11) => AnyNode::Comprehension(g::obj2ast_comprehension(cx, o)?),
        Some(12) => AnyNode::MatchCase(g::obj2ast_match_case(cx, o)?),
        Some(_) => AnyNode::Nothing,
        // NodeVisitor.generic_visit reads `_fields` of what it is given
        None => return Err(cx.vm.getattr_str(o, "_fields").err().unwrap_or_else(|| cx.vm.type_error("not an AST node"))),
    })
}

/// `compile(node, filename, mode, ...)` of a tree of node objects: read back (`PyAST_obj2mod`),
/// validated (Python/ast.c), then compiled or, with `PyCF_ONLY_AST`, optimised and handed back.
pub fn compile_object(vm: &mut Vm, o: &ObjRef, filename: &str, mode: &str, only_ast: bool, optimize: i64) -> PyResult {
    let mut tree = super::ast_obj2ast::obj2mod(vm, o, mode)?;
    // (the System kind is the compiler's own check, not made for PyCF_OPTIMIZED_AST)
    if let Err((kind, msg)) = crate::ast::validate::validate(&tree).or_else(|e| if only_ast && matches!(e.0, crate::ast::validate::Kind::System) { Ok(()) } else { Err(e) }) {
        let e = match kind {
            crate::ast::validate::Kind::Type => vm.type_error(&msg),
            crate::ast::validate::Kind::Value => vm.value_error(&msg),
            crate::ast::validate::Kind::System => {
                let cls = vm.system_error_or_runtime();
                vm.err(&cls, &msg)
            }
        };
        return Err(e);
    }
    if only_ast {
        // PyCF_OPTIMIZED_AST: folded at the interpreter's level when optimize is -1
        let warnings = crate::compile::ast_opt::optimize(&mut tree, optimize.clamp(0, 2) as u8, false);
        crate::exec::emit_compile_warnings(vm, filename, &warnings)?;
        return super::ast_ast2obj::mod2obj(vm, &tree);
    }
    crate::exec::compile_ast_object(vm, tree, filename, mode, optimize.max(0) as u8)
}

pub fn make(vm: &mut Vm) -> PyResult {
    let m = python_module(vm, "ast", include_str!("py/ast.py"))?;
    add_functions(vm, &m, &[("_parse", ast_parse as NativeFn), ("_unparse", ast_unparse as NativeFn), ("_warn_at_caller", warn_at_caller as NativeFn)]);
    // The node classes are Python-ast.c's heap types with a `tp_dictoffset`.
    let d = super::module_dict(&m);
    if let Some(base) = vm.dict_get_str(&d, "AST")? {
        for v in vm.collect(&d)? {
            if let Some(c) = vm.dict_get_str(&d, &v.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default())? {
                if let Some(t) = c.downcast::<TypeObject>() {
                    if is_subtype(&c, &base) {
                        t.flags.set(t.flags.get() | crate::objects::member_slots::DICT_OFFSET);
                    }
                }
            }
        }
    }
    Ok(m)
}
