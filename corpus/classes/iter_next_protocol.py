# A class implementing __iter__/__next__ drives for loops, list(), unpacking and "in".
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        print("  __iter__")
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

for x in Countdown(3):
    print(x)
print(list(Countdown(4)))
a, b = Countdown(2)
print(a, b)
c = Countdown(5)
print(3 in c, list(c))
it = Countdown(1)
print(next(it), next(it, "done"))

class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
