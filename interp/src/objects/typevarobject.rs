//! The PEP 695 objects and intrinsics (Objects/typevarobject.c, Python/intrinsics.c):
//! `def f[T: int]`, `class C[*Ts, **P]` and `type X = ...` create `typing.TypeVar`,
//! `typing.ParamSpec`, `typing.TypeVarTuple` and `typing.TypeAliasType` objects whose bounds,
//! constraints, defaults and values are evaluated lazily (on first access, cached once they
//! succeed) by the small functions the compiler passes. A generic class gets `Generic[*params]`
//! as a base: `Generic`, its subscripted aliases, `Unpack` and `ParamSpecArgs` are Python, in
//! `modules/py/typing.py` (CPython too imports `typing` for them).

use super::bodies::*;
use super::object::{alloc, ObjRef};
use super::typeobject::{tp, tpflags, PyResult};
use crate::vm::Vm;
use std::cell::RefCell;

/// The kinds of type parameter.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    TypeVar,
    ParamSpec,
    TypeVarTuple,
}

/// `typevarobject`, `paramspecobject` and `typevartupleobject` in one body; a lazily evaluated
/// attribute is its value once known, else the function that computes it.
pub struct TypeParamBody {
    pub kind: Kind,
    pub name: ObjRef,
    pub bound: RefCell<Option<ObjRef>>,
    pub evaluate_bound: Option<ObjRef>,
    pub constraints: RefCell<Option<ObjRef>>,
    pub evaluate_constraints: Option<ObjRef>,
    pub default: RefCell<Option<ObjRef>>,
    pub evaluate_default: RefCell<Option<ObjRef>>,
    pub covariant: bool,
    pub contravariant: bool,
    pub infer_variance: bool,
    /// The managed `__dict__` (where `__module__` lives).
    pub dict: ObjRef,
}
crate::impl_body!(TypeParamBody, "typing.TypeVar", gc);

/// `typealiasobject`.
pub struct TypeAliasBody {
    pub name: ObjRef,
    /// None when the alias has no type parameters.
    pub type_params: Option<ObjRef>,
    pub compute_value: Option<ObjRef>,
    pub value: RefCell<Option<ObjRef>>,
    pub module: ObjRef,
}
crate::impl_body!(TypeAliasBody, "typing.TypeAliasType", gc);

/// `typing.NoDefault`.
pub struct NoDefaultBody;
crate::impl_body!(NoDefaultBody, "typing.NoDefault");

/// The types of this module (`Vm::t.typing`).
pub struct TypingTypes {
    pub typevar: ObjRef,
    pub paramspec: ObjRef,
    pub typevartuple: ObjRef,
    pub typealias: ObjRef,
    pub nodefault_type: ObjRef,
    pub nodefault: ObjRef,
}

