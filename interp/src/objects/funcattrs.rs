//! The introspection attributes of function objects (Objects/funcobject.c `func_memberlist`,
//! `func_getsetlist`): `__closure__`, `__kwdefaults__`, `__annotations__` (3.13 builds the dict
//! from the flat `(name, value, ...)` tuple the compiler stores, on first access), `__dict__`,
//! `__builtins__`, `__type_params__`, and their setters; and `__traceback__` assignment on
//! exceptions (Objects/exceptions.c `BaseException_set_tb`).

use super::bodies::*;
use super::object::ObjRef;
use super::typeobject::*;
use crate::vm::Vm;

/// The attributes `slots::special_attr` does not serve for functions.
pub fn function_attr(vm: &mut Vm, f: &FunctionBody, name: &str) -> Option<ObjRef> {
    Some(match name {
        "__closure__" => f.closure.borrow().clone().unwrap_or_else(|| vm.none.clone()),
        "__kwdefaults__" => f.kwdefaults.borrow().clone().unwrap_or_else(|| vm.none.clone()),
        "__builtins__" => f.builtins.clone(),
        "__type_params__" => vm.empty_tuple.clone(),
        "__annotations__" => annotations(vm, f),
        "__dict__" => {
            if f.dict.borrow().is_none() {
                *f.dict.borrow_mut() = Some(vm.new_dict());
            }
            f.dict.borrow().clone().unwrap()
        }
        _ => return None,
    })
}

/// `func_get_annotations`: the stored tuple becomes a dict, kept from then on.
fn annotations(vm: &mut Vm, f: &FunctionBody) -> ObjRef {
    let cur = f.annotations.borrow().clone();
    if let Some(a) = &cur {
        if a.downcast::<TupleBody>().is_none() {
            return a.clone();
        }
    }
    let d = vm.new_dict();
    if let Some(t) = cur.as_ref().and_then(|a| a.downcast::<TupleBody>()) {
        for kv in t.items.chunks(2) {
            if let [k, v] = kv {
                let _ = vm.dict_set(&d, k.clone(), v.clone());
            }
        }
    }
    *f.annotations.borrow_mut() = Some(d.clone());
    d
}

/// Setting (or deleting, `v` None) the special attributes of functions and `__traceback__`:
/// Ok(true) when handled here.
pub fn set_special(vm: &mut Vm, o: &ObjRef, name: &str, v: &Option<ObjRef>) -> PyResult<bool> {
    if let Some(e) = o.downcast::<ExcBody>() {
        if name != "__traceback__" {
            return Ok(false);
        }
        let Some(v) = v else {
            return Err(vm.type_error("__traceback__ may not be deleted"));
        };
        *e.tb_obj.borrow_mut() = None;
        if v.is(&vm.none) {
            e.traceback.borrow_mut().clear();
            return Ok(true);
        }
        return match super::frameobject::entries_of(v) {
            Some(entries) => {
                *e.tb_obj.borrow_mut() = Some((entries.len(), v.clone()));
                *e.traceback.borrow_mut() = entries;
                Ok(true)
            }
            None => Err(vm.type_error("__traceback__ must be a traceback or None")),
        };
    }
    let Some(f) = o.downcast::<FunctionBody>() else { return Ok(false) };
    let is_none = v.as_ref().map_or(true, |x| x.is(&vm.none));
    match name {
        "__defaults__" | "__kwdefaults__" | "__annotations__" => {
            let want_tuple = name == "__defaults__";
            if !is_none {
                let x = v.as_ref().unwrap();
                let ok = if want_tuple { x.downcast::<TupleBody>().is_some() } else { x.downcast::<DictBody>().is_some() };
                if !ok {
                    let msg = match name {
                        "__defaults__" => "__defaults__ must be set to a tuple object",
                        "__kwdefaults__" => "__kwdefaults__ must be set to a dict object",
                        _ => "__annotations__ must be set to a dict object",
                    };
                    return Err(vm.type_error(msg));
                }
            }
            let slot = match name {
                "__defaults__" => &f.defaults,
                "__kwdefaults__" => &f.kwdefaults,
                _ => &f.annotations,
            };
            *slot.borrow_mut() = if is_none { None } else { v.clone() };
            Ok(true)
        }
        "__name__" | "__qualname__" => {
            match v {
                Some(x) if x.downcast::<StrBody>().is_some() => {
                    let slot = if name == "__name__" { &f.name } else { &f.qualname };
                    *slot.borrow_mut() = x.clone();
                }
                _ => return Err(vm.type_error(&format!("{name} must be set to a string object"))),
            }
            Ok(true)
        }
        "__doc__" => {
            *f.doc.borrow_mut() = v.clone();
            Ok(true)
        }
        "__module__" => {
            *f.module.borrow_mut() = v.clone();
            Ok(true)
        }
        "__dict__" => match v {
            Some(x) if x.downcast::<DictBody>().is_some() => {
                *f.dict.borrow_mut() = Some(x.clone());
                Ok(true)
            }
            _ => Err(vm.type_error("__dict__ must be set to a dictionary")),
        },
        _ => Ok(false),
    }
}

