# time's clocks: each returns a float (or an int for the _ns forms), monotonic clocks never go
# back, and sleep waits at least as long as asked; argument errors as CPython words them.
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    g = getattr(time, name + "_ns")
    a, b = f(), g()
    print(name, type(a).__name__, type(b).__name__, a >= 0, b >= 0)

m1 = time.monotonic()
p1 = time.perf_counter_ns()
time.sleep(0.02)
m2 = time.monotonic()
p2 = time.perf_counter_ns()
print(m2 >= m1 + 0.015, p2 - p1 >= 15_000_000)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
time.sleep(0)
time.sleep(False)

for call in [lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.sleep(-1),
             lambda: time.sleep(-0.5), lambda: time.sleep("1"), lambda: time.sleep(float("nan")),
             lambda: time.sleep(secs=1), lambda: time.time(1), lambda: time.monotonic_ns(None),
             lambda: time.perf_counter(x=1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(time.sleep.__name__, time.time.__name__, repr(time.sleep(0)))
