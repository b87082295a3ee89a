//! The `token` module (Lib/token.py, generated from Grammar/Tokens): the token numbers, `tok_name`,
//! `EXACT_TOKEN_TYPES` and the `IS*` predicates, all read from the tokenizer's one table
//! (`tokenize::token`).

use super::{add_functions, module_dict, new_module};
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::tokenize::token::{TokenKind, ALL_KINDS, OPERATORS};
use crate::vm::Vm;

const NT_OFFSET: i64 = 256;

fn int1(vm: &mut Vm, name: &str, args: &[ObjRef]) -> PyResult<i64> {
    if args.len() != 1 {
        return Err(vm.type_error(&format!("{name}() takes 1 positional argument but {} were given", args.len())));
    }
    match args[0].downcast::<IntBody>() {
        Some(i) => Ok(i.small().unwrap_or(i64::MAX)),
        None => Err(vm.type_error(&format!("'<' not supported between instances of '{}' and 'int'", vm.type_name(&args[0])))),
    }
}
fn isterminal(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let x = int1(vm, "ISTERMINAL", args)?;
    Ok(vm.bool(x < NT_OFFSET))
}
fn isnonterminal(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let x = int1(vm, "ISNONTERMINAL", args)?;
    Ok(vm.bool(x >= NT_OFFSET))
}
fn iseof(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let x = int1(vm, "ISEOF", args)?;
    Ok(vm.bool(x == TokenKind::Endmarker as i64))
}

pub fn make(vm: &mut Vm) -> PyResult {
    let m = new_module(vm, "token");
    let d = module_dict(&m);
    let mut all: Vec<ObjRef> = ["tok_name", "ISTERMINAL", "ISNONTERMINAL", "ISEOF"].iter().map(|s| vm.str(s)).collect();
    let tok_name = vm.new_dict();
    for k in ALL_KINDS {
        let n = vm.int(k as i64);
        vm.dict_set_str(&d, k.name(), n.clone());
        let s = vm.str(k.name());
        vm.dict_set(&tok_name, n, s)?;
    }
    let n = vm.int(ALL_KINDS.len() as i64);
    vm.dict_set_str(&d, "N_TOKENS", n.clone());
    let ns = vm.str("N_TOKENS");
    vm.dict_set(&tok_name, n, ns)?;
    let n = vm.int(NT_OFFSET);
    vm.dict_set_str(&d, "NT_OFFSET", n.clone());
    let ns = vm.str("NT_OFFSET");
    vm.dict_set(&tok_name, n, ns)?;
    for k in ALL_KINDS {
        all.push(vm.str(k.name()));
    }
    all.push(vm.str("N_TOKENS"));
    all.push(vm.str("NT_OFFSET"));
    vm.dict_set_str(&d, "tok_name", tok_name);
    let all = vm.list(all);
    vm.dict_set_str(&d, "__all__", all);
    let exact = vm.new_dict();
    let mut ops: Vec<(TokenKind, &str)> = OPERATORS.to_vec();
    ops.sort_by(|a, b| a.1.cmp(b.1));
    for (k, s) in ops {
        let key = vm.str(s);
        let v = vm.int(k as i64);
        vm.dict_set(&exact, key, v)?;
    }
    vm.dict_set_str(&d, "EXACT_TOKEN_TYPES", exact);
    add_functions(vm, &m, &[("ISEOF", iseof as NativeFn), ("ISNONTERMINAL", isnonterminal), ("ISTERMINAL", isterminal)]);
    Ok(m)
}
