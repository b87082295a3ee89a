# A replacement field in a spec whose own spec has a nested field (two levels of spec nesting).
v = 3.14159
w = 10
p = 2
print(f"[{v:{w:{1}}}]")
print(f"[{v:{w}.{p:{1}}f}]")
