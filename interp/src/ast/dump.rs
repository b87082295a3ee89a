//! `ast.dump(node, annotate_fields=True, include_attributes=..., indent=...)` exactly as
//! Lib/ast.py writes it. A node goes on one line when all its printed fields are "simple" and
//! there are at most three; a value is simple when it is a plain repr or a node that prints no
//! fields at all (`Load()`). Lib/ast.py builds the text bottom-up; here the layout of a node is
//! decided from its fields first and the text is written straight into one buffer, so deep trees
//! cost time linear in the output.

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
    /// Appends the text of the value, formatted at nesting `level`.
    fn write(&self, d: &Dumper, level: usize, out: &mut String);
    /// Whether the value counts as "simple" for the one-line rule.
    fn is_simple(&self, d: &Dumper) -> bool;
}

/// A syntax tree node: its printed fields, in order (implemented by the generated dump_gen.rs).
pub trait Node {
    /// Records the fields `ast.dump` prints and returns the class name.
    fn collect<'n>(&'n self, f: &mut Fields<'n>) -> &'static str;
}

enum Item<'n> {
    One(&'n dyn Dump),
    Seq(Vec<&'n dyn Dump>),
    Int(i64),
}

/// The printed fields of one node.
pub struct Fields<'n> {
    include_attributes: bool,
    items: Vec<(&'static str, Item<'n>)>,
}

impl<'n> Fields<'n> {
    pub fn val<T: Dump>(&mut self, name: &'static str, v: &'n T) {
        self.items.push((name, Item::One(v)));
    }

    /// An optional field: omitted when absent (its class default is None).
    pub fn opt<T: Dump>(&mut self, name: &'static str, v: &'n Option<T>) {
        if let Some(v) = v {
            self.items.push((name, Item::One(v)));
        }
    }

    /// A list field: omitted when empty.
    pub fn seq<T: Dump>(&mut self, name: &'static str, v: &'n [T]) {
        if !v.is_empty() {
            self.items.push((name, Item::Seq(v.iter().map(|x| x as &dyn Dump).collect())));
        }
    }

    pub fn loc(&mut self, loc: &Loc) {
        if self.include_attributes {
            self.items.push(("lineno", Item::Int(loc.lineno as i64)));
            self.items.push(("col_offset", Item::Int(loc.col_offset as i64)));
            self.items.push(("end_lineno", Item::Int(loc.end_lineno as i64)));
            self.items.push(("end_col_offset", Item::Int(loc.end_col_offset as i64)));
        }
    }
}

impl<'a> Dumper<'a> {
    /// `indent` as the CLI gives it: a number of spaces (negative means none).
    pub fn new(names: &'a Names, indent: Option<i64>, include_attributes: bool) -> Dumper<'a> {
        Dumper { indent: indent.map(|n| " ".repeat(n.max(0) as usize)), include_attributes, names }
    }

    pub fn dump_mod(&self, m: &Mod) -> String {
        let mut out = String::new();
        m.write(self, 0, &mut out);
        out
    }

    pub(crate) fn fields<'n>(&self) -> Fields<'n> {
        Fields { include_attributes: self.include_attributes, items: Vec::new() }
    }

    /// `prefix` ('\n' + indent * level) or `sep` (',\n' + indent * level).
    fn newline(&self, level: usize, comma: bool, out: &mut String) {
        match &self.indent {
            Some(ind) => {
                if comma {
                    out.push(',');
                }
                out.push('\n');
                for _ in 0..level {
                    out.push_str(ind);
                }
            }
            None => {
                if comma {
                    out.push_str(", ");
                }
            }
        }
    }
}

/// Implements [`Dump`] for node types through [`Node`].
macro_rules! dump_via_node {
    ($($t:ty),* $(,)?) => {
        $(impl $crate::ast::dump::Dump for $t {
            fn write(&self, d: &$crate::ast::dump::Dumper, level: usize, out: &mut String) {
                $crate::ast::dump::write_node(self, d, level, out)
            }
            fn is_simple(&self, d: &$crate::ast::dump::Dumper) -> bool {
                $crate::ast::dump::node_is_simple(self, d)
            }
        })*
    };
}
pub(crate) use dump_via_node;

/// Writes a node: one line when its fields are all simple and at most three, else one field
/// per line.
pub fn write_node<T: Node + ?Sized>(node: &T, d: &Dumper, level: usize, out: &mut String) {
    {
        let mut f = d.fields();
        let name = node.collect(&mut f);
        let level = level + 1;
        let simple = f.items.iter().all(|(_, it)| match it {
            Item::One(v) => v.is_simple(d),
            Item::Seq(_) => false,
            Item::Int(_) => true,
        });
        let one_line = simple && f.items.len() <= 3;
        out.push_str(name);
        out.push('(');
        for (i, (field, it)) in f.items.iter().enumerate() {
            if one_line {
                if i > 0 {
                    out.push_str(", ");
                }
            } else {
                d.newline(level, i > 0, out);
            }
            out.push_str(field);
            out.push('=');
            match it {
                Item::One(v) => v.write(d, level, out),
                Item::Int(n) => out.push_str(&n.to_string()),
                Item::Seq(vs) => {
                    out.push('[');
                    for (k, v) in vs.iter().enumerate() {
                        d.newline(level + 1, k > 0, out);
                        v.write(d, level + 1, out);
                    }
                    out.push(']');
                }
            }
        }
        out.push(')');
    }
}

/// A node is simple when it prints no fields.
pub fn node_is_simple<T: Node + ?Sized>(node: &T, d: &Dumper) -> bool {
    let mut f = d.fields();
    node.collect(&mut f);
    f.items.is_empty()
}

impl<T: Dump + ?Sized> Dump for Box<T> {
    fn write(&self, d: &Dumper, level: usize, out: &mut String) {
        (**self).write(d, level, out)
    }
    fn is_simple(&self, d: &Dumper) -> bool {
        (**self).is_simple(d)
    }
}

impl Dump for i32 {
    fn write(&self, _d: &Dumper, _level: usize, out: &mut String) {
        out.push_str(&self.to_string());
    }
    fn is_simple(&self, _d: &Dumper) -> bool {
        true
    }
}

impl Dump for str {
    fn write(&self, _d: &Dumper, _level: usize, out: &mut String) {
        out.push_str(&crate::objects::str_repr::repr(self));
    }
    fn is_simple(&self, _d: &Dumper) -> bool {
        true
    }
}

impl Dump for Ident {
    fn write(&self, d: &Dumper, level: usize, out: &mut String) {
        d.names.get(*self).write(d, level, out)
    }
    fn is_simple(&self, _d: &Dumper) -> bool {
        true
    }
}

impl Dump for Constant {
    fn write(&self, _d: &Dumper, _level: usize, out: &mut String) {
        out.push_str(&self.repr());
    }
    fn is_simple(&self, _d: &Dumper) -> bool {
        true
    }
}

/// A `None` inside a list (`Dict.keys` for `**d`, `arguments.kw_defaults`).
impl<T: Dump> Dump for Option<T> {
    fn write(&self, d: &Dumper, level: usize, out: &mut String) {
        match self {
            Some(v) => v.write(d, level, out),
            None => out.push_str("None"),
        }
    }
    fn is_simple(&self, d: &Dumper) -> bool {
        self.as_ref().is_none_or(|v| v.is_simple(d))
    }
}
