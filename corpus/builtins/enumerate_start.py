# enumerate() with start (including negative and big ints), laziness and its iterator type.
print(list(enumerate("abc")))
print(list(enumerate("abc", 1)), list(enumerate("ab", start=-1)))
print(list(enumerate([], 5)), list(enumerate("xy", 2**64)))
e = enumerate(iter([10, 20, 30]))
print(type(e).__name__, next(e), next(e))
print(list(e), list(e))
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=100):
    print(i, a, b)
print(dict(enumerate("hi")))
try:
    enumerate("a", 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    print("  generating")
    yield "g"
en = enumerate(gen())
print("created enumerate")
print(list(en))
