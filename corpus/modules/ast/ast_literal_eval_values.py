# ast.literal_eval accepts literals, containers, unary +/-, complex sums and set(); strips leading spaces.
import ast

cases = [
    "42", "-7", "+3", "0x1f", "1_000", "3.5e2", "-1e400", "1+2j", "-1-2j",
    "'text'", "b'raw'", "u'x'", "'a' 'b'", "None", "True", "...",
    "[1, [2, (3,)]]", "{'k': [1]}", "{1, 2}", "set()", "()", "(1,)", "  17", "\t[]",
]
for src in cases:
    value = ast.literal_eval(src)
    print(repr(src), "->", repr(value), type(value).__name__)
node = ast.parse("[1, 'two']", mode="eval")
print(ast.literal_eval(node), ast.literal_eval(node.body))
