# Set operations on keys views produce plain sets, so their iteration order is set (hash) order, not dict order.
a = {'pear': 1, 'apple': 2, 'fig': 3, 'kiwi': 4}
b = {'kiwi': 0, 'fig': 0, 'plum': 0}
print(a.keys() & b.keys(), a.keys() | b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys())
n = dict.fromkeys([40, 3, 17, 8, 1])
print(n.keys() | {2, 100}, n.keys() & range(10), {0} | n.keys(), n.items() & {(3, None), (9, None)})
