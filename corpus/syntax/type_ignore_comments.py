# "# type: ignore" comments become Module.type_ignores; the tag is the rest of the comment.
import sys  # type: ignore
x = 1  # type: ignore[assignment]
y = 2  # type: ignore[misc, attr-defined] # noqa
# type: ignore
z = 3  # type:ignore
w = 4  # type: ignored
print(x, y, z, w)
