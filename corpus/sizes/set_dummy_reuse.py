# Removing and re-adding set elements reuses slots; the table only resizes when fill crosses 3/5.
import sys

s = set(range(4))
print(len(s), sys.getsizeof(s))
for i in range(4):
    s.discard(i)
print(len(s), sys.getsizeof(s))
for i in range(4):
    s.add(i)
print(len(s), sys.getsizeof(s))
churn = set()
sizes = []
for i in range(200):
    churn.add(i)
    churn.discard(i)
    sizes.append(sys.getsizeof(churn))
print(sorted(set(sizes)), len(churn))
