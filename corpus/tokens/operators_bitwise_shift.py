# Bitwise and shift tokens & | ^ ~ << >> with and without spaces.
a, b = 0b1100, 0b1010
print(a&b, a|b, a^b, ~a, a<<2, a>>2, 1<<100>>99)
