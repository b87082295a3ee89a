# Every augmented operator applied to ints, and list += (in place) versus list + (new object).
v = 7
results = []
for op in ("+=", "-=", "*=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>="):
    x = 13
    if op == "+=": x += v
    elif op == "-=": x -= v
    elif op == "*=": x *= v
    elif op == "//=": x //= v
    elif op == "%=": x %= v
    elif op == "**=": x **= v
    elif op == "&=": x &= v
    elif op == "|=": x |= v
    elif op == "^=": x ^= v
    elif op == "<<=": x <<= v
    elif op == ">>=": x >>= 1
    results.append((op, x))
print(results)
a = [1]
alias = a
a += [2]
print(alias, alias is a)
a = a + [3]
print(alias, alias is a)
