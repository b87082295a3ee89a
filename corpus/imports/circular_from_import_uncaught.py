# The failing from-import cycle left uncaught: the ImportError traceback ends the run with status 1.
print("importing _circ_y first")
import _circ_y
print("not reached")
