# A package __init__ that imports its submodules: order of bodies and which names end up bound.
import _pkg_eager

print(_pkg_eager.part_one.ONE, _pkg_eager.TWO, _pkg_eager.part_two.__name__)
print(hasattr(_pkg_eager, "part_three"))
print(sorted(k for k in vars(_pkg_eager) if not k.startswith("__")))
