# compile() of hand-built trees the validator accepts: the compiler's own errors (scopes,
# starred targets, async comprehensions, conversions) and what the compiled code does.
import ast
def attempt(label, tree, mode="exec"):
    try:
        code = compile(ast.fix_missing_locations(tree), "<tree>", mode)
        print(label, "->", type(code).__name__)
        try:
            exec(code, {"x": [1, 2], "y": 3, "p": 5})
        except Exception as e:
            print("  run:", type(e).__name__, e)
    except (TypeError, ValueError, SyntaxError, SystemError) as e:
        print(label, "->", type(e).__name__ + ":", e)
L = ast.Load()
m = lambda *b: ast.Module(list(b), [])
attempt("starred expr", m(ast.Expr(ast.Starred(ast.Name("x", L), L))))
attempt("return top", m(ast.Return(ast.Constant(1))))
attempt("await top", m(ast.Expr(ast.Await(ast.Name("x", L)))))
attempt("break top", m(ast.Break()))
attempt("slice expr", m(ast.Expr(ast.Slice(ast.Constant(1), None, None))))
attempt("joined name", m(ast.Expr(ast.JoinedStr([ast.Name("y", L)]))))
attempt("bad conversion", m(ast.Expr(ast.JoinedStr([ast.FormattedValue(ast.Name("y", L), 5, None)]))))
attempt("matchvalue binop", m(ast.Match(ast.Name("p", L), [ast.match_case(ast.MatchValue(ast.BinOp(ast.Name("y", L), ast.Add(), ast.Name("y", L))), body=[ast.Pass()])])))
attempt("yield top", m(ast.Expr(ast.Yield(None))))
attempt("nonlocal top", m(ast.Nonlocal(["a"])))
attempt("lineno zero", ast.Module([ast.Expr(ast.Constant(1), lineno=0, col_offset=0)], []))
attempt("starred assign", m(ast.Assign([ast.Starred(ast.Name("a", ast.Store()), ast.Store())], ast.Name("x", L))))
attempt("two starred", m(ast.Assign([ast.Tuple([ast.Starred(ast.Name("a", ast.Store()), ast.Store()), ast.Starred(ast.Name("b", ast.Store()), ast.Store())], ast.Store())], ast.Name("x", L))))
attempt("interactive", ast.Interactive([ast.Expr(ast.Constant(7))]), "single")
attempt("expression tuple", ast.Expression(ast.Tuple([ast.Constant(1)], L)), "eval")
attempt("del const", m(ast.Delete([ast.Name("x", ast.Del())])))
attempt("aug attr", m(ast.AugAssign(ast.Subscript(ast.Name("x", L), ast.Constant(0), ast.Store()), ast.Add(), ast.Constant(1))))
attempt("comp async", m(ast.Expr(ast.ListComp(ast.Name("i", L), [ast.comprehension(ast.Name("i", ast.Store()), ast.Name("x", L), [], 1)]))))
attempt("lambda in class", m(ast.ClassDef("C", [], [], [ast.Expr(ast.Lambda(ast.arguments(), ast.Name("__class__", L)))], [])))
attempt("dict star", m(ast.Expr(ast.Dict([None], [ast.Name("x", L)]))))
attempt("big int const", m(ast.Expr(ast.Constant(10**30))))
attempt("frozenset const", m(ast.Expr(ast.Constant(frozenset({1})))))
attempt("tuple const", m(ast.Expr(ast.Constant((1, (2,))))))
attempt("type alias", m(ast.TypeAlias(ast.Name("T", ast.Store()), [], ast.Name("int", L))))
attempt("global after", m(ast.FunctionDef("f", ast.arguments(), [ast.Assign([ast.Name("a", ast.Store())], ast.Constant(1)), ast.Global(["a"])], [])))
