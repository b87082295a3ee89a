# Operator precedence and associativity: ** right-assoc and binds tighter than unary minus on its left.
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 7 // 2 * 2, 7 - 3 - 2)
print(1 | 2 ^ 3 & 4 << 1 + 1, ((1 | 2) ^ 3) & 4)
print(~1 + 1, -~1, not 1 + 1 == 2)
print(10 - 2 - 3, 100 / 10 / 5, 2 * 3 % 4)
