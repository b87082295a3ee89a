# compile() in exec, eval and single modes; single mode echoes expression values via sys.displayhook.
code = compile("a = 6\nb = a * 7", "<exec>", "exec")
ns = {}
print(type(code).__name__, code.co_filename, exec(code, ns), ns["b"])
expr = compile("b + 1", "<eval>", "eval")
print(eval(expr, ns), code.co_name, expr.co_name)
single = compile("b * 2", "<single>", "single")
exec(single, ns)
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("for i in range(2): i\n", "<s>", "single"))
print(ns.get("_"), "_" in __builtins__.__dict__)
for src, mode in (("a = 1", "eval"), ("1\n2", "single"), ("x", "bogus")):
    try:
        compile(src, "<m>", mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
c = compile("x", "name.py", "eval", dont_inherit=True)
print(c.co_filename, c.co_names)
