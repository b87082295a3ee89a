//! `types.GenericAlias` (Objects/genericaliasobject.c) and `types.UnionType`
//! (Objects/unionobject.c): what `list[int]` and `int | None` make. An alias forwards every
//! attribute but a few of its own to its origin, calls the origin, and prints as
//! `list[int]`; a union holds its de-duplicated member types and prints as `int | None`.
//! Also the class-creation side: `__class_getitem__` for the built-in generic classes,
//! `type.__or__`, and `__mro_entries__` (`update_bases` of Python/bltinmodule.c).

use super::bodies::*;
use super::object::{alloc, ObjRef};
use super::typeobject::{tp, CmpOp, PyResult, TypeObject};
use crate::vm::Vm;

/// A parameterized generic (`gaobject`).
pub struct GenericAliasBody {
    pub origin: ObjRef,
    /// Always a tuple.
    pub args: ObjRef,
    /// `*tuple[int, ...]`: the alias unpacked in a subscript.
    pub starred: bool,
}
crate::impl_body!(GenericAliasBody, "types.GenericAlias", gc);

/// `X | Y` of types (`unionobject`); `args` is a tuple of distinct members, None as NoneType.
pub struct UnionBody {
    pub args: ObjRef,
}
crate::impl_body!(UnionBody, "types.UnionType", gc);

/// The types of this module (`Vm::t.alias`).
pub struct AliasTypes {
    pub generic_alias: ObjRef,
    pub union: ObjRef,
}

