# throw() raises inside a suspended generator; close() raises GeneratorExit, and finally blocks run.
def worker():
    try:
        while True:
            try:
                value = yield
                print("  got", value)
            except ValueError as e:
                print("  handled thrown", repr(e))
                yield "recovered"
    finally:
        print("  worker finally")

w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
next(w)
w.close()
print("closed, running:", w.gi_running, "frame:", w.gi_frame)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit, yielding anyway")
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def fresh():
    yield 1
g = fresh()
try:
    g.throw(KeyError("before start"))
except KeyError as e:
    print("unstarted generator re-raises:", repr(e))
print(list(g))
try:
    next(w)
except StopIteration:
    print("closed generator raises StopIteration")
