//! `ast.unparse` (Lib/ast.py `_Unparser`): source text back from a tree, with CPython 3.13's
//! choices exactly: which sub-expressions get parentheses (an operator-precedence table where
//! each child is written at the precedence its parent asks for), blank lines before `def` and
//! `class`, `elif` chains, docstrings in triple quotes, string quotes picked to avoid escapes,
//! f-strings re-quoted as a whole, and `1e309` for infinities.
//!
//! A few of `_Unparser`'s observable quirks come from how it keeps its output (a list of pieces,
//! reset when `visit` is re-entered); they are kept: a piece count stands in for "the list is
//! not empty", `Interactive` and `Expression` trees go through `generic_visit`, so an
//! `Interactive` tree unparses to its last statement.

use super::*;
use std::collections::HashMap;

/// `_Precedence`: lowest binds loosest. `EXPR` and `BOR` are the same level.
mod prec {
    pub const NAMED_EXPR: u8 = 1;
    pub const TUPLE: u8 = 2;
    pub const YIELD: u8 = 3;
    pub const TEST: u8 = 4;
    pub const OR: u8 = 5;
    pub const AND: u8 = 6;
    pub const NOT: u8 = 7;
    pub const CMP: u8 = 8;
    pub const EXPR: u8 = 9;
    pub const BOR: u8 = 9;
    pub const BXOR: u8 = 10;
    pub const BAND: u8 = 11;
    pub const SHIFT: u8 = 12;
    pub const ARITH: u8 = 13;
    pub const TERM: u8 = 14;
    pub const FACTOR: u8 = 15;
    pub const POWER: u8 = 16;
    pub const AWAIT: u8 = 17;
    pub const ATOM: u8 = 18;
    /// `_Precedence.next()`: one level tighter, `ATOM` at most.
    pub fn next(p: u8) -> u8 {
        (p + 1).min(ATOM)
    }
}

const SINGLE_QUOTES: [&str; 2] = ["'", "\""];
const MULTI_QUOTES: [&str; 2] = ["\"\"\"", "'''"];
const ALL_QUOTES: [&str; 4] = ["'", "\"", "\"\"\"", "'''"];
/// `_INFSTR`: an overflowing literal, `"1e" + repr(sys.float_info.max_10_exp + 1)`.
const INFSTR: &str = "1e309";

/// Why unparsing stopped: the `ValueError`s `_Unparser` raises, or the `AttributeError` of a
/// node read without a `lineno` (class name given) when a type comment is looked up.
#[derive(Debug)]
pub enum UnparseError {
    Value(String),
    NoLineno(&'static str),
    /// `_Unparser`'s Python recursion would pass the recursion limit.
    Recursion,
}

type R = Result<(), UnparseError>;

/// Any node `ast.unparse` accepts.
pub enum AnyNode {
    Mod(Mod),
    Stmt(Stmt),
    Expr(Expr),
    Arguments(Arguments),
    Arg(Arg),
    Keyword(Keyword),
    Alias(Alias),
    WithItem(WithItem),
    Comprehension(Comprehension),
    ExceptHandler(ExceptHandler),
    MatchCase(MatchCase),
    Pattern(Pattern),
    TypeParam(TypeParam),
    /// Nodes `_Unparser` has no method for (contexts, operators, `TypeIgnore`): nothing.
    Nothing,
    List(Vec<AnyNode>),
}

pub struct Unparser<'n> {
    names: &'n Names,
    out: String,
    /// How many pieces `_Unparser._source` holds (an empty piece counts).
    pieces: usize,
    indent: usize,
    in_try_star: bool,
    type_ignores: HashMap<u32, String>,
    /// The Python frames CPython's `_Unparser` would have on the stack here, and how many the
    /// recursion limit leaves it: it is Python code, so deep trees make it raise RecursionError.
    depth: usize,
    limit: usize,
}

/// `ast.unparse(node)`, called from `ast.unparse` with `frames` Python frames left under the
/// recursion limit.
pub fn unparse(node: &AnyNode, names: &Names, frames: usize) -> Result<String, UnparseError> {
    let mut u = Unparser::new(names);
    u.limit = frames;
    // _Unparser.visit()
    u.enter(1, 0)?;
    u.visit(node)?;
    Ok(u.out)
}

fn op_text(op: Operator) -> (&'static str, u8) {
    use prec::*;
    match op {
        Operator::Add => ("+", ARITH),
        Operator::Sub => ("-", ARITH),
        Operator::Mult => ("*", TERM),
        Operator::MatMult => ("@", TERM),
        Operator::Div => ("/", TERM),
        Operator::Mod => ("%", TERM),
        Operator::Pow => ("**", POWER),
        Operator::LShift => ("<<", SHIFT),
        Operator::RShift => (">>", SHIFT),
        Operator::BitOr => ("|", BOR),
        Operator::BitXor => ("^", BXOR),
        Operator::BitAnd => ("&", BAND),
        Operator::FloorDiv => ("//", TERM),
    }
}