impl TypingTypes {
    pub fn new(new_type: impl Fn(&str, &'static crate::objects::object::Layout, usize) -> ObjRef) -> TypingTypes {
        use crate::objects::object::Body;
        let nodefault_type = new_type("NoDefaultType", NoDefaultBody::layout(), 16);
        let nodefault = alloc(&nodefault_type, NoDefaultBody);
        nodefault.make_immortal();
        TypingTypes {
            typevar: new_type("TypeVar", TypeParamBody::layout(), 80),
            paramspec: new_type("ParamSpec", TypeParamBody::layout(), 56),
            typevartuple: new_type("TypeVarTuple", TypeParamBody::layout(), 40),
            typealias: new_type("TypeAliasType", TypeAliasBody::layout(), 56),
            nodefault_type,
            nodefault,
        }
    }
}

/// `sys.getsizeof` of these objects and of `types.GenericAlias`/`types.UnionType`: the
/// basic size, the managed-dict pre-header of the type parameters, the GC header.
pub fn sizeof(vm: &Vm, o: &ObjRef) -> Option<usize> {
    if o.downcast::<TypeParamBody>().is_some() {
        return Some(tp(&o.type_of()).basicsize.get() + 16 + 16);
    }
    if o.downcast::<TypeAliasBody>().is_some() {
        return Some(56 + 16);
    }
    if super::genericalias::is_generic_alias(o) {
        return Some(64 + 16);
    }
    if super::genericalias::union_args(o).is_some() {
        return Some(32 + 16);
    }
    let _ = vm;
    None
}

/// The `typing` module, imported on first use.
fn typing(vm: &mut Vm) -> PyResult {
    let name = vm.str("typing");
    let fromlist = vm.empty_tuple.clone();
    crate::import::import_module_level(vm, &name, None, &fromlist, 0)
}

fn call_typing(vm: &mut Vm, func: &str, args: &[ObjRef]) -> PyResult {
    let m = typing(vm)?;
    let f = vm.getattr_str(&m, func)?;
    vm.call(&f, args, None)
}

/// The `__name__` of the running frame's module (what `caller()` in typevarobject.c finds).
fn caller_module(vm: &mut Vm) -> PyResult {
    let g = vm.frames.last().map(|f| f.globals.clone());
    if let Some(g) = g {
        if let Some(n) = vm.dict_get_str(&g, "__name__")? {
            return Ok(n);
        }
    }
    Ok(vm.none.clone())
}

struct Spec {
    bound: Option<ObjRef>,
    evaluate_bound: Option<ObjRef>,
    constraints: Option<ObjRef>,
    evaluate_constraints: Option<ObjRef>,
    default: Option<ObjRef>,
    covariant: bool,
    contravariant: bool,
    infer_variance: bool,
    from_call: bool,
}

fn new_param(vm: &mut Vm, kind: Kind, name: ObjRef, s: Spec) -> PyResult {
    let ty = match kind {
        Kind::TypeVar => vm.t.typing.typevar.clone(),
        Kind::ParamSpec => vm.t.typing.paramspec.clone(),
        Kind::TypeVarTuple => vm.t.typing.typevartuple.clone(),
    };
    let dict = vm.new_dict();
    if s.from_call {
        // Made by a call (`TypeVar("T")`), not by the type-parameter syntax: it records the
        // caller's module; the syntax's parameters show their type's (`typing`).
        let module = caller_module(vm)?;
        vm.dict_set_str(&dict, "__module__", module);
    }
    Ok(alloc(
        &ty,
        TypeParamBody {
            kind,
            name,
            bound: RefCell::new(s.bound),
            evaluate_bound: s.evaluate_bound,
            constraints: RefCell::new(s.constraints),
            evaluate_constraints: s.evaluate_constraints,
            default: RefCell::new(s.default),
            evaluate_default: RefCell::new(None),
            covariant: s.covariant,
            contravariant: s.contravariant,
            infer_variance: s.infer_variance,
            dict,
        },
    ))
}

fn pep695(evaluate_bound: Option<ObjRef>, evaluate_constraints: Option<ObjRef>) -> Spec {
    Spec {
        bound: None,
        evaluate_bound,
        constraints: None,
        evaluate_constraints,
        default: None,
        covariant: false,
        contravariant: false,
        infer_variance: true,
        from_call: false,
    }
}

/// INTRINSIC_TYPEVAR (7), INTRINSIC_PARAMSPEC (8), INTRINSIC_TYPEVARTUPLE (9),
/// INTRINSIC_SUBSCRIPT_GENERIC (10) and INTRINSIC_TYPEALIAS (11).
pub fn intrinsic_1(vm: &mut Vm, arg: u32, v: ObjRef) -> PyResult {
    match arg {
        7 => new_param(vm, Kind::TypeVar, v, pep695(None, None)),
        8 => new_param(vm, Kind::ParamSpec, v, pep695(None, None)),
        9 => new_param(vm, Kind::TypeVarTuple, v, pep695(None, None)),
        10 => call_typing(vm, "_generic_class_getitem", &[v]),
        11 => {
            let items = v.downcast::<TupleBody>().map(|t| t.items.to_vec()).unwrap_or_default();
            let [name, type_params, compute] = items.as_slice() else {
                let t = vm.system_error_or_runtime();
                return Err(vm.err(&t, "type alias intrinsic expects (name, type_params, compute_value)"));
            };
            let type_params = match type_params.downcast::<TupleBody>() {
                Some(t) if !t.items.is_empty() => Some(type_params.clone()),
                _ => None,
            };
            let module = caller_module(vm)?;
            let body = TypeAliasBody { name: name.clone(), type_params, compute_value: Some(compute.clone()), value: RefCell::new(None), module };
            Ok(alloc(&vm.t.typing.typealias.clone(), body))
        }
        _ => Err(vm.err(&vm.e.not_implemented_error.clone(), &format!("pyref: CALL_INTRINSIC_1 {arg} is not built yet"))),
    }
}

/// INTRINSIC_TYPEVAR_WITH_BOUND (2), INTRINSIC_TYPEVAR_WITH_CONSTRAINTS (3),
/// INTRINSIC_SET_FUNCTION_TYPE_PARAMS (4) and INTRINSIC_SET_TYPEPARAM_DEFAULT (5).
pub fn intrinsic_2(vm: &mut Vm, arg: u32, v2: ObjRef, v1: ObjRef) -> PyResult {
    match arg {
        2 => new_param(vm, Kind::TypeVar, v2, pep695(Some(v1), None)),
        3 => new_param(vm, Kind::TypeVar, v2, pep695(None, Some(v1))),
        4 => {
            let n = vm.intern("__type_params__");
            vm.setattr(&v2, &n, Some(v1))?;
            Ok(v2)
        }
        5 => {
            if let Some(p) = v2.downcast::<TypeParamBody>() {
                *p.evaluate_default.borrow_mut() = Some(v1);
                *p.default.borrow_mut() = None;
            }
            Ok(v2)
        }
        _ => Err(vm.err(&vm.e.not_implemented_error.clone(), &format!("pyref: CALL_INTRINSIC_2 {arg} is not built yet"))),
    }
}

/// Whether `o` is a `typing.TypeAliasType` (unionable with `|`).
pub fn is_type_alias(_vm: &Vm, o: &ObjRef) -> bool {
    o.downcast::<TypeAliasBody>().is_some()
}

/// Whether `o` is a TypeVar, ParamSpec or TypeVarTuple (an alias's `__parameters__`).
pub fn is_type_param(o: &ObjRef) -> bool {
    o.downcast::<TypeParamBody>().is_some()
}

/// A lazily evaluated slot: the cached value, else the evaluator's result (cached when it
/// succeeds), else `missing`.
fn lazy(vm: &mut Vm, cell: &RefCell<Option<ObjRef>>, evaluate: Option<ObjRef>, missing: ObjRef) -> PyResult {
    if let Some(v) = cell.borrow().clone() {
        return Ok(v);
    }
    let Some(f) = evaluate else { return Ok(missing) };
    let v = vm.call(&f, &[], None)?;
    *cell.borrow_mut() = Some(v.clone());
    Ok(v)
}

fn param_getattro(vm: &mut Vm, o: &ObjRef, name: &ObjRef) -> PyResult {
    let p = o.downcast::<TypeParamBody>().expect("a type parameter");
    let n = name.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
    let tv = p.kind == Kind::TypeVar;
    let ps = p.kind == Kind::ParamSpec;
    match n.as_str() {
        "__name__" => return Ok(p.name.clone()),
        "__default__" => {
            let (ev, nd) = (p.evaluate_default.borrow().clone(), vm.t.typing.nodefault.clone());
            return lazy(vm, &p.default, ev, nd);
        }
        "__bound__" if tv || ps => {
            let none = vm.none.clone();
            return lazy(vm, &p.bound, p.evaluate_bound.clone(), none);
        }
        "__constraints__" if tv => {
            let empty = vm.empty_tuple.clone();
            return lazy(vm, &p.constraints, p.evaluate_constraints.clone(), empty);
        }
        "__covariant__" if tv || ps => return Ok(vm.bool(p.covariant)),
        "__contravariant__" if tv || ps => return Ok(vm.bool(p.contravariant)),
        "__infer_variance__" if tv || ps => return Ok(vm.bool(p.infer_variance)),
        "__dict__" => return Ok(p.dict.clone()),
        "args" if ps => return call_typing(vm, "ParamSpecArgs", &[o.clone()]),
        "kwargs" if ps => return call_typing(vm, "ParamSpecKwargs", &[o.clone()]),
        _ => {}
    }
    if let Some(v) = vm.dict_get(&p.dict.clone(), name)? {
        return Ok(v);
    }
    if n == "__module__" {
        let m = tp(&o.type_of()).module.borrow().clone();
        return Ok(vm.str(&m));
    }
    super::slots::generic_getattr(vm, o, name)
}

fn param_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let p = o.downcast::<TypeParamBody>().expect("a type parameter");
    let name = vm.str_string(&p.name)?;
    let prefix = if p.kind == Kind::TypeVarTuple || p.infer_variance {
        ""
    } else if p.covariant {
        "+"
    } else if p.contravariant {
        "-"
    } else {
        "~"
    };
    Ok(vm.str(&format!("{prefix}{name}")))
}

