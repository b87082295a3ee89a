# A closure keeps its cell alive after the outer call returns; separate outer calls create independent cells.
def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
a = make_counter(0)
b = make_counter(100)
print(a(), a(), a(5), b(), a())
print(a.__closure__[0].cell_contents, b.__closure__[0].cell_contents)
