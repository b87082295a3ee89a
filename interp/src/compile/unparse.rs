//! Expression → source text for `from __future__ import annotations` (Python/ast_unparse.c).
//! So far names, attributes, constants, subscripts, calls, tuples, lists, starred expressions
//! and binary operators (with ast_unparse.c's precedence parentheses); other nodes print `...`.

use crate::ast::*;

pub fn unparse_expr(e: &Expr, names: &Names) -> String {
    let mut s = String::new();
    write(e, names, &mut s);
    s
}

/// `PR_*` precedence of a binary operator in ast_unparse.c.
fn binop_prec(op: Operator) -> u8 {
    match op {
        Operator::BitOr => 7,
        Operator::BitXor => 8,
        Operator::BitAnd => 9,
        Operator::LShift | Operator::RShift => 10,
        Operator::Add | Operator::Sub => 11,
        Operator::Mult | Operator::MatMult | Operator::Div | Operator::Mod | Operator::FloorDiv => 12,
        Operator::Pow => 14,
    }
}

fn binop_str(op: Operator) -> &'static str {
    match op {
        Operator::Add => " + ",
        Operator::Sub => " - ",
        Operator::Mult => " * ",
        Operator::MatMult => " @ ",
        Operator::Div => " / ",
        Operator::Mod => " % ",
        Operator::Pow => " ** ",
        Operator::LShift => " << ",
        Operator::RShift => " >> ",
        Operator::BitOr => " | ",
        Operator::BitXor => " ^ ",
        Operator::BitAnd => " & ",
        Operator::FloorDiv => " // ",
    }
}

fn write_prec(e: &Expr, names: &Names, out: &mut String, level: u8) {
    if let ExprKind::BinOp { op, .. } = &e.kind {
        if binop_prec(*op) < level {
            out.push('(');
            write(e, names, out);
            out.push(')');
            return;
        }
    }
    write(e, names, out);
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
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    seq(elts, names, out);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => write(slice, names, out),
            }
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            write(value, names, out);
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
        ExprKind::BinOp { left, op, right } => {
            let p = binop_prec(*op);
            let (lp, rp) = if *op == Operator::Pow { (p + 1, p) } else { (p, p + 1) };
            write_prec(left, names, out, lp);
            out.push_str(binop_str(*op));
            write_prec(right, names, out, rp);
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
