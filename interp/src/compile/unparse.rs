//! Expression → source text for `from __future__ import annotations` (Python/ast_unparse.c):
//! the compiler's own small unparser, which differs from `ast.unparse` (for example it keeps
//! redundant parentheses out only by operator priority, writes `1e309` for infinities and
//! renders f-strings from their parts).

use crate::ast::*;
use crate::objects::pystr::{PyStr, PyStrBuilder};

/// Operator priorities, loosest first (`PR_*` in ast_unparse.c).
mod pr {
    pub const TUPLE: u8 = 0;
    pub const TEST: u8 = 1;
    pub const OR: u8 = 2;
    pub const AND: u8 = 3;
    pub const NOT: u8 = 4;
    pub const CMP: u8 = 5;
    pub const EXPR: u8 = 6;
    pub const BOR: u8 = 6;
    pub const BXOR: u8 = 7;
    pub const BAND: u8 = 8;
    pub const SHIFT: u8 = 9;
    pub const ARITH: u8 = 10;
    pub const TERM: u8 = 11;
    pub const FACTOR: u8 = 12;
    pub const POWER: u8 = 13;
    pub const AWAIT: u8 = 14;
    pub const ATOM: u8 = 15;
}

/// The annotation string for `e` (`_PyAST_ExprAsUnicode`).
pub fn unparse_expr(e: &Expr, names: &Names) -> String {
    let mut u = Unparser { names, out: String::new() };
    u.expr(e, pr::TEST);
    u.out
}

struct Unparser<'a> {
    names: &'a Names,
    out: String,
}

