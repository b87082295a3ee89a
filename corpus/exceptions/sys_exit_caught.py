# sys.exit raises SystemExit, whose .code reflects the argument; it can be caught like any exception.
import sys

for arg in ((), (0,), (3,), ("message",), (None,), (1, 2)):
    try:
        if len(arg) < 2:
            sys.exit(*arg)
        raise SystemExit(*arg)
    except SystemExit as e:
        print(f"args={arg!r:14} code={e.code!r:10} str={str(e)!r}")
try:
    raise SystemExit
except SystemExit as e:
    print("bare class:", repr(e), e.code)
try:
    exit_code = 7
    sys.exit(exit_code)
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
finally:
    print("finally runs during SystemExit")
