# StringIO readline/readlines/iteration, including limits, hints and a final line without newline.
import io

s = io.StringIO("one\ntwo\n\nthree")
print([line for line in s])
s.seek(0)
print(repr(s.readline()), repr(s.readline(2)), repr(s.readline()), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines(5))
s.seek(0)
print(s.readlines())
s.seek(0)
print(next(s), next(iter(s)))
s.writelines(["X\n", "Y"])
print(repr(s.getvalue()))
