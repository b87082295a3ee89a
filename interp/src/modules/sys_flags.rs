//! `sys.flags` (Python/sysmodule.c `flags_desc` / `make_flags`): the command-line and
//! environment flags as a struct sequence, with the values of a plain `python3.13 FILE` run
//! (PYTHONHASHSEED=0, so hash randomisation is off).

use crate::objects::structseq;
use crate::objects::object::ObjRef;
use crate::vm::Vm;

const FIELDS: [&str; 18] = [
    "debug",
    "inspect",
    "interactive",
    "optimize",
    "dont_write_bytecode",
    "no_user_site",
    "no_site",
    "ignore_environment",
    "verbose",
    "bytes_warning",
    "quiet",
    "hash_randomization",
    "isolated",
    "dev_mode",
    "utf8_mode",
    "warn_default_encoding",
    "safe_path",
    "int_max_str_digits",
];

/// Adds `sys.flags` to the `sys` namespace `d`.
pub fn add(vm: &mut Vm, d: &ObjRef) {
    let ty = structseq::new_type(vm, "sys", "flags", &FIELDS);
    // One more field, `gil`, lives outside the sequence (`n_fields` 19): its slot is part of
    // the fixed size.
    crate::objects::typeobject::tp(&ty).basicsize.set(32);
    let mut items: Vec<ObjRef> = Vec::with_capacity(FIELDS.len());
    for name in FIELDS {
        items.push(match name {
            "dev_mode" | "safe_path" => vm.false_.clone(),
            "int_max_str_digits" => vm.int(4300),
            _ => vm.int(0),
        });
    }
    vm.dict_set_str(d, "flags", structseq::new_instance(&ty, items));
}
