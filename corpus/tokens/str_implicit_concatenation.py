# Adjacent string literals concatenate: mixed quotes and prefixes, across lines in brackets, raw + plain.
a = "a" 'b' """c""" '''d'''
b = ("line one "
     "line two "
     r"\raw")
c = b"x" b'y' rb"\z"
print(a, b, c)
