# all()/any() on empty and mixed iterables, with short-circuiting and truthiness of results.
print(all([]), any([]), all([1, 2]), any([0, ""]), all([1, 0]), any([0, 3]))
print(all("abc"), any(""), all([[]]), any([[]]), all([[0]]))
def noisy(values):
    for v in values:
        print("  yielded", v)
        yield v
print(any(noisy([0, 5, 7])))
print(all(noisy([1, 0, 1])))
r = any([0, "text"])
print(r, type(r).__name__)
print(all(x > 0 for x in [3, 2, 1]), any(x < 0 for x in range(5)))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
class Falsy:
    def __bool__(self):
        return False
print(any([Falsy()]), all([Falsy(), 1]))
