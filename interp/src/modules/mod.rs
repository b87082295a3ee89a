//! Native modules (Modules/*, Python/sysmodule.c): the modules pyref builds in Rust, found by the
//! import system (`import`) before any `sys.path` entry, like CPython's `BuiltinImporter`.

pub mod ast;
pub mod ast_ast2obj;
mod ast_ast2obj_gen;
pub mod ast_obj2ast;
mod ast_obj2ast_gen;
pub mod collections;
pub mod dis;
pub mod functools;
pub mod gc;
pub mod gc_referents;
pub mod itertools;
pub mod keyword;
pub mod linecache;
pub mod math;
pub mod os;
pub mod random;
pub mod sys;
pub mod sys_flags;
pub mod sys_frames;
pub mod sys_numbers;
pub mod sys_streams;
pub mod time;
pub mod token;
pub mod tokenize;
pub mod types;

use crate::objects::bodies::*;
use crate::objects::object::{alloc, ObjRef};
use crate::objects::typeobject::*;
use crate::vm::Vm;

/// Creates a native module's object (its `PyInit_*`).
pub type ModuleInit = fn(&mut Vm) -> PyResult;

/// The native module named `name`, if pyref has one.
pub fn find_native(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "__future__" => |vm: &mut Vm| python_module(vm, "__future__", include_str!("py/__future__.py")),
        "bisect" => |vm: &mut Vm| python_module(vm, "bisect", include_str!("py/bisect.py")),
        "builtins" => |vm: &mut Vm| Ok(crate::import::builtins_module(vm)),
        "_collections" => collections::make,
        "_functools" => functools::make,
        "_random" => random::make,
        "abc" => |vm: &mut Vm| python_module(vm, "abc", include_str!("py/abc.py")),
        "ast" => ast::make,
        "collections" => collections_package,
        "contextlib" => |vm: &mut Vm| python_module(vm, "contextlib", include_str!("py/contextlib.py")),
        "copy" => |vm: &mut Vm| python_module(vm, "copy", include_str!("py/copy.py")),
        "dataclasses" => |vm: &mut Vm| python_module(vm, "dataclasses", include_str!("py/dataclasses.py")),
        "dis" => dis::make,
        "enum" => |vm: &mut Vm| python_module(vm, "enum", include_str!("py/enum.py")),
        "functools" => |vm: &mut Vm| {
            let m = python_module(vm, "functools", include_str!("py/functools.py"))?;
            // Modules/_functoolsmodule.c: partialobject (a heap type made from a spec).
            c_layouts(vm, &m, &[("partial", 64)])?;
            Ok(m)
        },
        "gc" => gc::make,
        "heapq" => |vm: &mut Vm| python_module(vm, "heapq", include_str!("py/heapq.py")),
        "io" => |vm: &mut Vm| {
            let m = python_module(vm, "io", include_str!("py/io.py"))?;
            // Modules/_io: the C structs of stringio, bytesio and textio.
            c_layouts(vm, &m, &[("StringIO", 168), ("BytesIO", 64), ("TextIOWrapper", 200)])?;
            Ok(m)
        },
        "json" => json_package,
        "inspect" => |vm: &mut Vm| python_module(vm, "inspect", include_str!("py/inspect.py")),
        "itertools" => itertools::make,
        "keyword" => keyword::make,
        "linecache" => linecache::make,
        "math" => |vm: &mut Vm| Ok(math::make(vm)),
        "operator" => |vm: &mut Vm| {
            let m = python_module(vm, "operator", include_str!("py/operator.py"))?;
            // Modules/_operator.c: itemgetterobject, attrgetterobject, methodcallerobject.
            c_layouts(vm, &m, &[("itemgetter", 48), ("attrgetter", 40), ("methodcaller", 64)])?;
            Ok(m)
        },
        "os" => os::make,
        "random" => |vm: &mut Vm| python_module(vm, "random", include_str!("py/random.py")),
        "string" => |vm: &mut Vm| python_module(vm, "string", include_str!("py/string.py")),
        "sys" => |vm: &mut Vm| Ok(sys::make(vm)),
        "time" => time::make,
        "token" => token::make,
        "tokenize" => tokenize::make,
        "types" => types::make,
        "typing" => |vm: &mut Vm| python_module(vm, "typing", include_str!("py/typing.py")),
        _ => return None,
    })
}

