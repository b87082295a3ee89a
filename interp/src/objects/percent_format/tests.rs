//! `%` formatting checked against CPython 3.13.0 (percent_vectors.txt, written by
//! scripts/gen/percent_vectors.py), with a small host that knows int, float and str.

use super::*;
use crate::objects::float::float_repr;
use crate::objects::format_spec::tests_unescape;
use crate::objects::str_methods::tests::{err, esc};
use crate::objects::str_repr::repr_code_points;

#[derive(Clone, Debug)]
enum TV {
    Int(Int),
    Float(f64),
    Str(Vec<u32>),
    Bytes(Vec<u8>),
    Dict(Vec<(Vec<u32>, TV)>),
}

struct Host;

fn cps(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

impl PercentHost<TV> for Host {
    type Err = TextError;
    fn text(&mut self, v: &TV, conv: u8) -> Result<Vec<u32>, TextError> {
        Ok(match (v, conv) {
            (TV::Int(i), _) => cps(&i.to_decimal()),
            (TV::Float(x), _) => cps(&float_repr(*x)),
            (TV::Str(s), b's') => s.clone(),
            (TV::Str(s), b'r') => cps(&repr_code_points(s.iter().copied())),
            (TV::Str(s), _) => {
                // ascii(): the repr with non-ASCII escaped.
                let r = repr_code_points(s.iter().copied());
                let mut out = String::new();
                for c in r.chars() {
                    match c as u32 {
                        0..=0x7F => out.push(c),
                        0x80..=0xFF => out.push_str(&format!("\\x{:02x}", c as u32)),
                        0x100..=0xFFFF => out.push_str(&format!("\\u{:04x}", c as u32)),
                        n => out.push_str(&format!("\\U{n:08x}")),
                    }
                }
                cps(&out)
            }
            (TV::Bytes(b), _) => cps(&crate::objects::pystr::bytes_repr(b)),
            (TV::Dict(items), _) => {
                let mut out = cps("{");
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.extend(cps(", "));
                    }
                    out.extend(cps(&repr_code_points(k.iter().copied())));
                    out.extend(cps(": "));
                    out.extend(self.text(v, b'r')?);
                }
                out.push('}' as u32);
                out
            }
        })
    }
    fn to_int(&mut self, v: &TV, conv: u8) -> Result<Option<Int>, TextError> {
        match v {
            TV::Int(i) => Ok(Some(i.clone())),
            TV::Float(x) if conv != b'o' && conv != b'x' && conv != b'X' => float_to_int(*x).map(Some),
            _ => Ok(None),
        }
    }
    fn to_float(&mut self, v: &TV) -> Result<Option<f64>, TextError> {
        Ok(match v {
            TV::Int(i) => crate::objects::format_spec::int_to_f64(i),
            TV::Float(x) => Some(*x),
            _ => None,
        })
    }
    fn to_char(&mut self, v: &TV) -> Result<CharArg, TextError> {
        Ok(match v {
            TV::Int(i) => CharArg::Int(i.clone()),
            TV::Str(s) => CharArg::Str(s.clone()),
            TV::Bytes(b) => CharArg::Str(b.iter().map(|&c| c as u32).collect()),
            _ => CharArg::Other,
        })
    }
    fn star_int(&mut self, v: &TV) -> Result<Option<Int>, TextError> {
        Ok(match v {
            TV::Int(i) => Some(i.clone()),
            _ => None,
        })
    }
    fn getitem(&mut self, m: &TV, key: &[u32]) -> Result<TV, TextError> {
        let TV::Dict(items) = m else { panic!("not a dict") };
        items
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| TextError { kind: crate::objects::format_spec::ExcKind::LookupError, msg: repr_code_points(key.iter().copied()) })
    }
    fn type_name(&self, v: &TV) -> String {
        match v {
            TV::Int(_) => "int",
            TV::Float(_) => "float",
            TV::Str(_) => "str",
            TV::Bytes(_) => "bytes",
            TV::Dict(_) => "dict",
        }
        .into()
    }
}

/// The same host seen from bytes formatting.
struct BytesHost;

