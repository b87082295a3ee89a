# 3 ** 64 folds (bit_length 2 * 64 <= 128); 3 ** 65 does not.
a = 3 ** 64
b = 3 ** 65
print(a)
print(b)
