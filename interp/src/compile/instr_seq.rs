//! The instruction sequence: the code generator's output and the assembler's input.
//!
//! Models Python/instruction_sequence.c (`_PyInstructionSequence`) and the per-code-unit metadata
//! of Include/internal/pycore_compile.h (`_PyCompile_CodeUnitMetadata`).
//!
//! An [`InstrSequence`] is a flat list of instructions plus a label table. Codegen emits jumps
//! (and SETUP_* pseudo-instructions) whose oparg is a *label id*; [`InstrSequence::use_label`]
//! binds a label to the position of the next instruction. The flowgraph turns the sequence into
//! basic blocks, optimises them and writes a new sequence (with exception-handler info per
//! instruction) that the assembler turns into a code object.
//!
//! Architecture invariant: this module knows nothing about the AST or about code objects; it is
//! the boundary type between codegen and the back half of the compiler.

use super::flowgraph::CfgError;
use crate::code::Const;
use crate::opcode::Op;
use std::rc::Rc;

/// A source span (`_Py_SourceLocation`): 1-based lines, 0-based UTF-8 byte columns.
/// -1 in any field means "unknown"; [`NO_LOCATION`] has all four unknown.
#[derive(Clone, Copy, Debug, Eq, Hash)]
pub struct Location {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col_offset: i32,
    pub end_col_offset: i32,
}

impl PartialEq for Location {
    /// Field-wise equality, without branches (locations are compared per instruction).
    #[inline]
    fn eq(&self, o: &Location) -> bool {
        ((self.lineno ^ o.lineno)
            | (self.end_lineno ^ o.end_lineno)
            | (self.col_offset ^ o.col_offset)
            | (self.end_col_offset ^ o.end_col_offset))
            == 0
    }
}

/// The location of synthetic instructions (implicit returns, cleanup code, MAKE_CELL...).
pub const NO_LOCATION: Location = Location { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

impl Location {
    pub const fn new(lineno: i32, end_lineno: i32, col_offset: i32, end_col_offset: i32) -> Self {
        Location { lineno, end_lineno, col_offset, end_col_offset }
    }
}

/// A jump target handed out by [`InstrSequence::new_label`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// One instruction. For jumps and SETUP_* the oparg is a label id until the assembler resolves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub oparg: u32,
    pub loc: Location,
}

/// Where an instruction's exceptions go (`_PyExceptHandlerInfo`): the handler's label (`None` when
/// the instruction is not covered), the stack depth on entry to the handler, and whether the
/// handler also receives the offset of the raising instruction (`lasti`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptHandlerInfo {
    pub label: Option<u32>,
    pub startdepth: i32,
    pub preserve_lasti: bool,
}

impl ExceptHandlerInfo {
    pub const NONE: ExceptHandlerInfo = ExceptHandlerInfo { label: None, startdepth: -1, preserve_lasti: false };
}

const UNBOUND: u32 = u32::MAX;

thread_local! {
    /// Emptied instruction vectors of finished sequences (see [`InstrSequence::pooled`]).
    static SPARE_SEQS: std::cell::RefCell<Vec<Vec<Instr>>> = const { std::cell::RefCell::new(Vec::new()) };
}
/// At most this many spare vectors are kept (units nest: a few are live at once), each of at
/// most [`SPARE_SEQ_MAX_CAP`] instructions.
const SPARE_SEQ_MAX: usize = 16;
const SPARE_SEQ_MAX_CAP: usize = 1 << 14;

/// A linear instruction list with labels (`_PyInstructionSequence`).
#[derive(Clone, Debug, Default)]
pub struct InstrSequence {
    pub instrs: Vec<Instr>,
    /// `labels[id]` = index of the instruction the label is bound to (UNBOUND until `use_label`).
    labels: Vec<u32>,
    /// Per-instruction handler info; empty for codegen output, filled by the flowgraph.
    pub except_info: Vec<ExceptHandlerInfo>,
}

impl InstrSequence {
    pub fn new() -> Self {
        InstrSequence::default()
    }

    pub fn with_capacity(n: usize) -> Self {
        InstrSequence { instrs: Vec::with_capacity(n), labels: Vec::new(), except_info: Vec::new() }
    }

    /// An empty sequence with room for `n` instructions, reusing the instruction vector of a
    /// sequence given back by [`InstrSequence::recycle`] when one is spare. Each code unit goes
    /// through two sequences of a few hundred bytes to kilobytes; allocating and freeing those
    /// afresh makes the allocator consolidate its small free chunks every time.
    pub fn pooled(n: usize) -> Self {
        let mut instrs = SPARE_SEQS
            .try_with(|s| s.try_borrow_mut().ok().and_then(|mut v| v.pop()))
            .ok()
            .flatten()
            .unwrap_or_default();
        instrs.reserve(n);
        InstrSequence { instrs, labels: Vec::new(), except_info: Vec::new() }
    }

    /// Gives the instruction vector back for [`InstrSequence::pooled`].
    pub fn recycle(mut self) {
        if self.instrs.capacity() == 0 || self.instrs.capacity() > SPARE_SEQ_MAX_CAP {
            return;
        }
        self.instrs.clear();
        let instrs = std::mem::take(&mut self.instrs);
        let _ = SPARE_SEQS.try_with(|s| {
            if let Ok(mut spare) = s.try_borrow_mut() {
                if spare.len() < SPARE_SEQ_MAX {
                    spare.push(instrs);
                }
            }
        });
    }

