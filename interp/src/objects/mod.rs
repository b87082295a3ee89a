//! The object model: CPython's Objects/ directory. Every value is an object with a header
//! ([`object`]) whose type object decides its behaviour; built-in types and user classes are built
//! the same way. The value types the front end needs for constants (int, float, complex, str,
//! bytes) live here too, so that the compiler and the runtime share them.

pub mod attrs;
pub mod bodies;
pub mod bytes_methods;
pub mod bytes_type;
pub mod code_attrs;
pub mod codecs;
pub mod complexobject;
pub mod container_ops;
pub mod dict;
pub mod exceptiongroup;
pub mod exceptions;
pub mod float;
pub mod float_format;
pub mod float_text;
pub mod floatobject;
pub mod format_spec;
pub mod format_string;
pub mod genericalias;
pub mod hash;
pub mod int;
pub mod int_arith;
pub mod int_format;
pub mod longobject;
pub mod memoryview;
pub mod methodargs;
pub mod number;
pub mod object;
pub mod percent_format;
pub mod pool;
pub mod pystr;
pub mod set;
pub mod setobject;
pub mod sizes;
pub mod sliceobject;
pub mod slots;
pub mod str_methods;
pub mod str_repr;
pub mod str_type;
pub mod structseq;
pub mod subclass;
pub mod type_mro;
pub mod typeobject;
pub mod typevarobject;
pub mod unicode_db;
pub mod warnings;
