# String building: concatenation, join, formatting and methods.
parts = []
s = ""
for i in range(300_000):
    parts.append(f"{i}:{i % 7}")
    if i % 1000 == 0:
        s += str(i)
text = ",".join(parts)
print(len(text), len(s), text.count("3"), text[:40].upper())
print(len(text.split(",")), "x".join(["ab", "cd"]).replace("x", "-"))
