//! "Did you mean" suggestions (Python/suggestions.c): the closest name to a wrong one among
//! candidates, by CPython's Levenshtein distance (moves cost 2, case-only changes cost 1), with
//! its limits (at most 750 candidates, names of at most 40 bytes, at most a third of the
//! characters changed).

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// `levenshtein_distance`: the edit distance of `a` and `b`, or more than `max_cost` when it
/// exceeds it.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let post = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[..a.len() - post], &b[..b.len() - post]);
    if a.is_empty() || b.is_empty() {
        return MOVE_COST * (a.len() + b.len());
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// `_Py_CalculateSuggestions`: the candidate closest to `name`, if any is close enough.
pub fn calculate<'a>(candidates: &'a [String], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&str> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let max_distance = ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    #[test]
    fn closest_names() {
        let c: Vec<String> = ["value", "func", "Thing"].iter().map(|s| s.to_string()).collect();
        assert_eq!(super::calculate(&c, "valeu"), Some("value"));
        assert_eq!(super::calculate(&c, "thing"), Some("Thing"));
        assert_eq!(super::calculate(&c, "zzzzzz"), None);
        assert_eq!(super::calculate(&c, "value"), None);
    }
}

// ---- what the traceback printer suggests (Lib/traceback.py `_compute_suggestion_error`) ----

use crate::objects::bodies::{ExcBody, ListBody, StrBody, TupleBody};
use crate::objects::object::ObjRef;
use crate::objects::typeobject::{is_subtype, PyErr};
use crate::vm::Vm;

/// The member under which a NameError keeps the innermost frame's namespaces (pyref has no
/// frame objects for the printer to look at later).
const NAME_CONTEXT: &str = "\0frame namespaces";

/// A NameError for `name` (its `name` member set, as ceval does) that remembers the current
/// frame's locals, globals and builtins for the "Did you mean" the traceback printer adds.
pub fn name_error(vm: &mut Vm, msg: &str, name: &ObjRef) -> PyErr {
    let e = vm.err(&vm.e.name_error.clone(), msg);
    crate::objects::exceptions::set_member(&e.0, "name", name.clone());
    if let Some(fr) = vm.frames.last() {
        let (g, b) = (fr.globals.clone(), fr.builtins.clone());
        let l = crate::namespaces::frame_locals(vm);
        let ctx = vm.tuple(vec![l, g, b]);
        if let Some(body) = e.0.downcast::<ExcBody>() {
            body.members.borrow_mut().push((NAME_CONTEXT, ctx));
        }
    }
    e
}

fn keys(vm: &mut Vm, d: &ObjRef, out: &mut Vec<String>) {
    if let Ok(k) = vm.collect(d) {
        out.extend(k.iter().filter_map(|k| k.downcast::<StrBody>().map(|s| s.text().into_owned())));
    }
}

/// The suggestion for an uncaught NameError or AttributeError: `self.name` when the method's
/// `self` has it, else the closest name in the frame's namespaces or in `dir(obj)`.
pub fn offer(vm: &mut Vm, exc: &ObjRef) -> Option<String> {
    let ty = exc.type_of();
    let is_name = is_subtype(&ty, &vm.e.name_error);
    if !is_name && !is_subtype(&ty, &vm.e.attribute_error) {
        return None;
    }
    let member = |vm: &Vm, n: &str| crate::objects::exceptions::member(vm, exc, n);
    let wrong = member(vm, "name")?.downcast::<StrBody>()?.text().into_owned();
    let mut names = Vec::new();
    if is_name {
        let ctx = exc.downcast::<ExcBody>()?.members.borrow().iter().find(|(n, _)| *n == NAME_CONTEXT).map(|(_, v)| v.clone())?;
        let parts = ctx.downcast::<TupleBody>()?.items.to_vec();
        for d in &parts {
            keys(vm, d, &mut names);
        }
        if let Ok(Some(me)) = vm.dict_get_str(&parts[0], "self") {
            let n = vm.str(&wrong);
            if vm.getattr(&me, &n).is_ok() {
                return Some(format!("self.{wrong}"));
            }
        }
    } else {
        let obj = member(vm, "obj")?;
        let listed = crate::namespaces::builtin_dir(vm, &[obj], None).ok()?;
        let items = listed.downcast::<ListBody>()?.items.borrow().clone();
        names.extend(items.iter().filter_map(|k| k.downcast::<StrBody>().map(|s| s.text().into_owned())));
        if !wrong.starts_with('_') {
            names.retain(|n| !n.starts_with('_'));
        }
    }
    calculate(&names, &wrong).map(|s| s.to_string())
}
