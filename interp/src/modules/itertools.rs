//! The `itertools` module (Modules/itertoolsmodule.c): lazy iterator types, one body
//! ([`ItBody`]) whose state says which iterator it is. Each `__next__` pulls only what it needs
//! from its sources, so side effects interleave as in CPython; the combinatoric iterators read
//! their whole input when made (as CPython's do), and `tee` shares one buffer of linked blocks
//! between its iterators, freed as the slowest one moves on.
//!
//! Argument errors follow CPython's two parsers: Argument Clinic for the types that take
//! keywords (`count`, `repeat`, `accumulate`, `compress`, `groupby`, `batched`, `combinations`,
//! ...), `_PyArg_CheckPositional` ("dropwhile expected 2 arguments, got 1") for the others.

use super::{module_dict, new_module, split_kw};
use crate::objects::bodies::*;
use crate::objects::longobject::{self as lo};
use crate::objects::object::{alloc, Body, ObjRef};
use crate::objects::typeobject::*;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

const TEE_BLOCK: usize = 57;

/// One block of a tee's shared buffer: up to `TEE_BLOCK` values read from the source, then the
/// next block (made by whichever tee iterator reaches the end first).
pub struct TeeBlock {
    src: ObjRef,
    values: RefCell<Vec<ObjRef>>,
    next: RefCell<Option<Rc<TeeBlock>>>,
    /// Set while this block's source is being read (a reentrant `next` is a RuntimeError).
    running: std::cell::Cell<bool>,
}

/// The state shared by `groupby` and its `_grouper`s.
pub struct GroupState {
    it: ObjRef,
    key: Option<ObjRef>,
    tgtkey: Option<ObjRef>,
    currkey: Option<ObjRef>,
    currvalue: Option<ObjRef>,
    /// Identity of the grouper now allowed to advance (the latest one made).
    current: usize,
}

pub enum State {
    /// `count(start, step)`: an i64 counter while start and step are small ints, objects after.
    CountFast { n: i64, step: i64 },
    Count { n: ObjRef, step: ObjRef },
    Cycle { it: Option<ObjRef>, saved: Vec<ObjRef>, index: usize },
    /// `times` None repeats forever.
    Repeat { obj: ObjRef, times: Option<i64> },
    Accumulate { it: ObjRef, func: Option<ObjRef>, total: Option<ObjRef>, initial: Option<ObjRef> },
    Chain { source: Option<ObjRef>, active: Option<ObjRef> },
    Compress { data: ObjRef, selectors: ObjRef },
    DropWhile { pred: ObjRef, it: ObjRef, dropped: bool },
    TakeWhile { pred: ObjRef, it: ObjRef, stopped: bool },
    FilterFalse { pred: ObjRef, it: ObjRef },
    GroupBy(Rc<RefCell<GroupState>>),
    Grouper { parent: ObjRef, group: Rc<RefCell<GroupState>>, tgtkey: ObjRef },
    ISlice { it: Option<ObjRef>, next: usize, stop: Option<usize>, step: usize, cnt: usize },
    StarMap { func: ObjRef, it: ObjRef },
    Tee { block: Rc<TeeBlock>, index: usize },
    ZipLongest { its: Vec<Option<ObjRef>>, active: usize, fill: ObjRef },
    Product { pools: Vec<Vec<ObjRef>>, indices: Vec<usize>, started: bool, done: bool },
    Permutations { pool: Vec<ObjRef>, r: usize, indices: Vec<usize>, cycles: Vec<usize>, started: bool, done: bool },
    Combinations { pool: Vec<ObjRef>, r: usize, indices: Vec<usize>, started: bool, done: bool, repl: bool },
    Pairwise { it: Option<ObjRef>, old: Option<ObjRef> },
    Batched { it: Option<ObjRef>, n: usize, strict: bool },
    Done,
}

pub struct ItBody {
    pub state: RefCell<State>,
}
crate::impl_body!(ItBody, "itertools iterator");

fn st(o: &ObjRef) -> &RefCell<State> {
    &o.downcast::<ItBody>().expect("itertools object").state
}

fn new(ty: &ObjRef, state: State) -> ObjRef {
    alloc(ty, ItBody { state: RefCell::new(state) })
}

fn finish(o: &ObjRef) -> Option<ObjRef> {
    let old = std::mem::replace(&mut *st(o).borrow_mut(), State::Done);
    drop(old);
    None
}

// ---- argument parsing -----------------------------------------------------------------------

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Argument Clinic's binding: `names` (the first `npos_max` may be positional, the first
/// `required` are required).
fn clinic(vm: &Vm, f: &str, args: Args, kw: Kw, names: &[&str], npos_max: usize, required: usize) -> PyResult<Vec<Option<ObjRef>>> {
    let (pos, kws) = split_kw(args, kw);
    let total = pos.len() + kws.len();
    if total > names.len() {
        let what = if pos.is_empty() { "keyword arguments" } else { "arguments" };
        let what = if names.len() == 1 { &what[..what.len() - 1] } else { what };
        return Err(vm.type_error(&format!("{f}() takes at most {} {what} ({total} given)", names.len())));
    }
    if pos.len() > npos_max {
        let how = if required == npos_max { "exactly" } else { "at most" };
        return Err(vm.type_error(&format!("{f}() takes {how} {npos_max} positional argument{} ({} given)", plural(npos_max), pos.len())));
    }
    let mut out: Vec<Option<ObjRef>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in kws {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(&format!("argument for {f}() given by name ('{k}') and position ({})", i + 1)));
            }
            Some(i) => out[i] = Some(v),
            None => return Err(vm.type_error(&format!("{f}() got an unexpected keyword argument '{k}'"))),
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(vm.type_error(&format!("{f}() missing required argument '{n}' (pos {})", i + 1)));
        }
    }
    Ok(out)
}

