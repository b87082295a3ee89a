# ast.get_docstring (cleaned and raw) and ast.get_source_segment with and without padding.
import ast

src = '''def f():
    """First line.

        Indented detail.
    """
    return  (1 +
             2)
'''
tree = ast.parse(src)
fn = tree.body[0]
print(repr(ast.get_docstring(fn)))
print(repr(ast.get_docstring(fn, clean=False)))
print(ast.get_docstring(ast.parse("x = 1")))
ret = fn.body[1]
print(repr(ast.get_source_segment(src, ret.value)))
print(repr(ast.get_source_segment(src, ret.value, padded=True)))
print(ret.lineno, ret.col_offset, ret.end_lineno, ret.end_col_offset)
try:
    ast.get_docstring(ast.parse("1").body[0])
except TypeError as e:
    print("TypeError:", e)