impl AliasTypes {
    pub fn new(new_type: impl Fn(&str, &'static crate::objects::object::Layout, usize) -> ObjRef) -> AliasTypes {
        use crate::objects::object::Body;
        AliasTypes {
            generic_alias: new_type("GenericAlias", GenericAliasBody::layout(), 56),
            union: new_type("UnionType", UnionBody::layout(), 40),
        }
    }
}

/// `Py_GenericAlias(origin, args)`: args that are not a tuple become a 1-tuple.
pub fn new_alias(vm: &Vm, origin: ObjRef, args: ObjRef, starred: bool) -> ObjRef {
    let args = if args.downcast::<TupleBody>().is_some() { args } else { vm.tuple(vec![args]) };
    alloc(&vm.t.alias.generic_alias, GenericAliasBody { origin, args, starred })
}

fn tuple_items(t: &ObjRef) -> Vec<ObjRef> {
    t.downcast::<TupleBody>().map(|t| t.items.to_vec()).unwrap_or_default()
}

/// An optional attribute: None when getattr raises AttributeError.
fn getattr_opt(vm: &mut Vm, o: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
    match vm.getattr_str(o, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if super::typeobject::is_subtype(&e.0.type_of(), &vm.e.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// How an argument of an alias or a union prints (`ga_repr_item`/`union_repr_item`): a class
/// as its qualified name (no `builtins.`), anything alias-like or name-less by its repr.
fn repr_item(vm: &mut Vm, p: &ObjRef) -> PyResult<String> {
    if p.is(&vm.ellipsis) {
        return Ok("...".into());
    }
    if p.downcast::<GenericAliasBody>().is_some() {
        return vm.repr_string(p);
    }
    if getattr_opt(vm, p, "__origin__")?.is_some() && getattr_opt(vm, p, "__args__")?.is_some() {
        return vm.repr_string(p);
    }
    let Some(qualname) = getattr_opt(vm, p, "__qualname__")? else { return vm.repr_string(p) };
    let module = match getattr_opt(vm, p, "__module__")? {
        Some(m) if !m.is(&vm.none) => m,
        _ => return vm.repr_string(p),
    };
    let q = vm.str_string(&qualname)?;
    if module.downcast::<StrBody>().is_some_and(|s| s.text() == "builtins") {
        return Ok(q);
    }
    let m = vm.str_string(&module)?;
    Ok(format!("{m}.{q}"))
}

fn alias_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let a = o.downcast::<GenericAliasBody>().expect("a GenericAlias");
    let (origin, args, starred) = (a.origin.clone(), tuple_items(&a.args), a.starred);
    let mut s = String::new();
    if starred {
        s.push('*');
    }
    s.push_str(&repr_item(vm, &origin)?);
    s.push('[');
    if args.is_empty() {
        s.push_str("()");
    }
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if let Some(l) = arg.downcast::<ListBody>() {
            let items = l.items.borrow().clone();
            s.push('[');
            for (j, x) in items.iter().enumerate() {
                if j > 0 {
                    s.push_str(", ");
                }
                s.push_str(&repr_item(vm, x)?);
            }
            s.push(']');
        } else {
            s.push_str(&repr_item(vm, arg)?);
        }
    }
    s.push(']');
    Ok(vm.str(&s))
}

/// `__parameters__`: the type variables among the arguments, in order, each once.
fn parameters(vm: &mut Vm, args: &[ObjRef]) -> PyResult {
    let mut out: Vec<ObjRef> = Vec::new();
    for a in args {
        if a.downcast::<TypeObject>().is_some() {
            continue;
        }
        if crate::objects::typevarobject::is_type_param(a) || getattr_opt(vm, a, "__typing_subst__")?.is_some() {
            if !out.iter().any(|x| x.is(a)) {
                out.push(a.clone());
            }
        } else if let Some(ps) = getattr_opt(vm, a, "__parameters__")? {
            for p in tuple_items(&ps) {
                if !out.iter().any(|x| x.is(&p)) {
                    out.push(p);
                }
            }
        }
    }
    Ok(vm.tuple(out))
}

const OWN_ATTRS: [&str; 12] = [
    "__class__",
    "__bases__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

fn alias_getattro(vm: &mut Vm, o: &ObjRef, name: &ObjRef) -> PyResult {
    let a = o.downcast::<GenericAliasBody>().expect("a GenericAlias");
    let n = name.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
    if !OWN_ATTRS.contains(&n.as_str()) {
        let origin = a.origin.clone();
        return vm.getattr(&origin, name);
    }
    match n.as_str() {
        "__origin__" => Ok(a.origin.clone()),
        "__args__" => Ok(a.args.clone()),
        "__unpacked__" => Ok(vm.bool(a.starred)),
        "__parameters__" => {
            let args = tuple_items(&a.args);
            parameters(vm, &args)
        }
        "__typing_unpacked_tuple_args__" => {
            if a.starred && a.origin.is(&vm.t.tuple) {
                Ok(a.args.clone())
            } else {
                Ok(vm.none.clone())
            }
        }
        _ => super::slots::generic_getattr(vm, o, name),
    }
}

fn alias_call(vm: &mut Vm, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let origin = o.downcast::<GenericAliasBody>().expect("a GenericAlias").origin.clone();
    let r = vm.call(&origin, args, kw)?;
    let n = vm.intern("__orig_class__");
    if let Err(e) = vm.setattr(&r, &n, Some(o.clone())) {
        let t = e.0.type_of();
        if !super::typeobject::is_subtype(&t, &vm.e.attribute_error) && !super::typeobject::is_subtype(&t, &vm.e.type_error) {
            return Err(e);
        }
    }
    Ok(r)
}

fn alias_richcompare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<GenericAliasBody>(), b.downcast::<GenericAliasBody>()) else {
        return Ok(vm.notimpl.clone());
    };
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.notimpl.clone());
    }
    let eq = x.starred == y.starred && vm.eq(&x.origin, &y.origin)? && vm.eq(&x.args, &y.args)?;
    Ok(vm.bool(eq == matches!(op, CmpOp::Eq)))
}

fn alias_hash(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    let a = o.downcast::<GenericAliasBody>().expect("a GenericAlias");
    let (origin, args) = (a.origin.clone(), a.args.clone());
    Ok(vm.hash(&origin)? ^ vm.hash(&args)?)
}

