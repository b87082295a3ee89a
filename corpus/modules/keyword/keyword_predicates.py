# keyword.iskeyword and issoftkeyword: case sensitivity, builtins that are not keywords, non-str input.
import keyword

words = ["if", "If", "None", "none", "print", "exec", "async", "await", "match", "case", "type", "_",
         "True", "nonlocal", "self", "__peg_parser__", "", "def "]
for w in words:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.iskeyword(1), keyword.issoftkeyword(None))
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError:", e)
for w in ("match", "type", "if"):
    try:
        exec(f"{w} = 1")
        print(w, "assignable")
    except SyntaxError as e:
        print(w, "SyntaxError:", e.msg)
