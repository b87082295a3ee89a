# Non-ASCII text: tokenize columns count code points, AST offsets count UTF-8 bytes.
é = "ü€😀" + "x"
日本 = '語'
print(é, 日本, len(é))
