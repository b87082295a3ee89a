# Triple-quote edge cases: quotes right before the closing delimiter, escaped quotes, empty triples.
a = """"x" """
b = """x\""""
c = '''a''' '''''' """"""
d = """ "" """
e = '''it's'''
f = """\"\"\""""
print(repr(a), repr(b), repr(c), repr(d), repr(e), repr(f))
