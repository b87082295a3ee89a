# zip pulls from its iterators left to right: when a later one is exhausted, an item already taken from the first is lost.
def gen(tag, n):
    for i in range(n):
        print("pull", tag, i)
        yield i
a = gen("a", 5)
print(list(zip(a, gen("b", 2))))
print("left in a:", list(a))
