# Tight integer arithmetic in while and for loops.
total = 0
i = 0
while i < 3_000_000:
    total += i * 3 % 7
    i += 1
for j in range(2_000_000):
    total ^= j
print(total)
