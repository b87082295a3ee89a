# SystemExit from sys.exit(4) runs finally blocks and __exit__ on its way out; exit status 4.
import sys

class Guard:
    def __enter__(self):
        print("enter guard")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit guard:", exc_type.__name__, exc.code)
        return False

def work():
    try:
        with Guard():
            sys.exit(4)
    finally:
        print("finally in work")

try:
    work()
except Exception:
    print("not reached: SystemExit is not an Exception")
finally:
    print("module finally")
