# A decorator factory: @repeat(3) calls repeat(3) first, then applies the returned decorator.
def repeat(n):
    print("factory", n)
    def deco(fn):
        print("decorating", fn.__name__)
        def wrapper(x):
            return [fn(x) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def twice(x):
    return x * 2
print(twice(4))
