# A recursive function calls itself by its global name: after rebinding that name the recursion changes target.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
saved = fact
print(saved(5))
def fact(n):
    return 100
print(saved(5))
