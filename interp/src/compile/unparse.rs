//! Expression → source text for `from __future__ import annotations` (Python/ast_unparse.c).
//! So far names, attributes, constants, subscripts, calls, tuples, lists and binary `|`.

use crate::ast::*;

pub fn unparse_expr(e: &Expr, names: &Names) -> String {
    let mut s = String::new();
    write(e, names, &mut s);
    s
}

fn write(e: &Expr, names: &Names, out: &mut String) {
    match &e.kind {
        ExprKind::Name { id, .. } => out.push_str(names.get(*id)),
        ExprKind::Attribute { value, attr, .. } => {
            write(value, names, out);
            out.push('.');
            out.push_str(names.get(*attr));
        }
        ExprKind::Constant { value: Constant::Ellipsis, .. } => out.push_str("..."),
        ExprKind::Constant { value, .. } => out.push_str(&value.repr()),
        ExprKind::Subscript { value, slice, .. } => {
            write(value, names, out);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => seq(elts, names, out),
                _ => write(slice, names, out),
            }
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            out.push('(');
            seq(elts, names, out);
            if elts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        ExprKind::List { elts, .. } => {
            out.push('[');
            seq(elts, names, out);
            out.push(']');
        }
        ExprKind::BinOp { left, op: Operator::BitOr, right } => {
            write(left, names, out);
            out.push_str(" | ");
            write(right, names, out);
        }
        ExprKind::Call { func, args, .. } => {
            write(func, names, out);
            out.push('(');
            seq(args, names, out);
            out.push(')');
        }
        _ => out.push_str("..."),
    }
}

fn seq(v: &[Expr], names: &Names, out: &mut String) {
    for (i, x) in v.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(x, names, out);
    }
}
