# += and *= mutate a bytearray in place (aliases see the change); + and * create new objects.
a = bytearray(b'ab')
alias = a
a += b'cd'
print(a, alias, a is alias)
a *= 2
print(a, alias is a)
b = a + b'!'
c = a * 0
print(b, c, b is a, type(c).__name__)
a *= 0
print(a, alias)
for expr in ("a + 'x'", "a * 1.5", "a += 'x'"):
    try:
        exec(expr)
    except TypeError as e:
        print(expr, type(e).__name__, e)
