//! The disassembler: `python -m dis` output for a code object and, recursively, the code objects
//! among its constants.
//!
//! Models Lib/dis.py of CPython 3.13.0: `_disassemble_recursive`, `disassemble`,
//! `_unpack_opargs`, `findlabels`/`_make_labels_map`, `findlinestarts`, `_get_lineno_width`,
//! `ArgResolver.get_argval_argrepr`, `Formatter.print_instruction[_line]` and
//! `print_exception_table`. Everything it needs comes from the code object (`co_code`,
//! `co_lines()`, the exception table, the constant reprs) and the opcode table.

use crate::code::{Code, Const};
use crate::opcode::{Op, CMP_OP, FUNCTION_ATTRIBUTES, INTRINSIC_1, INTRINSIC_2, NB_OPS};
use std::fmt::Write as _;
use std::io;

/// `dis` command-line switches.
#[derive(Clone, Copy, Debug, Default)]
pub struct DisOptions {
    /// `-C`: show the inline cache entries.
    pub show_caches: bool,
    /// `-O`: show instruction offsets.
    pub show_offsets: bool,
    /// The byte offset of the instruction marked `-->` (`lasti` / `current_offset`).
    pub current: Option<u32>,
    /// Added to every line number shown (`Bytecode(first_line=...)`).
    pub line_offset: i32,
}

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;
const NO_LINENO: &str = "  --";

/// Disassembles `code` and every code object nested in its constants, depth first
/// (`dis.dis(code)` / `_disassemble_recursive`).
pub fn disassemble(code: &Code, opts: DisOptions, out: &mut dyn io::Write) -> io::Result<()> {
    let mut s = String::new();
    disassemble_recursive(code, opts, &mut s);
    out.write_all(s.as_bytes())
}

/// The same, into a string.
pub fn disassemble_to_string(code: &Code, opts: DisOptions) -> String {
    let mut s = String::new();
    disassemble_recursive(code, opts, &mut s);
    s
}

fn disassemble_recursive(code: &Code, opts: DisOptions, out: &mut String) {
    disassemble_one(code, opts, out);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            out.push_str("Disassembly of ");
            inner.write_repr(out);
            out.push_str(":\n");
            disassemble_recursive(inner, opts, out);
        }
    }
}

/// One decoded instruction (`_unpack_opargs`): byte offset, opcode byte, arg (combined with
/// preceding EXTENDED_ARGs) when the instruction takes one.
struct Unpacked {
    offset: u32,
    op: Option<Op>,
    arg: Option<i64>,
}

fn unpack_opargs(code: &[u8]) -> Vec<Unpacked> {
    let mut out = Vec::with_capacity(code.len() / 2);
    let mut extended_arg: i64 = 0;
    let mut caches = 0usize;
    let mut i = 0;
    while i + 1 < code.len() {
        if caches > 0 {
            caches -= 1;
            i += 2;
            continue;
        }
        let byte = code[i];
        let op = Op::from_byte(byte);
        caches = op.map_or(0, |o| o.caches());
        let arg = if op.is_some_and(|o| o.has_arg()) {
            let arg = code[i + 1] as i64 | extended_arg;
            extended_arg = if op == Some(Op::EXTENDED_ARG) { arg << 8 } else { 0 };
            // The oparg is a C int: wrap like dis does.
            if extended_arg >= 1 << 31 {
                extended_arg -= 1 << 32;
            }
            Some(arg)
        } else {
            extended_arg = 0;
            None
        };
        out.push(Unpacked { offset: i as u32, op, arg });
        i += 2;
    }
    out
}

/// The byte offset a jump goes to (`_get_jump_target`).
fn jump_target(op: Op, arg: i64, offset: u32) -> Option<i64> {
    if !op.has_jump() {
        return None;
    }
    let arg = if op.is_backward_jump() { -arg } else { arg };
    Some(offset as i64 + 2 + arg * 2 + 2 * op.caches() as i64)
}

/// `findlabels(code)`: the jump targets of raw bytecode, in order of first appearance.
pub fn findlabels(code: &[u8]) -> Vec<i64> {
    let mut labels = Vec::new();
    for ins in unpack_opargs(code) {
        if let (Some(op), Some(arg)) = (ins.op, ins.arg) {
            if let Some(t) = jump_target(op, arg, ins.offset) {
                if !labels.contains(&t) {
                    labels.push(t);
                }
            }
        }
    }
    labels
}

