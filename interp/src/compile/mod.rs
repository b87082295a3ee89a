//! The compiler: from a parsed tree to a code object ([`compile_source`] runs it all).
//!
//! Front half: `future` (Python/future.c), `ast_opt` (Python/ast_opt.c, constant folding),
//! [`crate::symtable`] (Python/symtable.c), `codegen/` (the codegen part of Python/compile.c).
//! Back half: the end of Python/compile.c (`optimize_and_assemble_code_unit`,
//! `instr_sequence_to_cfg`) and the files it drives:
//!
//! ```text
//! future → ast_opt → symtable → codegen (AST → InstrSequence + CodeUnitMetadata per unit)
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
pub mod ast_opt;
pub mod codegen;
pub mod const_fold;
pub mod const_set;
pub mod flowgraph;
pub mod future;
pub mod fxhash;
pub mod instr_seq;
pub mod unparse;
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
    let mut g = Cfg::from_instr_sequence(seq)?;
    let nlocals = md.varnames.len();
    let nparams = md.nparams as usize;
    flowgraph::optimize_code_unit(&mut g, &mut consts, nlocals, nparams, md.firstlineno)?;
    let lin = flowgraph::optimized_cfg_to_instr_sequence(&mut g, &md)?;
    assemble::make_code_object(md, consts, lin.stackdepth, lin.seq, lin.nlocalsplus)
}

pub use codegen::{CompileError, Mode};

/// Why [`compile_source`] failed: the parser's SyntaxError or the compiler's.
#[derive(Debug)]
pub enum CompileFailure {
    Syntax(Box<crate::parser::error::SyntaxError>),
    Compile(CompileError),
}

/// `compile(source, filename, mode)`: source bytes to the module's code object.
pub fn compile_source(source: &[u8], filename: &str, mode: Mode) -> Result<std::rc::Rc<Code>, CompileFailure> {
    let pmode = match mode {
        Mode::Exec => crate::parser::Mode::Exec,
        Mode::Eval => crate::parser::Mode::Eval,
        Mode::Single => crate::parser::Mode::Single,
    };
    let parsed = crate::parser::parse_from(source, pmode, false, crate::parser::Origin::String);
    let ast = parsed.result.map_err(CompileFailure::Syntax)?;
    codegen::compile_ast(ast, filename, mode, 0).map_err(CompileFailure::Compile)
}
