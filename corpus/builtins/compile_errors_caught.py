# SyntaxErrors raised by compile() at runtime are ordinary exceptions that can be inspected.
cases = ["def (", "x = 1 +", "for x in range(3) print(x)", "print 'hi'", "else:", "f(a for a in b, c)",
         "x := 5", "import", "{'a' 1}", "a, b += 1", "True = 1", "def f(x, x): pass"]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(f"{src!r:30} compiled")
    except SyntaxError as e:
        print(f"{src!r:30} {type(e).__name__}: {e.msg} (line {e.lineno}, col {e.offset})")
try:
    compile("x = 1", "<t>", "exec", flags=0x7fffffff)
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile("a\x00b", "<t>", "exec")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