fn m_has_default(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let p = a[0].downcast::<TypeParamBody>().expect("a type parameter");
    let has = p.evaluate_default.borrow().is_some() || p.default.borrow().as_ref().is_some_and(|d| !d.is(&vm.t.typing.nodefault));
    Ok(vm.bool(has))
}

fn m_reduce(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if let Some(p) = a[0].downcast::<TypeParamBody>() {
        return Ok(p.name.clone());
    }
    if let Some(t) = a[0].downcast::<TypeAliasBody>() {
        return Ok(t.name.clone());
    }
    Ok(vm.none.clone())
}

fn m_typing_subst(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    Ok(a.get(1).cloned().unwrap_or_else(|| a[0].clone()))
}

fn m_mro_entries(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let what = match a[0].downcast::<TypeParamBody>().map(|p| p.kind) {
        Some(Kind::ParamSpec) => "ParamSpec",
        Some(Kind::TypeVarTuple) => "TypeVarTuple",
        _ => "TypeVar",
    };
    Err(vm.type_error(&format!("Cannot subclass an instance of {what}")))
}

/// Iterating a TypeVarTuple yields `Unpack[Ts]` (`*Ts`).
fn typevartuple_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let u = call_typing(vm, "_unpack", &[o.clone()])?;
    let t = vm.tuple(vec![u]);
    vm.get_iter(&t)
}

