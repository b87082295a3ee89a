# Number and string literal token boundaries: prefixes, underscores, exponents, imaginary, implicit joins.
import io
import tokenize

src = "0x_1f 1_000.5e-3j 0o17 0b1010 .5 5. 1e10 rb'\\d' Rb'x' br\"y\" u'z' 'a' 'b' 1if 1else 2\n"
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(f"{tokenize.tok_name[tok.type]:<8} {tok.string!r}")
