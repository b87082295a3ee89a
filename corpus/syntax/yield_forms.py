# yield forms: bare, with a value, a bare tuple, a starred tuple, as an expression, and parenthesized in calls.
def gen():
    yield
    yield 1
    yield 1, 2
    rest = [4, 5]
    yield 3, *rest
    got = yield "send me"
    yield got
    print("in call:", str((yield "paren")))
g = gen()
print(next(g), next(g), next(g), next(g), next(g))
print(g.send("sent"))
print(next(g))
try:
    g.send("last")
except StopIteration:
    print("done")
