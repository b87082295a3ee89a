# functools.reduce and partial: results, reprs, flattening of nested partials, errors.
import functools
from functools import partial, reduce
import operator


def main():
    print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10), reduce(max, "hello"))
    print(reduce(lambda a, b: a + [b], "abc", []), reduce(operator.add, [], 7), reduce(operator.add, [5]))
    print(reduce(operator.add, iter([[1], [2]])))

    def f(a, b=2, *, c=3):
        return (a, b, c)

    p = partial(f, 1, c=5)
    print(p(), p(9), p(c=0), p.func is f, p.args, p.keywords, type(p).__name__, type(p).__module__)
    print(repr(p).startswith("functools.partial(<function main.<locals>.f at 0x"), repr(p).endswith(">, 1, c=5)"))
    p2 = partial(p, 7, c=8)
    print(p2.func is f, p2.args, p2.keywords, p2())
    print(repr(partial(print)), repr(partial(len, [1, 2])), repr(partial(int, base=2)))
    print(partial(int, base=2)("101"), partial(max, key=len)(["a", "bcd", "ef"]))
    print(callable(p), isinstance(p, partial), partial(pow, 2)(10))

    class P(partial):
        pass

    print(repr(P(len, "x")), P(len, "abc")())
    for call in [lambda: partial(), lambda: partial(1), lambda: reduce(), lambda: reduce(f),
                 lambda: reduce(lambda a, b: a, []), lambda: reduce(f, 1), lambda: reduce(f, [], 1, 2),
                 lambda: reduce(function=f, sequence=[1])]:
        try:
            call()
        except TypeError as e:
            print("TypeError", e)


main()
