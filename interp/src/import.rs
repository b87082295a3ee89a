//! The import system: `IMPORT_NAME`, `IMPORT_FROM`, `from m import *` and `__import__`.
//!
//! Modelled on Python/import.c (`PyImport_ImportModuleLevelObject`, `resolve_name`), the import
//! helpers of Python/ceval.c (`import_name`, `import_from`, `import_all_from`), the module
//! getattr errors of Objects/moduleobject.c, and the observable behaviour of importlib
//! (Lib/importlib/_bootstrap.py: `_find_and_load`, `_load_unlocked`, `_handle_fromlist`,
//! `_init_module_attrs`; Lib/importlib/_bootstrap_external.py: `PathFinder`, `FileFinder`,
//! `SourceFileLoader`).
//!
//! CPython runs its finders and loaders as (frozen) Python code and strips their frames from
//! tracebacks (`_call_with_frames_removed`); pyref runs the same steps in Rust, so tracebacks show
//! the importing line and then the imported module's own lines, as CPython's do. The objects a
//! program can see (`ModuleSpec`, `SourceFileLoader`, `NamespaceLoader`) are small Python classes
//! of [`BOOTSTRAP`], each compiled on first use. The finders are: the native modules (`modules/*`)
//! for top-level names, then for each `sys.path` entry (or the parent package's `__path__`) a
//! package directory with `__init__.py`, a `NAME.py` file, or a namespace portion (a directory
//! without `__init__.py`, used only when no entry has a regular module). Every file access goes
//! through the host. There are no import locks: pyref runs one thread.

use crate::objects::bodies::*;
use crate::objects::object::{alloc, ObjRef};
use crate::objects::typeobject::*;
use crate::vm::Vm;
use std::path::Path;

/// The interpreter's import state: `sys.modules`, `sys.path` and the bootstrap classes.
#[derive(Default)]
pub struct ImportState {
    /// The `gc` module's settings.
    pub gc: crate::modules::gc::GcState,
    /// The syntax trees `ast.parse` made (see `modules::ast`).
    pub asts: Vec<crate::ast::Ast>,
    modules: Option<ObjRef>,
    /// The first `sys` module's dict, where `sys.stdout`/`sys.stderr` are looked up.
    pub sys_dict: Option<ObjRef>,
    path: Option<ObjRef>,
    bootstrap: Option<ObjRef>,
    /// The interned names the import statements look up each time (`__import__`, `__path__`,
    /// `__getattr__`), kept so that a re-import does not intern them again.
    names: Option<[ObjRef; 3]>,
}

/// The Python half of the bootstrap: what importlib's spec and loader objects show a program.
const BOOTSTRAP: &str = r#"
class ModuleSpec:
    def __init__(self, name, loader, origin, locations, parent, cached):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = None
        self.submodule_search_locations = locations
        self._uninitialized_submodules = []
        self._set_fileattr = origin is not None
        self._cached = cached
        self._parent = parent

    @property
    def parent(self):
        return self._parent

    @property
    def has_location(self):
        return self._set_fileattr

    @property
    def cached(self):
        return self._cached

    def __repr__(self):
        r = "ModuleSpec(name=" + repr(self.name) + ", loader=" + repr(self.loader)
        if self.origin is not None:
            r = r + ", origin=" + repr(self.origin)
        if self.submodule_search_locations is not None:
            r = r + ", submodule_search_locations=" + repr(self.submodule_search_locations)
        return r + ")"


class SourceFileLoader:
    __module__ = "_frozen_importlib_external"

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path


class NamespaceLoader:
    __module__ = "_frozen_importlib_external"

    def __init__(self, path):
        self._path = path


class BuiltinImporter:
    pass


class _NamespacePath:
    __module__ = "_frozen_importlib_external"

    def __init__(self, name, path):
        self._name = name
        self._path = path

    def __iter__(self):
        return iter(self._path)

    def __getitem__(self, index):
        return self._path[index]

    def __len__(self):
        return len(self._path)

    def __contains__(self, item):
        return item in self._path

    def __repr__(self):
        return "_NamespacePath(" + repr(self._path) + ")"

    def append(self, item):
        self._path.append(item)
"#;

fn s(o: &ObjRef) -> Option<String> {
    o.downcast::<StrBody>().map(|b| b.text().into_owned())
}

/// `sys.modules` (created, with `sys` in it, on first use).
pub fn sys_modules(vm: &mut Vm) -> ObjRef {
    if let Some(m) = &vm.modules.modules {
        return m.clone();
    }
    let d = vm.new_dict();
    vm.modules.modules = Some(d.clone());
    let sys = crate::modules::sys::make(vm);
    vm.dict_set_str(&d, "sys", sys);
    d
}

/// `sys.path`: as CPython computes it for its installation (Modules/getpath.py and `site`), the
/// zipped library, the library, lib-dynload and (when it exists) site-packages under the
/// prefix; the program's folder goes in front ([`main_module`]). pyref's native modules are
/// found before the path, so the library supplies the pure-Python modules pyref does not model
/// (a module needing a C extension pyref lacks stops at that import).
pub fn sys_path(vm: &mut Vm) -> ObjRef {
    if let Some(p) = &vm.modules.path {
        return p.clone();
    }
    let lib = vm.host.prefix.join("lib");
    let stdlib = lib.join("python3.13");
    let mut entries = vec![lib.join("python313.zip"), stdlib.clone(), stdlib.join("lib-dynload")];
    let site = stdlib.join("site-packages");
    if vm.host.is_dir(&site) {
        entries.push(site);
    }
    let items = entries.iter().map(|e| vm.str(&e.display().to_string())).collect();
    let p = vm.list(items);
    vm.modules.path = Some(p.clone());
    p
}

