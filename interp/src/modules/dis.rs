//! The `dis` module (Lib/dis.py, Lib/opcode.py, Modules/_opcode.c) as far as programs use it:
//! `dis.dis` / `dis.disassemble` of functions, methods, classes, modules, code objects and source
//! strings, printing what `pyref dis` prints (the formatter is `crate::dis`); the opcode tables
//! (`opname`, `opmap`, `has*`, `cmp_op`, `HAVE_ARGUMENT`, `EXTENDED_ARG`) read from the one opcode
//! table (`crate::opcode`); `stack_effect`; the `-->` marker of `disassemble(lasti=...)`. The
//! Python half (`py/dis.py`) has `Bytecode`, `get_instructions`, `code_info`/`show_code`,
//! `findlinestarts`, `distb`.

use super::{add_functions, module_dict, new_module, split_kw};
use crate::dis::DisOptions;
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::opcode::{Op, CMP_OP, HAVE_ARGUMENT, INSTRUMENTED, NB_OPS, OPS};
use crate::vm::Vm;

/// Keyword options of `dis.dis`.
struct Opts {
    file: Option<ObjRef>,
    depth: Option<i64>,
    dis: DisOptions,
}

fn parse_opts(vm: &mut Vm, fname: &str, kws: Vec<(String, ObjRef)>) -> PyResult<Opts> {
    let mut o = Opts { file: None, depth: None, dis: DisOptions::default() };
    for (k, v) in kws {
        match k.as_str() {
            "file" => o.file = Some(v).filter(|f| !f.is(&vm.none)),
            "depth" => {
                o.depth = if v.is(&vm.none) {
                    None
                } else {
                    Some(v.downcast::<IntBody>().and_then(|i| i.small()).ok_or_else(|| vm.type_error("depth must be an int or None"))?)
                }
            }
            "show_caches" => o.dis.show_caches = vm.is_true(&v)?,
            "show_offsets" => o.dis.show_offsets = vm.is_true(&v)?,
            "adaptive" => {}
            "lasti" => {
                let l = crate::objects::longobject::small_int(&v).unwrap_or(-1);
                o.dis.current = if l >= 0 { Some(l as u32) } else { None };
            }
            _ => return Err(vm.type_error(&format!("{fname}() got an unexpected keyword argument '{k}'"))),
        }
    }
    Ok(o)
}

/// `print(text, end="", file=file)`: to `file`, or to `sys.stdout`.
fn emit(vm: &mut Vm, file: Option<&ObjRef>, text: &str) -> PyResult<()> {
    let target = match file {
        Some(f) => f.clone(),
        None => {
            let sys = crate::import::import_abs(vm, "sys")?;
            vm.getattr_str(&sys, "stdout")?
        }
    };
    let write = vm.getattr_str(&target, "write")?;
    let t = vm.str(text);
    vm.call(&write, &[t], None)?;
    Ok(())
}

/// `_disassemble_recursive`: the code object, then (to `depth`) the code objects among its
/// constants.
fn disassemble_recursive(code: &crate::code::Code, opts: &Opts, depth: Option<i64>, out: &mut String) {
    crate::dis::disassemble_one(code, opts.dis, out);
    if depth.map_or(true, |d| d > 0) {
        let depth = depth.map(|d| d - 1);
        for c in &code.consts {
            if let crate::code::Const::Code(inner) = c {
                out.push_str("\nDisassembly of ");
                inner.write_repr(out);
                out.push_str(":\n");
                disassemble_recursive(inner, opts, depth, out);
            }
        }
    }
}

/// `_try_compile(source, '<dis>')`: an expression if it parses as one, else statements.
fn compile_dis_source(vm: &mut Vm, src: &str) -> PyResult<std::rc::Rc<crate::code::Code>> {
    use crate::compile::{codegen::compile_ast_with_warnings, Mode as CMode};
    use crate::parser::{parse, Mode};
    let parsed = parse(src.as_bytes(), Mode::Eval, false);
    if let Ok(tree) = parsed.result {
        if let (Ok(c), _) = compile_ast_with_warnings(tree, "<dis>", CMode::Eval, 0) {
            return Ok(c);
        }
    }
    let code = crate::import::compile_module(vm, src.as_bytes(), "<dis>", false)?;
    Ok(code.downcast::<CodeBody>().unwrap().code.clone())
}

