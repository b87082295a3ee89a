//! `ast.dump(node, annotate_fields=True, include_attributes=..., indent=...)` exactly as
//! Lib/ast.py writes it. Each value formats to its text plus a "simple" flag; a node goes on one
//! line when all its parts are simple and there are at most three, and a node is simple only when
//! it prints no fields at all (`Load()`).

use super::{Constant, Ident, Loc, Mod, Names};

/// Dump options and the identifier table.
pub struct Dumper<'a> {
    /// `None` is the one-line form; `Some(s)` indents each level by `s`.
    pub indent: Option<String>,
    pub include_attributes: bool,
    pub names: &'a Names,
}

/// Something `ast.dump` can format.
pub trait Dump {
    /// The text and whether it counts as "simple", formatted at nesting `level`.
    fn dump(&self, d: &Dumper, level: usize) -> (String, bool);
}

/// The fields of one node being formatted.
pub struct Fields<'d, 'a> {
    d: &'d Dumper<'a>,
    level: usize,
    args: Vec<String>,
    simple: bool,
}

impl<'a> Dumper<'a> {
    /// `indent` as the CLI gives it: a number of spaces (negative means none).
    pub fn new(names: &'a Names, indent: Option<i64>, include_attributes: bool) -> Dumper<'a> {
        Dumper { indent: indent.map(|n| " ".repeat(n.max(0) as usize)), include_attributes, names }
    }

    pub fn dump_mod(&self, m: &Mod) -> String {
        m.dump(self, 0).0
    }

    pub fn fields(&self, level: usize) -> Fields<'_, 'a> {
        Fields { d: self, level: level + 1, args: Vec::new(), simple: true }
    }

    fn prefix_sep(&self, level: usize) -> (String, String) {
        match &self.indent {
            Some(ind) => {
                let pad = ind.repeat(level);
                (format!("\n{pad}"), format!(",\n{pad}"))
            }
            None => (String::new(), ", ".into()),
        }
    }
}

impl Fields<'_, '_> {
    fn push(&mut self, name: &str, (text, simple): (String, bool)) {
        self.simple &= simple;
        self.args.push(format!("{name}={text}"));
    }

    pub fn val<T: Dump + ?Sized>(&mut self, name: &str, v: &T) {
        let r = v.dump(self.d, self.level);
        self.push(name, r);
    }

    /// An optional field: omitted when absent (its class default is None).
    pub fn opt<T: Dump>(&mut self, name: &str, v: &Option<T>) {
        if let Some(v) = v {
            self.val(name, v);
        }
    }

    /// A list field: omitted when empty.
    pub fn seq<T: Dump>(&mut self, name: &str, v: &[T]) {
        if v.is_empty() {
            return;
        }
        let level = self.level + 1;
        let (prefix, sep) = self.d.prefix_sep(level);
        let items: Vec<String> = v.iter().map(|x| x.dump(self.d, level).0).collect();
        self.push(name, (format!("[{prefix}{}]", items.join(&sep)), false));
    }

    pub fn loc(&mut self, loc: &Loc) {
        if self.d.include_attributes {
            self.val("lineno", &(loc.lineno as i32));
            self.val("col_offset", &(loc.col_offset as i32));
            self.val("end_lineno", &(loc.end_lineno as i32));
            self.val("end_col_offset", &(loc.end_col_offset as i32));
        }
    }

    pub fn finish(self, cls: &str) -> (String, bool) {
        if self.simple && self.args.len() <= 3 {
            let simple = self.args.is_empty();
            return (format!("{cls}({})", self.args.join(", ")), simple);
        }
        let (prefix, sep) = self.d.prefix_sep(self.level);
        (format!("{cls}({prefix}{})", self.args.join(&sep)), false)
    }
}

impl<T: Dump + ?Sized> Dump for Box<T> {
    fn dump(&self, d: &Dumper, level: usize) -> (String, bool) {
        (**self).dump(d, level)
    }
}

impl Dump for i32 {
    fn dump(&self, _d: &Dumper, _level: usize) -> (String, bool) {
        (self.to_string(), true)
    }
}

impl Dump for str {
    fn dump(&self, _d: &Dumper, _level: usize) -> (String, bool) {
        (crate::objects::pystr::PyStr::from_str(self).repr(), true)
    }
}

impl Dump for Ident {
    fn dump(&self, d: &Dumper, level: usize) -> (String, bool) {
        d.names.get(*self).dump(d, level)
    }
}

impl Dump for Constant {
    fn dump(&self, _d: &Dumper, _level: usize) -> (String, bool) {
        (self.repr(), true)
    }
}

impl<T: Dump> Dump for Option<T> {
    fn dump(&self, d: &Dumper, level: usize) -> (String, bool) {
        match self {
            Some(v) => v.dump(d, level),
            None => ("None".into(), true),
        }
    }
}