fn cmp_text(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

/// One character as the `unicode_escape` codec writes it.
fn unicode_escape(c: u32, out: &mut String) {
    use std::fmt::Write as _;
    match c {
        0x5c => out.push_str("\\\\"),
        0x09 => out.push_str("\\t"),
        0x0a => out.push_str("\\n"),
        0x0d => out.push_str("\\r"),
        0x20..=0x7e => out.push(c as u8 as char),
        0..=0xff => {
            let _ = write!(out, "\\x{c:02x}");
        }
        0x100..=0xffff => {
            let _ = write!(out, "\\u{c:04x}");
        }
        _ => {
            let _ = write!(out, "\\U{c:08x}");
        }
    }
}

/// Text from code points that may include lone surrogates (never here: escaped first).
fn push_cp(out: &mut String, c: u32) {
    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
}

/// `_str_literal_helper`: the string's body with as few escapes as possible, and the quotes
/// that can delimit it (best first).
fn str_literal(s: &PyStr, quote_types: &[&'static str], escape_special_whitespace: bool) -> (String, Vec<&'static str>) {
    let mut escaped = String::new();
    for c in s.code_points() {
        if !escape_special_whitespace && (c == 0x0a || c == 0x09) {
            push_cp(&mut escaped, c);
        } else if c == 0x5c || !crate::unicode::is_printable(c) {
            unicode_escape(c, &mut escaped);
        } else {
            push_cp(&mut escaped, c);
        }
    }
    let mut possible: Vec<&'static str> = quote_types.to_vec();
    if escaped.contains('\n') {
        possible.retain(|q| MULTI_QUOTES.contains(q));
    }
    possible.retain(|q| !escaped.contains(q));
    if possible.is_empty() {
        let r = s.repr();
        let first = r.chars().next().unwrap_or('\'');
        let quote = quote_types.iter().find(|q| q.contains(first)).copied().unwrap_or(if first == '"' { "\"" } else { "'" });
        let body = r[first.len_utf8()..r.len() - first.len_utf8()].to_string();
        return (body, vec![quote]);
    }
    if let Some(last) = escaped.chars().last() {
        // a stable sort: quotes whose character differs from the last one first
        possible.sort_by_key(|q| q.starts_with(last));
        if possible[0].starts_with(last) {
            escaped.pop();
            escaped.push('\\');
            escaped.push(last);
        }
    }
    (escaped, possible)
}

impl<'n> Unparser<'n> {
    fn new(names: &'n Names) -> Unparser<'n> {
        Unparser { names, out: String::new(), pieces: 0, indent: 0, in_try_star: false, type_ignores: HashMap::new(), depth: 0, limit: usize::MAX }
    }

    /// `n` more Python frames, and room for `headroom` more above them (the writes a visitor
    /// makes from its own frame).
    fn enter(&mut self, n: usize, headroom: usize) -> R {
        self.depth += n;
        if self.depth + headroom > self.limit {
            return Err(UnparseError::Recursion);
        }
        Ok(())
    }

    fn leave(&mut self, n: usize) {
        self.depth -= n;
    }

    /// `traverse(node)` → `NodeVisitor.visit` → `visit_X`: three frames per node.
    fn node<T>(&mut self, headroom: usize, f: impl FnOnce(&mut Self) -> Result<T, UnparseError>) -> Result<T, UnparseError> {
        self.enter(3, headroom)?;
        let r = f(self)?;
        self.leave(3);
        Ok(r)
    }

    /// Extra helper frames (`interleave`, `items_view`, `_function_helper`...) around `f`.
    fn helper(&mut self, n: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        self.enter(n, 0)?;
        f(self)?;
        self.leave(n);
        Ok(())
    }

    fn name(&self, id: Ident) -> &'n str {
        self.names.get(id)
    }

    fn write(&mut self, s: &str) {
        self.out.push_str(s);
        self.pieces += 1;
    }

    fn maybe_newline(&mut self) {
        if self.pieces > 0 {
            self.write("\n");
        }
    }

    fn fill(&mut self, text: &str) {
        self.maybe_newline();
        let mut s = "    ".repeat(self.indent);
        s.push_str(text);
        self.write(&s);
    }

    /// Runs `f` with an empty output, returning what it wrote and how many pieces.
    fn buffered(&mut self, f: impl FnOnce(&mut Self) -> R) -> Result<(String, usize), UnparseError> {
        let out = std::mem::take(&mut self.out);
        let pieces = std::mem::replace(&mut self.pieces, 0);
        let r = f(self);
        let got = std::mem::replace(&mut self.out, out);
        let n = std::mem::replace(&mut self.pieces, pieces);
        r.map(|_| (got, n))
    }

    fn block(&mut self, extra: Option<String>, f: impl FnOnce(&mut Self) -> R) -> R {
        self.write(":");
        if let Some(e) = extra.filter(|e| !e.is_empty()) {
            self.write(&e);
        }
        self.indent += 1;
        let r = f(self);
        self.indent -= 1;
        r
    }

    fn open_if(&mut self, cond: bool, s: &str) {
        if cond {
            self.write(s);
        }
    }

    /// `visit`: a fresh output for the node.
    fn visit(&mut self, node: &AnyNode) -> R {
        self.out.clear();
        self.pieces = 0;
        self.traverse(node)
    }

    fn traverse(&mut self, node: &AnyNode) -> R {
        match node {
            AnyNode::List(items) => {
                for it in items {
                    self.traverse(it)?;
                }
                Ok(())
            }
            AnyNode::Mod(m) => self.node(1, |u| u.module(m)),
            AnyNode::Stmt(s) => self.stmt(s),
            AnyNode::Expr(e) => self.expr(e, prec::TEST),
            AnyNode::Arguments(a) => self.arguments(a),
            AnyNode::Arg(a) => self.arg(a),
            AnyNode::Keyword(k) => self.keyword(k),
            AnyNode::Alias(a) => {
                self.alias(a);
                Ok(())
            }
            AnyNode::WithItem(w) => self.withitem(w),
            AnyNode::Comprehension(c) => self.comprehension(c),
            AnyNode::ExceptHandler(h) => self.handler(h),
            AnyNode::MatchCase(c) => self.match_case(c),
            AnyNode::Pattern(p) => self.pattern(p, prec::TEST),
            AnyNode::TypeParam(t) => self.type_param(t),
            AnyNode::Nothing => Ok(()),
        }
    }

    fn module(&mut self, m: &Mod) -> R {
        match m {
            Mod::Module { body, type_ignores } => {
                self.type_ignores = type_ignores.iter().map(|t| (t.lineno as u32, format!("ignore{}", t.tag))).collect();
                let r = self.body_with_docstring(body);
                self.type_ignores.clear();
                r
            }
            // no visit_Interactive: generic_visit calls visit (a fresh output) per statement
            Mod::Interactive { body } => {
                for s in body {
                    self.out.clear();
                    self.pieces = 0;
                    self.helper(1, |u| u.stmt(s))?;
                }
                Ok(())
            }
            Mod::Expression { body } => {
                self.out.clear();
                self.pieces = 0;
                self.helper(1, |u| u.expr(body, prec::TEST))
            }
            Mod::FunctionType { argtypes, returns } => {
                self.write("(");
                self.interleave_exprs(argtypes, prec::TEST)?;
                self.write(")");
                self.write(" -> ");
                self.expr(returns, prec::TEST)
            }
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        self.helper(1, |u| {
            for s in body {
                u.stmt(s)?;
            }
            Ok(())
        })
    }

    fn body_with_docstring(&mut self, body: &[Stmt]) -> R {
        self.helper(1, |u| u.body_with_docstring_inner(body))
    }

    fn body_with_docstring_inner(&mut self, body: &[Stmt]) -> R {
        if let Some(Stmt { kind: StmtKind::Expr { value }, .. }) = body.first() {
            if let ExprKind::Constant { value: Constant::Str(s), kind } = &value.kind {
                self.fill("");
                if kind.as_deref() == Some("u") {
                    self.write("u");
                }
                self.str_avoiding_backslashes(s, &MULTI_QUOTES);
                return self.stmts(&body[1..]);
            }
        }
        self.stmts(body)
    }

    fn str_avoiding_backslashes(&mut self, s: &PyStr, quote_types: &[&'static str]) {
        let (body, quotes) = str_literal(s, quote_types, false);
        let q = quotes[0];
        self.write(&format!("{q}{body}{q}"));
    }

    fn type_comment(&self, loc: &Loc, comment: &Option<Box<str>>, cls: &'static str) -> Result<Option<String>, UnparseError> {
        if loc.lineno == crate::modules::ast_obj2ast::NO_LINENO {
            return Err(UnparseError::NoLineno(cls));
        }
        let c = self.type_ignores.get(&loc.lineno).filter(|s| !s.is_empty()).map(|s| s.as_str()).or(comment.as_deref());
        Ok(c.map(|c| format!(" # type: {c}")))
    }

    fn comma_exprs(&mut self, items: &[Expr], p: u8) -> R {
        for (i, e) in items.iter().enumerate() {
            if i > 0 {
                self.write(", ");
            }
            self.expr(e, p)?;
        }
        Ok(())
    }

    /// `items_view`: a single item gets a trailing comma.
    fn items_view(&mut self, items: &[Expr]) -> R {
        self.helper(1, |u| {
            if items.len() == 1 {
                u.expr(&items[0], prec::TEST)?;
                u.write(",");
                Ok(())
            } else {
                u.interleave_exprs(items, prec::TEST)
            }
        })
    }

    /// `interleave(lambda: self.write(", "), self.traverse, items)`.
    fn interleave_exprs(&mut self, items: &[Expr], p: u8) -> R {
        self.helper(1, |u| u.comma_exprs(items, p))
    }

    fn else_block(&mut self, orelse: &[Stmt]) -> R {
        if !orelse.is_empty() {
            self.fill("else");
            self.block(None, |u| u.stmts(orelse))?;
        }
        Ok(())
    }

    fn decorators(&mut self, decos: &[Expr]) -> R {
        self.maybe_newline();
        for d in decos {
            self.fill("@");
            self.expr(d, prec::TEST)?;
        }
        Ok(())
    }

    fn type_params(&mut self, tps: &[TypeParam]) -> R {
        self.helper(2, |u| u.type_params_inner(tps))
    }

    fn type_params_inner(&mut self, tps: &[TypeParam]) -> R {
        if !tps.is_empty() {
            self.write("[");
            for (i, t) in tps.iter().enumerate() {
                if i > 0 {
                    self.write(", ");
                }
                self.type_param(t)?;
            }
            self.write("]");
        }
        Ok(())
    }

    fn type_param(&mut self, t: &TypeParam) -> R {
        self.node(1, |u| u.type_param_inner(t))
    }

    fn type_param_inner(&mut self, t: &TypeParam) -> R {
        let default = match &t.kind {
            TypeParamKind::TypeVar { name, bound, default_value } => {
                self.write(self.name(*name));
                if let Some(b) = bound {
                    self.write(": ");
                    self.expr(b, prec::TEST)?;
                }
                default_value
            }
            TypeParamKind::TypeVarTuple { name, default_value } => {
                self.write(&format!("*{}", self.name(*name)));
                default_value
            }
            TypeParamKind::ParamSpec { name, default_value } => {
                self.write(&format!("**{}", self.name(*name)));
                default_value
            }
        };
        if let Some(d) = default {
            self.write(" = ");
            self.expr(d, prec::TEST)?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn function(&mut self, kw: &str, name: Ident, args: &Arguments, body: &[Stmt], decos: &[Expr], returns: &Option<Box<Expr>>, tc: Option<String>, tps: &[TypeParam]) -> R {
        self.helper(1, |u| u.function_inner(kw, name, args, body, decos, returns, tc, tps))
    }

    #[allow(clippy::too_many_arguments)]
    fn function_inner(&mut self, kw: &str, name: Ident, args: &Arguments, body: &[Stmt], decos: &[Expr], returns: &Option<Box<Expr>>, tc: Option<String>, tps: &[TypeParam]) -> R {
        self.decorators(decos)?;
        self.fill(&format!("{kw} {}", self.name(name)));
        self.type_params(tps)?;
        self.write("(");
        self.arguments(args)?;
        self.write(")");
        if let Some(r) = returns {
            self.write(" -> ");
            self.expr(r, prec::TEST)?;
        }
        self.block(tc, |u| u.body_with_docstring(body))
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.node(3, |u| u.stmt_inner(s))
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R {
        use StmtKind as S;
        match &s.kind {
            S::FunctionDef { name, args, body, decorator_list, returns, type_comment, type_params } => {
                let tc = self.type_comment(&s.loc, type_comment, "FunctionDef")?;
                self.function("def", *name, args, body, decorator_list, returns, tc, type_params)
            }
            S::AsyncFunctionDef { name, args, body, decorator_list, returns, type_comment, type_params } => {
                let tc = self.type_comment(&s.loc, type_comment, "AsyncFunctionDef")?;
                self.function("async def", *name, args, body, decorator_list, returns, tc, type_params)
            }
            S::ClassDef { name, bases, keywords, body, decorator_list, type_params } => {
                self.decorators(decorator_list)?;
                self.fill(&format!("class {}", self.name(*name)));
                self.type_params(type_params)?;
                let parens = !bases.is_empty() || !keywords.is_empty();
                self.open_if(parens, "(");
                self.comma_exprs(bases, prec::TEST)?;
                for (i, k) in keywords.iter().enumerate() {
                    if i > 0 || !bases.is_empty() {
                        self.write(", ");
                    }
                    self.keyword(k)?;
                }
                self.open_if(parens, ")");
                self.block(None, |u| u.body_with_docstring(body))
            }
            S::Return { value } => {
                self.fill("return");
                if let Some(v) = value {
                    self.write(" ");
                    self.expr(v, prec::TEST)?;
                }
                Ok(())
            }
            S::Delete { targets } => {
                self.fill("del ");
                self.interleave_exprs(targets, prec::TEST)
            }
            S::Assign { targets, value, type_comment } => {
                self.fill("");
                for t in targets {
                    self.expr(t, prec::TUPLE)?;
                    self.write(" = ");
                }
                self.expr(value, prec::TEST)?;
                if let Some(tc) = self.type_comment(&s.loc, type_comment, "Assign")? {
                    self.write(&tc);
                }
                Ok(())
            }
            S::TypeAlias { name, type_params, value } => {
                self.fill("type ");
                self.expr(name, prec::TEST)?;
                self.type_params(type_params)?;
                self.write(" = ");
                self.expr(value, prec::TEST)
            }
            S::AugAssign { target, op, value } => {
                self.fill("");
                self.expr(target, prec::TEST)?;
                self.write(&format!(" {}= ", op_text(*op).0));
                self.expr(value, prec::TEST)
            }
            S::AnnAssign { target, annotation, value, simple } => {
                self.fill("");
                let parens = *simple == 0 && matches!(target.kind, ExprKind::Name { .. });
                self.open_if(parens, "(");
                self.expr(target, prec::TEST)?;
                self.open_if(parens, ")");
                self.write(": ");
                self.expr(annotation, prec::TEST)?;
                if let Some(v) = value {
                    self.write(" = ");
                    self.expr(v, prec::TEST)?;
                }
                Ok(())
            }
            S::For { target, iter, body, orelse, type_comment } => self.for_(s, "for ", target, iter, body, orelse, type_comment, "For"),
            S::AsyncFor { target, iter, body, orelse, type_comment } => self.for_(s, "async for ", target, iter, body, orelse, type_comment, "AsyncFor"),
            S::While { test, body, orelse } => {
                self.fill("while ");
                self.expr(test, prec::TEST)?;
                self.block(None, |u| u.stmts(body))?;
                self.else_block(orelse)
            }
            S::If { test, body, orelse } => {
                self.fill("if ");
                self.expr(test, prec::TEST)?;
                self.block(None, |u| u.stmts(body))?;
                let mut orelse = orelse;
                while let [Stmt { kind: S::If { test, body, orelse: more }, .. }] = orelse.as_slice() {
                    self.fill("elif ");
                    self.expr(test, prec::TEST)?;
                    self.block(None, |u| u.stmts(body))?;
                    orelse = more;
                }
                self.else_block(orelse)
            }
            S::With { items, body, type_comment } => self.with(s, "with ", items, body, type_comment, "With"),
            S::AsyncWith { items, body, type_comment } => self.with(s, "async with ", items, body, type_comment, "AsyncWith"),
            S::Match { subject, cases } => {
                self.fill("match ");
                self.expr(subject, prec::TEST)?;
                self.block(None, |u| {
                    for c in cases {
                        u.match_case(c)?;
                    }
                    Ok(())
                })
            }
            S::Raise { exc, cause } => {
                self.fill("raise");
                let Some(exc) = exc else {
                    if cause.is_some() {
                        return Err(UnparseError::Value("Node can't use cause without an exception.".into()));
                    }
                    return Ok(());
                };
                self.write(" ");
                self.expr(exc, prec::TEST)?;
                if let Some(c) = cause {
                    self.write(" from ");
                    self.expr(c, prec::TEST)?;
                }
                Ok(())
            }
            S::Try { body, handlers, orelse, finalbody } => self.try_(false, body, handlers, orelse, finalbody),
            S::TryStar { body, handlers, orelse, finalbody } => self.try_(true, body, handlers, orelse, finalbody),
            S::Assert { test, msg } => {
                self.fill("assert ");
                self.expr(test, prec::TEST)?;
                if let Some(m) = msg {
                    self.write(", ");
                    self.expr(m, prec::TEST)?;
                }
                Ok(())
            }
            S::Import { names } => {
                self.fill("import ");
                self.aliases(names);
                Ok(())
            }
            S::ImportFrom { module, names, level } => {
                self.fill("from ");
                self.write(&".".repeat(level.unwrap_or(0).max(0) as usize));
                if let Some(m) = module.map(|m| self.name(m)).filter(|m| !m.is_empty()) {
                    self.write(m);
                }
                self.write(" import ");
                self.aliases(names);
                Ok(())
            }
            S::Global { names } | S::Nonlocal { names } => {
                self.fill(if matches!(s.kind, S::Global { .. }) { "global " } else { "nonlocal " });
                for (i, n) in names.iter().enumerate() {
                    if i > 0 {
                        self.write(", ");
                    }
                    self.write(self.name(*n));
                }
                Ok(())
            }
            S::Expr { value } => {
                self.fill("");
                self.expr(value, prec::YIELD)
            }
            S::Pass => {
                self.fill("pass");
                Ok(())
            }
            S::Break => {
                self.fill("break");
                Ok(())
            }
            S::Continue => {
                self.fill("continue");
                Ok(())
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn for_(&mut self, s: &Stmt, kw: &str, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt], tc: &Option<Box<str>>, cls: &'static str) -> R {
        self.enter(1, 0)?;
        self.fill(kw);
        self.expr(target, prec::TUPLE)?;
        self.write(" in ");
        self.expr(iter, prec::TEST)?;
        let tc = self.type_comment(&s.loc, tc, cls)?;
        self.block(tc, |u| u.stmts(body))?;
        self.else_block(orelse)?;
        self.leave(1);
        Ok(())
    }

    fn with(&mut self, s: &Stmt, kw: &str, items: &[WithItem], body: &[Stmt], tc: &Option<Box<str>>, cls: &'static str) -> R {
        self.fill(kw);
        self.enter(1, 0)?;
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                self.write(", ");
            }
            self.withitem(it)?;
        }
        self.leave(1);
        let tc = self.type_comment(&s.loc, tc, cls)?;
        self.block(tc, |u| u.stmts(body))
    }

    fn try_(&mut self, star: bool, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt], finalbody: &[Stmt]) -> R {
        let prev = std::mem::replace(&mut self.in_try_star, star);
        self.enter(1, 0)?;
        let r = (|| {
            self.fill("try");
            self.block(None, |u| u.stmts(body))?;
            for h in handlers {
                self.handler(h)?;
            }
            self.else_block(orelse)?;
            if !finalbody.is_empty() {
                self.fill("finally");
                self.block(None, |u| u.stmts(finalbody))?;
            }
            Ok(())
        })();
        self.in_try_star = prev;
        self.leave(1);
        r
    }

    fn handler(&mut self, h: &ExceptHandler) -> R {
        self.node(3, |u| u.handler_inner(h))
    }

    fn handler_inner(&mut self, h: &ExceptHandler) -> R {
        self.fill(if self.in_try_star { "except*" } else { "except" });
        if let Some(t) = &h.r#type {
            self.write(" ");
            self.expr(t, prec::TEST)?;
        }
        if let Some(n) = h.name.map(|n| self.name(n)).filter(|n| !n.is_empty()) {
            self.write(" as ");
            self.write(n);
        }
        self.block(None, |u| u.stmts(&h.body))
    }

    fn aliases(&mut self, names: &[Alias]) {
        for (i, a) in names.iter().enumerate() {
            if i > 0 {
                self.write(", ");
            }
            self.alias(a);
        }
    }

    fn alias(&mut self, a: &Alias) {
        self.write(self.name(a.name));
        if let Some(n) = a.asname.map(|n| self.name(n)).filter(|n| !n.is_empty()) {
            self.write(&format!(" as {n}"));
        }
    }

    fn withitem(&mut self, w: &WithItem) -> R {
        self.node(1, |u| u.withitem_inner(w))
    }

    fn withitem_inner(&mut self, w: &WithItem) -> R {
        self.expr(&w.context_expr, prec::TEST)?;
        if let Some(v) = &w.optional_vars {
            self.write(" as ");
            self.expr(v, prec::TEST)?;
        }
        Ok(())
    }

    fn arg(&mut self, a: &Arg) -> R {
        self.node(1, |u| u.arg_inner(a))
    }

    fn arg_inner(&mut self, a: &Arg) -> R {
        self.write(self.name(a.arg));
        if let Some(ann) = &a.annotation {
            self.write(": ");
            self.expr(ann, prec::TEST)?;
        }
        Ok(())
    }

    fn keyword(&mut self, k: &Keyword) -> R {
        self.node(1, |u| u.keyword_inner(k))
    }

    fn keyword_inner(&mut self, k: &Keyword) -> R {
        match k.arg {
            None => self.write("**"),
            Some(a) => {
                self.write(self.name(a));
                self.write("=");
            }
        }
        self.expr(&k.value, prec::TEST)
    }

    fn arguments(&mut self, a: &Arguments) -> R {
        self.node(0, |u| u.arguments_inner(a))
    }

    fn arguments_inner(&mut self, a: &Arguments) -> R {
        let mut first = true;
        let all: Vec<&Arg> = a.posonlyargs.iter().chain(a.args.iter()).collect();
        let missing = all.len().saturating_sub(a.defaults.len());
        for (i, arg) in all.iter().enumerate() {
            if !first {
                self.write(", ");
            }
            first = false;
            self.arg(arg)?;
            if i >= missing {
                if let Some(d) = a.defaults.get(i - missing) {
                    self.write("=");
                    self.expr(d, prec::TEST)?;
                }
            }
            if i + 1 == a.posonlyargs.len() {
                self.write(", /");
            }
        }
        if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
            if !first {
                self.write(", ");
            }
            first = false;
            self.write("*");
            if let Some(v) = &a.vararg {
                self.write(self.name(v.arg));
                if let Some(ann) = &v.annotation {
                    self.write(": ");
                    self.expr(ann, prec::TEST)?;
                }
            }
        }
        for (arg, d) in a.kwonlyargs.iter().zip(a.kw_defaults.iter()) {
            self.write(", ");
            self.arg(arg)?;
            if let Some(d) = d {
                self.write("=");
                self.expr(d, prec::TEST)?;
            }
        }
        if let Some(k) = &a.kwarg {
            if !first {
                self.write(", ");
            }
            self.write(&format!("**{}", self.name(k.arg)));
            if let Some(ann) = &k.annotation {
                self.write(": ");
                self.expr(ann, prec::TEST)?;
            }
        }
        Ok(())
    }

    fn comprehension(&mut self, c: &Comprehension) -> R {
        self.node(1, |u| u.comprehension_inner(c))
    }

    fn comprehension_inner(&mut self, c: &Comprehension) -> R {
        self.write(if c.is_async != 0 { " async for " } else { " for " });
        self.expr(&c.target, prec::TUPLE)?;
        self.write(" in ");
        self.expr(&c.iter, prec::next(prec::TEST))?;
        for i in &c.ifs {
            self.write(" if ");
            self.expr(i, prec::next(prec::TEST))?;
        }
        Ok(())
    }

    fn match_case(&mut self, c: &MatchCase) -> R {
        self.node(3, |u| u.match_case_inner(c))
    }

    fn match_case_inner(&mut self, c: &MatchCase) -> R {
        self.fill("case ");
        self.pattern(&c.pattern, prec::TEST)?;
        if let Some(g) = &c.guard {
            self.write(" if ");
            self.expr(g, prec::TEST)?;
        }
        self.block(None, |u| u.stmts(&c.body))
    }

    fn patterns(&mut self, ps: &[Pattern], sep: &str, p: u8) -> R {
        self.helper(1, |u| u.patterns_inner(ps, sep, p))
    }

    fn patterns_inner(&mut self, ps: &[Pattern], sep: &str, p: u8) -> R {
        for (i, x) in ps.iter().enumerate() {
            if i > 0 {
                self.write(sep);
            }
            self.pattern(x, p)?;
        }
        Ok(())
    }

    fn pattern(&mut self, pat: &Pattern, p: u8) -> R {
        self.node(1, |u| u.pattern_inner(pat, p))
    }

    fn pattern_inner(&mut self, pat: &Pattern, p: u8) -> R {
        use PatternKind as P;
        match &pat.kind {
            P::MatchValue { value } => self.expr(value, prec::TEST),
            P::MatchSingleton { value } => {
                self.constant_value(value);
                Ok(())
            }
            P::MatchSequence { patterns } => {
                self.write("[");
                self.patterns(patterns, ", ", prec::TEST)?;
                self.write("]");
                Ok(())
            }
            P::MatchStar { name } => {
                let n = name.map(|n| self.name(n)).unwrap_or("_");
                self.write(&format!("*{n}"));
                Ok(())
            }
            P::MatchMapping { keys, patterns, rest } => {
                if keys.len() != patterns.len() {
                    let rel = if patterns.len() < keys.len() { "shorter" } else { "longer" };
                    return Err(UnparseError::Value(format!("zip() argument 2 is {rel} than argument 1")));
                }
                self.write("{");
                for (i, (k, x)) in keys.iter().zip(patterns).enumerate() {
                    if i > 0 {
                        self.write(", ");
                    }
                    self.helper(2, |u| {
                        u.expr(k, prec::TEST)?;
                        u.write(": ");
                        u.pattern(x, prec::TEST)
                    })?;
                }
                if let Some(r) = rest {
                    if !keys.is_empty() {
                        self.write(", ");
                    }
                    self.write(&format!("**{}", self.name(*r)));
                }
                self.write("}");
                Ok(())
            }
            P::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.expr(cls, prec::ATOM)?;
                self.write("(");
                self.patterns(patterns, ", ", prec::TEST)?;
                if !kwd_attrs.is_empty() {
                    if kwd_attrs.len() != kwd_patterns.len() {
                        let rel = if kwd_patterns.len() < kwd_attrs.len() { "shorter" } else { "longer" };
                        return Err(UnparseError::Value(format!("zip() argument 2 is {rel} than argument 1")));
                    }
                    if !patterns.is_empty() {
                        self.write(", ");
                    }
                    for (i, (a, x)) in kwd_attrs.iter().zip(kwd_patterns).enumerate() {
                        if i > 0 {
                            self.write(", ");
                        }
                        self.write(&format!("{}=", self.name(*a)));
                        self.helper(2, |u| u.pattern(x, prec::TEST))?;
                    }
                }
                self.write(")");
                Ok(())
            }
            P::MatchAs { pattern, name } => {
                match (name, pattern) {
                    (None, _) => self.write("_"),
                    (Some(n), None) => self.write(self.name(*n)),
                    (Some(n), Some(inner)) => {
                        let parens = p > prec::TEST;
                        self.open_if(parens, "(");
                        self.pattern(inner, prec::BOR)?;
                        self.write(&format!(" as {}", self.name(*n)));
                        self.open_if(parens, ")");
                    }
                }
                Ok(())
            }
            P::MatchOr { patterns } => {
                let parens = p > prec::BOR;
                self.open_if(parens, "(");
                self.patterns(patterns, " | ", prec::next(prec::BOR))?;
                self.open_if(parens, ")");
                Ok(())
            }
        }
    }

    /// `_write_constant`: `repr`, with infinities as `1e309` and NaN as `(1e309-1e309)`.
    fn constant_value(&mut self, c: &Constant) {
        let r = c.repr();
        if matches!(c, Constant::Float(_) | Constant::Complex(..)) {
            let r = r.replace("inf", INFSTR).replace("nan", &format!("({INFSTR}-{INFSTR})"));
            self.write(&r);
        } else {
            self.write(&r);
        }
    }

    fn expr(&mut self, e: &Expr, p: u8) -> R {
        self.node(if matches!(e.kind, ExprKind::Constant { .. }) { 2 } else { 1 }, |u| u.expr_inner(e, p))
    }

    fn expr_inner(&mut self, e: &Expr, p: u8) -> R {
        use prec::*;
        use ExprKind as E;
        match &e.kind {
            E::BoolOp { op, values } => {
                let (text, mut level) = match op {
                    BoolOperator::And => (" and ", AND),
                    BoolOperator::Or => (" or ", OR),
                };
                let parens = p > level;
                self.open_if(parens, "(");
                self.enter(1, 0)?;
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        self.write(text);
                    }
                    level = next(level);
                    self.helper(1, |u| u.expr(v, level))?;
                }
                self.leave(1);
                self.open_if(parens, ")");
            }
            E::NamedExpr { target, value } => {
                let parens = p > NAMED_EXPR;
                self.open_if(parens, "(");
                self.expr(target, ATOM)?;
                self.write(" := ");
                self.expr(value, ATOM)?;
                self.open_if(parens, ")");
            }
            E::BinOp { left, op, right } => {
                let (text, level) = op_text(*op);
                let parens = p > level;
                self.open_if(parens, "(");
                let (lp, rp) = if *op == Operator::Pow { (next(level), level) } else { (level, next(level)) };
                self.expr(left, lp)?;
                self.write(&format!(" {text} "));
                self.expr(right, rp)?;
                self.open_if(parens, ")");
            }
            E::UnaryOp { op, operand } => {
                let (text, level) = match op {
                    UnaryOperator::Invert => ("~", FACTOR),
                    UnaryOperator::Not => ("not", NOT),
                    UnaryOperator::UAdd => ("+", FACTOR),
                    UnaryOperator::USub => ("-", FACTOR),
                };
                let parens = p > level;
                self.open_if(parens, "(");
                self.write(text);
                if level != FACTOR {
                    self.write(" ");
                }
                self.expr(operand, level)?;
                self.open_if(parens, ")");
            }
            E::Lambda { args, body } => {
                let parens = p > TEST;
                self.open_if(parens, "(");
                self.write("lambda");
                let (text, n) = self.buffered(|u| u.arguments(args))?;
                if n > 0 {
                    self.write(" ");
                    self.out.push_str(&text);
                    self.pieces += n;
                }
                self.write(": ");
                self.expr(body, TEST)?;
                self.open_if(parens, ")");
            }
            E::IfExp { test, body, orelse } => {
                let parens = p > TEST;
                self.open_if(parens, "(");
                self.expr(body, next(TEST))?;
                self.write(" if ");
                self.expr(test, next(TEST))?;
                self.write(" else ");
                self.expr(orelse, TEST)?;
                self.open_if(parens, ")");
            }
            E::Dict { keys, values } => {
                self.write("{");
                self.enter(1, 0)?;
                for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                    if i > 0 {
                        self.write(", ");
                    }
                    match k {
                        None => self.helper(1, |u| {
                            u.write("**");
                            u.expr(v, EXPR)
                        })?,
                        Some(k) => self.helper(2, |u| {
                            u.expr(k, TEST)?;
                            u.write(": ");
                            u.expr(v, TEST)
                        })?,
                    }
                }
                self.leave(1);
                self.write("}");
            }
            E::Set { elts } => {
                if elts.is_empty() {
                    self.write("{*()}");
                } else {
                    self.write("{");
                    self.interleave_exprs(elts, TEST)?;
                    self.write("}");
                }
            }
            E::ListComp { elt, generators } => self.comp("[", "]", None, elt, generators)?,
            E::SetComp { elt, generators } => self.comp("{", "}", None, elt, generators)?,
            E::GeneratorExp { elt, generators } => self.comp("(", ")", None, elt, generators)?,
            E::DictComp { key, value, generators } => self.comp("{", "}", Some(key), value, generators)?,
            E::Await { value } => {
                let parens = p > AWAIT;
                self.open_if(parens, "(");
                self.write("await");
                self.write(" ");
                self.expr(value, ATOM)?;
                self.open_if(parens, ")");
            }
            E::Yield { value } => {
                let parens = p > YIELD;
                self.open_if(parens, "(");
                self.write("yield");
                if let Some(v) = value {
                    self.write(" ");
                    self.expr(v, ATOM)?;
                }
                self.open_if(parens, ")");
            }
            E::YieldFrom { value } => {
                let parens = p > YIELD;
                self.open_if(parens, "(");
                self.write("yield from ");
                self.expr(value, ATOM)?;
                self.open_if(parens, ")");
            }
            E::Compare { left, ops, comparators } => {
                let parens = p > CMP;
                self.open_if(parens, "(");
                self.expr(left, next(CMP))?;
                for (o, c) in ops.iter().zip(comparators) {
                    self.write(&format!(" {} ", cmp_text(*o)));
                    self.expr(c, next(CMP))?;
                }
                self.open_if(parens, ")");
            }
            E::Call { func, args, keywords } => {
                self.expr(func, ATOM)?;
                self.write("(");
                self.comma_exprs(args, TEST)?;
                for (i, k) in keywords.iter().enumerate() {
                    if i > 0 || !args.is_empty() {
                        self.write(", ");
                    }
                    self.keyword(k)?;
                }
                self.write(")");
            }
            E::FormattedValue { .. } => self.formatted_value(e)?,
            E::JoinedStr { values } => self.joined_str(values)?,
            E::Constant { value, kind } => match value {
                Constant::Tuple(items) => {
                    self.write("(");
                    if items.len() == 1 {
                        self.constant_value(&items[0]);
                        self.write(",");
                    } else {
                        for (i, c) in items.iter().enumerate() {
                            if i > 0 {
                                self.write(", ");
                            }
                            self.constant_value(c);
                        }
                    }
                    self.write(")");
                }
                Constant::Ellipsis => self.write("..."),
                _ => {
                    if kind.as_deref() == Some("u") {
                        self.write("u");
                    }
                    self.constant_value(value);
                }
            },
            E::Attribute { value, attr, .. } => {
                self.expr(value, ATOM)?;
                if let E::Constant { value: Constant::Int(_) | Constant::Bool(_), .. } = value.kind {
                    self.write(" ");
                }
                self.write(".");
                self.write(self.name(*attr));
            }
            E::Subscript { value, slice, .. } => {
                self.expr(value, ATOM)?;
                self.write("[");
                match &slice.kind {
                    E::Tuple { elts, .. } if !elts.is_empty() => self.items_view(elts)?,
                    _ => self.expr(slice, TEST)?,
                }
                self.write("]");
            }
            E::Starred { value, .. } => {
                self.write("*");
                self.expr(value, EXPR)?;
            }
            E::Name { id, .. } => self.write(self.name(*id)),
            E::List { elts, .. } => {
                self.write("[");
                self.interleave_exprs(elts, TEST)?;
                self.write("]");
            }
            E::Tuple { elts, .. } => {
                let parens = elts.is_empty() || p > TUPLE;
                self.open_if(parens, "(");
                self.items_view(elts)?;
                self.open_if(parens, ")");
            }
            E::Slice { lower, upper, step } => {
                if let Some(l) = lower {
                    self.expr(l, TEST)?;
                }
                self.write(":");
                if let Some(u) = upper {
                    self.expr(u, TEST)?;
                }
                if let Some(s) = step {
                    self.write(":");
                    self.expr(s, TEST)?;
                }
            }
        }
        Ok(())
    }

    fn comp(&mut self, open: &str, close: &str, key: Option<&Expr>, elt: &Expr, generators: &[Comprehension]) -> R {
        self.write(open);
        if let Some(k) = key {
            self.expr(k, prec::TEST)?;
            self.write(": ");
        }
        self.expr(elt, prec::TEST)?;
        for g in generators {
            self.comprehension(g)?;
        }
        self.write(close);
        Ok(())
    }

    fn formatted_value(&mut self, e: &Expr) -> R {
        let ExprKind::FormattedValue { value, conversion, format_spec } = &e.kind else { return Ok(()) };
        self.write("{");
        let mut inner = Unparser::new(self.names);
        inner.limit = self.limit;
        inner.depth = self.depth;
        // unparse_inner() and the new unparser's visit()
        inner.enter(2, 0)?;
        inner.expr(value, prec::next(prec::TEST))?;
        if inner.out.starts_with('{') {
            self.write(" ");
        }
        self.write(&inner.out);
        if *conversion != -1 {
            match char::from_u32(*conversion as u32).filter(|_| *conversion >= 0) {
                Some(c) => self.write(&format!("!{c}")),
                None => return Err(UnparseError::Value("chr() arg not in range(0x110000)".into())),
            }
        }
        if let Some(spec) = format_spec {
            self.write(":");
            self.fstring_inner(spec, true)?;
        }
        self.write("}");
        Ok(())
    }

    fn fstring_inner(&mut self, e: &Expr, is_format_spec: bool) -> R {
        self.helper(1, |u| u.fstring_inner_body(e, is_format_spec))
    }

    fn fstring_inner_body(&mut self, e: &Expr, is_format_spec: bool) -> R {
        match &e.kind {
            ExprKind::JoinedStr { values } => {
                for v in values {
                    self.fstring_inner(v, is_format_spec)?;
                }
                Ok(())
            }
            ExprKind::Constant { value: Constant::Str(s), .. } => {
                let mut text = String::new();
                for c in s.code_points() {
                    match c {
                        0x7b => text.push_str("{{"),
                        0x7d => text.push_str("}}"),
                        0x5c if is_format_spec => text.push_str("\\\\"),
                        0x27 if is_format_spec => text.push_str("\\'"),
                        0x22 if is_format_spec => text.push_str("\\\""),
                        0x0a if is_format_spec => text.push_str("\\n"),
                        _ => push_cp(&mut text, c),
                    }
                }
                self.write(&text);
                Ok(())
            }
            ExprKind::FormattedValue { .. } => self.helper(1, |u| u.formatted_value(e)),
            other => Err(UnparseError::Value(format!("Unexpected node inside JoinedStr, <ast.{} object>", expr_class(other)))),
        }
    }

    fn joined_str(&mut self, values: &[Expr]) -> R {
        self.write("f");
        // each part's text (a constant's kept as code points: it may hold lone surrogates,
        // which the quoting escapes) and whether it is a constant
        let mut parts: Vec<(PyStr, bool)> = Vec::with_capacity(values.len());
        for v in values {
            match &v.kind {
                ExprKind::Constant { value: Constant::Str(s), .. } => {
                    let doubled = s.code_points().flat_map(|c| if c == 0x7b || c == 0x7d { vec![c, c] } else { vec![c] });
                    parts.push((PyStr::from_code_points(doubled), true));
                }
                _ => {
                    let (text, _) = self.buffered(|u| u.fstring_inner(v, false))?;
                    parts.push((PyStr::new(&text), matches!(v.kind, ExprKind::Constant { .. })));
                }
            }
        }
        let mut quote_types: Vec<&'static str> = ALL_QUOTES.to_vec();
        let mut new_parts: Vec<String> = Vec::with_capacity(parts.len());
        let mut fallback = false;
        for (text, is_constant) in &parts {
            if *is_constant {
                let (v, new_quotes) = str_literal(text, &quote_types, true);
                if new_quotes.iter().all(|q| !quote_types.contains(q)) {
                    fallback = true;
                    break;
                }
                quote_types = new_quotes;
                new_parts.push(v);
            } else {
                let text = text.as_str().unwrap_or_default();
                if text.contains('\n') {
                    quote_types.retain(|q| MULTI_QUOTES.contains(q));
                }
                new_parts.push(text.to_string());
            }
        }
        if fallback {
            quote_types = vec!["'''"];
            new_parts.clear();
            for (text, is_constant) in &parts {
                if *is_constant {
                    let r = PyStr::from_code_points(std::iter::once(0x22).chain(text.code_points())).repr();
                    new_parts.push(r[2..r.len() - 1].to_string());
                } else {
                    new_parts.push(text.as_str().unwrap_or_default().to_string());
                }
            }
        }
        let q = quote_types.first().copied().unwrap_or(SINGLE_QUOTES[0]);
        let body: String = new_parts.concat();
        self.write(&format!("{q}{body}{q}"));
        Ok(())
    }
}

