# import / import as / from import / from import as: IMPORT_NAME with (level, fromlist), IMPORT_FROM, STORE_*.
import sys
import sys as s2
from sys import maxsize, intern as I
def f():
    import sys as local_sys
    from sys import byteorder
    return local_sys is sys, byteorder in ("little", "big")
print(s2 is sys, maxsize > 0, I("x"), f())
