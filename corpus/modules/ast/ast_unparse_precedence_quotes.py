# ast.unparse over many constructs: parentheses from precedence, quote choice, f-strings,
# docstrings, statements and patterns; each source is parsed, unparsed, and reparsed to check.
import ast

sources = [
    "x = -1 ** 2; y = (-1) ** 2; z = 2 ** -1; w = (2 ** 3) ** 4; v = 2 ** 3 ** 4",
    "a = not (b == c); d = (not b) == c; e = ~(a + b); f = -(-a)",
    "r = a or b and c; s = (a or b) and c; t = a or (b or c); u = (a or b) or c",
    "q = (lambda: 1) if x else (lambda y: y); p = [*a, *(b or c)]; o = {**a, **(b or c)}",
    "v = (yield x), (yield from y); g = (x for x in y if x if not x); h = [(a, b) for a, b in c]",
    "m = a if b else (c if d else e); n = (a if b else c) if d else e",
    "k = a < b < c; l = (a < b) < c; j = a < (b < c); i = (a, b) == (c,)",
    "print(1 .real, 1.5.real, True .real, 'a'.upper, (1).bit_length(), x[1:2, ::3], x[()], x[(1, 2)], x[a:b][c])",
    "s = 'it\\'s'; t = \"say \\\"hi\\\"\"; u = 'both \\' and \"'; v = 'tab\\tnl\\nbs\\\\'; w = b'\\x00\\xff'",
    "f = f'{a!r} {b:>{w}.{p}f} {c!s:x} {d=} {\"q\"} {e:{{}}}'; g = f'{x}\\n{y!a}'; h = f\"{'a'}\"",
    "def f(a, /, b, *, c): pass\ndef g(a=1, /, b=2, *args, c, d=4, **kw): pass\nlambda *, a: a\nlambda a, /: a",
    "@dec\n@dec2(x)\nclass C(A, B, metaclass=M, **kw):\n    '''Doc with \"quotes\" and \\'''s.'''\n    x: int\n    (y): int = 2\n    z.w: str",
    "async def f():\n    async with a as b, c:\n        pass\n    async for x in y:\n        await z\n    return [i async for i in g() if await i]",
    "try:\n    pass\nexcept* ValueError as e:\n    raise\nexcept* (TypeError, KeyError):\n    raise X from e\nelse:\n    pass\nfinally:\n    del a, (b, c), d[0]",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    if c:\n        pass\n    x = 1\nwhile x:\n    break\nelse:\n    continue",
    "match p:\n    case Point(x=0, y=0) | Point(1, 2):\n        pass\n    case {'a': 1, **rest}:\n        pass\n    case [1, *_] as whole if whole:\n        pass\n    case (1 | 2) as n:\n        pass\n    case -1 | 1.5 | 2j | -1 + 2j | a.b | None | True | 'x' 'y':\n        pass\n    case _:\n        pass",
    "type Alias[T: int, *Ts, **P] = list[T]\ndef f[T = int](x: T) -> T: ...\nclass G[T, U = str]: pass",
    "from . import a\nfrom ..b.c import d as e, f\nimport g.h as i, j\nglobal k, l\nx: 'int'\nassert x, 'msg'",
    "x = {}; y = {1}; z = set(); w = {1: 2, 3: 4}; v = (); u = (1,); t = 1,; s = [1, 2][0]",
    "with (open(a) as b, open(c) as d):\n    pass\nwith a, b as (c, d):\n    pass",
    "x += 1; y @= z; z //= 2; w **= 3; a[b] >>= c; d.e |= f",
    "u'unicode kind'; 1_000_000; 0x1F; 1e10; 1E-5; 10j; 0.5; 1_0.0_1",
]
for src in sources:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    print(out)
    again = ast.unparse(ast.parse(out))
    print("stable:", again == out)
    print("--")