/// The code object behind `x` (`_get_code_object`), None for classes and modules.
fn code_of(vm: &mut Vm, x: &ObjRef) -> PyResult<Option<std::rc::Rc<crate::code::Code>>> {
    if let Some(m) = x.downcast::<MethodBody>() {
        let f = m.func.clone();
        return code_of(vm, &f);
    }
    if let Some(s) = x.downcast::<StaticMethodBody>() {
        let f = s.f.clone();
        return code_of(vm, &f);
    }
    if let Some(s) = x.downcast::<ClassMethodBody>() {
        let f = s.f.clone();
        return code_of(vm, &f);
    }
    if let Some(f) = x.downcast::<FunctionBody>() {
        return Ok(Some(f.code.downcast::<CodeBody>().unwrap().code.clone()));
    }
    if let Some(c) = x.downcast::<CodeBody>() {
        return Ok(Some(c.code.clone()));
    }
    if let Some(s) = x.downcast::<StrBody>() {
        let src = s.text().into_owned();
        return compile_dis_source(vm, &src).map(Some);
    }
    Ok(None)
}

fn has_code(x: &ObjRef) -> bool {
    x.downcast::<MethodBody>().is_some()
        || x.downcast::<FunctionBody>().is_some()
        || x.downcast::<CodeBody>().is_some()
        || x.downcast::<StaticMethodBody>().is_some()
        || x.downcast::<ClassMethodBody>().is_some()
        || x.downcast::<TypeObject>().is_some()
}

fn dis_one(vm: &mut Vm, x: &ObjRef, opts: &Opts) -> PyResult<()> {
    if let Some(code) = code_of(vm, x)? {
        let mut out = String::new();
        disassemble_recursive(&code, opts, opts.depth, &mut out);
        return emit(vm, opts.file.as_ref(), &out);
    }
    let ns = if let Some(t) = x.downcast::<TypeObject>() {
        t.dict.borrow().clone()
    } else {
        x.downcast::<ModuleBody>().map(|m| m.dict.clone())
    };
    if let Some(ns) = ns {
        let mut items: Vec<(String, ObjRef)> = match ns.downcast::<DictBody>() {
            Some(d) => d.table.borrow().iter().filter_map(|(k, v)| k.downcast::<StrBody>().map(|s| (s.text().into_owned(), v.clone()))).collect(),
            None => Vec::new(),
        };
        items.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, x1) in items {
            if has_code(&x1) {
                emit(vm, opts.file.as_ref(), &format!("Disassembly of {name}:\n"))?;
                if let Err(e) = dis_one(vm, &x1, opts) {
                    if !is_subtype(&e.0.type_of(), &vm.e.type_error) {
                        return Err(e);
                    }
                    let m = vm.str_string(&e.0)?;
                    emit(vm, opts.file.as_ref(), &format!("Sorry: {m}\n"))?;
                }
                emit(vm, opts.file.as_ref(), "\n")?;
            }
        }
        return Ok(());
    }
    Err(vm.type_error(&format!("don't know how to disassemble {} objects", vm.type_name(x))))
}

fn dis_dis(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    if pos.len() > 1 {
        return Err(vm.type_error(&format!("dis() takes from 0 to 1 positional arguments but {} were given", pos.len())));
    }
    let opts = parse_opts(vm, "dis", kws)?;
    match pos.first().filter(|x| !x.is(&vm.none)) {
        Some(x) => dis_one(vm, x, &opts)?,
        None => return Err(vm.err(&vm.e.runtime_error.clone(), "pyref: dis.dis() without an argument (distb) is not built yet")),
    }
    Ok(vm.none.clone())
}

