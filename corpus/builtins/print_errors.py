# print() argument errors: sep/end types, unknown keywords, files without write().
tests = [
    lambda: print("x", sep=1),
    lambda: print("x", end=[]),
    lambda: print("x", color="red"),
    lambda: print("x", file=5),
    lambda: print("x", file="path"),
]
for t in tests:
    try:
        t()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("a", "b", sep="+", end="!", file=c)
print(c.parts)
class NoFlush:
    def write(self, s):
        pass
try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print(type(e).__name__, e)
