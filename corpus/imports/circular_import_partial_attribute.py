# Reading an attribute of a partially initialised module beside the script: 3.13's "consider renaming" hint.
import os
import sys

def without_dir(message):
    """The message with this program's folder removed from any path in it."""
    return message.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")

try:
    import _circ_c
except AttributeError as e:
    print(type(e).__name__, "|", without_dir(str(e)))
    print(e.name, e.obj.__name__)
print("_circ_c" in sys.modules, "_circ_d" in sys.modules)