/// Offsets and labels: every jump target and exception-table boundary, numbered from 1 in
/// offset order (`_make_labels_map`).
fn make_labels_map(instrs: &[Unpacked], exc: &[(i64, i64, i64, u32, bool)]) -> Vec<(i64, usize)> {
    let mut offsets: Vec<i64> = Vec::new();
    for ins in instrs {
        if let (Some(op), Some(arg)) = (ins.op, ins.arg) {
            if let Some(t) = jump_target(op, arg, ins.offset) {
                offsets.push(t);
            }
        }
    }
    for &(start, end, target, _, _) in exc {
        offsets.push(start);
        offsets.push(end);
        offsets.push(target);
    }
    offsets.sort_unstable();
    offsets.dedup();
    offsets.into_iter().enumerate().map(|(i, o)| (o, i + 1)).collect()
}

fn label_for(labels: &[(i64, usize)], offset: i64) -> Option<usize> {
    labels.binary_search_by_key(&offset, |&(o, _)| o).ok().map(|i| labels[i].1)
}

/// Offsets where a new line starts, with the line (None = no line) (`findlinestarts`).
fn find_linestarts(code: &Code) -> Vec<(u32, Option<i32>)> {
    let mut out = Vec::new();
    let mut last: Option<Option<i32>> = None;
    for (start, _end, line) in code.co_lines() {
        if last != Some(line) {
            last = Some(line);
            out.push((start, line));
        }
    }
    out
}

/// Width of the line-number column (`_get_lineno_width`); 0 hides it.
fn lineno_width(linestarts: &[(u32, Option<i32>)]) -> usize {
    let max = linestarts.iter().filter_map(|&(_, l)| l).filter(|&l| l != 0).max();
    let Some(max) = max else { return 0 };
    let mut w = 3.max(max.to_string().len());
    if w < NO_LINENO.len() && linestarts.iter().any(|&(_, l)| l.is_none()) {
        w = NO_LINENO.len();
    }
    w
}

/// What `dis` prints in parentheses after the arg (`ArgResolver.get_argval_argrepr`).
fn argrepr(code: &Code, op: Op, arg: i64, offset: u32, labels: &[(i64, usize)]) -> String {
    let name = |i: i64| -> String {
        code.names.get(i as usize).map(|s| s.to_string()).unwrap_or_default()
    };
    let varname = |i: i64| -> String {
        code.varname_from_oparg(i as u32).map(|s| s.to_string()).unwrap_or_default()
    };
    if op.has_const() {
        return code.consts.get(arg as usize).map(|c| c.repr()).unwrap_or_default();
    }
    if op.has_name() {
        return match op {
            Op::LOAD_GLOBAL => {
                let n = name(arg >> 1);
                if arg & 1 != 0 && !n.is_empty() { format!("{n} + NULL") } else { n }
            }
            Op::LOAD_ATTR => {
                let n = name(arg >> 1);
                if arg & 1 != 0 && !n.is_empty() { format!("{n} + NULL|self") } else { n }
            }
            Op::LOAD_SUPER_ATTR => {
                let n = name(arg >> 2);
                if arg & 1 != 0 && !n.is_empty() { format!("{n} + NULL|self") } else { n }
            }
            _ => name(arg),
        };
    }
    if op.has_jump() || op.has_exc() {
        let target = jump_target(op, arg, offset).unwrap_or(0);
        return match label_for(labels, target) {
            Some(l) => format!("to L{l}"),
            None => String::new(),
        };
    }
    if matches!(op, Op::LOAD_FAST_LOAD_FAST | Op::STORE_FAST_LOAD_FAST | Op::STORE_FAST_STORE_FAST) {
        return format!("{}, {}", varname(arg >> 4), varname(arg & 15));
    }
    if op.has_local() || op.has_free() {
        return varname(arg);
    }
    match op {
        Op::COMPARE_OP => {
            let s = CMP_OP.get((arg >> 5) as usize).copied().unwrap_or("?");
            if arg & 16 != 0 { format!("bool({s})") } else { s.to_string() }
        }
        Op::CONVERT_VALUE => ["", "str", "repr", "ascii"].get(arg as usize).copied().unwrap_or("").to_string(),
        Op::SET_FUNCTION_ATTRIBUTE => FUNCTION_ATTRIBUTES
            .iter()
            .filter(|&&(bit, _)| arg as u32 & bit != 0)
            .map(|&(_, n)| n)
            .collect::<Vec<_>>()
            .join(", "),
        Op::BINARY_OP => NB_OPS.get(arg as usize).copied().unwrap_or("").to_string(),
        Op::CALL_INTRINSIC_1 => INTRINSIC_1.get(arg as usize).copied().unwrap_or("").to_string(),
        Op::CALL_INTRINSIC_2 => INTRINSIC_2.get(arg as usize).copied().unwrap_or("").to_string(),
        _ => String::new(),
    }
}

