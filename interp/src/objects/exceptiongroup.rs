//! `BaseExceptionGroup` and `ExceptionGroup` (Objects/exceptions.c): the constructor's checks
//! and type selection, `message`/`exceptions`, `derive`, `split`, `subgroup`, `__str__`; and the
//! interpreter's side of `except*` (Python/ceval.c `_PyEval_ExceptionGroupMatch`, and
//! `_PyExc_PrepReraiseStar` behind CALL_INTRINSIC_2 INTRINSIC_PREP_RERAISE_STAR).
//!
//! `ExceptionGroup` derives from both `BaseExceptionGroup` and `Exception`; its MRO is built
//! here explicitly. `message` and `exceptions` live in the exception's member list.

use std::cell::{Cell, RefCell};

use super::bodies::*;
use super::object::{alloc, Body, ObjRef, TypeHead};
use super::typeobject::{is_subtype, tp, PyResult, TypeObject};
use crate::vm::Vm;

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

/// (BaseExceptionGroup, ExceptionGroup) as bound in builtins at start-up.
pub fn group_types(vm: &mut Vm) -> Option<(ObjRef, ObjRef)> {
    let b = vm.builtins.clone();
    let beg = vm.dict_get_str(&b, "BaseExceptionGroup").ok().flatten()?;
    let eg = vm.dict_get_str(&b, "ExceptionGroup").ok().flatten()?;
    Some((beg, eg))
}

/// `_PyBaseExceptionGroup_Check`.
pub fn is_group(o: &ObjRef) -> bool {
    o.downcast::<ExcBody>().is_some_and(|e| e.members.borrow().iter().any(|(n, _)| *n == "exceptions"))
}

/// The `exceptions` tuple's items of a group.
pub fn sub_exceptions(o: &ObjRef) -> Vec<ObjRef> {
    member(o, "exceptions")
        .and_then(|t| t.downcast::<TupleBody>().map(|t| t.items.to_vec()))
        .unwrap_or_default()
}

fn member(o: &ObjRef, name: &str) -> Option<ObjRef> {
    let e = o.downcast::<ExcBody>()?;
    let m = e.members.borrow();
    m.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())
}

fn is_sequence(vm: &Vm, o: &ObjRef) -> bool {
    let t = o.type_of();
    if is_subtype(&t, &vm.t.dict) {
        return false;
    }
    [&vm.t.list, &vm.t.tuple, &vm.t.range, &vm.t.str_].iter().any(|b| is_subtype(&t, b)) || tp(&t).slots.mp_subscript.get().is_some()
}

