# At exit CPython drops sys.modules['__main__']; the module's namespace is then held only by
# cycles through its own functions and classes, so the collector finalizes it whole and a
# __del__ still finds the module's globals bound (here `sys` and `log`), instead of the None
# that clearing the namespace name by name would leave.
import sys

log = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)
        sys.stdout.write("closing %s after %s\n" % (self.name, log[:-1]))


first = Resource("first")
second = Resource("second")
pair = [Resource("in list 1"), Resource("in list 2")]
print("end of program")
