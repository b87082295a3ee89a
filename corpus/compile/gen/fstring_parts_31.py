# An f-string of 31 parts: more than 30 parts use ''.join([...]).
def f(a):
    return f"{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}"
print(f(7))