fn dis_disassemble(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    let Some(co) = pos.first() else {
        return Err(vm.type_error("disassemble() missing 1 required positional argument: 'co'"));
    };
    let lasti = pos.get(1).and_then(|l| l.downcast::<IntBody>()).and_then(|i| i.small()).unwrap_or(-1);
    let mut opts = parse_opts(vm, "disassemble", kws)?;
    if lasti >= 0 {
        opts.dis.current = Some(lasti as u32);
    }
    let Some(code) = co.downcast::<CodeBody>().map(|c| c.code.clone()) else {
        return Err(vm.err(&vm.e.attribute_error.clone(), &format!("'{}' object has no attribute 'co_code'", vm.type_name(co))));
    };
    let mut out = String::new();
    crate::dis::disassemble_one(&code, opts.dis, &mut out);
    emit(vm, opts.file.as_ref(), &out)?;
    Ok(vm.none.clone())
}

/// `_get_code_object(x)`: the code object of a function, method, code object or source string.
fn get_code_object(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let Some(x) = args.first() else { return Err(vm.type_error("_get_code_object() takes 1 argument")) };
    if x.downcast::<CodeBody>().is_some() {
        return Ok(x.clone());
    }
    let mut f = x.clone();
    loop {
        let inner = if let Some(m) = f.downcast::<MethodBody>() {
            m.func.clone()
        } else if let Some(s) = f.downcast::<StaticMethodBody>() {
            s.f.clone()
        } else if let Some(c) = f.downcast::<ClassMethodBody>() {
            c.f.clone()
        } else {
            break;
        };
        f = inner;
    }
    if let Some(fb) = f.downcast::<FunctionBody>() {
        return Ok(fb.code.clone());
    }
    match code_of(vm, x)? {
        Some(c) => Ok(crate::eval::make_code(vm, c)),
        None => Err(vm.type_error(&format!("don't know how to disassemble {} objects", vm.type_name(x)))),
    }
}

/// The objects `x`'s code keeps for its instructions' arguments: its runtime code object when it
/// has one (so constants are the very objects the code uses).
fn code_objects(vm: &mut Vm, x: &ObjRef) -> PyResult<(std::rc::Rc<crate::code::Code>, ObjRef)> {
    let co = get_code_object(vm, std::slice::from_ref(x), None)?;
    let c = co.downcast::<CodeBody>().unwrap().code.clone();
    Ok((c, co))
}

/// `_instructions(x, first_line)`: one tuple per instruction, `(opname, opcode, arg, argval,
/// argrepr, offset, start_offset, starts_line, line_number, label, positions, jump_target,
/// cache units)`
/// (`_get_instructions_bytes` with `ArgResolver.get_argval_argrepr`).
fn instructions(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let Some(x) = args.first() else { return Err(vm.type_error("_instructions() takes 2 arguments")) };
    let (code, co) = code_objects(vm, x)?;
    let line_offset = match args.get(1).and_then(|f| f.downcast::<IntBody>()) {
        Some(f) => f.small().unwrap_or(0) - code.firstlineno as i64,
        None => 0,
    };
    let cb = co.downcast::<CodeBody>().unwrap();
    let positions = code.co_positions();
    let infos = crate::dis::instructions(&code);
    let none = vm.none.clone();
    let mut out = Vec::with_capacity(infos.len());
    let mut ext_start: Option<u32> = None;
    for ins in infos {
        let name = ins.op.map(|o| o.name()).unwrap_or("<unknown>");
        let start_offset = ext_start.unwrap_or(ins.offset);
        ext_start = if ins.op == Some(Op::EXTENDED_ARG) { Some(start_offset) } else { None };
        let arg = ins.arg.map(|a| vm.int(a)).unwrap_or_else(|| none.clone());
        let argval = match (ins.op, ins.arg) {
            (Some(op), Some(a)) => argval(vm, cb, op, a, ins.jump_target),
            _ => none.clone(),
        };
        let p = positions.get(ins.offset as usize / 2).copied().unwrap_or((None, None, None, None));
        let opt = |vm: &mut Vm, v: Option<i32>, shift: i64| v.map(|x| vm.int(x as i64 + shift)).unwrap_or_else(|| vm.none.clone());
        let pos = vec![opt(vm, p.0, line_offset), opt(vm, p.1, line_offset), opt(vm, p.2, 0), opt(vm, p.3, 0)];
        let item = vec![
            vm.str(name),
            vm.int(ins.opcode as i64),
            arg,
            argval,
            vm.str(&ins.argrepr),
            vm.int(ins.offset as i64),
            vm.int(start_offset as i64),
            vm.bool(ins.starts_line),
            ins.line_number.map(|l| vm.int(l as i64 + line_offset)).unwrap_or_else(|| none.clone()),
            ins.label.map(|l| vm.int(l as i64)).unwrap_or_else(|| none.clone()),
            vm.tuple(pos),
            ins.jump_target.map(|t| vm.int(t)).unwrap_or_else(|| none.clone()),
            vm.int(ins.op.map_or(0, |o| o.caches()) as i64),
            cache_info(vm, &code.code, ins.op, ins.offset as usize),
        ];
        out.push(vm.tuple(item));
    }
    Ok(vm.list(out))
}

