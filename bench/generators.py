# Generators: yield, generator expressions and yield from.
def gen(n):
    for i in range(n):
        yield i * 2

def chain(n):
    yield from gen(n)
    yield from gen(n)

print(sum(gen(1_000_000)))
print(sum(x for x in chain(500_000) if x % 3))
