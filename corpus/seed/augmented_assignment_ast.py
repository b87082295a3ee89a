# The AST keeps augmented assignment as AugAssign (it is not rewritten to a = a + b); bytecode uses BINARY_OP 13.
import ast
import dis

print(ast.dump(ast.parse("a += b")))
print(ast.dump(ast.parse("a = a + b")))
dis.dis(compile("a += b", "<aug>", "exec"))
x = [1]
y = x
x += [2]
print(x, y, x is y)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
