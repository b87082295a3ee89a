# SyntaxError raised by compile() at runtime carries msg, filename, lineno, offset, text and ends.
sources = [
    "x = = 1",
    "def f(:\n    pass",
    "print('unterminated)",
    "if True:\npass",
    "a = 1\n  b = 2",
    "x = (1,\n     2",
    "f(**k, *a)",
    "del f()",
    "1 = x",
    "return 5",
    "lambda x: (yield)",
    "nonlocal q",
]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg!r} line={e.lineno} off={e.offset} "
              f"end=({e.end_lineno}, {e.end_offset}) text={e.text!r}")
e = SyntaxError("message", ("file.py", 3, 5, "bad line\n", 3, 8))
print(str(e), e.args)
print(str(SyntaxError("no details")), repr(SyntaxError("x", ("f", 1, 2, "t", 1, 3))))
