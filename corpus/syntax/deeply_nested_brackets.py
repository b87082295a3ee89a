# Fifty levels of nested parentheses and lists: well within the parser's nesting limit.
v = ((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))
w = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[2]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
depth = 0
while isinstance(w, list):
    w = w[0]
    depth += 1
print(v, w, depth)
