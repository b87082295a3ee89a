//! Reading CPython's marshal format (Python/marshal.c `r_object`), enough to load the code
//! objects `marshal.dumps(compile(...))` writes: the runtime's tests run CPython-compiled code
//! through pyref's eval loop while pyref's own code generator is being written.

use crate::code::{next_code_uid, Code, Const};
use std::rc::Rc;

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
    refs: Vec<Option<Val>>,
}

#[derive(Clone)]
enum Val {
    C(Const),
    Null,
}

fn bad(msg: &str) -> String {
    format!("bad marshal data ({msg})")
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, String> {
        let v = *self.b.get(self.i).ok_or_else(|| bad("unexpected end"))?;
        self.i += 1;
        Ok(v)
    }
    fn long(&mut self) -> Result<i32, String> {
        let s = self.b.get(self.i..self.i + 4).ok_or_else(|| bad("unexpected end"))?;
        self.i += 4;
        Ok(i32::from_le_bytes(s.try_into().unwrap()))
    }
    fn bytes(&mut self, n: usize) -> Result<&'a [u8], String> {
        let s = self.b.get(self.i..self.i + n).ok_or_else(|| bad("unexpected end"))?;
        self.i += n;
        Ok(s)
    }
    fn obj(&mut self) -> Result<Val, String> {
        let code = self.byte()?;
        let flag = code & 0x80 != 0;
        let ty = code & 0x7f;
        let slot = if flag && matches!(ty, b'(' | b')' | b'c' | b'>' | b'<' | b'[' | b'{') {
            self.refs.push(None);
            Some(self.refs.len() - 1)
        } else {
            None
        };
        let v = match ty {
            b'0' => Val::Null,
            b'N' => Val::C(Const::None),
            b'F' => Val::C(Const::Bool(false)),
            b'T' => Val::C(Const::Bool(true)),
            b'.' => Val::C(Const::Ellipsis),
            b'i' => Val::C(Const::Int(crate::objects::int::Int::from_i64(self.long()? as i64))),
            b'l' => {
                let n = self.long()?;
                let mut v: i128 = 0;
                let digits: Vec<u16> = (0..n.unsigned_abs()).map(|_| self.bytes(2).map(|d| u16::from_le_bytes([d[0], d[1]]))).collect::<Result<_, _>>()?;
                for d in digits.iter().rev() {
                    v = v.checked_mul(1 << 15).ok_or_else(|| bad("int too large for pyref's constants"))? + *d as i128;
                }
                if n < 0 {
                    v = -v;
                }
                Val::C(Const::Int(crate::objects::int::Int::from_i64(i64::try_from(v).map_err(|_| bad("int too large for pyref's constants"))?)))
            }
            b'g' => Val::C(Const::Float(f64::from_le_bytes(self.bytes(8)?.try_into().unwrap()))),
            b'y' => {
                let re = f64::from_le_bytes(self.bytes(8)?.try_into().unwrap());
                let im = f64::from_le_bytes(self.bytes(8)?.try_into().unwrap());
                Val::C(Const::Complex { re, im })
            }
            b's' => {
                let n = self.long()? as usize;
                Val::C(Const::Bytes(Rc::from(self.bytes(n)?)))
            }
            b'u' | b't' | b'a' | b'A' => {
                let n = self.long()? as usize;
                let s = self.bytes(n)?;
                Val::C(Const::Str(crate::objects::pystr::PyStr::new(&String::from_utf8_lossy(s))))
            }
            b'z' | b'Z' => {
                let n = self.byte()? as usize;
                let s = self.bytes(n)?;
                Val::C(Const::Str(crate::objects::pystr::PyStr::new(&String::from_utf8_lossy(s))))
            }
            b'r' => {
                let n = self.long()? as usize;
                return self.refs.get(n).cloned().flatten().ok_or_else(|| bad("invalid reference"));
            }
            b'(' | b')' | b'<' | b'>' => {
                let n = if ty == b')' { self.byte()? as usize } else { self.long()? as usize };
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    match self.obj()? {
                        Val::C(c) => items.push(c),
                        Val::Null => return Err(bad("NULL in tuple")),
                    }
                }
                if ty == b'(' || ty == b')' { Val::C(Const::Tuple(items.into())) } else { Val::C(Const::FrozenSet(items.into())) }
            }
            b'c' => {
                let argcount = self.long()? as u32;
                let posonlyargcount = self.long()? as u32;
                let kwonlyargcount = self.long()? as u32;
                let stacksize = self.long()? as u32;
                let flags = self.long()? as u32;
                let code = self.bytes_obj()?;
                let consts = match self.obj()? {
                    Val::C(Const::Tuple(t)) => t.to_vec(),
                    _ => return Err(bad("co_consts")),
                };
                let names = self.names()?;
                let localsplusnames = self.names()?;
                let localspluskinds = self.bytes_obj()?;
                let filename = self.string()?;
                let name = self.string()?;
                let qualname = self.string()?;
                let firstlineno = self.long()?;
                let linetable = self.bytes_obj()?;
                let exceptiontable = self.bytes_obj()?;
                Val::C(Const::Code(Rc::new(Code {
                    argcount,
                    posonlyargcount,
                    kwonlyargcount,
                    stacksize,
                    flags,
                    firstlineno,
                    code,
                    consts,
                    names,
                    localsplusnames,
                    localspluskinds,
                    filename,
                    name,
                    qualname,
                    linetable,
                    exceptiontable,
                    uid: next_code_uid(),
                })))
            }
            _ => return Err(bad(&format!("unknown type code {:?}", ty as char))),
        };
        match slot {
            Some(s) => self.refs[s] = Some(v.clone()),
            None if flag => self.refs.push(Some(v.clone())),
            None => {}
        }
        Ok(v)
    }
    fn bytes_obj(&mut self) -> Result<Vec<u8>, String> {
        match self.obj()? {
            Val::C(Const::Bytes(b)) => Ok(b.to_vec()),
            _ => Err(bad("expected bytes")),
        }
    }
    fn string(&mut self) -> Result<Rc<str>, String> {
        match self.obj()? {
            Val::C(Const::Str(s)) => Ok(Rc::from(s.as_str().unwrap_or(""))),
            _ => Err(bad("expected str")),
        }
    }
    fn names(&mut self) -> Result<Vec<Rc<str>>, String> {
        match self.obj()? {
            Val::C(Const::Tuple(t)) => t
                .iter()
                .map(|c| match c {
                    Const::Str(s) => Ok(Rc::from(s.as_str().unwrap_or(""))),
                    _ => Err(bad("expected names")),
                })
                .collect(),
            _ => Err(bad("expected a tuple of names")),
        }
    }
}

/// `marshal.loads` of a module's code object.
pub fn loads_code(data: &[u8]) -> Result<Rc<Code>, String> {
    let mut r = Reader { b: data, i: 0, refs: Vec::new() };
    match r.obj()? {
        Val::C(Const::Code(c)) => Ok(c),
        _ => Err(bad("not a code object")),
    }
}
