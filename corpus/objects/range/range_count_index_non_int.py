# range.count/index with non-int values fall back to equality scanning (floats, bools, custom __eq__).
r = range(5)
print(r.count(2.0), r.index(2.0), r.count(True), r.index(True), 3.0 in r, 3.5 in r, r.count('a'), r.count(None))
class Eq3:
    def __eq__(self, other):
        return other == 3
print(r.count(Eq3()), r.index(Eq3()), Eq3() in r)
try:
    r.index(2.5)
except ValueError as e:
    print(type(e).__name__, e)