/// `_PyArg_NoKeywords` + `_PyArg_CheckPositional`.
fn positional(vm: &Vm, f: &str, args: Args, kw: Kw, min: usize, max: usize) -> PyResult<Vec<ObjRef>> {
    let (pos, kws) = split_kw(args, kw);
    if !kws.is_empty() {
        return Err(vm.type_error(&format!("{f}() takes no keyword arguments")));
    }
    let n = pos.len();
    if n < min || n > max {
        let msg = if min == max {
            format!("{f} expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!("{f} expected at least {min} argument{}, got {n}", plural(min))
        } else {
            format!("{f} expected at most {max} argument{}, got {n}", plural(max))
        };
        return Err(vm.type_error(&msg));
    }
    Ok(pos)
}

/// `PyLong_AsSsize_t` after `__index__`.
fn ssize(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    let i = lo::index(vm, o)?;
    lo::small_int(&i).ok_or_else(|| vm.err(&vm.e.overflow_error.clone(), "Python int too large to convert to C ssize_t"))
}

// ---- constructors ---------------------------------------------------------------------------

/// `PyNumber_Check`.
fn is_number(vm: &mut Vm, x: &ObjRef) -> bool {
    if x.downcast::<FloatBody>().is_some() || lo::view(x).is_some() || x.downcast::<crate::objects::complexobject::ComplexBody>().is_some() {
        return true;
    }
    let ty = x.type_of();
    ["__index__", "__int__", "__float__", "__complex__"].iter().any(|n| {
        let n = vm.intern(n);
        vm.type_lookup(&ty, &n).is_some()
    })
}

fn count_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let p = clinic(vm, "count", args, kw, &["start", "step"], 2, 0)?;
    let start = p[0].clone().unwrap_or_else(|| vm.int(0));
    let step = p[1].clone().unwrap_or_else(|| vm.int(1));
    if !is_number(vm, &start) || !is_number(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    let exact = |o: &ObjRef| if o.type_of().is(&vm.t.int) { lo::small_int(o) } else { None };
    let state = match (exact(&start), exact(&step)) {
        (Some(n), Some(s)) => State::CountFast { n, step: s },
        _ => State::Count { n: start, step },
    };
    Ok(new(ty, state))
}

fn cycle_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let p = positional(vm, "cycle", args, kw, 1, 1)?;
    let it = vm.get_iter(&p[0])?;
    Ok(new(ty, State::Cycle { it: Some(it), saved: Vec::new(), index: 0 }))
}

fn repeat_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let p = clinic(vm, "repeat", args, kw, &["object", "times"], 2, 1)?;
    let times = match &p[1] {
        Some(t) => Some(ssize(vm, t)?.max(0)),
        None => None,
    };
    Ok(new(ty, State::Repeat { obj: p[0].clone().expect("required"), times }))
}

fn accumulate_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let p = clinic(vm, "accumulate", args, kw, &["iterable", "func", "initial"], 2, 1)?;
    let it = vm.get_iter(p[0].as_ref().expect("required"))?;
    let func = p[1].clone().filter(|f| !f.is(&vm.none));
    let initial = p[2].clone().filter(|f| !f.is(&vm.none));
    Ok(new(ty, State::Accumulate { it, func, total: None, initial }))
}

fn chain_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    if !kws.is_empty() {
        return Err(vm.type_error("chain() takes no keyword arguments"));
    }
    let t = vm.tuple(pos);
    let source = vm.get_iter(&t)?;
    Ok(new(ty, State::Chain { source: Some(source), active: None }))
}

/// `chain.from_iterable(iterable)` (a classmethod: `a[0]` is the class).
fn chain_from_iterable(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    crate::objects::methodargs::bind(vm, "from_iterable", &["iterable"], 1, crate::objects::methodargs::Style::One, a, kw)?;
    let source = vm.get_iter(&a[1])?;
    Ok(new(&a[0], State::Chain { source: Some(source), active: None }))
}

fn compress_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let p = clinic(vm, "compress", args, kw, &["data", "selectors"], 2, 2)?;
    let data = vm.get_iter(p[0].as_ref().expect("required"))?;
    let selectors = vm.get_iter(p[1].as_ref().expect("required"))?;
    Ok(new(ty, State::Compress { data, selectors }))
}

fn pred_it(vm: &mut Vm, name: &str, args: Args, kw: Kw) -> PyResult<(ObjRef, ObjRef)> {
    let p = positional(vm, name, args, kw, 2, 2)?;
    let it = vm.get_iter(&p[1])?;
    Ok((p[0].clone(), it))
}

fn dropwhile_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let (pred, it) = pred_it(vm, "dropwhile", args, kw)?;
    Ok(new(ty, State::DropWhile { pred, it, dropped: false }))
}

fn takewhile_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let (pred, it) = pred_it(vm, "takewhile", args, kw)?;
    Ok(new(ty, State::TakeWhile { pred, it, stopped: false }))
}

