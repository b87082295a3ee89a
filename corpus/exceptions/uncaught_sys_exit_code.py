# sys.exit(3) uncaught: no traceback and no output on stderr, exit status 3.
import sys

def finish(errors):
    print(f"{errors} errors found")
    sys.exit(min(errors, 3))

finish(5)
print("never printed")
