//! The ordering engine behind `list.sort` / `sorted`: CPython 3.13's `listsort` from
//! Objects/listobject.c (described in Objects/listsort.txt). Natural runs are found left to right
//! (`count_run`, which turns descending runs ascending), short ones are extended to `minrun` by
//! binary insertion, and runs are merged following the powersort policy (`powerloop`), with
//! `merge_lo` / `merge_hi` switching to galloping when one side keeps winning (adaptive
//! `min_gallop`, starting at 7). Every decision is taken with one `<` call, so the calls made,
//! their order, and the array's contents after a failing call match CPython's.
//!
//! The sort permutes a slice of `Copy` slots (indices or native keys) with a fallible `lt`;
//! when `lt` fails the slice is still a permutation of its input, as CPython leaves it.

const MIN_GALLOP: usize = 7;
const MAX_MINRUN: usize = 64;

#[derive(Clone, Copy)]
struct Run {
    start: usize,
    len: usize,
    power: u32,
}

struct State<F> {
    lt: F,
    min_gallop: usize,
    runs: Vec<Run>,
    listlen: usize,
}

/// Sorts `a` in place, stably, with CPython's listsort and its exact sequence of `lt` calls.
pub fn listsort<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(a: &mut [T], lt: F) -> Result<(), E> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let mut st = State { lt, min_gallop: MIN_GALLOP, runs: Vec::new(), listlen: n };
    let mut tmp: Vec<T> = Vec::new();
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let mut len = count_run(&mut st.lt, &mut a[lo..lo + remaining])?;
        if len < minrun {
            let force = remaining.min(minrun);
            binarysort(&mut st.lt, &mut a[lo..lo + force], len)?;
            len = force;
        }
        st.found_new_run(a, &mut tmp, len)?;
        st.runs.push(Run { start: lo, len, power: 0 });
        lo += len;
        remaining -= len;
    }
    while st.runs.len() > 1 {
        let mut i = st.runs.len() - 2;
        if i > 0 && st.runs[i - 1].len < st.runs[i + 1].len {
            i -= 1;
        }
        st.merge_at(a, &mut tmp, i)?;
    }
    Ok(())
}

/// Natural runs shorter than this are extended by binary insertion: `n` itself below 64, else a
/// value in 32..=64 making `n / minrun` just under a power of two.
fn compute_minrun(mut n: usize) -> usize {
    let mut low_bits = 0;
    while n >= MAX_MINRUN {
        low_bits |= n & 1;
        n >>= 1;
    }
    n + low_bits
}

/// Length of the run at the start of `s`, made ascending in place: a non-descending prefix, or
/// a non-ascending one (equal stretches inside it are pre-reversed so the final reversal keeps
/// them stable), then extended by any non-descending continuation.
fn count_run<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(lt: &mut F, s: &mut [T]) -> Result<usize, E> {
    let total = s.len();
    let mut n = 1;
    while n < total {
        if lt(s[n], s[n - 1])? {
            break;
        }
        n += 1;
    }
    if n == total {
        return Ok(n);
    }
    if n > 1 {
        // An ascending stretch then a drop: descending only when the stretch is all equal.
        if lt(s[0], s[n - 1])? {
            return Ok(n);
        }
        s[..n].reverse();
    }
    n += 1;
    let mut equal = 0usize;
    while n < total {
        if lt(s[n], s[n - 1])? {
            if equal > 0 {
                s[n - equal - 1..n].reverse();
                equal = 0;
            }
        } else if lt(s[n - 1], s[n])? {
            break;
        } else {
            equal += 1;
        }
        n += 1;
    }
    if equal > 0 {
        s[n - equal - 1..n].reverse();
    }
    s[..n].reverse();
    while n < total {
        if lt(s[n], s[n - 1])? {
            break;
        }
        n += 1;
    }
    Ok(n)
}

/// Stable binary insertion of `s[sorted..]` into the sorted prefix `s[..sorted]`.
fn binarysort<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(lt: &mut F, s: &mut [T], sorted: usize) -> Result<(), E> {
    for i in sorted.max(1)..s.len() {
        let pivot = s[i];
        let (mut l, mut r) = (0usize, i);
        while l < r {
            let m = (l + r) >> 1;
            if lt(pivot, s[m])? {
                r = m;
            } else {
                l = m + 1;
            }
        }
        s[l..=i].rotate_right(1);
    }
    Ok(())
}

