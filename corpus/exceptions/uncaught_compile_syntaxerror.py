# A SyntaxError raised at runtime by compile() shows the caller's frame and the source snippet.
source = "result = (1 +\n          * 2)\n"
print("compiling")
code = compile(source, "<generated>", "exec")
