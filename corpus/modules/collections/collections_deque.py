# deque: both ends, maxlen windows, rotate, indexing, comparisons, reprs and errors.
from collections import deque


def main():
    d = deque([1, 2, 3])
    d.append(4)
    d.appendleft(0)
    print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
    d.extend("ab")
    d.extendleft([9, 8])
    print(d, d.count(1), d.index(2), d.index("a", 2, 6), 3 in d, "z" in d)
    d.rotate(2)
    print(d)
    d.rotate(-3)
    print(d)
    d.rotate()
    print(d, d.maxlen)
    d.insert(1, "x")
    d.remove(9)
    del d[0]
    d[0] = "first"
    print(d)
    d.reverse()
    print(d, list(reversed(d)), d.copy(), d.copy() is d)
    d.clear()
    print(d, bool(d), repr(deque()))
    w = deque(range(10), maxlen=3)
    print(w, w.maxlen)
    w.append(10)
    w.appendleft(-1)
    print(w)
    w.extend(range(20, 25))
    print(w)
    w.extendleft("pq")
    print(w, deque(maxlen=0), deque("ab", 0))
    z = deque("abc", maxlen=5)
    z.insert(0, "z")
    print(z)
    e = deque([1, 2])
    e += [3, 4]
    e *= 2
    print(e, e * 2, 2 * deque("a"), deque("ab") + deque("cd"), deque("ab") * 0)
    print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]), deque([1, 2]) < deque([1, 3]),
          deque([1]) <= deque([1, 0]), deque([2]) > deque([1, 9]), deque([1]) == [1])
    s = deque([1])
    s.append(s)
    print(s)
    it = iter(deque([1, 2, 3]))
    print(next(it), it.__length_hint__(), list(it), type(it).__name__, type(reversed(deque())).__name__)
    print(deque[int], type(d).__name__, type(d).__module__, repr(type(d)))
    mut = deque([1, 2, 3])
    try:
        for x in mut:
            mut.append(x)
    except RuntimeError as e:
        print("RuntimeError", e)
    checks = [lambda: deque([1]) + [1], lambda: deque([1]) * "a", lambda: deque([1])[1:2], lambda: deque([1])[5],
              lambda: deque([1])[-2], lambda: deque(maxlen=-1), lambda: deque(1), lambda: deque([], "a"),
              lambda: deque([1]).index(9), lambda: deque([1]).remove(9), lambda: deque().pop(), lambda: deque().popleft(),
              lambda: deque([1]).rotate("a"), lambda: deque([1]).insert(0), lambda: hash(deque()),
              lambda: deque([1], 1).insert(0, 2), lambda: deque([1]) < [1], lambda: deque([1]).count(),
              lambda: deque(x=1), lambda: deque([], None, 3), lambda: deque().append(), lambda: deque([1])["a"],
              lambda: deque([1]).extend(1), lambda: setattr(deque(), "maxlen", 3)]
    for c in checks:
        try:
            print(c())
        except (TypeError, ValueError, IndexError, AttributeError) as e:
            print(type(e).__name__, e)


main()
