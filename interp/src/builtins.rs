//! The builtins module (Python/bltinmodule.c) and the constructors and methods of the built-in
//! types (their `tp_new` and method tables in Objects/*.c).

use crate::objects::bodies::*;
use crate::objects::object::{alloc, ObjRef};
use crate::objects::pystr::PyStr;
use crate::objects::slots;
use crate::objects::type_new::*;
use crate::objects::typeobject::*;
use crate::vm::Vm;

pub(crate) type Args<'a> = &'a [ObjRef];
pub(crate) type Kw<'a> = Option<&'a ObjRef>;

pub(crate) fn kw_names(kw: Kw) -> Vec<String> {
    kw.map(|k| k.downcast::<TupleBody>().unwrap().items.iter().map(|n| n.downcast::<StrBody>().unwrap().text().into_owned()).collect()).unwrap_or_default()
}

/// Splits vectorcall arguments into positionals and (name, value) keywords.
pub(crate) fn split_kw(args: Args, kw: Kw) -> (Vec<ObjRef>, Vec<(String, ObjRef)>) {
    let names = kw_names(kw);
    let npos = args.len() - names.len();
    let kws = names.into_iter().zip(args[npos..].iter().cloned()).collect();
    (args[..npos].to_vec(), kws)
}

fn no_kw(vm: &mut Vm, name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_some_and(|k| !k.downcast::<TupleBody>().unwrap().items.is_empty()) {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn nargs(vm: &mut Vm, name: &str, args: Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max {
            if min == 1 {
                format!("{name}() takes exactly one argument ({n} given)")
            } else {
                format!("{name} expected {min} arguments, got {n}")
            }
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        };
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

pub(crate) fn str_of(o: &ObjRef) -> Option<&StrBody> {
    o.downcast::<StrBody>()
}
fn int_of(o: &ObjRef) -> Option<i64> {
    crate::objects::longobject::small_int(o)
}

pub fn func_display_name(vm: &mut Vm, f: &ObjRef) -> String {
    if let Some(fb) = f.downcast::<FunctionBody>() {
        // `_PyObject_FunctionStr`: the module too, unless it is builtins.
        let q = str_of(&fb.qualname.borrow()).map(|s| s.text().into_owned()).unwrap_or_default();
        let m = fb.module.borrow().as_ref().and_then(|m| str_of(m).map(|s| s.text().into_owned()));
        return match m {
            Some(m) if m != "builtins" => format!("{m}.{q}()"),
            _ => format!("{q}()"),
        };
    }
    if let Some(b) = f.downcast::<BuiltinBody>() {
        return format!("{}()", b.name);
    }
    // A bound method forwards `__qualname__` and `__module__` to its function.
    if let Some(m) = f.downcast::<crate::objects::bodies::MethodBody>() {
        let func = m.func.clone();
        if func.downcast::<FunctionBody>().is_some() {
            return func_display_name(vm, &func);
        }
    }
    format!("{} object", vm.type_name(f))
}

// ---- print & friends -----------------------------------------------------------------------

/// `input(prompt='', /)`.
fn b_input(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    no_kw(vm, "input", kw)?;
    nargs(vm, "input", args, 0, 1)?;
    crate::modules::sys_streams::input(vm, args.first())
}
fn b_print(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file: Option<ObjRef> = None;
    let mut flush = false;
    let mut texts: [Option<ObjRef>; 2] = [None, None];
    for (k, v) in kws {
        match k.as_str() {
            "sep" => texts[0] = Some(v),
            "end" => texts[1] = Some(v),
            "file" => {
                if !v.is(&vm.none) {
                    file = Some(v);
                }
            }
            "flush" => flush = vm.is_true(&v)?,
            _ => return Err(vm.type_error(&format!("print() got an unexpected keyword argument '{k}'"))),
        }
    }
    if file.is_none() {
        // `file=None` means whatever `sys.stdout` is now; None there prints nothing.
        match crate::modules::sys_streams::lookup(vm, "stdout")? {
            None => return Err(vm.err(&vm.e.runtime_error.clone(), "lost sys.stdout")),
            Some(o) if o.is(&vm.none) => return Ok(vm.none.clone()),
            Some(o) if o.downcast::<StreamBody>().is_some_and(|s| s.fd == 1) => {}
            Some(o) => file = Some(o),
        }
    }
    for (i, v) in texts.into_iter().enumerate() {
        let Some(v) = v.filter(|v| !v.is(&vm.none)) else { continue };
        let k = if i == 0 { "sep" } else { "end" };
        match str_of(&v) {
            Some(s) => *(if i == 0 { &mut sep } else { &mut end }) = s.text().into_owned(),
            None => return Err(vm.type_error(&format!("{} must be None or a string, not {}", k, vm.type_name(&v)))),
        }
    }
    if let Some(f) = file.as_ref().filter(|f| f.downcast::<StreamBody>().is_none()) {
        // A Python file object gets one `write` call per piece, then `flush()` if asked.
        let w = vm.getattr_str(f, "write")?;
        for (i, a) in pos.iter().enumerate() {
            if i > 0 {
                let s = vm.str(&sep);
                vm.call(&w, &[s], None)?;
            }
            let s = vm.to_str(a)?;
            vm.call(&w, &[s], None)?;
        }
        let s = vm.str(&end);
        vm.call(&w, &[s], None)?;
        if flush {
            let fl = vm.getattr_str(f, "flush")?;
            vm.call(&fl, &[], None)?;
        }
        return Ok(vm.none.clone());
    }
    let mut out = String::new();
    let to_stream = file.as_ref().is_none_or(|f| f.downcast::<StreamBody>().is_some());
    for (i, a) in pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        let so = match vm.to_str(a) {
            Ok(so) => so,
            Err(e) => {
                // print() writes piece by piece: what came before the failing argument stays
                // written.
                if to_stream && !out.is_empty() {
                    match &file {
                        Some(f) if f.downcast::<StreamBody>().is_some_and(|s| s.fd == 2) => {
                            use std::io::Write;
                            let _ = vm.host.stderr.write_all(out.as_bytes());
                        }
                        _ => vm.write_stdout(&out),
                    }
                }
                return Err(e);
            }
        };
        if let Some(sb) = so.downcast::<StrBody>() {
            if to_stream && sb.as_str().is_none() {
                // The UTF-8 stream refuses lone surrogates; what was printed before stays written.
                let cps = crate::objects::str_type::cps_of(sb);
                if let Err(e) = crate::objects::codecs::encode(&cps, crate::objects::codecs::Codec::Utf8, "strict") {
                    match &file {
                        Some(f) if f.downcast::<StreamBody>().is_some_and(|s| s.fd == 2) => {
                            use std::io::Write;
                            let _ = vm.host.stderr.write_all(out.as_bytes());
                        }
                        _ => vm.write_stdout(&out),
                    }
                    return Err(crate::objects::str_type::codec_err(vm, e, &so));
                }
            }
            out.push_str(&sb.text());
        }
    }
    out.push_str(&end);
    match file {
        Some(f) if f.downcast::<StreamBody>().is_some_and(|s| s.fd == 2) => {
            use std::io::Write;
            let _ = vm.host.stderr.write_all(out.as_bytes());
        }
        Some(f) if f.downcast::<StreamBody>().is_none() => {
            let w = vm.getattr_str(&f, "write")?;
            let s = vm.str(&out);
            vm.call(&w, &[s], None)?;
        }
        _ => {
            // The descriptor's errors surface here, as CPython's buffered stdout raises them.
            crate::modules::sys_streams::host_write_stdout(vm, &out)?;
            if flush {
                crate::modules::sys_streams::host_flush_stdout(vm)?;
            }
        }
    }
    Ok(vm.none.clone())
}

fn b_len(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    no_kw(vm, "len", kw)?;
    nargs(vm, "len", args, 1, 1)?;
    let n = vm.len(&args[0])?;
    Ok(vm.int(n as i64))
}
fn b_repr(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    no_kw(vm, "repr", kw)?;
    nargs(vm, "repr", args, 1, 1)?;
    vm.repr(&args[0])
}
pub fn ascii(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let r = vm.repr(o)?;
    let s = str_of(&r).unwrap();
    let mut out = String::new();
    for c in s.code_points() {
        if c < 0x80 {
            out.push(c as u8 as char);
        } else if c <= 0xff {
            out.push_str(&format!("\\x{c:02x}"));
        } else if c <= 0xffff {
            out.push_str(&format!("\\u{c:04x}"));
        } else {
            out.push_str(&format!("\\U{c:08x}"));
        }
    }
    Ok(vm.str(&out))
}
fn b_ascii(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "ascii", args, 1, 1)?;
    ascii(vm, &args[0])
}
fn b_id(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "id", args, 1, 1)?;
    Ok(vm.int(args[0].addr() as i64))
}
fn b_hash(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "hash", args, 1, 1)?;
    let h = vm.hash(&args[0])?;
    Ok(vm.int(h))
}
fn b_callable(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "callable", args, 1, 1)?;
    let ty = args[0].type_of();
    Ok(vm.bool(args[0].downcast::<FunctionBody>().is_some() || tp(&ty).slots.call.get().is_some()))
}
fn b_isinstance(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "isinstance", args, 2, 2)?;
    let r = isinstance(vm, &args[0], &args[1])?;
    Ok(vm.bool(r))
}
fn isinstance(vm: &mut Vm, o: &ObjRef, t: &ObjRef) -> PyResult<bool> {
    crate::objects::type_methods::isinstance(vm, o, t)
}
fn b_issubclass(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "issubclass", args, 2, 2)?;
    let r = crate::objects::type_methods::issubclass(vm, &args[0], &args[1])?;
    Ok(vm.bool(r))
}
fn b_iter(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    no_kw(vm, "iter", kw)?;
    if args.len() == 2 {
        return crate::objects::iterobject::callable_iter(vm, &args[0], &args[1]);
    }
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(&format!("iter expected {}, got {}", if args.is_empty() { "at least 1 argument" } else { "at most 2 arguments" }, args.len())));
    }
    vm.get_iter(&args[0])
}
fn b_next(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "next", args, 1, 2)?;
    let ty = args[0].type_of();
    if tp(&ty).slots.iternext.get().is_none() {
        return Err(vm.type_error(&format!("'{}' object is not an iterator", tp(&ty).name())));
    }
    if args[0].downcast::<GenBody>().is_some() {
        let none = vm.none.clone();
        return match crate::eval::gen_resume(vm, &args[0], none)? {
            crate::eval::GenResult::Yield(v) => Ok(v),
            crate::eval::GenResult::Return(r) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => {
                    let a = if r.is(&vm.none) { vec![] } else { vec![r] };
                    Err(PyErr(vm.new_exception(&vm.e.stop_iteration.clone(), a)))
                }
            },
        };
    }
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr(vm.new_exception(&vm.e.stop_iteration.clone(), vec![]))),
        },
    }
}
fn b_chr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "chr", args, 1, 1)?;
    let Some(v) = int_of(&args[0]) else {
        if args[0].downcast::<IntBody>().is_some() {
            return Err(vm.value_error("chr() arg not in range(0x110000)"));
        }
        return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args[0]))));
    };
    if !(0..=0x10ffff).contains(&v) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    Ok(vm.pystr(PyStr::from_code_points([v as u32])))
}
fn b_ord(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "ord", args, 1, 1)?;
    if let Some(b) = crate::objects::bytes_type::bytes_of(&args[0]) {
        if b.len() != 1 {
            return Err(vm.type_error(&format!("ord() expected a character, but string of length {} found", b.len())));
        }
        return Ok(vm.int(b[0] as i64));
    }
    let Some(s) = str_of(&args[0]) else { return Err(vm.type_error(&format!("ord() expected string of length 1, but {} found", vm.type_name(&args[0])))) };
    if s.nchars() != 1 {
        return Err(vm.type_error(&format!("ord() expected a character, but string of length {} found", s.nchars())));
    }
    let c = s.code_points().next().unwrap();
    Ok(vm.int(c as i64))
}

