# sys.exit(True): bool is an int subclass, so the exit status is 1 and nothing is printed.
import sys

print("exiting with True")
sys.exit(True)
