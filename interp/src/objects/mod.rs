//! The object model: CPython's Objects/ directory. Every value is an object with a header
//! ([`object`]) whose type object decides its behaviour; built-in types and user classes are built
//! the same way.

pub mod dict;
pub mod object;
pub mod set;
