# A method call on a name bound by a module-level import uses plain LOAD_ATTR + PUSH_NULL (is_import_originated).
import sys
import sys as system
from sys import flags
print(sys.getrecursionlimit() > 0, system.intern("abc"), flags.optimize)
def f():
    return sys.intern("x")
print(f())
