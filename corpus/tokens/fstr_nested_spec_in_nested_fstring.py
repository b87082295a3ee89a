# A nested f-string inside a format spec field.
w = 6
x = 1.5
print(f"[{x:{f'{w}'}}]")
print(f"[{x:>{f'{w}'}.{f'{2}'}f}]")
