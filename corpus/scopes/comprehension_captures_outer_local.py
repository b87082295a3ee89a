# A comprehension reads the enclosing function's locals; a lambda inside it closes over the comprehension variable.
def f(k):
    scale = k * 10
    vals = [x * scale for x in range(3)]
    getters = [lambda: x for x in range(3)]
    return vals, [g() for g in getters]
print(f(2))
