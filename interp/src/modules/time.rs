//! The `time` module (Modules/timemodule.c, Python/pytime.c): the clocks (`time`, `monotonic`,
//! `perf_counter`, `process_time`, `thread_time` and their `_ns` forms, read with
//! `clock_gettime` as CPython does on Linux), `sleep`, and the calendar functions on the C
//! library (`gmtime`, `localtime`, `mktime`, `strftime`, `asctime`, `ctime`). `struct_time` and
//! the thin wrappers that build it are the Python half, `py/time.py`; the functions here hand
//! it plain 11-tuples (the nine fields, `tm_zone`, `tm_gmtoff`).
//!
//! The clocks are read from the process directly: they are not part of the `Host` (a program's
//! output must never depend on them), but `sleep` stops early at the run's deadline so that a
//! long sleep cannot outlive the budget.

use super::{add_functions, new_module, run_python_in};
use crate::objects::bodies::*;
use crate::objects::longobject::{self as lo};
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::vm::Vm;
use std::ffi::{c_char, c_int, c_long};

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

#[repr(C)]
struct Timespec {
    sec: i64,
    nsec: c_long,
}

/// glibc's `struct tm`.
#[repr(C)]
#[derive(Clone, Copy)]
struct Tm {
    sec: c_int,
    min: c_int,
    hour: c_int,
    mday: c_int,
    mon: c_int,
    year: c_int,
    wday: c_int,
    yday: c_int,
    isdst: c_int,
    gmtoff: c_long,
    zone: *const c_char,
}

impl Tm {
    fn zero() -> Tm {
        Tm { sec: 0, min: 0, hour: 0, mday: 0, mon: 0, year: 0, wday: 0, yday: 0, isdst: 0, gmtoff: 0, zone: std::ptr::null() }
    }
}

extern "C" {
    fn clock_gettime(clk: c_int, ts: *mut Timespec) -> c_int;
    fn gmtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(s: *mut c_char, max: usize, format: *const c_char, tm: *const Tm) -> usize;
    fn tzset();
}

const CLOCK_REALTIME: c_int = 0;
const CLOCK_MONOTONIC: c_int = 1;
const CLOCK_PROCESS_CPUTIME_ID: c_int = 2;
const CLOCK_THREAD_CPUTIME_ID: c_int = 3;

/// The clock's reading in nanoseconds.
fn read_ns(clk: c_int) -> i64 {
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; clock_gettime only writes to it.
    unsafe { clock_gettime(clk, &mut ts) };
    ts.sec.saturating_mul(1_000_000_000).saturating_add(ts.nsec as i64)
}

fn no_args(vm: &Vm, name: &str, a: Args, kw: Kw) -> PyResult<()> {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error(&format!("time.{name}() takes no keyword arguments")));
    }
    if !a.is_empty() {
        return Err(vm.type_error(&format!("time.{name}() takes no arguments ({} given)", a.len())));
    }
    Ok(())
}

fn seconds(vm: &mut Vm, ns: i64) -> ObjRef {
    vm.float(ns as f64 / 1e9)
}

macro_rules! clock_fns {
    ($(($f:ident, $fns:ident, $name:literal, $clk:expr)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
                no_args(vm, $name, a, kw)?;
                Ok(seconds(vm, read_ns($clk)))
            }
            fn $fns(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
                no_args(vm, concat!($name, "_ns"), a, kw)?;
                Ok(vm.int(read_ns($clk)))
            }
        )*
    };
}

clock_fns!(
    (m_time, m_time_ns, "time", CLOCK_REALTIME),
    (m_monotonic, m_monotonic_ns, "monotonic", CLOCK_MONOTONIC),
    (m_perf_counter, m_perf_counter_ns, "perf_counter", CLOCK_MONOTONIC),
    (m_process_time, m_process_time_ns, "process_time", CLOCK_PROCESS_CPUTIME_ID),
    (m_thread_time, m_thread_time_ns, "thread_time", CLOCK_THREAD_CPUTIME_ID),
);

/// `_PyTime_FromSecondsObject`: a float (NaN refused) or an integer through `__index__`, as
/// nanoseconds.
fn seconds_arg(vm: &mut Vm, o: &ObjRef, what: &str) -> PyResult<i128> {
    if let Some(f) = o.downcast::<FloatBody>() {
        if f.v.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let ns = (f.v * 1e9).round();
        if !(-9.2e18..9.2e18).contains(&ns) {
            return Err(vm.err(&vm.e.overflow_error.clone(), &format!("{what} out of range for platform time_t")));
        }
        return Ok(ns as i128);
    }
    let i = lo::index(vm, o)?;
    match lo::small_int(&i) {
        Some(v) if (-9_200_000_000..=9_200_000_000).contains(&v) => Ok(v as i128 * 1_000_000_000),
        _ => Err(vm.err(&vm.e.overflow_error.clone(), &format!("{what} out of range for platform time_t"))),
    }
}