/// `function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)`
/// (Objects/funcobject.c `func_new_impl`).
pub fn function_new(vm: &mut Vm, _t: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    use std::cell::RefCell;
    let names = ["code", "globals", "name", "argdefs", "closure", "kwdefaults"];
    let (pos, kws) = crate::modules::split_kw(args, kw);
    if pos.len() > names.len() {
        return Err(vm.type_error(&format!("function() takes at most 6 arguments ({} given)", pos.len())));
    }
    let mut slots: Vec<Option<ObjRef>> = vec![None; names.len()];
    for (i, v) in pos.into_iter().enumerate() {
        slots[i] = Some(v);
    }
    for (k, v) in kws {
        match names.iter().position(|n| *n == k) {
            Some(i) if slots[i].is_none() => slots[i] = Some(v),
            Some(_) => return Err(vm.type_error(&format!("argument for function() given by name ('{k}') and position"))),
            None => return Err(vm.type_error(&format!("function() got an unexpected keyword argument '{k}'"))),
        }
    }
    let none = vm.none.clone();
    let opt = |i: usize| slots[i].clone().filter(|v| !v.is(&none));
    let Some(code) = slots[0].clone() else {
        return Err(vm.type_error("function() missing required argument 'code' (pos 1)"));
    };
    let Some(cb) = code.downcast::<CodeBody>() else {
        return Err(vm.type_error(&format!("function() argument 'code' must be code, not {}", vm.type_name(&code))));
    };
    let Some(globals) = slots[1].clone() else {
        return Err(vm.type_error("function() missing required argument 'globals' (pos 2)"));
    };
    if globals.downcast::<DictBody>().is_none() {
        return Err(vm.type_error(&format!("function() argument 'globals' must be dict, not {}", vm.type_name(&globals))));
    }
    let name = match opt(2) {
        Some(n) if n.downcast::<StrBody>().is_some() => n,
        Some(_) => return Err(vm.type_error("arg 3 (name) must be None or string")),
        None => vm.str(&cb.code.name),
    };
    let defaults = opt(3);
    if defaults.as_ref().is_some_and(|d| d.downcast::<TupleBody>().is_none()) {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let closure = opt(4);
    let nfree = cb.nfrees;
    let nclosure = match &closure {
        Some(c) => match c.downcast::<TupleBody>() {
            Some(t) => t.items.len(),
            None => return Err(vm.type_error("arg 5 (closure) must be tuple")),
        },
        None => 0,
    };
    if nclosure != nfree {
        return Err(vm.value_error(&format!("{} requires closure of length {}, not {}", cb.code.name, nfree, nclosure)));
    }
    if let Some(c) = &closure {
        for item in c.downcast::<TupleBody>().unwrap().items.iter() {
            if item.downcast::<CellBody>().is_none() {
                return Err(vm.type_error(&format!("arg 5 (closure) expected cell, found {}", vm.type_name(item))));
            }
        }
    }
    let kwdefaults = opt(5);
    if kwdefaults.as_ref().is_some_and(|d| d.downcast::<DictBody>().is_none()) {
        return Err(vm.type_error("arg 6 (kwdefaults) must be None or dict"));
    }
    let builtins = match vm.dict_get_str(&globals, "__builtins__")? {
        Some(b) if b.downcast::<DictBody>().is_some() => b,
        Some(m) if m.downcast::<ModuleBody>().is_some() => m.downcast::<ModuleBody>().unwrap().dict.clone(),
        _ => vm.builtins.clone(),
    };
    let module = vm.dict_get_str(&globals, "__name__")?;
    let doc = cb.consts.first().filter(|d| d.downcast::<StrBody>().is_some()).cloned();
    let qualname = vm.str(&cb.code.qualname);
    Ok(super::object::alloc(
        &vm.t.function.clone(),
        FunctionBody {
            code: code.clone(),
            globals,
            builtins,
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure: RefCell::new(closure),
            annotations: RefCell::new(None),
            dict: RefCell::new(None),
            module: RefCell::new(module),
            doc: RefCell::new(doc),
        },
    ))
}
