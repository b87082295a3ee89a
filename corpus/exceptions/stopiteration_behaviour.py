# StopIteration carries a generator's return value; raising it inside a generator becomes RuntimeError.
def gen():
    yield 1
    return "result"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), "args:", e.args)

def delegating():
    r = yield from gen()
    print("  yield from got", r)
    yield r

print(list(delegating()))

def leaky():
    yield 1
    raise StopIteration("leaked")

try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

it = iter([])
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
print(StopIteration().value, StopIteration(1, 2).value)
def stop_in_lambda_map():
    return list(map(lambda x: next(iter([])), [1]))
try:
    print(stop_in_lambda_map())
except StopIteration:
    print("StopIteration escaped map")
