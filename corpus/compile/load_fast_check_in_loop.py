# A variable first assigned inside a loop body is possibly unbound at a read after (and before) the loop.
def f(n):
    for i in range(n):
        last = i
    return last
def g(n):
    while n:
        if n == 1:
            print("seen", seen)
        seen = n
        n -= 1
    return seen
print(f(3), g(3))
try:
    f(0)
except UnboundLocalError as e:
    print(e)
