# Local variables persist across yields; two generator objects from one function have separate state.
def running_avg():
    total = 0.0
    n = 0
    avg = None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n
a = running_avg()
b = running_avg()
next(a)
next(b)
print(a.send(10), a.send(20), b.send(1), a.send(30), b.send(3))