fn filterfalse_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let (pred, it) = pred_it(vm, "filterfalse", args, kw)?;
    Ok(new(ty, State::FilterFalse { pred, it }))
}

fn starmap_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let (func, it) = pred_it(vm, "starmap", args, kw)?;
    Ok(new(ty, State::StarMap { func, it }))
}

fn groupby_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let p = clinic(vm, "groupby", args, kw, &["iterable", "key"], 2, 1)?;
    let it = vm.get_iter(p[0].as_ref().expect("required"))?;
    let key = p[1].clone().filter(|k| !k.is(&vm.none));
    let g = GroupState { it, key, tgtkey: None, currkey: None, currvalue: None, current: 0 };
    Ok(new(ty, State::GroupBy(Rc::new(RefCell::new(g)))))
}

fn islice_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let p = positional(vm, "islice", args, kw, 2, 4)?;
    let arg = |vm: &mut Vm, o: &ObjRef, msg: &str| -> PyResult<Option<usize>> {
        if o.is(&vm.none) {
            return Ok(None);
        }
        let Ok(i) = lo::index(vm, o) else {
            return Err(vm.value_error(msg));
        };
        match lo::small_int(&i) {
            Some(v) if v >= 0 => Ok(Some(v as usize)),
            Some(_) => Err(vm.value_error(msg)),
            None => Ok(Some(usize::MAX >> 1)),
        }
    };
    const STOP: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const IDX: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop, step) = if p.len() == 2 {
        (0, arg(vm, &p[1], STOP)?, 1)
    } else {
        let start = arg(vm, &p[1], IDX)?.unwrap_or(0);
        let stop = arg(vm, &p[2], STOP)?;
        let step = match p.get(3) {
            Some(s) if !s.is(&vm.none) => {
                let msg = "Step for islice() must be a positive integer or None.";
                let bad = |vm: &Vm| vm.value_error(msg);
                let Ok(i) = lo::index(vm, s) else { return Err(bad(vm)) };
                match lo::small_int(&i) {
                    Some(v) if v >= 1 => v as usize,
                    Some(_) => return Err(bad(vm)),
                    None if lo::view(&i).is_some_and(|v| !v.is_negative()) => usize::MAX >> 1,
                    None => return Err(bad(vm)),
                }
            }
            _ => 1,
        };
        (start, stop, step)
    };
    let it = vm.get_iter(&p[0])?;
    Ok(new(ty, State::ISlice { it: Some(it), next: start, stop, step, cnt: 0 }))
}

fn tee_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let p = positional(vm, "_tee", args, kw, 1, 1)?;
    make_tee(vm, ty, &p[0])
}

/// A tee iterator over `iterable`: a copy when it is one already (`tee_fromiterable`).
fn make_tee(vm: &mut Vm, ty: &ObjRef, iterable: &ObjRef) -> PyResult {
    let it = vm.get_iter(iterable)?;
    let copy = it.downcast::<ItBody>().and_then(|b| match &*b.state.borrow() {
        State::Tee { block, index } => Some((block.clone(), *index)),
        _ => None,
    });
    if let Some((block, index)) = copy {
        return Ok(new(ty, State::Tee { block, index }));
    }
    let block = Rc::new(TeeBlock { src: it, values: RefCell::new(Vec::new()), next: RefCell::new(None), running: Default::default() });
    Ok(new(ty, State::Tee { block, index: 0 }))
}

/// `itertools.tee(iterable, n=2)`: `self` is the `_tee` type.
fn tee_fn(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let ty = a[0].clone();
    let (pos, kws) = split_kw(&a[1..], kw);
    if !kws.is_empty() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    let p = positional(vm, "tee", &pos, None, 1, 2)?;
    let n = match p.get(1) {
        Some(n) => ssize(vm, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let mut out = Vec::with_capacity(n as usize);
    if n > 0 {
        // An iterator with `__copy__` is used as it is and copied; any other is wrapped first.
        let it = vm.get_iter(&p[0])?;
        let c = vm.intern("__copy__");
        let (first, copy) = match vm.getattr(&it, &c) {
            Ok(f) => (it, f),
            Err(e) if is_subtype(&e.0.type_of(), &vm.e.attribute_error) => {
                let t = make_tee(vm, &ty, &it)?;
                let f = vm.getattr(&t, &c)?;
                (t, f)
            }
            Err(e) => return Err(e),
        };
        out.push(first);
        for _ in 1..n {
            out.push(vm.call(&copy, &[], None)?);
        }
    }
    Ok(vm.tuple(out))
}

fn tee_copy(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    crate::objects::methodargs::bind(vm, "_tee.__copy__", &[], 0, crate::objects::methodargs::Style::NoArgs, a, kw)?;
    let ty = a[0].type_of();
    make_tee(vm, &ty, &a[0])
}

fn zip_longest_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    let mut fill = vm.none.clone();
    for (k, v) in kws {
        if k != "fillvalue" {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = v;
    }
    let mut its = Vec::with_capacity(pos.len());
    for a in &pos {
        its.push(Some(vm.get_iter(a)?));
    }
    let active = its.len();
    Ok(new(ty, State::ZipLongest { its, active, fill }))
}

fn product_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    let mut repeat = 1i64;
    for (k, v) in kws {
        if k != "repeat" {
            return Err(vm.type_error(&format!("product() got an unexpected keyword argument '{k}'")));
        }
        repeat = ssize(vm, &v)?;
        if repeat < 0 {
            return Err(vm.value_error("repeat argument cannot be negative"));
        }
    }
    let mut base = Vec::with_capacity(pos.len());
    for a in &pos {
        base.push(vm.collect(a)?);
    }
    let mut pools = Vec::new();
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let n = pools.len();
    Ok(new(ty, State::Product { pools, indices: vec![0; n], started: false, done: false }))
}

/// `r` of the combinatoric constructors ("Expected int as r" for non-ints).
fn r_arg(vm: &mut Vm, r: &ObjRef) -> PyResult<i64> {
    if lo::view(r).is_none() {
        return Err(vm.type_error("Expected int as r"));
    }
    let v = ssize(vm, r)?;
    if v < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(v)
}

fn permutations_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let p = clinic(vm, "permutations", args, kw, &["iterable", "r"], 2, 1)?;
    let pool = vm.collect(p[0].as_ref().expect("required"))?;
    let n = pool.len();
    let r = match p[1].as_ref().filter(|r| !r.is(&vm.none)) {
        Some(r) => {
            if lo::view(r).is_none() {
                return Err(vm.type_error("Expected int as r"));
            }
            r_arg(vm, r)? as usize
        }
        None => n,
    };
    let done = r > n;
    Ok(new(ty, State::Permutations { pool, r, indices: (0..n).collect(), cycles: (0..r.min(n)).map(|i| n - i).collect(), started: false, done }))
}

