//! The structural pattern matching helpers of the eval loop (Python/ceval.c
//! `_PyEval_MatchClass`, `_PyEval_MatchKeys`, and the MATCH_SEQUENCE / MATCH_MAPPING type
//! flags): class patterns with `__match_args__` and the self-matching built-ins, mapping
//! patterns through the subject's `get`.

use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::{is_subtype, tp, PyErr, PyResult, TypeObject};
use crate::vm::Vm;

/// Py_TPFLAGS_SEQUENCE: list, tuple, range and their subclasses.
pub fn is_sequence(vm: &Vm, o: &ObjRef) -> bool {
    let t = o.type_of();
    [&vm.t.list, &vm.t.tuple, &vm.t.range].iter().any(|b| is_subtype(&t, b))
}

/// Py_TPFLAGS_MAPPING: dict and its subclasses.
pub fn is_mapping(vm: &Vm, o: &ObjRef) -> bool {
    is_subtype(&o.type_of(), &vm.t.dict)
}

/// `getattr(o, name)` or None when the attribute is missing.
fn optional_attr(vm: &mut Vm, o: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
    match vm.getattr(o, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if is_subtype(&e.0.type_of(), &vm.e.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Built-in types whose single positional sub-pattern matches the subject itself
/// (_Py_TPFLAGS_MATCH_SELF).
fn matches_self(vm: &mut Vm, ty: &ObjRef) -> bool {
    let t = &vm.t;
    let mut selfish = vec![t.bool_.clone(), t.float.clone(), t.frozenset.clone(), t.int.clone(), t.list.clone(), t.set.clone(), t.str_.clone(), t.tuple.clone(), t.dict.clone()];
    let b = vm.builtins.clone();
    for n in ["bytes", "bytearray"] {
        if let Ok(Some(x)) = vm.dict_get_str(&b, n) {
            selfish.push(x);
        }
    }
    tp(ty).mro.borrow().iter().any(|m| selfish.iter().any(|s| s.is(m)))
}

fn type_name(ty: &ObjRef) -> String {
    tp(ty).name()
}

/// `_PyEval_MatchClass`: the tuple of extracted attributes, or None when the subject does not
/// match.
pub fn match_class(vm: &mut Vm, subject: &ObjRef, ty: &ObjRef, nargs: usize, kwargs: &ObjRef) -> PyResult<Option<ObjRef>> {
    if ty.downcast::<TypeObject>().is_none() {
        return Err(vm.type_error("called match pattern must be a class"));
    }
    if !is_subtype(&subject.type_of(), ty) {
        return Ok(None);
    }
    let mut seen: Vec<String> = Vec::new();
    let mut attrs = Vec::new();
    let mut take = |vm: &mut Vm, name: &ObjRef, attrs: &mut Vec<ObjRef>| -> PyResult<bool> {
        let n = name.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
        if seen.contains(&n) {
            let r = vm.repr_string(name)?;
            return Err(vm.type_error(&format!("{}() got multiple sub-patterns for attribute {r}", type_name(ty))));
        }
        seen.push(n);
        match optional_attr(vm, subject, name)? {
            Some(v) => {
                attrs.push(v);
                Ok(true)
            }
            None => Ok(false),
        }
    };
    if nargs > 0 {
        let key = vm.intern("__match_args__");
        let match_args = optional_attr(vm, ty, &key)?;
        let (names, match_self) = match match_args {
            Some(m) => match m.downcast::<TupleBody>() {
                Some(t) if m.is_exact(&vm.t.tuple) => (t.items.to_vec(), false),
                _ => {
                    return Err(vm.type_error(&format!("{}.__match_args__ must be a tuple (got {})", type_name(ty), vm.type_name(&m))));
                }
            },
            None => (Vec::new(), matches_self(vm, ty)),
        };
        let allowed = if match_self { 1 } else { names.len() };
        if allowed < nargs {
            return Err(vm.type_error(&format!(
                "{}() accepts {allowed} positional sub-pattern{} ({nargs} given)",
                type_name(ty),
                if allowed == 1 { "" } else { "s" }
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &names[..nargs] {
                if !name.is_exact(&vm.t.str_) {
                    return Err(vm.type_error(&format!("__match_args__ elements must be strings (got {})", vm.type_name(name))));
                }
                if !take(vm, name, &mut attrs)? {
                    return Ok(None);
                }
            }
        }
    }
    let kw: Vec<ObjRef> = kwargs.downcast::<TupleBody>().map(|t| t.items.to_vec()).unwrap_or_default();
    for name in &kw {
        if !take(vm, name, &mut attrs)? {
            return Ok(None);
        }
    }
    Ok(Some(vm.tuple(attrs)))
}

/// `_PyEval_MatchKeys`: the values of `keys` in the mapping (looked up with its `get`), or
/// None when one is missing.
pub fn match_keys(vm: &mut Vm, map: &ObjRef, keys: &ObjRef) -> PyResult<ObjRef> {
    let keys: Vec<ObjRef> = keys.downcast::<TupleBody>().map(|t| t.items.to_vec()).unwrap_or_default();
    if keys.is_empty() {
        return Ok(vm.empty_tuple.clone());
    }
    let get = vm.getattr_str(map, "get")?;
    let dummy = crate::objects::object::alloc(&vm.t.object.clone(), ObjectBody);
    let mut seen: Vec<ObjRef> = Vec::new();
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        for s in &seen {
            if vm.eq(s, &key)? {
                let r = vm.repr_string(&key)?;
                return Err(PyErr(vm.new_exception(&vm.e.value_error.clone(), vec![vm.str(&format!("mapping pattern checks duplicate key ({r})"))])));
            }
        }
        vm.hash(&key)?;
        seen.push(key.clone());
        let v = vm.call(&get, &[key, dummy.clone()], None)?;
        if v.is(&dummy) {
            return Ok(vm.none.clone());
        }
        values.push(v);
    }
    Ok(vm.tuple(values))
}
