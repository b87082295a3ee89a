# A helper can `import __main__` and read globals of the running script.
import sys

SHARED = "value from the script"
import _main_reader
print(_main_reader.seen)
print(sys.modules["__main__"].SHARED is SHARED)
