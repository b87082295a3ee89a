# Every binary operator dispatches to its dunder on the left operand.
class Op:
    def __init__(self, name):
        self.name = name
    def _log(op):
        def method(self, other):
            return f"{self.name}.{op}({other!r})"
        method.__name__ = op
        return method
    for _op in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod",
                "pow", "lshift", "rshift", "and", "or", "xor", "divmod"):
        locals()["__" + _op + "__"] = _log("__" + _op + "__")
    del _op, _log

x = Op("x")
print(x + 1)
print(x - 1)
print(x * 1)
print(x @ 1)
print(x / 1)
print(x // 1)
print(x % 1)
print(x ** 1)
print(x << 1)
print(x >> 1)
print(x & 1)
print(x | 1)
print(x ^ 1)
print(divmod(x, 1))
print(pow(x, 2))