fn combinations_common(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw, name: &str, repl: bool) -> PyResult {
    let p = clinic(vm, name, args, kw, &["iterable", "r"], 2, 2)?;
    let pool = vm.collect(p[0].as_ref().expect("required"))?;
    let r = ssize(vm, p[1].as_ref().expect("required"))?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    let r = r as usize;
    let done = if repl { pool.is_empty() && r > 0 } else { r > pool.len() };
    let indices = if repl { vec![0; r] } else { (0..r).collect() };
    Ok(new(ty, State::Combinations { pool, r, indices, started: false, done, repl }))
}

fn combinations_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    combinations_common(vm, ty, args, kw, "combinations", false)
}

fn cwr_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    combinations_common(vm, ty, args, kw, "combinations_with_replacement", true)
}

fn pairwise_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let p = positional(vm, "pairwise", args, kw, 1, 1)?;
    let it = vm.get_iter(&p[0])?;
    Ok(new(ty, State::Pairwise { it: Some(it), old: None }))
}

fn batched_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let p = clinic(vm, "batched", args, kw, &["iterable", "n", "strict"], 2, 2)?;
    let n = ssize(vm, p[1].as_ref().expect("required"))?;
    if n < 1 {
        return Err(vm.value_error("n must be at least one"));
    }
    let strict = match &p[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let it = vm.get_iter(p[0].as_ref().expect("required"))?;
    Ok(new(ty, State::Batched { it: Some(it), n: n as usize, strict }))
}

// ---- __next__ -------------------------------------------------------------------------------

/// `pred(x)` as a truth value; filterfalse (`none_is_bool`) takes None and bool as `bool`.
fn predicate(vm: &mut Vm, pred: &ObjRef, x: &ObjRef, none_is_bool: bool) -> PyResult<bool> {
    if none_is_bool && (pred.is(&vm.none) || pred.is(&vm.t.bool_)) {
        return vm.is_true(x);
    }
    let r = vm.call(pred, &[x.clone()], None)?;
    vm.is_true(&r)
}

