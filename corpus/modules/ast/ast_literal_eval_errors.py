# ast.literal_eval rejects names, calls, operators and bad syntax with ValueError/SyntaxError messages.
import ast

cases = ["x", "f()", "1 + x", "2 ** 3", "[1, y]", "{1: a}", "-'a'", "set([1])", "1 if 1 else 2",
         "", "1 +", "(", "'\\x'", "a.b", "1 - 1j - 1"]
for src in cases:
    try:
        print(repr(src), "ok", repr(ast.literal_eval(src)))
    except ValueError as e:
        msg = str(e)
        if " object at 0x" in msg:
            msg = msg.split(" object at 0x")[0] + " object>"
        print(repr(src), "ValueError", msg)
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg, e.lineno)
try:
    ast.literal_eval(42)
except ValueError as e:
    print("non-node ValueError", str(e).split(" object at 0x")[0])
