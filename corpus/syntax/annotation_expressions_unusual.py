# Annotations may be any expression: lambdas, calls, conditionals, strings, subscripts with slices.
calls = []
def mark(v):
    calls.append(v)
    return v
x: mark("call") = 1
y: lambda: 0 = 2
z: (int if x else str) = 3
w: dict[1:2, ...]
print(calls, [k for k in __annotations__], __annotations__["z"])
