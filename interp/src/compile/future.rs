//! `from __future__ import ...` at the top of a module (Python/future.c): which features are on
//! (only `annotations` changes codegen in 3.13) and the errors for unknown features.

use super::codegen::{get_docstring, CompileError};
use crate::ast::*;

/// Returns whether `from __future__ import annotations` is in effect.
pub fn future_features(ast: &Ast) -> Result<bool, CompileError> {
    future_parse(ast).map(|(a, _)| a)
}

/// The features and the position (line, column) of the last valid future import
/// (`ff_location`; `(-1, -1)` when there is none).
pub fn future_parse(ast: &Ast) -> Result<(bool, (i64, i64)), CompileError> {
    let mut last = (-1i64, -1i64);
    let body = match &ast.module {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        _ => return Ok((false, last)),
    };
    let mut annotations = false;
    let start = if get_docstring(body).is_some() { 1 } else { 0 };
    for s in &body[start.min(body.len())..] {
        let StmtKind::ImportFrom { module: Some(m), names, level } = &s.kind else { break };
        if level.unwrap_or(0) != 0 || ast.names.get(*m) != "__future__" {
            break;
        }
        last = (s.loc.lineno as i64, s.loc.col_offset as i64);
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
    Ok((annotations, last))
}
