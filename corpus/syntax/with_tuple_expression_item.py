# "with (a, b) as c" uses a tuple expression as one context manager (fails), unlike "with (a, b):".
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n)
with (CM(1), CM(2)):
    print("two items")
try:
    with (CM(3), CM(4)) as both:
        print("unreachable")
except TypeError as e:
    print("TypeError:", e)
