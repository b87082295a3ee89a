# Chained generators form a lazy pipeline: each stage pulls one item at a time from the previous one.
def source(items):
    for it in items:
        print("produce", it)
        yield it
def double(xs):
    for x in xs:
        yield x * 2
def only_big(xs, limit):
    for x in xs:
        if x > limit:
            yield x
p = only_big(double(source([1, 5, 2, 8])), 4)
print("pipeline built")
for v in p:
    print("got", v)