/// Iterating an alias yields it starred once (`*tuple[int, ...]`).
fn alias_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let a = o.downcast::<GenericAliasBody>().expect("a GenericAlias");
    let starred = new_alias(vm, a.origin.clone(), a.args.clone(), true);
    let l = vm.tuple(vec![starred]);
    vm.get_iter(&l)
}

/// `alias[...]` (`ga_getitem`): the type variables among the arguments replaced, in order, by
/// the subscript's items, also inside nested aliases.
fn alias_subscript(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult {
    let a = o.downcast::<GenericAliasBody>().expect("a GenericAlias");
    let (origin, args, starred) = (a.origin.clone(), tuple_items(&a.args), a.starred);
    let params = tuple_items(&parameters(vm, &args)?);
    if params.is_empty() {
        let r = vm.repr_string(o)?;
        return Err(vm.type_error(&format!("{r} is not a generic class")));
    }
    let items = match k.downcast::<TupleBody>() {
        Some(t) => t.items.to_vec(),
        None => vec![k.clone()],
    };
    if items.len() != params.len() {
        let r = vm.repr_string(o)?;
        let which = if items.len() > params.len() { "many" } else { "few" };
        return Err(vm.type_error(&format!("Too {which} arguments for {r}; actual {}, expected {}", items.len(), params.len())));
    }
    let subst = |vm: &mut Vm, x: &ObjRef| -> PyResult {
        if let Some(i) = params.iter().position(|p| p.is(x)) {
            return Ok(items[i].clone());
        }
        if x.downcast::<TypeObject>().is_none() {
            if let Some(ps) = getattr_opt(vm, x, "__parameters__")? {
                let ps = tuple_items(&ps);
                if !ps.is_empty() {
                    let sub: Vec<ObjRef> = ps.iter().map(|p| params.iter().position(|q| q.is(p)).map(|i| items[i].clone()).unwrap_or_else(|| p.clone())).collect();
                    let key = if sub.len() == 1 { sub[0].clone() } else { vm.tuple(sub) };
                    return vm.getitem(x, &key);
                }
            }
        }
        Ok(x.clone())
    };
    let mut out = Vec::with_capacity(args.len());
    for x in &args {
        out.push(subst(vm, x)?);
    }
    let t = vm.tuple(out);
    Ok(new_alias(vm, origin, t, starred))
}

fn m_mro_entries(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let origin = a[0].downcast::<GenericAliasBody>().expect("a GenericAlias").origin.clone();
    Ok(vm.tuple(vec![origin]))
}

fn m_instancecheck(vm: &mut Vm, _a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn m_subclasscheck(vm: &mut Vm, _a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

/// `GenericAlias(origin, args)`.
fn alias_new(vm: &mut Vm, _t: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(&format!("GenericAlias expected 2 arguments, got {}", args.len())));
    }
    Ok(new_alias(vm, args[0].clone(), args[1].clone(), false))
}

/// `__class_getitem__` of the built-in generic classes (`Py_GenericAlias`).
fn class_getitem(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if a.len() != 2 {
        return Err(vm.type_error(&format!("__class_getitem__() takes exactly one argument ({} given)", a.len() - 1)));
    }
    Ok(new_alias(vm, a[0].clone(), a[1].clone(), false))
}

// ---- unions ---------------------------------------------------------------------------------

/// `is_unionable`.
fn is_unionable(vm: &Vm, o: &ObjRef) -> bool {
    o.is(&vm.none)
        || o.downcast::<TypeObject>().is_some()
        || o.downcast::<GenericAliasBody>().is_some()
        || o.downcast::<UnionBody>().is_some()
        || crate::objects::typevarobject::is_type_alias(vm, o)
}

fn members(vm: &Vm, o: &ObjRef) -> Vec<ObjRef> {
    if o.is(&vm.none) {
        return vec![vm.t.none.clone()];
    }
    match o.downcast::<UnionBody>() {
        Some(u) => tuple_items(&u.args),
        None => vec![o.clone()],
    }
}

/// `_Py_union_type_or`: `a | b` of unionable operands, NotImplemented otherwise.
pub fn union_or(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    if !is_unionable(vm, a) || !is_unionable(vm, b) {
        return Ok(vm.notimpl.clone());
    }
    let mut items = members(vm, a);
    let n1 = items.len();
    for x in members(vm, b) {
        let mut dup = false;
        for y in &items {
            let both_ga = x.downcast::<GenericAliasBody>().is_some() && y.downcast::<GenericAliasBody>().is_some();
            if if both_ga { vm.eq(y, &x)? } else { y.is(&x) } {
                dup = true;
                break;
            }
        }
        if !dup {
            items.push(x);
        }
    }
    if items.len() == n1 {
        return Ok(a.clone());
    }
    let args = vm.tuple(items);
    Ok(alloc(&vm.t.alias.union, UnionBody { args }))
}

/// The members `isinstance`/`issubclass` try for a union second argument.
pub fn union_args(o: &ObjRef) -> Option<Vec<ObjRef>> {
    o.downcast::<UnionBody>().map(|u| tuple_items(&u.args))
}

/// Whether `o` is a `types.GenericAlias`.
pub fn is_generic_alias(o: &ObjRef) -> bool {
    o.downcast::<GenericAliasBody>().is_some()
}

fn union_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let args = tuple_items(&o.downcast::<UnionBody>().expect("a union").args);
    let mut s = String::new();
    for (i, p) in args.iter().enumerate() {
        if i > 0 {
            s.push_str(" | ");
        }
        if p.is(&vm.t.none) {
            s.push_str("None");
        } else {
            s.push_str(&repr_item(vm, p)?);
        }
    }
    Ok(vm.str(&s))
}

