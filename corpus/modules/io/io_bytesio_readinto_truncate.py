# BytesIO readinto fills a bytearray, truncate keeps the position, readline splits on b"\n".
import io

b = io.BytesIO(b"line1\nline2\nrest")
buf = bytearray(4)
print(b.readinto(buf), buf)
print(b.readline(), b.readlines())
b.seek(0)
print(b.truncate(8), b.tell(), b.getvalue())
b.seek(0, io.SEEK_END)
print(b.tell())
print(b.truncate(), b.getvalue())
print(list(io.BytesIO(b"a\nb\n")))
try:
    b.seek(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    b.seek(0, 3)
except ValueError as e:
    print("ValueError:", e)
