//! The object model: Python values as the front end and the runtime share them
//! (Objects/*.c). The front end needs only constants: int, float, complex, str, bytes.

pub mod float;
pub mod int;
pub mod pystr;
pub mod str_repr;
