# An f-string with more than 30 parts is built with ''.join([...]) (BUILD_LIST + LIST_APPEND) instead of BUILD_STRING.
def f(a):
    return f"{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}"
def g(a):
    return f"{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}"
print(f(1))
print(g(2))
