//! The data attributes of code objects beyond the few `slots` serves itself (Objects/codeobject.c
//! `code_memberlist` and `code_getsetlist`): the variable-name tuples, counts, flags, qualified
//! name, the raw tables (`co_code`, `co_linetable`, `co_exceptiontable`), and the methods
//! `co_lines()` and `co_positions()` (as lists; CPython returns iterators over the same items).

use super::bodies::CodeBody;
use super::typeobject::PyResult;
use super::object::ObjRef;
use crate::vm::Vm;
use std::rc::Rc;

fn names(vm: &mut Vm, v: Vec<Rc<str>>) -> ObjRef {
    let items = v.iter().map(|n| vm.intern(n)).collect();
    vm.tuple(items)
}

/// `code.<name>` for the attributes listed above, or None.
pub fn code_attr(vm: &mut Vm, c: &CodeBody, name: &str) -> Option<ObjRef> {
    let code = &c.code;
    Some(match name {
        "co_varnames" => names(vm, code.varnames()),
        "co_cellvars" => names(vm, code.cellvars()),
        "co_freevars" => names(vm, code.freevars()),
        "co_nlocals" => vm.int(code.nlocals() as i64),
        "co_stacksize" => vm.int(code.stacksize as i64),
        "co_flags" => vm.int(code.flags as i64),
        "co_posonlyargcount" => vm.int(code.posonlyargcount as i64),
        "co_kwonlyargcount" => vm.int(code.kwonlyargcount as i64),
        "co_qualname" => vm.str(&code.qualname),
        "co_code" => super::bytes_type::new_bytes(vm, code.code.clone()),
        "co_linetable" => super::bytes_type::new_bytes(vm, code.linetable.clone()),
        "co_exceptiontable" => super::bytes_type::new_bytes(vm, code.exceptiontable.clone()),
        "co_lnotab" => super::bytes_type::new_bytes(vm, Vec::new()),
        _ => return None,
    })
}

fn opt_int(vm: &mut Vm, v: Option<i32>) -> ObjRef {
    match v {
        Some(x) => vm.int(x as i64),
        None => vm.none.clone(),
    }
}

fn code_of<'a>(vm: &mut Vm, args: &'a [ObjRef], name: &str) -> PyResult<&'a CodeBody> {
    match args.first().and_then(|a| a.downcast::<CodeBody>()) {
        Some(c) if args.len() == 1 => Ok(c),
        Some(_) => Err(vm.type_error(&format!("code.{name}() takes no arguments ({} given)", args.len() - 1))),
        None => Err(vm.type_error(&format!("descriptor '{name}' requires a 'code' object"))),
    }
}

/// `code.co_lines()`: (start, end, line) byte ranges.
fn co_lines(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let c = code_of(vm, args, "co_lines")?;
    let mut items = Vec::new();
    for (a, b, l) in c.code.co_lines() {
        let t = vec![vm.int(a as i64), vm.int(b as i64), opt_int(vm, l)];
        items.push(vm.tuple(t));
    }
    let l = vm.list(items);
    vm.get_iter(&l)
}

/// `code.co_positions()`: (line, end_line, col, end_col) per code unit.
fn co_positions(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let c = code_of(vm, args, "co_positions")?;
    let mut items = Vec::new();
    for (a, b, x, y) in c.code.co_positions() {
        let t = vec![opt_int(vm, a), opt_int(vm, b), opt_int(vm, x), opt_int(vm, y)];
        items.push(vm.tuple(t));
    }
    let l = vm.list(items);
    vm.get_iter(&l)
}

fn str_of(vm: &mut Vm, v: &ObjRef, what: &str) -> PyResult<Rc<str>> {
    match v.downcast::<super::bodies::StrBody>() {
        Some(s) => Ok(Rc::from(s.text().as_ref())),
        None => Err(vm.type_error(&format!("replace() argument '{what}' must be str, not {}", vm.type_name(v)))),
    }
}

fn int_of(vm: &mut Vm, v: &ObjRef, what: &str) -> PyResult<i64> {
    match crate::objects::longobject::small_int(v) {
        Some(i) => Ok(i),
        None => Err(vm.type_error(&format!("replace() argument '{what}' must be int, not {}", vm.type_name(v)))),
    }
}

/// `code.replace(**changes)`: a copy with the given fields replaced (the scalar fields, names,
/// and `co_consts` as objects).
fn code_replace(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = crate::modules::split_kw(args, kw);
    let Some(c) = pos.first().and_then(|a| a.downcast::<CodeBody>()) else {
        return Err(vm.type_error("descriptor 'replace' requires a 'code' object"));
    };
    if pos.len() > 1 {
        return Err(vm.type_error(&format!("replace() takes no positional arguments ({} given)", pos.len() - 1)));
    }
    let mut code: crate::code::Code = (*c.code).clone();
    code.uid = crate::code::next_code_uid();
    let mut consts = c.consts.clone();
    for (k, v) in kws {
        match k.as_str() {
            "co_name" => code.name = str_of(vm, &v, &k)?,
            "co_qualname" => code.qualname = str_of(vm, &v, &k)?,
            "co_filename" => code.filename = str_of(vm, &v, &k)?,
            "co_firstlineno" => code.firstlineno = int_of(vm, &v, &k)? as i32,
            "co_flags" => code.flags = int_of(vm, &v, &k)? as u32,
            "co_stacksize" => code.stacksize = int_of(vm, &v, &k)? as u32,
            "co_argcount" => code.argcount = int_of(vm, &v, &k)? as u32,
            "co_posonlyargcount" => code.posonlyargcount = int_of(vm, &v, &k)? as u32,
            "co_kwonlyargcount" => code.kwonlyargcount = int_of(vm, &v, &k)? as u32,
            "co_consts" => match v.downcast::<super::bodies::TupleBody>() {
                Some(t) => consts = t.items.to_vec(),
                None => return Err(vm.type_error(&format!("replace() argument 'co_consts' must be tuple, not {}", vm.type_name(&v)))),
            },
            _ => return Err(vm.type_error(&format!("replace() got an unexpected keyword argument '{k}'"))),
        }
    }
    let new = crate::eval::make_code(vm, Rc::new(code));
    // The eval loop loads the constants as objects: the copy carries the given ones.
    if let Some(nb) = new.downcast::<CodeBody>() {
        let body = CodeBody {
            code: nb.code.clone(),
            consts,
            names: nb.names.clone(),
            localsplusnames: nb.localsplusnames.clone(),
            instrs: nb.instrs.clone(),
            entry_ip: nb.entry_ip,
            icache: (0..nb.icache.len()).map(|_| Default::default()).collect(),
            ncells: nb.ncells,
            nfrees: nb.nfrees,
            cell_start: nb.cell_start,
        };
        return Ok(super::object::alloc(&vm.t.code.clone(), body));
    }
    Ok(new)
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.code.clone();
    vm.add_method(&t, "replace", code_replace);
    vm.add_method(&t, "co_lines", co_lines);
    vm.add_method(&t, "co_positions", co_positions);
}
