//! The built-ins that compile and run code at run time: `compile()`, `exec()` and `eval()`
//! (Python/bltinmodule.c `builtin_compile_impl`, `builtin_exec_impl`, `builtin_eval_impl`, and
//! Python/pythonrun.c `_Py_SourceAsString`/`run_eval_code_obj`). Source text goes through the
//! same parser and compiler as a program; the code runs in a frame whose globals and locals are the
//! mappings given (or the caller's). `compile(..., ast.PyCF_ONLY_AST)` returns the `ast` module's
//! tree object (see `modules::ast`).

use crate::compile::codegen::{compile_ast_with_warnings, Mode as CMode};
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::parser::{parse, Mode};
use crate::vm::Vm;

/// `PyCF_ONLY_AST`.
pub const PYCF_ONLY_AST: i64 = 0x400;
/// `PyCF_OPTIMIZED_AST` (includes `PyCF_ONLY_AST`).
pub const PYCF_OPTIMIZED_AST: i64 = 0x8400;
/// `PyCF_TYPE_COMMENTS`.
pub const PYCF_TYPE_COMMENTS: i64 = 0x1000;

/// Parses and compiles `src` in `mode` under `filename` to a code object; a syntax error raises.
pub fn compile_str(vm: &mut Vm, src: &[u8], filename: &str, mode: &str, optimize: u8) -> PyResult {
    let pmode = match mode {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let parsed = parse(src, pmode, false);
    let tree = match parsed.result {
        Ok(t) => t,
        Err(e) => return Err(crate::pythonrun::string_syntax_error(vm, &e, filename, &parsed.text, false)),
    };
    emit_syntax_warnings_later(vm, filename, &parsed.warnings, |vm| compile_tree(vm, tree, filename, mode, optimize, &parsed.text))
}

/// Runs `f` (which compiles) and, when it succeeds, prints the parser's warnings before the
/// compiler's, as CPython does.
fn emit_syntax_warnings_later(vm: &mut Vm, filename: &str, warnings: &[crate::parser::Warning], f: impl FnOnce(&mut Vm) -> PyResult<(ObjRef, Vec<crate::parser::Warning>)>) -> PyResult {
    let (code, compiler_warnings) = f(vm)?;
    emit_compile_warnings(vm, filename, warnings)?;
    emit_compile_warnings(vm, filename, &compiler_warnings)?;
    Ok(code)
}

/// Compiles a tree read back from `ast` node objects, printing the compiler's warnings.
pub fn compile_ast_object(vm: &mut Vm, tree: crate::ast::Ast, filename: &str, mode: &str, optimize: u8) -> PyResult {
    emit_syntax_warnings_later(vm, filename, &[], |vm| compile_tree(vm, tree, filename, mode, optimize, ""))
}

/// Compiles a tree (parsed, or read back from `ast` node objects) in `mode` to a code object;
/// `text` is the source for the lines of syntax errors (empty for a tree of node objects).
pub fn compile_tree(vm: &mut Vm, tree: crate::ast::Ast, filename: &str, mode: &str, optimize: u8, text: &str) -> PyResult<(ObjRef, Vec<crate::parser::Warning>)> {
    let cmode = match mode {
        "exec" => CMode::Exec,
        "eval" => CMode::Eval,
        _ => CMode::Single,
    };
    let (result, warnings) = compile_ast_with_warnings(tree, filename, cmode, optimize);
    match result {
        Ok(code) => Ok((crate::eval::make_code(vm, code), warnings)),
        Err(e) => {
            use crate::parser::error::{ErrorKind, SyntaxError};
            let se = SyntaxError::new(ErrorKind::Syntax, e.msg, e.lineno, e.col as i64, e.end_lineno, e.end_col as i64);
            Err(crate::pythonrun::string_syntax_error(vm, &se, filename, text, true))
        }
    }
}

/// Compile-time warnings. A SyntaxWarning (`_PyErr_WarnExplicitObject` with no registry under
/// the default filters) is printed to stderr as `file:line: SyntaxWarning: message`, followed by
/// the stripped source line when the file's text is known (never for pseudo-files like
/// `<string>`). A DeprecationWarning from the optimiser belongs to the Python code that called
/// `compile()`/`exec()`/`eval()` and goes through the warning filters from there.
pub(crate) fn emit_compile_warnings(vm: &mut Vm, filename: &str, warnings: &[crate::parser::Warning]) -> PyResult<()> {
    if warnings.is_empty() {
        return Ok(());
    }
    let mut out = String::new();
    for w in warnings {
        if w.category == crate::parser::WarningCategory::Deprecation {
            if !out.is_empty() {
                crate::modules::sys_streams::write_stderr(vm, &std::mem::take(&mut out));
            }
            crate::objects::warnings::warn_deprecation(vm, &w.msg)?;
            continue;
        }
        out.push_str(&format!("{filename}:{}: SyntaxWarning: {}\n", w.lineno, w.msg));
        if filename.starts_with('<') && filename.ends_with('>') {
            continue;
        }
        let src = vm.sources.borrow().get(filename).and_then(|text| text.lines().nth(w.lineno.max(1) as usize - 1).map(|l| l.trim().to_string()));
        if let Some(line) = src.filter(|l| !l.is_empty()) {
            out.push_str(&format!("  {line}\n"));
        }
    }
    crate::modules::sys_streams::write_stderr(vm, &out);
    Ok(())
}

/// A str source's text; CPython reads it with `PyUnicode_AsUTF8AndSize`, which caches its
/// UTF-8 form on the str.
fn str_arg(o: &ObjRef) -> Option<String> {
    o.downcast::<StrBody>().map(|s| {
        s.cache_utf8();
        s.text().into_owned()
    })
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)`.
pub fn builtin_compile(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    const PARAMS: [&str; 7] = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"];
    if args.len() - kw.map(|k| k.downcast::<TupleBody>().map_or(0, |t| t.items.len())).unwrap_or(0) > 6 {
        let (pos, _) = crate::modules::split_kw(args, kw);
        return Err(vm.type_error(&format!("compile() takes at most 6 arguments ({} given)", pos.len())));
    }
    let a = bind(vm, "compile", &PARAMS, 3, args, kw)?;
    let source = a[0].clone().unwrap();
    let Some(filename) = a[1].as_ref().and_then(str_arg) else {
        let got = a[1].as_ref().map(|x| vm.type_name(x)).unwrap_or_default();
        return Err(vm.type_error(&format!("compile() argument 'filename' must be str, not {got}")));
    };
    let Some(mode) = a[2].as_ref().and_then(str_arg) else {
        let got = a[2].as_ref().map(|x| vm.type_name(x)).unwrap_or_default();
        return Err(vm.type_error(&format!("compile() argument 'mode' must be str, not {got}")));
    };
    let int_arg = |vm: &mut Vm, o: &Option<ObjRef>, default: i64| -> PyResult<i64> {
        match o {
            Some(f) => f.downcast::<IntBody>().and_then(|i| i.small()).ok_or_else(|| vm.type_error("'int' object cannot be interpreted as an integer")),
            None => Ok(default),
        }
    };
    let flags = match &a[3] {
        Some(f) => f.downcast::<IntBody>().and_then(|i| i.small()).ok_or_else(|| vm.type_error("'flags' must be an integer"))?,
        None => 0,
    };
    let optimize = match &a[5] {
        Some(o) => o.downcast::<IntBody>().and_then(|i| i.small()).unwrap_or(-1),
        None => -1,
    };
    let feature_version = int_arg(vm, &a[6], -1)?;
    // PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK
    const ALLOWED: i64 = 0x1fe_0000 | 0x10 | 0x400 | 0x2000 | 0x1000 | 0x200 | 0x4000 | 0x8400;
    if flags & !ALLOWED != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(vm.value_error("compile(): invalid optimize value"));
    }
    let only_ast = flags & PYCF_ONLY_AST != 0;
    match mode.as_str() {
        "exec" | "eval" | "single" => {}
        "func_type" if !only_ast => return Err(vm.value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST")),
        "func_type" => {}
        _ if only_ast => return Err(vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")),
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    }
    if crate::modules::ast::is_ast_node(vm, &source)? {
        if flags & PYCF_OPTIMIZED_AST == PYCF_ONLY_AST {
            return Ok(source);
        }
        return crate::modules::ast::compile_object(vm, &source, &filename, &mode, only_ast, optimize);
    }
    // the source's bytes: a str's UTF-8, or bytes as given (their coding cookie applies)
    let src: Vec<u8> = if let Some(s) = str_arg(&source) {
        s.into_bytes()
    } else if let Some(b) = source.downcast::<crate::objects::bytes_type::BytesBody>() {
        b.b.to_vec()
    } else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    if src.contains(&0) {
        let b = vm.builtins.clone();
        let cls = vm.dict_get_str(&b, "SyntaxError")?.unwrap_or_else(|| vm.e.value_error.clone());
        return Err(vm.err(&cls, "source code string cannot contain null bytes"));
    }
    if only_ast {
        let optimize = if flags & PYCF_OPTIMIZED_AST == PYCF_OPTIMIZED_AST { optimize.max(0) } else { -1 };
        let src_obj = if source.downcast::<StrBody>().is_some() { source.clone() } else { crate::objects::bytes_type::new_bytes(vm, src) };
        return crate::modules::ast::parse_to_object(vm, &src_obj, &filename, &mode, flags & PYCF_TYPE_COMMENTS != 0, optimize, feature_version);
    }
    compile_str(vm, &src, &filename, &mode, optimize.max(0) as u8)
}

/// Binds positional-or-keyword arguments to `params`; the first `required` must be present.
fn bind(vm: &mut Vm, fname: &str, params: &[&str], required: usize, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<Vec<Option<ObjRef>>> {
    let (pos, kws) = crate::modules::split_kw(args, kw);
    if pos.len() > params.len() {
        return Err(vm.type_error(&format!("{fname}() takes at most {} arguments ({} given)", params.len(), pos.len())));
    }
    let mut out: Vec<Option<ObjRef>> = vec![None; params.len()];
    for (i, p) in pos.into_iter().enumerate() {
        out[i] = Some(p);
    }
    for (k, v) in kws {
        match params.iter().position(|p| *p == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(i) => return Err(vm.type_error(&format!("argument for {fname}() given by name ('{k}') and position ({})", i + 1))),
            None => return Err(vm.type_error(&format!("{fname}() got an unexpected keyword argument '{k}'"))),
        }
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(vm.type_error(&format!("{fname}() missing required argument '{p}' (pos {})", i + 1)));
        }
    }
    Ok(out)
}

/// The calling frame's globals and locals (a snapshot dict of a function's fast locals).
fn caller_namespaces(vm: &mut Vm) -> (ObjRef, ObjRef) {
    let globals = match vm.frames.last() {
        Some(f) => f.globals.clone(),
        None => vm.new_dict(),
    };
    let locals = crate::namespaces::frame_locals(vm);
    (globals, locals)
}

/// Runs `code` with `globals` and `locals` (`PyEval_EvalCode`).
pub fn run_code(vm: &mut Vm, code: &ObjRef, globals: &ObjRef, locals: &ObjRef) -> PyResult {
    if vm.dict_get_str(globals, "__builtins__")?.is_none() {
        let b = vm.builtins.clone();
        vm.dict_set_str(globals, "__builtins__", b);
    }
    crate::eval::run_code(vm, code, globals, locals)
}

fn exec_or_eval(vm: &mut Vm, fname: &str, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = crate::modules::split_kw(args, kw);
    if let Some((k, _)) = kws.iter().find(|(k, _)| k != "globals" && k != "locals" && !(fname == "exec" && k == "closure")) {
        return Err(vm.type_error(&format!("{fname}() got an unexpected keyword argument '{k}'")));
    }
    if pos.is_empty() {
        return Err(vm.type_error(&format!("{fname} expected at least 1 argument, got 0")));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(&format!("{fname} expected at most 3 arguments, got {}", pos.len())));
    }
    let kwget = |name: &str| kws.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let none = vm.none.clone();
    let globals = pos.get(1).cloned().or_else(|| kwget("globals")).filter(|g| !g.is(&none));
    let locals = pos.get(2).cloned().or_else(|| kwget("locals")).filter(|l| !l.is(&none));
    if let Some(g) = &globals {
        if g.downcast::<DictBody>().is_none() {
            if fname == "exec" {
                return Err(vm.type_error(&format!("exec() globals must be a dict, not {}", vm.type_name(g))));
            }
            // `PyMapping_Check`: the type has a mapping `__getitem__`.
            let ty = g.type_of();
            let msg = if tp(&ty).slots.mp_subscript.get().is_some() { "globals must be a real dict; try eval(expr, {}, mapping)" } else { "globals must be a dict" };
            return Err(vm.type_error(msg));
        }
    }
    let (globals, locals) = match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, l) => {
            let (g, cl) = caller_namespaces(vm);
            (g, l.unwrap_or(cl))
        }
    };
    let source = &pos[0];
    let code = if source.downcast::<CodeBody>().is_some() {
        source.clone()
    } else if let Some(src) = str_arg(source).map(String::into_bytes).or_else(|| source.downcast::<crate::objects::bytes_type::BytesBody>().map(|b| b.b.to_vec())) {
        if fname == "eval" {
            let start = src.iter().position(|c| *c != b' ' && *c != b'\t').unwrap_or(src.len());
            compile_str(vm, &src[start..], "<string>", "eval", 0)?
        } else {
            compile_str(vm, &src, "<string>", "exec", 0)?
        }
    } else {
        let msg = if fname == "exec" {
            format!("exec() arg 1 must be a string, bytes or code object, not {}", vm.type_name(source))
        } else {
            "eval() arg 1 must be a string, bytes or code object".to_string()
        };
        return Err(vm.type_error(&msg));
    };
    let r = run_code(vm, &code, &globals, &locals)?;
    Ok(if fname == "exec" { vm.none.clone() } else { r })
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)`.
pub fn builtin_exec(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    exec_or_eval(vm, "exec", args, kw)
}

/// `eval(source, globals=None, locals=None, /)`.
pub fn builtin_eval(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    exec_or_eval(vm, "eval", args, kw)
}
