# sys.exit(3): the process exits with status 3 and prints nothing to stderr.
import sys

print("before exit")
sys.exit(3)
print("never printed")
