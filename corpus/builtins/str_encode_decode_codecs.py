# str.encode/bytes.decode with utf-8, utf-16 (BOM), latin-1, ascii and error handlers.
s = "Aé€😀"
for enc in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32-be"):
    data = s.encode(enc)
    print(enc, len(data), data[:8], data.decode(enc) == s)
print("é".encode("latin-1"), b"\xe9".decode("latin-1"), "é".encode("cp1252"), "é".encode())
for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"):
    try:
        print(errors, s.encode("ascii", errors))
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e)
bad = b"ok\xff\xfeend"
for errors in ("ignore", "replace", "backslashreplace", "surrogateescape"):
    print(errors, ascii(bad.decode("utf-8", errors)))
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), ascii(b"\xef\xbb\xbfhi".decode("utf-8")))
print("UTF8".encode("UTF8"), "x".encode("utf_8"), "x".encode(encoding="U8"))
