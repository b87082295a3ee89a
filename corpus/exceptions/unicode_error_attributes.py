# Unicode encode/decode errors: messages and the encoding/object/start/end/reason attributes.
try:
    b"abc\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
    print(e.encoding, e.object, e.start, e.end, e.reason)

try:
    "caf\xe9 \u20ac".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)

try:
    b"\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)

try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(e)

print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print("\xe9".encode("ascii", "backslashreplace"), "\xe9".encode("ascii", "xmlcharrefreplace"))
e = UnicodeDecodeError("utf-8", b"xyz", 1, 2, "custom reason")
print(str(e), e.args)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
