# Multi-character operators are tokenized greedily; exact_type names each one.
import io
import tokenize

src = "a->b:=c**=d//=e>>=f<<=g!=h==i<=j>=k@=l...m->n~o^p|=q&r%s\n"
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    if tok.type == tokenize.OP:
        print(f"{tok.string!r:<6} {tokenize.tok_name[tok.exact_type]}")
