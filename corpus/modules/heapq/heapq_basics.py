# heapq: push/pop order, heapify, replace/pushpop, nlargest/nsmallest, merge, errors.
import heapq


def main():
    h = []
    for x in [5, 1, 8, 3, 9, 2, 7]:
        heapq.heappush(h, x)
    print(h, h[0], [heapq.heappop(h) for _ in range(len(h))], h)
    data = [9, 4, 7, 1, 8, 2, 6]
    heapq.heapify(data)
    print(data, heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
    tasks = []
    for pri, name in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "also urgent")]:
        heapq.heappush(tasks, (pri, name))
    print([heapq.heappop(tasks) for _ in range(4)])
    nums = [4, 1, 7, 3, 8, 5, 1, 9]
    print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums), heapq.nlargest(20, nums))
    words = ["pear", "fig", "banana", "kiwi", "apple"]
    print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len), heapq.nlargest(2, iter(words)))
    print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge("ace", "bdf")), list(heapq.merge()))
    print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)), list(heapq.merge(["aa", "c"], ["b", "ddd"], key=len)))
    print(heapq.__all__)
    for call in [lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heappush([]),
                 lambda: heapq.heapify(()), lambda: heapq.heapreplace([], 1), lambda: heapq.nlargest(2, 5),
                 lambda: heapq.heappop(1)]:
        try:
            call()
        except (TypeError, IndexError) as e:
            print(type(e).__name__, e)


main()
