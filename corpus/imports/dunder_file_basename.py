# __file__ of the script, a module and a package (basename only); a namespace package has no __file__.
import os
import _mod_a
import _pkg
import _nspkg.mod

print(os.path.basename(__file__))
print(os.path.basename(_mod_a.__file__), os.path.basename(_pkg.__file__), os.path.basename(_nspkg.mod.__file__))
print(_nspkg.__file__, type(_nspkg.__path__).__name__)
print(os.path.basename(os.path.dirname(_mod_a.__file__)) == os.path.basename(os.path.dirname(os.path.abspath(__file__))))