fn union_getattro(vm: &mut Vm, o: &ObjRef, name: &ObjRef) -> PyResult {
    let n = name.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
    match n.as_str() {
        "__args__" => Ok(o.downcast::<UnionBody>().expect("a union").args.clone()),
        "__parameters__" => {
            let args = tuple_items(&o.downcast::<UnionBody>().expect("a union").args);
            parameters(vm, &args)
        }
        "__module__" => {
            let t = o.type_of();
            vm.getattr(&t, name)
        }
        _ => super::slots::generic_getattr(vm, o, name),
    }
}

fn union_richcompare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<UnionBody>(), b.downcast::<UnionBody>()) else {
        return Ok(vm.notimpl.clone());
    };
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.notimpl.clone());
    }
    let (xs, ys) = (tuple_items(&x.args), tuple_items(&y.args));
    let mut eq = true;
    for (p, q) in [(&xs, &ys), (&ys, &xs)] {
        for i in p.iter() {
            let mut found = false;
            for j in q.iter() {
                if vm.eq(i, j)? {
                    found = true;
                    break;
                }
            }
            eq &= found;
        }
    }
    Ok(vm.bool(eq == matches!(op, CmpOp::Eq)))
}

fn union_hash(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    let args = tuple_items(&o.downcast::<UnionBody>().expect("a union").args);
    let fs = vm.t.frozenset.clone();
    let t = vm.tuple(args);
    let s = vm.call(&fs, &[t], None)?;
    vm.hash(&s)
}

/// `nb_or` of types, aliases and unions.
fn or_number(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
    if op != 7 {
        return Ok(vm.notimpl.clone());
    }
    union_or(vm, a, b)
}

/// `__or__`/`__ror__` of types, aliases, unions and type aliases as methods (`union_or`
/// itself, not the receiver's slot, which a metaclass may have replaced).
pub fn m_or(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let [x, y] = two(vm, a)?;
    union_or(vm, &x, &y)
}

pub fn m_ror(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let [x, y] = two(vm, a)?;
    union_or(vm, &y, &x)
}