/// Column widths of one disassembly (`Formatter`).
struct Formatter {
    lineno_width: usize,
    offset_width: usize,
    label_width: usize,
}

/// One printed row.
struct Row<'a> {
    opname: &'a str,
    arg: Option<i64>,
    argrepr: &'a str,
    offset: u32,
    /// `Some(line)` when the row starts a line (line None prints `--`).
    starts_line: Option<Option<i32>>,
    label: Option<usize>,
    /// Marked with `-->` as the current instruction.
    current: bool,
}

impl Formatter {
    /// `Formatter.print_instruction_line`.
    fn line(&self, r: &Row, out: &mut String) {
        if self.lineno_width > 0 && r.starts_line.is_some() && r.offset > 0 {
            out.push('\n');
        }
        let start = out.len();
        let mut first = true;
        let mut sep = |out: &mut String| {
            if !first {
                out.push(' ');
            }
            first = false;
        };
        if self.lineno_width > 0 {
            sep(out);
            let w = self.lineno_width;
            match r.starts_line {
                Some(Some(l)) => {
                    let _ = write!(out, "{l:>w$}");
                }
                Some(None) => {
                    let _ = write!(out, "{NO_LINENO:>w$}");
                }
                None => {
                    let _ = write!(out, "{:w$}", "");
                }
            }
        }
        sep(out);
        let w = self.label_width;
        match r.label {
            Some(l) => {
                let _ = write!(out, "{:>w$}", format!("L{l}:"));
            }
            None => {
                let _ = write!(out, "{:w$}", "");
            }
        }
        if self.offset_width > 0 {
            sep(out);
            let w = self.offset_width;
            let _ = write!(out, "{:>w$}  ", r.offset);
        }
        sep(out);
        out.push_str(if r.current { "-->" } else { "   " });
        sep(out);
        let _ = write!(out, "{:<OPNAME_WIDTH$}", r.opname);
        if let Some(arg) = r.arg {
            sep(out);
            let excess = r.opname.len().saturating_sub(OPNAME_WIDTH);
            let w = OPARG_WIDTH.saturating_sub(excess);
            let _ = write!(out, "{arg:>w$}");
            if !r.argrepr.is_empty() {
                sep(out);
                out.push('(');
                out.push_str(r.argrepr);
                out.push(')');
            }
        }
        let trimmed = out[start..].trim_end().len();
        out.truncate(start + trimmed);
        out.push('\n');
    }
}