/// Where `key` goes in sorted `a` before any equal items: k with a[k-1] < key <= a[k]. Gallops
/// from `hint` by offsets 1, 3, 7, ... then bisects the bracketed span.
fn gallop_left<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(lt: &mut F, key: T, a: &[T], hint: usize) -> Result<usize, E> {
    let n = a.len() as isize;
    let h = hint as isize;
    let (mut last, mut ofs): (isize, isize) = (0, 1);
    if lt(a[hint], key)? {
        let max = n - h;
        while ofs < max {
            if lt(a[(h + ofs) as usize], key)? {
                last = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(max);
        last += h;
        ofs += h;
    } else {
        let max = h + 1;
        while ofs < max {
            if lt(a[(h - ofs) as usize], key)? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        let k = last;
        last = h - ofs;
        ofs = h - k;
    }
    last += 1;
    while last < ofs {
        let m = last + ((ofs - last) >> 1);
        if lt(a[m as usize], key)? {
            last = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// Where `key` goes in sorted `a` after any equal items: k with a[k-1] <= key < a[k].
fn gallop_right<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(lt: &mut F, key: T, a: &[T], hint: usize) -> Result<usize, E> {
    let n = a.len() as isize;
    let h = hint as isize;
    let (mut last, mut ofs): (isize, isize) = (0, 1);
    if lt(key, a[hint])? {
        let max = h + 1;
        while ofs < max {
            if lt(key, a[(h - ofs) as usize])? {
                last = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(max);
        let k = last;
        last = h - ofs;
        ofs = h - k;
    } else {
        let max = n - h;
        while ofs < max {
            if lt(key, a[(h + ofs) as usize])? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        last += h;
        ofs += h;
    }
    last += 1;
    while last < ofs {
        let m = last + ((ofs - last) >> 1);
        if lt(key, a[m as usize])? {
            ofs = m;
        } else {
            last = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// The depth of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2) in the ideal
/// binary merge tree over 0..n: the first bit where the midpoints' fractions of n differ.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut power = 0;
    loop {
        power += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    power
}

enum Exit {
    Done,
    Copy,
}

impl<F> State<F> {
    fn found_new_run<T: Copy, E>(&mut self, a: &mut [T], tmp: &mut Vec<T>, n2: usize) -> Result<(), E>
    where
        F: FnMut(T, T) -> Result<bool, E>,
    {
        let Some(top) = self.runs.last().copied() else { return Ok(()) };
        let power = powerloop(top.start, top.len, n2, self.listlen);
        while self.runs.len() > 1 && self.runs[self.runs.len() - 2].power > power {
            self.merge_at(a, tmp, self.runs.len() - 2)?;
        }
        if let Some(top) = self.runs.last_mut() {
            top.power = power;
        }
        Ok(())
    }

    /// Merges pending runs i and i+1 (i is the second or third from the top).
    fn merge_at<T: Copy, E>(&mut self, a: &mut [T], tmp: &mut Vec<T>, i: usize) -> Result<(), E>
    where
        F: FnMut(T, T) -> Result<bool, E>,
    {
        let (mut pa, mut na) = (self.runs[i].start, self.runs[i].len);
        let (pb, mut nb) = (self.runs[i + 1].start, self.runs[i + 1].len);
        self.runs[i].len = na + nb;
        self.runs.remove(i + 1);
        // Items of A below B's first item are already in place, as are B's items above A's last.
        let k = gallop_right(&mut self.lt, a[pb], &a[pa..pa + na], 0)?;
        pa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        nb = gallop_left(&mut self.lt, a[pa + na - 1], &a[pb..pb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(a, tmp, pa, na, nb)
        } else {
            self.merge_hi(a, tmp, pa, na, nb)
        }
    }

    /// Merges a[pa..pa+na] with the following nb items, na <= nb, copying A aside and filling
    /// from the left. A's last item is known to end the merge, B's first to start it.
    fn merge_lo<T: Copy, E>(&mut self, a: &mut [T], tmp: &mut Vec<T>, pa: usize, mut na: usize, mut nb: usize) -> Result<(), E>
    where
        F: FnMut(T, T) -> Result<bool, E>,
    {
        tmp.clear();
        tmp.extend_from_slice(&a[pa..pa + na]);
        let (mut dest, mut ia, mut ib) = (pa, 0usize, pa + na);
        a[dest] = a[ib];
        dest += 1;
        ib += 1;
        nb -= 1;
        let lt = &mut self.lt;
        let out: Result<Exit, E> = 'merge: {
            if nb == 0 {
                break 'merge Ok(Exit::Done);
            }
            if na == 1 {
                break 'merge Ok(Exit::Copy);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    match lt(a[ib], tmp[ia]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            a[dest] = a[ib];
                            dest += 1;
                            ib += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Ok(Exit::Done);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            a[dest] = tmp[ia];
                            dest += 1;
                            ia += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge Ok(Exit::Copy);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(lt, a[ib], &tmp[ia..ia + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        a[dest..dest + k].copy_from_slice(&tmp[ia..ia + k]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Ok(Exit::Copy);
                        }
                        if na == 0 {
                            break 'merge Ok(Exit::Done);
                        }
                    }
                    a[dest] = a[ib];
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(Exit::Done);
                    }
                    let k = match gallop_left(lt, tmp[ia], &a[ib..ib + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        a.copy_within(ib..ib + k, dest);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(Exit::Done);
                        }
                    }
                    a[dest] = tmp[ia];
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Ok(Exit::Copy);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match out {
            Ok(Exit::Copy) => {
                a.copy_within(ib..ib + nb, dest);
                a[dest + nb] = tmp[ia];
                Ok(())
            }
            r => {
                // Done or failed: what is left of A fills the gap (still a permutation).
                a[dest..dest + na].copy_from_slice(&tmp[ia..ia + na]);
                r.map(|_| ())
            }
        }
    }

    /// Merges a[pa..pa+na] with the following nb items, na > nb, copying B aside and filling
    /// from the right.
    fn merge_hi<T: Copy, E>(&mut self, a: &mut [T], tmp: &mut Vec<T>, pa: usize, mut na: usize, mut nb: usize) -> Result<(), E>
    where
        F: FnMut(T, T) -> Result<bool, E>,
    {
        let pb = pa + na;
        tmp.clear();
        tmp.extend_from_slice(&a[pb..pb + nb]);
        // dest, ia and ib are signed: ia (ib) may step below its run once that run is used up
        // (with inconsistent compares B can run out too); never read there.
        let mut dest = (pb + nb - 1) as isize;
        let mut ia = (pa + na - 1) as isize;
        let mut ib = nb as isize - 1;
        a[dest as usize] = a[ia as usize];
        dest -= 1;
        ia -= 1;
        na -= 1;
        let lt = &mut self.lt;
        let out: Result<Exit, E> = 'merge: {
            if na == 0 {
                break 'merge Ok(Exit::Done);
            }
            if nb == 1 {
                break 'merge Ok(Exit::Copy);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    match lt(tmp[ib as usize], a[ia as usize]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            a[dest as usize] = a[ia as usize];
                            dest -= 1;
                            ia -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Ok(Exit::Done);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            a[dest as usize] = tmp[ib as usize];
                            dest -= 1;
                            ib -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge Ok(Exit::Copy);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(lt, tmp[ib as usize], &a[pa..pa + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ia -= k as isize;
                        let (d, s) = ((dest + 1) as usize, (ia + 1) as usize);
                        a.copy_within(s..s + k, d);
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(Exit::Done);
                        }
                    }
                    a[dest as usize] = tmp[ib as usize];
                    dest -= 1;
                    ib -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Ok(Exit::Copy);
                    }
                    let k = match gallop_left(lt, a[ia as usize], &tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ib -= k as isize;
                        let (d, s) = ((dest + 1) as usize, (ib + 1) as usize);
                        a[d..d + k].copy_from_slice(&tmp[s..s + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Ok(Exit::Copy);
                        }
                        if nb == 0 {
                            break 'merge Ok(Exit::Done);
                        }
                    }
                    a[dest as usize] = a[ia as usize];
                    dest -= 1;
                    ia -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(Exit::Done);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match out {
            Ok(Exit::Copy) => {
                // B's one remaining item goes first; A's remaining items shift up behind it.
                dest -= na as isize;
                ia -= na as isize;
                let (d, s) = ((dest + 1) as usize, (ia + 1) as usize);
                a.copy_within(s..s + na, d);
                a[dest as usize] = tmp[ib as usize];
                Ok(())
            }
            r => {
                if nb > 0 {
                    let d = (dest + 1) as usize - nb;
                    a[d..d + nb].copy_from_slice(&tmp[..nb]);
                }
                r.map(|_| ())
            }
        }
    }
}

// ---- list.sort's driver: keys, the pre-sort type check, reverse -----------------------------

use crate::objects::bodies::{FloatBody, IntBody, StrBody, TupleBody};
use crate::objects::listobject::native_lt;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::{tp, CmpOp, CompareFn, PyResult};
use crate::vm::Vm;
use std::convert::Infallible;

/// How two keys are compared, chosen once by the pre-sort check (list_sort_impl): the
/// specialised compares differ from a plain `<` only in speed, except that a same-type
/// object compare calls the type's comparison slot directly and retries with the full `<`
/// protocol (calling `__lt__` again) when it answers NotImplemented.
#[derive(Clone, Copy)]
enum KeyCmp {
    /// `PyObject_RichCompareBool(v, w, Py_LT)` (native answers where they are the same).
    Safe,
    /// All keys have this exact type and it has a comparison slot.
    Object(CompareFn),
    /// All keys are non-empty exact tuples; the first items are compared with `first`.
    Tuple(ElemCmp),
}

#[derive(Clone, Copy)]
enum ElemCmp {
    Safe,
    Object(CompareFn),
}

fn object_lt(vm: &mut Vm, f: CompareFn, v: &ObjRef, w: &ObjRef) -> PyResult<bool> {
    let r = vm.guard(" in comparison", |vm| f(vm, v, w, CmpOp::Lt))?;
    if r.is(&vm.notimpl) {
        return vm.rich_compare_bool(v, w, CmpOp::Lt);
    }
    vm.is_true(&r)
}

fn safe_lt(vm: &mut Vm, v: &ObjRef, w: &ObjRef) -> PyResult<bool> {
    match native_lt(vm, v, w) {
        Some(r) => Ok(r),
        None => vm.rich_compare_bool(v, w, CmpOp::Lt),
    }
}

fn key_lt(vm: &mut Vm, how: KeyCmp, v: &ObjRef, w: &ObjRef) -> PyResult<bool> {
    match how {
        KeyCmp::Safe => safe_lt(vm, v, w),
        KeyCmp::Object(f) => object_lt(vm, f, v, w),
        KeyCmp::Tuple(first) => {
            if let Some(r) = native_lt(vm, v, w) {
                return Ok(r);
            }
            let (Some(x), Some(y)) = (v.downcast::<TupleBody>(), w.downcast::<TupleBody>()) else {
                return safe_lt(vm, v, w);
            };
            let (x, y) = (&x.items, &y.items);
            let mut i = 0;
            while i < x.len() && i < y.len() {
                if !vm.rich_compare_bool(&x[i], &y[i], CmpOp::Eq)? {
                    break;
                }
                i += 1;
            }
            if i >= x.len() || i >= y.len() {
                return Ok(x.len() < y.len());
            }
            match (i, first) {
                (0, ElemCmp::Object(f)) => object_lt(vm, f, &x[0], &y[0]),
                _ => vm.rich_compare_bool(&x[i], &y[i], CmpOp::Lt),
            }
        }
    }
}

/// `list.sort(key=key, reverse=reverse)` on `items` (the list's own storage, taken out of it
/// while sorting), with CPython's key calls, compares and failure states. On an error from the
/// key function `items` is unchanged; on one from a comparison it holds the order the sort had
/// reached (reversed back when `reverse`), as CPython leaves the list.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<ObjRef>, key: Option<&ObjRef>, reverse: bool) -> PyResult<()> {
    let mut owned_keys = Vec::new();
    if let Some(f) = key {
        owned_keys.reserve_exact(items.len());
        for x in items.iter() {
            owned_keys.push(vm.call(f, std::slice::from_ref(x), None)?);
        }
    }
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    let keys: &[ObjRef] = if key.is_some() { &owned_keys } else { items };
    let order: Vec<usize> = if reverse { (0..n).rev().collect() } else { (0..n).collect() };

    // The pre-sort check: one type for all keys (or all first items of non-empty tuples)?
    let first = &keys[0];
    let mut in_tuples = first.is_exact(&vm.t.tuple) && first.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty());
    let head = |k: &ObjRef, in_tuples: bool| -> Option<ObjRef> {
        if in_tuples {
            k.downcast::<TupleBody>().and_then(|t| t.items.first().cloned())
        } else {
            Some(k.clone())
        }
    };
    let key_type = match head(first, in_tuples) {
        Some(k) => k.type_of(),
        None => first.type_of(),
    };
    let mut same_type = true;
    for k in keys {
        if in_tuples && !(k.is_exact(&vm.t.tuple) && k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
            in_tuples = false;
            same_type = false;
            break;
        }
        if !head(k, in_tuples).is_some_and(|h| h.is_exact(&key_type)) {
            same_type = false;
            if !in_tuples {
                break;
            }
        }
    }
    let native = key_type.is(&vm.t.int) || key_type.is(&vm.t.float) || key_type.is(&vm.t.str_);
    let elem = match tp(&key_type).slots.richcompare.get() {
        Some(f) if same_type && !native => ElemCmp::Object(f),
        _ => ElemCmp::Safe,
    };
    let how = if in_tuples {
        KeyCmp::Tuple(if key_type.is(&vm.t.tuple) { ElemCmp::Safe } else { elem })
    } else {
        match elem {
            ElemCmp::Object(f) => KeyCmp::Object(f),
            ElemCmp::Safe => KeyCmp::Safe,
        }
    };

    let fast = if same_type && !in_tuples && native { native_sort(vm, keys, &order) } else { None };
    let (perm, err) = if let Some(perm) = fast {
        (perm, None)
    } else {
        let mut perm = order;
        let r = listsort(&mut perm, |i: usize, j: usize| key_lt(vm, how, &keys[i], &keys[j]));
        (perm, r.err())
    };
    let mut out: Vec<ObjRef> = perm.iter().map(|&i| items[i].clone()).collect();
    drop(owned_keys);
    if reverse {
        out.reverse();
    }
    items.clear();
    items.extend(out);
    match err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Keys all of one exact type among int / float / str: compared without calls (CPython's
/// unsafe_long / unsafe_float / unsafe_latin compares), on copies of their values.
fn native_sort(vm: &Vm, keys: &[ObjRef], order: &[usize]) -> Option<Vec<usize>> {
    fn run<T: Copy, L: Fn(&T, &T) -> bool>(mut s: Vec<(T, usize)>, lt: L) -> Vec<usize> {
        let r: Result<(), Infallible> = listsort(&mut s, |x, y| Ok(lt(&x.0, &y.0)));
        let _ = r;
        s.into_iter().map(|(_, i)| i).collect()
    }
    let t = keys[0].type_of_borrowed();
    if t.is(&vm.t.float) {
        let s: Option<Vec<(f64, usize)>> = order.iter().map(|&i| keys[i].downcast::<FloatBody>().map(|f| (f.v, i))).collect();
        if let Some(s) = s {
            return Some(run(s, |x, y| x < y));
        }
    } else if t.is(&vm.t.int) {
        let s: Option<Vec<(i64, usize)>> = order
            .iter()
            .map(|&i| match keys[i].downcast::<IntBody>() {
                Some(IntBody::Small(v)) => Some((*v, i)),
                _ => None,
            })
            .collect();
        if let Some(s) = s {
            return Some(run(s, |x, y| x < y));
        }
    } else if t.is(&vm.t.str_) {
        let s: Option<Vec<(&[u8], usize)>> = order.iter().map(|&i| keys[i].downcast::<StrBody>().map(|b| (b.as_bytes(), i))).collect();
        if let Some(s) = s {
            return Some(run(s, |x, y| x < y));
        }
    }
    // Big ints: compared by the general path.
    None
}

#[cfg(test)]
mod tests {
    use super::listsort;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn consistent_compares_sort_stably() {
        let mut seed = 1;
        for n in [0usize, 1, 2, 10, 63, 64, 65, 200, 1000, 5000] {
            for modulus in [3u64, 1000, 1 << 30] {
                let mut v: Vec<(u64, usize)> = (0..n).map(|i| (lcg(&mut seed) % modulus, i)).collect();
                if modulus == 3 {
                    v[n / 3..].sort();
                    v[..n / 2].reverse();
                }
                let mut want = v.clone();
                want.sort_by_key(|p| p.0);
                let r: Result<(), ()> = listsort(&mut v, |a, b| Ok(a.0 < b.0));
                assert!(r.is_ok());
                assert_eq!(v, want);
            }
        }
    }

    #[test]
    fn random_answers_and_failures_leave_a_permutation() {
        let mut seed = 7;
        for (n, bias) in [2usize, 5, 64, 65, 130, 700, 3000].into_iter().flat_map(|n| [(n, 1u64), (n, 2), (n, 3)]) {
            for fail_at in [1usize, 2, 5, 50, 500, 5000, usize::MAX] {
                let mut v: Vec<usize> = (0..n).collect();
                let mut calls = 0usize;
                let mut s2 = seed;
                let r = listsort(&mut v, |_, _| {
                    calls += 1;
                    if calls == fail_at {
                        return Err(calls);
                    }
                    Ok(lcg(&mut s2) % 4 < bias)
                });
                seed = s2;
                if fail_at != usize::MAX && calls >= fail_at {
                    assert_eq!(r, Err(fail_at));
                }
                let mut sorted = v.clone();
                sorted.sort();
                assert_eq!(sorted, (0..n).collect::<Vec<_>>());
            }
        }
    }
}
