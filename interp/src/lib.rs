//! pyref: a reference model of CPython 3.13, one module per stage of CPython's pipeline.
//!
//! Data flows one way: source → [`tokenize`] → [`parser`] (AST, [`ast`]) → symtable → instruction
//! sequence → CFG → code object → frames. Each stage is a module named after the CPython source
//! file it models; ARCHITECTURE.md draws the whole map. The command line ([`cli`]) and the
//! conformance suite drive the stages through the same entry points, with all I/O going through a
//! [`host::Host`] so that many programs can run side by side in one process.

pub mod alloc;
pub mod ast;
pub mod builtins;
pub mod cli;
pub mod code;
pub mod compile;
pub mod dis;
pub mod eval;
pub mod exec;
pub mod host;
pub mod import;
pub mod marshal;
pub mod modules;
pub mod namespaces;
pub mod objects;
pub mod opcode;
pub mod parser;
pub mod pythonrun;
pub mod stage;
pub mod suggestions;
pub mod symtable;
pub mod tokenize;
pub mod unicode;
pub mod vm;

#[global_allocator]
static ALLOCATOR: alloc::Allocator = alloc::Allocator;
