# wraps/update_wrapper, lru_cache and cache with cache_info, cached_property.
import functools


def main():
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            """wrapper doc"""
            return fn(*a, **k)
        return wrapper

    @deco
    def greet(name):
        """Say hello."""
        return "hi " + name

    print(greet("bob"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__wrapped__("x"))
    print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

    def plain():
        pass
    plain.extra = 1

    def w():
        pass
    functools.update_wrapper(w, plain)
    print(w.__name__, w.extra, w.__wrapped__ is plain)

    calls = []

    @functools.lru_cache(maxsize=2)
    def sq(x):
        calls.append(x)
        return x * x

    print(sq(2), sq(2), sq(3), sq(4), sq(2), calls)
    print(sq.cache_info(), sq.cache_parameters())
    info = sq.cache_info()
    print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__, info._fields)
    sq.cache_clear()
    print(sq.cache_info(), sq.__name__, sq.__wrapped__(5))

    @functools.lru_cache
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    print(fib(60), fib.cache_info())

    @functools.cache
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    print(fact(20), fact.cache_info())

    @functools.lru_cache(maxsize=None, typed=True)
    def ident(x):
        return type(x).__name__
    print(ident(1), ident(1.0), ident(True), ident.cache_info())

    @functools.lru_cache(maxsize=0)
    def nocache(x):
        return x
    print(nocache(1), nocache(1), nocache.cache_info())
    print(functools.lru_cache(maxsize=-5)(abs).cache_info())
    try:
        functools.lru_cache(1.5)
    except TypeError as e:
        print("TypeError", e)

    class Circle:
        def __init__(self, r):
            self.r = r

        @functools.cached_property
        def area(self):
            print("computing")
            return self.r * self.r * 3

    c = Circle(2)
    print(c.area, c.area, "area" in vars(c), type(Circle.area).__name__, Circle.area.attrname)
    del c.area
    print(c.area)


main()
