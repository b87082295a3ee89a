# := inside a comprehension binds in the enclosing function, so it is a plain local after inlining.
def f(data):
    found = [last := x for x in data if x > 1]
    return found, last
print(f([1, 2, 3]))
total = 0
running = [total := total + v for v in (1, 2, 3)]
print(running, total)
