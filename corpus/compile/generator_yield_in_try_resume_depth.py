# A yield inside try/except or with has RESUME 1 (except depth > 1) while a plain yield has RESUME 5.
def gen():
    yield "plain"
    try:
        yield "in try"
    except ValueError:
        yield "in handler"
    yield "after"
g = gen()
print(next(g), next(g), g.throw(ValueError), next(g))
