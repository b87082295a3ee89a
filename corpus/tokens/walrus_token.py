# COLONEQUAL ':=' in conditions, comprehensions, and calls; ':' '=' with a space is not walrus.
data = [1, 5, 9, 12]
if (n := len(data)) > 3:
    print("n =", n)
print([y for x in data if (y := x * 2) > 10], y)
print(max(m := 3, 2), m)
while (k := data.pop()) > 5:
    pass
print(k)
