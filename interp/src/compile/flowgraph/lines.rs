//! Giving every instruction that needs one a line number (PEP 626).
//!
//! Models `duplicate_exits_without_lineno`, `propagate_line_numbers` and `resolve_line_numbers`
//! in Python/flowgraph.c. Exit blocks (returns, raises) and eval-breaker blocks without a line are
//! copied per incoming jump so each copy can take its jump's line; then lines flow forward within
//! blocks and into single-predecessor successors.

use super::{BlockId, Cfg, NO_BLOCK};
use crate::compile::instr_seq::{Location, NO_LOCATION};

fn is_exit_or_eval_check_without_lineno(g: &Cfg, b: BlockId) -> bool {
    let blk = g.b(b);
    // A located first instruction answers most cases.
    blk.has_no_lineno() && (blk.exits_scope() || blk.has_eval_break())
}

/// `duplicate_exits_without_lineno`.
fn duplicate_exits_without_lineno(g: &mut Cfg) {
    // The first new label, found when the first copy is made.
    let mut next_lbl = -1;
    let mut b = g.entry;
    while b != NO_BLOCK {
        if let Some(&last) = g.b(b).last() {
            if last.is_jump() {
                let target = g.next_nonempty_block(last.target);
                if target != NO_BLOCK
                    && is_exit_or_eval_check_without_lineno(g, target)
                    && g.b(target).predecessors > 1
                {
                    if next_lbl < 0 {
                        next_lbl = g.max_label() + 1;
                    }
                    let new_target = g.copy_block(target);
                    g.bm(new_target).instrs[0].loc = last.loc;
                    g.bm(b).instrs.last_mut().unwrap().target = new_target;
                    g.bm(target).predecessors -= 1;
                    let target_next = g.b(target).next;
                    let nt = g.bm(new_target);
                    nt.predecessors = 1;
                    nt.next = target_next;
                    nt.label = next_lbl;
                    next_lbl += 1;
                    g.bm(target).next = new_target;
                }
            }
        }
        b = g.b(b).next;
    }
    // Exit blocks without a line that are still reachable can only be reached by falling through.
    let mut b = g.entry;
    while b != NO_BLOCK {
        let blk = g.b(b);
        let next = blk.next;
        if blk.has_fallthrough() && next != NO_BLOCK && !blk.instrs.is_empty() {
            if is_exit_or_eval_check_without_lineno(g, next) {
                let loc = g.b(b).last().unwrap().loc;
                g.bm(next).instrs[0].loc = loc;
            }
        }
        b = g.b(b).next;
    }
}

/// `propagate_line_numbers`.
fn propagate_line_numbers(g: &mut Cfg) {
    let mut b = g.entry;
    while b != NO_BLOCK {
        if g.b(b).instrs.is_empty() {
            b = g.b(b).next;
            continue;
        }
        let mut prev_location: Location = NO_LOCATION;
        for ins in g.bm(b).instrs.iter_mut() {
            if ins.loc.lineno < 0 {
                ins.loc = prev_location;
            } else {
                prev_location = ins.loc;
            }
        }
        let blk = g.b(b);
        let next = blk.next;
        let last = *blk.last().unwrap();
        if blk.has_fallthrough() && next != NO_BLOCK && g.b(next).predecessors == 1 {
            if let Some(first) = g.bm(next).instrs.first_mut() {
                if first.loc.lineno < 0 {
                    first.loc = prev_location;
                }
            }
        }
        if last.is_jump() {
            let target = last.target;
            if g.b(target).predecessors == 1 {
                if let Some(first) = g.bm(target).instrs.first_mut() {
                    if first.loc.lineno < 0 {
                        first.loc = prev_location;
                    }
                }
            }
        }
        b = g.b(b).next;
    }
}

/// `resolve_line_numbers` (the first line number is not used by 3.13's version).
pub fn resolve_line_numbers(g: &mut Cfg, _firstlineno: i32) {
    duplicate_exits_without_lineno(g);
    propagate_line_numbers(g);
}