/// A class of the bootstrap module `_frozen_importlib`. Each class is compiled and run into the
/// module's namespace when it is first asked for (a program that imports nothing needs only
/// `__main__`'s loader class), placed at its own line of [`BOOTSTRAP`] so that its code
/// positions are those of the whole module.
fn bootstrap_class(vm: &mut Vm, name: &str) -> PyResult {
    let g = match &vm.modules.bootstrap {
        Some(g) => g.clone(),
        None => {
            let g = vm.new_dict();
            let n = vm.str("_frozen_importlib");
            vm.dict_set_str(&g, "__name__", n);
            let b = vm.builtins.clone();
            vm.dict_set_str(&g, "__builtins__", b);
            vm.modules.bootstrap = Some(g.clone());
            g
        }
    };
    if let Some(c) = vm.dict_get_str(&g, name)? {
        return Ok(c);
    }
    let missing = || format!("pyref: importlib bootstrap has no {name}");
    let Some(start) = BOOTSTRAP.find(&format!("\nclass {name}:")).map(|i| i + 1) else {
        return Err(vm.err(&vm.e.runtime_error.clone(), &missing()));
    };
    let end = BOOTSTRAP[start..].find("\nclass ").map_or(BOOTSTRAP.len(), |i| start + i + 1);
    let mut src = "\n".repeat(BOOTSTRAP[..start].matches('\n').count());
    src.push_str(&BOOTSTRAP[start..end]);
    let code = compile_module(vm, src.as_bytes(), "<frozen importlib._bootstrap>", false)?;
    crate::eval::run_module(vm, &code, &g)?;
    match vm.dict_get_str(&g, name)? {
        Some(c) => Ok(c),
        None => Err(vm.err(&vm.e.runtime_error.clone(), &missing())),
    }
}

/// Sets up `__main__` for a program (Python/pythonrun.c, Modules/main.c): the module in
/// `sys.modules` with CPython's namespace, and `sys.path[0]`, the script's directory (`''` for
/// `-c`). Returns the module's namespace.
pub fn main_module(vm: &mut Vm, filename: &str) -> ObjRef {
    let mods = sys_modules(vm);
    let g = vm.new_dict();
    let is_file = !filename.starts_with('<');
    let none = vm.none.clone();
    let name = vm.str("__main__");
    vm.dict_set_str(&g, "__name__", name);
    vm.dict_set_str(&g, "__doc__", none.clone());
    vm.dict_set_str(&g, "__package__", none.clone());
    let loader = if is_file {
        bootstrap_class(vm, "SourceFileLoader").and_then(|c| {
            let (a, b) = (vm.str("__main__"), vm.str(filename));
            vm.call(&c, &[a, b], None)
        })
    } else {
        bootstrap_class(vm, "BuiltinImporter")
    };
    vm.dict_set_str(&g, "__loader__", loader.unwrap_or_else(|_| none.clone()));
    vm.dict_set_str(&g, "__spec__", none.clone());
    let ann = vm.new_dict();
    vm.dict_set_str(&g, "__annotations__", ann);
    let bm = builtins_module(vm);
    vm.dict_set_str(&g, "__builtins__", bm);
    if is_file {
        let f = vm.str(filename);
        vm.dict_set_str(&g, "__file__", f);
        vm.dict_set_str(&g, "__cached__", none);
    }
    let m = alloc(&vm.t.module.clone(), ModuleBody { dict: g.clone() });
    vm.dict_set_str(&mods, "__main__", m);
    let dir = if is_file { Path::new(filename).parent().map(|p| p.display().to_string()).unwrap_or_default() } else { String::new() };
    let p = sys_path(vm);
    let d = vm.str(&dir);
    p.downcast::<ListBody>().unwrap().items.borrow_mut().insert(0, d);
    g
}

/// The `builtins` module (its namespace is the interpreter's builtins dict).
pub fn builtins_module(vm: &mut Vm) -> ObjRef {
    let mods = sys_modules(vm);
    if let Ok(Some(m)) = vm.dict_get_str(&mods, "builtins") {
        return m;
    }
    let b = vm.builtins.clone();
    if let Ok(None) = vm.dict_get_str(&b, "__name__") {
        let n = vm.str("builtins");
        vm.dict_set_str(&b, "__name__", n);
    }
    let m = alloc(&vm.t.module.clone(), ModuleBody { dict: b });
    vm.dict_set_str(&mods, "builtins", m.clone());
    m
}

/// Compiles a module's source as `compile(source, filename, "exec")` and registers its text for
/// tracebacks. A syntax error raises SyntaxError.
pub fn compile_module(vm: &mut Vm, bytes: &[u8], filename: &str, register: bool) -> PyResult {
    use crate::compile::{codegen::compile_ast_with_warnings, Mode as CMode};
    use crate::parser::{parse, Mode};
    let parsed = parse(bytes, Mode::Exec, false);
    let tree = match parsed.result {
        Ok(t) => t,
        Err(e) => return Err(crate::pythonrun::syntax_error(vm, &e, filename, &parsed.text)),
    };
    let (result, _warnings) = compile_ast_with_warnings(tree, filename, CMode::Exec, 0);
    let code = match result {
        Ok(c) => c,
        Err(e) => return Err(syntax_error_for(vm, &e.msg, filename, e.lineno, &parsed.text)),
    };
    if register {
        vm.sources.borrow_mut().insert(filename.to_string(), parsed.text);
    }
    Ok(crate::eval::make_code(vm, code))
}

