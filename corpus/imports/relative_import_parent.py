# `from .. import x` and `from ..mod import name` resolve against the parent package.
from _pkg.deep import uses_parent

print(uses_parent.summary)
print(uses_parent.__name__, uses_parent.__package__)
