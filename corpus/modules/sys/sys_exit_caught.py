# SystemExit is catchable: its code and args for the forms sys.exit accepts.
import sys

for args in [(), (None,), (0,), (3,), ("message",), ((1, 2),), (False,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(args), "-> code", repr(e.code), "args", e.args, "str", repr(str(e)))
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args -> code", e.code)
print("still running")
