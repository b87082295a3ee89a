# The implicit 'return None' takes the line of the last statement; after an if/else both ends return separately.
def f(x):
    if x:
        print("a")
    else:
        print("b")
def g(x):
    for i in x:
        print(i)
def h(x):
    while x:
        x -= 1
print(f(1), f(0), g([7]), h(2))