/// `disassemble(co)`: one code object, without recursion.
pub fn disassemble_one(code: &Code, opts: DisOptions, out: &mut String) {
    let linestarts = find_linestarts(code);
    let exc: Vec<(i64, i64, i64, u32, bool)> = code
        .exception_entries()
        .iter()
        .map(|e| (e.start as i64 * 2, e.end as i64 * 2, e.target as i64 * 2, e.depth, e.lasti))
        .collect();
    let instrs = unpack_opargs(&code.code);
    let labels = make_labels_map(&instrs, &exc);
    let fmt = Formatter {
        lineno_width: lineno_width(&linestarts),
        offset_width: if opts.show_offsets { (code.code.len().saturating_sub(2)).max(9999).to_string().len() } else { 0 },
        label_width: 4 + labels.len().to_string().len(),
    };
    let mut ls = linestarts.iter().peekable();
    for ins in &instrs {
        let mut starts_line = None;
        while let Some(&&(off, line)) = ls.peek() {
            if off < ins.offset {
                ls.next();
                continue;
            }
            if off == ins.offset {
                starts_line = Some(line);
                ls.next();
            }
            break;
        }
        let (opname, repr) = match ins.op {
            Some(op) => (op.name(), ins.arg.map(|a| argrepr(code, op, a, ins.offset, &labels)).unwrap_or_default()),
            None => ("<unknown>", String::new()),
        };
        let label = label_for(&labels, ins.offset as i64);
        fmt.line(
            &Row {
                opname,
                arg: ins.arg,
                argrepr: &repr,
                offset: ins.offset,
                starts_line: starts_line.map(|l| l.map(|l| l + opts.line_offset)),
                label,
                current: opts.current == Some(ins.offset),
            },
            out,
        );
        if opts.show_caches {
            if let Some(op) = ins.op {
                let mut offset = ins.offset;
                for &(name, size) in op.cache_format() {
                    for i in 0..size {
                        offset += 2;
                        // dis reads every field from the first cache unit (Lib/dis.py quirk).
                        let data = cache_value(&code.code, ins.offset as usize + 2, size as usize);
                        let r = if i == 0 { format!("{name}: {data}") } else { String::new() };
                        fmt.line(
                            &Row { opname: "CACHE", arg: Some(0), argrepr: &r, offset, starts_line: None, label: None, current: false },
                            out,
                        );
                    }
                }
            }
        }
    }
    if !exc.is_empty() {
        out.push_str("ExceptionTable:\n");
        for &(start, end, target, depth, lasti) in &exc {
            let _ = writeln!(
                out,
                "  L{} to L{} -> L{} [{}]{}",
                label_for(&labels, start).unwrap_or(0),
                label_for(&labels, end).unwrap_or(0),
                label_for(&labels, target).unwrap_or(0),
                depth,
                if lasti { " lasti" } else { "" }
            );
        }
    }
}

/// One instruction as `dis.get_instructions` sees it (`_get_instructions_bytes`): what the
/// `Instruction` fields are made from.
pub struct InstrInfo {
    pub offset: u32,
    pub op: Option<Op>,
    pub opcode: u8,
    pub arg: Option<i64>,
    pub argrepr: String,
    pub jump_target: Option<i64>,
    pub starts_line: bool,
    pub line_number: Option<i32>,
    pub label: Option<usize>,
}

/// The instructions of `code` (caches hidden), with their argument text, line and label.
pub fn instructions(code: &Code) -> Vec<InstrInfo> {
    let linestarts = find_linestarts(code);
    let exc: Vec<(i64, i64, i64, u32, bool)> = code
        .exception_entries()
        .iter()
        .map(|e| (e.start as i64 * 2, e.end as i64 * 2, e.target as i64 * 2, e.depth, e.lasti))
        .collect();
    let instrs = unpack_opargs(&code.code);
    let labels = make_labels_map(&instrs, &exc);
    let mut out = Vec::with_capacity(instrs.len());
    let mut ls = linestarts.iter().peekable();
    let mut line: Option<i32> = None;
    for ins in &instrs {
        let mut starts = false;
        while let Some(&&(off, l)) = ls.peek() {
            if off <= ins.offset {
                line = l;
                starts = off == ins.offset;
                ls.next();
                continue;
            }
            break;
        }
        let argrepr = match (ins.op, ins.arg) {
            (Some(op), Some(a)) => argrepr(code, op, a, ins.offset, &labels),
            _ => String::new(),
        };
        let jump = match (ins.op, ins.arg) {
            (Some(op), Some(a)) => jump_target(op, a, ins.offset),
            _ => None,
        };
        out.push(InstrInfo {
            offset: ins.offset,
            op: ins.op,
            opcode: code.code[ins.offset as usize],
            arg: ins.arg,
            argrepr,
            jump_target: jump,
            starts_line: starts,
            line_number: line,
            label: label_for(&labels, ins.offset as i64),
        });
    }
    out
}

/// The little-endian value of a cache field of `units` code units at byte `offset`
/// (`int.from_bytes(data, sys.byteorder)` in dis; always 0 in a fresh `co_code`).
fn cache_value(code: &[u8], offset: usize, units: usize) -> u128 {
    let end = (offset + 2 * units).min(code.len());
    let mut v: u128 = 0;
    for (k, &b) in code[offset.min(end)..end].iter().enumerate() {
        v |= (b as u128) << (8 * k);
    }
    v
}
