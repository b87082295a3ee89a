//! The `types` module (Lib/types.py): the Python part is `py/types.py`; here is what it needs
//! from the runtime, the `module` type's constructor (`types.ModuleType(name, doc=None)`,
//! Objects/moduleobject.c `module___init___impl`).

use super::{module_dict, python_module, split_kw};
use crate::objects::bodies::*;
use crate::objects::object::{alloc, ObjRef};
use crate::objects::typeobject::*;
use crate::vm::Vm;

/// `module(name, doc=None)`: a module whose namespace has `__name__`, `__doc__`, `__package__`,
/// `__loader__` and `__spec__`.
fn module_new(vm: &mut Vm, _t: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    let mut name = pos.first().cloned();
    let mut doc = pos.get(1).cloned();
    if pos.len() > 2 {
        return Err(vm.type_error(&format!("module() takes at most 2 arguments ({} given)", pos.len())));
    }
    for (k, v) in kws {
        match k.as_str() {
            "name" => name = Some(v),
            "doc" => doc = Some(v),
            _ => return Err(vm.type_error(&format!("module() got an unexpected keyword argument '{k}'"))),
        }
    }
    let Some(name) = name else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    };
    if name.downcast::<StrBody>().is_none() {
        return Err(vm.type_error(&format!("module() argument 'name' must be str, not {}", vm.type_name(&name))));
    }
    let d = vm.new_dict();
    let none = vm.none.clone();
    vm.dict_set_str(&d, "__name__", name);
    vm.dict_set_str(&d, "__doc__", doc.unwrap_or_else(|| none.clone()));
    vm.dict_set_str(&d, "__package__", none.clone());
    vm.dict_set_str(&d, "__loader__", none.clone());
    vm.dict_set_str(&d, "__spec__", none);
    Ok(alloc(&vm.t.module.clone(), ModuleBody { dict: d }))
}

pub fn make(vm: &mut Vm) -> PyResult {
    tp(&vm.t.module).slots.new.set(Some(module_new));
    let m = python_module(vm, "types", include_str!("py/types.py"))?;
    let _ = module_dict(&m);
    // Objects/namespaceobject.c `_PyNamespaceObject`: the object header and its dict pointer.
    super::c_layouts(vm, &m, &[("SimpleNamespace", 24)])?;
    Ok(m)
}
