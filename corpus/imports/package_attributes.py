# Package and submodule metadata: __name__, __package__, __file__ basename, __path__ and __spec__.
import os
import _pkg.sub

print(_pkg.__name__, _pkg.__package__, os.path.basename(_pkg.__file__))
print(type(_pkg.__path__).__name__, len(_pkg.__path__), os.path.basename(_pkg.__path__[0]))
print(_pkg.__spec__.name, _pkg.__spec__.parent, _pkg.__spec__.submodule_search_locations is not None)
sub = _pkg.sub
print(sub.__name__, sub.__package__, os.path.basename(sub.__file__), hasattr(sub, "__path__"))
print(sub.__spec__.name, sub.__spec__.parent, sub.__spec__.submodule_search_locations)
print(os.path.basename(os.path.dirname(sub.__file__)))
