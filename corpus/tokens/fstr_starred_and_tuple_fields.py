# Tuples and starred expressions in fields: f"{*a,}" formats a tuple, f"{1, 2}" too.
a = [1, 2]
print(f"{*a,}")
print(f"{1, 2}")
print(f"{*a, 3}")
print(f"{a[0], a[-1]=}")
