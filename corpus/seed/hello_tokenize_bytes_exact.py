# tokenize.tokenize over bytes (ENCODING token first) and exact_type of the OP tokens of 'print("hello")'.
import io
import tokenize
import token

source = b'print("hello")\n'
for tok in tokenize.tokenize(io.BytesIO(source).readline):
    print(f"{token.tok_name[tok.type]:<10} {token.tok_name[tok.exact_type]:<10} {tok.string!r:<12} {tok.start} {tok.end} {tok.line!r}")
