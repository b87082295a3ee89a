# ExceptionGroup/BaseExceptionGroup constructor rules, type selection and repr/str.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(repr(eg), "|", str(eg), "|", eg.message, eg.exceptions)
print(str(ExceptionGroup("one", [ValueError()])))
beg = BaseExceptionGroup("auto", [ValueError(1)])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg2).__name__, repr(beg2))
tests = [
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup("m", ValueError()),
    lambda: ExceptionGroup("m", [1]),
    lambda: ExceptionGroup(5, [ValueError()]),
    lambda: ExceptionGroup("m", [SystemExit()]),
    lambda: ExceptionGroup("m"),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
nested = ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("deep")]), KeyError("k")])
print(repr(nested))
print(eg.args, isinstance(eg, Exception), isinstance(beg2, Exception))
print(repr(ExceptionGroup("tuple ok", (ValueError(),))))
