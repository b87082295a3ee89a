# ExceptionGroup.split() and subgroup() by type, tuple of types, and predicate; None for empty sides.
eg = ExceptionGroup("root", [
    ValueError("a"),
    ExceptionGroup("child", [TypeError("b"), ValueError("c")]),
    KeyError("d"),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)))
print(repr(eg.subgroup((KeyError, TypeError))))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == "c")))
print(eg.subgroup(OSError), eg.split(OSError)[0], eg.split(OSError)[1] is eg)
print(eg.subgroup(Exception) is eg, eg.split(lambda e: True)[1])
print(eg.subgroup(lambda g: g is eg) is eg)
match, rest = eg.split(ExceptionGroup)
print(repr(match), rest)
