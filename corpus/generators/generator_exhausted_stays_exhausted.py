# An exhausted generator keeps raising StopIteration (without the original value) and cannot be restarted.
def g():
    yield "only"
    return "ret"
gen = g()
print(list(gen), list(gen))
gen2 = g()
next(gen2)
for attempt in range(2):
    try:
        next(gen2)
    except StopIteration as e:
        print("attempt", attempt, repr(e.value))
try:
    gen2.send("late")
except StopIteration as e:
    print("send after end:", repr(e.value))
