# Assignment expressions in if/while conditions, call arguments, subscripts, lists, and f-strings.
data = [3, 8, 1]
if (n := len(data)) > 2:
    print("n", n)
chunks = iter([1, 2, 0, 4])
while (c := next(chunks)):
    print("chunk", c)
print(max((m := 5), 2), m)
print(data[(i := 1)], i)
print([(j := 10), j + 1])
print(f"{(k := 7) * 2} {k}")
total = (s := 1) + (s := s + 1) + s
print(total, s)