/// `json`: the package CPython has (Lib/json/), written as one Python module here; importing it
/// also makes its submodules `json.decoder` and `json.encoder` (holding the classes defined
/// there) and registers them in `sys.modules`, as the package's `__init__` does.
fn json_package(vm: &mut Vm) -> PyResult {
    let m = python_module(vm, "json", include_str!("py/json.py"))?;
    let d = module_dict(&m);
    let mods = crate::import::sys_modules(vm);
    for (sub, names) in [("decoder", &["JSONDecoder", "JSONDecodeError"][..]), ("encoder", &["JSONEncoder"][..])] {
        let full = format!("json.{sub}");
        let sm = new_module(vm, &full);
        let sd = module_dict(&sm);
        let pkg = vm.str("json");
        vm.dict_set_str(&sd, "__package__", pkg);
        for n in names {
            if let Some(v) = vm.dict_get_str(&d, n)? {
                vm.dict_set_str(&sd, n, v);
            }
        }
        vm.dict_set_str(&mods, &full, sm.clone());
        vm.dict_set_str(&d, sub, sm);
    }
    Ok(m)
}

/// `collections`: the package CPython has (Lib/collections/), as one Python module here; its
/// submodule `collections.abc` (Lib/_collections_abc.py) is made with it and registered in
/// `sys.modules`, so `import collections.abc` and `from collections.abc import X` find it.
fn collections_package(vm: &mut Vm) -> PyResult {
    // collections.abc first: ChainMap derives from its MutableMapping, as in CPython.
    let mods = crate::import::sys_modules(vm);
    if vm.dict_get_str(&mods, "collections.abc")?.is_none() {
        let abc = python_module(vm, "collections.abc", include_str!("py/collections_abc.py"))?;
        vm.dict_set_str(&mods, "collections.abc", abc);
    }
    let m = python_module(vm, "collections", include_str!("py/collections.py"))?;
    // Modules/_collectionsmodule.c: defdictobject, a dict with its default_factory (a heap
    // type made from a spec).
    c_layouts(vm, &m, &[("defaultdict", 56)])?;
    // Objects/odictobject.c: OrderedDict is a static type (PyODict_Type) whose struct holds
    // its instances' __dict__ (od_inst_dict).
    if let Some(t) = vm.dict_get_str(&module_dict(&m), "OrderedDict")?.filter(|t| t.downcast::<TypeObject>().is_some()) {
        crate::objects::sizes::set_c_layout(&t, 112);
        crate::objects::sizes::set_static_model(&t);
    }
    let abc = vm.dict_get_str(&mods, "collections.abc")?.expect("registered above");
    let pkg = vm.str("collections");
    vm.dict_set_str(&module_dict(&abc), "__package__", pkg);
    vm.dict_set_str(&module_dict(&m), "abc", abc);
    Ok(m)
}

/// A new module object named `name`.
pub fn new_module(vm: &mut Vm, name: &str) -> ObjRef {
    let d = vm.new_dict();
    let n = vm.str(name);
    vm.dict_set_str(&d, "__name__", n);
    let none = vm.none.clone();
    vm.dict_set_str(&d, "__doc__", none);
    alloc(&vm.t.module.clone(), ModuleBody { dict: d })
}

