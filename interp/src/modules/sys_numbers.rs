//! The numeric facts of the `sys` module (Python/sysmodule.c): `int_info` (Objects/longobject.c
//! `PyLong_GetInfo`), `float_info` (Objects/floatobject.c `PyFloat_GetInfo`), `hash_info`,
//! `maxunicode`, `float_repr_style`, and `get_int_max_str_digits`/`set_int_max_str_digits`.

use crate::objects::int_format::{max_str_digits, set_max_str_digits};
use crate::objects::longobject::{view, IntView};
use crate::objects::object::ObjRef;
use crate::objects::structseq;
use crate::objects::bodies::NativeFn;
use crate::objects::typeobject::*;
use crate::vm::Vm;

/// `_PY_LONG_MAX_STR_DIGITS_THRESHOLD`.
const STR_DIGITS_CHECK_THRESHOLD: i64 = 640;

fn get_int_max_str_digits(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if !args.is_empty() {
        return Err(vm.type_error(&format!("get_int_max_str_digits() takes no arguments ({} given)", args.len())));
    }
    Ok(vm.int(max_str_digits() as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let p = crate::objects::longobject::bind_args(vm, "set_int_max_str_digits", args, kw, &["maxdigits"], 1)?;
    let x = p[0].clone().expect("required");
    let n = match view(&x) {
        Some(IntView::Small(n)) => n,
        Some(IntView::Big(_)) => return Err(vm.err(&vm.e.overflow_error.clone(), "Python int too large to convert to C long")),
        None => return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(&x)))),
    };
    if n != 0 && n < STR_DIGITS_CHECK_THRESHOLD {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    set_max_str_digits(n as usize);
    Ok(vm.none.clone())
}

/// Adds the numeric attributes to the `sys` namespace `d`.
pub fn add(vm: &mut Vm, d: &ObjRef) {
    let ty = structseq::new_type(vm, "sys", "int_info", &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
    let items = vec![vm.int(30), vm.int(4), vm.int(4300), vm.int(STR_DIGITS_CHECK_THRESHOLD)];
    vm.dict_set_str(d, "int_info", structseq::new_instance(&ty, items));
    let ty = structseq::new_type(
        vm,
        "sys",
        "float_info",
        &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
    );
    let items = vec![
        vm.float(f64::MAX),
        vm.int(1024),
        vm.int(308),
        vm.float(f64::MIN_POSITIVE),
        vm.int(-1021),
        vm.int(-307),
        vm.int(15),
        vm.int(53),
        vm.float(f64::EPSILON),
        vm.int(2),
        vm.int(1),
    ];
    vm.dict_set_str(d, "float_info", structseq::new_instance(&ty, items));
    let ty = structseq::new_type(
        vm,
        "sys",
        "hash_info",
        &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    );
    let items = vec![
        vm.int(64),
        vm.int((1i64 << 61) - 1),
        vm.int(314159),
        vm.int(0),
        vm.int(1000003),
        vm.str("siphash13"),
        vm.int(64),
        vm.int(128),
        vm.int(0),
    ];
    vm.dict_set_str(d, "hash_info", structseq::new_instance(&ty, items));
    let mu = vm.int(0x10FFFF);
    vm.dict_set_str(d, "maxunicode", mu);
    let st = vm.str("short");
    vm.dict_set_str(d, "float_repr_style", st);
    for (name, f) in [("get_int_max_str_digits", get_int_max_str_digits as NativeFn), ("set_int_max_str_digits", set_int_max_str_digits)] {
        let o = vm.builtin_fn(name, f, None);
        vm.dict_set_str(d, name, o);
    }
}
