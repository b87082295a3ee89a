# 256 ** 14 folds (bit_length 9 * 14 <= 128); 256 ** 15 does not.
a = 256 ** 14
b = 256 ** 15
print(a)
print(b)