/// `module(name, doc=None)` (`module___init___impl`): a fresh module whose namespace holds
/// `__name__`, `__doc__`, and None for `__package__`, `__loader__` and `__spec__`.
pub fn module_new(vm: &mut Vm, _cls: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    let mut name = pos.first().cloned();
    let mut doc = pos.get(1).cloned();
    if pos.len() > 2 {
        return Err(vm.type_error(&format!("module() takes at most 2 arguments ({} given)", pos.len())));
    }
    for (k, v) in kws {
        match k.as_str() {
            "name" if name.is_none() => name = Some(v),
            "doc" if doc.is_none() => doc = Some(v),
            "name" | "doc" => return Err(vm.type_error(&format!("argument for module() given by name ('{k}') and position"))),
            _ => return Err(vm.type_error(&format!("module() got an unexpected keyword argument '{k}'"))),
        }
    }
    let Some(name) = name else { return Err(vm.type_error("module() missing required argument 'name' (pos 1)")) };
    if name.downcast::<StrBody>().is_none() {
        return Err(vm.type_error(&format!("module() argument 'name' must be str, not {}", vm.type_name(&name))));
    }
    let d = vm.new_dict();
    vm.dict_set_str(&d, "__name__", name);
    let none = vm.none.clone();
    vm.dict_set_str(&d, "__doc__", doc.unwrap_or_else(|| none.clone()));
    for k in ["__package__", "__loader__", "__spec__"] {
        vm.dict_set_str(&d, k, none.clone());
    }
    Ok(alloc(&vm.t.module.clone(), ModuleBody { dict: d }))
}

/// The namespace of module `m`.
pub fn module_dict(m: &ObjRef) -> ObjRef {
    m.downcast::<ModuleBody>().expect("module").dict.clone()
}

/// Gives classes of a module written in Python the instance layout (`tp_basicsize`) of the C
/// types they model (objects/sizes.rs `set_c_layout`).
pub fn c_layouts(vm: &mut Vm, m: &ObjRef, types: &[(&str, usize)]) -> PyResult<()> {
    let d = module_dict(m);
    for (name, size) in types {
        if let Some(t) = vm.dict_get_str(&d, name)?.filter(|t| t.downcast::<TypeObject>().is_some()) {
            crate::objects::sizes::set_c_layout(&t, *size);
        }
    }
    Ok(())
}

/// Adds native functions to a module namespace.
pub fn add_functions(vm: &mut Vm, m: &ObjRef, fns: &[(&'static str, NativeFn)]) {
    let d = module_dict(m);
    for (name, f) in fns {
        let o = vm.builtin_fn(name, *f, None);
        vm.dict_set_str(&d, name, o);
    }
}

/// Splits vectorcall arguments into positionals and (name, value) keywords.
pub fn split_kw(args: &[ObjRef], kw: Option<&ObjRef>) -> (Vec<ObjRef>, Vec<(String, ObjRef)>) {
    let names: Vec<String> = kw
        .and_then(|k| k.downcast::<TupleBody>())
        .map(|t| t.items.iter().map(|n| n.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default()).collect())
        .unwrap_or_default();
    let npos = args.len() - names.len();
    let kws = names.into_iter().zip(args[npos..].iter().cloned()).collect();
    (args[..npos].to_vec(), kws)
}

/// Creates module `name` by running Python `source` in it: the modules CPython itself writes in
/// Python (Lib/*.py) where pyref keeps a Python version too. Their code objects are named
/// `<frozen NAME>`, as CPython names its frozen modules' code.
pub fn python_module(vm: &mut Vm, name: &str, source: &str) -> PyResult {
    let m = new_module(vm, name);
    run_python_in(vm, &m, name, source)?;
    Ok(m)
}

/// Runs Python `source` in module `m`'s namespace (the Python half of a module built in Rust).
pub fn run_python_in(vm: &mut Vm, m: &ObjRef, name: &str, source: &str) -> PyResult<()> {
    let d = module_dict(m);
    if vm.dict_get_str(&d, "__builtins__")?.is_none() {
        let b = vm.builtins.clone();
        vm.dict_set_str(&d, "__builtins__", b);
    }
    let code = crate::import::compile_module(vm, source.as_bytes(), &format!("<frozen {name}>"), false)?;
    crate::eval::run_module(vm, &code, &d)?;
    Ok(())
}
