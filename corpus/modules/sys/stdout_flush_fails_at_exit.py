# At exit CPython flushes sys.stderr and sys.stdout once after the main module (flush_io,
# errors dropped), then sys.stdout and sys.stderr again at the start of Py_FinalizeEx
# (flush_std_files): a failure to flush sys.stdout there is reported as "Exception ignored on
# flushing sys.stdout" and the exit status becomes 120.
import sys


class Out:
    def __init__(self, name):
        self.name = name
        self.calls = 0

    def write(self, s):
        sys.__stdout__.write(s)
        return len(s)

    def flush(self):
        self.calls += 1
        sys.__stdout__.write("flush %s %d\n" % (self.name, self.calls))
        raise BrokenPipeError(32, "Broken pipe")


sys.stdout = Out("out")
print("hello")
print("flushed", flush=False)
try:
    print("asked to flush", flush=True)
except BrokenPipeError as e:
    sys.__stdout__.write("print raised %r\n" % (e,))
