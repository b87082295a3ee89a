# Recursive and mutually recursive type aliases are fine because the value is lazy.
type Tree = int | list[Tree]
type A = list[B]
type B = tuple[A, int]
print(Tree.__value__)
print(A.__value__, B.__value__)
