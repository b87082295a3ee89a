# Starred assignment targets at the start, middle, end, alone in a list, and nested.
first, *rest = range(5)
*init, last = "abcd"
head, *mid, tail = [1, 2, 3, 4, 5]
[*everything] = (9, 8)
*alone, = {1}
(p, *q), r = (1, 2, 3), 4
print(first, rest, init, last, head, mid, tail, everything, alone, p, q, r)
