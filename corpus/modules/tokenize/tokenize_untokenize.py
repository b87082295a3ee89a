# untokenize: full 5-tuples reproduce the source exactly; 2-tuples give a spaced but equivalent source.
import io
import tokenize

src = "def f(a,b = 2):\n    return a+b  # sum\n\nprint( f(1) )\n"
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
full = tokenize.untokenize(toks)
print(full == src)
print(repr(full))
pairs = tokenize.untokenize((t.type, t.string) for t in toks)
print(repr(pairs))
ns = {}
exec(pairs, ns)
btoks = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
out = tokenize.untokenize(btoks)
print(type(out).__name__, out == src.encode())
