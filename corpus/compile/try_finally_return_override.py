# A return inside finally overrides the try's return value and swallows an exception in flight.
def f():
    try:
        return "try"
    finally:
        return "finally"
def g():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"
def h(log):
    try:
        return log.append("return value computed first") or "try"
    finally:
        log.append("finally ran")
log = []
print(f(), g(), h(log), log)
