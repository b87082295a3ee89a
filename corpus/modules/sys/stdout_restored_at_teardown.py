# Before the modules' namespaces are cleared at exit, CPython puts the original streams back
# (finalize_modules_delete_special: sys.stdout = sys.__stdout__, ...), so a __del__ that runs
# during the teardown prints to the real stdout, not to the object the program installed.
import sys


class Tagged:
    def write(self, s):
        sys.__stdout__.write("[tagged]" + s)
        return len(s)

    def flush(self):
        pass


class D:
    def __del__(self):
        print("del D")


d = D()
sys.stdout = Tagged()
print("hi")
