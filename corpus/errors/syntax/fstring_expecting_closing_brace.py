# A field left open before the closing quote: "f-string: expecting '}'".
s = f"{x"
