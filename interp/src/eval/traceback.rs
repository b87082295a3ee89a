//! Printing an uncaught exception (Python/traceback.c, Python/pythonrun.c
//! `_PyErr_Display`, and Lib/traceback.py's 3.13 format): chained exceptions first with their
//! separators, then `Traceback (most recent call last):`, one entry per frame with its source
//! line and the `^` markers from the location table, `[Previous line repeated N more times]`,
//! and the `Type: message` line.

use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::tp;
use crate::vm::Vm;

const RECURSIVE_CUTOFF: usize = 3;

pub fn format_exception(vm: &mut Vm, exc: &ObjRef) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, exc, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, exc: &ObjRef, out: &mut String, seen: &mut Vec<ObjRef>) {
    seen.push(exc.clone());
    let Some(eb) = exc.downcast::<ExcBody>() else { return };
    let cause = eb.cause.borrow().clone();
    let context = eb.context.borrow().clone();
    if let Some(c) = cause {
        if !seen.iter().any(|s| s.is(&c)) {
            format_chain(vm, &c, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        }
    } else if let Some(c) = context {
        if !eb.suppress_context.get() && !seen.iter().any(|s| s.is(&c)) {
            format_chain(vm, &c, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    format_one(vm, exc, out);
}

fn format_one(vm: &mut Vm, exc: &ObjRef, out: &mut String) {
    let eb = exc.downcast::<ExcBody>().unwrap();
    let tb = eb.traceback.borrow().clone();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let mut last: Option<(String, i32, String)> = None;
        let mut count = 0usize;
        for e in &tb {
            let cb = e.code.downcast::<CodeBody>().unwrap();
            let pos = cb.code.co_positions().get(e.lasti).copied().unwrap_or((None, None, None, None));
            let line = pos.0.unwrap_or(-1);
            let key = (cb.code.filename.to_string(), line, cb.code.name.to_string());
            if last.as_ref() == Some(&key) {
                count += 1;
            } else {
                if count > RECURSIVE_CUTOFF {
                    let n = count - RECURSIVE_CUTOFF;
                    out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
                }
                last = Some(key);
                count = 1;
            }
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", cb.code.filename, line, cb.code.name));
            if let Some(src) = source_line(vm, &cb.code.filename, line) {
                let stripped = src.trim_start();
                let indent = src.len() - stripped.len();
                let stripped = stripped.trim_end();
                out.push_str(&format!("    {}\n", stripped));
                // Carets when the instruction covers only part of a one-line statement.
                if let (Some(l), Some(el), Some(c), Some(ec)) = pos {
                    if l == el {
                        let chars: Vec<char> = src.chars().collect();
                        let (c, ec) = (byte_to_char(&src, c as usize), byte_to_char(&src, ec as usize));
                        let start = c.saturating_sub(indent);
                        let end = ec.saturating_sub(indent).min(stripped.chars().count());
                        let _ = chars;
                        if !(start == 0 && end >= stripped.chars().count()) && end > start {
                            out.push_str("    ");
                            out.push_str(&" ".repeat(start));
                            out.push_str(&"^".repeat(end - start));
                            out.push('\n');
                        }
                    }
                }
            }
        }
        if count > RECURSIVE_CUTOFF {
            let n = count - RECURSIVE_CUTOFF;
            out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
        }
    }
    let ty = exc.type_of();
    let t = tp(&ty);
    let module = t.module.borrow().clone();
    let name = if module == "builtins" || module == "__main__" { t.qualname.borrow().clone() } else { format!("{}.{}", module, t.qualname.borrow()) };
    let msg = match vm.str_string(exc) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}\n"));
    }
}

fn byte_to_char(s: &str, b: usize) -> usize {
    s.char_indices().take_while(|(i, _)| *i < b).count()
}

fn source_line(vm: &mut Vm, filename: &str, line: i32) -> Option<String> {
    if line < 1 {
        return None;
    }
    let srcs = vm.sources.borrow();
    let text = srcs.get(filename)?;
    text.lines().nth(line as usize - 1).map(|l| l.to_string()).filter(|l| !l.trim().is_empty())
}
