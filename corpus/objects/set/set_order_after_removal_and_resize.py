# Set order after removals (dummy slots) and re-insertion, and after growing past the resize thresholds.
s = {1, 2, 3, 4}
s.remove(2)
s.add(10)
print(s)
s.add(2)
print(s)
t = set()
for i in range(0, 40, 3):
    t.add(i)
print(t)
for i in range(0, 40, 6):
    t.discard(i)
print(t)
t.update([8, 16, 24, 100, 132])
print(t)
u = {40, 8, 72}
print(u, {8, 40, 72}, {72, 8, 40})
