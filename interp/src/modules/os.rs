//! The `os` module, as far as programs use it (Lib/os.py, Modules/posixmodule.c), and `os.path`
//! (Lib/posixpath.py, Lib/genericpath.py): path strings are handled as posixpath does; the
//! working directory and the file system are the host's (`os.getcwd()` is the host's working
//! directory, `os.path.exists` asks the host), never the pyref process's own.

use super::{add_functions, module_dict, new_module};
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::vm::Vm;
use std::path::Path;

/// The str argument of a path function (`os.fspath` for str; bytes paths are not supported).
fn path_arg(vm: &mut Vm, fname: &str, args: &[ObjRef], i: usize) -> PyResult<String> {
    let Some(a) = args.get(i) else {
        return Err(vm.type_error(&format!("{fname}() missing required argument (pos {})", i + 1)));
    };
    match a.downcast::<StrBody>() {
        Some(s) => Ok(s.text().into_owned()),
        None => Err(vm.type_error(&format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(a)))),
    }
}

fn one_path(vm: &mut Vm, fname: &str, args: &[ObjRef]) -> PyResult<String> {
    if args.len() != 1 {
        return Err(vm.type_error(&format!("{fname}() takes 1 positional argument but {} were given", args.len())));
    }
    path_arg(vm, fname, args, 0)
}

/// `posixpath.split` without the tuple: (head, tail).
fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = (&p[..i], &p[i..]);
    let head = if !head.is_empty() && head.bytes().any(|b| b != b'/') { head.trim_end_matches('/') } else { head };
    (head.to_string(), tail.to_string())
}

/// `posixpath.normpath` (`_path_normpath` in Python/fileutils.c).
pub fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".to_string();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for c in p.split('/') {
        if c.is_empty() || c == "." {
            continue;
        }
        if c != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(c);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if out.is_empty() {
        ".".to_string()
    } else {
        out
    }
}

fn join(a: &str, rest: &[String]) -> String {
    let mut path = a.to_string();
    for b in rest {
        if b.starts_with('/') {
            path = b.clone();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    path
}

fn p_basename(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let p = one_path(vm, "basename", args)?;
    Ok(vm.str(&split(&p).1))
}
fn p_dirname(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let p = one_path(vm, "dirname", args)?;
    Ok(vm.str(&split(&p).0))
}
fn p_split(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let p = one_path(vm, "split", args)?;
    let (h, t) = split(&p);
    let v = vec![vm.str(&h), vm.str(&t)];
    Ok(vm.tuple(v))
}
fn p_splitext(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let p = one_path(vm, "splitext", args)?;
    let sep = p.rfind('/').map_or(-1, |i| i as i64);
    let (root, ext) = match p.rfind('.') {
        Some(dot) if dot as i64 > sep => {
            let start = (sep + 1) as usize;
            if p[start..dot].bytes().any(|b| b != b'.') {
                (p[..dot].to_string(), p[dot..].to_string())
            } else {
                (p.clone(), String::new())
            }
        }
        _ => (p.clone(), String::new()),
    };
    let v = vec![vm.str(&root), vm.str(&ext)];
    Ok(vm.tuple(v))
}
fn p_join(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    }
    let a = path_arg(vm, "join", args, 0)?;
    let mut rest = Vec::new();
    for i in 1..args.len() {
        rest.push(path_arg(vm, "join", args, i)?);
    }
    Ok(vm.str(&join(&a, &rest)))
}
fn p_normpath(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let p = one_path(vm, "normpath", args)?;
    Ok(vm.str(&normpath(&p)))
}
fn p_isabs(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let p = one_path(vm, "isabs", args)?;
    Ok(vm.bool(p.starts_with('/')))
}
fn abspath(vm: &mut Vm, p: &str) -> String {
    if p.starts_with('/') {
        normpath(p)
    } else {
        let cwd = vm.host.cwd().display().to_string();
        normpath(&join(&cwd, &[p.to_string()]))
    }
}
fn p_abspath(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let p = one_path(vm, "abspath", args)?;
    let a = abspath(vm, &p);
    Ok(vm.str(&a))
}
fn p_exists(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let p = one_path(vm, "exists", args)?;
    Ok(vm.bool(!p.is_empty() && vm.host.exists(Path::new(&p))))
}
fn p_isfile(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let p = one_path(vm, "isfile", args)?;
    Ok(vm.bool(!p.is_empty() && vm.host.is_file(Path::new(&p))))
}
fn p_isdir(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let p = one_path(vm, "isdir", args)?;
    Ok(vm.bool(!p.is_empty() && vm.host.is_dir(Path::new(&p))))
}
fn os_getcwd(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if !args.is_empty() {
        return Err(vm.type_error(&format!("os.getcwd() takes no arguments ({} given)", args.len())));
    }
    let c = vm.host.cwd().display().to_string();
    Ok(vm.str(&c))
}
fn os_fspath(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let p = one_path(vm, "fspath", args)?;
    let _ = p;
    Ok(args[0].clone())
}

/// `os.path` (posixpath).
fn make_path(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "posixpath");
    add_functions(
        vm,
        &m,
        &[
            ("abspath", p_abspath as NativeFn),
            ("basename", p_basename),
            ("dirname", p_dirname),
            ("exists", p_exists),
            ("isabs", p_isabs),
            ("isdir", p_isdir),
            ("isfile", p_isfile),
            ("join", p_join),
            ("normpath", p_normpath),
            ("split", p_split),
            ("splitext", p_splitext),
        ],
    );
    let d = module_dict(&m);
    for (k, v) in [("sep", "/"), ("curdir", "."), ("pardir", ".."), ("extsep", "."), ("pathsep", ":")] {
        let s = vm.str(v);
        vm.dict_set_str(&d, k, s);
    }
    m
}

pub fn make(vm: &mut Vm) -> PyResult {
    let m = new_module(vm, "os");
    let path = make_path(vm);
    let mods = crate::import::sys_modules(vm);
    vm.dict_set_str(&mods, "posixpath", path.clone());
    vm.dict_set_str(&mods, "os.path", path.clone());
    let d = module_dict(&m);
    vm.dict_set_str(&d, "path", path);
    add_functions(vm, &m, &[("fspath", os_fspath as NativeFn), ("getcwd", os_getcwd)]);
    for (k, v) in [("sep", "/"), ("curdir", "."), ("pardir", ".."), ("extsep", "."), ("pathsep", ":"), ("linesep", "\n"), ("name", "posix")] {
        let s = vm.str(v);
        vm.dict_set_str(&d, k, s);
    }
    let none = vm.none.clone();
    vm.dict_set_str(&d, "altsep", none);
    Ok(m)
}

#[cfg(test)]
mod tests {
    #[test]
    fn normpath_as_posixpath() {
        for (p, want) in [("", "."), ("/a/b/../c", "/a/c"), ("a/./b/", "a/b"), ("//x", "//x"), ("///x", "/x"), ("../a", "../a"), ("/..", "/"), ("a/..", ".")] {
            assert_eq!(super::normpath(p), want, "{p}");
        }
    }
}
