# sys.argv for a script run with a bare file name and no arguments.
import sys

print(len(sys.argv))
print(sys.argv)
print(sys.argv[0].endswith(".py"))
print(type(sys.argv).__name__)
