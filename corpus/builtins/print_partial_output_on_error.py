# print() converts and writes arguments one by one, so output before a failing __str__ is kept.
class Bad:
    def __str__(self):
        raise ValueError("cannot render")

class Good:
    def __str__(self):
        return "good"

try:
    print("first", Good(), Bad(), "never")
except ValueError as e:
    print()
    print(type(e).__name__, e)
try:
    print(Bad(), "x")
except ValueError as e:
    print("nothing written before the error:", e)
print("sep", "end", sep=str(Good()), end=" " + str(Good()) + "\n")
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
try:
    print("a", Good(), Bad(), file=c)
except ValueError:
    pass
print(c.parts)
