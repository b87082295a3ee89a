# import statement forms: plain, dotted (binds the top package), aliased, dotted-aliased, several at once.
import sys
import _imp_pkg.sub
import _imp_pkg.sub as s
import _imp_pkg as p, _imp_star as st
print(sys.__name__, _imp_pkg.__name__, _imp_pkg.sub.value, s.double(4), p.top, st.public)
print("s" in globals(), "sub" in globals())