fn minmax(vm: &mut Vm, name: &str, args: Args, kw: Kw, op: CmpOp) -> PyResult {
    if args.len() >= 2 && kw.is_none() {
        // `min(a, b, ...)` without keywords: compare the arguments in place (floats directly).
        let mut best = &args[0];
        for x in &args[1..] {
            let better = match crate::objects::floatobject::compare_fast(vm, x, best, op) {
                Some(t) => t,
                None => vm.rich_compare_bool(x, best, op)?,
            };
            if better {
                best = x;
            }
        }
        return Ok(best.clone());
    }
    let (pos, kws) = split_kw(args, kw);
    let mut key = None;
    let mut default = None;
    for (k, v) in kws {
        match k.as_str() {
            "key" => key = if v.is(&vm.none) { None } else { Some(v) },
            "default" => default = Some(v),
            _ => return Err(vm.type_error(&format!("{name}() got an unexpected keyword argument '{k}'"))),
        }
    }
    let items = match pos.len() {
        0 => return Err(vm.type_error(&format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&pos[0])?,
        _ if default.is_some() => {
            return Err(vm.type_error(&format!("Cannot specify a default for {name}() with multiple positional arguments")));
        }
        _ => pos,
    };
    let mut best: Option<(ObjRef, ObjRef)> = None;
    for x in items {
        let k = match &key {
            Some(f) => vm.call(f, &[x.clone()], None)?,
            None => x.clone(),
        };
        best = match best {
            None => Some((k, x)),
            Some((bk, bx)) => {
                if vm.rich_compare_bool(&k, &bk, op)? { Some((k, x)) } else { Some((bk, bx)) }
            }
        };
    }
    match best {
        Some((_, x)) => Ok(x),
        None => default.ok_or_else(|| vm.value_error(&format!("{name}() iterable argument is empty"))),
    }
}
fn b_min(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    minmax(vm, "min", args, kw, CmpOp::Lt)
}
fn b_max(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    minmax(vm, "max", args, kw, CmpOp::Gt)
}
fn b_sum(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    if args.len() > 2 {
        return Err(vm.type_error(&format!("sum() takes at most 2 arguments ({} given)", args.len())));
    }
    nargs(vm, "sum", &pos, 1, 2)?;
    let mut acc = pos.get(1).cloned().or_else(|| kws.iter().find(|(k, _)| k == "start").map(|(_, v)| v.clone())).unwrap_or_else(|| vm.int(0));
    if str_of(&acc).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if acc.downcast::<crate::objects::bytes_type::BytesBody>().is_some() || acc.downcast::<crate::objects::bytes_type::ByteArrayBody>().is_some() {
        return Err(vm.type_error(&format!("sum() can't sum {} [use b''.join(seq) instead]", vm.type_name(&acc))));
    }
    let it = vm.get_iter(&pos[0])?;
    let mut cur = crate::eval::gen::Cursor::new(vm, it);
    // builtin_sum_impl: exact ints are summed in a machine integer while they fit, then (if
    // the sum is an exact float by then) floats with Neumaier's compensation, then `+`. Each
    // fast loop hands over to the next with one generic addition.
    if acc.is_exact(&vm.t.int) {
        if let Some(mut i) = int_of(&acc) {
            loop {
                let Some(x) = cur.next(vm)? else { return Ok(vm.int(i)) };
                if x.is_exact(&vm.t.int) || x.is_exact(&vm.t.bool_) {
                    if let Some(s) = int_of(&x).and_then(|b| i.checked_add(b)) {
                        i = s;
                        continue;
                    }
                }
                cur.release(vm);
                let r = vm.int(i);
                acc = vm.binary_op(&r, &x, 0)?;
                break;
            }
        }
    }
    if acc.is_exact(&vm.t.float) {
        let (mut f, mut c) = (acc.downcast::<FloatBody>().unwrap().v, 0.0f64);
        loop {
            let Some(x) = cur.next(vm)? else {
                // Keep the sign of a negative zero; an infinite sum gets no NaN from `c`.
                return Ok(vm.float(if c != 0.0 && c.is_finite() { f + c } else { f }));
            };
            if x.is_exact(&vm.t.float) {
                let xv = x.downcast::<FloatBody>().unwrap().v;
                let t = f + xv;
                if f.abs() >= xv.abs() {
                    c += (f - t) + xv;
                } else {
                    c += (xv - t) + f;
                }
                f = t;
                continue;
            }
            // Any int (bool and subclasses too) that fits a C long is added uncompensated.
            if let Some(v) = int_of(&x) {
                f += v as f64;
                continue;
            }
            cur.release(vm);
            let r = vm.float(if c != 0.0 && c.is_finite() { f + c } else { f });
            acc = vm.binary_op(&r, &x, 0)?;
            break;
        }
    }
    loop {
        let Some(x) = cur.next(vm)? else { break };
        cur.release(vm);
        acc = vm.binary_op(&acc, &x, 0)?;
    }
    Ok(acc)
}
fn b_all(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "all", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.is_true(&x)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}
fn b_any(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "any", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.is_true(&x)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

/// `list.sort` / `sorted` on the list's storage: CPython's listsort (objects/listsort.rs).
fn sort_items(vm: &mut Vm, items: &mut Vec<ObjRef>, key: Option<ObjRef>, reverse: bool) -> PyResult<()> {
    crate::objects::listsort::sort_values(vm, items, key.as_ref(), reverse)
}

fn sort_kw(vm: &mut Vm, kws: Vec<(String, ObjRef)>, fname: &str) -> PyResult<(Option<ObjRef>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kws {
        match k.as_str() {
            "key" => key = if v.is(&vm.none) { None } else { Some(v) },
            "reverse" => reverse = vm.is_true(&v)?,
            _ => return Err(vm.type_error(&format!("{fname}() got an unexpected keyword argument '{k}'"))),
        }
    }
    Ok((key, reverse))
}
fn b_sorted(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    if pos.len() != 1 {
        return Err(vm.type_error(&format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let (key, reverse) = sort_kw(vm, kws, "sort")?;
    let l = crate::objects::listobject::sequence_list(vm, &pos[0])?;
    let body = l.downcast::<ListBody>().expect("a list");
    let mut items = std::mem::take(&mut *body.items.borrow_mut());
    let r = sort_items(vm, &mut items, key, reverse);
    *body.items.borrow_mut() = items;
    r?;
    Ok(l)
}
fn b_getattr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "getattr", args, 2, 3)?;
    if str_of(&args[1]).is_none() {
        return Err(vm.type_error(&format!("attribute name must be string, not '{}'", vm.type_name(&args[1]))));
    }
    match vm.getattr(&args[0], &args[1]) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && is_subtype(&e.0.type_of(), &vm.e.attribute_error) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}
fn b_setattr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "setattr", args, 3, 3)?;
    vm.setattr(&args[0], &args[1], Some(args[2].clone()))?;
    Ok(vm.none.clone())
}
fn b_delattr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "delattr", args, 2, 2)?;
    vm.setattr(&args[0], &args[1], None)?;
    Ok(vm.none.clone())
}
fn b_hasattr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "hasattr", args, 2, 2)?;
    match vm.getattr(&args[0], &args[1]) {
        Ok(_) => Ok(vm.true_.clone()),
        Err(e) if is_subtype(&e.0.type_of(), &vm.e.attribute_error) => Ok(vm.false_.clone()),
        Err(e) => Err(e),
    }
}
fn b_format(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult {
    nargs(vm, "format", args, 1, 2)?;
    let spec = args.get(1).cloned().unwrap_or_else(|| vm.str(""));
    format(vm, &args[0], &spec)
}

/// `format(value, spec)`: see [`crate::objects::str_type::format`].
pub fn format(vm: &mut Vm, v: &ObjRef, spec: &ObjRef) -> PyResult {
    crate::objects::str_type::format(vm, v, spec)
}

// ---- constructors (tp_new) ------------------------------------------------------------------

fn str_new(vm: &mut Vm, _t: &ObjRef, args: Args, _kw: Kw) -> PyResult {
    match args.first() {
        Some(x) => vm.to_str(x),
        None => Ok(vm.str("")),
    }
}
fn bool_new(vm: &mut Vm, _t: &ObjRef, args: Args, kw: Kw) -> PyResult {
    no_kw(vm, "bool", kw)?;
    if args.len() > 1 {
        return Err(vm.type_error(&format!("bool expected at most 1 argument, got {}", args.len())));
    }
    match args.first() {
        Some(x) => {
            let t = vm.is_true(x)?;
            Ok(vm.bool(t))
        }
        None => Ok(vm.false_.clone()),
    }
}
fn list_new(vm: &mut Vm, _t: &ObjRef, args: Args, kw: Kw) -> PyResult {
    no_kw(vm, "list", kw)?;
    if args.len() > 1 {
        return Err(vm.type_error(&format!("list expected at most 1 argument, got {}", args.len())));
    }
    match args.first() {
        Some(x) => crate::objects::listobject::sequence_list(vm, x),
        None => Ok(vm.list(Vec::new())),
    }
}
fn tuple_new(vm: &mut Vm, _t: &ObjRef, args: Args, kw: Kw) -> PyResult {
    no_kw(vm, "tuple", kw)?;
    if args.len() > 1 {
        return Err(vm.type_error(&format!("tuple expected at most 1 argument, got {}", args.len())));
    }
    if let Some(x) = args.first() {
        if x.is_exact(&vm.t.tuple) {
            return Ok(x.clone());
        }
        let items = vm.collect(x)?;
        return Ok(vm.tuple(items));
    }
    Ok(vm.empty_tuple.clone())
}
pub(crate) fn dict_update_from(vm: &mut Vm, d: &ObjRef, src: &ObjRef) -> PyResult<()> {
    crate::objects::dict_methods::update_arg(vm, d, src)
}
/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`: runs the class body in the
/// namespace `__prepare__` gives, then calls the metaclass.
fn b_build_class(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    let (pos, mut kws) = split_kw(args, kw);
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    if func.downcast::<FunctionBody>().is_none() {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    let name_obj = pos[1].clone();
    if str_of(&name_obj).is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let orig_bases: Vec<ObjRef> = pos[2..].to_vec();
    let updated = crate::objects::genericalias::update_bases(vm, &orig_bases)?;
    let bases = updated.clone().unwrap_or_else(|| orig_bases.clone());
    let explicit = kws.iter().position(|(k, _)| k == "metaclass").map(|i| kws.remove(i).1);
    let meta = match &explicit {
        Some(m) if m.downcast::<TypeObject>().is_none() => m.clone(),
        Some(m) => calculate_meta(vm, m, &bases)?,
        None => {
            let first = bases.first().map(|b| b.type_of()).unwrap_or_else(|| vm.t.type_.clone());
            calculate_meta(vm, &first, &bases)?
        }
    };
    let bases_tuple = vm.tuple(bases.clone());
    let kw_values: Vec<ObjRef> = kws.iter().map(|(_, v)| v.clone()).collect();
    let kw_tuple = if kws.is_empty() { None } else { Some(vm.tuple(kws.iter().map(|(k, _)| vm.str(k)).collect())) };
    let ns = match vm.getattr_str(&meta, "__prepare__") {
        Ok(prep) if !meta.is(&vm.t.type_) => {
            let mut a = vec![name_obj.clone(), bases_tuple.clone()];
            a.extend(kw_values.iter().cloned());
            vm.call(&prep, &a, kw_tuple.as_ref())?
        }
        _ => vm.new_dict(),
    };
    crate::eval::run_class_body(vm, &func, &ns)?;
    if updated.is_some() {
        let ob = vm.tuple(orig_bases);
        let k = vm.intern("__orig_bases__");
        vm.setitem(&ns, &k, Some(ob))?;
    }
    let mut a = vec![name_obj, bases_tuple, ns];
    a.extend(kw_values);
    vm.call(&meta, &a, kw_tuple.as_ref())
}

/// BINARY_OP numbers' dunders (forward, reflected).
pub(crate) const NB_DUNDERS: [(&'static str, &'static str); 13] = [
    ("__add__", "__radd__"),
    ("__and__", "__rand__"),
    ("__floordiv__", "__rfloordiv__"),
    ("__lshift__", "__rlshift__"),
    ("__matmul__", "__rmatmul__"),
    ("__mul__", "__rmul__"),
    ("__mod__", "__rmod__"),
    ("__or__", "__ror__"),
    ("__pow__", "__rpow__"),
    ("__rshift__", "__rrshift__"),
    ("__sub__", "__rsub__"),
    ("__truediv__", "__rtruediv__"),
    ("__xor__", "__rxor__"),
];

fn call_dunder(vm: &mut Vm, o: &ObjRef, name: &'static str, args: &[ObjRef]) -> PyResult<Option<ObjRef>> {
    let n = vm.intern_static(name);
    let ty = o.type_of();
    match vm.type_lookup(&ty, &n) {
        Some(f) if f.downcast::<FunctionBody>().is_some() => {
            // A plain function: called with `o` as its first argument, no bound method made
            // (`vectorcall_method`). Up to two arguments travel with `o` in an array, not a Vec.
            let r = match args {
                [] => crate::eval::call_function(vm, &f, &[o.clone()], None),
                [a] => crate::eval::call_function(vm, &f, &[o.clone(), a.clone()], None),
                _ => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(o.clone());
                    all.extend_from_slice(args);
                    crate::eval::call_function(vm, &f, &all, None)
                }
            };
            Ok(Some(r?))
        }
        Some(f) => {
            let bound = slots::bind(vm, f, o)?;
            Ok(Some(vm.call(&bound, args, None)?))
        }
        None => Ok(None),
    }
}
pub(crate) fn slot_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    // The result is checked by `repr()` (PyObject_Repr) or `str()` (PyObject_Str).
    Ok(call_dunder(vm, o, "__repr__", &[])?.unwrap())
}
pub(crate) fn slot_str(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let r = call_dunder(vm, o, "__str__", &[])?.unwrap();
    if str_of(&r).is_none() {
        return Err(vm.type_error(&format!("__str__ returned non-string (type {})", vm.type_name(&r))));
    }
    Ok(r)
}
pub(crate) fn slot_richcompare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    match call_dunder(vm, a, op.dunder(), &[b.clone()])? {
        Some(r) => Ok(r),
        None => {
            if op == CmpOp::Ne {
                if let Some(r) = call_dunder(vm, a, "__eq__", &[b.clone()])? {
                    if r.is(&vm.notimpl) {
                        return Ok(r);
                    }
                    let t = vm.is_true(&r)?;
                    return Ok(vm.bool(!t));
                }
            }
            Ok(vm.notimpl.clone())
        }
    }
}
pub(crate) fn slot_hash(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    let r = call_dunder(vm, o, "__hash__", &[])?.unwrap();
    match int_of(&r) {
        Some(h) => Ok(if h == -1 { -2 } else { h }),
        // A big int is reduced as hash(int) does.
        None if r.downcast::<IntBody>().is_some() => vm.hash(&r),
        None => Err(vm.type_error("__hash__ method should return an integer")),
    }
}
pub(crate) fn slot_len(vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    let r = call_dunder(vm, o, "__len__", &[])?.unwrap();
    let r = crate::objects::longobject::index(vm, &r)?;
    match int_of(&r) {
        Some(n) if n >= 0 => Ok(n as usize),
        Some(_) => Err(vm.value_error("__len__() should return >= 0")),
        None if r.downcast::<IntBody>().is_some() => match crate::objects::longobject::view(&r) {
            Some(v) if v.is_negative() => Err(vm.value_error("__len__() should return >= 0")),
            _ => Err(vm.err(&vm.e.overflow_error.clone(), "cannot fit 'int' into an index-sized integer")),
        },
        None => Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(&r)))),
    }
}
pub(crate) fn slot_getitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult {
    Ok(call_dunder(vm, o, "__getitem__", &[k.clone()])?.unwrap())
}
pub(crate) fn slot_setitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let r = match v {
        Some(v) => call_dunder(vm, o, "__setitem__", &[k.clone(), v])?,
        None => call_dunder(vm, o, "__delitem__", &[k.clone()])?,
    };
    match r {
        Some(_) => Ok(()),
        None => Err(vm.type_error(&format!("'{}' object does not support item assignment", vm.type_name(o)))),
    }
}
pub(crate) fn slot_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    if crate::objects::type_methods::dunder_is_none(vm, o, "__iter__") {
        return Err(vm.type_error(&format!("'{}' object is not iterable", vm.type_name(o))));
    }
    let it = call_dunder(vm, o, "__iter__", &[])?.unwrap();
    // `PyObject_GetIter`: the result must be an iterator.
    if tp(&it.type_of()).slots.iternext.get().is_none() {
        return Err(vm.type_error(&format!("iter() returned non-iterator of type '{}'", vm.type_name(&it))));
    }
    Ok(it)
}
pub(crate) fn slot_next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    match call_dunder(vm, o, "__next__", &[]) {
        Ok(r) => Ok(r),
        Err(e) if is_subtype(&e.0.type_of(), &vm.e.stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}
pub(crate) fn slot_call(vm: &mut Vm, o: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let n = vm.intern_static("__call__");
    let f = vm.type_lookup(&o.type_of(), &n).unwrap();
    let bound = slots::bind(vm, f, o)?;
    vm.call(&bound, args, kw)
}
pub(crate) fn slot_bool(vm: &mut Vm, o: &ObjRef) -> PyResult<bool> {
    let r = call_dunder(vm, o, "__bool__", &[])?.unwrap();
    if !r.is_exact(&vm.t.bool_) {
        return Err(vm.type_error(&format!("__bool__ should return bool, returned {}", vm.type_name(&r))));
    }
    Ok(r.is(&vm.true_))
}
pub(crate) fn slot_contains(vm: &mut Vm, o: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    if crate::objects::type_methods::dunder_is_none(vm, o, "__contains__") {
        return Err(vm.type_error(&format!("'{}' object is not a container", vm.type_name(o))));
    }
    let r = call_dunder(vm, o, "__contains__", &[x.clone()])?.unwrap();
    vm.is_true(&r)
}
pub(crate) fn slot_neg(vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(call_dunder(vm, o, "__neg__", &[])?.unwrap())
}
pub(crate) fn slot_number(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
    let (fwd, rev) = NB_DUNDERS[op as usize];
    let ta = a.type_of();
    let tb = b.type_of();
    let mut do_b = !ta.is(&tb) && tp(&tb).slots.nb_number.get().is_some_and(|f| std::ptr::fn_addr_eq(f, slot_number as NumberFn));
    // A subclass on the right that overrides the reflected method goes first (SLOT1BINFULL).
    if do_b && is_subtype(&tb, &ta) {
        let rn = vm.intern(rev);
        let ra = vm.type_lookup(&ta, &rn);
        let rb = vm.type_lookup(&tb, &rn);
        let overrides = match (&ra, &rb) {
            (Some(x), Some(y)) => !x.is(y),
            (None, Some(_)) => true,
            _ => false,
        };
        if overrides {
            if let Some(r) = call_dunder(vm, b, rev, &[a.clone()])? {
                if !r.is(&vm.notimpl) {
                    return Ok(r);
                }
            }
            do_b = false;
        }
    }
    if tp(&ta).slots.nb_number.get().is_some_and(|f| std::ptr::fn_addr_eq(f, slot_number as NumberFn)) {
        if let Some(r) = call_dunder(vm, a, fwd, &[b.clone()])? {
            if !r.is(&vm.notimpl) {
                return Ok(r);
            }
        }
    }
    if do_b {
        if let Some(r) = call_dunder(vm, b, rev, &[a.clone()])? {
            return Ok(r);
        }
    }
    Ok(vm.notimpl.clone())
}

// ---- methods --------------------------------------------------------------------------------

fn self_list(o: &ObjRef) -> &ListBody {
    o.downcast::<ListBody>().unwrap()
}
fn m_list_sort(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (pos, kws) = split_kw(a, kw);
    if pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_kw(vm, kws, "sort")?;
    let mut items = std::mem::take(&mut *self_list(&pos[0]).items.borrow_mut());
    // The list keeps its allocation (list.sort sorts in place); while sorting it looks empty,
    // and anything done to it then is discarded (with a ValueError if the sort succeeded).
    let r = sort_items(vm, &mut items, key, reverse);
    let during = std::mem::replace(&mut *self_list(&pos[0]).items.borrow_mut(), items);
    let modified = during.capacity() > 0;
    drop(during);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(vm.none.clone())
}

fn b_exit_placeholder(vm: &mut Vm, _a: Args, _kw: Kw) -> PyResult {
    Ok(vm.none.clone())
}

fn staticmethod_new(vm: &mut Vm, _t: &ObjRef, args: Args, _kw: Kw) -> PyResult {
    if args.len() != 1 {
        return Err(vm.type_error(&format!("staticmethod expected 1 argument, got {}", args.len())));
    }
    Ok(alloc(&vm.t.staticmethod.clone(), StaticMethodBody { f: args[0].clone() }))
}
fn classmethod_new(vm: &mut Vm, _t: &ObjRef, args: Args, _kw: Kw) -> PyResult {
    if args.len() != 1 {
        return Err(vm.type_error(&format!("classmethod expected 1 argument, got {}", args.len())));
    }
    Ok(alloc(&vm.t.classmethod.clone(), ClassMethodBody { f: args[0].clone() }))
}
fn property_new(vm: &mut Vm, _t: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    let mut f = [None, None, None, None];
    for (i, a) in pos.iter().enumerate().take(4) {
        f[i] = Some(a.clone()).filter(|x| !x.is(&vm.none));
    }
    for (k, v) in kws {
        let i = match k.as_str() {
            "fget" => 0,
            "fset" => 1,
            "fdel" => 2,
            "doc" => 3,
            _ => return Err(vm.type_error(&format!("property() got an unexpected keyword argument '{k}'"))),
        };
        f[i] = Some(v).filter(|x| !x.is(&vm.none));
    }
    let [fget, fset, fdel, doc] = f;
    Ok(crate::objects::type_methods::new_property(vm, fget, fset, fdel, doc))
}
fn property_with(vm: &mut Vm, a: Args, which: usize) -> PyResult {
    let p = a[0].downcast::<PropertyBody>().unwrap();
    let mut f = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    f[which] = a.get(1).cloned().filter(|x| !x.is(&vm.none));
    // A docstring taken from the old getter is taken again from the new one (`property_copy`).
    let doc = if p.getter_doc && f[0].is_some() { None } else { p.doc.clone() };
    let [fget, fset, fdel] = f;
    Ok(crate::objects::type_methods::new_property(vm, fget, fset, fdel, doc))
}
fn m_property_getter(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    property_with(vm, a, 0)
}
fn m_property_setter(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    property_with(vm, a, 1)
}
fn m_property_deleter(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    property_with(vm, a, 2)
}

pub fn install(vm: &mut Vm) {
    tp(&vm.t.staticmethod).slots.new.set(Some(staticmethod_new));
    tp(&vm.t.classmethod).slots.new.set(Some(classmethod_new));
    tp(&vm.t.property).slots.new.set(Some(property_new));
    tp(&vm.t.str_).slots.new.set(Some(str_new));
    tp(&vm.t.bool_).slots.new.set(Some(bool_new));
    tp(&vm.t.module).slots.new.set(Some(crate::modules::module_new));
    tp(&vm.t.list).slots.new.set(Some(list_new));
    tp(&vm.t.tuple).slots.new.set(Some(tuple_new));
    tp(&vm.t.object).slots.new.set(Some(object_new));
    tp(&vm.t.type_).slots.new.set(Some(type_new));
    let b = vm.builtins.clone();
    let fns: &[(&'static str, NativeFn)] = &[
        ("__import__", crate::import::builtin_import),
        ("compile", crate::exec::builtin_compile),
        ("dir", crate::namespaces::builtin_dir),
        ("eval", crate::exec::builtin_eval),
        ("exec", crate::exec::builtin_exec),
        ("globals", crate::namespaces::builtin_globals),
        ("locals", crate::namespaces::builtin_locals),
        ("vars", crate::namespaces::builtin_vars),
        ("print", b_print),
        ("input", b_input),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("id", b_id),
        ("hash", b_hash),
        ("callable", b_callable),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("iter", b_iter),
        ("next", b_next),
        ("chr", b_chr),
        ("ord", b_ord),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("all", b_all),
        ("any", b_any),
        ("sorted", b_sorted),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("hasattr", b_hasattr),
        ("format", b_format),
        ("__build_class__", b_build_class),
    ];
    let _ = b_exit_placeholder;
    for (name, f) in fns {
        let o = vm.builtin_fn(name, *f, None);
        vm.dict_set_str(&b, name, o);
    }
    let types: Vec<(&str, ObjRef)> = vec![
        ("int", vm.t.int.clone()),
        ("bool", vm.t.bool_.clone()),
        ("float", vm.t.float.clone()),
        ("str", vm.t.str_.clone()),
        ("tuple", vm.t.tuple.clone()),
        ("list", vm.t.list.clone()),
        ("dict", vm.t.dict.clone()),
        ("range", vm.t.range.clone()),
        ("set", vm.t.set.clone()),
        ("slice", vm.t.slice.clone()),
        ("frozenset", vm.t.frozenset.clone()),
        ("object", vm.t.object.clone()),
        ("staticmethod", vm.t.staticmethod.clone()),
        ("classmethod", vm.t.classmethod.clone()),
        ("property", vm.t.property.clone()),
        ("type", vm.t.type_.clone()),
    ];
    for (n, ty) in types {
        vm.dict_set_str(&b, n, ty);
    }
    let e = &vm.e;
    let excs: Vec<ObjRef> = vec![
        e.base_exception.clone(), e.exception.clone(), e.type_error.clone(), e.value_error.clone(), e.name_error.clone(),
        e.unbound_local_error.clone(), e.attribute_error.clone(), e.lookup_error.clone(), e.index_error.clone(), e.key_error.clone(),
        e.arithmetic_error.clone(), e.zero_division_error.clone(), e.overflow_error.clone(), e.stop_iteration.clone(),
        e.runtime_error.clone(), e.recursion_error.clone(), e.not_implemented_error.clone(), e.assertion_error.clone(),
        e.system_exit.clone(), e.keyboard_interrupt.clone(), e.generator_exit.clone(), e.import_error.clone(),
        e.module_not_found_error.clone(), e.unicode_error.clone(), e.os_error.clone(), e.timeout_error.clone(),
        e.memory_error.clone(), e.unicode_encode_error.clone(), e.unicode_decode_error.clone(), e.buffer_error.clone(),
    ];
    for ty in excs {
        let n = tp(&ty).name();
        vm.dict_set_str(&b, &n, ty);
    }
    let (none, ni, el, tr, fa) = (vm.none.clone(), vm.notimpl.clone(), vm.ellipsis.clone(), vm.true_.clone(), vm.false_.clone());
    vm.dict_set_str(&b, "None", none);
    vm.dict_set_str(&b, "NotImplemented", ni);
    vm.dict_set_str(&b, "Ellipsis", el);
    vm.dict_set_str(&b, "True", tr);
    vm.dict_set_str(&b, "False", fa);
    let methods: Vec<(ObjRef, &'static str, NativeFn)> = vec![
        (vm.t.property.clone(), "getter", m_property_getter),
        (vm.t.property.clone(), "setter", m_property_setter),
        (vm.t.property.clone(), "deleter", m_property_deleter),
        (vm.t.object.clone(), "__new__", m_object_new),
        (vm.t.type_.clone(), "__new__", m_type_new),
        (vm.t.type_.clone(), "__init__", m_type_init),
        (vm.t.type_.clone(), "__call__", m_type_call),
        (vm.t.list.clone(), "sort", m_list_sort),
    ];
    for (ty, name, f) in methods {
        let d = alloc(&vm.t.method_descr.clone(), MethodDescrBody { name, f, owner: ty.clone() });
        vm.type_set(&ty, name, d);
    }
    crate::objects::descr_methods::install(vm);
    crate::objects::classobject::install(vm);
    crate::objects::str_type::install(vm);
    crate::objects::bytes_type::install(vm);
    crate::objects::memoryview::install(vm);
    crate::objects::float_text::install(vm);
    crate::objects::subclass::install(vm);
}
