//! The `keyword` module (Lib/keyword.py, generated from Grammar/python.gram): the hard and soft
//! keywords of 3.13 and the membership tests. The parser's keyword table (`parser::token::T::name`)
//! is the same set; a unit test keeps the two in step.

use super::{add_functions, module_dict, new_module};
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::vm::Vm;

pub const KWLIST: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
    "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
];
pub const SOFTKWLIST: [&str; 4] = ["_", "case", "match", "type"];

/// `frozenset(list).__contains__`: the argument must be hashable; only an equal str is in.
fn member(vm: &mut Vm, name: &str, args: &[ObjRef], set: &[&str]) -> PyResult {
    if args.len() != 1 {
        return Err(vm.type_error(&format!("frozenset.__contains__() takes exactly one argument ({} given)", args.len())));
    }
    let _ = name;
    vm.hash(&args[0])?;
    let found = args[0].downcast::<StrBody>().is_some_and(|s| set.contains(&s.text().as_ref()));
    Ok(vm.bool(found))
}
fn iskeyword(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    member(vm, "iskeyword", args, &KWLIST)
}
fn issoftkeyword(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    member(vm, "issoftkeyword", args, &SOFTKWLIST)
}

pub fn make(vm: &mut Vm) -> PyResult {
    let m = new_module(vm, "keyword");
    let d = module_dict(&m);
    let all: Vec<ObjRef> = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"].iter().map(|s| vm.str(s)).collect();
    let all = vm.list(all);
    vm.dict_set_str(&d, "__all__", all);
    let kw: Vec<ObjRef> = KWLIST.iter().map(|s| vm.str(s)).collect();
    let kw = vm.list(kw);
    vm.dict_set_str(&d, "kwlist", kw);
    let soft: Vec<ObjRef> = SOFTKWLIST.iter().map(|s| vm.str(s)).collect();
    let soft = vm.list(soft);
    vm.dict_set_str(&d, "softkwlist", soft);
    add_functions(vm, &m, &[("iskeyword", iskeyword as NativeFn), ("issoftkeyword", issoftkeyword)]);
    Ok(m)
}

#[cfg(test)]
mod tests {
    #[test]
    fn kwlist_is_the_parsers_keyword_set() {
        use crate::parser::token::T;
        for k in super::KWLIST {
            assert!(T::name(k).is_keyword(), "{k}");
        }
        let mut sorted = super::KWLIST.to_vec();
        sorted.sort();
        assert_eq!(sorted, super::KWLIST.to_vec());
    }
}
