# The article's sys section without the unreproducible parts: getsizeof, switch interval, version major/minor.
import sys

print(sys.getsizeof([]))
print(sys.getswitchinterval())
version = sys.version_info
print(f"Python {version.major}.{version.minor}")
print(version[:2], type(version).__name__, len(version))
print(version.releaselevel in ("alpha", "beta", "candidate", "final"))
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
