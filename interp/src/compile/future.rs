//! `from __future__ import ...` at the top of a module (Python/future.c): which features are on
//! (only `annotations` changes codegen in 3.13) and the errors for unknown features.

use super::codegen::{get_docstring, CompileError};
use crate::ast::*;

/// Returns whether `from __future__ import annotations` is in effect.
pub fn future_features(ast: &Ast) -> Result<bool, CompileError> {
    let body = match &ast.module {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        _ => return Ok(false),
    };
    let mut annotations = false;
    let start = if get_docstring(body).is_some() { 1 } else { 0 };
    for s in &body[start.min(body.len())..] {
        let StmtKind::ImportFrom { module: Some(m), names, level } = &s.kind else { break };
        if level.unwrap_or(0) != 0 || ast.names.get(*m) != "__future__" {
            break;
        }
        for a in names {
            match ast.names.get(a.name) {
                "nested_scopes" | "generators" | "division" | "absolute_import" | "with_statement" | "print_function"
                | "unicode_literals" | "barry_as_FLUFL" | "generator_stop" => {}
                "annotations" => annotations = true,
                other => {
                    let msg = if other == "braces" { "not a chance".to_string() } else { format!("future feature {other} is not defined") };
                    return Err(CompileError { msg, lineno: s.loc.lineno, col: s.loc.col_offset + 1, end_lineno: s.loc.lineno, end_col: 0 });
                }
            }
        }
    }
    Ok(annotations)
}
