# TokenInfo is a namedtuple of (type, string, start, end, line) with an exact_type property.
import io
import tokenize

toks = list(tokenize.generate_tokens(io.StringIO("a[1] **= -b.c\n").readline))
for t in toks:
    print(t.type, tokenize.tok_name[t.type], t.exact_type, tokenize.tok_name[t.exact_type], repr(t.string))
first = toks[0]
print(first)
print(tuple(first))
print(first._fields)
print(first._replace(string="zz"))
print(first == tokenize.TokenInfo(1, "a", (1, 0), (1, 1), "a[1] **= -b.c\n"))
print(type(first).__mro__[1].__name__)
