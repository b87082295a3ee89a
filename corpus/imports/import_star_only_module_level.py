# `import *` inside a function or class body is a SyntaxError at compile time.
sources = [
    "def f():\n    from _mod_a import *\n",
    "class C:\n    from _mod_a import *\n",
    "from _mod_a import *\n",
]
for src in sources:
    try:
        compile(src, "<star>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
