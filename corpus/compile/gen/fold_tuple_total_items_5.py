# ((1,) * 200,) * 5 has 1000 nested items: <= 1024, folded.
t = ((1,) * 200,) * 5
print(len(t), sum(len(x) for x in t))
