# Yielding again after GeneratorExit makes close() raise RuntimeError("generator ignored GeneratorExit").
def stubborn():
    while True:
        try:
            yield "value"
        except GeneratorExit:
            print("ignoring GeneratorExit")
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("still alive:", g.gi_frame is not None)
try:
    g.throw(KeyError("stop"))
except KeyError as e:
    print("finished by", repr(e), g.gi_frame)
