# bisect: left/right positions, lo/hi bounds, key=, insort, and argument errors.
import bisect


def main():
    a = [1, 2, 4, 4, 4, 7, 9]
    print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10))
    print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect_left(a, 5, lo=1, hi=6), bisect.bisect(a, 4, hi=None))
    grades = "FDCBA"
    print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
    recs = [("a", 1), ("b", 3), ("c", 5)]
    print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
    b = []
    for x in [5, 1, 4, 1, 3]:
        bisect.insort(b, x)
    print(b)
    bisect.insort_left(b, 4)
    bisect.insort_right(b, 4)
    bisect.insort(recs, ("d", 4), key=lambda r: r[1])
    print(b, recs)
    for call in [lambda: bisect.bisect([1], 1, -1), lambda: bisect.insort(1, 2), lambda: bisect.bisect(),
                 lambda: bisect.bisect([1, 2], 1, x=1), lambda: bisect.bisect_left([1], 1, 0, 5),
                 lambda: bisect.bisect([1], 1, foo=2)]:
        try:
            print(call())
        except (TypeError, ValueError, IndexError) as e:
            print(type(e).__name__, e)


main()