fn param_or(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
    if op != 7 {
        return Ok(vm.notimpl.clone());
    }
    call_typing(vm, "_make_union", &[a.clone(), b.clone()])
}

fn m_or(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    match a {
        [x, y] => param_or(vm, x, y, 7),
        _ => Err(vm.type_error(&format!("expected 1 argument, got {}", a.len().saturating_sub(1)))),
    }
}

fn m_ror(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    match a {
        [x, y] => param_or(vm, y, x, 7),
        _ => Err(vm.type_error(&format!("expected 1 argument, got {}", a.len().saturating_sub(1)))),
    }
}

// ---- TypeAliasType --------------------------------------------------------------------------

fn alias_getattro(vm: &mut Vm, o: &ObjRef, name: &ObjRef) -> PyResult {
    let t = o.downcast::<TypeAliasBody>().expect("a type alias");
    let n = name.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
    match n.as_str() {
        "__name__" => Ok(t.name.clone()),
        "__module__" => Ok(t.module.clone()),
        "__value__" => {
            let none = vm.none.clone();
            lazy(vm, &t.value, t.compute_value.clone(), none)
        }
        "__type_params__" | "__parameters__" => Ok(t.type_params.clone().unwrap_or_else(|| vm.empty_tuple.clone())),
        _ => super::slots::generic_getattr(vm, o, name),
    }
}

fn alias_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let t = o.downcast::<TypeAliasBody>().expect("a type alias");
    Ok(t.name.clone()).and_then(|n| vm.str_string(&n).map(|s| vm.str(&s)))
}

