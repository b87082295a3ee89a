"""Helper that inspects sys.modules while its own body runs."""
import sys
print("_during_body: in sys.modules during body:", __name__ in sys.modules)
me = sys.modules[__name__]
print("_during_body: module dict is globals():", me.__dict__ is globals())
print("_during_body: attribute 'later' yet?", hasattr(me, "later"))
later = "set at the end"