fn two(vm: &Vm, a: &[ObjRef]) -> PyResult<[ObjRef; 2]> {
    match a {
        [x, y] => Ok([x.clone(), y.clone()]),
        _ => Err(vm.type_error(&format!("expected 1 argument, got {}", a.len().saturating_sub(1)))),
    }
}

// ---- __mro_entries__ ------------------------------------------------------------------------

/// `update_bases`: bases that are not classes but have `__mro_entries__` are replaced by what
/// it returns; None when nothing changed.
pub fn update_bases(vm: &mut Vm, bases: &[ObjRef]) -> PyResult<Option<Vec<ObjRef>>> {
    let mut out: Option<Vec<ObjRef>> = None;
    let orig = vm.tuple(bases.to_vec());
    for (i, b) in bases.iter().enumerate() {
        if b.downcast::<TypeObject>().is_some() {
            if let Some(o) = &mut out {
                o.push(b.clone());
            }
            continue;
        }
        let Some(meth) = getattr_opt(vm, b, "__mro_entries__")? else {
            if let Some(o) = &mut out {
                o.push(b.clone());
            }
            continue;
        };
        let r = vm.call(&meth, &[orig.clone()], None)?;
        let Some(t) = r.downcast::<TupleBody>() else {
            return Err(vm.type_error("__mro_entries__ must return a tuple"));
        };
        let o = out.get_or_insert_with(|| bases[..i].to_vec());
        o.extend(t.items.iter().cloned());
    }
    Ok(out)
}

pub fn install(vm: &mut Vm) {
    let ga = vm.t.alias.generic_alias.clone();
    let un = vm.t.alias.union.clone();
    for t in [&ga, &un] {
        *tp(t).module.borrow_mut() = "types".to_string();
        tp(t).slots.nb_number.set(Some(or_number));
    }
    tp(&un).flags.set(tp(&un).flags.get() & !super::typeobject::tpflags::BASETYPE);
    let s = &tp(&ga).slots;
    s.repr.set(Some(alias_repr));
    s.getattro.set(Some(alias_getattro));
    s.call.set(Some(alias_call));
    s.richcompare.set(Some(alias_richcompare));
    s.hash.set(Some(alias_hash));
    s.iter.set(Some(alias_iter));
    s.mp_subscript.set(Some(alias_subscript));
    s.new.set(Some(alias_new));
    vm.add_method(&ga, "__mro_entries__", m_mro_entries);
    vm.add_method(&ga, "__instancecheck__", m_instancecheck);
    vm.add_method(&ga, "__subclasscheck__", m_subclasscheck);
    let s = &tp(&un).slots;
    s.repr.set(Some(union_repr));
    s.getattro.set(Some(union_getattro));
    s.richcompare.set(Some(union_richcompare));
    s.hash.set(Some(union_hash));
    tp(&vm.t.type_).slots.nb_number.set(Some(or_number));
    let ty = vm.t.type_.clone();
    for t in [&ty, &ga, &un] {
        vm.add_method(t, "__or__", m_or);
        vm.add_method(t, "__ror__", m_ror);
    }
    // The built-in generic classes.
    let mut generic = vec![
        vm.t.list.clone(),
        vm.t.dict.clone(),
        vm.t.tuple.clone(),
        vm.t.set.clone(),
        vm.t.frozenset.clone(),
        vm.t.generator.clone(),
        vm.t.coroutine.clone(),
        vm.t.async_generator.clone(),
    ];
    let b = vm.builtins.clone();
    for name in ["BaseExceptionGroup"] {
        if let Ok(Some(t)) = vm.dict_get_str(&b, name) {
            if t.downcast::<TypeObject>().is_some() {
                generic.push(t);
            }
        }
    }
    for t in generic {
        let f = vm.builtin_fn("__class_getitem__", class_getitem, None);
        let cm = alloc(&vm.t.classmethod.clone(), ClassMethodBody { f });
        vm.type_set(&t, "__class_getitem__", cm);
    }
}