fn alias_subscript(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult {
    let t = o.downcast::<TypeAliasBody>().expect("a type alias");
    if t.type_params.is_none() {
        return Err(vm.type_error("Only generic type aliases are subscriptable"));
    }
    Ok(super::genericalias::new_alias(vm, o.clone(), k.clone(), false))
}

fn alias_or(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
    if op != 7 {
        return Ok(vm.notimpl.clone());
    }
    super::genericalias::union_or(vm, a, b)
}

fn nodefault_repr(vm: &mut Vm, _o: &ObjRef) -> PyResult {
    Ok(vm.str("typing.NoDefault"))
}

// ---- constructors ---------------------------------------------------------------------------

fn bool_kw(vm: &mut Vm, v: &ObjRef) -> PyResult<bool> {
    vm.is_true(v)
}

/// `TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False,
/// infer_variance=False, default=NoDefault)` and the ParamSpec/TypeVarTuple forms.
fn param_new(vm: &mut Vm, t: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let kind = if t.is(&vm.t.typing.paramspec) {
        Kind::ParamSpec
    } else if t.is(&vm.t.typing.typevartuple) {
        Kind::TypeVarTuple
    } else {
        Kind::TypeVar
    };
    // The argument-clinic names of the constructors.
    let tname = match kind {
        Kind::TypeVar => "typevar",
        Kind::ParamSpec => "paramspec",
        Kind::TypeVarTuple => "typevartuple",
    };
    let (pos, kws) = crate::modules::split_kw(args, kw);
    let Some(name) = pos.first().cloned() else {
        return Err(vm.type_error(&format!("{tname}() missing required argument 'name' (pos 1)")));
    };
    if name.downcast::<StrBody>().is_none() {
        return Err(vm.type_error(&format!("{tname}() argument 'name' must be str, not {}", vm.type_name(&name))));
    }
    if kind != Kind::TypeVar && pos.len() > 1 {
        return Err(vm.type_error(&format!("{tname}() takes exactly 1 positional argument ({} given)", pos.len())));
    }
    let mut s = pep695(None, None);
    s.infer_variance = false;
    s.from_call = true;
    let mut default = None;
    for (k, v) in kws {
        match k.as_str() {
            "bound" if kind != Kind::TypeVarTuple => s.bound = if v.is(&vm.none) { None } else { Some(v) },
            "covariant" if kind != Kind::TypeVarTuple => s.covariant = bool_kw(vm, &v)?,
            "contravariant" if kind != Kind::TypeVarTuple => s.contravariant = bool_kw(vm, &v)?,
            "infer_variance" if kind != Kind::TypeVarTuple => s.infer_variance = bool_kw(vm, &v)?,
            "default" => default = Some(v),
            _ => return Err(vm.type_error(&format!("{tname}() got an unexpected keyword argument '{k}'"))),
        }
    }
    if s.covariant && s.contravariant {
        return Err(vm.value_error("Bivariant types are not supported."));
    }
    if s.infer_variance && (s.covariant || s.contravariant) {
        return Err(vm.value_error("Variance cannot be specified with infer_variance."));
    }
    if kind == Kind::TypeVar {
        let constraints = pos[1..].to_vec();
        if constraints.len() == 1 {
            return Err(vm.type_error("A single constraint is not allowed"));
        }
        if !constraints.is_empty() && s.bound.is_some() {
            return Err(vm.type_error("Constraints cannot be combined with bound=..."));
        }
        s.constraints = Some(vm.tuple(constraints));
    }
    s.default = Some(default.unwrap_or_else(|| vm.t.typing.nodefault.clone()));
    new_param(vm, kind, name, s)
}

/// `TypeAliasType(name, value, *, type_params=())`.
fn alias_new(vm: &mut Vm, _t: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = crate::modules::split_kw(args, kw);
    let mut name = pos.first().cloned();
    let mut value = pos.get(1).cloned();
    let mut type_params = None;
    if pos.len() > 2 {
        return Err(vm.type_error(&format!("typealias() takes at most 2 positional arguments ({} given)", pos.len())));
    }
    for (k, v) in kws {
        match k.as_str() {
            "name" => name = Some(v),
            "value" => value = Some(v),
            "type_params" => type_params = Some(v),
            _ => return Err(vm.type_error(&format!("typealias() got an unexpected keyword argument '{k}'"))),
        }
    }
    let Some(name) = name else { return Err(vm.type_error("typealias() missing required argument 'name' (pos 1)")) };
    let Some(value) = value else { return Err(vm.type_error("typealias() missing required argument 'value' (pos 2)")) };
    if name.downcast::<StrBody>().is_none() {
        return Err(vm.type_error(&format!("typealias() argument 'name' must be str, not {}", vm.type_name(&name))));
    }
    let type_params = match type_params {
        Some(t) if t.downcast::<TupleBody>().is_none() => return Err(vm.type_error("type_params must be a tuple")),
        Some(t) if t.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty()) => Some(t),
        _ => None,
    };
    let module = caller_module(vm)?;
    Ok(alloc(&vm.t.typing.typealias.clone(), TypeAliasBody { name, type_params, compute_value: None, value: RefCell::new(Some(value)), module }))
}

