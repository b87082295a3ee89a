# compile() of trees built by hand: what it accepts, and the TypeError/ValueError messages of
# reading the nodes back (Python-ast.c obj2ast) and validating them (Python/ast.c).
import ast

def attempt(label, tree, mode="exec"):
    try:
        code = compile(tree, "<tree>", mode)
        print(label, "->", type(code).__name__)
        return code
    except (TypeError, ValueError, SyntaxError, OverflowError) as e:
        print(label, "->", type(e).__name__ + ":", e)

def loc(node):
    return ast.fix_missing_locations(node)

name = lambda n, ctx=ast.Load: ast.Name(n, ctx())
mod = lambda *body: loc(ast.Module(list(body), []))

code = attempt("ok exec", mod(ast.Assign([name("x", ast.Store)], ast.Constant(41)),
                             ast.Expr(ast.Call(name("print"), [ast.BinOp(name("x"), ast.Add(), ast.Constant(1))], []))))
exec(code)
print(eval(attempt("ok eval", loc(ast.Expression(ast.Constant("v")), ), "eval")))
attempt("wrong mode", mod(ast.Pass()), "eval")
attempt("wrong mod", loc(ast.Expression(ast.Constant(1))), "exec")
attempt("not a node", 42)
attempt("no lineno", ast.Module([ast.Pass()], []))
attempt("no col", ast.Module([ast.Pass(lineno=1)], []))
attempt("stmt in expr", mod(ast.Expr(ast.Pass())))
attempt("expr in body", mod(ast.Constant(1)))
attempt("None in body", ast.Module([None], []))
attempt("body not list", ast.Module((ast.Pass(),), []))
no_value = ast.Assign([name("x", ast.Store)], ast.Constant(1))
del no_value.value
attempt("missing value", mod(no_value))
attempt("value None", mod(ast.Assign([name("x", ast.Store)], None)))
attempt("empty targets", mod(ast.Assign([], ast.Constant(1))))
attempt("load target", mod(ast.Assign([name("x")], ast.Constant(1))))
attempt("store in expr", mod(ast.Expr(name("x", ast.Store))))
attempt("const target", mod(ast.Assign([ast.Constant(1)], ast.Constant(1))))
attempt("bad ctx", mod(ast.Expr(ast.Name("x", ast.Add()))))
attempt("id not str", mod(ast.Expr(ast.Name(1, ast.Load()))))
attempt("id None const", mod(ast.Expr(name("None"))))
attempt("bad constant", mod(ast.Expr(ast.Constant([1]))))
attempt("bad op", mod(ast.Expr(ast.BinOp(ast.Constant(1), ast.Load(), ast.Constant(2)))))
attempt("bad lineno", ast.Module([ast.Pass(lineno="1", col_offset=0)], []))
attempt("huge lineno", ast.Module([ast.Pass(lineno=2**40, col_offset=0)], []))
attempt("empty body", mod(ast.FunctionDef("f", ast.arguments(), [], [])))
attempt("empty if", mod(ast.If(ast.Constant(1), [], [])))
attempt("boolop one", mod(ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1)]))))
attempt("compare none", mod(ast.Expr(ast.Compare(ast.Constant(1), [], []))))
attempt("compare uneven", mod(ast.Expr(ast.Compare(ast.Constant(1), [ast.Lt()], []))))
attempt("dict uneven", mod(ast.Expr(ast.Dict([None], []))))
attempt("no generators", mod(ast.Expr(ast.ListComp(ast.Constant(1), []))))
attempt("defaults", mod(ast.Expr(ast.Lambda(ast.arguments(defaults=[ast.Constant(1)]), ast.Constant(1)))))
attempt("kw defaults", mod(ast.Expr(ast.Lambda(ast.arguments(kwonlyargs=[ast.arg("a")]), ast.Constant(1)))))
attempt("try bare", mod(ast.Try([ast.Pass()], [], [], [])))
attempt("try else", mod(ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])))
attempt("raise cause", mod(ast.Raise(None, name("e"))))
attempt("import level", mod(ast.ImportFrom("m", [ast.alias("x")], -1)))
attempt("import empty", mod(ast.Import([])))
attempt("walrus attr", mod(ast.Expr(ast.NamedExpr(ast.Attribute(name("a"), "b", ast.Store()), ast.Constant(1)))))
attempt("annassign simple", mod(ast.AnnAssign(ast.Attribute(name("a"), "b", ast.Store()), name("int"), None, 1)))
attempt("line range", ast.Module([ast.Pass(lineno=2, col_offset=0, end_lineno=1, end_col_offset=0)], []))
attempt("col range", ast.Module([ast.Pass(lineno=1, col_offset=5, end_lineno=1, end_col_offset=2)], []))
attempt("match star", mod(ast.Match(name("x"), [ast.match_case(ast.MatchStar("a"), body=[ast.Pass()])])))
attempt("match or", mod(ast.Match(name("x"), [ast.match_case(ast.MatchOr([ast.MatchAs()]), body=[ast.Pass()])])))
attempt("capture _", mod(ast.Match(name("x"), [ast.match_case(ast.MatchAs(name="_"), body=[ast.Pass()])])))
attempt("singleton", mod(ast.Match(name("x"), [ast.match_case(ast.MatchSingleton(1), body=[ast.Pass()])])))
attempt("value pattern", mod(ast.Match(name("x"), [ast.match_case(ast.MatchValue(name("y")), body=[ast.Pass()])])))
print(ast.dump(compile(ast.parse("x = 1 + 2"), "<t>", "exec", ast.PyCF_ONLY_AST)))
print(ast.dump(compile(ast.parse("x = 1 + 2"), "<t>", "exec", ast.PyCF_OPTIMIZED_AST)))
print(ast.dump(compile("y = (1, 2)[0]", "<t>", "exec", ast.PyCF_OPTIMIZED_AST)))
print(ast.dump(compile("y = 1  # type: int", "<t>", "exec", ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS)))
tree = ast.parse("x = 1")
print(compile(tree, "<t>", "exec", ast.PyCF_ONLY_AST) is tree)
try:
    compile("x", "<t>", "func_type")
except ValueError as e:
    print("ValueError:", e)
try:
    compile("x", "<t>", "nope", ast.PyCF_ONLY_AST)
except ValueError as e:
    print("ValueError:", e)
