# ast.unparse regenerates normalised source: quotes, parentheses, precedence and f-strings.
import ast

sources = [
    "x = (1)",
    "y = (a + b) * c",
    "z = a + (b * c)",
    "s = \"dq\"",
    "t = 'it\\'s'",
    "f = f'{a!r:>{w}} {b=}'",
    "lam = lambda a, *b, c=1, **d: (a, b)",
    "del a[1:2, ::3]",
    "async def g():\n    await x\n    async for i in y:\n        pass",
    "class C(B, metaclass=M):\n    x: int = 1",
    "match p:\n    case [1, *rest] | {'k': _} if rest:\n        pass",
    "print(-(-1), not not x, (yield))",
    "w = (x := 5)",
]
for src in sources:
    print(ast.unparse(ast.parse(src)))
    print("--")
