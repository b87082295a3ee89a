# Non-ASCII text inside f-string middles and fields: tokenize columns in code points, AST in bytes.
é = "ü"
print(f"€{é}😀{é!r}ñ")