/// `time.sleep(secs)`.
fn m_sleep(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error("time.sleep() takes no keyword arguments"));
    }
    if a.len() != 1 {
        return Err(vm.type_error(&format!("time.sleep() takes exactly one argument ({} given)", a.len())));
    }
    let ns = seconds_arg(vm, &a[0], "sleep length")?;
    if ns < 0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let mut d = std::time::Duration::from_nanos(ns.min(u64::MAX as i128) as u64);
    if let Some(dl) = vm.host.deadline {
        d = d.min(dl.saturating_duration_since(std::time::Instant::now()));
    }
    std::thread::sleep(d);
    Ok(vm.none.clone())
}

/// `_PyTime_ObjectToTime_t` with `_PyTime_ROUND_FLOOR`: whole seconds, rounded down.
fn time_t_arg(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    if let Some(f) = o.downcast::<FloatBody>() {
        if f.v.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let t = f.v.floor();
        if !(-9.2e18..9.2e18).contains(&t) {
            return Err(vm.err(&vm.e.overflow_error.clone(), "timestamp out of range for platform time_t"));
        }
        return Ok(t as i64);
    }
    let i = lo::index(vm, o)?;
    lo::small_int(&i).ok_or_else(|| vm.err(&vm.e.overflow_error.clone(), "timestamp out of range for platform time_t"))
}

fn tm_tuple(vm: &mut Vm, tm: &Tm) -> ObjRef {
    let zone = if tm.zone.is_null() {
        vm.none.clone()
    } else {
        // SAFETY: the C library gives a NUL-terminated static zone name.
        let s = unsafe { std::ffi::CStr::from_ptr(tm.zone) }.to_string_lossy().into_owned();
        vm.str(&s)
    };
    let items = vec![
        vm.int(tm.year as i64 + 1900),
        vm.int(tm.mon as i64 + 1),
        vm.int(tm.mday as i64),
        vm.int(tm.hour as i64),
        vm.int(tm.min as i64),
        vm.int(tm.sec as i64),
        vm.int((tm.wday as i64 + 6) % 7),
        vm.int(tm.yday as i64 + 1),
        vm.int(tm.isdst as i64),
        zone,
        vm.int(tm.gmtoff as i64),
    ];
    vm.tuple(items)
}

fn convert(vm: &mut Vm, name: &str, a: Args, kw: Kw, local: bool) -> PyResult {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    if a.len() > 1 {
        return Err(vm.type_error(&format!("{name}() takes at most 1 argument ({} given)", a.len())));
    }
    let t = match a.first() {
        Some(o) if !o.is(&vm.none) => time_t_arg(vm, o)?,
        _ => read_ns(CLOCK_REALTIME).div_euclid(1_000_000_000),
    };
    let mut tm = Tm::zero();
    // SAFETY: both pointers are valid for the call; the result is written into `tm`.
    let ok = unsafe {
        if local {
            tzset();
            !localtime_r(&t, &mut tm).is_null()
        } else {
            !gmtime_r(&t, &mut tm).is_null()
        }
    };
    if !ok {
        return Err(vm.err(&vm.e.overflow_error.clone(), "timestamp out of range for platform time_t"));
    }
    Ok(tm_tuple(vm, &tm))
}

/// `_gmtime(secs=None)`: the fields of `time.gmtime`.
fn m_gmtime(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    convert(vm, "gmtime", a, kw, false)
}

/// `_localtime(secs=None)`: the fields of `time.localtime`.
fn m_localtime(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    convert(vm, "localtime", a, kw, true)
}

