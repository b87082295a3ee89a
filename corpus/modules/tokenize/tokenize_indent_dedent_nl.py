# generate_tokens on a block: INDENT/DEDENT, NEWLINE vs NL, COMMENT tokens and their positions.
import io
import tokenize

src = """# leading comment
def f(x):

    if x:  # trailing
        return 1
    return (2,
            3)
"""
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(f"{tokenize.tok_name[tok.type]:<10} {tok.string!r:<22} {tok.start} {tok.end}")