/// `Instruction.cache_info`: (name, size, data) per cache field of the instruction at `offset`,
/// or None when it has no caches.
fn cache_info(vm: &mut Vm, code: &[u8], op: Option<Op>, offset: usize) -> ObjRef {
    let Some(op) = op.filter(|o| o.caches() > 0) else { return vm.none.clone() };
    let mut items = Vec::new();
    let mut at = offset + 2;
    for &(name, size) in op.cache_format() {
        let end = (at + 2 * size as usize).min(code.len());
        let data = crate::objects::bytes_type::new_bytes(vm, code[at.min(end)..end].to_vec());
        let t = vec![vm.str(name), vm.int(size as i64), data];
        items.push(vm.tuple(t));
        at = end;
    }
    vm.list(items)
}

/// `_text(code, show_caches, show_offsets, current_offset or None, line_offset)`: what
/// `disassemble(code)` prints (no recursion).
fn dis_text(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if args.len() != 5 {
        return Err(vm.type_error("_text() takes 5 arguments"));
    }
    let Some(code) = args[0].downcast::<CodeBody>().map(|c| c.code.clone()) else {
        return Err(vm.type_error("_text() needs a code object"));
    };
    let current = crate::objects::longobject::small_int(&args[3]).filter(|&c| c >= 0).map(|c| c as u32);
    let line_offset = crate::objects::longobject::small_int(&args[4]).unwrap_or(0) as i32;
    let opts = DisOptions { show_caches: vm.is_true(&args[1])?, show_offsets: vm.is_true(&args[2])?, current, line_offset };
    let mut out = String::new();
    crate::dis::disassemble_one(&code, opts, &mut out);
    Ok(vm.str(&out))
}

/// `ArgResolver.get_argval_argrepr`'s argval.
fn argval(vm: &mut Vm, cb: &CodeBody, op: Op, arg: i64, jump: Option<i64>) -> ObjRef {
    let code = &cb.code;
    let varname = |vm: &mut Vm, i: i64| -> ObjRef {
        match code.varname_from_oparg(i as u32) {
            Some(n) => vm.str(n),
            None => vm.none.clone(),
        }
    };
    if op.has_const() {
        return cb.consts.get(arg as usize).cloned().unwrap_or_else(|| vm.none.clone());
    }
    if op.has_name() {
        let i = match op {
            Op::LOAD_GLOBAL | Op::LOAD_ATTR => arg >> 1,
            Op::LOAD_SUPER_ATTR => arg >> 2,
            _ => arg,
        };
        return cb.names.get(i as usize).cloned().unwrap_or_else(|| vm.none.clone());
    }
    if let Some(t) = jump {
        return vm.int(t);
    }
    if matches!(op, Op::LOAD_FAST_LOAD_FAST | Op::STORE_FAST_LOAD_FAST | Op::STORE_FAST_STORE_FAST) {
        let v = vec![varname(vm, arg >> 4), varname(vm, arg & 15)];
        return vm.tuple(v);
    }
    if op.has_local() || op.has_free() {
        return varname(vm, arg);
    }
    if op == Op::COMPARE_OP {
        return vm.str(CMP_OP.get((arg >> 5) as usize).copied().unwrap_or("?"));
    }
    if op == Op::CONVERT_VALUE {
        let b = vm.builtins.clone();
        let name = ["", "str", "repr", "ascii"].get(arg as usize).copied().unwrap_or("");
        if name.is_empty() {
            return vm.none.clone();
        }
        return vm.dict_get_str(&b, name).ok().flatten().unwrap_or_else(|| vm.none.clone());
    }
    vm.int(arg)
}