/// Takes the state out for the duration of a step that may call back into Python (which could
/// reach this iterator again: it then sees `Done`-like emptiness... CPython would see the live
/// state, so instead each arm clones what it needs and writes back after).
fn iter_next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let cell = st(o);
    // The arms that need no callback finish under one borrow.
    {
        let mut s = cell.borrow_mut();
        match &mut *s {
            State::CountFast { n, step } => {
                let v = *n;
                match v.checked_add(*step) {
                    Some(nx) => *n = nx,
                    None => {
                        let (a, b) = (vm.int(v), vm.int(*step));
                        drop(s);
                        let nx = vm.binary_op(&a, &b, 0)?;
                        *cell.borrow_mut() = State::Count { n: nx, step: b };
                        return Ok(Some(a));
                    }
                }
                return Ok(Some(vm.int(v)));
            }
            State::Repeat { obj, times } => {
                return Ok(match times {
                    None => Some(obj.clone()),
                    Some(0) => None,
                    Some(t) => {
                        *t -= 1;
                        Some(obj.clone())
                    }
                });
            }
            State::Product { pools, indices, started, done } => {
                if *done {
                    return Ok(None);
                }
                if !*started {
                    *started = true;
                    if pools.iter().any(|p| p.is_empty()) {
                        *done = true;
                        return Ok(None);
                    }
                } else {
                    let mut i = pools.len();
                    loop {
                        if i == 0 {
                            *done = true;
                            return Ok(None);
                        }
                        i -= 1;
                        indices[i] += 1;
                        if indices[i] < pools[i].len() {
                            break;
                        }
                        indices[i] = 0;
                    }
                }
                let row: Vec<ObjRef> = pools.iter().zip(indices.iter()).map(|(p, &j)| p[j].clone()).collect();
                return Ok(Some(vm.tuple(row)));
            }
            State::Permutations { pool, r, indices, cycles, started, done } => {
                if *done {
                    return Ok(None);
                }
                let (n, r) = (pool.len(), *r);
                if !*started {
                    *started = true;
                } else {
                    let mut i = r;
                    loop {
                        if i == 0 {
                            *done = true;
                            return Ok(None);
                        }
                        i -= 1;
                        cycles[i] -= 1;
                        if cycles[i] == 0 {
                            // Move index i to the end, the ones after it one step left.
                            indices[i..].rotate_left(1);
                            cycles[i] = n - i;
                        } else {
                            let j = cycles[i];
                            indices.swap(i, n - j);
                            break;
                        }
                    }
                }
                let row: Vec<ObjRef> = indices[..r].iter().map(|&j| pool[j].clone()).collect();
                return Ok(Some(vm.tuple(row)));
            }
            State::Combinations { pool, r, indices, started, done, repl } => {
                if *done {
                    return Ok(None);
                }
                let (n, r) = (pool.len(), *r);
                if !*started {
                    *started = true;
                } else if *repl {
                    // The rightmost index below n-1 goes up; every one after it copies it.
                    let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
                        *done = true;
                        return Ok(None);
                    };
                    let v = indices[i] + 1;
                    for x in &mut indices[i..] {
                        *x = v;
                    }
                } else {
                    // The rightmost index not at its maximum goes up; the ones after follow it.
                    let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
                        *done = true;
                        return Ok(None);
                    };
                    indices[i] += 1;
                    for j in i + 1..r {
                        indices[j] = indices[j - 1] + 1;
                    }
                }
                let row: Vec<ObjRef> = indices.iter().map(|&j| pool[j].clone()).collect();
                return Ok(Some(vm.tuple(row)));
            }
            State::Done => return Ok(None),
            _ => {}
        }
    }
    enum Job {
        Count(ObjRef, ObjRef),
        Cycle,
        Accumulate(ObjRef, Option<ObjRef>, Option<ObjRef>, Option<ObjRef>),
        Chain,
        Compress(ObjRef, ObjRef),
        DropWhile(ObjRef, ObjRef, bool),
        TakeWhile(ObjRef, ObjRef),
        FilterFalse(ObjRef, ObjRef),
        GroupBy(Rc<RefCell<GroupState>>),
        Grouper(Rc<RefCell<GroupState>>, ObjRef),
        ISlice,
        StarMap(ObjRef, ObjRef),
        Tee(Rc<TeeBlock>, usize),
        ZipLongest,
        Pairwise(ObjRef, Option<ObjRef>),
        Batched(ObjRef, usize, bool),
    }
    let job = match &*cell.borrow() {
        State::Count { n, step } => Job::Count(n.clone(), step.clone()),
        State::Cycle { .. } => Job::Cycle,
        State::Accumulate { it, func, total, initial } => Job::Accumulate(it.clone(), func.clone(), total.clone(), initial.clone()),
        State::Chain { .. } => Job::Chain,
        State::Compress { data, selectors } => Job::Compress(data.clone(), selectors.clone()),
        State::DropWhile { pred, it, dropped } => Job::DropWhile(pred.clone(), it.clone(), *dropped),
        State::TakeWhile { pred, it, stopped } => {
            if *stopped {
                return Ok(None);
            }
            Job::TakeWhile(pred.clone(), it.clone())
        }
        State::FilterFalse { pred, it } => Job::FilterFalse(pred.clone(), it.clone()),
        State::GroupBy(g) => Job::GroupBy(g.clone()),
        State::Grouper { group, tgtkey, .. } => Job::Grouper(group.clone(), tgtkey.clone()),
        State::ISlice { .. } => Job::ISlice,
        State::StarMap { func, it } => Job::StarMap(func.clone(), it.clone()),
        State::Tee { block, index } => Job::Tee(block.clone(), *index),
        State::ZipLongest { .. } => Job::ZipLongest,
        State::Pairwise { it: Some(it), old } => Job::Pairwise(it.clone(), old.clone()),
        State::Batched { it: Some(it), n, strict } => Job::Batched(it.clone(), *n, *strict),
        _ => return Ok(None),
    };
    match job {
        Job::Count(n, step) => {
            let nx = vm.binary_op(&n, &step, 0)?;
            if let State::Count { n: slot, .. } = &mut *cell.borrow_mut() {
                *slot = nx;
            }
            Ok(Some(n))
        }
        Job::Cycle => {
            let it = match &*cell.borrow() {
                State::Cycle { it, .. } => it.clone(),
                _ => return Ok(None),
            };
            if let Some(it) = it {
                if let Some(x) = vm.next(&it)? {
                    if let State::Cycle { saved, .. } = &mut *cell.borrow_mut() {
                        saved.push(x.clone());
                    }
                    return Ok(Some(x));
                }
                if let State::Cycle { it, .. } = &mut *cell.borrow_mut() {
                    *it = None;
                }
            }
            let mut s = cell.borrow_mut();
            let State::Cycle { saved, index, .. } = &mut *s else { return Ok(None) };
            if saved.is_empty() {
                drop(s);
                return Ok(finish(o));
            }
            let x = saved[*index].clone();
            *index = (*index + 1) % saved.len();
            Ok(Some(x))
        }
        Job::Accumulate(it, func, total, initial) => {
            if let Some(init) = initial {
                if let State::Accumulate { total, initial, .. } = &mut *cell.borrow_mut() {
                    *total = Some(init.clone());
                    *initial = None;
                }
                return Ok(Some(init));
            }
            let Some(x) = vm.next(&it)? else { return Ok(None) };
            let v = match total {
                None => x,
                Some(t) => match &func {
                    None => vm.binary_op(&t, &x, 0)?,
                    Some(f) => vm.call(f, &[t, x], None)?,
                },
            };
            if let State::Accumulate { total, .. } = &mut *cell.borrow_mut() {
                *total = Some(v.clone());
            }
            Ok(Some(v))
        }
        Job::Chain => loop {
            let (source, active) = match &*cell.borrow() {
                State::Chain { source, active } => (source.clone(), active.clone()),
                _ => return Ok(None),
            };
            if let Some(a) = active {
                if let Some(x) = vm.next(&a)? {
                    return Ok(Some(x));
                }
                if let State::Chain { active, .. } = &mut *cell.borrow_mut() {
                    *active = None;
                }
            }
            let Some(src) = source else { return Ok(None) };
            match vm.next(&src)? {
                Some(iterable) => {
                    let a = match vm.get_iter(&iterable) {
                        Ok(a) => a,
                        Err(e) => {
                            if let State::Chain { source, .. } = &mut *cell.borrow_mut() {
                                *source = None;
                            }
                            return Err(e);
                        }
                    };
                    if let State::Chain { active, .. } = &mut *cell.borrow_mut() {
                        *active = Some(a);
                    }
                }
                None => return Ok(finish(o)),
            }
        },
        Job::Compress(data, selectors) => loop {
            let Some(x) = vm.next(&data)? else { return Ok(None) };
            let Some(s) = vm.next(&selectors)? else { return Ok(None) };
            if vm.is_true(&s)? {
                return Ok(Some(x));
            }
        },
        Job::DropWhile(pred, it, dropped) => {
            if dropped {
                return vm.next(&it);
            }
            loop {
                let Some(x) = vm.next(&it)? else { return Ok(None) };
                if !predicate(vm, &pred, &x, false)? {
                    if let State::DropWhile { dropped, .. } = &mut *cell.borrow_mut() {
                        *dropped = true;
                    }
                    return Ok(Some(x));
                }
            }
        }
        Job::TakeWhile(pred, it) => {
            let Some(x) = vm.next(&it)? else { return Ok(None) };
            if predicate(vm, &pred, &x, false)? {
                return Ok(Some(x));
            }
            if let State::TakeWhile { stopped, .. } = &mut *cell.borrow_mut() {
                *stopped = true;
            }
            Ok(None)
        }
        Job::FilterFalse(pred, it) => loop {
            let Some(x) = vm.next(&it)? else { return Ok(None) };
            if !predicate(vm, &pred, &x, true)? {
                return Ok(Some(x));
            }
        },
        Job::GroupBy(g) => groupby_next(vm, o, &g),
        Job::Grouper(g, tgtkey) => grouper_next(vm, o, &g, &tgtkey),
        Job::ISlice => {
            let (it, next, stop, step, cnt) = match &*cell.borrow() {
                State::ISlice { it: Some(it), next, stop, step, cnt } => (it.clone(), *next, *stop, *step, *cnt),
                _ => return Ok(None),
            };
            let mut cnt = cnt;
            let set_cnt = |c: usize| {
                if let State::ISlice { cnt, .. } = &mut *cell.borrow_mut() {
                    *cnt = c;
                }
            };
            while cnt < next {
                let Some(_) = vm.next(&it)? else {
                    set_cnt(cnt);
                    return Ok(finish(o));
                };
                cnt += 1;
            }
            if stop.is_some_and(|s| cnt >= s) {
                set_cnt(cnt);
                return Ok(finish(o));
            }
            let Some(x) = vm.next(&it)? else {
                return Ok(finish(o));
            };
            cnt += 1;
            let mut nx = next.saturating_add(step);
            if let Some(s) = stop {
                if nx > s {
                    nx = s;
                }
            }
            if let State::ISlice { next, cnt: c, .. } = &mut *cell.borrow_mut() {
                *next = nx;
                *c = cnt;
            }
            Ok(Some(x))
        }
        Job::StarMap(func, it) => {
            let Some(args) = vm.next(&it)? else { return Ok(None) };
            let args = if args.is_exact(&vm.t.tuple) { args } else {
                let items = vm.collect(&args)?;
                vm.tuple(items)
            };
            let items = args.downcast::<TupleBody>().map(|t| t.items.to_vec()).unwrap_or_default();
            vm.call(&func, &items, None).map(Some)
        }
        Job::Tee(block, index) => tee_next(vm, o, block, index),
        Job::ZipLongest => {
            let (its, active, fill) = match &*cell.borrow() {
                State::ZipLongest { its, active, fill } => (its.clone(), *active, fill.clone()),
                _ => return Ok(None),
            };
            if its.is_empty() || active == 0 {
                return Ok(None);
            }
            let mut row = Vec::with_capacity(its.len());
            let mut active = active;
            for (i, it) in its.iter().enumerate() {
                let Some(it) = it else {
                    row.push(fill.clone());
                    continue;
                };
                match vm.next(it)? {
                    Some(x) => row.push(x),
                    None => {
                        active -= 1;
                        if active == 0 {
                            return Ok(finish(o));
                        }
                        row.push(fill.clone());
                        if let State::ZipLongest { its, active: a, .. } = &mut *cell.borrow_mut() {
                            its[i] = None;
                            *a = active;
                        }
                    }
                }
            }
            Ok(Some(vm.tuple(row)))
        }
        Job::Pairwise(it, old) => {
            let old = match old {
                Some(o) => o,
                None => match vm.next(&it)? {
                    Some(x) => {
                        if let State::Pairwise { old, .. } = &mut *cell.borrow_mut() {
                            *old = Some(x.clone());
                        }
                        x
                    }
                    None => return Ok(finish(o)),
                },
            };
            let Some(new) = vm.next(&it)? else { return Ok(finish(o)) };
            if let State::Pairwise { old: slot, .. } = &mut *cell.borrow_mut() {
                *slot = Some(new.clone());
            }
            Ok(Some(vm.tuple(vec![old, new])))
        }
        Job::Batched(it, n, strict) => {
            let mut row = Vec::with_capacity(n.min(4096));
            while row.len() < n {
                match vm.next(&it)? {
                    Some(x) => row.push(x),
                    None => break,
                }
            }
            if row.is_empty() {
                return Ok(finish(o));
            }
            if row.len() < n {
                finish(o);
                if strict {
                    return Err(vm.value_error("batched(): incomplete batch"));
                }
            }
            Ok(Some(vm.tuple(row)))
        }
    }
}

