//! The compiler's back half: from the code generator's instruction sequence to a code object.
//!
//! Models the end of Python/compile.c (`optimize_and_assemble_code_unit`, `instr_sequence_to_cfg`)
//! and the files it drives:
//!
//! ```text
//! codegen (AST → InstrSequence + CodeUnitMetadata)         [not yet written]
//!   │  instr_seq   Python/instruction_sequence.c
//!   ▼
//! flowgraph::Cfg::from_instr_sequence                      compile.c instr_sequence_to_cfg
//!   │  flowgraph::optimize_code_unit                       flowgraph.c _PyCfg_OptimizeCodeUnit
//!   │  flowgraph::optimized_cfg_to_instr_sequence          flowgraph.c _PyCfg_OptimizedCfgToInstructionSequence
//!   ▼
//! assemble::make_code_object                               assemble.c _PyAssemble_MakeCodeObject
//!   ▼
//! code::Code
//! ```

pub mod assemble;
pub mod flowgraph;
pub mod instr_seq;
#[cfg(test)]
mod tests;

use crate::code::Code;
use flowgraph::{Cfg, CfgError};
use instr_seq::{CodeUnitMetadata, InstrSequence};

/// `optimize_and_assemble_code_unit`: optimises one code unit and assembles it. The sequence
/// must already end with the implicit return (codegen's `add_return_at_end`), and
/// `md.consts` must hold every constant its LOAD_CONSTs name.
pub fn optimize_and_assemble_code_unit(seq: InstrSequence, mut md: CodeUnitMetadata) -> Result<Code, CfgError> {
    let mut consts = std::mem::take(&mut md.consts);
    let mut g = Cfg::from_instr_sequence(seq);
    let nlocals = md.varnames.len();
    let nparams = md.nparams as usize;
    flowgraph::optimize_code_unit(&mut g, &mut consts, nlocals, nparams, md.firstlineno)?;
    let lin = flowgraph::optimized_cfg_to_instr_sequence(&mut g, &md)?;
    Ok(assemble::make_code_object(&md, consts, lin.stackdepth, lin.seq, lin.nlocalsplus))
}
