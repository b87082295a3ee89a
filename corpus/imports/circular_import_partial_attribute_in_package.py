# Inside a package, reading an attribute of a partially initialised module says "(most likely due to a circular import)".
import os
import sys

def without_dir(message):
    """The message with this program's folder removed from any path in it."""
    return message.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")

try:
    import _cyc.first
except AttributeError as e:
    print(type(e).__name__, "|", without_dir(str(e)))
    print(e.name, e.obj.__name__)
print(sorted(k for k in sys.modules if k.startswith("_cyc")))
