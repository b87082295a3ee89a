# Sizes of strings produced by common operations: formatting, joining, repr, str() of numbers, case changes.
import sys

joined = ", ".join(["alpha", "beta", "gamma"])
formatted = "%s-%d" % ("x", 42)
fstr = f"{3.5:>10}"
rep = repr("quote'\"")
num = str(2 ** 64)
flt = str(0.1)
upper_latin = "\u00ff".upper()
lower = "ABC".lower()
centered = "x".center(11, "*")
repeated = "ab" * 20
empty_from_slice = "abc"[5:]
for name in ("joined", "formatted", "fstr", "rep", "num", "flt", "upper_latin", "lower", "centered", "repeated",
             "empty_from_slice"):
    value = globals()[name]
    print(name, ascii(value), len(value), sys.getsizeof(value))
