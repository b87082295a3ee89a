# An f-string of 30 parts: BUILD_STRING 30.
def f(a):
    return f"{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-"
print(f(7))
