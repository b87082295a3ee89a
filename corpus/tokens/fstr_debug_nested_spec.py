# '=' with a nested-field format spec, and the debug text for nested f-strings.
x = 3.25
w = 8
print(f"{x=:{w}.1f}")
print(f"{f'{x}'=}")
print(f"{x=:}")
