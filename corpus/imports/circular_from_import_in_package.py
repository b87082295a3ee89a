# A relative from-import cycle inside a package fails with the "partially initialized module" ImportError.
import os
import sys

def without_dir(message):
    """The message with this program's folder removed from any path in it."""
    return message.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")

try:
    from _cyc import left
except ImportError as e:
    print(type(e).__name__, "|", without_dir(str(e)))
    print(e.name, e.name_from, os.path.basename(e.path))
print(sorted(k for k in sys.modules if k.startswith("_cyc")))