/// The SyntaxError for a failed parse or compile of `filename`.
pub fn syntax_error_for(vm: &mut Vm, msg: &str, filename: &str, lineno: u32, text: &str) -> PyErr {
    use crate::parser::error::{ErrorKind, SyntaxError};
    let se = SyntaxError::new(ErrorKind::Syntax, msg, lineno, crate::parser::error::NO_OFFSET, lineno, 0);
    crate::pythonrun::syntax_error(vm, &se, filename, text)
}

/// An ImportError (or subclass) with its `name`, `path` and `name_from` attributes.
pub fn import_error(vm: &mut Vm, ty: &ObjRef, msg: &str, name: Option<&str>, path: Option<&ObjRef>, name_from: Option<&ObjRef>) -> PyErr {
    use crate::objects::exceptions::set_member;
    let e = vm.err(ty, msg);
    if let Some(n) = name {
        let n = vm.str(n);
        set_member(&e.0, "name", n);
    }
    if let Some(p) = path {
        set_member(&e.0, "path", p.clone());
    }
    if let Some(nf) = name_from {
        set_member(&e.0, "name_from", nf.clone());
    }
    e
}

fn not_found(vm: &mut Vm, msg: &str, name: &str) -> PyErr {
    let ty = vm.e.module_not_found_error.clone();
    import_error(vm, &ty, msg, Some(name), None, None)
}

/// The attributes ImportError instances have even when never set: `name`, `path`, `name_from`
/// default to None, `msg` is the sole argument.
pub fn import_error_attr(vm: &mut Vm, e: &ObjRef, name: &str) -> Option<ObjRef> {
    if !is_subtype(&e.type_of(), &vm.e.import_error) {
        return None;
    }
    match name {
        "name" | "path" | "name_from" => Some(vm.none.clone()),
        "msg" => {
            let args = e.downcast::<ExcBody>()?.args.borrow().clone();
            let t = args.downcast::<TupleBody>()?;
            Some(if t.items.len() == 1 { t.items[0].clone() } else { vm.none.clone() })
        }
        _ => None,
    }
}

