# A folded non-docstring first statement ("a" + "b") leaves its unused constant 'ab' in co_consts[0], shifting later indices.
"a" + "b"
x = 10
"a later string"
y = x + 20
print(x, y, __doc__)
