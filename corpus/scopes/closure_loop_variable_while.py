# Closures created in a while loop share the single cell of the loop variable; a default captures each value.
def make():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda: i)
        fs.append(lambda i=i: i)
        i += 1
    return [f() for f in fs]
print(make())