fn getattr_opt(vm: &mut Vm, o: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
    match vm.getattr_str(o, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if is_subtype(&e.0.type_of(), &vm.e.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `resolve_name` (Python/import.c): the absolute name of a relative import of `name` at `level`
/// from a module whose globals are `globals`.
fn resolve_name(vm: &mut Vm, name: &str, globals: &ObjRef, level: usize) -> PyResult<String> {
    if globals.downcast::<DictBody>().is_none() {
        return Err(vm.type_error("globals must be a dict"));
    }
    let package = vm.dict_get_str(globals, "__package__")?;
    let spec = vm.dict_get_str(globals, "__spec__")?;
    let none = vm.none.clone();
    let package = match package.filter(|p| !p.is(&none)) {
        Some(p) => match s(&p) {
            Some(p) => p,
            None => return Err(vm.type_error("package must be a string")),
        },
        None => match spec.filter(|sp| !sp.is(&none)) {
            Some(sp) => {
                let p = vm.getattr_str(&sp, "parent")?;
                match s(&p) {
                    Some(p) => p,
                    None => return Err(vm.type_error("__spec__.parent must be a string")),
                }
            }
            None => {
                let Some(n) = vm.dict_get_str(globals, "__name__")? else {
                    return Err(vm.err(&vm.e.key_error.clone(), "'__name__' not in globals"));
                };
                let Some(n) = s(&n) else { return Err(vm.type_error("__name__ must be a string")) };
                if vm.dict_get_str(globals, "__path__")?.is_some() {
                    n
                } else {
                    n.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default()
                }
            }
        },
    };
    if package.is_empty() {
        return Err(import_error(vm, &vm.e.import_error.clone(), "attempted relative import with no known parent package", None, None, None));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rfind('.') {
            Some(i) => base = &base[..i],
            None => {
                return Err(import_error(vm, &vm.e.import_error.clone(), "attempted relative import beyond top-level package", None, None, None));
            }
        }
    }
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}

/// `IMPORT_NAME` (ceval.c `import_name`): calls a replaced `builtins.__import__`, otherwise
/// imports directly.
pub fn import_name(vm: &mut Vm, name: &ObjRef, fromlist: &ObjRef, level: &ObjRef) -> PyResult {
    let fr = vm.frames.last().expect("a frame");
    let (globals, builtins, locals) = (fr.globals.clone(), fr.builtins.clone(), fr.locals.clone());
    let key = import_names(vm)[0].clone();
    let imp = if builtins.downcast::<DictBody>().is_some() { vm.dict_get(&builtins, &key)? } else { vm.dict_get_str(&builtins, "__import__")? };
    let Some(imp) = imp else {
        return Err(vm.err(&vm.e.import_error.clone(), "__import__ not found"));
    };
    let is_ours = imp.downcast::<BuiltinBody>().is_some_and(|b| b.f as usize == builtin_import as NativeFn as usize);
    if !is_ours {
        let l = locals.unwrap_or_else(|| vm.none.clone());
        return vm.call(&imp, &[name.clone(), globals, l, fromlist.clone(), level.clone()], None);
    }
    let lv = level.downcast::<IntBody>().and_then(|i| i.small()).unwrap_or(0);
    import_module_level(vm, name, Some(&globals), fromlist, lv)
}

/// `PyImport_ImportModuleLevelObject`.
pub fn import_module_level(vm: &mut Vm, name: &ObjRef, globals: Option<&ObjRef>, fromlist: &ObjRef, level: i64) -> PyResult {
    let Some(nb) = name.downcast::<StrBody>() else { return Err(vm.type_error("module name must be a string")) };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    // The fast path (CPython's `import_get_module` hit): an absolute name already in sys.modules
    // costs one dictionary lookup with the name object itself (its hash is cached), and nothing
    // else when there is no from-list and the name has no dot, or the module is no package.
    if level == 0 && nb.nchars() > 0 {
        let mods = sys_modules(vm);
        if let Some(m) = vm.dict_get(&mods, name)? {
            if !m.is(&vm.none) {
                let has_from = fromlist_nonempty(vm, fromlist);
                let dotted = nb.as_bytes().contains(&b'.');
                if !has_from {
                    if !dotted {
                        return Ok(m);
                    }
                    // `import a.b.c` binds the top-level package `a`.
                    if let Some(front) = nb.as_str().and_then(|t| t.split_once('.')).map(|(f, _)| f.to_string()) {
                        return import_abs(vm, &front);
                    }
                }
                if has_from && !might_be_package(vm, &m)? {
                    return Ok(m);
                }
            }
        }
    }
    let Some(name) = s(name) else { return Err(vm.type_error("module name must be a string")) };
    let abs_name = if level > 0 {
        let Some(g) = globals else {
            return Err(vm.err(&vm.e.key_error.clone(), "'__name__' not in globals"));
        };
        resolve_name(vm, &name, g, level as usize)?
    } else {
        if name.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        name.clone()
    };
    let module = import_abs(vm, &abs_name)?;
    let has_from = fromlist_nonempty(vm, fromlist);
    if !has_from {
        if level == 0 || !name.is_empty() {
            let Some(dot) = name.find('.') else { return Ok(module) };
            if level == 0 {
                return import_abs(vm, &name[..dot]);
            }
            let cut = name.len() - dot;
            let want = &abs_name[..abs_name.len() - cut];
            let mods = sys_modules(vm);
            return match vm.dict_get_str(&mods, want)? {
                Some(m) => Ok(m),
                None => Err(vm.err(&vm.e.key_error.clone(), &format!("'{want}' not in sys.modules as expected"))),
            };
        }
        return Ok(module);
    }
    if might_be_package(vm, &module)? && getattr_opt(vm, &module, "__path__")?.is_some() {
        handle_fromlist(vm, &module, fromlist, false)?;
    }
    Ok(module)
}

/// The interned `__import__`, `__path__` and `__getattr__`.
fn import_names<'a>(vm: &'a mut Vm) -> &'a [ObjRef; 3] {
    if vm.modules.names.is_none() {
        let n = [vm.intern("__import__"), vm.intern("__path__"), vm.intern("__getattr__")];
        vm.modules.names = Some(n);
    }
    vm.modules.names.as_ref().expect("set above")
}

/// Whether a from-list names anything (`None` and empty sequences do not).
fn fromlist_nonempty(vm: &Vm, fromlist: &ObjRef) -> bool {
    match fromlist.downcast::<TupleBody>() {
        Some(t) => !t.items.is_empty(),
        None => fromlist.downcast::<ListBody>().map_or(!fromlist.is(&vm.none), |l| !l.items.borrow().is_empty()),
    }
}

/// False only when `module` certainly has no `__path__`: a plain module object whose namespace
/// has neither `__path__` nor a module `__getattr__` (so no AttributeError is made and dropped
/// for the common from-import of a plain module). Anything else may be a package.
fn might_be_package(vm: &mut Vm, module: &ObjRef) -> PyResult<bool> {
    let Some(mb) = module.downcast::<ModuleBody>() else { return Ok(true) };
    if !module.type_of().is(&vm.t.module) {
        return Ok(true);
    }
    let d = mb.dict.clone();
    if d.downcast::<DictBody>().is_none() {
        return Ok(true);
    }
    let [_, path, getattr] = import_names(vm).clone();
    Ok(vm.dict_get(&d, &path)?.is_some() || vm.dict_get(&d, &getattr)?.is_some())
}

/// `_handle_fromlist`: imports the submodules a from-import names that the package does not have
/// as attributes yet.
fn handle_fromlist(vm: &mut Vm, module: &ObjRef, fromlist: &ObjRef, recursive: bool) -> PyResult<()> {
    let items = vm.collect(fromlist)?;
    for x in items {
        let Some(xs) = s(&x) else {
            let what = if recursive { "``from list''".to_string() } else { "Item in ``from list''".to_string() };
            let modname = getattr_opt(vm, module, "__name__")?.and_then(|n| s(&n)).unwrap_or_default();
            let msg = if recursive {
                format!("Item in {modname}.__all__ must be str, not {}", vm.type_name(&x))
            } else {
                format!("{what} must be str, not {}", vm.type_name(&x))
            };
            return Err(vm.type_error(&msg));
        };
        if xs == "*" {
            if !recursive {
                if let Some(all) = getattr_opt(vm, module, "__all__")? {
                    handle_fromlist(vm, module, &all, true)?;
                }
            }
            continue;
        }
        if getattr_opt(vm, module, &xs)?.is_none() {
            let modname = vm.getattr_str(module, "__name__")?;
            let from_name = format!("{}.{}", s(&modname).unwrap_or_default(), xs);
            if let Err(e) = import_abs(vm, &from_name) {
                if is_subtype(&e.0.type_of(), &vm.e.module_not_found_error) {
                    let en = getattr_opt(vm, &e.0, "name")?.and_then(|n| s(&n));
                    let mods = sys_modules(vm);
                    let entry = vm.dict_get_str(&mods, &from_name)?;
                    if en.as_deref() == Some(from_name.as_str()) && !entry.is_some_and(|m| m.is(&vm.none)) {
                        continue;
                    }
                }
                return Err(e);
            }
        }
    }
    Ok(())
}

/// `_gcd_import` / `import_find_and_load`: the module named `name` (absolute), from sys.modules
/// or found and loaded.
pub fn import_abs(vm: &mut Vm, name: &str) -> PyResult {
    let mods = sys_modules(vm);
    if let Some(m) = vm.dict_get_str(&mods, name)? {
        if !m.is(&vm.none) {
            return Ok(m);
        }
        return Err(not_found(vm, &format!("import of {name} halted; None in sys.modules"), name));
    }
    find_and_load(vm, name)
}

/// `_find_and_load_unlocked`.
fn find_and_load(vm: &mut Vm, name: &str) -> PyResult {
    let mods = sys_modules(vm);
    let mut search: Option<ObjRef> = None;
    let mut parent_spec: Option<ObjRef> = None;
    let (parent, child) = match name.rfind('.') {
        Some(i) => (&name[..i], &name[i + 1..]),
        None => ("", name),
    };
    if !parent.is_empty() {
        if vm.dict_get_str(&mods, parent)?.is_none() {
            import_abs(vm, parent)?;
        }
        if let Some(m) = vm.dict_get_str(&mods, name)? {
            return Ok(m);
        }
        let Some(pm) = vm.dict_get_str(&mods, parent)? else {
            return Err(vm.err(&vm.e.key_error.clone(), &format!("'{parent}'")));
        };
        match getattr_opt(vm, &pm, "__path__")? {
            Some(p) => search = Some(p),
            None => {
                let e = not_found(vm, &format!("No module named '{name}'; '{parent}' is not a package"), name);
                e.0.downcast::<ExcBody>().unwrap().suppress_context.set(true);
                return Err(e);
            }
        }
        parent_spec = getattr_opt(vm, &pm, "__spec__")?.filter(|sp| !sp.is(&vm.none));
    }
    let module = if search.is_none() && crate::modules::find_native(name).is_some() {
        let init = crate::modules::find_native(name).unwrap();
        let m = init(vm)?;
        vm.dict_set_str(&mods, name, m.clone());
        m
    } else {
        let path = match &search {
            Some(p) => p.clone(),
            None => sys_path(vm),
        };
        let Some(found) = find_spec(vm, name, child, &path)? else {
            return Err(not_found(vm, &format!("No module named '{name}'"), name));
        };
        let pending = match &parent_spec {
            Some(ps) => getattr_opt(vm, ps, "_uninitialized_submodules")?,
            None => None,
        };
        if let Some(l) = pending.as_ref().and_then(|l| l.downcast::<ListBody>()) {
            l.items.borrow_mut().push(vm.str(child));
        }
        let r = load(vm, name, parent, found);
        if let Some(l) = pending.as_ref().and_then(|l| l.downcast::<ListBody>()) {
            l.items.borrow_mut().pop();
        }
        r?
    };
    if !parent.is_empty() {
        if let Some(pm) = vm.dict_get_str(&mods, parent)? {
            let c = vm.intern(child);
            vm.setattr(&pm, &c, Some(module.clone()))?;
        }
    }
    Ok(module)
}

/// What a path finder found for a name.
enum Found {
    /// A source file; `package` when it is a package's `__init__.py`.
    Source { file: String, package: Option<String> },
    /// A namespace package: its portions.
    Namespace(Vec<String>),
}

/// `PathFinder.find_spec` over `path` with `FileFinder` per entry (source files only).
fn find_spec(vm: &mut Vm, _name: &str, tail: &str, path: &ObjRef) -> PyResult<Option<Found>> {
    let entries = vm.collect(path)?;
    let mut portions = Vec::new();
    for e in entries {
        let Some(entry) = s(&e) else { continue };
        let dir = if entry.is_empty() { vm.host.cwd().to_path_buf() } else { vm.host.absolute(Path::new(&entry)) };
        let base = dir.join(tail);
        let mut namespace = false;
        if vm.host.is_dir(&base) {
            let init = base.join("__init__.py");
            if vm.host.is_file(&init) {
                return Ok(Some(Found::Source { file: init.display().to_string(), package: Some(base.display().to_string()) }));
            }
            namespace = true;
        }
        let file = dir.join(format!("{tail}.py"));
        if vm.host.is_file(&file) {
            return Ok(Some(Found::Source { file: file.display().to_string(), package: None }));
        }
        if namespace {
            portions.push(base.display().to_string());
        }
    }
    Ok(if portions.is_empty() { None } else { Some(Found::Namespace(portions)) })
}

/// `module_from_spec` + `_load_unlocked`: creates the module with its import attributes, places
/// it in sys.modules, runs its body (removing it again if that fails), and returns what
/// sys.modules holds for the name afterwards.
fn load(vm: &mut Vm, name: &str, parent: &str, found: Found) -> PyResult {
    let mods = sys_modules(vm);
    let none = vm.none.clone();
    let d = vm.new_dict();
    let n = vm.str(name);
    vm.dict_set_str(&d, "__name__", n.clone());
    vm.dict_set_str(&d, "__doc__", none.clone());
    vm.dict_set_str(&d, "__package__", none.clone());
    vm.dict_set_str(&d, "__loader__", none.clone());
    vm.dict_set_str(&d, "__spec__", none.clone());
    let spec_cls = bootstrap_class(vm, "ModuleSpec")?;
    let (file, locations) = match &found {
        Found::Source { file, package } => (Some(file.clone()), package.as_ref().map(|p| vec![p.clone()])),
        Found::Namespace(portions) => (None, Some(portions.clone())),
    };
    let pkg_name = if locations.is_some() { name } else { parent };
    let loader = match &file {
        Some(f) => {
            let c = bootstrap_class(vm, "SourceFileLoader")?;
            let f = vm.str(f);
            vm.call(&c, &[n.clone(), f], None)?
        }
        None => {
            vm.dict_set_str(&d, "__file__", none.clone());
            let c = bootstrap_class(vm, "NamespaceLoader")?;
            let l: Vec<ObjRef> = locations.iter().flatten().map(|p| vm.str(p)).collect();
            let l = vm.list(l);
            vm.call(&c, &[l], None)?
        }
    };
    let locs = match &locations {
        Some(l) => {
            let v: Vec<ObjRef> = l.iter().map(|p| vm.str(p)).collect();
            let list = vm.list(v);
            if file.is_none() {
                // A namespace package's path is a `_NamespacePath` (importlib._bootstrap_external).
                let c = bootstrap_class(vm, "_NamespacePath")?;
                vm.call(&c, &[n.clone(), list], None)?
            } else {
                list
            }
        }
        None => none.clone(),
    };
    let origin = file.as_ref().map(|f| vm.str(f)).unwrap_or_else(|| none.clone());
    let cached = match &file {
        Some(f) => {
            let p = Path::new(f);
            let dir = p.parent().map(|d| d.display().to_string()).unwrap_or_default();
            let stem = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            vm.str(&format!("{dir}/__pycache__/{stem}.cpython-313.pyc"))
        }
        None => none.clone(),
    };
    let pk = vm.str(pkg_name);
    let spec = vm.call(&spec_cls, &[n.clone(), loader.clone(), origin.clone(), locs.clone(), pk.clone(), cached.clone()], None)?;
    vm.dict_set_str(&d, "__loader__", loader);
    vm.dict_set_str(&d, "__package__", pk);
    vm.dict_set_str(&d, "__spec__", spec.clone());
    if locations.is_some() {
        vm.dict_set_str(&d, "__path__", locs);
    }
    if file.is_some() {
        vm.dict_set_str(&d, "__file__", origin);
        vm.dict_set_str(&d, "__cached__", cached);
    }
    let module = alloc(&vm.t.module.clone(), ModuleBody { dict: d.clone() });
    let t = vm.true_.clone();
    let init_name = vm.intern("_initializing");
    vm.setattr(&spec, &init_name, Some(t))?;
    vm.dict_set_str(&mods, name, module.clone());
    let r = exec_source(vm, file.as_deref(), &d);
    let f = vm.false_.clone();
    let _ = vm.setattr(&spec, &init_name, Some(f));
    if let Err(e) = r {
        let k = vm.str(name);
        let _ = vm.dict_del(&mods, &k);
        return Err(e);
    }
    let k = vm.str(name);
    match vm.dict_del(&mods, &k)? {
        Some(m) => {
            vm.dict_set_str(&mods, name, m.clone());
            Ok(m)
        }
        None => Err(vm.err(&vm.e.key_error.clone(), &format!("'{name}'"))),
    }
}

/// `SourceFileLoader.exec_module`: reads, compiles and runs the source in the module namespace.
fn exec_source(vm: &mut Vm, file: Option<&str>, globals: &ObjRef) -> PyResult<()> {
    let Some(file) = file else { return Ok(()) };
    let bytes = match vm.host.read_file(Path::new(file)) {
        Ok(b) => b,
        Err(e) => {
            let msg = crate::host::os_error_text(&e);
            return Err(vm.err(&vm.e.os_error.clone(), &msg));
        }
    };
    let code = compile_module(vm, &bytes, file, true)?;
    if vm.dict_get_str(globals, "__builtins__")?.is_none() {
        let b = vm.builtins.clone();
        vm.dict_set_str(globals, "__builtins__", b);
    }
    crate::eval::run_module(vm, &code, globals).map(|_| ())
}

fn spec_initializing(vm: &mut Vm, spec: &ObjRef) -> PyResult<bool> {
    if spec.is(&vm.none) {
        return Ok(false);
    }
    match getattr_opt(vm, spec, "_initializing")? {
        Some(v) => vm.is_true(&v),
        None => Ok(false),
    }
}

/// `IMPORT_FROM` (ceval.c `import_from`): the attribute, else the submodule from sys.modules,
/// else ImportError naming the module and where it came from.
pub fn import_from(vm: &mut Vm, v: &ObjRef, name: &ObjRef) -> PyResult {
    match vm.getattr(v, name) {
        Ok(x) => return Ok(x),
        Err(e) if is_subtype(&e.0.type_of(), &vm.e.attribute_error) => {}
        Err(e) => return Err(e),
    }
    let n = s(name).unwrap_or_default();
    let pkgname = getattr_opt(vm, v, "__name__")?.and_then(|p| s(&p));
    if let Some(p) = &pkgname {
        let mods = sys_modules(vm);
        if let Some(m) = vm.dict_get_str(&mods, &format!("{p}.{n}"))? {
            return Ok(m);
        }
    }
    let shown = pkgname.clone().unwrap_or_else(|| "<unknown module name>".to_string());
    let shown_o = vm.str(&shown);
    let shown_r = vm.repr_string(&shown_o)?;
    let name_r = vm.repr_string(name)?;
    let path = match v.downcast::<ModuleBody>() {
        Some(m) => vm.dict_get_str(&m.dict.clone(), "__file__")?.filter(|f| f.downcast::<StrBody>().is_some()),
        None => None,
    };
    let msg = match &path {
        None => format!("cannot import name {name_r} from {shown_r} (unknown location)"),
        Some(p) => {
            let spec = getattr_opt(vm, v, "__spec__")?;
            let init = match spec {
                Some(sp) => spec_initializing(vm, &sp)?,
                None => false,
            };
            let ps = s(p).unwrap_or_default();
            if init {
                format!("cannot import name {name_r} from partially initialized module {shown_r} (most likely due to a circular import) ({ps})")
            } else {
                format!("cannot import name {name_r} from {shown_r} ({ps})")
            }
        }
    };
    let ty = vm.e.import_error.clone();
    Err(import_error(vm, &ty, &msg, pkgname.as_deref(), path.as_ref(), Some(name)))
}

/// `from module import *` into `locals` (ceval.c `import_all_from`): `__all__`, or the public
/// names of `__dict__`.
pub fn import_star(vm: &mut Vm, v: &ObjRef, locals: &ObjRef) -> PyResult<()> {
    let (names, skip_private) = match getattr_opt(vm, v, "__all__")? {
        Some(all) => (vm.collect(&all)?, false),
        None => {
            let Some(d) = getattr_opt(vm, v, "__dict__")? else {
                return Err(vm.err(&vm.e.import_error.clone(), "from-import-* object has no __dict__ and no __all__"));
            };
            let keys: Vec<ObjRef> = match d.downcast::<DictBody>() {
                Some(db) => db.table.borrow().iter().map(|(k, _)| k.clone()).collect(),
                None => vm.collect(&d)?,
            };
            (keys, true)
        }
    };
    for name in names {
        let Some(ns) = s(&name) else {
            let modname = getattr_opt(vm, v, "__name__")?.and_then(|n| s(&n)).unwrap_or_default();
            let what = if skip_private { format!("Key in {modname}.__dict__") } else { format!("Item in {modname}.__all__") };
            return Err(vm.type_error(&format!("{what} must be str, not {}", vm.type_name(&name))));
        };
        if skip_private && ns.starts_with('_') {
            continue;
        }
        let value = vm.getattr(v, &name)?;
        if locals.downcast::<DictBody>().is_some() {
            vm.dict_set(locals, name, value)?;
        } else {
            vm.setitem(locals, &name, Some(value))?;
        }
    }
    Ok(())
}

/// The error for a missing module attribute (`_Py_module_getattro_impl`): a module-level
/// `__getattr__` is called first (PEP 562); otherwise AttributeError with CPython's hints for
/// partially initialised modules and submodules still being imported.
pub fn module_getattr_missing(vm: &mut Vm, m: &ObjRef, name: &ObjRef) -> PyResult {
    let d = m.downcast::<ModuleBody>().unwrap().dict.clone();
    if let Some(ga) = vm.dict_get_str(&d, "__getattr__")? {
        return vm.call(&ga, &[name.clone()], None);
    }
    let n = s(name).unwrap_or_default();
    let attr_error = |vm: &mut Vm, msg: String| -> PyErr {
        let e = vm.err(&vm.e.attribute_error.clone(), &msg);
        let ed = vm.new_dict();
        vm.dict_set_str(&ed, "name", name.clone());
        vm.dict_set_str(&ed, "obj", m.clone());
        *e.0.downcast::<ExcBody>().unwrap().dict.borrow_mut() = Some(ed);
        e
    };
    let Some(mod_name) = vm.dict_get_str(&d, "__name__")?.and_then(|x| s(&x)) else {
        return Err(attr_error(vm, format!("module has no attribute '{n}'")));
    };
    let spec = vm.dict_get_str(&d, "__spec__")?.filter(|sp| !sp.is(&vm.none));
    let Some(spec) = spec else {
        return Err(attr_error(vm, format!("module '{mod_name}' has no attribute '{n}'")));
    };
    let origin = match getattr_opt(vm, &spec, "has_location")? {
        Some(h) if vm.is_true(&h)? => getattr_opt(vm, &spec, "origin")?.and_then(|o| s(&o)),
        _ => None,
    };
    let shadowing = match &origin {
        Some(o) => possibly_shadowing(vm, o),
        None => false,
    };
    if spec_initializing(vm, &spec)? {
        let msg = if shadowing {
            format!(
                "module '{mod_name}' has no attribute '{n}' (consider renaming '{}' if it has the same name as a third-party module you intended to import)",
                origin.unwrap_or_default()
            )
        } else if let Some(o) = origin {
            format!("partially initialized module '{mod_name}' from '{o}' has no attribute '{n}' (most likely due to a circular import)")
        } else {
            format!("partially initialized module '{mod_name}' has no attribute '{n}' (most likely due to a circular import)")
        };
        return Err(attr_error(vm, msg));
    }
    if let Some(l) = getattr_opt(vm, &spec, "_uninitialized_submodules")? {
        if vm.contains(&l, name)? {
            return Err(attr_error(vm, format!("cannot access submodule '{n}' of module '{mod_name}' (most likely due to a circular import)")));
        }
    }
    Err(attr_error(vm, format!("module '{mod_name}' has no attribute '{n}'")))
}

/// `_is_module_possibly_shadowing`: the module's folder (a package's parent folder) is
/// `sys.path[0]` (or the working directory when that is empty).
fn possibly_shadowing(vm: &mut Vm, origin: &str) -> bool {
    let Some((mut root, last)) = origin.rsplit_once('/') else { return false };
    if last == "__init__.py" {
        match root.rsplit_once('/') {
            Some((r, _)) => root = r,
            None => return false,
        }
    }
    let p = sys_path(vm);
    let first = p.downcast::<ListBody>().and_then(|l| l.items.borrow().first().cloned()).and_then(|x| s(&x));
    let Some(first) = first else { return false };
    let first = if first.is_empty() { vm.host.cwd().display().to_string() } else { first };
    first == root
}

/// `module.__repr__` (`_PyModuleSpec_... module_repr` in importlib): from the spec's origin, or
/// `__file__`, as CPython shows it.
pub fn module_repr(vm: &mut Vm, m: &ObjRef) -> PyResult<String> {
    let d = m.downcast::<ModuleBody>().unwrap().dict.clone();
    let name = match vm.dict_get_str(&d, "__name__")? {
        Some(n) => s(&n).unwrap_or_else(|| "?".to_string()),
        None => "?".to_string(),
    };
    let none = vm.none.clone();
    let spec = vm.dict_get_str(&d, "__spec__")?.filter(|sp| !sp.is(&none));
    if let Some(sp) = spec {
        let loader = getattr_opt(vm, &sp, "loader")?.filter(|l| !l.is(&none));
        let is_ns = loader.as_ref().is_some_and(|l| tp(&l.type_of()).name() == "NamespaceLoader");
        if is_ns {
            let locs = getattr_opt(vm, &sp, "submodule_search_locations")?.unwrap_or(none.clone());
            let r = vm.repr_string(&locs)?;
            return Ok(format!("<module '{name}' (namespace) from {r}>"));
        }
        if let Some(o) = getattr_opt(vm, &sp, "origin")?.and_then(|o| s(&o)) {
            let has = getattr_opt(vm, &sp, "has_location")?;
            if let Some(h) = has {
                if vm.is_true(&h)? {
                    return Ok(format!("<module '{name}' from '{o}'>"));
                }
            }
            return Ok(format!("<module '{name}' ({o})>"));
        }
    }
    if let Some(f) = vm.dict_get_str(&d, "__file__")?.and_then(|f| s(&f)) {
        return Ok(format!("<module '{name}' from '{f}'>"));
    }
    if name == "sys" || name == "builtins" {
        return Ok(format!("<module '{name}' (built-in)>"));
    }
    Ok(format!("<module '{name}'>"))
}

/// `builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let names: Vec<String> = kw.and_then(|k| k.downcast::<TupleBody>()).map(|t| t.items.iter().filter_map(s).collect()).unwrap_or_default();
    let npos = args.len() - names.len();
    let mut slots: [Option<ObjRef>; 5] = Default::default();
    const PARAMS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    if npos > 5 {
        return Err(vm.type_error(&format!("__import__() takes at most 5 arguments ({npos} given)")));
    }
    for (i, a) in args[..npos].iter().enumerate() {
        slots[i] = Some(a.clone());
    }
    for (k, v) in names.iter().zip(&args[npos..]) {
        let Some(i) = PARAMS.iter().position(|p| p == k) else {
            return Err(vm.type_error(&format!("__import__() got an unexpected keyword argument '{k}'")));
        };
        if slots[i].is_some() {
            return Err(vm.type_error(&format!("argument for __import__() given by name ('{k}') and position ({})", i + 1)));
        }
        slots[i] = Some(v.clone());
    }
    let Some(name) = slots[0].clone() else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let globals = slots[1].clone().filter(|g| !g.is(&vm.none));
    let fromlist = slots[3].clone().unwrap_or_else(|| vm.empty_tuple.clone());
    let level = match &slots[4] {
        Some(l) => match l.downcast::<IntBody>() {
            Some(i) => i.small().unwrap_or(i64::MAX),
            None => return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(l)))),
        },
        None => 0,
    };
    import_module_level(vm, &name, globals.as_ref(), &fromlist, level)
}

