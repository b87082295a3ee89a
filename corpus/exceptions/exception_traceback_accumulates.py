# As an exception propagates through frames its traceback grows; re-raising keeps earlier entries.
def inner():
    raise LookupError("deep")

def middle():
    try:
        inner()
    except LookupError:
        raise

def outer():
    middle()

def entries(exc):
    out = []
    tb = exc.__traceback__
    while tb:
        out.append(f"{tb.tb_frame.f_code.co_name}:{tb.tb_lineno}")
        tb = tb.tb_next
    return out

try:
    outer()
except LookupError as e:
    print(entries(e))
    first = e

try:
    raise first
except LookupError as e:
    print(entries(e))
try:
    raise first.with_traceback(None)
except LookupError as e:
    print(entries(e))
