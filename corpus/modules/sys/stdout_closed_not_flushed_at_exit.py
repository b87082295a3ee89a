# A sys.stdout whose `closed` attribute is true is still flushed once after the main module
# (flush_io, errors dropped) but not at the start of Py_FinalizeEx (flush_std_files), so the
# exit status stays 0.
import sys


class Closed:
    closed = True

    def write(self, s):
        sys.__stdout__.write("got %r\n" % s)
        return len(s)

    def flush(self):
        sys.__stdout__.write("flush\n")
        raise ValueError("closed")


sys.stdout = Closed()
print("one")
