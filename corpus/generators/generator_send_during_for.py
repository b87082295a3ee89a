# Calling send() on a generator while a for loop iterates it consumes the value the loop would have seen.
def g():
    n = 0
    while n < 6:
        cmd = yield n
        n += 2 if cmd == "skip" else 1
gen = g()
seen = []
for v in gen:
    seen.append(v)
    if v == 1:
        seen.append(("sent ->", gen.send("skip")))
print(seen)
