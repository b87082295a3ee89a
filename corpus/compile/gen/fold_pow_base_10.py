# 10 ** 32 folds (bit_length 4 * 32 <= 128); 10 ** 33 does not.
a = 10 ** 32
b = 10 ** 33
print(a)
print(b)
