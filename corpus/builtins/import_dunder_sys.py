# __import__('sys') returns the already-loaded sys module, the same object as "import sys".
s = __import__("sys")
import sys
print(s is sys, s.__name__, type(s).__name__)
print(__import__("sys", globals(), locals(), [], 0) is sys)
print("sys" in sys.modules, sys.modules["sys"] is sys)
builtins_mod = __import__("builtins")
print(builtins_mod.len is len, builtins_mod.__name__)
print(__builtins__ is builtins_mod or __builtins__ is vars(builtins_mod))
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("sys", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
