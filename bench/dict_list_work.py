# Dict and list work: building, lookups, updates, sorting, comprehensions.
d = {}
for i in range(400_000):
    d[i % 5003] = d.get(i % 5003, 0) + i
words = [str(i * 7919 % 10007) for i in range(200_000)]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
lst = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
squares = [x * x for x in range(300_000) if x & 1]
print(len(d), sum(d.values()), lst, len(squares), squares[-1])