/// `BaseExceptionGroup.__new__`.
fn eg_new(vm: &mut Vm, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (beg, eg) = group_types(vm).ok_or_else(|| vm.type_error("exception groups are not available"))?;
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty()) || k.downcast::<DictBody>().is_some_and(|d| !d.table.borrow().is_empty())) {
        return Err(vm.type_error(&format!("{}() takes no keyword arguments", tp(ty).name())));
    }
    if args.len() != 2 {
        return Err(vm.type_error(&format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", args.len())));
    }
    let (message, given) = (&args[0], &args[1]);
    if !is_subtype(&message.type_of(), &vm.t.str_) {
        return Err(vm.type_error(&format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", vm.type_name(message))));
    }
    if !is_sequence(vm, given) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.collect(given)?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        if e.downcast::<ExcBody>().is_none() {
            return Err(vm.value_error(&format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        nested_base |= !is_subtype(&e.type_of(), &vm.e.exception);
    }
    let mut cls = ty.clone();
    if cls.is(&eg) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if cls.is(&beg) {
        if !nested_base {
            cls = eg;
        }
    } else if nested_base && is_subtype(&cls, &vm.e.exception) {
        return Err(vm.type_error(&format!("Cannot nest BaseExceptions in '{}'", tp(&cls).name())));
    }
    let o = vm.new_exception(&cls, args.to_vec());
    let t = vm.tuple(excs);
    if let Some(b) = o.downcast::<ExcBody>() {
        let mut m = b.members.borrow_mut();
        m.retain(|(n, _)| *n != "message" && *n != "exceptions");
        m.push(("message", message.clone()));
        m.push(("exceptions", t));
    }
    Ok(o)
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)` called explicitly.
fn m_new(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    let Some(cls) = args.first() else { return Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments")) };
    if cls.downcast::<TypeObject>().is_none() {
        return Err(vm.type_error(&format!("BaseExceptionGroup.__new__(X): X is not a type object ({})", vm.type_name(cls))));
    }
    eg_new(vm, cls, &args[1..], kw)
}

/// The members of a group created by a path that skips `__new__`'s checks (a subclass
/// instantiated through `object.__new__`).
pub fn members_from_args(vm: &Vm, args: &[ObjRef]) -> Vec<(&'static str, ObjRef)> {
    let (Some(m), Some(e)) = (args.first(), args.get(1)) else { return Vec::new() };
    let items = if let Some(t) = e.downcast::<TupleBody>() {
        t.items.to_vec()
    } else if let Some(l) = e.downcast::<ListBody>() {
        l.items.borrow().clone()
    } else {
        return Vec::new();
    };
    vec![("message", m.clone()), ("exceptions", vm.tuple(items))]
}

/// Whether `ty` derives from BaseExceptionGroup (found by name in its MRO: the type is not
/// one of the `vm.e` classes).
pub fn is_group_type(ty: &ObjRef) -> bool {
    tp(ty).mro.borrow().iter().any(|t| {
        let t = tp(t);
        t.module.borrow().as_str() == "builtins" && t.name.borrow().as_str() == "BaseExceptionGroup"
    })
}

/// `BaseExceptionGroup.__str__`: `msg (N sub-exception(s))`.
fn eg_str(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let msg = member(o, "message").unwrap_or_else(|| vm.str(""));
    let msg = vm.str_string(&msg)?;
    let n = sub_exceptions(o).len();
    Ok(vm.str(&format!("{msg} ({n} sub-exception{})", if n > 1 { "s" } else { "" })))
}

fn self_group(vm: &Vm, args: Args, name: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(o) if is_group(o) => Ok(o.clone()),
        _ => Err(vm.type_error(&format!("descriptor '{name}' requires a 'BaseExceptionGroup' object"))),
    }
}

/// `BaseExceptionGroup.derive(excs)`.
fn m_derive(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    let o = self_group(vm, args, "derive")?;
    if args.len() != 2 {
        return Err(vm.type_error(&format!("BaseExceptionGroup.derive() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let (beg, _) = group_types(vm).ok_or_else(|| vm.type_error("exception groups are not available"))?;
    let msg = member(&o, "message").unwrap_or_else(|| vm.str(""));
    vm.call(&beg, &[msg, args[1].clone()], None)
}

/// How `split`/`subgroup` decide which leaves match.
enum Matcher {
    Type(ObjRef),
    Predicate(ObjRef),
    Ids(Vec<usize>),
}

fn is_exc_class(vm: &Vm, o: &ObjRef) -> bool {
    o.downcast::<TypeObject>().is_some() && is_subtype(o, &vm.e.base_exception)
}

fn matcher(vm: &Vm, v: &ObjRef) -> PyResult<Matcher> {
    let callable = v.downcast::<FunctionBody>().is_some() || tp(&v.type_of()).slots.call.get().is_some();
    if callable && v.downcast::<TypeObject>().is_none() {
        return Ok(Matcher::Predicate(v.clone()));
    }
    if is_exc_class(vm, v) {
        return Ok(Matcher::Type(v.clone()));
    }
    if v.type_of().is(&vm.t.tuple) {
        if let Some(t) = v.downcast::<TupleBody>() {
            if t.items.iter().all(|x| is_exc_class(vm, x)) {
                return Ok(Matcher::Type(v.clone()));
            }
        }
    }
    Err(vm.type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)"))
}

/// `PyErr_GivenExceptionMatches` for an exception instance.
pub fn given_matches(e: &ObjRef, t: &ObjRef) -> bool {
    if let Some(tu) = t.downcast::<TupleBody>() {
        return tu.items.iter().any(|x| given_matches(e, x));
    }
    t.downcast::<TypeObject>().is_some() && is_subtype(&e.type_of(), t)
}

fn check_match(vm: &mut Vm, e: &ObjRef, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => Ok(given_matches(e, t)),
        Matcher::Predicate(f) => {
            let r = vm.call(f, std::slice::from_ref(e), None)?;
            vm.is_true(&r)
        }
        Matcher::Ids(ids) => Ok(!is_group(e) && ids.contains(&e.addr())),
    }
}

/// `exceptiongroup_subset`: `orig.derive(excs)` with orig's traceback, cause, context and notes.
fn subset(vm: &mut Vm, orig: &ObjRef, excs: Vec<ObjRef>) -> PyResult<Option<ObjRef>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let list = vm.list(excs);
    let derive = vm.getattr_str(orig, "derive")?;
    let eg = vm.call(&derive, &[list], None)?;
    if !is_group(&eg) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(src), Some(dst)) = (orig.downcast::<ExcBody>(), eg.downcast::<ExcBody>()) {
        let tb = src.traceback.borrow().clone();
        *dst.traceback.borrow_mut() = tb;
        *dst.context.borrow_mut() = src.context.borrow().clone();
        *dst.cause.borrow_mut() = src.cause.borrow().clone();
        dst.suppress_context.set(src.suppress_context.get());
    }
    let notes = vm.intern("__notes__");
    if let Some(d) = super::slots::instance_dict(orig) {
        if let Some(n) = vm.dict_get(&d, &notes)? {
            if is_sequence(vm, &n) {
                let items = vm.collect(&n)?;
                let copy = vm.list(items);
                vm.setattr(&eg, &notes, Some(copy))?;
            }
        }
    }
    Ok(Some(eg))
}

/// `exceptiongroup_split_recursive`: (match, rest).
fn split_rec(vm: &mut Vm, e: &ObjRef, m: &Matcher, with_rest: bool) -> PyResult<(Option<ObjRef>, Option<ObjRef>)> {
    if check_match(vm, e, m)? {
        return Ok((Some(e.clone()), None));
    }
    if !is_group(e) {
        return Ok((None, if with_rest { Some(e.clone()) } else { None }));
    }
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for x in sub_exceptions(e) {
        let (a, b) = split_rec(vm, &x, m, with_rest)?;
        matched.extend(a);
        rest.extend(b);
    }
    let a = subset(vm, e, matched)?;
    let b = if with_rest { subset(vm, e, rest)? } else { None };
    Ok((a, b))
}

fn m_split(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    let o = self_group(vm, args, "split")?;
    if args.len() != 2 {
        return Err(vm.type_error(&format!("BaseExceptionGroup.split() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let m = matcher(vm, &args[1])?;
    let (a, b) = split_rec(vm, &o, &m, true)?;
    let none = vm.none.clone();
    Ok(vm.tuple(vec![a.unwrap_or_else(|| none.clone()), b.unwrap_or(none)]))
}

fn m_subgroup(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    let o = self_group(vm, args, "subgroup")?;
    if args.len() != 2 {
        return Err(vm.type_error(&format!("BaseExceptionGroup.subgroup() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let m = matcher(vm, &args[1])?;
    let (a, _) = split_rec(vm, &o, &m, false)?;
    Ok(a.unwrap_or_else(|| vm.none.clone()))
}

/// `_PyExc_CreateExceptionGroup(msg, excs)`.
fn create(vm: &mut Vm, msg: &str, excs: Vec<ObjRef>) -> PyResult {
    let (beg, _) = group_types(vm).ok_or_else(|| vm.type_error("exception groups are not available"))?;
    let m = vm.str(msg);
    let t = vm.tuple(excs);
    vm.call(&beg, &[m, t], None)
}

/// `_PyEval_CheckExceptStarTypeValid`.
pub fn check_except_star_type(vm: &mut Vm, t: &ObjRef) -> PyResult<()> {
    let items = match t.downcast::<TupleBody>() {
        Some(tu) => tu.items.to_vec(),
        None => vec![t.clone()],
    };
    for x in &items {
        if !is_exc_class(vm, x) {
            return Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
    }
    if let Some((beg, _)) = group_types(vm) {
        if items.iter().any(|x| is_subtype(x, &beg)) {
            return Err(vm.type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
    }
    Ok(())
}

/// `_PyEval_ExceptionGroupMatch`: (match, rest) of `exc` against an except* clause's type.
pub fn group_match(vm: &mut Vm, exc: &ObjRef, t: &ObjRef) -> PyResult<(ObjRef, ObjRef)> {
    let none = vm.none.clone();
    if exc.is(&none) {
        return Ok((none.clone(), none));
    }
    if given_matches(exc, t) {
        if is_group(exc) {
            return Ok((exc.clone(), none));
        }
        let wrapped = create(vm, "", vec![exc.clone()])?;
        return Ok((wrapped, none));
    }
    if is_group(exc) {
        let split = vm.getattr_str(exc, "split")?;
        let pair = vm.call(&split, std::slice::from_ref(t), None)?;
        let items = pair.downcast::<TupleBody>().map(|p| p.items.to_vec()).unwrap_or_default();
        if items.len() == 2 {
            return Ok((items[0].clone(), items[1].clone()));
        }
        return Err(vm.type_error("split must return a 2-tuple"));
    }
    Ok((none, exc.clone()))
}

fn leaf_ids(e: &ObjRef, out: &mut Vec<usize>) {
    if !is_group(e) {
        out.push(e.addr());
        return;
    }
    for x in sub_exceptions(e) {
        leaf_ids(&x, out);
    }
}

fn same_metadata(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> bool {
    let (Some(x), Some(y)) = (a.downcast::<ExcBody>(), b.downcast::<ExcBody>()) else { return false };
    let same = |p: &Option<ObjRef>, q: &Option<ObjRef>| match (p, q) {
        (None, None) => true,
        (Some(p), Some(q)) => p.is(q),
        _ => false,
    };
    let tb_same = {
        let (p, q) = (x.traceback.borrow(), y.traceback.borrow());
        p.len() == q.len() && p.iter().zip(q.iter()).all(|(s, t)| s.code.is(&t.code) && s.lasti == t.lasti)
    };
    let notes = vm.intern("__notes__");
    let note = |vm: &mut Vm, o: &ObjRef| super::slots::instance_dict(o).and_then(|d| vm.dict_get(&d, &notes).ok().flatten());
    let (na, nb) = (note(vm, a), note(vm, b));
    tb_same && same(&x.cause.borrow(), &y.cause.borrow()) && same(&x.context.borrow(), &y.context.borrow()) && same(&na, &nb)
}

/// `_PyExc_PrepReraiseStar(orig, excs)`: what a try/except* raises at its end.
pub fn prep_reraise_star(vm: &mut Vm, orig: &ObjRef, excs: &ObjRef) -> PyResult {
    let list = excs.downcast::<ListBody>().map(|l| l.items.borrow().clone()).unwrap_or_default();
    if list.is_empty() {
        return Ok(vm.none.clone());
    }
    if !is_group(orig) {
        return Ok(list[0].clone());
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in list {
        if e.is(&vm.none) {
            continue;
        }
        if same_metadata(vm, &e, orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut ids = Vec::new();
    for e in &reraised {
        leaf_ids(e, &mut ids);
    }
    let (re, _) = split_rec(vm, orig, &Matcher::Ids(ids), false)?;
    if raised.is_empty() {
        return Ok(re.unwrap_or_else(|| vm.none.clone()));
    }
    raised.extend(re);
    if raised.len() > 1 {
        return create(vm, "", raised);
    }
    Ok(raised.swap_remove(0))
}

/// Creates both classes and binds them in builtins.
pub fn install(vm: &mut Vm) {
    let base = vm.e.base_exception.clone();
    let beg = vm.new_exception_type("BaseExceptionGroup", &base, 88);
    let s = &tp(&beg).slots;
    s.new.set(Some(eg_new));
    s.str.set(Some(eg_str));
    super::longobject::add_methods(vm, &beg, &[("derive", m_derive), ("split", m_split), ("subgroup", m_subgroup)]);
    let f = vm.builtin_fn("__new__", m_new, None);
    let sm = alloc(&vm.t.staticmethod.clone(), StaticMethodBody { f });
    vm.type_set(&beg, "__new__", sm);
    let exc = vm.e.exception.clone();
    let body = TypeObject {
        head: TypeHead::new(ExcBody::layout()),
        name: RefCell::new("ExceptionGroup".to_string()),
        qualname: RefCell::new("ExceptionGroup".to_string()),
        module: RefCell::new("builtins".to_string()),
        base: RefCell::new(Some(beg.clone())),
        bases: RefCell::new(vec![beg.clone(), exc.clone()]),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(None),
        slots: Default::default(),
        // `PyErr_NewException` makes ExceptionGroup a heap type (so its instances carry the
        // managed-weakref pre-header).
        flags: Cell::new(tp(&beg).flags.get() | super::typeobject::tpflags::HEAPTYPE),
        basicsize: Cell::new(88),
        itemsize: 0,
        subclasses: Default::default(),
        cached_keys: Default::default(),
    };
    let meta = vm.t.type_.clone();
    let eg = alloc(&meta, body);
    super::typeobject::register_subclass(&eg);
    let mut mro = vec![eg.clone(), beg.clone()];
    mro.extend(tp(&exc).mro.borrow().iter().cloned());
    *tp(&eg).mro.borrow_mut() = mro;
    eg.make_immortal();
    let (t, b) = (&tp(&eg).slots, &tp(&beg).slots);
    t.str.set(b.str.get());
    t.repr.set(b.repr.get());
    t.new.set(b.new.get());
    t.hash.set(b.hash.get());
    t.getattro.set(b.getattro.get());
    t.setattro.set(b.setattro.get());
    t.richcompare.set(b.richcompare.get());
    let bd = vm.builtins.clone();
    vm.dict_set_str(&bd, "BaseExceptionGroup", beg);
    vm.dict_set_str(&bd, "ExceptionGroup", eg);
}
