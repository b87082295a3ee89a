# An async comprehension in a plain function: "asynchronous comprehension outside of an asynchronous function".
def f():
    return [x async for x in y]
