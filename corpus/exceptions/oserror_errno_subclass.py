# OSError(errno, strerror) constructs the matching subclass and fills errno/strerror/filename.
cases = [(2, "No such file"), (13, "Permission denied"), (17, "Exists"), (32, "Broken pipe"),
         (110, "Timed out"), (99999, "Unknown")]
for code, msg in cases:
    e = OSError(code, msg)
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError(2, "No such file", "data.txt")
print(type(e).__name__, str(e), repr(e), e.args)
e = OSError(2, "No such file", "a.txt", None, "b.txt")
print(str(e), e.filename2)
e = OSError("just a message")
print(type(e).__name__, e.errno, str(e), e.args)
print(type(FileNotFoundError(13, "x")).__name__)
e = OSError(1, 2, 3, 4, 5, 6)
print(e.args, e.errno, e.filename)
