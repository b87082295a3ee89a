# zip() truncates to the shortest input, works with no or one input, and is a lazy iterator.
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1, 2])), list(zip("a", "b", "c", "d")))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip("abc", range(3))))
z = zip(range(3), range(10, 13))
print(type(z).__name__, next(z), list(z))
def counted(n, label):
    for i in range(n):
        print(f"  {label} yields {i}")
        yield i
print(list(zip(counted(3, "long"), counted(1, "short"))))
print(list(zip(*[[1, 2], [3, 4], [5, 6]])))
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