/// Advances the groupby's source: the next value and its key.
fn group_step(vm: &mut Vm, g: &Rc<RefCell<GroupState>>) -> PyResult<bool> {
    let (it, key) = {
        let b = g.borrow();
        (b.it.clone(), b.key.clone())
    };
    let Some(v) = vm.next(&it)? else { return Ok(false) };
    let k = match key {
        Some(f) => vm.call(&f, &[v.clone()], None)?,
        None => v.clone(),
    };
    let mut b = g.borrow_mut();
    b.currvalue = Some(v);
    b.currkey = Some(k);
    Ok(true)
}

fn groupby_next(vm: &mut Vm, o: &ObjRef, g: &Rc<RefCell<GroupState>>) -> PyResult<Option<ObjRef>> {
    g.borrow_mut().current = 0;
    loop {
        let (curr, tgt) = {
            let b = g.borrow();
            (b.currkey.clone(), b.tgtkey.clone())
        };
        match curr {
            None => {
                if !group_step(vm, g)? {
                    return Ok(None);
                }
            }
            Some(c) => match tgt {
                Some(t) if vm.eq(&t, &c)? => {
                    if !group_step(vm, g)? {
                        return Ok(None);
                    }
                }
                _ => break,
            },
        }
    }
    let key = g.borrow().currkey.clone().expect("set above");
    g.borrow_mut().tgtkey = Some(key.clone());
    let ty = grouper_type(vm, o)?;
    let grouper = new(&ty, State::Grouper { parent: o.clone(), group: g.clone(), tgtkey: key.clone() });
    g.borrow_mut().current = grouper.addr();
    Ok(Some(vm.tuple(vec![key, grouper])))
}

