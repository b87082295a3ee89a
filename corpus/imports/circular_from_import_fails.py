# A from-import cycle fails with CPython's "cannot import name ... from partially initialized module" message.
import os
import sys

def without_dir(message):
    """The message with this program's folder removed from any path in it."""
    return message.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")

try:
    import _circ_x
except ImportError as e:
    print(type(e).__name__, "|", without_dir(str(e)))
    print(e.name, e.name_from, os.path.basename(e.path))
print("_circ_x" in sys.modules, "_circ_y" in sys.modules)
