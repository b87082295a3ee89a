# A function whose only yield is unreachable is still a generator; return ends iteration early.
def never():
    return
    yield
def early(n):
    for i in range(n):
        if i == 2:
            return
        yield i
print(type(never()).__name__, list(never()), list(early(5)))
