# Type comments after assignments (seen by "-m ast" with type_comments=True): text kept verbatim.
x = []  # type: list[int]
a = b = 1  # type: int
y = {}  # type: dict[str, int] # noqa: trailing text is part of the comment
z = ()  #type:tuple
w = 0  #  type:  spaced
f = lambda v: v  # type: Callable[[int], int]
print(x, a, b, y, z, w, f(3))
