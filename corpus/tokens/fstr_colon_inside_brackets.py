# A ':' nested inside brackets or a lambda's parentheses does not start the format spec.
d = [10, 20, 30, 40]
print(f"{d[1:3]}")
print(f"{d[::2]!r:>12}")
print(f"{(lambda: 'lam')()}")
print(f"{ {'k': 'v'}['k'] }")
