# yield from gets the return value of a custom iterator from StopIteration(value) raised by its __next__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n
def g():
    result = yield from Countdown(3)
    yield result
print(list(g()))