/// The instruction numbered `n` in `dis.opmap` (base or pseudo; not specialised or instrumented).
fn op_by_number(n: i64) -> Option<Op> {
    OPS.iter().find(|i| i.op as i64 == n).map(|i| i.op)
}

/// `dis.stack_effect(opcode, oparg=None, *, jump=None)` (`_opcode.stack_effect`).
fn stack_effect(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(&format!("stack_effect expected at least 1 argument, got {}", pos.len())));
    }
    let mut jump: Option<bool> = None;
    for (k, v) in kws {
        if k != "jump" {
            return Err(vm.type_error(&format!("stack_effect() got an unexpected keyword argument '{k}'")));
        }
        jump = if v.is(&vm.none) {
            None
        } else if v.is(&vm.true_) {
            Some(true)
        } else if v.is(&vm.false_) {
            Some(false)
        } else {
            return Err(vm.value_error("stack_effect: jump must be False, True or None"));
        };
    }
    let int = |vm: &mut Vm, o: &ObjRef| -> PyResult<i64> {
        o.downcast::<IntBody>().and_then(|i| i.small()).ok_or_else(|| vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(o))))
    };
    let opcode = int(vm, &pos[0])?;
    let oparg = match pos.get(1).filter(|a| !a.is(&vm.none)) {
        Some(a) => int(vm, a)?,
        None => 0,
    };
    let Some(op) = op_by_number(opcode).filter(|o| *o != Op::CACHE && *o != Op::RESERVED) else {
        return Err(vm.value_error("invalid opcode or oparg"));
    };
    let oparg = oparg as i32;
    let e = match jump {
        Some(j) => op.stack_effect(oparg, j),
        None => op.stack_effect(oparg, true).max(op.stack_effect(oparg, false)),
    };
    Ok(vm.int(e as i64))
}

/// `findlabels(code)` over bytes.
fn findlabels(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let Some(b) = args.first().and_then(|a| a.downcast::<crate::objects::bytes_type::BytesBody>()) else {
        return Err(vm.type_error("findlabels() needs a bytes object"));
    };
    let v: Vec<ObjRef> = crate::dis::findlabels(&b.b).into_iter().map(|t| vm.int(t)).collect();
    Ok(vm.list(v))
}

