# The article's inspect section: greet's signature and its code object fields.
import inspect

def greet(name: str, times: int = 1) -> str:
    return (f"Hello, {name}!" * times)

sig = inspect.signature(greet)
print(sig)

code = greet.__code__
print(f"co_varnames: {code.co_varnames}")
print(f"co_consts: {code.co_consts}")
print(f"co_argcount: {code.co_argcount}")
print(f"co_stacksize: {code.co_stacksize}")
print(greet("World"))
print(greet("Py", 3))
