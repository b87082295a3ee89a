# A script importing itself by file name runs its body a second time, as a separate module.
import sys

print("body running as", __name__)
import import_self_by_filename
print("after self-import in", __name__, "| same module:", import_self_by_filename is sys.modules["__main__"])
