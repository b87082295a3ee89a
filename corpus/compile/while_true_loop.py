# while 1: / while True: compile without a test; code after a break-less while True loop is unreachable.
def f(n):
    i = 0
    while 1:
        i += 1
        if i >= n:
            break
    while True:
        i += 10
        if i > 50:
            return i
    print("unreachable")
print(f(3))
