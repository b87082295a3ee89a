# StringIO newline translation: None, '', '\n', '\r' and '\r\n' on writing and reading.
import io

text = "a\nb\r\nc\rd"
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(newline=nl)
    s.write(text)
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
print(repr(io.StringIO(text).read()))
try:
    io.StringIO(newline="x")
except ValueError as e:
    print("ValueError:", e)
