# NodeVisitor dispatch and NodeTransformer rewriting, then fix_missing_locations and compile the new tree.
import ast

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.calls = []
    def visit_Call(self, node):
        self.calls.append(ast.unparse(node.func))
        self.generic_visit(node)

class SwapAddMul(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.BinOp(left=node.left, op=ast.Mult(), right=node.right)
        return node

src = "result = f(g(2 + 3), h.k(4)) if 0 else (2 + 3) * (1 + 1)"
tree = ast.parse(src)
c = Counter()
c.visit(tree)
print(c.calls)
new = ast.fix_missing_locations(SwapAddMul().visit(tree))
print(ast.unparse(new))
ns = {}
exec(compile(new, "<ast>", "exec"), ns)
print(ns["result"])