fn binop(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => (" + ", pr::ARITH),
        Operator::Sub => (" - ", pr::ARITH),
        Operator::Mult => (" * ", pr::TERM),
        Operator::MatMult => (" @ ", pr::TERM),
        Operator::Div => (" / ", pr::TERM),
        Operator::Mod => (" % ", pr::TERM),
        Operator::LShift => (" << ", pr::SHIFT),
        Operator::RShift => (" >> ", pr::SHIFT),
        Operator::BitOr => (" | ", pr::BOR),
        Operator::BitXor => (" ^ ", pr::BXOR),
        Operator::BitAnd => (" & ", pr::BAND),
        Operator::FloorDiv => (" // ", pr::TERM),
        Operator::Pow => (" ** ", pr::POWER),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// `repr()` of a constant, with infinities spelled `1e309` so that the text evaluates back.
fn constant_text(c: &Constant, out: &mut String) {
    match c {
        Constant::Tuple(items) => {
            out.push('(');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                constant_text(x, out);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::Float(f) if f.is_infinite() => out.push_str(&c.repr().replace("inf", "1e309")),
        Constant::Complex(..) => out.push_str(&c.repr().replace("inf", "1e309")),
        _ => out.push_str(&c.repr()),
    }
}

impl Unparser<'_> {
    fn s(&mut self, t: &str) {
        self.out.push_str(t);
    }

    fn open(&mut self, cond: bool) {
        if cond {
            self.out.push('(');
        }
    }

    fn close(&mut self, cond: bool) {
        if cond {
            self.out.push(')');
        }
    }

    fn name(&mut self, id: Ident) {
        let n = self.names.get(id);
        self.out.push_str(n);
    }

    fn expr(&mut self, e: &Expr, level: u8) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let (text, p) = if *op == BoolOperator::And { (" and ", pr::AND) } else { (" or ", pr::OR) };
                self.open(level > p);
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        self.s(text);
                    }
                    self.expr(v, p + 1);
                }
                self.close(level > p);
            }
            ExprKind::BinOp { left, op, right } => {
                let (text, p) = binop(*op);
                let right_assoc = *op == Operator::Pow;
                self.open(level > p);
                self.expr(left, p + right_assoc as u8);
                self.s(text);
                self.expr(right, p + !right_assoc as u8);
                self.close(level > p);
            }
            ExprKind::UnaryOp { op, operand } => {
                let (text, p) = match op {
                    UnaryOperator::Invert => ("~", pr::FACTOR),
                    UnaryOperator::Not => ("not ", pr::NOT),
                    UnaryOperator::UAdd => ("+", pr::FACTOR),
                    UnaryOperator::USub => ("-", pr::FACTOR),
                };
                self.open(level > p);
                self.s(text);
                self.expr(operand, p);
                self.close(level > p);
            }
            ExprKind::Lambda { args, body } => {
                self.open(level > pr::TEST);
                let positional = args.args.len() + args.posonlyargs.len();
                self.s(if positional > 0 { "lambda " } else { "lambda" });
                self.arguments(args);
                self.s(": ");
                self.expr(body, pr::TEST);
                self.close(level > pr::TEST);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open(level > pr::TEST);
                self.expr(body, pr::TEST + 1);
                self.s(" if ");
                self.expr(test, pr::TEST + 1);
                self.s(" else ");
                self.expr(orelse, pr::TEST);
                self.close(level > pr::TEST);
            }
            ExprKind::Dict { keys, values } => {
                self.s("{");
                for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    match k {
                        Some(k) => {
                            self.expr(k, pr::TEST);
                            self.s(": ");
                            self.expr(v, pr::TEST);
                        }
                        None => {
                            self.s("**");
                            self.expr(v, pr::EXPR);
                        }
                    }
                }
                self.s("}");
            }
            ExprKind::Set { elts } => {
                self.s("{");
                self.items(elts);
                self.s("}");
            }
            ExprKind::List { elts, .. } => {
                self.s("[");
                self.items(elts);
                self.s("]");
            }
            ExprKind::Tuple { elts, .. } => {
                if elts.is_empty() {
                    self.s("()");
                    return;
                }
                self.open(level > pr::TUPLE);
                self.items(elts);
                if elts.len() == 1 {
                    self.s(",");
                }
                self.close(level > pr::TUPLE);
            }
            ExprKind::GeneratorExp { elt, generators } => self.comp("(", elt, None, generators, ")"),
            ExprKind::ListComp { elt, generators } => self.comp("[", elt, None, generators, "]"),
            ExprKind::SetComp { elt, generators } => self.comp("{", elt, None, generators, "}"),
            ExprKind::DictComp { key, value, generators } => self.comp("{", key, Some(value), generators, "}"),
            ExprKind::Yield { value } => match value {
                None => self.s("(yield)"),
                Some(v) => {
                    self.s("(yield ");
                    self.expr(v, pr::TEST);
                    self.s(")");
                }
            },
            ExprKind::YieldFrom { value } => {
                self.s("(yield from ");
                self.expr(value, pr::TEST);
                self.s(")");
            }
            ExprKind::Await { value } => {
                self.open(level > pr::AWAIT);
                self.s("await ");
                self.expr(value, pr::ATOM);
                self.close(level > pr::AWAIT);
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.open(level > pr::CMP);
                self.expr(left, pr::CMP + 1);
                for (op, c) in ops.iter().zip(comparators) {
                    self.s(cmpop(*op));
                    self.expr(c, pr::CMP + 1);
                }
                self.close(level > pr::CMP);
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func, pr::ATOM);
                if let ([only], []) = (&args[..], &keywords[..]) {
                    if let ExprKind::GeneratorExp { elt, generators } = &only.kind {
                        self.comp("(", elt, None, generators, ")");
                        return;
                    }
                }
                self.s("(");
                let mut first = true;
                for a in args {
                    if !first {
                        self.s(", ");
                    }
                    first = false;
                    self.expr(a, pr::TEST);
                }
                for k in keywords {
                    if !first {
                        self.s(", ");
                    }
                    first = false;
                    match k.arg {
                        Some(id) => {
                            self.name(id);
                            self.s("=");
                        }
                        None => self.s("**"),
                    }
                    self.expr(&k.value, pr::TEST);
                }
                self.s(")");
            }
            ExprKind::Constant { value: Constant::Ellipsis, .. } => self.s("..."),
            ExprKind::Constant { value, kind } => {
                if let Some(k) = kind {
                    self.s(k);
                }
                constant_text(value, &mut self.out);
            }
            ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => {
                let mut body = PyStrBuilder::default();
                self.fstring_element(e, false, &mut body);
                self.out.push_str(&body.finish().to_string_lossy());
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value, pr::ATOM);
                let int_value = matches!(value.kind, ExprKind::Constant { value: Constant::Int(_), .. });
                self.s(if int_value { " ." } else { "." });
                self.name(*attr);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value, pr::ATOM);
                self.s("[");
                self.expr(slice, pr::TUPLE);
                self.s("]");
            }
            ExprKind::Starred { value, .. } => {
                self.s("*");
                self.expr(value, pr::EXPR);
            }
            ExprKind::Slice { lower, upper, step } => {
                if let Some(l) = lower {
                    self.expr(l, pr::TEST);
                }
                self.s(":");
                if let Some(u) = upper {
                    self.expr(u, pr::TEST);
                }
                if let Some(st) = step {
                    self.s(":");
                    self.expr(st, pr::TEST);
                }
            }
            ExprKind::Name { id, .. } => self.name(*id),
            ExprKind::NamedExpr { target, value } => {
                self.open(level > pr::TUPLE);
                self.expr(target, pr::ATOM);
                self.s(" := ");
                self.expr(value, pr::ATOM);
                self.close(level > pr::TUPLE);
            }
        }
    }

    fn items(&mut self, elts: &[Expr]) {
        for (i, x) in elts.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.expr(x, pr::TEST);
        }
    }

    fn comp(&mut self, open: &str, elt: &Expr, value: Option<&Expr>, generators: &[Comprehension], close: &str) {
        self.s(open);
        self.expr(elt, pr::TEST);
        if let Some(v) = value {
            self.s(": ");
            self.expr(v, pr::TEST);
        }
        for g in generators {
            self.s(if g.is_async != 0 { " async for " } else { " for " });
            self.expr(&g.target, pr::TUPLE);
            self.s(" in ");
            self.expr(&g.iter, pr::TEST + 1);
            for cond in &g.ifs {
                self.s(" if ");
                self.expr(cond, pr::TEST + 1);
            }
        }
        self.s(close);
    }

    fn arg(&mut self, a: &Arg) {
        self.name(a.arg);
        if let Some(an) = &a.annotation {
            self.s(": ");
            self.expr(an, pr::TEST);
        }
    }

    fn arguments(&mut self, a: &Arguments) {
        let mut first = true;
        let mut sep = |u: &mut Self| {
            if !first {
                u.s(", ");
            }
            first = false;
        };
        let npos = a.posonlyargs.len() + a.args.len();
        for (i, arg) in a.posonlyargs.iter().chain(&a.args).enumerate() {
            sep(self);
            self.arg(arg);
            let di = i as isize - npos as isize + a.defaults.len() as isize;
            if di >= 0 {
                self.s("=");
                self.expr(&a.defaults[di as usize], pr::TEST);
            }
            if !a.posonlyargs.is_empty() && i + 1 == a.posonlyargs.len() {
                self.s(", /");
            }
        }
        if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
            sep(self);
            self.s("*");
            if let Some(v) = &a.vararg {
                self.arg(v);
            }
        }
        let nkw = a.kwonlyargs.len();
        for (i, arg) in a.kwonlyargs.iter().enumerate() {
            sep(self);
            self.arg(arg);
            let di = i as isize - nkw as isize + a.kw_defaults.len() as isize;
            if di >= 0 {
                if let Some(d) = &a.kw_defaults[di as usize] {
                    self.s("=");
                    self.expr(d, pr::TEST);
                }
            }
        }
        if let Some(k) = &a.kwarg {
            sep(self);
            self.s("**");
            self.arg(k);
        }
    }

    /// One part of an f-string, appended to `body`: literal text with braces doubled, a nested
    /// f-string (the format spec's parts inline, otherwise `f'...'`), or a replacement field.
    fn fstring_element(&mut self, e: &Expr, is_format_spec: bool, body: &mut PyStrBuilder) {
        match &e.kind {
            ExprKind::Constant { value: Constant::Str(s), .. } => {
                for c in s.code_points() {
                    body.push(c);
                    if c == '{' as u32 || c == '}' as u32 {
                        body.push(c);
                    }
                }
            }
            ExprKind::JoinedStr { values } => {
                let mut inner = PyStrBuilder::default();
                for v in values {
                    self.fstring_element(v, is_format_spec, &mut inner);
                }
                let inner = inner.finish();
                if is_format_spec {
                    body.push_pystr(&inner);
                } else {
                    body.push('f' as u32);
                    body.push_str(&inner.repr());
                }
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                let text = {
                    let mut u = Unparser { names: self.names, out: String::new() };
                    u.expr(value, pr::TEST + 1);
                    u.out
                };
                body.push_str(if text.starts_with('{') { "{ " } else { "{" });
                body.push_str(&text);
                match u8::try_from(*conversion).ok().map(char::from) {
                    Some('a') => body.push_str("!a"),
                    Some('r') => body.push_str("!r"),
                    Some('s') => body.push_str("!s"),
                    _ => {}
                }
                if let Some(spec) = format_spec {
                    body.push(':' as u32);
                    self.fstring_element(spec, true, body);
                }
                body.push('}' as u32);
            }
            _ => {}
        }
    }
}

trait Lossy {
    fn to_string_lossy(&self) -> String;
}

impl Lossy for PyStr {
    fn to_string_lossy(&self) -> String {
        self.code_points().map(|c| char::from_u32(c).unwrap_or('\u{fffd}')).collect()
    }
}
