# yield inside a TypeVar bound: "yield expression cannot be used within a TypeVar bound".
class C[T: (yield)]:
    pass