/// The `_grouper` type, kept on the groupby type.
fn grouper_type(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let n = vm.intern("_grouper_type");
    let ty = o.type_of();
    vm.type_lookup(&ty, &n).ok_or_else(|| vm.type_error("groupby: no grouper type"))
}

fn grouper_next(vm: &mut Vm, o: &ObjRef, g: &Rc<RefCell<GroupState>>, tgtkey: &ObjRef) -> PyResult<Option<ObjRef>> {
    if g.borrow().current != o.addr() {
        return Ok(None);
    }
    if g.borrow().currvalue.is_none() && !group_step(vm, g)? {
        return Ok(None);
    }
    let curr = g.borrow().currkey.clone().expect("stepped");
    if !vm.eq(tgtkey, &curr)? {
        return Ok(None);
    }
    let mut b = g.borrow_mut();
    b.currkey = None;
    Ok(b.currvalue.take())
}

fn tee_next(vm: &mut Vm, o: &ObjRef, block: Rc<TeeBlock>, index: usize) -> PyResult<Option<ObjRef>> {
    let (block, index) = if index == TEE_BLOCK {
        let next = block.next.borrow().clone();
        let nb = match next {
            Some(n) => n,
            None => {
                let n = Rc::new(TeeBlock { src: block.src.clone(), values: RefCell::new(Vec::new()), next: RefCell::new(None), running: Default::default() });
                *block.next.borrow_mut() = Some(n.clone());
                n
            }
        };
        (nb, 0)
    } else {
        (block, index)
    };
    let have = block.values.borrow().get(index).cloned();
    let value = match have {
        Some(v) => v,
        None => {
            if block.running.get() {
                return Err(vm.err(&vm.e.runtime_error.clone(), "cannot re-enter the tee iterator"));
            }
            block.running.set(true);
            let r = vm.next(&block.src);
            block.running.set(false);
            match r? {
                Some(v) => {
                    block.values.borrow_mut().push(v.clone());
                    v
                }
                None => return Ok(None),
            }
        }
    };
    *st(o).borrow_mut() = State::Tee { block, index: index + 1 };
    Ok(Some(value))
}

// ---- repr, __length_hint__ ------------------------------------------------------------------

/// `_PyType_Name`: the type's name without its module.
fn short_name(o: &ObjRef) -> String {
    let n = tp(&o.type_of()).name();
    n.rsplit('.').next().unwrap_or_default().to_string()
}

