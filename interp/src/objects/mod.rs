//! Python objects and their protocols (Objects/*.c). Only the parts other stages need so far.

pub mod str_repr;
