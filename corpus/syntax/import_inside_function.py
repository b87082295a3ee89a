# Imports inside a function bind local names; the module object is shared.
def f():
    import _imp_pkg.sub
    from _imp_pkg import top as t
    return _imp_pkg.sub.value, t, "_imp_pkg" in locals()
print(f(), "_imp_pkg" in globals())
import _imp_pkg
print(_imp_pkg.sub.double(1))
