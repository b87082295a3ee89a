# Per-argument type comments after each parameter's comma (or before the closing paren), incl. *args/**kw.
def f(a,  # type: int
      b=1,  # type: int
      *args,  # type: str
      c,  # type: bool
      **kw  # type: float
      ):
    # type: (...) -> tuple
    return a, b, args, c, kw
print(f(0, 2, "s", c=True, z=1.5))