/// `gettmarg`: a struct_time or a 9-tuple of ints as a `struct tm` (zone and offset from a
/// struct_time's extra fields when it has them). `fields` are the sequence items, `extra` the
/// struct_time's `(tm_zone, tm_gmtoff)`.
fn tm_from(vm: &mut Vm, name: &str, o: &ObjRef) -> PyResult<(Tm, Option<std::ffi::CString>)> {
    let Some(t) = o.downcast::<TupleBody>() else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    let items = t.items.to_vec();
    if items.len() != 9 {
        return Err(vm.type_error(&format!("{name}(): illegal time tuple argument")));
    }
    let mut v = [0i64; 9];
    for (i, x) in items.iter().enumerate() {
        if x.downcast::<FloatBody>().is_some() {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        let n = lo::index(vm, x)?;
        v[i] = lo::small_int(&n).filter(|n| i32::try_from(*n).is_ok()).ok_or_else(|| vm.err(&vm.e.overflow_error.clone(), "Python int too large to convert to C int"))?;
    }
    let mut tm = Tm::zero();
    tm.year = (v[0] - 1900) as c_int;
    tm.mon = (v[1] - 1) as c_int;
    tm.mday = v[2] as c_int;
    tm.hour = v[3] as c_int;
    tm.min = v[4] as c_int;
    tm.sec = v[5] as c_int;
    tm.wday = ((v[6] + 1).rem_euclid(7)) as c_int;
    tm.yday = (v[7] - 1) as c_int;
    tm.isdst = v[8] as c_int;
    // A struct_time carries its zone and offset as attributes (the Python half's `_extra`).
    let mut zone = None;
    if let Ok(extra) = vm.getattr_str(o, "_extra") {
        if let Some(e) = extra.downcast::<TupleBody>() {
            if let Some(z) = e.items.first().and_then(|z| z.downcast::<StrBody>()) {
                zone = std::ffi::CString::new(z.text().into_owned()).ok();
            }
            if let Some(off) = e.items.get(1).and_then(lo::small_int) {
                tm.gmtoff = off as c_long;
            }
        }
    }
    Ok((tm, zone))
}

/// The range checks of `checktm`, after the normalisations `strftime` and `asctime` apply
/// (month 0 and day 0 mean 1, day of year 0 means 1, a negative day of week wraps).
fn check_tm(vm: &Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    if tm.isdst < -1 {
        tm.isdst = -1;
    } else if tm.isdst > 1 {
        tm.isdst = 1;
    }
    Ok(())
}

fn tm_now(local: bool) -> Tm {
    let t = read_ns(CLOCK_REALTIME).div_euclid(1_000_000_000);
    let mut tm = Tm::zero();
    // SAFETY: valid pointers for the call.
    unsafe {
        if local {
            tzset();
            localtime_r(&t, &mut tm);
        } else {
            gmtime_r(&t, &mut tm);
        }
    }
    tm
}

/// `time.strftime(format[, tuple])`.
fn m_strftime(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error("strftime() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 2 {
        let m = if a.is_empty() { "strftime() takes at least 1 argument (0 given)".to_string() } else { format!("strftime() takes at most 2 arguments ({} given)", a.len()) };
        return Err(vm.type_error(&m));
    }
    let Some(fmt) = a[0].downcast::<StrBody>().map(|s| s.text().into_owned()) else {
        return Err(vm.type_error(&format!("strftime() argument 1 must be str, not {}", vm.type_name(&a[0]))));
    };
    let (mut tm, zone) = match a.get(1) {
        Some(t) => tm_from(vm, "strftime", t)?,
        None => (tm_now(true), None),
    };
    if a.len() == 2 {
        check_tm(vm, &mut tm)?;
        if tm.wday < 0 {
            return Err(vm.value_error("day of week out of range"));
        }
        if zone.is_none() && tm.zone.is_null() {
            // A plain tuple: the zone name and offset of local time (`mktime` fills them).
            let mut probe = tm;
            // SAFETY: `probe` is a valid struct tm.
            unsafe { mktime(&mut probe) };
            tm.zone = probe.zone;
            tm.gmtoff = probe.gmtoff;
        }
    }
    if let Some(z) = &zone {
        tm.zone = z.as_ptr();
    }
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let cfmt = std::ffi::CString::new(fmt.clone()).map_err(|_| vm.value_error("embedded null character"))?;
    if fmt.is_empty() {
        return Ok(vm.str(""));
    }
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes, `cfmt` is NUL-terminated, `tm` is valid.
        let n = unsafe { strftime(buf.as_mut_ptr() as *mut c_char, size, cfmt.as_ptr(), &tm) };
        if n > 0 || size > 256 * fmt.len() + 4096 {
            buf.truncate(n);
            return Ok(vm.str(&String::from_utf8_lossy(&buf)));
        }
        size *= 2;
    }
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn asc(tm: &Tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[tm.wday.rem_euclid(7) as usize],
        MONTHS[tm.mon.rem_euclid(12) as usize],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year as i64 + 1900
    )
}

