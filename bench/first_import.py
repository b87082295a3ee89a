# First import of small user modules: twenty tiny modules of a package beside this file, each
# found on sys.path, read, compiled and run once. Compare its time with bench/hello.py (start-up).
from _impkg import m00, m01, m02, m03, m04, m05, m06, m07, m08, m09
from _impkg import m10, m11, m12, m13, m14, m15, m16, m17, m18, m19
import _imp_small

mods = [m00, m01, m02, m03, m04, m05, m06, m07, m08, m09,
        m10, m11, m12, m13, m14, m15, m16, m17, m18, m19]
print(sum(m.f(1) + m.C(2).get() + m.TABLE[7] for m in mods), _imp_small.add(1, 2))
