# f-strings tokenize as FSTRING_START/MIDDLE/END with nested expression tokens (PEP 701).
import io
import tokenize

src = 'f"a{b!r:>{w}}c{{d}}" f\'\'\nf"""x\n{y=}"""\n'
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(f"{tokenize.tok_name[tok.exact_type]:<14} {tok.string!r:<10} {tok.start} {tok.end}")
