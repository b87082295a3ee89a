# "=" debug after "==", "<=" and "!=": after "!=" the captured debug text stops at the "!" (prints "a", not "a!=b = ").
a, b = 1, 2
print(f"{a==b=}")
print(f"{a<=b=}")
print(f"{a!=b = }")
