# Generator methods: self is kept alive across yields, and the qualname includes the class.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        return (v for v in self if v % 2 == 0)
c = Countdown(5)
print(list(c), list(c.evens()))
it = iter(c)
print(type(it).__name__, it.__qualname__, c.evens().__qualname__)
