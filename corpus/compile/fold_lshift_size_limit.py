# << is folded only when the shift is <= 128 and bit_length(a) + shift <= 128; a negative shift is left alone.
a = 1 << 127
b = 1 << 128
c = 3 << 127
d = 0 << 200
print(a)
print(b)
print(c)
print(d)
try:
    e = 1 << -1
except ValueError as exc:
    print("ValueError:", exc)
