# Method calls and attribute access on instances of a small class.
class Counter:
    def __init__(self):
        self.count = 0
        self.step = 1

    def bump(self):
        self.count += self.step
        return self.count

    def get(self):
        return self.count

c = Counter()
for _ in range(1_500_000):
    c.bump()
    c.get()
print(c.get())
