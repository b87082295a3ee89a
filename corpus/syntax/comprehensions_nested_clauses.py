# Comprehensions with several for clauses and several if clauses, and a comprehension inside another.
pairs = [(x, y) for x in range(3) for y in range(3) if x != y if (x + y) % 2]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [v for row in matrix for v in row if v % 4 == 0])
print({k: [c for c in k] for k in ("ab", "c")})
print([x for x in [y for y in range(6) if y % 2] if x > 1])
