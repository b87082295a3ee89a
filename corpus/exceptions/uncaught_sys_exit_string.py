# sys.exit("message") uncaught: the message goes to stderr, no traceback, exit status 1.
import sys

def main(args):
    if not args:
        sys.exit("error: no arguments given")
    return 0

print("checking arguments")
try:
    main([])
finally:
    print("cleanup in finally")
