# a, *b, c = x compiles to UNPACK_EX (count before | count after << 8); nested targets unpack recursively.
def f(seq):
    a, *b, c = seq
    *d, e = seq
    (g, h), *i = [seq[:2], 0]
    return a, b, c, d, e, g, h, i
print(f([1, 2, 3, 4]))
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
