//! `str.format` checked against CPython 3.13.0 (format_string_vectors.txt, written by
//! scripts/gen/format_string_vectors.py) with the same fixed arguments:
//! ARGS = (42, 3.14159, 'abc', [10, 'x', 2.5], {'k': 'v', '0': 'zero'}),
//! KWARGS = {'name': 'Ann', 'n': 7, 'w': 10, 'p': 3, 'lst': [1, 2], 'd': {'a': 'b'}, 'f': 'x^8'}.

use super::*;
use crate::objects::float::float_repr;
use crate::objects::format_spec::{format_float, format_int, format_str, tests_unescape};
use crate::objects::int::Int;
use crate::objects::str_methods::tests::esc;
use crate::objects::str_repr::repr_code_points;

#[derive(Clone, Debug)]
enum TV {
    Int(i64),
    Float(f64),
    Str(Vec<u32>),
    List(Vec<TV>),
    Dict(Vec<(Vec<u32>, TV)>),
}

fn cps(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

fn s(v: &str) -> TV {
    TV::Str(cps(v))
}

fn text(v: &[u32]) -> String {
    v.iter().map(|&c| char::from_u32(c).unwrap()).collect()
}

fn type_name(v: &TV) -> &'static str {
    match v {
        TV::Int(_) => "int",
        TV::Float(_) => "float",
        TV::Str(_) => "str",
        TV::List(_) => "list",
        TV::Dict(_) => "dict",
    }
}

fn repr(v: &TV) -> String {
    match v {
        TV::Int(i) => i.to_string(),
        TV::Float(x) => float_repr(*x),
        TV::Str(s) => repr_code_points(s.iter().copied()),
        TV::List(items) => format!("[{}]", items.iter().map(repr).collect::<Vec<_>>().join(", ")),
        TV::Dict(items) => format!(
            "{{{}}}",
            items.iter().map(|(k, v)| format!("{}: {}", repr_code_points(k.iter().copied()), repr(v))).collect::<Vec<_>>().join(", ")
        ),
    }
}

#[derive(Debug)]
struct Exc(String, String);

impl From<TextError> for Exc {
    fn from(e: TextError) -> Exc {
        Exc(format!("{:?}", e.kind), e.msg)
    }
}

struct Host {
    args: Vec<TV>,
    kwargs: Vec<(Vec<u32>, TV)>,
}

impl FormatHost for Host {
    type Obj = TV;
    type Err = Exc;
    fn positional(&mut self, i: usize) -> Result<Option<TV>, Exc> {
        Ok(self.args.get(i).cloned())
    }
    fn keyword(&mut self, name: &[u32]) -> Result<TV, Exc> {
        self.kwargs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| Exc("KeyError".into(), repr_code_points(name.iter().copied())))
    }
    fn getattr(&mut self, o: &TV, name: &[u32]) -> Result<TV, Exc> {
        match (o, text(name).as_str()) {
            (TV::Int(i), "real") => Ok(TV::Int(*i)),
            (TV::Int(_), "imag") => Ok(TV::Int(0)),
            (TV::Float(x), "real") => Ok(TV::Float(*x)),
            (TV::Float(_), "imag") => Ok(TV::Float(0.0)),
            (_, n) => Err(Exc("AttributeError".into(), format!("'{}' object has no attribute '{n}'", type_name(o)))),
        }
    }
    fn getitem_int(&mut self, o: &TV, i: usize) -> Result<TV, Exc> {
        match o {
            TV::List(items) => items.get(i).cloned().ok_or_else(|| Exc("IndexError".into(), "list index out of range".into())),
            TV::Str(s) => s.get(i).map(|&c| TV::Str(vec![c])).ok_or_else(|| Exc("IndexError".into(), "string index out of range".into())),
            TV::Dict(_) => Err(Exc("KeyError".into(), i.to_string())),
            _ => Err(Exc("TypeError".into(), format!("'{}' object is not subscriptable", type_name(o)))),
        }
    }
    fn getitem_str(&mut self, o: &TV, key: &[u32]) -> Result<TV, Exc> {
        match o {
            TV::Dict(items) => items
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| Exc("KeyError".into(), repr_code_points(key.iter().copied()))),
            TV::Str(_) => Err(Exc("TypeError".into(), "string indices must be integers, not 'str'".into())),
            TV::List(_) => Err(Exc("TypeError".into(), "list indices must be integers or slices, not str".into())),
            _ => Err(Exc("TypeError".into(), format!("'{}' object is not subscriptable", type_name(o)))),
        }
    }
    fn convert(&mut self, o: TV, conv: u8) -> Result<TV, Exc> {
        Ok(match (conv, &o) {
            (b's', TV::Str(_)) => o,
            (b's', _) => s(&repr(&o)),
            _ => {
                let r = repr(&o);
                if conv == b'a' {
                    let mut out = String::new();
                    for c in r.chars() {
                        match c as u32 {
                            0..=0x7F => out.push(c),
                            0x80..=0xFF => out.push_str(&format!("\\x{:02x}", c as u32)),
                            n => out.push_str(&format!("\\u{n:04x}")),
                        }
                    }
                    s(&out)
                } else {
                    s(&r)
                }
            }
        })
    }
    fn format(&mut self, o: &TV, spec: &[u32]) -> Result<Vec<u32>, Exc> {
        Ok(match o {
            TV::Int(i) => cps(&format_int(&Int::from_i64(*i), spec, "int")?),
            TV::Float(x) => cps(&format_float(*x, spec)?),
            TV::Str(s) => format_str(s, spec)?,
            _ if spec.is_empty() => cps(&repr(o)),
            _ => return Err(Exc("TypeError".into(), format!("unsupported format string passed to {}.__format__", type_name(o)))),
        })
    }
}

fn host() -> Host {
    Host {
        args: vec![
            TV::Int(42),
            TV::Float(314159.0 / 100000.0), // 3.14159, written so as not to look like an approximate PI
            s("abc"),
            TV::List(vec![TV::Int(10), s("x"), TV::Float(2.5)]),
            TV::Dict(vec![(cps("k"), s("v")), (cps("0"), s("zero"))]),
        ],
        kwargs: vec![
            (cps("name"), s("Ann")),
            (cps("n"), TV::Int(7)),
            (cps("w"), TV::Int(10)),
            (cps("p"), TV::Int(3)),
            (cps("lst"), TV::List(vec![TV::Int(1), TV::Int(2)])),
            (cps("d"), TV::Dict(vec![(cps("a"), s("b"))])),
            (cps("f"), s("x^8")),
        ],
    }
}

#[test]
fn cpython_vectors() {
    let data = include_str!("format_string_vectors.txt");
    let mut n = 0;
    let mut failures = Vec::new();
    for line in data.lines() {
        let p: Vec<&str> = line.split('\t').collect();
        let fmt = cps(&tests_unescape(p[1]));
        let mut h = host();
        let got = match format(&fmt, p[0] == "F", &mut h) {
            Ok(v) => esc(&text(&v)),
            Err(Exc(k, m)) => format!("!{k}: {m}"),
        };
        n += 1;
        if got != p[2] {
            failures.push(format!("{line}\n    got {got}"));
        }
    }
    assert!(failures.is_empty(), "{} of {n} failed:\n{}", failures.len(), failures.join("\n"));
    assert!(n > 100);
}
