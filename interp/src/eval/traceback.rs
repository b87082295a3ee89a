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
    let mut ctx = Ctx { depth: 0, need_close: false, seen: Vec::new() };
    format_exc(vm, exc, &mut ctx, &mut out);
    out
}

/// traceback.py's `_ExceptionPrintContext`: the exception-group nesting depth (each level
/// indents by two columns and a `|` margin) and whether the current box still needs closing.
struct Ctx {
    depth: usize,
    need_close: bool,
    seen: Vec<ObjRef>,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }
    /// Every line of `text` prefixed with the indent and, inside a group, `margin` and a space.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut pre = self.indent();
        if self.depth > 0 {
            pre.push(margin);
            pre.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&pre);
            out.push_str(line);
        }
    }
}

/// traceback.py `max_group_width` and `max_group_depth` defaults.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

const CAUSE_MESSAGE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

/// `TracebackException.format`: the chain, oldest first, and exception groups as boxes.
fn format_exc(vm: &mut Vm, exc: &ObjRef, ctx: &mut Ctx, out: &mut String) {
    let mut chain: Vec<(Option<&'static str>, ObjRef)> = Vec::new();
    let mut cur = Some(exc.clone());
    let mut msg = None;
    while let Some(e) = cur.take() {
        ctx.seen.push(e.clone());
        chain.push((msg.take(), e.clone()));
        let Some(eb) = e.downcast::<ExcBody>() else { break };
        let cause = eb.cause.borrow().clone();
        let context = eb.context.borrow().clone();
        if let Some(c) = cause.filter(|c| !ctx.seen.iter().any(|s| s.is(c))) {
            msg = Some(CAUSE_MESSAGE);
            cur = Some(c);
        } else if let Some(c) = context.filter(|c| !eb.suppress_context.get() && !ctx.seen.iter().any(|s| s.is(c))) {
            msg = Some(CONTEXT_MESSAGE);
            cur = Some(c);
        }
    }
    // chain[i]'s message introduces chain[i-1] (the later exception), printed after chain[i].
    let n = chain.len();
    for i in (0..n).rev() {
        let e = chain[i].1.clone();
        format_single(vm, &e, ctx, out);
        if i > 0 {
            let m = chain[i].0.unwrap_or(CONTEXT_MESSAGE);
            ctx.emit(out, m, '|');
        }
    }
}

fn format_single(vm: &mut Vm, exc: &ObjRef, ctx: &mut Ctx, out: &mut String) {
    if !crate::objects::exceptiongroup::is_group(exc) {
        let mut text = String::new();
        format_one(vm, exc, &mut text, "Traceback (most recent call last):\n");
        ctx.emit(out, &text, '|');
        return;
    }
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    let mut stack = String::new();
    let has_stack = format_stack(vm, exc, &mut stack, true, true);
    if has_stack {
        ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
        ctx.emit(out, &stack, '|');
    }
    let mut only = String::new();
    format_exception_only(vm, exc, &mut only);
    ctx.emit(out, &only, '|');
    let excs = crate::objects::exceptiongroup::sub_exceptions(exc);
    let n = if excs.len() <= MAX_GROUP_WIDTH { excs.len() } else { MAX_GROUP_WIDTH + 1 };
    ctx.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
        out.push_str(&format!("{}{}+---------------- {title} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " }));
        ctx.depth += 1;
        if !truncated {
            format_exc(vm, &excs[i], ctx, out);
        } else {
            let rem = excs.len() - MAX_GROUP_WIDTH;
            ctx.emit(out, &format!("and {rem} more exception{}\n", if rem > 1 { "s" } else { "" }), '|');
        }
        if last && ctx.need_close {
            out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

fn format_one(vm: &mut Vm, exc: &ObjRef, out: &mut String, header: &str) {
    let mut stack = String::new();
    if format_stack(vm, exc, &mut stack, true, true) {
        out.push_str(header);
        out.push_str(&stack);
    }
    format_exception_only(vm, exc, out);
}

/// The traceback of an unraisable exception as the default `sys.unraisablehook` prints it
/// (Python/traceback.c `_PyTraceBack_Print`): the header and `File ...` entries with their
/// source lines but no markers; without `source` (at exit, when CPython can no longer read
/// the file) not even the source lines. Empty when the exception has no traceback.
pub fn format_tb_plain(vm: &mut Vm, exc: &ObjRef, source: bool) -> String {
    let mut stack = String::new();
    if format_stack(vm, exc, &mut stack, false, source) {
        stack.insert_str(0, "Traceback (most recent call last):\n");
    }
    stack
}

/// The `File ...` entries of an exception's traceback (StackSummary.format), with the
/// position markers when `carets`; false when it has none.
fn format_stack(vm: &mut Vm, exc: &ObjRef, out: &mut String, markers: bool, source: bool) -> bool {
    let Some(eb) = exc.downcast::<ExcBody>() else { return false };
    let tb = eb.traceback.borrow().clone();
    if !tb.is_empty() {
        let mut last: Option<(String, i32, String)> = None;
        let mut count = 0usize;
        for e in tb.iter().rev() {
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
            if !source {
                continue;
            }
            if let (true, Some(l), Some(el), Some(c), Some(ec)) = (markers, pos.0, pos.1, pos.2, pos.3) {
                if el > l {
                    if let Some(block) = multiline_block(vm, &cb.code.filename, l, el, c as usize, ec as usize) {
                        out.push_str(&block);
                        continue;
                    }
                }
            }
            if let Some(src) = source_line(vm, &cb.code.filename, line) {
                let stripped = src.trim_start();
                let stripped = stripped.trim_end();
                out.push_str(&format!("    {}\n", stripped));
                if let (true, Some(l), Some(el), Some(c), Some(ec)) = (markers, pos.0, pos.1, pos.2, pos.3) {
                    if l == el {
                        let op = cb.code.code.get(e.lasti * 2).copied().unwrap_or(0);
                        if let Some(line) = carets(&src, c as usize, ec as usize, op) {
                            out.push_str(&line);
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
    !tb.is_empty()
}

/// `TracebackException.format_exception_only`: `Type: message` and the notes.
fn format_exception_only(vm: &mut Vm, exc: &ObjRef, out: &mut String) {
    let ty = exc.type_of();
    let t = tp(&ty);
    let module = t.module.borrow().clone();
    let name = if module == "builtins" || module == "__main__" { t.qualname.borrow().clone() } else { format!("{}.{}", module, t.qualname.borrow()) };
    if let Some(block) = syntax_error_block(vm, exc) {
        out.push_str(&block);
        let msg = crate::objects::exceptions::member(vm, exc, "msg").map(|m| vm.str_string(&m).unwrap_or_default()).unwrap_or_default();
        out.push_str(&format!("{name}: {msg}\n"));
        return;
    }
    let mut msg = match vm.str_string(exc) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if let Some(s) = crate::import::import_error_suggestion(vm, exc).or_else(|| crate::suggestions::offer(vm, exc)) {
        msg.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if msg.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}\n"));
    }
    format_notes(vm, exc, out);
}

/// The `__notes__` lines under the message.
fn format_notes(vm: &mut Vm, exc: &ObjRef, out: &mut String) {
    let Some(d) = crate::objects::slots::instance_dict(exc) else { return };
    let Ok(Some(notes)) = vm.dict_get_str(&d, "__notes__") else { return };
    let items = if let Some(l) = notes.downcast::<ListBody>() {
        l.items.borrow().clone()
    } else if let Some(t) = notes.downcast::<TupleBody>() {
        t.items.to_vec()
    } else {
        let r = vm.repr_string(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
        out.push_str(&format!("{r}\n"));
        return;
    };
    for note in items {
        let text = vm.str_string(&note).unwrap_or_else(|_| "<note str() failed>".to_string());
        for line in text.split('\n') {
            out.push_str(line);
            out.push('\n');
        }
    }
}

/// The `File "...", line N` block with the source line and carets that a SyntaxError shows
/// (traceback.py `_format_syntax_error`), from the exception's attributes.
fn syntax_error_block(vm: &mut Vm, exc: &ObjRef) -> Option<String> {
    use crate::objects::exceptions::member;
    member(vm, exc, "print_file_and_line")?;
    let int = |vm: &Vm, n: &str| member(vm, exc, n).and_then(|v| v.downcast::<IntBody>().and_then(|i| i.small()));
    let filename = member(vm, exc, "filename").and_then(|f| f.downcast::<StrBody>().map(|s| s.text().into_owned()))?;
    let lineno = int(vm, "lineno")?;
    let offset = int(vm, "offset").unwrap_or(0);
    let end_lineno = int(vm, "end_lineno").unwrap_or(lineno);
    let end_offset = int(vm, "end_offset").unwrap_or(0);
    let text = member(vm, exc, "text").and_then(|t| t.downcast::<StrBody>().map(|s| s.text().into_owned()));
    let mut se = crate::parser::error::SyntaxError::new(crate::parser::error::ErrorKind::Syntax, "", lineno as u32, offset, end_lineno as u32, end_offset);
    se.text = text;
    let rendered = se.render(&filename, "");
    // Everything but the final `SyntaxError: msg` line, which the caller writes with the
    // exception's own class name.
    let cut = rendered.trim_end_matches('\n').rfind('\n').map(|i| i + 1).unwrap_or(0);
    Some(rendered[..cut].to_string())
}

/// `textwrap.dedent`: removes the leading whitespace common to the non-blank lines.
fn dedent(lines: &[String]) -> Vec<String> {
    let mut common: Option<String> = None;
    for l in lines.iter().filter(|l| !l.trim().is_empty()) {
        let ws: String = l.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
        common = Some(match common {
            None => ws,
            Some(c) => c.chars().zip(ws.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a).collect(),
        });
    }
    let n = common.map(|c| c.len()).unwrap_or(0);
    lines.iter().map(|l| if l.trim().is_empty() { String::new() } else { l[n..].to_string() }).collect()
}

/// A position that spans several lines (traceback.py 3.13 `format_frame_summary`): the first
/// and last lines, the lines around call anchors, `...<N lines>...` for the others, markers
/// when the span is not whole lines.
fn multiline_block(vm: &mut Vm, filename: &str, l: i32, el: i32, col: usize, end_col: usize) -> Option<String> {
    let text = vm.sources.borrow().get(filename)?.clone();
    multiline_block_in(&text, l, el, col, end_col)
}

/// The lines of a frame whose position spans lines `l..=el` of `text`, with their markers.
pub(crate) fn multiline_block_in(text: &str, l: i32, el: i32, col: usize, end_col: usize) -> Option<String> {
    let orig: Vec<String> = text.lines().skip(l as usize - 1).take((el - l + 1) as usize).map(|s| s.to_string()).collect();
    if orig.len() != (el - l + 1) as usize || orig[0].trim().is_empty() {
        return None;
    }
    let all = dedent(&orig);
    let n = all.len();
    let ded = orig[0].chars().count() - all[0].chars().count();
    let start = byte_to_char(&orig[0], col).saturating_sub(ded);
    let end = byte_to_char(&orig[n - 1], end_col).saturating_sub(ded);
    let lines: Vec<Vec<char>> = all.iter().map(|s| s.chars().collect()).collect();
    // Call anchors: the segment is `primary(...)` ending at `end`.
    let mut seg: Vec<(usize, usize, char)> = Vec::new();
    for (i, ln) in lines.iter().enumerate() {
        let from = if i == 0 { start.min(ln.len()) } else { 0 };
        let to = if i == n - 1 { end.min(ln.len()) } else { ln.len() };
        for (j, ch) in ln.iter().enumerate().take(to).skip(from) {
            seg.push((i, j, *ch));
        }
        if i != n - 1 {
            seg.push((i, ln.len(), '\n'));
        }
    }
    let chars: Vec<char> = seg.iter().map(|x| x.2).collect();
    let anchors = if chars.last() == Some(&')') {
        matching_open(&chars, chars.len() - 1, '(', ')')
            .filter(|&p| p > 0 && chars[..p].iter().all(|ch| ch.is_alphanumeric() || *ch == '_' || *ch == '.'))
            .map(|p| ((seg[p].0, seg[p].1), (n - 1, end)))
    } else {
        None
    };
    let stmt = all.join("\n");
    let show = !whole_name_call(stmt.trim(), &chars.iter().collect::<String>())
        && (anchors.is_some()
        || !lines[0][..start.min(lines[0].len())].iter().collect::<String>().trim_start().is_empty()
        || !lines[n - 1][end.min(lines[n - 1].len())..].iter().collect::<String>().trim_end().is_empty());
    let mut sig: Vec<usize> = vec![0, n - 1];
    if let Some(((ll, _), (rl, _))) = anchors {
        for k in [ll, rl] {
            for d in [k.wrapping_sub(1), k, k + 1] {
                if d < n {
                    sig.push(d);
                }
            }
        }
    }
    sig.sort_unstable();
    sig.dedup();
    let mut result: Vec<String> = Vec::new();
    let output_line = |i: usize, result: &mut Vec<String>| {
        result.push(all[i].clone());
        if !show {
            return;
        }
        let ln = &lines[i];
        let spaces = ln.iter().take_while(|c| c.is_whitespace()).count();
        let count = if i == n - 1 { end } else { ln.len() };
        let mut m = String::new();
        for c in 0..count {
            if c < spaces || (i == 0 && c < start) {
                m.push(' ');
            } else if let Some(((ll, lc), (rl, rc))) = anchors {
                let inside = (i > ll || (i == ll && c >= lc)) && (i < rl || (i == rl && c < rc));
                m.push(if inside { '^' } else { '~' });
            } else {
                m.push('^');
            }
        }
        result.push(m);
    };
    for (k, &i) in sig.iter().enumerate() {
        if k > 0 {
            let diff = i - sig[k - 1];
            if diff == 2 {
                output_line(i - 1, &mut result);
            } else if diff > 2 {
                result.push(format!("...<{} lines>...", diff - 1));
            }
        }
        output_line(i, &mut result);
    }
    let mut out = String::new();
    for r in dedent(&result) {
        out.push_str("    ");
        out.push_str(&r);
        out.push('\n');
    }
    Some(out)
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

/// The marker line under a source line (Lib/traceback.py 3.13 `format_frame_summary`): `~`/`^`
/// anchors for binary operators, subscripts and calls, plain `^` for a partial segment, nothing
/// when the segment is the whole statement (or `return f(...)` / `x = f(...)`).
pub(crate) fn carets(src: &str, col: usize, end: usize, op: u8) -> Option<String> {
    use crate::opcode::Op;
    let chars: Vec<char> = src.chars().collect();
    let (c, e) = (byte_to_char(src, col), byte_to_char(src, end).min(chars.len()));
    if e <= c {
        return None;
    }
    let seg: Vec<char> = chars[c..e].to_vec();
    let indent = chars.iter().take_while(|ch| ch.is_whitespace()).count();
    let stripped: String = chars[indent..].iter().collect::<String>().trim_end().to_string();
    let segs: String = seg.iter().collect();
    if whole_name_call(&stripped, &segs) {
        return None;
    }
    let anchors: Option<(usize, usize)> = if op == Op::BINARY_OP as u8 {
        binop_anchor(&seg)
    } else if op == Op::BINARY_SUBSCR as u8 || op == Op::STORE_SUBSCR as u8 || op == Op::DELETE_SUBSCR as u8 {
        if seg.last() == Some(&']') { matching_open(&seg, seg.len() - 1, '[', ']').filter(|&p| p > 0).map(|p| (p, seg.len())) } else { None }
    } else if op == Op::CALL as u8 || op == Op::CALL_KW as u8 || op == Op::CALL_FUNCTION_EX as u8 {
        if seg.last() == Some(&')') { matching_open(&seg, seg.len() - 1, '(', ')').filter(|&p| p > 0).map(|p| (p, seg.len())) } else { None }
    } else if seg.last() == Some(&')') {
        // Other instructions (FOR_ITER over `gen(...)`, ...): CPython looks at the segment's
        // shape, so a plain `name(...)` / `a.b(...)` call still gets the call markers.
        matching_open(&seg, seg.len() - 1, '(', ')')
            .filter(|&p| p > 0 && seg[..p].iter().all(|ch| ch.is_alphanumeric() || *ch == '_' || *ch == '.'))
            .map(|p| (p, seg.len()))
    } else {
        None
    };
    let start = c.saturating_sub(indent);
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start));
    match anchors {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat(seg.len() - r));
        }
        None => {
            if start == 0 && e - indent >= stripped.chars().count() {
                return None;
            }
            out.push_str(&"^".repeat(seg.len()));
        }
    }
    out.push('\n');
    Some(out)
}

/// `_should_show_carets`' exception: the statement is `return NAME(...)` or `NAME = NAME(...)`
/// and the segment is that whole call, so no markers are drawn.
fn whole_name_call(stmt: &str, seg: &str) -> bool {
    let is_name_call = |t: &str| -> bool {
        match t.find('(') {
            Some(p) if t.ends_with(')') => {
                let f = &t[..p];
                !f.is_empty() && f.chars().all(|ch| ch.is_alphanumeric() || ch == '_') && matching_open(&t.chars().collect::<Vec<_>>(), t.chars().count() - 1, '(', ')') == Some(t[..p].chars().count())
            }
            _ => false,
        }
    };
    if let Some(rest) = stmt.strip_prefix("return ") {
        if rest.trim() == seg && is_name_call(seg) {
            return true;
        }
    }
    if let Some((lhs, rhs)) = stmt.split_once(" = ") {
        let lhs = lhs.trim();
        if lhs.chars().all(|ch| ch.is_alphanumeric() || ch == '_') && rhs.trim() == seg && is_name_call(seg) {
            return true;
        }
    }
    false
}

/// The index of the bracket opening the one that closes at `close_ix` (strings skipped roughly).
fn matching_open(seg: &[char], close_ix: usize, open: char, close: char) -> Option<usize> {
    let mut depth = 0i32;
    let mut i = close_ix as isize;
    let mut quote: Option<char> = None;
    while i >= 0 {
        let ch = seg[i as usize];
        if let Some(q) = quote {
            if ch == q {
                quote = None;
            }
        } else if ch == '"' || ch == '\'' {
            quote = Some(ch);
        } else if ch == close || matches!(ch, ')' | ']' | '}') {
            depth += 1;
        } else if ch == open || matches!(ch, '(' | '[' | '{') {
            depth -= 1;
            if depth == 0 {
                return if ch == open { Some(i as usize) } else { None };
            }
        }
        i -= 1;
    }
    None
}

/// For a binary operation's segment: the operator's (start, end) — the top-level operator of
/// lowest precedence, rightmost (leftmost for the right-associative `**`).
fn binop_anchor(seg: &[char]) -> Option<(usize, usize)> {
    const OPS: [(&str, u8); 13] = [
        ("**", 7), ("//", 5), ("<<", 3), (">>", 3), ("|", 0), ("^", 1), ("&", 2), ("+", 4), ("-", 4), ("*", 5), ("/", 5), ("%", 5), ("@", 5),
    ];
    let mut best: Option<(usize, usize, u8)> = None;
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut i = 0;
    let mut prev_operand = false;
    while i < seg.len() {
        let ch = seg[i];
        if let Some(q) = quote {
            if ch == '\\' {
                i += 2;
                continue;
            }
            if ch == q {
                quote = None;
                prev_operand = true;
            }
            i += 1;
            continue;
        }
        match ch {
            '"' | '\'' => {
                quote = Some(ch);
                i += 1;
                continue;
            }
            '(' | '[' | '{' => {
                depth += 1;
                i += 1;
                continue;
            }
            ')' | ']' | '}' => {
                depth -= 1;
                prev_operand = true;
                i += 1;
                continue;
            }
            c if c.is_whitespace() => {
                i += 1;
                continue;
            }
            _ => {}
        }
        if depth == 0 {
            let rest: String = seg[i..(i + 2).min(seg.len())].iter().collect();
            if let Some((o, p)) = OPS.iter().find(|(o, _)| rest.starts_with(o)) {
                if prev_operand && !(seg.get(i + o.len()) == Some(&'=')) {
                    let better = match best {
                        None => true,
                        Some((_, _, bp)) => *p < bp || (*p == bp && *p != 7),
                    };
                    if better {
                        best = Some((i, i + o.len(), *p));
                    }
                    prev_operand = false;
                    i += o.len();
                    continue;
                }
                // A unary sign.
                i += o.len();
                continue;
            }
        }
        prev_operand = true;
        i += 1;
    }
    best.map(|(a, b, _)| (a, b))
}
