# A StopIteration raised inside a generator expression body also becomes RuntimeError (PEP 479).
def boom(x):
    if x == 2:
        raise StopIteration("from body")
    return x
try:
    print(list(boom(x) for x in range(4)))
except RuntimeError as e:
    print("RuntimeError:", e)
print([boom(x) for x in range(2)])
try:
    print([boom(x) for x in range(4)])
except StopIteration as e:
    print("list comprehension lets StopIteration through:", e)