pub fn install(vm: &mut Vm) {
    let tt = [
        vm.t.typing.typevar.clone(),
        vm.t.typing.paramspec.clone(),
        vm.t.typing.typevartuple.clone(),
        vm.t.typing.typealias.clone(),
        vm.t.typing.nodefault_type.clone(),
    ];
    let identity_hash = tp(&vm.t.generator).slots.hash.get();
    for t in &tt {
        tp(t).slots.hash.set(identity_hash);
        *tp(t).module.borrow_mut() = "typing".to_string();
        tp(t).flags.set(tp(t).flags.get() & !tpflags::BASETYPE);
    }
    for t in &tt[..3] {
        let s = &tp(t).slots;
        s.getattro.set(Some(param_getattro));
        s.repr.set(Some(param_repr));
        s.new.set(Some(param_new));
        s.nb_number.set(Some(param_or));
        vm.add_method(t, "has_default", m_has_default);
        vm.add_method(t, "__reduce__", m_reduce);
        vm.add_method(t, "__typing_subst__", m_typing_subst);
        vm.add_method(t, "__mro_entries__", m_mro_entries);
    }
    for t in &tt[..3] {
        vm.add_method(t, "__or__", m_or);
        vm.add_method(t, "__ror__", m_ror);
    }
    vm.add_method(&tt[3], "__or__", super::genericalias::m_or);
    vm.add_method(&tt[3], "__ror__", super::genericalias::m_ror);
    tp(&vm.t.typing.typevartuple).slots.iter.set(Some(typevartuple_iter));
    let ta = vm.t.typing.typealias.clone();
    let s = &tp(&ta).slots;
    s.getattro.set(Some(alias_getattro));
    s.repr.set(Some(alias_repr));
    s.mp_subscript.set(Some(alias_subscript));
    s.new.set(Some(alias_new));
    s.nb_number.set(Some(alias_or));
    vm.add_method(&ta, "__reduce__", m_reduce);
    tp(&vm.t.typing.nodefault_type).slots.repr.set(Some(nodefault_repr));
}

#[cfg(test)]
mod tests {
    use crate::pythonrun::run_ok as run;

    #[test]
    fn type_params_aliases_and_unions_follow_cpython() {
        // Expected output from CPython 3.13.0.
        let src = r#"def f[T: int, *Ts, **P](): pass
T, Ts, P = f.__type_params__
type A[K] = dict[K, T]
print(T, T.__bound__, Ts, P.args, A[str], A.__value__, list[int] | None, dict[str, T][bytes])
print(isinstance(3, int | str), issubclass(bool, str | None), tuple[*Ts], type(int | str).__name__)
"#;
        assert_eq!(
            run(src),
            "T <class 'int'> Ts P.args A[str] dict[K, T] list[int] | None dict[str, bytes]\nTrue False tuple[typing.Unpack[Ts]] UnionType\n"
        );
    }
}