    pub fn len(&self) -> usize {
        self.instrs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.instrs.is_empty()
    }

    /// Room for `n` more labels.
    pub fn reserve_labels(&mut self, n: usize) {
        self.labels.reserve(n);
    }

    /// A fresh, unbound label (`_PyInstructionSequence_NewLabel`).
    pub fn new_label(&mut self) -> Label {
        self.labels.push(UNBOUND);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next instruction to be added (`_PyInstructionSequence_UseLabel`).
    pub fn use_label(&mut self, label: Label) {
        let id = label.0 as usize;
        if id >= self.labels.len() {
            self.labels.resize(id + 1, UNBOUND);
        }
        self.labels[id] = self.instrs.len() as u32;
    }

    /// The instruction index a label is bound to, if it is bound.
    pub fn label_target(&self, label: Label) -> Option<usize> {
        match self.labels.get(label.0 as usize) {
            Some(&i) if i != UNBOUND => Some(i as usize),
            _ => None,
        }
    }

    /// The instruction index a jump's oparg names: its label's position, or the oparg itself
    /// once the label map has been applied (a sequence without labels). `None` for a label that
    /// was never bound.
    #[inline]
    pub fn jump_target(&self, oparg: u32) -> Option<u32> {
        if self.labels.is_empty() {
            return Some(oparg);
        }
        match self.labels.get(oparg as usize) {
            Some(&i) if i != UNBOUND => Some(i),
            _ => None,
        }
    }

    pub fn num_labels(&self) -> usize {
        self.labels.len()
    }

    /// Appends an instruction (`_PyInstructionSequence_Addop`).
    #[inline]
    pub fn addop(&mut self, op: Op, oparg: u32, loc: Location) {
        debug_assert!(op.has_arg() || op.has_target() || oparg == 0, "{op:?} takes no argument");
        self.instrs.push(Instr { op, oparg, loc });
    }

    /// Appends a jump or SETUP_* whose target is `label`.
    #[inline]
    pub fn add_jump(&mut self, op: Op, label: Label, loc: Location) {
        debug_assert!(op.has_target());
        self.instrs.push(Instr { op, oparg: label.0, loc });
    }

    /// Inserts an instruction at `pos`, keeping labels bound to the instructions they named
    /// (`_PyInstructionSequence_InsertInstruction`; codegen uses it to wrap generator bodies).
    pub fn insert(&mut self, pos: usize, op: Op, oparg: u32, loc: Location) {
        self.instrs.insert(pos, Instr { op, oparg, loc });
        for l in self.labels.iter_mut() {
            if *l != UNBOUND && *l as usize >= pos {
                *l += 1;
            }
        }
    }

    /// Replaces every target label id by the index of the instruction it is bound to
    /// (`_PyInstructionSequence_ApplyLabelMap`), for handler infos too. Afterwards the sequence
    /// has no labels. Fails on a label that was never bound.
    pub fn apply_label_map(&mut self) -> Result<(), CfgError> {
        if self.labels.is_empty() {
            return Ok(());
        }
        let labels = std::mem::take(&mut self.labels);
        let resolve = |l: u32| match labels.get(l as usize) {
            Some(&t) if t != UNBOUND => Ok(t),
            _ => Err(CfgError("jump to an unbound label")),
        };
        for ins in self.instrs.iter_mut() {
            if ins.op.has_target() {
                ins.oparg = resolve(ins.oparg)?;
            }
        }
        for hi in self.except_info.iter_mut() {
            if let Some(l) = hi.label {
                hi.label = Some(resolve(l)?);
            }
        }
        Ok(())
    }
}

/// Everything about a code unit besides its instructions that the back half needs
/// (`_PyCompile_CodeUnitMetadata`, plus the code flags, the parameter count and the file name
/// that compile.c passes alongside). Codegen fills it in.
///
/// The tables are in index order: `consts[i]` is what `LOAD_CONST i` loads, `cellvars[i]` is cell
/// `i` (cells are numbered before free variables, so free variable `j` is deref index
/// `cellvars.len() + j`), `varnames` starts with the parameters.
#[derive(Clone, Debug, Default)]
pub struct CodeUnitMetadata {
    pub name: Rc<str>,
    /// None for the module (the code object then uses `name`).
    pub qualname: Option<Rc<str>>,
    pub filename: Rc<str>,
    pub consts: Vec<Const>,
    pub names: Vec<Rc<str>>,
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// Locals of inlined comprehensions that are hidden from `locals()` (`u_fasthidden`).
    pub fasthidden: Vec<Rc<str>>,
    /// Positional-or-keyword parameters (not counting positional-only ones).
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// All parameters, including *args and **kwargs (`len(ste_varnames)`); locals before this
    /// index are bound on entry, which the LOAD_FAST_CHECK analysis relies on.
    pub nparams: u32,
    pub firstlineno: i32,
    /// `co_flags` as compile.c's `compute_code_flags` gives them.
    pub flags: u32,
}
