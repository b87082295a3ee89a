//! Statements and blocks (python.gram "GENERAL STATEMENTS", "SIMPLE STATEMENTS", "COMPOUND
//! STATEMENTS"): assignment forms, imports, `def`, `class`, `if`, `while`, `for`, `with`, `try`,
//! `match` (patterns are in pattern.rs), type aliases and type parameter lists.

use super::target::{expr_name, TargetsType};
use super::token::{Tok, T};
use super::{PResult, Parser};
use crate::ast::*;

#[inline(always)]
fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl<'a> Parser<'a> {
    fn stmt(&self, kind: StmtKind, start: usize) -> Stmt {
        Stmt { kind, loc: self.loc_from(start) }
    }

    pub(super) fn statements_until_end(&mut self) -> PResult<Vec<Stmt>> {
        let mark = self.stmts.len();
        while !self.at(T::EndMarker) {
            if let Err(e) = self.statement() {
                self.stmts.truncate(mark);
                return Err(e);
            }
        }
        Ok(self.take_stmts(mark))
    }

    /// The statements pushed on the scratch stack since `mark`, as a body of exactly their
    /// number (one allocation, where pushing onto a growing `Vec` reallocates).
    fn take_stmts(&mut self, mark: usize) -> Vec<Stmt> {
        // `split_off` allocates exactly the tail's length and copies it in one move; the
        // scratch stack keeps its capacity.
        self.stmts.split_off(mark)
    }

    /// `statement`: a compound statement or a line of simple statements, pushed on the
    /// scratch stack `self.stmts`.
    fn statement(&mut self) -> PResult<()> {
        if let Some(s) = self.compound_stmt()? {
            self.stmts.push(s);
            return Ok(());
        }
        self.simple_stmts()
    }

    /// `statement_newline` (the `single` start rule).
    pub(super) fn statement_newline(&mut self) -> PResult<Vec<Stmt>> {
        let start = self.p;
        if self.at(T::Newline) {
            self.advance();
            return Ok(vec![Stmt { kind: StmtKind::Pass, loc: self.toks[start].loc }]);
        }
        if self.at(T::EndMarker) {
            return Err(self.generic_error());
        }
        let mut out = Vec::new();
        if let Some(s) = self.compound_stmt()? {
            out.push(s);
            self.eat(T::Newline);
        } else {
            let mark = self.stmts.len();
            let r = self.simple_stmts();
            out = self.take_stmts(mark);
            r?;
        }
        // `bad_single_statement` (pegen.c): anything but blanks and comments after the statement.
        let last = self.toks[self.p.saturating_sub(1)];
        let mut rest = &self.src[(last.end as usize).min(self.src.len())..];
        loop {
            rest = rest.trim_start_matches([' ', '\t', '\n', '\x0c']);
            if rest.is_empty() {
                break;
            }
            if !rest.starts_with('#') {
                return Err(self.error_at_tok(&last, "multiple statements found while compiling a single statement"));
            }
            rest = rest.find('\n').map_or("", |i| &rest[i..]);
        }
        Ok(out)
    }

    fn simple_stmts(&mut self) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            self.stmts.push(s);
            if self.eat(T::Semi).is_none() {
                break;
            }
            if self.at(T::Newline) {
                break;
            }
        }
        if self.eat(T::Newline).is_none() {
            return Err(self.generic_error());
        }
        Ok(())
    }

    /// `block`: NEWLINE INDENT statements DEDENT, or simple statements on the same line.
    /// `what` and `line` name the statement for "expected an indented block after ...".
    fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        if self.at(T::Newline) {
            self.advance();
            if !self.at(T::Indent) {
                let t = self.tok();
                let msg = if what.is_empty() {
                    "expected an indented block".to_string()
                } else {
                    format!("expected an indented block after {what} on line {line}")
                };
                return Err(self.indentation_error_at(&t, &msg));
            }
            self.advance();
            let mark = self.stmts.len();
            while !self.at(T::Dedent) && !self.at(T::EndMarker) {
                if let Err(e) = self.statement() {
                    self.stmts.truncate(mark);
                    return Err(e);
                }
            }
            self.eat(T::Dedent);
            return Ok(self.take_stmts(mark));
        }
        let mark = self.stmts.len();
        if let Err(e) = self.simple_stmts() {
            self.stmts.truncate(mark);
            return Err(e);
        }
        Ok(self.take_stmts(mark))
    }

    fn colon_block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        if !self.at(T::Colon) {
            return Err(self.expected_colon_error());
        }
        self.advance();
        self.block(what, line)
    }

    fn compound_stmt(&mut self) -> PResult<Option<Stmt>> {
        Ok(Some(match self.kind() {
            T::Def => self.function_def(Vec::new(), self.p)?,
            T::At => self.decorated()?,
            T::Class => self.class_def(Vec::new())?,
            T::If => self.if_stmt()?,
            T::While => self.while_stmt()?,
            T::For => self.for_stmt(self.p, false)?,
            T::With => self.with_stmt(self.p, false)?,
            T::Try => self.try_stmt()?,
            T::Async => {
                let start = self.p;
                match self.la(1) {
                    T::Def => self.function_def(Vec::new(), start)?,
                    T::For => {
                        self.advance();
                        self.for_stmt(start, true)?
                    }
                    T::With => {
                        self.advance();
                        self.with_stmt(start, true)?
                    }
                    _ => return Err({
                        self.advance();
                        self.generic_error()
                    }),
                }
            }
            T::Name if self.at_soft("match") => match self.match_stmt()? {
                Some(s) => s,
                None => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.p;
        let kind = match self.kind() {
            T::Pass => {
                self.advance();
                StmtKind::Pass
            }
            T::Break => {
                self.advance();
                StmtKind::Break
            }
            T::Continue => {
                self.advance();
                StmtKind::Continue
            }
            T::Return => {
                self.advance();
                let value = if self.at_expr_start() || self.at(T::Star) { Some(bx(self.star_expressions()?)) } else { None };
                StmtKind::Return { value }
            }
            T::Raise => {
                self.advance();
                if self.at_expr_start() {
                    let exc = self.expression()?;
                    let cause = if self.eat(T::From).is_some() { Some(bx(self.expression()?)) } else { None };
                    StmtKind::Raise { exc: Some(bx(exc)), cause }
                } else {
                    StmtKind::Raise { exc: None, cause: None }
                }
            }
            T::Global | T::Nonlocal => {
                let global = self.advance().kind == T::Global;
                let mut names = vec![self.expect_name()?.1];
                while self.eat(T::Comma).is_some() {
                    names.push(self.expect_name()?.1);
                }
                if global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            T::Del => {
                self.advance();
                let after_del = self.p;
                let targets = match self.del_targets() {
                    Ok(t) if matches!(self.kind(), T::Semi | T::Newline) => t,
                    r => {
                        // `invalid_del_stmt`: 'del' star_expressions with an invalid target.
                        let first = r.err();
                        let max = self.max_p;
                        self.p = after_del;
                        if let Ok(e) = self.star_expressions() {
                            if let Some(bad) = super::target::invalid_target(&e, TargetsType::Del) {
                                let msg = format!("cannot delete {}", expr_name(bad));
                                let loc = bad.loc;
                                return Err(self.error_at_loc(loc, &msg));
                            }
                        }
                        self.max_p = self.max_p.max(max);
                        return Err(first.unwrap_or_else(|| self.generic_error()));
                    }
                };
                StmtKind::Delete { targets }
            }
            T::Assert => {
                self.advance();
                let test = self.expression()?;
                let msg = if self.eat(T::Comma).is_some() { Some(bx(self.expression()?)) } else { None };
                StmtKind::Assert { test: bx(test), msg }
            }
            T::Import => self.import_name()?,
            T::From => self.import_from()?,
            T::Name if self.at_soft("type") && self.la(1) == T::Name && matches!(self.la(2), T::Equal | T::LSqb) => {
                self.advance();
                let t = self.advance();
                let name = self.name_expr(&t, ExprContext::Store);
                let type_params = if self.at(T::LSqb) {
                    match self.type_params() {
                        Ok(v) => v,
                        // `assignment` comes before `type_alias`: in the second pass its
                        // invalid rules read `type` as a name and parse what follows as
                        // expressions, whose errors (a missing comma in `X[a b]`) come first.
                        Err(e) if e.is_generic() => {
                            self.p = start;
                            return Err(self.expr_or_assignment().err().unwrap_or(e));
                        }
                        Err(e) => return Err(e),
                    }
                } else {
                    Vec::new()
                };
                self.expect(T::Equal)?;
                let value = self.expression()?;
                StmtKind::TypeAlias { name: bx(name), type_params, value: bx(value) }
            }
            _ => return self.expr_or_assignment(),
        };
        Ok(self.stmt(kind, start))
    }

    /// True when `e`, which ends before the current token, is one bracketed group: its first
    /// token opens a bracket that its last token closes (a token's `level` counts the brackets
    /// open after it).
    fn wholly_parenthesised(&self, e: &Expr) -> bool {
        let toks = &self.toks[..self.p];
        let Some(first) = toks.iter().rposition(|t: &Tok| (t.loc.lineno, t.loc.col_offset) == (e.loc.lineno, e.loc.col_offset)) else {
            return false;
        };
        let Some(last) = toks.iter().rposition(|t| (t.loc.end_lineno, t.loc.end_col_offset) == (e.loc.end_lineno, e.loc.end_col_offset)) else {
            return false;
        };
        let open = &toks[first];
        open.kind == T::LPar && toks[last].kind == T::RPar && first < last && toks[first + 1..last].iter().all(|t| t.level >= open.level)
    }

    /// Expression statements and the assignment forms (`assignment` in the grammar).
    fn expr_or_assignment(&mut self) -> PResult<Stmt> {
        let start = self.p;
        let first = if self.at(T::Yield) { self.yield_expr()? } else { self.star_expressions()? };
        match self.kind() {
            T::Colon => {
                let legal = matches!(first.kind, ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. });
                let next = self.toks.get(self.p + 1).map_or(T::EndMarker, |t| t.kind);
                if !legal && !matches!(next, T::Name | T::Number | T::String | T::FStringStart | T::LPar | T::LSqb | T::LBrace | T::Minus | T::Plus | T::Tilde | T::Not | T::Lambda | T::Await | T::None | T::True | T::False | T::Ellipsis) {
                    return Err(self.generic_error());
                }
                let simple = match &first.kind {
                    ExprKind::Name { .. } => (self.toks[start].kind == T::Name) as i32,
                    ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => 0,
                    ExprKind::Tuple { elts, .. } if self.toks[start].kind != T::LPar || elts.is_empty() => {
                        let loc = elts.first().map_or(first.loc, |e| e.loc);
                        return Err(self.error_at_loc(loc, "only single target (not tuple) can be annotated"));
                    }
                    ExprKind::Tuple { .. } | ExprKind::List { .. } => {
                        let msg = format!("only single target (not {}) can be annotated", expr_name(&first));
                        return Err(self.error_at_loc(first.loc, &msg));
                    }
                    _ => return Err(self.error_at_loc(first.loc, "illegal target for annotation")),
                };
                let target = self.make_target(first, TargetsType::Star)?;
                self.advance();
                let annotation = self.expression()?;
                let value = if self.eat(T::Equal).is_some() { Some(bx(self.annotated_rhs()?)) } else { None };
                Ok(self.stmt(StmtKind::AnnAssign { target: bx(target), annotation: bx(annotation), value, simple }, start))
            }
            T::Equal => {
                let eq_index = self.p;
                let mut targets = std::mem::take(&mut self.assign_targets);
                targets.push(first);
                let mut value;
                loop {
                    self.advance();
                    value = self.annotated_rhs()?;
                    if !self.at(T::Equal) {
                        break;
                    }
                    targets.push(value);
                }
                if targets.iter().any(|t| super::target::invalid_target(t, TargetsType::Star).is_some()) {
                    if let Some(err) = self.invalid_first_target(&targets[0], start, eq_index) {
                        return Err(err);
                    }
                }
                let mut checked = Vec::with_capacity(targets.len());
                for t in targets.drain(..) {
                    if let ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } = t.kind {
                        return Err(self.error_at_loc(t.loc, "assignment to yield expression not possible"));
                    }
                    checked.push(self.make_assign_target(t)?);
                }
                self.assign_targets = targets;
                let type_comment = self.eat(T::TypeComment).map(|t| self.type_comment_text(&t).into());
                Ok(self.stmt(StmtKind::Assign { targets: checked, value: bx(value), type_comment }, start))
            }
            // `invalid_assignment`'s `star_named_expression ',' star_named_expressions* ':'`
            // alternative reaches `invalid_named_expression` for the element before `:=`:
            // anything but a name there is named in the error.
            T::ColonEqual if self.p > 0 && self.toks[self.p - 1].kind != T::Comma && !matches!(first.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) => {
                let elt = match &first.kind {
                    // In an unparenthesised tuple the element before `:=` is the last one.
                    ExprKind::Tuple { elts, .. } if !self.wholly_parenthesised(&first) => elts.last().unwrap_or(&first),
                    _ => &first,
                };
                let rhs_follows = self.toks.get(self.p + 1).is_some_and(|t| super::expr::starts_expression(t.kind));
                // A bare name or a starred element gets the generic error; a name in
                // parentheses is an `expression` of its own and is named.
                let bare = match elt.kind {
                    ExprKind::Name { .. } => !self.was_parenthesized(elt, self.p),
                    ExprKind::Starred { .. } => true,
                    _ => false,
                };
                if rhs_follows && !bare {
                    return Err(self.walrus_target_error(elt));
                }
                Err(self.generic_error())
            }
            k => {
                if let Some(op) = augassign(k) {
                    match first.kind {
                        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                        _ => {
                            let msg = format!("'{}' is an illegal expression for augmented assignment", expr_name(&first));
                            return Err(self.error_at_loc(first.loc, &msg));
                        }
                    }
                    let target = self.make_target(first, TargetsType::Star)?;
                    self.advance();
                    let value = self.annotated_rhs()?;
                    return Ok(self.stmt(StmtKind::AugAssign { target: bx(target), op, value: bx(value) }, start));
                }
                if !matches!(k, T::Newline | T::Semi) {
                    return Err(self.after_expression_error(&first, start));
                }
                Ok(self.stmt(StmtKind::Expr { value: bx(first) }, start))
            }
        }
    }

    /// The second pass's `invalid_named_expression` on the last item before the first `=` of an
    /// invalid assignment (`f() = 1`: "cannot assign to function call here. Maybe you meant
    /// '==' instead of '='?").
    fn invalid_first_target(&mut self, first: &Expr, start: usize, eq_index: usize) -> Option<Box<super::error::SyntaxError>> {
        let (elem, elem_start) = match &first.kind {
            ExprKind::Tuple { elts, .. } if self.toks[start].kind != T::LPar || !self.was_parenthesized(first, eq_index) => {
                let level = self.toks[start].level;
                let mut s = start;
                for k in start..eq_index {
                    if self.toks[k].kind == T::Comma && self.toks[k].level == level {
                        s = k + 1;
                    }
                }
                (elts.last()?, s)
            }
            _ => (first, start),
        };
        if elem_start >= eq_index {
            return None;
        }
        let saved = (self.p, self.max_p);
        self.p = eq_index;
        let r = self.invalid_named_expression(elem, elem_start);
        self.p = saved.0;
        self.max_p = saved.1.max(self.max_p);
        r
    }

    fn make_assign_target(&mut self, t: Expr) -> PResult<Expr> {
        self.make_target(t, TargetsType::Star)
    }

    /// `annotated_rhs`: yield_expr | star_expressions.
    fn annotated_rhs(&mut self) -> PResult<Expr> {
        if self.at(T::Yield) {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    /// The text of a TYPE_COMMENT token after `# type:` (CPython strips the prefix in the lexer).
    pub(super) fn type_comment_text(&self, t: &Tok) -> &'a str {
        self.text(t)
    }

    fn dotted_name(&mut self) -> PResult<Ident> {
        let (t, id) = self.expect_name()?;
        if !(self.at(T::Dot) && self.la(1) == T::Name) {
            return Ok(id);
        }
        let _ = t;
        let mut s = self.names.get(id).to_string();
        while self.at(T::Dot) && self.la(1) == T::Name {
            self.advance();
            let (_, part) = self.expect_name()?;
            s.push('.');
            s.push_str(self.names.get(part));
        }
        Ok(self.names.intern(&s))
    }

    fn import_name(&mut self) -> PResult<StmtKind> {
        let start_tok = self.p;
        self.advance();
        let mut names = Vec::new();
        loop {
            let start = self.p;
            if !self.at(T::Name) {
                if names.is_empty() && self.at(T::Newline) {
                    let t = self.tok();
                    return Err(self.error_at_tok(&t, "Expected one or more names after 'import'"));
                }
                return Err(self.generic_error());
            }
            let name = self.dotted_name()?;
            let asname = if self.eat(T::As).is_some() { Some(self.expect_name()?.1) } else { None };
            names.push(Alias { name, asname, loc: self.loc_from(start) });
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        if self.at(T::From) && self.la(1) == T::Name {
            let a = self.toks[start_tok].loc;
            self.advance();
            self.dotted_name()?;
            return Err(self.error_starting_from(a, "Did you mean to use 'from ... import ...' instead?"));
        }
        Ok(StmtKind::Import { names })
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut level = 0;
        loop {
            match self.kind() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.advance();
        }
        let module = if self.at(T::Name) { Some(self.dotted_name()?) } else { None };
        if module.is_none() && level == 0 {
            return Err(self.generic_error());
        }
        self.expect(T::Import)?;
        if self.at(T::Newline) {
            return Err(self.error_last_token("Expected one or more names after 'import'"));
        }
        let mut names = Vec::new();
        if self.at(T::Star) {
            let t = self.advance();
            let star = self.names.intern("*");
            names.push(Alias { name: star, asname: None, loc: t.loc });
        } else {
            let paren = self.eat(T::LPar).is_some();
            loop {
                let start = self.p;
                let (_, name) = self.expect_name()?;
                let asname = if self.eat(T::As).is_some() { Some(self.expect_name()?.1) } else { None };
                names.push(Alias { name, asname, loc: self.loc_from(start) });
                if self.eat(T::Comma).is_none() {
                    break;
                }
                if paren && self.at(T::RPar) {
                    break;
                }
                if !paren && self.at(T::Newline) {
                    return Err(self.error_last_token("trailing comma not allowed without surrounding parentheses"));
                }
            }
            if paren {
                self.expect(T::RPar)?;
            }
        }
        Ok(StmtKind::ImportFrom { module, names, level: Some(level) })
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(T::At).is_some() {
            decorators.push(self.named_expression()?);
            self.expect(T::Newline)?;
        }
        match self.kind() {
            T::Def => self.function_def(decorators, self.p),
            T::Async if self.la(1) == T::Def => self.function_def(decorators, self.p),
            T::Class => self.class_def(decorators),
            _ => Err(self.generic_error()),
        }
    }

    fn function_def(&mut self, decorator_list: Vec<Expr>, start: usize) -> PResult<Stmt> {
        let is_async = self.eat(T::Async).is_some();
        let def = self.expect(T::Def)?;
        let (_, name) = self.expect_name()?;
        // `[type_params] &&'('`: type parameters that do not parse are skipped, and the forced
        // '(' fails at their '['.
        let mut type_params = Vec::new();
        if self.at(T::LSqb) {
            let lsqb = self.p;
            match self.type_params() {
                Ok(v) => type_params = v,
                Err(e) if e.is_generic() => self.p = lsqb,
                Err(e) => return Err(e),
            }
        }
        self.expect_forced(T::LPar, "(")?;
        let args = self.params()?;
        self.expect(T::RPar)?;
        let mut returns = None;
        if self.at(T::RArrow) {
            // `['->' expression] &&':'`: when the annotation does not parse, the forced ':' is
            // what fails, at the '->'.
            let arrow = self.p;
            self.advance();
            match self.expression() {
                Ok(e) => returns = Some(bx(e)),
                Err(e) if e.raised_by_tokenizer || e.kind == super::error::ErrorKind::Memory => return Err(e),
                Err(_) => {
                    self.p = arrow;
                }
            }
        }
        if !self.at(T::Colon) {
            return Err(self.expect_forced(T::Colon, ":").unwrap_err());
        }
        self.advance();
        let mut type_comment = None;
        if self.at(T::TypeComment) {
            let t = self.advance();
            type_comment = Some(self.type_comment_text(&t).into());
            // `invalid_double_type_comments`
            if self.at(T::Newline) && self.la(1) == T::TypeComment && self.la(2) == T::Newline && self.la(3) == T::Indent {
                let indent = self.toks[self.p + 3];
                self.max_p = self.max_p.max(self.p + 3);
                return Err(self.error_at_tok(&indent, "Cannot have two type comments on def"));
            }
        } else if self.at(T::Newline) && self.la(1) == T::TypeComment && self.la(2) == T::Newline && self.la(3) == T::Indent {
            self.advance();
            let t = self.advance();
            type_comment = Some(self.type_comment_text(&t).into());
        }
        let what = "function definition";
        let body = self.block(what, def.loc.lineno)?;
        let args = Box::new(args);
        let kind = if is_async {
            StmtKind::AsyncFunctionDef { name, args, body, decorator_list, returns, type_comment, type_params }
        } else {
            StmtKind::FunctionDef { name, args, body, decorator_list, returns, type_comment, type_params }
        };
        Ok(self.stmt(kind, start))
    }

    fn class_def(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let start = self.p;
        let class = self.advance();
        let (name_tok, name) = self.expect_name()?;
        let type_params = if self.at(T::LSqb) { self.type_params()? } else { Vec::new() };
        let (bases, keywords) = if self.at(T::LPar) {
            let dummy = Expr { kind: ExprKind::Constant { value: Constant::None, kind: None }, loc: name_tok.loc };
            match self.call(dummy, self.p)?.kind {
                ExprKind::Call { args, keywords, .. } => (args, keywords),
                _ => unreachable!(),
            }
        } else {
            (Vec::new(), Vec::new())
        };
        let body = self.colon_block("class definition", class.loc.lineno)?;
        Ok(self.stmt(StmtKind::ClassDef { name, bases, keywords, body, decorator_list, type_params }, start))
    }

    /// `type_params`: '[' type_param (',' type_param)* [','] ']'.
    pub(super) fn type_params(&mut self) -> PResult<Vec<TypeParam>> {
        self.expect(T::LSqb)?;
        if self.at(T::RSqb) {
            let t = self.tok().loc;
            return Err(self.error_starting_from(t, "Type parameter list cannot be empty"));
        }
        let mut v = Vec::new();
        loop {
            let start = self.p;
            let kind = match self.kind() {
                T::Star | T::DoubleStar => {
                    let two = self.advance().kind == T::DoubleStar;
                    let (_, name) = self.expect_name()?;
                    if self.at(T::Colon) {
                        let colon = self.advance();
                        let e = self.expression()?;
                        let what = if two { "ParamSpec" } else { "TypeVarTuple" };
                        let msg = if matches!(e.kind, ExprKind::Tuple { .. }) {
                            format!("cannot use constraints with {what}")
                        } else {
                            format!("cannot use bound with {what}")
                        };
                        return Err(self.error_range(colon.loc, e.loc, &msg));
                    }
                    let default_value = if self.eat(T::Equal).is_some() {
                        Some(bx(if two { self.expression()? } else { self.star_expression()? }))
                    } else {
                        None
                    };
                    if two {
                        TypeParamKind::ParamSpec { name, default_value }
                    } else {
                        TypeParamKind::TypeVarTuple { name, default_value }
                    }
                }
                _ => {
                    let (_, name) = self.expect_name()?;
                    let bound = if self.eat(T::Colon).is_some() { Some(bx(self.expression()?)) } else { None };
                    let default_value = if self.eat(T::Equal).is_some() { Some(bx(self.expression()?)) } else { None };
                    TypeParamKind::TypeVar { name, bound, default_value }
                }
            };
            v.push(TypeParam { kind, loc: self.loc_from(start) });
            if self.eat(T::Comma).is_none() || self.at(T::RSqb) {
                break;
            }
        }
        self.expect(T::RSqb)?;
        Ok(v)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let start = self.p;
        let kw = self.advance();
        let test = self.named_expression()?;
        let what = if kw.kind == T::If { "'if' statement" } else { "'elif' statement" };
        let body = self.colon_block(what, kw.loc.lineno)?;
        let orelse = if self.at(T::Elif) {
            vec![self.if_stmt()?]
        } else {
            self.else_block()?
        };
        Ok(self.stmt(StmtKind::If { test: bx(test), body, orelse }, start))
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at(T::Else) {
            return Ok(Vec::new());
        }
        let kw = self.advance();
        self.expect_forced(T::Colon, ":")?;
        self.block("'else' statement", kw.loc.lineno)
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let start = self.p;
        let kw = self.advance();
        let test = self.named_expression()?;
        let body = self.colon_block("'while' statement", kw.loc.lineno)?;
        let orelse = self.else_block()?;
        Ok(self.stmt(StmtKind::While { test: bx(test), body, orelse }, start))
    }

    fn for_stmt(&mut self, start: usize, is_async: bool) -> PResult<Stmt> {
        let kw = self.advance();
        let tstart = self.p;
        let target = match self.star_targets_until_in(false) {
            Ok(t) => t,
            Err(e) => return Err(self.invalid_for_target(e, tstart)),
        };
        self.expect(T::In)?;
        let iter = self.star_expressions()?;
        if !self.at(T::Colon) {
            return Err(self.expected_colon_error());
        }
        self.advance();
        let type_comment = self.eat(T::TypeComment).map(|t| self.type_comment_text(&t).into());
        // CPython names the statement 'for' for `async for` too.
        let body = self.block("'for' statement", kw.loc.lineno)?;
        let orelse = self.else_block()?;
        let (target, iter) = (bx(target), bx(iter));
        let kind = if is_async {
            StmtKind::AsyncFor { target, iter, body, orelse, type_comment }
        } else {
            StmtKind::For { target, iter, body, orelse, type_comment }
        };
        Ok(self.stmt(kind, start))
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let e = self.expression()?;
        let optional_vars = if self.at(T::As) {
            self.advance();
            let tstart = self.p;
            let t = match self.with_target() {
                Ok(t) => t,
                Err(e) => return Err(self.invalid_with_target(e, tstart)),
            };
            if !matches!(self.kind(), T::Comma | T::RPar | T::Colon | T::Newline) {
                return Err(self.generic_error());
            }
            Some(bx(t))
        } else {
            None
        };
        Ok(WithItem { context_expr: bx(e), optional_vars })
    }

    fn with_stmt(&mut self, start: usize, is_async: bool) -> PResult<Stmt> {
        let kw = self.advance();
        let mut items = None;
        if self.at(T::LPar) {
            // `with ( item, ... ) :` first; if that does not fit, the parenthesis belongs to an expression.
            let mark = self.p;
            let max = self.max_p;
            let attempt = (|| -> PResult<Option<Vec<WithItem>>> {
                self.advance();
                let mut v = vec![self.with_item()?];
                while self.eat(T::Comma).is_some() {
                    if self.at(T::RPar) {
                        break;
                    }
                    v.push(self.with_item()?);
                }
                if self.eat(T::RPar).is_some() && self.at(T::Colon) {
                    Ok(Some(v))
                } else {
                    Ok(None)
                }
            })();
            match attempt {
                Ok(Some(v)) => items = Some(v),
                // `invalid_with_item` raises inside the parenthesised form too.
                Err(e) if e.msg.starts_with("cannot assign to") => return Err(e),
                _ => {
                    self.p = mark;
                    let _ = max;
                }
            }
        }
        let items = match items {
            Some(v) => v,
            None => {
                let mut v = vec![self.with_item()?];
                while self.eat(T::Comma).is_some() {
                    v.push(self.with_item()?);
                }
                v
            }
        };
        if !self.at(T::Colon) {
            return Err(self.expected_colon_error());
        }
        self.advance();
        let type_comment = self.eat(T::TypeComment).map(|t| self.type_comment_text(&t).into());
        let body = self.block("'with' statement", kw.loc.lineno)?;
        let kind = if is_async {
            StmtKind::AsyncWith { items, body, type_comment }
        } else {
            StmtKind::With { items, body, type_comment }
        };
        Ok(self.stmt(kind, start))
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let start = self.p;
        let kw = self.advance();
        self.expect_forced(T::Colon, ":")?;
        let body = self.block("'try' statement", kw.loc.lineno)?;
        let mut handlers = Vec::new();
        let mut star = None;
        while self.at(T::Except) {
            let hstart = self.p;
            let ekw = self.advance();
            let is_star = self.eat(T::Star).is_some();
            if let Some(prev) = star {
                if prev != is_star {
                    let a = self.toks[hstart].loc;
                    let b = if is_star { self.toks[hstart + 1].loc } else { a };
                    return Err(self.error_range(a, b, "cannot have both 'except' and 'except*' on the same 'try'"));
                }
            }
            if is_star && matches!(self.kind(), T::Colon | T::Newline) {
                return Err(self.error_last_token("expected one or more exception types"));
            }
            star = Some(is_star);
            if self.at(T::Newline) && !is_star {
                return Err(self.error_last_token("expected ':'"));
            }
            let (typ, name) = if self.at(T::Colon) && !is_star {
                (None, None)
            } else {
                let first = self.expression()?;
                if self.at(T::Comma) {
                    let e = self.expressions_after(first)?;
                    if !self.at(T::As) {
                        return Err(self.error_at_loc(e.loc, "multiple exception types must be parenthesized"));
                    }
                    return Err(self.generic_error());
                }
                let name = if self.eat(T::As).is_some() { Some(self.expect_name()?.1) } else { None };
                (Some(bx(first)), name)
            };
            let what = if is_star { "'except*' statement" } else { "'except' statement" };
            let hbody = self.colon_block(what, ekw.loc.lineno)?;
            handlers.push(ExceptHandler { r#type: typ, name, body: hbody, loc: self.loc_from(hstart) });
        }
        let orelse = if handlers.is_empty() { Vec::new() } else { self.else_block()? };
        let finalbody = if self.at(T::Finally) {
            let fkw = self.advance();
            self.expect_forced(T::Colon, ":")?;
            self.block("'finally' statement", fkw.loc.lineno)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            let t = self.tok();
            return Err(self.error_at_tok(&t, "expected 'except' or 'finally' block"));
        }
        let kind = if star == Some(true) {
            StmtKind::TryStar { body, handlers, orelse, finalbody }
        } else {
            StmtKind::Try { body, handlers, orelse, finalbody }
        };
        Ok(self.stmt(kind, start))
    }

    /// The rest of `expressions` after its first item (for error checks).
    fn expressions_after(&mut self, first: Expr) -> PResult<Expr> {
        let loc0 = first.loc;
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            if !self.at_expr_start() {
                break;
            }
            elts.push(self.expression()?);
        }
        let end = self.toks[self.p - 1].loc;
        Ok(Expr { kind: ExprKind::Tuple { elts, ctx: ExprContext::Load }, loc: Loc::span(loc0, end) })
    }

    /// `match_stmt`, or `None` when `match` here is an ordinary name.
    fn match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let start = self.p;
        let max = self.max_p;
        let kw = self.advance();
        if !(self.at_expr_start() || self.at(T::Star)) {
            self.p = start;
            self.restore_max_p(max);
            return Ok(None);
        }
        let subject = (|| -> PResult<Expr> {
            let sstart = self.p;
            let first = self.star_named_expression()?;
            if self.at(T::Comma) {
                let mut elts = vec![first];
                while self.eat(T::Comma).is_some() {
                    if !(self.at_expr_start() || self.at(T::Star)) {
                        break;
                    }
                    elts.push(self.star_named_expression()?);
                }
                return Ok(Expr { kind: ExprKind::Tuple { elts, ctx: ExprContext::Load }, loc: self.loc_from(sstart) });
            }
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.generic_error());
            }
            Ok(first)
        })();
        let subject = match subject {
            Ok(s) if self.at(T::Colon) => s,
            // Not a match statement; the tokens read stay read (CPython's first pass reached
            // them, and a later "invalid syntax" points at the furthest one).
            Ok(_) => {
                self.p = start;
                return Ok(None);
            }
            Err(_) => {
                self.p = start;
                self.restore_max_p(max);
                return Ok(None);
            }
        };
        self.advance();
        if !self.at(T::Newline) {
            return Err(self.generic_error());
        }
        self.advance();
        if !self.at(T::Indent) {
            let t = self.tok();
            let msg = format!("expected an indented block after 'match' statement on line {}", kw.loc.lineno);
            return Err(self.indentation_error_at(&t, &msg));
        }
        self.advance();
        let mut cases = Vec::new();
        while self.at_soft("case") {
            let ckw = self.advance();
            let pattern = self.patterns()?;
            let guard = if self.eat(T::If).is_some() { Some(bx(self.named_expression()?)) } else { None };
            let body = self.colon_block("'case' statement", ckw.loc.lineno)?;
            cases.push(MatchCase { pattern: Box::new(pattern), guard, body });
        }
        if cases.is_empty() {
            return Err(self.generic_error());
        }
        self.expect(T::Dedent)?;
        Ok(Some(self.stmt(StmtKind::Match { subject: bx(subject), cases }, start)))
    }
}

fn augassign(k: T) -> Option<Operator> {
    Some(match k {
        T::PlusEqual => Operator::Add,
        T::MinEqual => Operator::Sub,
        T::StarEqual => Operator::Mult,
        T::AtEqual => Operator::MatMult,
        T::SlashEqual => Operator::Div,
        T::PercentEqual => Operator::Mod,
        T::AmperEqual => Operator::BitAnd,
        T::VBarEqual => Operator::BitOr,
        T::CircumflexEqual => Operator::BitXor,
        T::LeftShiftEqual => Operator::LShift,
        T::RightShiftEqual => Operator::RShift,
        T::DoubleStarEqual => Operator::Pow,
        T::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}
