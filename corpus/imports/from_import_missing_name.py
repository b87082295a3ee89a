# `from m import missing` raises ImportError naming the module; name and path attributes are set.
import os

def without_dir(message):
    """The message with this program's folder removed from any path in it."""
    return message.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")

try:
    from _mod_a import does_not_exist
except ImportError as e:
    print(type(e).__name__, "|", without_dir(str(e)))
    print(e.name, e.name_from, os.path.basename(e.path))
try:
    from sys import no_such_thing
except ImportError as e:
    print(type(e).__name__, "|", e)
    print(e.name, e.name_from, e.path)