impl PercentHost<TV, u8> for BytesHost {
    type Err = TextError;
    fn text(&mut self, v: &TV, conv: u8) -> Result<Vec<u8>, TextError> {
        match (v, conv) {
            (TV::Bytes(b), b's' | b'b') => Ok(b.clone()),
            (_, b's' | b'b') => Err(bytes_b_type_error(&Host.type_name(v))),
            _ => Ok(Host.text(v, b'a')?.into_iter().map(|c| c as u8).collect()),
        }
    }
    fn to_int(&mut self, v: &TV, conv: u8) -> Result<Option<Int>, TextError> {
        Host.to_int(v, conv)
    }
    fn to_float(&mut self, v: &TV) -> Result<Option<f64>, TextError> {
        Host.to_float(v)
    }
    fn to_char(&mut self, v: &TV) -> Result<CharArg, TextError> {
        match v {
            TV::Str(_) => Ok(CharArg::Other),
            _ => Host.to_char(v),
        }
    }
    fn star_int(&mut self, v: &TV) -> Result<Option<Int>, TextError> {
        Host.star_int(v)
    }
    fn getitem(&mut self, m: &TV, key: &[u32]) -> Result<TV, TextError> {
        Host.getitem(m, key)
    }
    fn type_name(&self, v: &TV) -> String {
        Host.type_name(v)
    }
}

fn value(s: &str) -> TV {
    let (k, v) = s.split_at(2);
    match k {
        "i:" => {
            let neg = v.starts_with('-');
            let mut i = Int::from_str_radix(v.trim_start_matches('-'), 10).unwrap();
            if neg {
                i.negate();
            }
            TV::Int(i)
        }
        "f:" => TV::Float(f64::from_bits(u64::from_str_radix(v, 16).unwrap())),
        "b:" => TV::Bytes(tests_unescape(v).chars().map(|c| c as u32 as u8).collect()),
        _ => TV::Str(cps(&tests_unescape(v))),
    }
}

#[test]
fn cpython_vectors() {
    let data = include_str!("percent_vectors.txt");
    let mut n = 0;
    let mut failures = Vec::new();
    for line in data.lines() {
        let p: Vec<&str> = line.split('\t').collect();
        let want = p[p.len() - 1];
        let items: Vec<TV> = p[2..p.len() - 1].iter().map(|s| value(s)).collect();
        if let Some(bfmt) = p[0].strip_prefix('B') {
            let fmt: Vec<u8> = tests_unescape(bfmt).chars().map(|c| c as u32 as u8).collect();
            let r = match p[1] {
                "T" => percent_format(&fmt, &PercentArgs::Tuple(&items), &mut BytesHost),
                _ => {
                    let pairs = items
                        .chunks(2)
                        .map(|c| match &c[0] {
                            TV::Str(k) => (k.clone(), c[1].clone()),
                            _ => panic!("key"),
                        })
                        .collect();
                    let d = TV::Dict(pairs);
                    percent_format(&fmt, &PercentArgs::Single { value: &d, is_mapping: true }, &mut BytesHost)
                }
            };
            let got = match r {
                Ok(v) => esc(&v.iter().map(|&c| c as char).collect::<String>()),
                Err(e) => err(e),
            };
            n += 1;
            if got != want {
                failures.push(format!("{line}\n    got {got}"));
            }
            continue;
        }
        let fmt = cps(&tests_unescape(p[0]));
        let r = match p[1] {
            "T" => percent_format(&fmt, &PercentArgs::Tuple(&items), &mut Host),
            "S" => percent_format(&fmt, &PercentArgs::Single { value: &items[0], is_mapping: false }, &mut Host),
            _ => {
                let pairs = items
                    .chunks(2)
                    .map(|c| match &c[0] {
                        TV::Str(k) => (k.clone(), c[1].clone()),
                        _ => panic!("key"),
                    })
                    .collect();
                let d = TV::Dict(pairs);
                percent_format(&fmt, &PercentArgs::Single { value: &d, is_mapping: true }, &mut Host)
            }
        };
        let got = match r {
            Ok(v) => esc(&v.iter().map(|&c| char::from_u32(c).unwrap()).collect::<String>()),
            Err(e) if e.kind == crate::objects::format_spec::ExcKind::LookupError => format!("!KeyError: {}", e.msg),
            Err(e) => err(e),
        };
        n += 1;
        if got != want {
            failures.push(format!("{line}\n    got {got}"));
        }
    }
    assert!(failures.is_empty(), "{} of {n} failed:\n{}", failures.len(), failures[..failures.len().min(30)].join("\n"));
    assert!(n > 500);
}
