# Whatever object sits in sys.modules is what `import` returns, even a non-module.
import sys

class Fake:
    answer = 42
    def __repr__(self):
        return "<Fake module>"

sys.modules["_not_on_disk"] = Fake()
import _not_on_disk
print(_not_on_disk, _not_on_disk.answer)
from _not_on_disk import answer
print(answer)
sys.modules["_plain_value"] = 12345
import _plain_value
print(_plain_value, type(_plain_value).__name__)
