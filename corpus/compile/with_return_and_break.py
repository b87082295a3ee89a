# return or break inside with calls __exit__ before leaving (the exit call is emitted on each path).
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit", a)
def f():
    with CM():
        return "ret"
def g():
    for i in range(3):
        with CM():
            if i == 1:
                break
            print("i", i)
    return i
print(f())
print(g())
