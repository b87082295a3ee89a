# The PEG parser raises SyntaxError for malformed input: variants of a broken print("hello").
sources = [
    'print("hello"',
    'print("hello))',
    'print "hello"',
    'print("hello") )',
    'print(("hello")',
]
for src in sources:
    try:
        compile(src, "hello.py", "exec")
    except SyntaxError as e:
        print(repr(src))
        print("  ", type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)
