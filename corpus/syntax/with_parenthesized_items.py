# Parenthesized with-items (3.10+): several per line, trailing comma; and a parenthesized single expression.
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): return self.n
    def __exit__(self, *a): print("exit", self.n)
with (
    CM(1) as a,
    CM(2) as b,
):
    print(a, b)
with (CM(3) as c, CM(4)):
    print(c)
with (CM(5)):
    pass
with (CM(6)) as e, (CM(7)):
    print(e)
