//! `type.mro()` and the metaclass hook around it (Objects/typeobject.c `type_mro_impl`,
//! `mro_invoke`): the C3 order as a new list, and, for a class whose metaclass overrides `mro`,
//! the order that override returns becomes `__mro__`.

use super::bodies::*;
use super::methodargs::{bind, Style};
use super::object::ObjRef;
use super::typeobject::*;
use crate::vm::Vm;

/// `type.mro(self)`: the C3 linearisation of the class and its bases, as a new list.
pub fn type_mro(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let Some(ty) = a.first().filter(|t| is_subtype(&t.type_of(), &vm.t.type_)).cloned() else {
        let what = a.first().map(|o| vm.type_name(o)).unwrap_or_default();
        return Err(vm.type_error(&format!("descriptor 'mro' for 'type' objects doesn't apply to a '{what}' object")));
    };
    bind(vm, &format!("{}.mro", tp(&ty).name()), &[], 0, Style::NoArgs, a, kw)?;
    let mut bases = tp(&ty).bases.clone();
    if bases.is_empty() {
        // A static type records only its `tp_base`; every type but object has a base.
        match tp(&ty).base.clone() {
            Some(b) => bases.push(b),
            None if !ty.is(&vm.t.object) => bases.push(vm.t.object.clone()),
            None => {}
        }
    }
    match c3_mro(&ty, &bases) {
        Some(order) => Ok(vm.list(order)),
        None => {
            let names: Vec<String> = bases.iter().map(|b| tp(b).name()).collect();
            Err(vm.type_error(&format!("Cannot create a consistent method resolution order (MRO) for bases {}", names.join(", "))))
        }
    }
}

/// For a new class whose metaclass defines its own `mro`, the order that method returns (each
/// entry must be a class); None when the metaclass inherits `type.mro`.
pub fn custom_mro(vm: &mut Vm, ty: &ObjRef) -> PyResult<Option<Vec<ObjRef>>> {
    let meta = ty.type_of();
    if meta.is(&vm.t.type_) {
        return Ok(None);
    }
    let name = vm.intern("mro");
    let Some(f) = vm.type_lookup(&meta, &name) else { return Ok(None) };
    if f.downcast::<MethodDescrBody>().is_some_and(|d| d.f as usize == type_mro as NativeFn as usize) {
        return Ok(None);
    }
    let m = vm.getattr(ty, &name)?;
    let r = vm.call(&m, &[], None)?;
    let items = vm.collect(&r)?;
    for it in &items {
        if !is_subtype(&it.type_of(), &vm.t.type_) {
            return Err(vm.type_error(&format!("mro() returned a non-class ('{}')", vm.type_name(it))));
        }
    }
    Ok(Some(items))
}
