# Constant nodes for every literal kind; the 'u' kind; no constant folding in ast.parse; optimize=2 folds.
import ast

src = "(1, 2.5, 3j, 'a', u'b', b'c', True, None, ..., -4, 1 + 2, 'x' 'y', f'plain')"
tree = ast.parse(src, mode="eval")
for elt in tree.body.elts:
    print(ast.dump(elt))
print([c.kind for c in ast.walk(tree) if isinstance(c, ast.Constant)])
print(ast.dump(ast.parse("1 + 2 * 3", mode="eval", optimize=2)))