/// `time.asctime([tuple])`.
fn m_asctime(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error("asctime() takes no keyword arguments"));
    }
    if a.len() > 1 {
        return Err(vm.type_error(&format!("asctime expected at most 1 argument, got {}", a.len())));
    }
    let tm = match a.first() {
        Some(t) => {
            let (mut tm, _) = tm_from(vm, "asctime", t)?;
            check_tm(vm, &mut tm)?;
            tm
        }
        None => tm_now(true),
    };
    Ok(vm.str(&asc(&tm)))
}

/// `time.ctime([secs])`.
fn m_ctime(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let t = convert(vm, "ctime", a, kw, true)?;
    let items = t.downcast::<TupleBody>().map(|t| t.items.to_vec()).unwrap_or_default();
    let f = |i: usize| items.get(i).and_then(lo::small_int).unwrap_or(0) as c_int;
    let mut tm = Tm::zero();
    tm.year = f(0) - 1900;
    tm.mon = f(1) - 1;
    tm.mday = f(2);
    tm.hour = f(3);
    tm.min = f(4);
    tm.sec = f(5);
    tm.wday = (f(6) + 1) % 7;
    Ok(vm.str(&asc(&tm)))
}

/// `time.mktime(tuple)`.
fn m_mktime(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error("time.mktime() takes no keyword arguments"));
    }
    if a.len() != 1 {
        return Err(vm.type_error(&format!("time.mktime() takes exactly one argument ({} given)", a.len())));
    }
    let (mut tm, _) = tm_from(vm, "mktime", &a[0])?;
    tm.wday = -1;
    // SAFETY: `tm` is a valid struct tm.
    let t = unsafe {
        tzset();
        mktime(&mut tm)
    };
    if t == -1 && tm.wday == -1 {
        return Err(vm.err(&vm.e.overflow_error.clone(), "mktime argument out of range"));
    }
    Ok(vm.float(t as f64))
}

/// The zone constants (`init_timezone`): `timezone`, `altzone`, `daylight`, `tzname`, from the
/// offsets of January and July of the current year.
fn zone_constants(vm: &mut Vm) -> [(&'static str, ObjRef); 4] {
    let now = read_ns(CLOCK_REALTIME).div_euclid(1_000_000_000);
    let year_start = now - now.rem_euclid(365 * 86400);
    let (mut jan, mut jul) = (Tm::zero(), Tm::zero());
    let (t1, t2) = (year_start, year_start + 182 * 86400);
    // SAFETY: valid pointers for the calls.
    unsafe {
        tzset();
        localtime_r(&t1, &mut jan);
        localtime_r(&t2, &mut jul);
    }
    let name = |vm: &mut Vm, tm: &Tm| {
        if tm.zone.is_null() {
            vm.str("")
        } else {
            // SAFETY: a NUL-terminated zone name from the C library.
            let s = unsafe { std::ffi::CStr::from_ptr(tm.zone) }.to_string_lossy().into_owned();
            vm.str(&s)
        }
    };
    let (jan_off, jul_off) = (-(jan.gmtoff as i64), -(jul.gmtoff as i64));
    let (std_tm, dst_tm, std_off, dst_off) = if jan_off < jul_off { (jul, jan, jul_off, jan_off) } else { (jan, jul, jan_off, jul_off) };
    let names = {
        let a = name(vm, &std_tm);
        let b = name(vm, &dst_tm);
        vm.tuple(vec![a, b])
    };
    [
        ("timezone", vm.int(std_off)),
        ("altzone", vm.int(dst_off)),
        ("daylight", vm.int((jan_off != jul_off) as i64)),
        ("tzname", names),
    ]
}

pub fn make(vm: &mut Vm) -> PyResult {
    let m = new_module(vm, "time");
    add_functions(
        vm,
        &m,
        &[
            ("_gmtime", m_gmtime as NativeFn),
            ("_localtime", m_localtime),
            ("asctime", m_asctime),
            ("ctime", m_ctime),
            ("mktime", m_mktime),
            ("monotonic", m_monotonic),
            ("monotonic_ns", m_monotonic_ns),
            ("perf_counter", m_perf_counter),
            ("perf_counter_ns", m_perf_counter_ns),
            ("process_time", m_process_time),
            ("process_time_ns", m_process_time_ns),
            ("sleep", m_sleep),
            ("strftime", m_strftime),
            ("thread_time", m_thread_time),
            ("thread_time_ns", m_thread_time_ns),
            ("time", m_time),
            ("time_ns", m_time_ns),
        ],
    );
    let d = super::module_dict(&m);
    for (k, v) in zone_constants(vm) {
        vm.dict_set_str(&d, k, v);
    }
    run_python_in(vm, &m, "time", include_str!("py/time.py"))?;
    Ok(m)
}
