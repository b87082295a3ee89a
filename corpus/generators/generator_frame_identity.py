# A generator's frame object is one live object: obtained while the generator runs or through
# gi_frame, it shows the current line after later resumptions, and gi_frame returns it again.
import sys


def counter():
    f = sys._getframe()
    yield f
    total = 1
    yield f.f_lineno
    total += 1
    yield f.f_lineno
    return total


it = counter()
fr = next(it)
print("first", fr.f_lineno, it.gi_frame is fr, it.gi_frame is it.gi_frame)
print("second", next(it), fr.f_lineno)
print("third", next(it), fr.f_lineno, it.gi_frame is fr)
print("locals", sorted(fr.f_locals), fr.f_back)
try:
    next(it)
except StopIteration as e:
    print("done", e.value, it.gi_frame, fr.f_lineno)


def plain():
    for i in range(3):
        yield i


g = plain()
f0 = g.gi_frame
print("created", f0.f_lineno, g.gi_frame is f0, f0.f_code.co_name)
seen = []
for v in g:
    seen.append((v, f0.f_lineno, g.gi_frame is f0, f0.f_locals.get("i")))
print(seen)
print("after", g.gi_frame, f0.f_lineno)


def inner():
    me = sys._getframe()
    yield me.f_back.f_code.co_name
    yield me.f_lineno


def outer():
    yield from inner()


print(list(outer()))


def looks_at_itself():
    yield sys._getframe().f_lineno
    yield sys._getframe().f_lineno
    yield sys._getframe() is sys._getframe()


gen = looks_at_itself()
print(sum(x for x in gen if x is not True), gen.gi_frame)
gen = looks_at_itself()
print([next(gen), gen.gi_frame.f_lineno, next(gen), gen.gi_frame.f_lineno, next(gen)])
