# from sys import * at module level binds public names of sys as globals.
from sys import *
print("maxsize" in globals(), maxsize > 0, "_getframe" in globals())