fn count_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let (n, step) = match &*st(o).borrow() {
        State::CountFast { n, step } => (vm.int(*n), vm.int(*step)),
        State::Count { n, step } => (n.clone(), step.clone()),
        _ => return Ok(vm.str("count()")),
    };
    let name = short_name(o);
    let ns = vm.repr_string(&n)?;
    let unit = step.type_of().is(&vm.t.int) && lo::small_int(&step) == Some(1);
    let s = if unit { format!("{name}({ns})") } else { format!("{name}({ns}, {})", vm.repr_string(&step)?) };
    Ok(vm.str(&s))
}

fn repeat_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let (obj, times) = match &*st(o).borrow() {
        State::Repeat { obj, times } => (obj.clone(), *times),
        _ => return Ok(vm.str("repeat()")),
    };
    let name = short_name(o);
    if !vm.repr_enter(o) {
        return Ok(vm.str("..."));
    }
    let r = vm.repr_string(&obj);
    vm.repr_leave(o);
    let r = r?;
    Ok(vm.str(&match times {
        Some(t) => format!("{name}({r}, {t})"),
        None => format!("{name}({r})"),
    }))
}

fn repeat_length_hint(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    crate::objects::methodargs::bind(vm, "repeat.__length_hint__", &[], 0, crate::objects::methodargs::Style::NoArgs, a, kw)?;
    match &*st(&a[0]).borrow() {
        State::Repeat { times: Some(t), .. } => Ok(vm.int(*t)),
        State::Repeat { times: None, .. } => Err(vm.type_error("len() of unsized object")),
        _ => Ok(vm.int(0)),
    }
}

/// `sys.getsizeof` of an itertools object: its type's basic size, the arrays of indices the
/// combinatoric iterators keep (their `__sizeof__`), and the GC header all of them have.
pub fn sizeof(o: &ObjRef) -> Option<usize> {
    let b = o.downcast::<ItBody>()?;
    let extra = match &*b.state.borrow() {
        State::Product { pools, .. } => pools.len(),
        State::Combinations { r, .. } => *r,
        State::Permutations { pool, r, .. } => pool.len() + r,
        _ => 0,
    };
    Some(tp(&o.type_of()).basicsize.get() + 8 * extra + 16)
}

fn self_iter(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

// ---- the module -----------------------------------------------------------------------------

pub fn make(vm: &mut Vm) -> PyResult {
    let m = new_module(vm, "itertools");
    let d = module_dict(&m);
    let specs: &[(&str, Option<NewFn>, usize)] = &[
        ("accumulate", Some(accumulate_new), 56),
        ("batched", Some(batched_new), 40),
        ("chain", Some(chain_new), 32),
        ("combinations", Some(combinations_new), 56),
        ("combinations_with_replacement", Some(cwr_new), 56),
        ("compress", Some(compress_new), 32),
        ("count", Some(count_new), 40),
        ("cycle", Some(cycle_new), 48),
        ("dropwhile", Some(dropwhile_new), 40),
        ("filterfalse", Some(filterfalse_new), 32),
        ("groupby", Some(groupby_new), 72),
        ("islice", Some(islice_new), 56),
        ("pairwise", Some(pairwise_new), 40),
        ("permutations", Some(permutations_new), 64),
        ("product", Some(product_new), 48),
        ("repeat", Some(repeat_new), 32),
        ("starmap", Some(starmap_new), 32),
        ("takewhile", Some(takewhile_new), 40),
        ("zip_longest", Some(zip_longest_new), 56),
        ("_grouper", None, 32),
        ("_tee", Some(tee_new), 48),
    ];
    let (meta, object) = (vm.t.type_.clone(), vm.t.object.clone());
    let mut types = std::collections::HashMap::new();
    for (name, new_fn, size) in specs {
        let ty = crate::vm::new_type(Some(&meta), &format!("itertools.{name}"), ItBody::layout(), Some(&object), *size, 0);
        *tp(&ty).qualname.borrow_mut() = name.to_string();
        *tp(&ty).module.borrow_mut() = "itertools".to_string();
        *tp(&ty).dict.borrow_mut() = Some(vm.new_dict());
        let s = &tp(&ty).slots;
        s.iter.set(Some(self_iter));
        s.iternext.set(Some(iter_next));
        s.new.set(*new_fn);
        tp(&ty).flags.set((tp(&ty).flags.get() & !tpflags::BASETYPE) | tpflags::SPEC_TYPE);
        vm.add_method(&ty, "__next__", crate::objects::iterobject::m_next);
        vm.add_method(&ty, "__iter__", crate::objects::iterobject::m_iter);
        if !name.starts_with('_') {
            vm.dict_set_str(&d, name, ty.clone());
        }
        types.insert(*name, ty);
    }
    tp(&types["count"]).slots.repr.set(Some(count_repr));
    tp(&types["repeat"]).slots.repr.set(Some(repeat_repr));
    vm.add_method(&types["repeat"], "__length_hint__", repeat_length_hint);
    vm.add_method(&types["_tee"], "__copy__", tee_copy);
    let f = vm.builtin_fn("from_iterable", chain_from_iterable, None);
    let cm = alloc(&vm.t.classmethod.clone(), ClassMethodBody { f });
    vm.type_set(&types["chain"], "from_iterable", cm);
    let grouper = types["_grouper"].clone();
    vm.type_set(&types["groupby"], "_grouper_type", grouper);
    let tee = vm.builtin_fn("tee", tee_fn, Some(types["_tee"].clone()));
    vm.dict_set_str(&d, "tee", tee);
    Ok(m)
}
