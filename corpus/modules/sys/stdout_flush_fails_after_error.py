# An uncaught exception gives exit status 1, but a failed flush of sys.stdout at exit makes it
# 120 (Py_RunMain). The traceback is printed after the first flush (flush_io) and before the
# second (flush_std_files); a stdout whose `closed` is true is written to but not flushed.
import sys


class Closed:
    closed = True

    def write(self, s):
        sys.__stdout__.write("closed got %r\n" % s)
        return len(s)

    def flush(self):
        sys.__stdout__.write("closed flush\n")
        raise ValueError("closed")


class Failing:
    def write(self, s):
        sys.__stdout__.write(s)
        return len(s)

    def flush(self):
        sys.__stdout__.write("failing flush\n")
        raise OSError("cannot flush")


sys.stdout = Closed()
print("one")
sys.stdout = Failing()
print("two")
raise KeyError("boom")
