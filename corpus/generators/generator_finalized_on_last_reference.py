# A suspended generator is closed when its last reference goes away: its finally block runs at that moment.
def g(tag):
    try:
        yield tag
    finally:
        print("finalized", tag)
a = g("a")
next(a)
print("before del")
del a
print("after del")
b = g("b")
next(b)
b = None
print("after rebinding b")
for v in g("loop"):
    print("got", v)
    break
print("after loop")
