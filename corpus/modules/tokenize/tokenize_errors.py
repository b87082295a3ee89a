# Tokenizer errors: TokenError for EOF/bad literals, IndentationError and TabError from dedents.
import io
import tokenize

cases = [
    "x = (1,\n",
    '"""abc\n',
    "x = 'abc\n",
    "0b2\n",
    "if x:\n    a\n  b\n",
    "def f():\n\tif x:\n        pass\n",
    "a $ b\n",
]
for src in cases:
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
        print(repr(src), "ok", [tokenize.tok_name[t.type] for t in toks])
    except tokenize.TokenError as e:
        print(repr(src), "TokenError", e.args)
    except IndentationError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
