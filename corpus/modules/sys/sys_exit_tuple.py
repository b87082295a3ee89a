# sys.exit with a non-int, non-str object prints its str() to stderr and exits with status 1.
import sys

print("exiting with a tuple")
sys.exit((2, "two"))
