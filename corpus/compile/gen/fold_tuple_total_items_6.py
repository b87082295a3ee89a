# ((1,) * 200,) * 6 has 1200 nested items: > 1024 (MAX_TOTAL_ITEMS), not folded.
t = ((1,) * 200,) * 6
print(len(t), sum(len(x) for x in t))
