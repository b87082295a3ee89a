# sum() refuses str/bytes/bytearray starts and reports type errors from adding items.
tests = [
    lambda: sum(["a", "b"], ""),
    lambda: sum([b"a"], b""),
    lambda: sum([bytearray(b"a")], bytearray()),
    lambda: sum(["a", "b"]),
    lambda: sum([1, "2"]),
    lambda: sum([[1]]),
    lambda: sum(5),
    lambda: sum([1], 2, 3),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print("".join(["a", "b"]), sum([[1]], start=[]))
