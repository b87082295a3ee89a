# CRLF inside a triple-quoted string: the compiler translates it to '\n' in the value.
s = """one
two
three"""
print(repr(s), len(s))