fn expr_class(e: &ExprKind) -> &'static str {
    match e {
        ExprKind::Constant { .. } => "Constant",
        ExprKind::Name { .. } => "Name",
        _ => "expr",
    }
}

#[cfg(test)]
mod tests {
    use super::{unparse, AnyNode};
    use crate::parser::{parse, Mode};

    fn roundtrip(src: &str) -> String {
        let tree = parse(src.as_bytes(), Mode::Exec, false).result.expect("parses");
        unparse(&AnyNode::Mod(tree.module), &tree.names, 1000).expect("unparses")
    }

    /// Expected texts are CPython 3.13.0's `ast.unparse(ast.parse(src))`.
    #[test]
    fn matches_cpython_on_small_programs() {
        let cases = [
            ("x = (1)", "x = 1"),
            ("print(-(-1), not not x, (yield))", "print(--1, not not x, (yield))"),
            ("f = f'{a!r:>{w}} {b=}'", "f = f'{a!r:>{w}} b={b!r}'"),
            ("if a:\n    pass\nelif b:\n    x = 1", "if a:\n    pass\nelif b:\n    x = 1"),
            ("\"\"\"doc\"\"\"\nclass C(B, metaclass=M):\n    x: int = 1", "\"\"\"doc\"\"\"\n\nclass C(B, metaclass=M):\n    x: int = 1"),
            ("lambda: (yield)", "lambda: (yield)"),
            ("a or b and not c", "a or (b and (not c))"),
            ("del a[1:2, ::3]", "del a[1:2, ::3]"),
        ];
        for (src, want) in cases {
            assert_eq!(roundtrip(src), want, "unparse of {src:?}");
        }
    }
}
