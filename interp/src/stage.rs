//! The stages a user (and the conformance suite) can ask for, and how each one maps onto the
//! CPython 3.13 command whose output it must reproduce byte for byte.

use std::fmt;

/// One observable stage of the pipeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    /// `python3.13 -m tokenize -e F`
    Tokens,
    /// `python3.13 -m ast F`
    Ast,
    /// `python3.13 -m dis F`
    Dis,
    /// `PYTHONHASHSEED=0 python3.13 F`
    Output,
    /// The `sys.getsizeof` table of every module global after the run (scripts/sizeof_table.py).
    Sizeof,
}

impl Stage {
    pub const ALL: [Stage; 5] = [Stage::Tokens, Stage::Ast, Stage::Dis, Stage::Output, Stage::Sizeof];

    /// The name used in golden file extensions, trial names and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Tokens => "tokens",
            Stage::Ast => "ast",
            Stage::Dis => "dis",
            Stage::Output => "output",
            Stage::Sizeof => "sizeof",
        }
    }

    pub fn from_name(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|st| st.name() == s)
    }

    /// The `pyref` arguments (before the file name) that produce this stage's output.
    pub fn pyref_args(self) -> &'static [&'static str] {
        match self {
            Stage::Tokens => &["tokens", "-e"],
            Stage::Ast => &["ast"],
            Stage::Dis => &["dis"],
            Stage::Output => &["run"],
            Stage::Sizeof => &["sizeof"],
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
