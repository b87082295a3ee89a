# Exception instances: base layout regardless of args; OSError and friends carry extra fields.
import sys

plain = ValueError()
with_args = ValueError("message", 2, 3)
key_error = KeyError("k")
os_error = OSError(2, "No such file")
stop = StopIteration(5)
sysexit = SystemExit(3)
try:
    1 / 0
except ZeroDivisionError as e:
    caught = e
for name in ("plain", "with_args", "key_error", "os_error", "stop", "sysexit", "caught"):
    value = globals()[name]
    print(name, type(value).__name__, sys.getsizeof(value))
print("caught has traceback", caught.__traceback__ is not None)
