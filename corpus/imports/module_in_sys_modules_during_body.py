# A module is placed in sys.modules before its body runs (what makes circular imports possible).
import sys
import _during_body

print(_during_body.later)
print(sys.modules["_during_body"] is _during_body is _during_body.me)
