# contextlib: @contextmanager (setup/teardown order, exceptions thrown into the generator,
# suppression, the "didn't yield/stop" errors, use as a decorator), suppress, closing,
# nullcontext and ExitStack.
import contextlib


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


@contextlib.contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


class Res:
    def __init__(self, n):
        self.n = n

    def close(self):
        print("closed", self.n)


def main():
    with tag("p") as t:
        print("inside", t)
    with swallow(KeyError):
        {}["missing"]
    try:
        with swallow(KeyError):
            raise ValueError("not swallowed")
    except ValueError as e:
        print("ValueError", e)
    try:
        with tag("div"):
            1 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    for cm in (no_yield, two_yields):
        try:
            with cm():
                pass
        except RuntimeError as e:
            print("RuntimeError", e)

    @tag("fn")
    def work(x):
        print("work", x)
        return x * 2
    print(work(21))
    with contextlib.suppress(FileNotFoundError, KeyError):
        {}["k"]
    print("after suppress")
    with contextlib.closing(Res(1)) as r:
        print("using", r.n)
    with contextlib.nullcontext(5) as v:
        print("null", v)
    with contextlib.ExitStack() as stack:
        for i in range(3):
            stack.enter_context(tag(f"s{i}"))
        stack.callback(print, "callback ran")
        print("body")
    with contextlib.ExitStack() as stack:
        stack.push(lambda *exc: print("push saw", exc[0].__name__) or True)
        raise IndexError("suppressed by push")
    print("after stack")
    try:
        with contextlib.ExitStack() as stack:
            stack.enter_context(5)
    except TypeError as e:
        print("TypeError", e)
    print(issubclass(contextlib.suppress, contextlib.AbstractContextManager), isinstance(tag("x"), contextlib.ContextDecorator))


main()