/// `dir(module)`: the module's `__dir__()` if it has one, else its namespace keys; sorted.
pub fn module_dir(vm: &mut Vm, m: &ObjRef) -> PyResult<Vec<String>> {
    let d = m.downcast::<ModuleBody>().unwrap().dict.clone();
    let keys: Vec<ObjRef> = match vm.dict_get_str(&d, "__dir__")? {
        Some(f) => {
            let r = vm.call(&f, &[], None)?;
            vm.collect(&r)?
        }
        None => d.downcast::<DictBody>().unwrap().table.borrow().iter().map(|(k, _)| k.clone()).collect(),
    };
    let mut names: Vec<String> = keys.iter().filter_map(s).collect();
    names.sort();
    Ok(names)
}

/// The "Did you mean" suggestion the traceback printer adds for an ImportError from
/// `from m import name` (Lib/traceback.py `_compute_suggestion_error`): it imports `m` again
/// (which reruns a module whose import failed) and looks for a close name in `dir(m)`.
pub fn import_error_suggestion(vm: &mut Vm, exc: &ObjRef) -> Option<String> {
    if !is_subtype(&exc.type_of(), &vm.e.import_error) {
        return None;
    }
    let wrong = crate::objects::exceptions::member(vm, exc, "name_from").filter(|w| !w.is(&vm.none))?;
    let wrong = s(&wrong)?;
    let name = crate::objects::exceptions::member(vm, exc, "name").filter(|n| !n.is(&vm.none))?;
    let g = vm.new_dict();
    let m = import_module_level(vm, &name, Some(&g), &vm.empty_tuple.clone(), 0).ok()?;
    let mut names = if m.downcast::<ModuleBody>().is_some() { module_dir(vm, &m).ok()? } else { return None };
    if !wrong.starts_with('_') {
        names.retain(|n| !n.starts_with('_'));
    }
    crate::suggestions::calculate(&names, &wrong).map(|x| x.to_string())
}
