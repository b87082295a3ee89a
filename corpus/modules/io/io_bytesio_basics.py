# io.BytesIO: read/write/seek, writing past the end zero-fills, getvalue, getbuffer and read1.
import io

b = io.BytesIO(b"abcdef")
print(b.read(2), b.tell(), b.read(), b.read())
b.seek(8)
print(b.write(b"XY"), b.getvalue())
b.seek(-3, io.SEEK_END)
print(b.read())
b.seek(1)
b.seek(2, io.SEEK_CUR)
print(b.tell(), b.read1(2), b.read1())
view = b.getbuffer()
print(type(view).__name__, len(view), bytes(view[:3]))
view[0] = ord("Z")
print(b.getvalue())
try:
    b.write(b"more")
except BufferError as e:
    print("BufferError:", e)
view.release()
print(b.write(b"more"), b.getvalue())
try:
    b.write("text")
except TypeError as e:
    print("TypeError:", e)