pub fn make(vm: &mut Vm) -> PyResult {
    let m = new_module(vm, "dis");
    let d = module_dict(&m);
    // opmap: CPython's order (Lib/_opcode_metadata.py): the four fixed numbers first, then the
    // base instructions, the instrumented ones and the pseudo-instructions in numbering order.
    let mut order: Vec<(&str, u16)> = vec![("CACHE", 0), ("RESERVED", 17), ("RESUME", 149), ("INSTRUMENTED_LINE", 254)];
    for i in OPS.iter().filter(|i| (i.op as u16) < 256 && !matches!(i.op, Op::CACHE | Op::RESERVED | Op::RESUME)) {
        order.push((i.name, i.op as u16));
    }
    order.extend(INSTRUMENTED.iter().filter(|(n, _)| *n != "INSTRUMENTED_LINE").copied());
    for i in OPS.iter().filter(|i| (i.op as u16) >= 256) {
        order.push((i.name, i.op as u16));
    }
    let opmap = vm.new_dict();
    let max = order.iter().map(|x| x.1).max().unwrap_or(0) as usize;
    let mut names: Vec<ObjRef> = (0..=max).map(|i| vm.str(&format!("<{i}>"))).collect();
    for (name, n) in &order {
        let k = vm.str(name);
        let v = vm.int(*n as i64);
        vm.dict_set(&opmap, k.clone(), v)?;
        names[*n as usize] = k;
    }
    vm.dict_set_str(&d, "opmap", opmap);
    let opname = vm.list(names);
    vm.dict_set_str(&d, "opname", opname);
    let pick = |vm: &mut Vm, f: &dyn Fn(Op) -> bool, extra: &[u16]| -> ObjRef {
        let mut v: Vec<ObjRef> = Vec::new();
        for (_, n) in &order {
            let hit = match op_by_number(*n as i64) {
                Some(op) => f(op),
                None => extra.contains(n),
            };
            if hit {
                v.push(vm.int(*n as i64));
            }
        }
        vm.list(v)
    };
    let lists: [(&str, &dyn Fn(Op) -> bool, &[u16]); 6] = [
        ("hasconst", &|o: Op| o.has_const(), &[240]),
        ("hasname", &|o: Op| o.has_name(), &[]),
        ("hasjump", &|o: Op| o.has_jump(), &[]),
        ("haslocal", &|o: Op| o.has_local(), &[]),
        ("hasfree", &|o: Op| o.has_free(), &[]),
        ("hasexc", &|o: Op| o.has_exc(), &[]),
    ];
    for (name, f, extra) in lists {
        let l = pick(vm, f, extra);
        vm.dict_set_str(&d, name, l);
    }
    let cmp: Vec<ObjRef> = CMP_OP.iter().map(|s| vm.str(s)).collect();
    let cmp = vm.tuple(cmp);
    vm.dict_set_str(&d, "cmp_op", cmp);
    let nb: Vec<ObjRef> = NB_OPS
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let name = nb_op_name(i);
            let pair = vec![vm.str(name), vm.str(s)];
            vm.tuple(pair)
        })
        .collect();
    let nb = vm.list(nb);
    vm.dict_set_str(&d, "_nb_ops", nb);
    for (k, v) in [("HAVE_ARGUMENT", HAVE_ARGUMENT as i64), ("EXTENDED_ARG", Op::EXTENDED_ARG as i64)] {
        let i = vm.int(v);
        vm.dict_set_str(&d, k, i);
    }
    add_functions(
        vm,
        &m,
        &[
            ("_get_code_object", get_code_object as NativeFn),
            ("_instructions", instructions),
            ("_text", dis_text),
            ("findlabels", findlabels),
            ("dis", dis_dis),
            ("disassemble", dis_disassemble),
            ("stack_effect", stack_effect),
        ],
    );
    super::run_python_in(vm, &m, "dis", include_str!("py/dis.py"))?;
    Ok(m)
}

/// The `NB_*` name of BINARY_OP argument `i` (Lib/opcode.py `_nb_ops`).
fn nb_op_name(i: usize) -> &'static str {
    const NAMES: [&str; 13] = [
        "NB_ADD",
        "NB_AND",
        "NB_FLOOR_DIVIDE",
        "NB_LSHIFT",
        "NB_MATRIX_MULTIPLY",
        "NB_MULTIPLY",
        "NB_REMAINDER",
        "NB_OR",
        "NB_POWER",
        "NB_RSHIFT",
        "NB_SUBTRACT",
        "NB_TRUE_DIVIDE",
        "NB_XOR",
    ];
    const INPLACE: [&str; 13] = [
        "NB_INPLACE_ADD",
        "NB_INPLACE_AND",
        "NB_INPLACE_FLOOR_DIVIDE",
        "NB_INPLACE_LSHIFT",
        "NB_INPLACE_MATRIX_MULTIPLY",
        "NB_INPLACE_MULTIPLY",
        "NB_INPLACE_REMAINDER",
        "NB_INPLACE_OR",
        "NB_INPLACE_POWER",
        "NB_INPLACE_RSHIFT",
        "NB_INPLACE_SUBTRACT",
        "NB_INPLACE_TRUE_DIVIDE",
        "NB_INPLACE_XOR",
    ];
    let names: &[&str] = if i < 13 { &NAMES } else { &INPLACE };
    names.get(i % 13).copied().unwrap_or("")
}
