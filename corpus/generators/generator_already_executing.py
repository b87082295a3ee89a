# Re-entering a running generator from inside itself raises ValueError("generator already executing").
def g():
    yield me.send(None)
me = g()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def h():
    print("running inside:", gen.gi_running)
    yield 1
gen = h()
print("before:", gen.gi_running)
next(gen)
print("after:", gen.gi_running)
