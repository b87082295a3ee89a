# 255 ** 16 folds (bit_length 8 * 16 <= 128); 255 ** 17 does not.
a = 255 ** 16
b = 255 ** 17
print(a)
print(b)
