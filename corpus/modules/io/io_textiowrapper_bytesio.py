# TextIOWrapper over a BytesIO encodes on write and decodes on read, with errors= handling.
import io

raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
print(w.write("caf\u00e9\nline2\n"))
w.flush()
print(raw.getvalue())
w.detach()
r = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9\r\nnext"), encoding="utf-8")
print(r.readlines())
bad = io.TextIOWrapper(io.BytesIO(b"ok\xffok"), encoding="utf-8", errors="replace")
print(repr(bad.read()))
strict = io.TextIOWrapper(io.BytesIO(b"ok\xffok"), encoding="utf-8")
try:
    strict.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
lat = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="backslashreplace")
lat.write("\u00e9\u20ac")
lat.flush()
print(lat.buffer.getvalue(), lat.encoding, lat.errors)
